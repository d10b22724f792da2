package timeline_test

import (
	"errors"
	"testing"
	"time"

	"github.com/tl-project/tl/timeline"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		want      string // String()
		end       string // EndString()
		precision timeline.Precision
		wantErr   bool
	}{
		{in: "", want: "", precision: timeline.PrecisionNone},
		{in: "2021", want: "2021", precision: timeline.PrecisionYear},
		{in: "2021-06", want: "2021-06", precision: timeline.PrecisionMonth},
		{in: "2021-06-16", want: "2021-06-16", precision: timeline.PrecisionDay},
		{in: "2024-02-29", want: "2024-02-29", precision: timeline.PrecisionDay},
		{in: "2021-10-11/2021-10-13", want: "2021-10-11", end: "2021-10-13", precision: timeline.PrecisionDay},
		{in: "2021-10-11..2021-10-13", want: "2021-10-11", end: "2021-10-13", precision: timeline.PrecisionDay},
		{in: "2021-10..2021-10-13", want: "2021-10", precision: timeline.PrecisionMonth},
		{in: "..2021-10-13", wantErr: true},
		{in: "2021-10-11..", wantErr: true},
		{in: "1969-12-31", want: "1969-12-31", precision: timeline.PrecisionDay},
		{in: "2023-02-29", wantErr: true},
		{in: "2021-13", wantErr: true},
		{in: "2021-00-10", wantErr: true},
		{in: "21-06-16", wantErr: true},
		{in: "2021-06-16-1", wantErr: true},
		{in: "June 2021", wantErr: true},
		{in: "2021--06", wantErr: true},
		{in: "-2021", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := timeline.ParseDate(tt.in)
			if tt.wantErr {
				if !errors.Is(err, timeline.ErrBadDate) {
					t.Fatalf("ParseDate(%q) err = %v, want ErrBadDate", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if d.String() != tt.want || d.EndString() != tt.end || d.Precision != tt.precision {
				t.Errorf("ParseDate(%q) = %q..%q %v, want %q..%q %v", tt.in, d.String(), d.EndString(), d.Precision, tt.want, tt.end, tt.precision)
			}
		})
	}
}

func TestDateIntervals(t *testing.T) {
	june := timeline.MustParseDate("2021-06")
	if june.Start.String() != "2021-06-01" || june.End.String() != "2021-06-30" {
		t.Fatalf("month interval = %s..%s", june.Start, june.End)
	}
	year := timeline.MustParseDate("2024")
	if year.End.String() != "2024-12-31" || year.End-year.Start != 365 {
		t.Fatalf("leap year interval = %s..%s", year.Start, year.End)
	}
	// The convention of the project: a filter keeps an event whose whole
	// interval lies inside the range.
	if !timeline.MustParseDate("2021").Contains(june) {
		t.Error("2021-06 should be in 2021")
	}
	mid := timeline.DayRange(timeline.DayOf(2021, 6, 10), timeline.DayOf(2021, 6, 20))
	if mid.Contains(june) {
		t.Error("2021-06 should not be between 2021-06-10 and 2021-06-20")
	}
	if !june.Overlaps(mid) || !june.Compatible(mid) {
		t.Error("2021-06 overlaps 2021-06-10..20")
	}
	if (timeline.Date{}).Contains(june) || june.Contains(timeline.Date{}) {
		t.Error("unknown dates contain nothing and lie in nothing")
	}
	if !(timeline.Date{}).Compatible(june) {
		t.Error("an unknown date is compatible with any date")
	}
}

func TestDateCompare(t *testing.T) {
	ordered := []timeline.Date{
		{},
		timeline.MustParseDate("2021"),
		timeline.MustParseDate("2021-01"),
		timeline.MustParseDate("2021-01-01"),
		timeline.MustParseDate("2021-06-16/2021-06-17"),
		timeline.MustParseDate("2021-06-16"),
		timeline.MustParseDate("2022-01-01"),
	}
	for i := range ordered {
		for j := range ordered {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := ordered[i].Compare(ordered[j]); got != want {
				t.Errorf("Compare(%v, %v) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

func TestSpan(t *testing.T) {
	a := timeline.MustParseDate("2024-11-27")
	b := timeline.MustParseDate("2024-11-28")
	s := timeline.Span(a, b)
	if s.String() != "2024-11-27" || s.EndString() != "2024-11-28" {
		t.Errorf("Span = %s..%s", s, s.EndString())
	}
	if got := timeline.Span(timeline.Date{}, a); got != a {
		t.Errorf("Span(zero, a) = %v", got)
	}
	m := timeline.Span(a, timeline.MustParseDate("2024-12"))
	if m.Precision != timeline.PrecisionMonth || m.End.String() != "2024-12-31" {
		t.Errorf("Span(day, month) = %v %s", m.Precision, m.End)
	}
}

func TestDayRoundTrip(t *testing.T) {
	for _, s := range []string{"1900-03-01", "1969-12-31", "1970-01-01", "2000-02-29", "2026-11-25"} {
		d := timeline.MustParseDate(s)
		y, m, dd := d.Start.Civil()
		if timeline.DayOf(y, m, dd) != d.Start || d.Start.String() != s {
			t.Errorf("round trip %s failed", s)
		}
	}
	if timeline.DayOf(1970, time.January, 1) != 0 {
		t.Error("epoch is not day 0")
	}
	if timeline.DayOf(2021, 6, 16).Weekday() != time.Wednesday {
		t.Error("2021-06-16 was a Wednesday")
	}
}
