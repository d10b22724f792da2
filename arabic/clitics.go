package arabic

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// MinStem is the shortest stem, in runes, that Candidates returns.
const MinStem = 2

// proclitics are the prefixes Candidates strips, in normalised form. They
// are built from an optional conjunction (و, ف), an optional preposition
// (ب, ل, ك) and an optional definite article (ال), where ل followed by ال is
// written لل ("للرئيس"). Every combination is listed, so "وبالرئيس",
// "فللحكومه" and "كالعاده" all reduce.
var proclitics = buildProclitics()

func buildProclitics() []string {
	var out []string
	for _, conj := range []string{"", "و", "ف"} {
		for _, prep := range []string{"", "ب", "ل", "ك"} {
			for _, art := range []string{"", "ال"} {
				p := conj + prep + art
				if prep == "ل" && art == "ال" {
					p = conj + "لل"
				}
				if p != "" {
					out = append(out, p)
				}
			}
		}
	}
	// Longest first, so that the longest strip yields the shortest stem
	// last.
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// Proclitics returns the prefixes Candidates strips, in normalised form,
// longest first. The slice is a copy.
func Proclitics() []string { return append([]string(nil), proclitics...) }

// Candidates returns the forms of the normalised word norm with zero or more
// proclitics removed: the word itself first, then ever shorter stems
// (longest first, without duplicates). No stem is shorter than [MinStem]
// runes. For "وبالرئيس" it returns "وبالرئيس", "بالرئيس", "الرئيس",
// "رئيس"; for "للرئيس" it returns "للرئيس", "لرئيس" (ل+رئيس read as ل +
// a word beginning with ل is not possible here, but the dictionary decides)
// and "رئيس".
//
// The input should already be normalised (alef forms unified); Candidates
// does not normalise again.
func Candidates(norm string) []string {
	if norm == "" {
		return nil
	}
	out := []string{norm}
	first, _ := utf8.DecodeRuneInString(norm)
	if first != 'و' && first != 'ف' && first != 'ب' && first != 'ل' && first != 'ك' && first != 'ا' {
		return out
	}
	for _, p := range proclitics {
		if !strings.HasPrefix(norm, p) {
			continue
		}
		stem := norm[len(p):]
		if utf8.RuneCountInString(stem) < MinStem {
			continue
		}
		dup := false
		for _, o := range out {
			if o == stem {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, stem)
		}
	}
	sort.SliceStable(out[1:], func(i, j int) bool { return len(out[1+i]) > len(out[1+j]) })
	return out
}
