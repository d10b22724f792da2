package viz

import (
	"slices"
	"testing"

	"github.com/tl-project/tl/timeline"
)

func day(s string) timeline.Day { return timeline.MustParseDate(s).Start }

func TestTicks(t *testing.T) {
	tests := []struct {
		name     string
		from, to string // [from, to)
		max      int
		unit     tickUnit
		labels   []string
	}{
		{"a week in days", "2021-06-14", "2021-06-21", 10, tickUnit{"day", 1},
			[]string{"2021-06-14", "06-15", "06-16", "06-17", "06-18", "06-19", "06-20"}},
		{"two weeks, every other day", "2021-06-14", "2021-06-28", 8, tickUnit{"day", 2},
			[]string{"2021-06-14", "06-16", "06-18", "06-20", "06-22", "06-24", "06-26"}},
		{"two months in Mondays", "2021-06-01", "2021-08-01", 10, tickUnit{"week", 1},
			[]string{"2021-06-07", "06-14", "06-21", "06-28", "07-05", "07-12", "07-19", "07-26"}},
		{"a year in months", "2021-01-01", "2022-01-01", 12, tickUnit{"month", 1},
			[]string{"2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12"}},
		{"a year and a half in quarters", "2021-02-10", "2022-08-01", 7, tickUnit{"month", 3},
			[]string{"2021-04", "2021-07", "2021-10", "2022-01", "2022-04", "2022-07"}},
		{"a decade in years", "2011-05-01", "2021-05-01", 12, tickUnit{"year", 1},
			[]string{"2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021"}},
		{"a century in 20s", "1930-01-01", "2030-01-01", 6, tickUnit{"year", 20},
			[]string{"1940", "1960", "1980", "2000", "2020"}},
		{"days across new year", "2021-12-30", "2022-01-03", 10, tickUnit{"day", 1},
			[]string{"2021-12-30", "12-31", "2022-01-01", "01-02"}},
		{"before 1970", "1969-12-29", "1970-01-02", 10, tickUnit{"day", 1},
			[]string{"1969-12-29", "12-30", "12-31", "1970-01-01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, unit := ticks(day(tt.from), day(tt.to), tt.max)
			var labels []string
			for _, x := range ts {
				labels = append(labels, x.label)
			}
			if unit != tt.unit || !slices.Equal(labels, tt.labels) {
				t.Errorf("ticks = %v %q, want %v %q", unit, labels, tt.unit, tt.labels)
			}
			if len(ts) > tt.max {
				t.Errorf("%d ticks, more than %d", len(ts), tt.max)
			}
		})
	}
}

// TestTicksBounded checks that any span, however long, gets a bounded
// number of ticks quickly.
func TestTicksBounded(t *testing.T) {
	for _, span := range []int{1, 3, 40, 400, 4000, 40000, 400000, 4000000, 1<<31 - 1} {
		from := timeline.Day(-span / 2)
		ts, _ := ticks(from, from+timeline.Day(span), 10)
		if len(ts) > 10 || (span >= 7 && len(ts) == 0) {
			t.Errorf("span %d days: %d ticks", span, len(ts))
		}
	}
}

func TestTimeScale(t *testing.T) {
	// A single day is padded to two weeks, centred.
	s := newTimeScale(day("2021-06-16"), day("2021-06-16"), 100, 240)
	if n := s.to - s.from; n < 14 || n > 15 {
		t.Errorf("single-day scale spans %d days", n)
	}
	mid := s.xf(float64(day("2021-06-16")) + 0.5)
	if mid < 165 || mid > 175 {
		t.Errorf("the day is drawn at %v, want near the middle (170)", mid)
	}
	// A long span keeps a margin of a thirtieth on each side.
	s = newTimeScale(day("2000-01-01"), day("2029-12-31"), 0, 1000)
	if s.x(day("2000-01-01")) <= 0 || s.x(day("2030-01-01")) >= 1000 {
		t.Error("no margin around a long span")
	}
}

// TestMarkExtent checks that a month-precision event spans its month and a
// multi-day event its days, on the same scale.
func TestMarkExtent(t *testing.T) {
	evs := []timeline.Event{
		{Type: timeline.TypeVisit, Date: timeline.MustParseDate("2022-02"), Actors: []string{"A"}},
		{Type: timeline.TypeAgreement, Date: timeline.MustParseDate("2022-03-01/2022-03-10"), Actors: []string{"A"}},
		{Type: timeline.TypeCall, Date: timeline.MustParseDate("2022-03-20"), Actors: []string{"A"}},
		{Type: timeline.TypeSummit, Date: timeline.MustParseDate("2022"), Actors: []string{"B"}},
	}
	o, _ := Options{}.normalize()
	l := newLayout(evs, nil, o)
	byEv := map[int]mark{}
	for _, m := range l.marks {
		byEv[m.ev] = m
	}
	near := func(a, b float64) bool { return a-b < 0.01 && b-a < 0.01 }
	feb := byEv[0]
	if feb.shape != shapeSpan || !near(feb.x0, l.scale.x(day("2022-02-01"))) || !near(feb.x1, l.scale.x(day("2022-03-01"))) {
		t.Errorf("February mark %+v does not span February", feb)
	}
	ten := byEv[1]
	if ten.shape != shapeBar || !near(ten.x1-ten.x0, 10*(l.scale.x(1)-l.scale.x(0))) {
		t.Errorf("ten-day mark %+v", ten)
	}
	if dot := byEv[2]; dot.shape != shapeDot || !near(dot.x1-dot.x0, 2*dotRadius) {
		t.Errorf("one-day mark %+v", dot)
	}
	year := byEv[3]
	if year.shape != shapeSpan || !near(year.x0, l.scale.x(day("2022-01-01"))) || !near(year.x1, l.scale.x(day("2023-01-01"))) {
		t.Errorf("year mark %+v does not span the year", year)
	}
	// February and the first ten days of March touch: drawn on one row
	// they would read as one bar, so March goes to a second row, and the
	// call on the 20th back to the first.
	if l.lanes[0].rows != 2 || byEv[0].row != 0 || byEv[1].row != 1 || byEv[2].row != 0 {
		t.Errorf("lane A has %d rows; rows of the events %d %d %d, want 2; 0 1 0", l.lanes[0].rows, byEv[0].row, byEv[1].row, byEv[2].row)
	}
}

func TestIsRTL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"روسيا", true},
		{"Russia", false},
		{"2021 روسيا", true}, // digits are weak; the first letter is Arabic
		{"Putin بوتين", false},
		{"(بوتين)", true},
		{"", false},
		{"שלום", true},
	}
	for _, tt := range tests {
		if got := isRTL(tt.in); got != tt.want {
			t.Errorf("isRTL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := isolate("Putin بوتين"); got != "\u2068Putin بوتين\u2069" {
		t.Errorf("isolate = %q", got)
	}
	if got := isolate("Putin"); got != "Putin" {
		t.Errorf("isolate of LTR text = %q", got)
	}
}

func TestNiceScale(t *testing.T) {
	tests := []struct{ max, top, step float64 }{
		{0, 1, 1}, {1, 1, 1}, {3, 3, 1}, {7, 8, 2}, {12, 15, 5}, {48, 50, 10}, {101, 150, 50}, {999, 1000, 200},
	}
	for _, tt := range tests {
		top, step := niceScale(tt.max)
		if top != tt.top || step != tt.step {
			t.Errorf("niceScale(%v) = %v, %v; want %v, %v", tt.max, top, step, tt.top, tt.step)
		}
	}
}

// TestCrowdedLane checks that a lane with many simultaneous events stays
// at most maxRows rows tall.
func TestCrowdedLane(t *testing.T) {
	var evs []timeline.Event
	for i := range 50 {
		evs = append(evs, timeline.Event{Type: timeline.TypeMeeting, Date: timeline.MustParseDate("2022-03-0" + string(rune('1'+i%9))), Actors: []string{"RUS"}})
	}
	o, _ := Options{}.normalize()
	l := newLayout(evs, nil, o)
	if len(l.lanes) != 1 || l.lanes[0].rows != maxRows {
		t.Fatalf("lanes %+v, want one lane of %d rows", l.lanes, maxRows)
	}
	if len(l.marks) != 50 {
		t.Errorf("%d marks, want all 50 drawn", len(l.marks))
	}
	for _, m := range l.marks {
		if m.row < 0 || m.row >= maxRows {
			t.Errorf("mark on row %d", m.row)
		}
	}
}
