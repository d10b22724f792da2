package arabic_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tl-project/tl/arabic"
)

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		sample, "", "ـ", "2024/11/27", "a'b", "\u200f\u200f", "١٢/٣",
		"وبالرئيس", "\xff\xfe", "d'", "22-", "-22", "ً", "a\u200c", "\u200cb",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		norm := arabic.Normalize(s)
		if again := arabic.Normalize(norm); again != norm {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", s, norm, again)
		}
		if !utf8.ValidString(norm) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, norm)
		}
		n2, offs := arabic.NormalizeOffsets(s)
		if n2 != norm || len(offs) != len(norm)+1 {
			t.Fatalf("NormalizeOffsets(%q) = %q, %d offsets", s, n2, len(offs))
		}
		prev := 0
		for _, tok := range arabic.Tokenize(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad offsets [%d,%d) after %d in %q", tok.Start, tok.End, prev, s)
			}
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("Text %q != s[%d:%d]", tok.Text, tok.Start, tok.End)
			}
			if tok.Norm == "" || tok.Norm != arabic.Normalize(tok.Text) {
				t.Fatalf("Norm %q of %q", tok.Norm, tok.Text)
			}
			prev = tok.End
			for _, c := range arabic.Candidates(tok.Norm) {
				if !strings.HasSuffix(tok.Norm, c) {
					t.Fatalf("candidate %q is not a suffix of %q", c, tok.Norm)
				}
			}
		}
	})
}
