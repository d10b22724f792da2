package arabic

import (
	"slices"
	"unicode/utf8"
)

// AppendWords appends to dst the words of Normalize(s) that have at least
// minRunes runes, in order: the runs of letters, digits and combining
// marks between the other runes of the normalised text. It normalises and
// splits in one pass and makes one string for all the words of s, which
// the words share.
func AppendWords(dst []string, s string, minRunes int) []string {
	// The words are gathered in buf, on the stack when they fit, and
	// then made one string.
	var stack [512]byte
	buf := stack[:0]
	if len(s) > len(stack) {
		buf = make([]byte, 0, len(s))
	}
	ends := make([]int, 0, 64)
	start, runes := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		var n uint8 = wordEnds // what to do with the rune at i; w its bytes
		var w []byte
		switch {
		case c < utf8.RuneSelf:
			// ASCII: a letter (folded) or digit goes on the word,
			// anything else ends it.
			if asciiWords[c] != 0 {
				n, w = 1, asciiWords[c:c+1]
			}
			i++
		case c >= 0xd8 && c <= 0xdb && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			// The two-byte UTF-8 of U+0600–U+06FF: what to do is in a
			// table, normalised form and all.
			a := &arabicWords[int(c&0x1f)<<6|int(s[i+1]&0x3f)-0x600]
			n, w = a.n, a.b[:]
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch m := normRune(r); {
			case m < 0:
				n = wordDeleted
			case isWordRune(m):
				buf = utf8.AppendRune(buf, m)
				runes++
				continue
			}
		}
		switch n {
		case wordDeleted:
			// A mark, tatweel: the word goes on.
		case wordEnds:
			buf, ends = endWord(buf, ends, start, runes, minRunes)
			start, runes = len(buf), 0
		default:
			buf = append(buf, w[:n]...)
			runes++
		}
	}
	buf, ends = endWord(buf, ends, start, runes, minRunes)
	all := string(buf)
	dst = slices.Grow(dst, len(ends))
	prev := 0
	for _, e := range ends {
		dst = append(dst, all[prev:e])
		prev = e
	}
	return dst
}

// endWord ends the word of buf that began at start and has runes runes:
// kept, its end added to ends, when it has minRunes runes and at least
// one; dropped from buf otherwise.
func endWord(buf []byte, ends []int, start, runes, minRunes int) ([]byte, []int) {
	if runes >= minRunes && runes > 0 {
		return buf, append(ends, len(buf))
	}
	return buf[:start], ends
}

// wordRune is what AppendWords does with a rune of the Arabic block:
// drop it (wordDeleted), end the word (wordEnds), or add the n bytes of
// its normalised form to the word.
type wordRune struct {
	n uint8
	b [utf8.UTFMax]byte
}

const (
	wordDeleted = 0
	wordEnds    = 0xff
)

// arabicWords and asciiWords are normRune and isWordRune over U+0600–U+06FF
// and ASCII, worked out once: asciiWords holds the byte a word gets, or 0
// for a byte that ends it.
var arabicWords, asciiWords = func() (a [0x100]wordRune, b [utf8.RuneSelf]byte) {
	for k := range a {
		switch m := normRune(rune(0x600 + k)); {
		case m < 0:
			a[k].n = wordDeleted
		case isWordRune(m):
			a[k].n = uint8(utf8.EncodeRune(a[k].b[:], m))
		default:
			a[k].n = wordEnds
		}
	}
	for c := range b {
		if m := normRune(rune(c)); isWordRune(m) {
			b[c] = byte(m)
		}
	}
	return a, b
}()
