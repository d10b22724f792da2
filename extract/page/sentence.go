package page

import (
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Sentences splits text[start:end] into sentences and returns their spans
// in text, trimmed of surrounding white space. It breaks after . ؟ ? ! ؛ ;
// and at newlines, and keeps closing quotes and brackets with the
// sentence they close. A period does not break between digits (decimals,
// "27.11.2024"), after a one-letter word (abbreviations such as "أ.ف.ب",
// "د."), or when it is one of several dots ("..", "...").
func Sentences(text string, start, end int) []Span {
	return split(text, start, end, false)
}

// BodySentences is Sentences for running text, where a run of dots ("..",
// "…") followed by a space also ends a sentence. In headlines such a run
// joins a topic to its statement ("في كازاخستان.. اجتماع قمة"), so
// Sentences keeps it.
func BodySentences(text string, start, end int) []Span {
	return split(text, start, end, true)
}

func split(text string, start, end int, dots bool) []Span {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	var out []Span
	s := start
	emit := func(a, b int) {
		a, b = trimSpan(text, a, b)
		if a < b {
			out = append(out, Span{a, b})
		}
	}
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		next := i + size
		brk := false
		switch r {
		case '\n', '\r', '\u2029', '\u2028':
			brk = true
		case '؟', '?', '!', '؛', ';':
			brk = true
		case '.':
			brk = periodBreaks(text, start, end, i)
			if !brk && dots && next < end && text[next] == ' ' && i > start && text[i-1] == '.' {
				brk = true
			}
		case '…':
			brk = dots && next < end && text[next] == ' '
		}
		if brk {
			// Keep closing punctuation with the sentence.
			for next < end {
				r2, sz := utf8.DecodeRuneInString(text[next:end])
				if !isCloser(r2) && r2 != '!' && r2 != '؟' && r2 != '?' {
					break
				}
				next += sz
			}
			emit(s, next)
			s = next
		}
		i = next
	}
	emit(s, end)
	return out
}

func isCloser(r rune) bool {
	switch r {
	case '»', '"', '\'', ')', ']', '}', '”', '’', '›':
		return true
	}
	return false
}

// periodBreaks reports whether the period at i ends a sentence.
func periodBreaks(text string, start, end, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	next, _ := utf8.DecodeRuneInString(text[i+1 : end])
	if prev == '.' || next == '.' {
		return false // ".." or "..."
	}
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return false
	}
	// A one-letter word before the period: an abbreviation.
	j := i
	letters := 0
	for j > start {
		r, sz := utf8.DecodeLastRuneInString(text[start:j])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		if unicode.IsLetter(r) {
			letters++
		}
		j -= sz
	}
	if letters == 1 {
		return false
	}
	// A letter right after the period with no space ("أ.ف.ب", "U.S"):
	// part of an abbreviation.
	if letters > 0 && unicode.IsLetter(next) && letters <= 3 {
		return false
	}
	return true
}

// trimSpan narrows [a, b) to exclude white space at both ends.
func trimSpan(text string, a, b int) (int, int) {
	for a < b {
		r, sz := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200f' && r != '\u200e' {
			break
		}
		a += sz
	}
	for b > a {
		r, sz := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200f' && r != '\u200e' {
			break
		}
		b -= sz
	}
	return a, b
}
