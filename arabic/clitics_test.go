package arabic_test

import (
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/tl-project/tl/arabic"
)

func TestCandidates(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"موسكو", []string{"موسكو"}},
		{"بموسكو", []string{"بموسكو", "موسكو"}},
		{"وموسكو", []string{"وموسكو", "موسكو"}},
		{"لبوتين", []string{"لبوتين", "بوتين"}},
		{"والرئيس", []string{"والرئيس", "الرئيس", "رئيس"}},
		{"فالرئيس", []string{"فالرئيس", "الرئيس", "رئيس"}},
		{"بالرئيس", []string{"بالرئيس", "الرئيس", "رئيس"}},
		{"كالرئيس", []string{"كالرئيس", "الرئيس", "رئيس"}},
		{"للرئيس", []string{"للرئيس", "لرئيس", "رئيس"}},
		{"وللرئيس", []string{"وللرئيس", "للرئيس", "لرئيس", "رئيس"}},
		{"وبالرئيس", []string{"وبالرئيس", "بالرئيس", "الرئيس", "رئيس"}},
		{"فبالرئيس", []string{"فبالرئيس", "بالرئيس", "الرئيس", "رئيس"}},
		{"وكالرئيس", []string{"وكالرئيس", "كالرئيس", "الرئيس", "رئيس"}},
		{"فللرئيس", []string{"فللرئيس", "للرئيس", "لرئيس", "رئيس"}},
		{"وبموسكو", []string{"وبموسكو", "بموسكو", "موسكو"}},
		{"للبنان", []string{"للبنان", "لبنان", "بنان"}},
		{"الروس", []string{"الروس", "روس"}},
		{"والصين", []string{"والصين", "الصين", "صين"}},
		{"وزير", []string{"وزير", "زير"}},
		{"فرنسا", []string{"فرنسا", "رنسا"}},
		{"بل", []string{"بل"}},         // stem would be one letter
		{"وله", []string{"وله", "له"}}, // و + له
		{"ولل", []string{"ولل", "لل"}},
		{"واشنطن", []string{"واشنطن", "اشنطن"}},
		{"الى", []string{"الى"}}, // a stem of one letter is never returned
	}
	for _, tt := range tests {
		if got := arabic.Candidates(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Candidates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCandidatesAllCombinations builds every proclitic combination on a
// stem and checks the bare stem is always among the candidates, the list is
// longest first, and no candidate is too short.
func TestCandidatesAllCombinations(t *testing.T) {
	for _, stem := range []string{"رئيس", "موسكو", "قمه"} {
		for _, p := range arabic.Proclitics() {
			w := p + stem
			got := arabic.Candidates(w)
			if got[0] != w {
				t.Errorf("Candidates(%q)[0] = %q", w, got[0])
			}
			if !slices.Contains(got, stem) {
				t.Errorf("Candidates(%q) = %q lacks %q", w, got, stem)
			}
			for i, c := range got {
				if utf8.RuneCountInString(c) < arabic.MinStem {
					t.Errorf("Candidates(%q) has short %q", w, c)
				}
				if i > 0 && len(c) > len(got[i-1]) {
					t.Errorf("Candidates(%q) = %q not longest first", w, got)
				}
			}
		}
	}
	if n := len(arabic.Proclitics()); n != 23 {
		t.Errorf("len(Proclitics()) = %d, want 23", n)
	}
}
