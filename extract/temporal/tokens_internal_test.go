package temporal

import (
	"testing"

	"github.com/tl-project/tl/timeline"
)

func TestTokenize(t *testing.T) {
	text := "في ٢٧/١١/2024م، الأربعاءَ (يونيو)\u200f و23"
	type want struct {
		text string
		kind tokKind
		val  int
		gap  bool
		norm string
	}
	wants := []want{
		{"في", tokWord, 0, true, "في"},
		{"٢٧", tokNum, 27, true, "27"},
		{"/", tokPunct, 0, false, "/"},
		{"١١", tokNum, 11, false, "11"},
		{"/", tokPunct, 0, false, "/"},
		{"2024", tokNum, 2024, false, "2024"},
		{"م", tokWord, 0, false, "م"},
		{"،", tokPunct, 0, false, ","},
		{"الأربعاءَ", tokWord, 0, true, "الاربعاء"},
		{"(", tokPunct, 0, true, "("},
		{"يونيو", tokWord, 0, false, "يونيو"},
		{")", tokPunct, 0, false, ")"},
		{"و", tokWord, 0, true, "و"}, // the RLM before the space is not a token
		{"23", tokNum, 23, false, "23"},
	}
	got := tokenize(text)
	if len(got) != len(wants) {
		t.Fatalf("got %d tokens, want %d: %+v", len(got), len(wants), got)
	}
	for i, w := range wants {
		g := got[i]
		if text[g.start:g.end] != w.text || g.kind != w.kind || g.val != w.val || g.gap != w.gap || g.norm != w.norm {
			t.Errorf("token %d = %q %+v, want %+v", i, text[g.start:g.end], g, w)
		}
	}
}

func TestTokenizeEdges(t *testing.T) {
	tests := []struct {
		text string
		n    int
	}{
		{"", 0},
		{"   \n\t", 0},
		{"\xff\xfe", 2},                 // invalid bytes are one-byte tokens
		{"12345678901234567890", 1},     // too long for val, still one token
		{"\u200fالأربعاء\u200f", 1},     // bidi marks around a word
		{"ـــ", 1},                      // a run of tatweel is a (empty-normalised) word
		{"abc-DEF", 3},                  // Latin words and a hyphen
		{"۱۴۰۳", 1},                     // Persian digits
		{"\u0627\u064b\u200c\u0628", 1}, // ZWNJ inside a word
	}
	for _, tc := range tests {
		got := tokenize(tc.text)
		if len(got) != tc.n {
			t.Errorf("tokenize(%q) = %d tokens %+v, want %d", tc.text, len(got), got, tc.n)
		}
		for _, tk := range got {
			if tk.start < 0 || tk.end > len(tc.text) || tk.start >= tk.end {
				t.Errorf("tokenize(%q): bad span %d:%d", tc.text, tk.start, tk.end)
			}
		}
	}
	if got := tokenize("12345678901234567890"); got[0].val != -1 || got[0].digits != 20 {
		t.Errorf("long number = %+v", got[0])
	}
}

func TestLookupWordClitics(t *testing.T) {
	set := words("الأربعاء", "العام", "يوم")
	tests := []struct {
		w    string
		mode clitics
		ok   bool
	}{
		{"الاربعاء", cliticsNone, true},
		{"والاربعاء", cliticsNone, false},
		{"والاربعاء", cliticsConj, true},
		{"فالاربعاء", cliticsConj, true},
		{"بالاربعاء", cliticsConj, false},
		{"بالاربعاء", cliticsAll, true},
		{"وبالاربعاء", cliticsAll, true},
		{"للعام", cliticsAll, true}, // ل + العام, written لل
		{"وللعام", cliticsAll, true},
		{"ويوم", cliticsConj, true},
		{"بيوم", cliticsAll, true},
		{"ويوما", cliticsAll, false},
		{"وو", cliticsAll, false},
	}
	for _, tc := range tests {
		if _, ok := lookupWord(normalize(tc.w), set, tc.mode); ok != tc.ok {
			t.Errorf("lookupWord(%q, mode %d) = %v, want %v", tc.w, tc.mode, ok, tc.ok)
		}
	}
}

func TestMonthNameClitics(t *testing.T) {
	tests := []struct {
		text  string
		month int
		ok    bool
	}{
		{"يونيو", 6, true},
		{"ويونيو", 6, true},
		{"بيونيو", 6, true},
		{"وبيونيو", 6, true},
		{"ليونيو", 6, true},
		{"آب", 8, true},
		{"وآب", 8, true},  // a weak name takes the conjunction
		{"باب", 0, false}, // but not a preposition
		{"لمارس", 0, false},
		{"تشرين الأول", 10, true},
		{"تشرين الثاني", 11, true},
		{"تشرين", 0, false},
		{"ذي القعدة", 11, true},
		{"جمادى الآخرة", 6, true},
	}
	for _, tc := range tests {
		p := newParser(tc.text, Context{})
		mh, end, ok := p.monthName(0)
		if ok != tc.ok || ok && (mh.m != tc.month || end != len(p.toks)) {
			t.Errorf("monthName(%q) = %+v, %d, %v; want %d, %v", tc.text, mh, end, ok, tc.month, tc.ok)
		}
	}
}

func TestPickDay(t *testing.T) {
	ref := timeline.DayOf(2024, 11, 27)
	cands := []timeline.Day{ref - 365, ref - 2, ref + 2, ref + 364}
	tests := []struct {
		h    how
		want timeline.Day
	}{
		{how{dir: dirPast}, ref + 2}, // inside PastWindow
		{how{dir: dirPast, explicit: true}, ref - 2},
		{how{dir: dirFuture}, ref + 2},
		{how{dir: dirNearest}, ref - 2}, // tie goes to the past
	}
	for _, tc := range tests {
		if got, ok := pickDay(cands, ref, tc.h); !ok || got != tc.want {
			t.Errorf("pickDay(%v) = %s, %v; want %s", tc.h, got, ok, tc.want)
		}
	}
	if _, ok := pickDay([]timeline.Day{ref + 10}, ref, how{dir: dirPast}); ok {
		t.Error("pickDay found a past day among future ones")
	}
}

func TestWeekdayNear(t *testing.T) {
	wed := timeline.DayOf(2024, 11, 27)
	tests := []struct {
		wd   int
		h    how
		want timeline.Day
	}{
		{3, how{dir: dirPast}, wed},
		{3, how{dir: dirPast, explicit: true}, wed - 7},
		{3, how{dir: dirFuture}, wed},
		{3, how{dir: dirFuture, explicit: true}, wed + 7},
		{4, how{dir: dirPast}, wed - 6},
		{4, how{dir: dirNearest}, wed + 1},
		{0, how{dir: dirNearest}, wed - 3}, // Sunday: 3 back, 4 ahead
		{6, how{dir: dirNearest}, wed + 3}, // Saturday: 4 back, 3 ahead
	}
	for _, tc := range tests {
		if got := weekdayNear(tc.wd, wed, tc.h); got != tc.want {
			t.Errorf("weekdayNear(%d, %v) = %s, want %s", tc.wd, tc.h, got, tc.want)
		}
	}
}

func TestWeekOf(t *testing.T) {
	for d := timeline.DayOf(2024, 11, 23); d <= timeline.DayOf(2024, 11, 29); d++ {
		w := weekOf(d, 0)
		if w.Start != timeline.DayOf(2024, 11, 23) || w.End != timeline.DayOf(2024, 11, 29) {
			t.Errorf("weekOf(%s) = %s..%s", d, w.Start, w.End)
		}
	}
	if w := weekOf(timeline.DayOf(2024, 11, 27), -1); w.Start.Weekday() != 6 || w.End.Weekday() != 5 {
		t.Errorf("last week runs %s..%s", w.Start.Weekday(), w.End.Weekday())
	}
}

func TestNarrow(t *testing.T) {
	feb := timeline.MonthDate(2023, 2)
	if n := narrowMonth(feb, partLate); n.Start != timeline.DayOf(2023, 2, 21) || n.End != timeline.DayOf(2023, 2, 28) {
		t.Errorf("late February = %s..%s", n.Start, n.End)
	}
	if n := narrowMonth(feb, partNone); !n.IsZero() {
		t.Errorf("no part narrowed to %v", n)
	}
	y := timeline.YearDate(2024)
	if n := narrowYear(y, partMid); n.String() != "2024-05" || n.EndString() != "2024-08" {
		t.Errorf("mid 2024 = %s/%s", n, n.EndString())
	}
}
