package temporal_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/timeline"
)

func day(s string) timeline.Day { return timeline.MustParseDate(s).Start }

func ctx(ref string, t temporal.Tense) temporal.Context {
	return temporal.Context{Ref: day(ref), Tense: t}
}

// one runs Find and requires exactly one expression.
func one(t *testing.T, text string, c temporal.Context) temporal.Expr {
	t.Helper()
	got := temporal.Find(text, c)
	if len(got) != 1 {
		t.Fatalf("Find(%q) = %v, want one expression", text, got)
	}
	return got[0]
}

func dateString(d timeline.Date) string {
	s := d.String()
	if e := d.EndString(); e != "" {
		s += "/" + e
	}
	return s
}

type dateCase struct {
	text  string
	ref   string
	tense temporal.Tense
	want  string // Date as String[/EndString]
	span  string // the expected Text; "" to skip
	rel   bool
}

func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			e := one(t, tc.text, ctx(tc.ref, tc.tense))
			if e.Excluded {
				t.Fatalf("%v is excluded", e)
			}
			if got := dateString(e.Date); got != tc.want {
				t.Errorf("date = %s, want %s (%s)", got, tc.want, e.Reason)
			}
			if tc.span != "" && e.Text != tc.span {
				t.Errorf("text = %q, want %q", e.Text, tc.span)
			}
			if e.Relative != tc.rel {
				t.Errorf("relative = %v, want %v (%s)", e.Relative, tc.rel, e.Reason)
			}
			if tc.text[e.Start:e.End] != e.Text {
				t.Errorf("offsets %d:%d do not give Text %q", e.Start, e.End, e.Text)
			}
			if e.Reason == "" {
				t.Error("empty reason")
			}
		})
	}
}

const (
	past    = temporal.TensePast
	future  = temporal.TenseFuture
	unknown = temporal.TenseUnknown
)

func TestMonthNames(t *testing.T) {
	// Every spelling of every month, with a day and a year.
	names := map[int][]string{
		1:  {"يناير", "جانفي", "كانون الثاني", "كانون ثاني"},
		2:  {"فبراير", "فيفري", "شباط"},
		3:  {"مارس", "آذار"},
		4:  {"أبريل", "ابريل", "إبريل", "أفريل", "نيسان"},
		5:  {"مايو", "ماي", "أيار"},
		6:  {"يونيو", "يونيه", "جوان", "حزيران"},
		7:  {"يوليو", "يوليه", "يوليوز", "جويلية", "تموز"},
		8:  {"أغسطس", "اغسطس", "غشت", "أوت", "آب"},
		9:  {"سبتمبر", "شتنبر", "أيلول"},
		10: {"أكتوبر", "اكتوبر", "تشرين الأول"},
		11: {"نوفمبر", "نونبر", "تشرين الثاني"},
		12: {"ديسمبر", "دجنبر", "كانون الأول"},
	}
	for m, ns := range names {
		for _, n := range ns {
			text := "في 12 " + n + " 2023"
			e := one(t, text, ctx("2024-01-01", past))
			want := timeline.DayDate(2023, time.Month(m), 12)
			if e.Date != want || e.Text != "12 "+n+" 2023" {
				t.Errorf("%q = %v, want %v", text, e, want)
			}
		}
	}
}

func TestMonthForms(t *testing.T) {
	runDateCases(t, []dateCase{
		{"القمة في 16 يونيو/حزيران 2021", "2021-06-18", past, "2021-06-16", "16 يونيو/حزيران 2021", false},
		{"في 16 حزيران (يونيو) 2021", "2021-06-18", past, "2021-06-16", "16 حزيران (يونيو) 2021", false},
		{"في تشرين الثاني (نوفمبر) المقبل", "2017-07-13", past, "2017-11", "تشرين الثاني (نوفمبر) المقبل", true},
		{"في (أيلول) سبتمبر 2025", "2025-10-09", past, "2025-09", "(أيلول) سبتمبر 2025", false},
		{"وفي يونيو التقيا", "2021-07-01", past, "2021-06", "يونيو", true},
		{"التقيا بمايو", "2021-07-01", past, "2021-05", "بمايو", true},
		{"في شهر مارس", "2021-07-01", past, "2021-03", "شهر مارس", true},
		{"أكتوبر من العام الماضي", "2025-10-09", past, "2024-10", "", true},
		{"نوفمبر من هذا العام", "2025-10-09", past, "2025-11", "", true},
		{"نوفمبر عام 2019", "2025-10-09", past, "2019-11", "", false},
	})
}

func TestWeakMonthNames(t *testing.T) {
	for _, text := range []string{
		"مارس الرئيس ضغوطا", // verb "practised"
		"فتح باب الحوار",    // باب is not ب + آب
		"استقبل رجب طيب أردوغان",
		"التقى رمضان قديروف",
		"نسبة صفر",
		"يا ماي فريند",
		"رمضان كريم",
	} {
		if got := temporal.Find(text, ctx("2025-04-05", past)); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want nothing", text, got)
		}
	}
	runDateCases(t, []dateCase{
		{"في مارس", "2025-04-05", past, "2025-03", "مارس", true},
		{"3 مارس", "2025-04-05", past, "2025-03-03", "3 مارس", true},
		{"مارس 2024", "2025-04-05", past, "2024-03", "مارس 2024", false},
		{"مارس الماضي", "2025-04-05", past, "2025-03", "مارس الماضي", true},
		{"في 15 آب", "2025-09-01", past, "2025-08-15", "15 آب", true},
		{"رمضان 1446 هـ", "2025-09-01", past, "2025-03", "رمضان 1446 هـ", false},
		{"شهر رمضان", "2025-03-10", past, "2025-03", "شهر رمضان", true},
	})
}

func TestDigitsAndNumericDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{"في ٢٧ نوفمبر ٢٠٢٤", "2024-12-01", past, "2024-11-27", "٢٧ نوفمبر ٢٠٢٤", false},
		{"في ۲۷ نوفمبر ۲۰۲۴", "2024-12-01", past, "2024-11-27", "۲۷ نوفمبر ۲۰۲۴", false},
		{"بتاريخ 27/11/2024", "2024-12-01", past, "2024-11-27", "27/11/2024", false},
		{"بتاريخ 2024-11-27", "2024-12-01", past, "2024-11-27", "2024-11-27", false},
		{"بتاريخ 27-11-2024", "2024-12-01", past, "2024-11-27", "27-11-2024", false},
		{"بتاريخ 27.11.2024", "2024-12-01", past, "2024-11-27", "27.11.2024", false},
		{"بتاريخ ٢٧/١١/٢٠٢٤", "2024-12-01", past, "2024-11-27", "٢٧/١١/٢٠٢٤", false},
		{"بتاريخ 2024/11/27م", "2024-12-01", past, "2024-11-27", "2024/11/27م", false},
		{"بتاريخ 11/27/2024", "2024-12-01", past, "2024-11-27", "11/27/2024", false},
		{"بتاريخ 5/6/2021", "2024-12-01", past, "2021-06-05", "5/6/2021", false},
	})
	for _, text := range []string{"31/02/2024", "1.2.3.4", "2024-13-01", "10:30:45", "0/0/2024"} {
		for _, e := range temporal.Find(text, ctx("2024-12-01", past)) {
			if !e.Excluded && !e.Date.IsZero() {
				t.Errorf("Find(%q) dated %v", text, e)
			}
		}
	}
}

func TestYearInference(t *testing.T) {
	runDateCases(t, []dateCase{
		{"في 27 نوفمبر", "2024-11-28", past, "2024-11-27", "27 نوفمبر", true},
		{"في 27 نوفمبر", "2024-11-25", past, "2024-11-27", "", true},   // within PastWindow
		{"في 27 نوفمبر", "2024-11-20", past, "2023-11-27", "", true},   // beyond it
		{"في 27 نوفمبر", "2024-11-27", future, "2024-11-27", "", true}, // ref itself
		{"في 27 نوفمبر", "2024-11-28", future, "2025-11-27", "", true},
		{"في 5 يناير", "2024-12-20", unknown, "2025-01-05", "", true},
		{"في 20 ديسمبر", "2025-01-10", unknown, "2024-12-20", "", true},
		{"في 29 فبراير", "2025-03-01", past, "2024-02-29", "", true}, // leap day
		{"في نوفمبر", "2024-11-10", past, "2024-11", "", true},
		{"في نوفمبر", "2024-11-10", future, "2024-11", "", true},
		{"في ديسمبر", "2024-11-10", past, "2023-12", "", true},
		{"في يناير", "2024-11-10", unknown, "2025-01", "", true},
		{"في أكتوبر الماضي", "2025-10-09", future, "2024-10", "أكتوبر الماضي", true},
		{"في أكتوبر المقبل", "2025-10-09", past, "2026-10", "", true},
		{"في نوفمبر المقبل", "2025-10-09", past, "2025-11", "", true},
		{"في 9 أكتوبر الجاري", "2025-10-01", past, "2025-10-09", "", true},
		{"في 28 أكتوبر الماضي", "2021-12-08", future, "2021-10-28", "", true},
	})
}

func TestYears(t *testing.T) {
	runDateCases(t, []dateCase{
		{"عام 2011", "2024-01-01", past, "2011", "عام 2011", false},
		{"في العام 2011", "2024-01-01", past, "2011", "العام 2011", false},
		{"سنة 2011", "2024-01-01", past, "2011", "سنة 2011", false},
		{"في 2011", "2024-01-01", past, "2011", "2011", false},
		{"وقع عام 2010م", "2024-01-01", past, "2010", "عام 2010م", false},
		{"عام 1446 هـ", "2024-01-01", past, "2024/2025", "عام 1446 هـ", false},
	})
	if got := temporal.Find("بلغ عددهم 2011 نسمة", ctx("2024-01-01", past)); len(got) != 0 {
		t.Errorf("a bare count was dated: %v", got)
	}
}

func TestOrdinalDays(t *testing.T) {
	words := []string{"", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
		"الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر",
		"العشرين", "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين", "الرابع والعشرين", "الخامس والعشرين",
		"السادس والعشرين", "السابع والعشرين", "الثامن والعشرين", "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين"}
	for d := 1; d <= 31; d++ {
		text := "في " + words[d] + " من يوليو 2024"
		e := one(t, text, ctx("2024-09-01", past))
		if want := timeline.DayDate(2024, 7, d); e.Date != want || e.Text != words[d]+" من يوليو 2024" {
			t.Errorf("%q = %v, want %v", text, e, want)
		}
	}
	runDateCases(t, []dateCase{
		{"في الواحد والثلاثين من يناير", "2022-02-10", past, "2022-01-31", "", true},
		{"في الأول من سبتمبر الماضي", "2021-12-08", past, "2021-09-01", "الأول من سبتمبر الماضي", true},
		{"في الثالث من الشهر الجاري", "2025-10-09", past, "2025-10-03", "", true},
		{"في العاشر من الشهر الماضي", "2025-10-09", past, "2025-09-10", "", true},
		{"في العاشر من الشهر المقبل", "2025-10-09", past, "2025-11-10", "", true},
		{"في الـ27 من نوفمبر", "2024-11-28", past, "2024-11-27", "الـ27 من نوفمبر", true},
	})
	// An ordinal that is not followed by "من" + a month is no date.
	for _, text := range []string{"الفصل الأول من الكتاب", "الثاني عشر", "المؤتمر الثامن والعشرين للحزب"} {
		if got := temporal.Find(text, ctx("2024-01-01", past)); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want nothing", text, got)
		}
	}
}

func TestWeekdays(t *testing.T) {
	// 2024-11-27 is a Wednesday.
	runDateCases(t, []dateCase{
		{"الأربعاء", "2024-11-27", past, "2024-11-27", "الأربعاء", true},
		{"الأربعاء", "2024-11-27", future, "2024-11-27", "", true},
		{"الخميس", "2024-11-27", past, "2024-11-21", "", true},
		{"الخميس", "2024-11-27", future, "2024-11-28", "", true},
		{"الخميس", "2024-11-27", unknown, "2024-11-28", "", true},
		{"الأحد", "2024-11-27", unknown, "2024-11-24", "", true},
		{"السبت", "2024-11-27", unknown, "2024-11-30", "", true},
		{"الجمعة", "2024-11-27", past, "2024-11-22", "", true},
		{"الثلاثاء", "2024-11-27", past, "2024-11-26", "", true},
		{"الإثنين", "2024-11-27", past, "2024-11-25", "", true},
		{"الاثنين", "2024-11-27", past, "2024-11-25", "", true},
		{"الأربعاء الماضي", "2024-11-27", past, "2024-11-20", "الأربعاء الماضي", true},
		{"الخميس الماضي", "2024-11-27", future, "2024-11-21", "", true},
		{"الخميس المقبل", "2024-11-27", past, "2024-11-28", "", true},
		{"الأربعاء القادم", "2024-11-27", past, "2024-12-04", "", true},
		{"والأربعاء", "2024-11-27", past, "2024-11-27", "والأربعاء", true},
		{"يوم الخميس", "2024-11-29", past, "2024-11-28", "يوم الخميس", true},
		{"مساء الأربعاء", "2024-11-29", past, "2024-11-27", "مساء الأربعاء", true},
		{"صباح الثلاثاء", "2024-11-29", past, "2024-11-26", "صباح الثلاثاء", true},
		{"ليلة السبت", "2024-11-29", past, "2024-11-23", "ليلة السبت", true},
		{"للأربعاء", "2024-11-29", past, "2024-11-27", "للأربعاء", true},
	})
	for _, text := range []string{"بعد صلاة الجمعة", "خطبة الجمعة", "بين الاثنين", "الأحدث"} {
		if got := temporal.Find(text, ctx("2024-11-27", past)); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want nothing", text, got)
		}
	}
}

func TestWeekdayWithDate(t *testing.T) {
	runDateCases(t, []dateCase{
		// The weekday picks the year in which the day falls on it.
		{"الأربعاء 9 أكتوبر", "2025-10-09", past, "2024-10-09", "الأربعاء 9 أكتوبر", true},
		{"الخميس 9 أكتوبر", "2025-10-09", past, "2025-10-09", "", true},
		{"الخميس 9 أكتوبر", "2020-01-01", past, "2014-10-09", "", true}, // nearer than 2025
		{"يوم الأربعاء، 27 نوفمبر 2024", "2025-01-01", past, "2024-11-27", "يوم الأربعاء، 27 نوفمبر 2024", false},
		{"الأربعاء (27 نوفمبر)", "2024-11-28", past, "2024-11-27", "الأربعاء (27 نوفمبر)", true},
		{"الجمعة\\السابع من يوليو", "2017-07-10", past, "2017-07-07", "", true},
		{"الخميس الموافق 9 أكتوبر", "2025-10-01", future, "2025-10-09", "", true},
	})
	e := one(t, "الأربعاء 9 أكتوبر 2025", ctx("2025-10-09", past))
	if !strings.Contains(e.Reason, "weekday") {
		t.Errorf("a weekday that contradicts the date is not reported: %s", e.Reason)
	}
}

func TestRelativeDays(t *testing.T) {
	// 2025-10-09 is a Thursday.
	runDateCases(t, []dateCase{
		{"اليوم", "2025-10-09", past, "2025-10-09", "اليوم", true},
		{"أمس", "2025-10-09", past, "2025-10-08", "أمس", true},
		{"الأمس", "2025-10-09", past, "2025-10-08", "", true},
		{"وأمس", "2025-10-09", past, "2025-10-08", "وأمس", true},
		{"البارحة", "2025-10-09", past, "2025-10-08", "", true},
		{"أول من أمس", "2025-10-09", past, "2025-10-07", "أول من أمس", true},
		{"أول أمس", "2025-10-09", past, "2025-10-07", "", true},
		{"أمس الأول", "2025-10-09", past, "2025-10-07", "", true},
		{"غداً", "2025-10-09", future, "2025-10-10", "غداً", true},
		{"غدا", "2025-10-09", future, "2025-10-10", "", true},
		{"بعد غد", "2025-10-09", future, "2025-10-11", "بعد غد", true},
		{"مساء أمس", "2025-10-09", past, "2025-10-08", "مساء أمس", true},
		{"صباح اليوم", "2025-10-09", past, "2025-10-09", "صباح اليوم", true},
		{"اليوم الخميس", "2025-10-09", past, "2025-10-09", "اليوم الخميس", true},
		{"اليوم (الأربعاء)", "2025-10-09", past, "2025-10-08", "اليوم (الأربعاء)", true},
		{"أمس الأربعاء", "2025-10-09", past, "2025-10-08", "أمس الأربعاء", true},
		{"غدا الجمعة", "2025-10-09", future, "2025-10-10", "غدا الجمعة", true},
		// "اليوم" before the next phrase's definite noun is still today.
		{"يلتقي اليوم الأمين العام", "2025-10-09", future, "2025-10-09", "اليوم", true},
		{"استقبل اليوم الرئيس الروسي", "2025-10-09", past, "2025-10-09", "اليوم", true},
	})
	for _, text := range []string{"اليوم الأول من القمة", "اليوم الوطني", "في اليوم التالي", "اليوم العالمي للسلام",
		"اليوم الختامي للقمة", "اليوم الموالي", "في اليوم الثالث من الزيارة"} {
		if got := temporal.Find(text, ctx("2025-10-09", past)); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want nothing", text, got)
		}
	}
}

func TestRelativePeriods(t *testing.T) {
	// 2024-11-27 is a Wednesday; its Saturday-Friday week is 23-29 November.
	runDateCases(t, []dateCase{
		{"الأسبوع الماضي", "2024-11-27", past, "2024-11-16/2024-11-22", "الأسبوع الماضي", true},
		{"الأسبوع المقبل", "2024-11-27", past, "2024-11-30/2024-12-06", "", true},
		{"الأسبوع القادم", "2024-11-27", past, "2024-11-30/2024-12-06", "", true},
		{"الأسبوع الجاري", "2024-11-27", past, "2024-11-23/2024-11-29", "", true},
		{"هذا الأسبوع", "2024-11-30", past, "2024-11-30/2024-12-06", "", true}, // Saturday starts a week
		{"الشهر الماضي", "2025-01-09", past, "2024-12", "", true},
		{"الشهر المقبل", "2024-12-09", past, "2025-01", "", true},
		{"الشهر الجاري", "2024-12-09", past, "2024-12", "", true},
		{"الشهر الحالي", "2024-12-09", past, "2024-12", "", true},
		{"هذا الشهر", "2024-12-09", past, "2024-12", "", true},
		{"العام الماضي", "2025-01-09", past, "2024", "", true},
		{"العام المقبل", "2025-01-09", past, "2026", "", true},
		{"العام الجاري", "2025-01-09", past, "2025", "", true},
		{"العام الحالي", "2025-01-09", past, "2025", "", true},
		{"هذا العام", "2025-01-09", past, "2025", "", true},
		{"السنة الماضية", "2025-01-09", past, "2024", "", true},
		{"للعام المقبل", "2025-01-09", past, "2026", "للعام المقبل", true},
	})
}

func TestAgo(t *testing.T) {
	runDateCases(t, []dateCase{
		{"منذ يومين", "2025-10-09", past, "2025-10-07", "منذ يومين", true},
		{"منذ ثلاثة أيام", "2025-10-09", past, "2025-10-06", "", true},
		{"منذ 5 أيام", "2025-10-09", past, "2025-10-04", "", true},
		{"قبل يوم", "2025-10-09", past, "2025-10-08", "", true},
		{"قبل أسبوع", "2025-10-09", past, "2025-10-02", "", true},
		{"قبل أسبوعين", "2025-10-09", past, "2025-09-25", "", true},
		{"قبل ثلاثة أسابيع", "2025-10-09", past, "2025-09-18", "", true},
		{"قبل شهرين", "2025-10-09", past, "2025-08", "", true},
		{"منذ ثلاثة أشهر", "2025-01-09", past, "2024-10", "", true},
		{"قبل عامين", "2025-10-09", past, "2023", "", true},
		{"بعد يومين", "2025-10-09", future, "2025-10-11", "", true},
		{"بعد أسبوع", "2025-10-09", future, "2025-10-16", "", true},
	})
	for _, text := range []string{"قبل يومين من القمة", "بعد أسبوع على المحادثات", "منذ أيام"} {
		for _, e := range temporal.Find(text, ctx("2025-10-09", past)) {
			if !e.Excluded {
				t.Errorf("Find(%q) dated %v relative to the reference day", text, e)
			}
		}
	}
}

func TestEarlierLater(t *testing.T) {
	runDateCases(t, []dateCase{
		{"في وقت سابق من هذا الشهر", "2025-10-09", past, "2025-10", "في وقت سابق من هذا الشهر", true},
		{"في وقت سابق من الشهر الجاري", "2025-10-09", past, "2025-10", "", true},
		{"في وقت سابق من العام الجاري", "2025-10-09", past, "2025", "", true},
		{"في وقت لاحق من هذا العام", "2025-10-09", future, "2025", "", true},
		{"في وقت سابق اليوم", "2025-10-09", past, "2025-10-09", "", true},
		{"في وقت سابق من هذا الأسبوع", "2025-10-09", past, "2025-10-04/2025-10-10", "", true},
	})
}

func TestParts(t *testing.T) {
	tests := []struct {
		text, ref, want, narrow string
	}{
		{"أوائل أكتوبر", "2025-12-01", "2025-10", "2025-10-01/2025-10-10"},
		{"مطلع أكتوبر", "2025-12-01", "2025-10", "2025-10-01/2025-10-10"},
		{"بداية أكتوبر", "2025-12-01", "2025-10", "2025-10-01/2025-10-10"},
		{"منتصف أكتوبر", "2025-12-01", "2025-10", "2025-10-11/2025-10-20"},
		{"أواسط أكتوبر", "2025-12-01", "2025-10", "2025-10-11/2025-10-20"},
		{"أواخر أكتوبر", "2025-12-01", "2025-10", "2025-10-21/2025-10-31"},
		{"نهاية فبراير 2024", "2025-12-01", "2024-02", "2024-02-21/2024-02-29"},
		{"مطلع الشهر الجاري", "2025-12-09", "2025-12", "2025-12-01/2025-12-10"},
		{"أواخر الشهر الماضي", "2025-12-09", "2025-11", "2025-11-21/2025-11-30"},
		{"نهاية الشهر", "2025-12-09", "2025-12", "2025-12-21/2025-12-31"},
		{"مطلع العام", "2025-12-09", "2025", "2025-01/2025-04"},
		{"منتصف العام الماضي", "2025-12-09", "2024", "2024-05/2024-08"},
		{"أواخر 2023", "2025-12-09", "2023", "2023-09/2023-12"},
		{"مطلع عام 2024", "2025-12-09", "2024", "2024-01/2024-04"},
		{"أواخر مارس", "2025-12-09", "2025-03", "2025-03-21/2025-03-31"},
		{"الأسبوع الأول من أكتوبر", "2025-12-09", "2025-10", "2025-10-01/2025-10-07"},
		{"الأسبوع الثاني من مارس", "2025-12-09", "2025-03", "2025-03-08/2025-03-14"},
		{"الأسبوع الأخير من فبراير 2024", "2025-12-09", "2024-02", "2024-02-23/2024-02-29"},
		{"النصف الأول من الشهر الجاري", "2025-12-09", "2025-12", "2025-12-01/2025-12-15"},
		{"النصف الثاني من العام", "2025-12-09", "2025", "2025-07/2025-12"},
		{"النصف الثاني من عام 2024", "2025-12-09", "2024", "2024-07/2024-12"},
	}
	for _, tc := range tests {
		e := one(t, tc.text, ctx(tc.ref, past))
		if dateString(e.Date) != tc.want || dateString(e.Narrow) != tc.narrow || e.Text != tc.text {
			t.Errorf("%q = %s narrow %s (%q), want %s narrow %s", tc.text, dateString(e.Date), dateString(e.Narrow), e.Text, tc.want, tc.narrow)
		}
		if !e.Date.Contains(e.Narrow) {
			t.Errorf("%q: narrow %v is not inside %v", tc.text, e.Narrow, e.Date)
		}
	}
	runDateCases(t, []dateCase{
		{"أول أيام شهر رمضان", "2025-02-20", future, "2025-03-01", "أول أيام شهر رمضان", true},
		{"أول يوم من نوفمبر", "2025-10-20", future, "2025-11-01", "", true},
		{"آخر أيام أكتوبر", "2025-11-20", past, "2025-10-31", "", true},
	})
}

func TestRanges(t *testing.T) {
	runDateCases(t, []dateCase{
		{"يومي 22 و23 يونيو", "2025-06-01", future, "2025-06-22/2025-06-23", "يومي 22 و23 يونيو", true},
		{"يومي 22-24 أكتوبر 2024", "2025-06-01", past, "2024-10-22/2024-10-24", "يومي 22-24 أكتوبر 2024", false},
		{"من 22 إلى 24 أكتوبر", "2024-10-25", past, "2024-10-22/2024-10-24", "من 22 إلى 24 أكتوبر", true},
		{"بين 22 و24 أكتوبر", "2024-10-01", future, "2024-10-22/2024-10-24", "", true},
		{"ما بين 22 و24 أكتوبر", "2024-10-01", future, "2024-10-22/2024-10-24", "ما بين 22 و24 أكتوبر", true},
		{"من 10 وحتى 12 أكتوبر", "2025-10-01", unknown, "2025-10-10/2025-10-12", "", true},
		{"22 يونيو - 3 يوليو", "2025-06-01", future, "2025-06-22/2025-07-03", "22 يونيو - 3 يوليو", true},
		{"من 28 ديسمبر إلى 3 يناير", "2024-12-20", future, "2024-12-28/2025-01-03", "", true},
		{"28 ديسمبر 2024 - 3 يناير 2025", "2024-12-20", future, "2024-12-28/2025-01-03", "", false},
		{"في الفترة من 9 إلى 10 أكتوبر", "2025-10-05", future, "2025-10-09/2025-10-10", "الفترة من 9 إلى 10 أكتوبر", true},
		{"من الأول إلى الثالث من أكتوبر 2025", "2025-10-05", past, "2025-10-01/2025-10-03", "", false},
		{"بين عامي 2014 و2022", "2025-10-05", past, "2014/2022", "بين عامي 2014 و2022", false},
		{"عامي 2020 و2021", "2025-10-05", past, "2020/2021", "", false},
		{"بين يونيو ويوليو 2024", "2024-05-01", future, "2024-06/2024-07", "", false},
		{"من مارس إلى مايو", "2024-05-10", past, "2024-03/2024-05", "", true},
	})
	// A backwards or implausible range is not a range.
	for _, text := range []string{"بين 24 و22 أكتوبر 2024", "من 5 إلى 5 أكتوبر 2024"} {
		for _, e := range temporal.Find(text, ctx("2024-11-01", past)) {
			if e.Date.End != e.Date.Start && !e.Date.IsZero() && e.Date.Precision == timeline.PrecisionDay {
				t.Errorf("Find(%q) gave the range %v", text, e)
			}
		}
	}
}

func TestHijriDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{"25 جمادى الأولى 1446 هـ", "2024-12-01", past, "2024-11-27", "25 جمادى الأولى 1446 هـ", false},
		{"1 رمضان 1446هـ", "2024-12-01", past, "2025-03-01", "", false},
		{"15 شعبان", "2025-02-20", past, "2025-02-14", "", true},
		// The stated weekday moves the tabular 2025-10-10 to the official day.
		{"الخميس 17 ربيع الآخر 1447 هـ", "2025-10-09", past, "2025-10-09", "", false},
		{"الأربعاء 25 جمادى الأولى 1446 هـ الموافق 27 نوفمبر 2024 م", "2024-11-27", past, "2024-11-27",
			"الأربعاء 25 جمادى الأولى 1446 هـ الموافق 27 نوفمبر 2024 م", false},
		{"27 نوفمبر 2024 الموافق 25 جمادى الأولى 1446 هـ", "2024-11-27", past, "2024-11-27", "", false},
		// The Gregorian half wins even when the Hijri half disagrees with it.
		{"24 جمادى الأولى 1446 هـ الموافق 27 نوفمبر 2024", "2024-11-27", past, "2024-11-27", "", false},
		{"1446/05/25 هـ", "2024-11-27", past, "2024-11-27", "", false},
		{"10 ذي الحجة 1445", "2024-11-27", past, "2024-06-17", "", false},
	})
}

func TestExcluded(t *testing.T) {
	tests := []struct{ text, span string }{
		{"خطة عام 2025", "خطة عام 2025"},
		{"رؤية 2030", "رؤية 2030"},
		{"ضمن رؤية المملكة 2030", "2030"},
		{"استراتيجية 2040", "استراتيجية 2040"},
		{"موازنة 2025", "موازنة 2025"},
		{"خطة العمل المشتركة لعام 2026", "لعام 2026"},
		{"منذ عام 2022", "منذ عام 2022"},
		{"منذ 2014", "منذ 2014"},
		{"ومنذ يونيو 2022", "ومنذ يونيو 2022"},
		{"حتى عام 2036", "حتى عام 2036"},
		{"بحلول 2030", "بحلول 2030"},
		{"مع حلول عام 2030", "مع حلول عام 2030"},
		{"حتى اليوم", "حتى اليوم"},
		{"لمدة 3 سنوات", "لمدة 3 سنوات"},
		{"21 عاماً", "21 عاماً"},
		{"منذ 21 عاماً", "منذ 21 عاماً"},
		{"خلال 10 أيام", "خلال 10 أيام"},
		{"على مدى يومين", "على مدى يومين"},
		{"الذكرى الثمانين", "الذكرى الثمانين"},
		{"الذكرى السنوية", "الذكرى السنوية"},
		{"الذكرى الـ30", "الذكرى الـ30"},
		{"عن عمر ناهز 93 عاماً", "عمر ناهز 93 عاماً"},
		{"43 في المائة", "43 في المائة"},
		{"7500 كيلومتر", "7500 كيلومتر"},
		{"2 مليار دولار", "2 مليار دولار"},
		{"2030 جندي", "2030 جندي"},
		{"15%", "15%"},
		{"القرار 2254", "القرار 2254"},
		{"الساعة 10 صباحاً", "الساعة 10 صباحاً"},
		{"الساعة العاشرة مساء", "الساعة العاشرة مساء"},
		{"10:30", "10:30"},
	}
	for _, tc := range tests {
		e := one(t, tc.text, ctx("2025-02-01", past))
		if !e.Excluded || !e.Date.IsZero() || e.Text != tc.span || e.Reason == "" {
			t.Errorf("Find(%q) = %v, want excluded %q", tc.text, e, tc.span)
		}
	}
}

func TestTimeAttachedToDate(t *testing.T) {
	got := temporal.Find("وصل الأربعاء الساعة 10 صباحا", ctx("2024-11-27", past))
	if len(got) != 2 || got[0].Date != timeline.DayDate(2024, 11, 27) || !got[1].Excluded {
		t.Fatalf("got %v", got)
	}
}

func TestUnknownReference(t *testing.T) {
	c := temporal.Context{Tense: past}
	for _, text := range []string{"في 27 نوفمبر", "الأربعاء", "أمس", "الأسبوع الماضي", "الشهر المقبل", "منذ يومين", "في نوفمبر", "أواخر الشهر"} {
		e := one(t, text, c)
		if !e.Date.IsZero() || !e.Relative || e.Excluded {
			t.Errorf("Find(%q) without reference = %v, want a relative, undated expression", text, e)
		}
	}
	e := one(t, "27 نوفمبر 2024", c)
	if e.Date != timeline.DayDate(2024, 11, 27) || e.Relative {
		t.Errorf("complete date without reference = %v", e)
	}
}

func TestNonOverlapAndOrder(t *testing.T) {
	text := "قال الكرملين أمس الأربعاء إن القمة ستعقد يومي 9 و10 أكتوبر المقبل في دوشنبه، وإن الاتفاق يمتد حتى عام 2030 ضمن رؤية 2030، بعد لقاء عقد في 27 نوفمبر 2024 لمدة ساعتين."
	got := temporal.Find(text, ctx("2025-09-25", past))
	want := []string{"أمس الأربعاء", "يومي 9 و10 أكتوبر المقبل", "حتى عام 2030", "رؤية 2030", "27 نوفمبر 2024", "لمدة ساعتين"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %d expressions", got, len(want))
	}
	for i, e := range got {
		if e.Text != want[i] {
			t.Errorf("expression %d = %q, want %q", i, e.Text, want[i])
		}
		if i > 0 && e.Start < got[i-1].End {
			t.Errorf("%v overlaps %v", e, got[i-1])
		}
	}
	if got[1].Date.String() != "2025-10-09" || got[1].Date.EndString() != "2025-10-10" {
		t.Errorf("range = %v", got[1])
	}
}

func TestParseTense(t *testing.T) {
	for _, tt := range []temporal.Tense{temporal.TenseUnknown, temporal.TensePast, temporal.TenseFuture} {
		got, err := temporal.ParseTense(tt.String())
		if err != nil || got != tt {
			t.Errorf("ParseTense(%q) = %v, %v", tt.String(), got, err)
		}
	}
	if _, err := temporal.ParseTense("perfect"); !errors.Is(err, temporal.ErrBadTense) {
		t.Errorf("ParseTense(perfect) err = %v", err)
	}
}

func TestDated(t *testing.T) {
	got := temporal.Find("منذ عام 2022 وفي 27 نوفمبر والأربعاء", temporal.Context{Tense: past})
	if len(got) != 3 {
		t.Fatalf("got %v", got)
	}
	for i, want := range []bool{false, false, false} {
		if got[i].Dated() != want {
			t.Errorf("%v.Dated() = %v without a reference day", got[i], got[i].Dated())
		}
	}
	got = temporal.Find("منذ عام 2022 وفي 27 نوفمبر والأربعاء", ctx("2024-12-01", past))
	for i, want := range []bool{false, true, true} {
		if got[i].Dated() != want {
			t.Errorf("%v.Dated() = %v, want %v", got[i], got[i].Dated(), want)
		}
	}
}

// TestConcurrentFind runs Find from several goroutines (meaningful under
// -race): it shares only read-only tables.
func TestConcurrentFind(t *testing.T) {
	text := strings.Repeat("التقى الرئيسان الأربعاء 9 أكتوبر في دوشنبه بعد لقاء في 16 يونيو/حزيران 2021. ", 20)
	want := summary(temporal.Find(text, ctx("2025-10-09", past)))
	done := make(chan string)
	for range 4 {
		go func() { done <- summary(temporal.Find(text, ctx("2025-10-09", past))) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Find = %s, want %s", got, want)
		}
	}
}

func TestExprString(t *testing.T) {
	text := "يومي 22 و23 يونيو 2025 ضمن رؤية 2030 الأربعاء"
	got := temporal.Find(text, temporal.Context{})
	span := func(s string) string {
		i := strings.Index(text, s)
		return fmt.Sprintf("%d:%d %q", i, i+len(s), s)
	}
	want := []string{
		span("يومي 22 و23 يونيو 2025") + " 2025-06-22/2025-06-23",
		span("رؤية 2030") + " excluded",
		span("الأربعاء") + " -",
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i, w := range want {
		if s := got[i].String(); !strings.HasPrefix(s, w+" (") {
			t.Errorf("String() = %s, want prefix %s (", s, w)
		}
	}
}
