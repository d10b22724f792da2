package arabic_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tl-project/tl/arabic"
)

// wordsOf is what AppendWords must equal: Normalize, then split into runs
// of letters, digits and marks, then drop the short words.
func wordsOf(s string, minRunes int) []string {
	var out []string
	for _, w := range strings.FieldsFunc(arabic.Normalize(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	}) {
		if utf8.RuneCountInString(w) >= minRunes {
			out = append(out, w)
		}
	}
	return out
}

func TestAppendWords(t *testing.T) {
	tests := []struct {
		in   string
		min  int
		want []string
	}{
		{"التقى الرئيسُ الروسيّ، بنظيره في موسكو.", 2, []string{"التقي", "الرئيس", "الروسي", "بنظيره", "في", "موسكو"}},
		{"قـــمة و ٢٠٢١ Putin-Biden", 2, []string{"قمه", "2021", "putin", "biden"}},
		{"و ب ل", 2, nil},
		{"و ب ل", 1, []string{"و", "ب", "ل"}},
		{"a\xffb", 1, []string{"a", "b"}},
		{"", 1, nil},
	}
	for _, tt := range tests {
		got := arabic.AppendWords(nil, tt.in, tt.min)
		if !slices.Equal(got, tt.want) {
			t.Errorf("AppendWords(%q, %d) = %q, want %q", tt.in, tt.min, got, tt.want)
		}
		if ref := wordsOf(tt.in, tt.min); !slices.Equal(got, ref) {
			t.Errorf("AppendWords(%q, %d) = %q, Normalize and split give %q", tt.in, tt.min, got, ref)
		}
	}
	if got := arabic.AppendWords([]string{"x"}, "ab", 1); !slices.Equal(got, []string{"x", "ab"}) {
		t.Errorf("AppendWords does not append: %q", got)
	}
}

func FuzzAppendWords(f *testing.F) {
	for _, s := range []string{sample, "", "ـ", "قـــمة", "ً ب", "\xff\xfeال", "A1٣", "a\u200cb", "\uFFFD"} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, minRunes int) {
		minRunes &= 3 // 0 to 3
		got, want := arabic.AppendWords(nil, s, minRunes), wordsOf(s, minRunes)
		if !slices.Equal(got, want) {
			t.Fatalf("AppendWords(%q, %d) = %q, Normalize and split give %q", s, minRunes, got, want)
		}
	})
}

// TestAppendWordsArabicBlock: every rune of the Arabic block and of ASCII,
// which AppendWords reads from tables, inside a word, alone and at an
// edge, gives what Normalize and split give.
func TestAppendWordsArabicBlock(t *testing.T) {
	for r := rune(0); r <= 0x6ff; r++ {
		if r == utf8.RuneSelf {
			r = 0x600
		}
		c := string(r)
		s := "ب" + c + "ب " + c + " x" + c + " " + c + "ك"
		for _, minRunes := range []int{1, 2} {
			if got, want := arabic.AppendWords(nil, s, minRunes), wordsOf(s, minRunes); !slices.Equal(got, want) {
				t.Errorf("%U: AppendWords(%q, %d) = %q, want %q", r, s, minRunes, got, want)
			}
		}
	}
}

// BenchmarkAppendWords splits a news sentence (the engine's text index
// does this for every source of every event it stores).
func BenchmarkAppendWords(b *testing.B) {
	b.SetBytes(int64(len(sample)))
	b.ReportAllocs()
	for b.Loop() {
		arabic.AppendWords(nil, sample, 2)
	}
}
