package arabic

import "unicode/utf8"

// AppendWords appends to dst the words of Normalize(s) that have at least
// minRunes runes, in order: the runs of letters, digits and combining
// marks between the other runes of the normalised text. It normalises and
// splits in one pass and makes one string for all the words of s, which
// the words share.
func AppendWords(dst []string, s string, minRunes int) []string {
	buf := make([]byte, 0, len(s))
	ends := make([]int, 0, 64)
	start, runes := 0, 0
	endWord := func() {
		if runes >= minRunes && runes > 0 {
			ends = append(ends, len(buf))
		} else {
			buf = buf[:start]
		}
		start, runes = len(buf), 0
	}
	for _, r := range s {
		switch m := normRune(r); {
		case m < 0:
			// Deleted (a mark, tatweel): the word goes on.
		case isWordRune(m):
			buf = utf8.AppendRune(buf, m)
			runes++
		default:
			endWord()
		}
	}
	endWord()
	all := string(buf)
	prev := 0
	for _, e := range ends {
		dst = append(dst, all[prev:e])
		prev = e
	}
	return dst
}
