package temporal_test

import (
	"fmt"

	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/timeline"
)

func ExampleFind() {
	text := "وصل بوتين إلى أستانا الأربعاء، بعد لقاء عقد في 16 يونيو/حزيران 2021، " +
		"ويعقد قمة أخرى يومي 22 و23 أكتوبر المقبل، ضمن رؤية 2030."
	c := temporal.Context{Ref: timeline.DayOf(2024, 11, 27), Tense: temporal.TensePast}
	for _, e := range temporal.Find(text, c) {
		switch {
		case e.Excluded:
			fmt.Printf("%s: excluded (%s)\n", e.Text, e.Reason)
		case e.Date.EndString() != "":
			fmt.Printf("%s: %s/%s\n", e.Text, e.Date, e.Date.EndString())
		default:
			fmt.Printf("%s: %s\n", e.Text, e.Date)
		}
	}
	// Output:
	// الأربعاء: 2024-11-27
	// 16 يونيو/حزيران 2021: 2021-06-16
	// يومي 22 و23 أكتوبر المقبل: 2025-10-22/2025-10-23
	// رؤية 2030: excluded (year of a plan, vision or budget)
}

func ExampleHijriToDay() {
	d, err := temporal.HijriToDay(1446, 9, 1) // 1 Ramadan 1446
	fmt.Println(d, err)
	// Output: 2025-03-01 <nil>
}
