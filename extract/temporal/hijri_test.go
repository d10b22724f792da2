package temporal_test

import (
	"errors"
	"testing"

	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/timeline"
)

func TestHijriToDay(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{1, 1, 1, "0622-07-19"}, // 16 July 622 Julian is 19 July proleptic Gregorian
		{1446, 5, 25, "2024-11-27"},
		{1446, 9, 1, "2025-03-01"},
		{1445, 9, 1, "2024-03-11"},
		{1446, 1, 1, "2024-07-08"},
		{1447, 4, 17, "2025-10-10"},
		{1400, 1, 1, "1979-11-21"},
		{1390, 1, 1, "1970-03-09"},
	}
	for _, tc := range tests {
		d, err := temporal.HijriToDay(tc.y, tc.m, tc.d)
		if err != nil || d.String() != tc.want {
			t.Errorf("HijriToDay(%d, %d, %d) = %s, %v; want %s", tc.y, tc.m, tc.d, d, err, tc.want)
		}
	}
}

func TestHijriErrors(t *testing.T) {
	for _, c := range [][3]int{{0, 1, 1}, {1446, 0, 1}, {1446, 13, 1}, {1446, 1, 0}, {1446, 2, 30}, {1446, 12, 30}, {3001, 1, 1}} {
		if _, err := temporal.HijriToDay(c[0], c[1], c[2]); !errors.Is(err, temporal.ErrBadHijriDate) {
			t.Errorf("HijriToDay%v err = %v, want ErrBadHijriDate", c, err)
		}
	}
	// 1445 is a leap year of the tabular calendar: Dhu al-Hijja has 30 days.
	if _, err := temporal.HijriToDay(1445, 12, 30); err != nil {
		t.Errorf("1445-12-30: %v", err)
	}
}

func TestHijriMonthDays(t *testing.T) {
	leap := map[int]bool{2: true, 5: true, 7: true, 10: true, 13: true, 16: true, 18: true, 21: true, 24: true, 26: true, 29: true}
	for y := 1411; y <= 1440; y++ { // one full 30-year cycle
		total := 0
		for m := 1; m <= 12; m++ {
			total += temporal.HijriMonthDays(y, m)
		}
		want := 354
		if leap[y%30] {
			want = 355
		}
		if total != want {
			t.Errorf("year %d has %d days, want %d", y, total, want)
		}
	}
}

// TestHijriRoundTrip converts every day of two centuries both ways.
func TestHijriRoundTrip(t *testing.T) {
	from, to := timeline.DayOf(1900, 1, 1), timeline.DayOf(2100, 12, 31)
	if testing.Short() {
		from = timeline.DayOf(2000, 1, 1)
	}
	py, pm, pd := temporal.DayToHijri(from - 1)
	for d := from; d <= to; d++ {
		y, m, dd := temporal.DayToHijri(d)
		back, err := temporal.HijriToDay(y, m, dd)
		if err != nil || back != d {
			t.Fatalf("%s → %d-%d-%d → %s, %v", d, y, m, dd, back, err)
		}
		// Consecutive days are consecutive Hijri days.
		switch {
		case y == py && m == pm && dd == pd+1:
		case dd == 1 && (m == pm+1 && y == py || m == 1 && pm == 12 && y == py+1):
		default:
			t.Fatalf("%s: %d-%d-%d does not follow %d-%d-%d", d, y, m, dd, py, pm, pd)
		}
		py, pm, pd = y, m, dd
	}
	if y, m, d := temporal.DayToHijri(timeline.DayOf(600, 1, 1)); y != 0 || m != 0 || d != 0 {
		t.Errorf("a day before the epoch = %d-%d-%d", y, m, d)
	}
}
