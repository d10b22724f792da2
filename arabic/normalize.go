package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// drop is the value a rule's mapping returns to delete a rune.
const drop = -1

// Rule is one named normalisation rule: a mapping from one rune to another
// rune or to nothing. Rules are independent of context, so they compose in
// any order and [Normalize] can apply all of them in one pass.
type Rule struct {
	// Name is a short stable identifier ("strip-tashkeel").
	Name string
	// Doc says in a sentence what the rule does.
	Doc string
	// Map returns the replacement for r, r itself to keep it, or a negative
	// value to delete it (the convention of strings.Map).
	Map func(r rune) rune
}

// Apply returns s with the rule applied to every rune.
func (r Rule) Apply(s string) string { return strings.Map(r.Map, s) }

// Transformer returns the rule as a transform.Transformer, so rules can be
// chained with transform.Chain or applied to a stream with
// transform.NewReader.
func (r Rule) Transformer() transform.Transformer { return mapTransformer{r.Map} }

// The rules, by name.
var (
	// StripTashkeel removes the short vowels and other diacritics: fathatan
	// to the wasla-free marks U+064B–U+065F, the dagger alef U+0670, the
	// honorific signs U+0610–U+061A and the Quranic annotation marks.
	StripTashkeel = Rule{"strip-tashkeel", "remove harakat, shadda, sukun, dagger alef and Quranic marks", stripTashkeel}
	// StripTatweel removes the kashida U+0640 used to stretch words.
	StripTatweel = Rule{"strip-tatweel", "remove tatweel (kashida) U+0640", stripTatweel}
	// UnifyAlef maps the hamza- and madda-bearing alef forms أ إ آ ٱ (and
	// the rarer wavy-hamza forms) to the bare alef ا.
	UnifyAlef = Rule{"unify-alef", "map أ إ آ ٱ to ا", unifyAlef}
	// UnifyYeh maps alef maqsura ى and the Persian yeh ی to yeh ي. It does
	// not touch ئ.
	UnifyYeh = Rule{"unify-yeh", "map ى and ی to ي", unifyYeh}
	// UnifyTehMarbuta maps teh marbuta ة (and its Persian form ۀ) to heh ه.
	UnifyTehMarbuta = Rule{"unify-teh-marbuta", "map ة to ه", unifyTehMarbuta}
	// UnifyKaf maps the Persian keheh ک to the Arabic kaf ك.
	UnifyKaf = Rule{"unify-kaf", "map ک to ك", unifyKaf}
	// FoldDigits maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII.
	FoldDigits = Rule{"fold-digits", "map Arabic-Indic and Persian digits to 0-9", foldDigits}
	// DropFormat removes invisible format characters: zero-width space,
	// ZWNJ, ZWJ, the bidi marks, embeddings, overrides and isolates, the
	// Arabic letter mark, the word joiner, the soft hyphen and the BOM.
	DropFormat = Rule{"drop-format", "remove bidi marks, ZWJ/ZWNJ, soft hyphen and BOM", dropFormat}
	// FoldCase maps upper- and title-case letters (Latin and any other
	// cased script) to lower case.
	FoldCase = Rule{"fold-case", "lower-case cased letters", unicode.ToLower}
	// FoldPunct maps the Arabic punctuation variants to their ASCII
	// counterparts: ، ؛ ؟ ٪ ٫ ٬ ۔ and the Arabic asterisk.
	FoldPunct = Rule{"fold-punct", "map Arabic comma, semicolon, question mark, percent and separators to ASCII", foldPunct}
)

// Rules lists every rule in the order Normalize applies them. The order does
// not change the result (no rule produces a rune another rule maps), which
// the tests check; it is kept stable for documentation.
var Rules = []Rule{
	DropFormat, StripTashkeel, StripTatweel, UnifyAlef, UnifyYeh,
	UnifyTehMarbuta, UnifyKaf, FoldDigits, FoldCase, FoldPunct,
}

func stripTashkeel(r rune) rune {
	if IsTashkeel(r) {
		return drop
	}
	return r
}

// IsTashkeel reports whether r is a diacritic that StripTashkeel removes.
func IsTashkeel(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x0610 && r <= 0x061A,
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E4,
		r == 0x06E7, r == 0x06E8, r >= 0x06EA && r <= 0x06ED:
		return true
	}
	return false
}

// Tatweel is the Arabic kashida U+0640.
const Tatweel = '\u0640'

func stripTatweel(r rune) rune {
	if r == Tatweel {
		return drop
	}
	return r
}

func unifyAlef(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', '\u0672', '\u0673', '\u0675':
		return 'ا'
	}
	return r
}

func unifyYeh(r rune) rune {
	switch r {
	case 'ى', 'ی':
		return 'ي'
	}
	return r
}

func unifyTehMarbuta(r rune) rune {
	switch r {
	case 'ة', 'ۀ':
		return 'ه'
	}
	return r
}

func unifyKaf(r rune) rune {
	if r == 'ک' {
		return 'ك'
	}
	return r
}

func foldDigits(r rune) rune {
	switch {
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	case r >= '۰' && r <= '۹':
		return '0' + r - '۰'
	}
	return r
}

// IsFormat reports whether r is an invisible format character that
// DropFormat removes.
func IsFormat(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2060 && r <= 0x2069, r == 0xFEFF, r == 0x061C, r == 0x00AD:
		return true
	}
	return false
}

func dropFormat(r rune) rune {
	if IsFormat(r) {
		return drop
	}
	return r
}

func foldPunct(r rune) rune {
	switch r {
	case '،', '٬':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	case '٪':
		return '%'
	case '٫', '۔':
		return '.'
	case '٭':
		return '*'
	}
	return r
}

// normTable holds the result of every rule for the Arabic block
// U+0600–U+06FF, built from Rules so the two cannot disagree.
var normTable = func() (t [0x100]rune) {
	for i := range t {
		t[i] = slowNormRune(rune(0x0600 + i))
	}
	return t
}()

// slowNormRune applies the rules one after the other.
func slowNormRune(r rune) rune {
	for _, rule := range Rules {
		r = rule.Map(r)
		if r < 0 {
			return drop
		}
	}
	return r
}

// normRune applies every rule to one rune; it returns a negative value when
// the rune is deleted.
func normRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0x0600 && r <= 0x06FF:
		return normTable[r-0x0600]
	}
	return slowNormRune(r)
}

// Normalize returns the matching form of s: every rule in [Rules] applied.
// It is idempotent. Invalid UTF-8 bytes become U+FFFD.
func Normalize(s string) string {
	// Fast path: return s itself when no rune changes, which is the common
	// case for tokens of already plain text.
	for i, r := range s {
		m := normRune(r)
		if m != r || (r == utf8.RuneError && !validAt(s, i)) {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				if m := normRune(r); m >= 0 {
					b.WriteRune(m)
				}
			}
			return b.String()
		}
	}
	return s
}

// validAt reports whether s holds a well-formed encoding of U+FFFD at byte
// i (rather than an invalid byte that decoded to it).
func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 3
}

// NormalizeOffsets is Normalize that also maps positions back: offs has
// len(norm)+1 entries, and offs[i] is the byte offset in s of the rune that
// produced byte i of norm (offs[len(norm)] is len(s)). A span [a, b) of norm
// therefore covers s[offs[a]:offs[b]] — trailing deleted runes (a final
// tatweel or mark) excluded.
func NormalizeOffsets(s string) (norm string, offs []int) {
	var b strings.Builder
	b.Grow(len(s))
	offs = make([]int, 0, len(s)+1)
	for i, r := range s {
		m := normRune(r)
		if m < 0 {
			continue
		}
		n := b.Len()
		b.WriteRune(m)
		for j := n; j < b.Len(); j++ {
			offs = append(offs, i)
		}
	}
	offs = append(offs, len(s))
	return b.String(), offs
}

// Transformer returns a transform.Transformer that applies all of [Rules],
// for streaming use; it produces the same output as Normalize.
func Transformer() transform.Transformer { return mapTransformer{normRune} }

// mapTransformer applies a strings.Map-style function as a Transformer.
type mapTransformer struct{ f func(rune) rune }

// Reset implements transform.Transformer; the transformer has no state.
func (mapTransformer) Reset() {}

// Transform implements transform.Transformer.
func (t mapTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var buf [utf8.UTFMax]byte
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		m := t.f(r)
		if m < 0 {
			nSrc += size
			continue
		}
		n := utf8.EncodeRune(buf[:], m)
		if nDst+n > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		copy(dst[nDst:], buf[:n])
		nDst += n
		nSrc += size
	}
	return nDst, nSrc, nil
}
