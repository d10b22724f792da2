package temporal_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/timeline"
)

// FuzzFind checks the invariants of Find on any input: no panic, offsets
// inside the text and on rune boundaries, Text equal to the span, ordered
// non-overlapping expressions, valid dates, and a bounded running time.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"الأربعاء 25 جمادى الأولى 1446 هـ الموافق 27 نوفمبر 2024 م",
		"يومي 22 و23 يونيو/حزيران المقبل",
		"من 10 وحتى 12 أكتوبر (تشرين الأول) 2025",
		"منذ عام 2022 حتى عام 2036 ضمن رؤية 2030",
		"اليوم (الخميس) أمس الأول بعد غد الأسبوع الماضي",
		"27/11/2024 ٢٧-١١-٢٠٢٤ ۲۷.۱۱.۲۰۲۴",
		"في التاسع والعشرين من مايو الماضي",
		"أواخر الشهر الجاري ومطلع العام المقبل",
		"الساعة 10:30 صباحا 43 في المائة",
		"حتى حتى حتى منذ منذ من من بين بين",
		"\xff\xfe٢٧ \u200fنوفمبر\u200f",
		"",
	} {
		f.Add(s, int32(20054), uint8(1))
	}
	f.Fuzz(func(t *testing.T, text string, ref int32, tense uint8) {
		if len(text) > 4096 {
			text = text[:4096]
		}
		// Keep the reference inside years tl meets (1000-2999) or unknown.
		ref %= 365 * 1000
		c := temporal.Context{Ref: timeline.Day(ref), Tense: temporal.Tense(tense % 3)}
		start := time.Now()
		exprs := temporal.Find(text, c)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("Find took %v on %d bytes", d, len(text))
		}
		valid := utf8.ValidString(text)
		prev := 0
		for _, e := range exprs {
			if e.Start < prev || e.Start >= e.End || e.End > len(text) {
				t.Fatalf("bad span %d:%d after %d in %d bytes: %v", e.Start, e.End, prev, len(text), exprs)
			}
			if valid && (!utf8.RuneStart(text[e.Start]) || e.End < len(text) && !utf8.RuneStart(text[e.End])) {
				t.Fatalf("span %d:%d splits a rune", e.Start, e.End)
			}
			if e.Text != text[e.Start:e.End] {
				t.Fatalf("Text %q != text[%d:%d]", e.Text, e.Start, e.End)
			}
			if e.Reason == "" {
				t.Fatalf("%v has no reason", e)
			}
			d := e.Date
			if e.Excluded && !d.IsZero() {
				t.Fatalf("excluded %v carries a date", e)
			}
			if !d.IsZero() {
				if d.End < d.Start || d.Precision > timeline.PrecisionDay {
					t.Fatalf("invalid date %+v in %v", d, e)
				}
				if back, err := timeline.ParseDate(d.String()); err != nil || back.Start != d.Start {
					t.Fatalf("date %+v does not round-trip through %q: %v", d, d.String(), err)
				}
			}
			if !e.Narrow.IsZero() && !d.Contains(e.Narrow) {
				t.Fatalf("narrow %v outside %v", e.Narrow, d)
			}
			prev = e.End
		}
	})
}
