package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word or number of a text.
type Token struct {
	// Text is the token as it appears in the original text,
	// text[Start:End].
	Text string
	// Norm is Normalize(Text); never empty.
	Norm string
	// Start and End are the byte offsets of the token in the original
	// text, End exclusive.
	Start, End int
}

// isWordRune reports whether r can start or end a word: a letter (which
// includes tatweel), a digit or a combining mark.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r >= 0x0621 && r <= 0x065F: // Arabic letters, tatweel, harakat
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isNumberJoiner reports whether r joins two digits into one number token
// ("2024/11/27", "22-24", "3.5", "1,000", "10:30", "٣٫٥").
func isNumberJoiner(r rune) bool {
	switch r {
	case '/', '-', '.', ',', ':', '٫', '٬', '\u2013', '\u2010', '\u2011':
		return true
	}
	return false
}

// isWordJoiner reports whether r joins two letters into one word: the
// apostrophes of Latin names ("d'Orsay", "O’Brien").
func isWordJoiner(r rune) bool { return r == '\'' || r == '\u2019' }

// Tokenize splits text into words and numbers.
//
// A word is a maximal run of letters (Arabic, Latin or any other script,
// tatweel included), digits and combining marks (tashkeel). Invisible format
// characters (ZWNJ, bidi marks) inside a run are part of the token; at its
// edges they are not. A digit run may contain single separators between
// digits — / - . , : and their Arabic forms — so a date such as "2024/11/27"
// or a range such as "22-24" is one token; splitting it is the temporal
// parser's business, and keeping it whole stops the gazetteer from reading
// its parts as words. An apostrophe between two letters joins a Latin name
// ("d'Orsay"). Everything else (spaces, punctuation, symbols) separates
// tokens and is dropped. Tokens whose normalised form is empty (a stray
// run of tatweel or marks) are dropped too.
//
// Invalid UTF-8 bytes separate tokens.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/6+1)
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) || (r == utf8.RuneError && size == 1) {
			i += size
			continue
		}
		start := i
		end := i + size // end of the last word rune
		lastDigit := isDigit(r)
		lastLetter := isLetter(r)
		j := end
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			switch {
			case r == utf8.RuneError && size == 1:
				goto done
			case isWordRune(r):
				j += size
				end = j
				lastDigit = isDigit(r)
				lastLetter = isLetter(r)
				continue
			case IsFormat(r):
				j += size // kept only if a word rune follows
				continue
			case (lastDigit && isNumberJoiner(r)) || (lastLetter && isWordJoiner(r)):
				if j != end {
					goto done // a format char already sits between
				}
				r2, size2 := utf8.DecodeRuneInString(text[j+size:])
				if (lastDigit && isDigit(r2)) || (lastLetter && isLetter(r2)) {
					j += size + size2
					end = j
					continue
				}
			}
			break
		}
	done:
		i = end
		word := text[start:end]
		if norm := Normalize(word); norm != "" {
			toks = append(toks, Token{Text: word, Norm: norm, Start: start, End: end})
		}
	}
	return toks
}

func isDigit(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return '0' <= r && r <= '9'
	case r >= 0x0621 && r <= 0x065F:
		return false
	case r >= '٠' && r <= '٩', r >= '۰' && r <= '۹':
		return true
	}
	return unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x0621 && r <= 0x064A:
		return true
	}
	return unicode.IsLetter(r)
}
