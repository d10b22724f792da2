package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord tokKind = iota
	tokNum
	tokPunct
)

// tok is one token of the text: a run of letters, a run of digits (of any of
// the three digit sets) or one punctuation rune. Start and End are byte
// offsets into the original text.
type tok struct {
	norm       string // matching form (words), digits in ASCII (numbers), the rune (punctuation)
	start, end int
	kind       tokKind
	val        int  // value of a number; -1 when it has more than 9 digits
	digits     int  // number of digits of a number
	gap        bool // whitespace separates this token from the previous one
}

// digitValue returns the value of an ASCII, Arabic-Indic or Persian digit.
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '\u0660' && r <= '\u0669':
		return int(r - '\u0660'), true
	case r >= '\u06F0' && r <= '\u06F9':
		return int(r - '\u06F0'), true
	}
	return 0, false
}

// ignorable runes are format characters that neither belong to a token nor
// separate two: bidi marks, zero-width (non-)joiners, the BOM.
func ignorable(r rune) bool {
	switch {
	case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u200E' || r == '\u200F',
		r >= '\u202A' && r <= '\u202E',
		r >= '\u2066' && r <= '\u2069',
		r == '\uFEFF', r == '\u061C':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if _, ok := digitValue(r); ok {
		return false
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == '\u0640'
}

// punctNorm folds punctuation variants the grammar treats alike.
func punctNorm(r rune) string {
	switch r {
	case '،', '٬':
		return ","
	case '–', '—', '−', '‐', '‑', '_':
		return "-"
	case '٫':
		return "."
	case '（', '[', '﴾', '﴿':
		if r == '﴿' {
			return "("
		}
		if r == '﴾' {
			return ")"
		}
		return "("
	case '）', ']':
		return ")"
	case '٪':
		return "%"
	case '؛':
		return ";"
	}
	return string(r)
}

// tokenize splits text into tokens. It never fails: invalid UTF-8 bytes
// become one-byte punctuation tokens.
func tokenize(text string) []tok {
	toks := make([]tok, 0, len(text)/5+4)
	gap := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			toks = append(toks, tok{norm: "\uFFFD", start: i, end: i + 1, kind: tokPunct, gap: gap})
			gap = false
			i++
		case unicode.IsSpace(r):
			gap = true
			i += size
		case ignorable(r):
			i += size
		default:
			if _, ok := digitValue(r); ok {
				t := tok{start: i, kind: tokNum, gap: gap}
				var b strings.Builder
				for i < len(text) {
					r, size := utf8.DecodeRuneInString(text[i:])
					v, ok := digitValue(r)
					if !ok {
						break
					}
					b.WriteByte(byte('0' + v))
					if t.digits < 9 {
						t.val = t.val*10 + v
					}
					t.digits++
					i += size
				}
				if t.digits > 9 {
					t.val = -1
				}
				t.end = i
				t.norm = b.String()
				toks = append(toks, t)
			} else if isWordRune(r) {
				start := i
				for i < len(text) {
					r, size := utf8.DecodeRuneInString(text[i:])
					if !(isWordRune(r) || (ignorable(r) && r != '\u200E' && r != '\u200F')) || (r == utf8.RuneError && size <= 1) {
						break
					}
					i += size
				}
				// Trailing format characters belong to no token.
				end := i
				for end > start {
					r, size := utf8.DecodeLastRuneInString(text[start:end])
					if !ignorable(r) {
						break
					}
					end -= size
				}
				toks = append(toks, tok{norm: normalize(text[start:end]), start: start, end: end, kind: tokWord, gap: gap})
			} else {
				toks = append(toks, tok{norm: punctNorm(r), start: i, end: i + size, kind: tokPunct, gap: gap})
				i += size
			}
			gap = false
		}
	}
	return toks
}
