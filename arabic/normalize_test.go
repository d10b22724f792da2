package arabic_test

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/text/transform"

	"github.com/tl-project/tl/arabic"
)

func TestRules(t *testing.T) {
	tests := []struct {
		rule     arabic.Rule
		in, want string
	}{
		{arabic.StripTashkeel, "الرَّئِيسُ", "الرئيس"},
		{arabic.StripTashkeel, "كِتَابٌ", "كتاب"},
		{arabic.StripTashkeel, "هٰذا", "هذا"},    // dagger alef U+0670
		{arabic.StripTashkeel, "مؤتمر", "مؤتمر"}, // hamza letters are not marks
		{arabic.StripTashkeel, "رئيس", "رئيس"},
		{arabic.StripTashkeel, "abc", "abc"},
		{arabic.StripTatweel, "بوتيــــن", "بوتين"},
		{arabic.StripTatweel, "ـ", ""},
		{arabic.UnifyAlef, "أمريكا إيران آسيا ٱلله", "امريكا ايران اسيا الله"},
		{arabic.UnifyAlef, "مؤتمر رئيس", "مؤتمر رئيس"},
		{arabic.UnifyYeh, "موسى ی", "موسي ي"},
		{arabic.UnifyYeh, "رئيس", "رئيس"}, // ئ stays
		{arabic.UnifyTehMarbuta, "القمة سورية", "القمه سوريه"},
		{arabic.UnifyKaf, "کابل", "كابل"},
		{arabic.FoldDigits, "٢٠٢٤/١١/٢٧", "2024/11/27"},
		{arabic.FoldDigits, "۱۴۰۳", "1403"},
		{arabic.FoldDigits, "2024", "2024"},
		{arabic.DropFormat, "\u200fموسكو\u200e", "موسكو"},
		{arabic.DropFormat, "می\u200cخواهم", "میخواهم"},
		{arabic.DropFormat, "\ufeffa\u202bb\u202c\u2066c\u2069\u200dd\u00ad", "abcd"},
		{arabic.FoldCase, "Vladimir PUTIN", "vladimir putin"},
		{arabic.FoldCase, "Ünal", "ünal"},
		{arabic.FoldPunct, "نعم، لا؛ لماذا؟ ٥٪ ٣٫٥ ١٬٠٠٠", "نعم, لا; لماذا? ٥% ٣.٥ ١,٠٠٠"},
	}
	for _, tt := range tests {
		t.Run(tt.rule.Name+"/"+tt.in, func(t *testing.T) {
			if got := tt.rule.Apply(tt.in); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
			got, _, err := transform.String(tt.rule.Transformer(), tt.in)
			if err != nil || got != tt.want {
				t.Errorf("Transformer(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestRulesHaveNamesAndDocs(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range arabic.Rules {
		if r.Name == "" || r.Doc == "" || r.Map == nil {
			t.Errorf("rule %+v incomplete", r.Name)
		}
		if seen[r.Name] {
			t.Errorf("duplicate rule name %q", r.Name)
		}
		seen[r.Name] = true
	}
}

const sample = "قالَ الرئيسُ الأمريكيّ دونالد ترامب إنّ القمّة ستُعقد في ٢٢ مايو ۱۴۰۳، في إسطنبول؟ \u200fThe White House\u200e — بوتيــن ومُؤتمر «الرؤية»"

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"ABC", "abc"},
		{"أمْرِيكا", "امريكا"},
		{"الولايات المتحدة الأميركية", "الولايات المتحده الاميركيه"},
		{"مُؤْتَمَرٌ صَحَفِيٌّ", "مؤتمر صحفي"},
		{"رئيس الوزراء", "رئيس الوزراء"},
		{"مصطفى", "مصطفي"},
		{"إسطنبولَ ٢٠٢١", "اسطنبول 2021"},
		{"قـــمـــة", "قمه"},
		{"\u202bموسكو\u202c", "موسكو"},
		{"نعم، لا", "نعم, لا"},
		{"\xff", "\ufffd"},
	}
	for _, tt := range tests {
		if got := arabic.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNormalizeIsComposition checks that Normalize equals the rules applied
// one after the other, in the listed order and in reverse order (the rules
// do not interact), and equals the streaming Transformer.
func TestNormalizeIsComposition(t *testing.T) {
	want := arabic.Normalize(sample)
	s := sample
	for _, r := range arabic.Rules {
		s = r.Apply(s)
	}
	if s != want {
		t.Errorf("rules in order = %q, Normalize = %q", s, want)
	}
	s = sample
	for i := len(arabic.Rules) - 1; i >= 0; i-- {
		s = arabic.Rules[i].Apply(s)
	}
	if s != want {
		t.Errorf("rules in reverse = %q, Normalize = %q", s, want)
	}
	ts := make([]transform.Transformer, len(arabic.Rules))
	for i, r := range arabic.Rules {
		ts[i] = r.Transformer()
	}
	got, _, err := transform.String(transform.Chain(ts...), sample)
	if err != nil || got != want {
		t.Errorf("chained transformers = %q, %v; want %q", got, err, want)
	}
	// Streaming through a reader in tiny chunks exercises ErrShortSrc on
	// split runes.
	b, err := io.ReadAll(transform.NewReader(iotest(sample), arabic.Transformer()))
	if err != nil || string(b) != want {
		t.Errorf("streamed = %q, %v; want %q", b, err, want)
	}
}

// oneByteReader returns one byte per Read.
type oneByteReader struct{ s string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func iotest(s string) io.Reader { return &oneByteReader{s} }

func TestNormalizeOffsets(t *testing.T) {
	in := "قالَ الرئيسُ بوتيــن ABC"
	norm, offs := arabic.NormalizeOffsets(in)
	if norm != arabic.Normalize(in) {
		t.Fatalf("norm = %q, want %q", norm, arabic.Normalize(in))
	}
	if len(offs) != len(norm)+1 || offs[len(norm)] != len(in) {
		t.Fatalf("len(offs) = %d, last = %d", len(offs), offs[len(offs)-1])
	}
	i := strings.Index(norm, "بوتين")
	start, end := offs[i], offs[i+len("بوتين")]
	if got := strings.TrimSpace(in[start:end]); got != "بوتيــن" {
		t.Errorf("span maps back to %q", got)
	}
	for k := 1; k < len(offs); k++ {
		if offs[k] < offs[k-1] {
			t.Fatalf("offsets not monotone at %d", k)
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := strings.Repeat(sample+" ", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		arabic.Normalize(text)
	}
}
