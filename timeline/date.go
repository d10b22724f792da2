package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a date the source text gave.
type Precision uint8

// The precisions, from none to a single day. They are ordered: a larger
// value is more precise.
const (
	// PrecisionNone marks an unknown date: the text dated nothing.
	PrecisionNone Precision = iota
	// PrecisionYear is a date known to the year ("عام 2011").
	PrecisionYear
	// PrecisionMonth is a date known to the month ("في أكتوبر الماضي").
	PrecisionMonth
	// PrecisionDay is a date known to the day, or a run of whole days.
	PrecisionDay
)

var precisionNames = [...]string{"none", "year", "month", "day"}

// String returns "none", "year", "month" or "day".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "precision(" + strconv.Itoa(int(p)) + ")"
}

// ParsePrecision is the inverse of Precision.String.
func ParsePrecision(s string) (Precision, error) {
	for i, n := range precisionNames {
		if n == s {
			return Precision(i), nil
		}
	}
	return 0, fmt.Errorf("%w: unknown precision %q", ErrBadDate, s)
}

// Date is the time of an event: the closed interval of days [Start, End] and
// the precision the text gave it. A day-precision date usually has
// Start == End; a multi-day event ("يومي 22-24 يونيو") has End after Start.
// A month-precision date spans its whole month, a year-precision date its
// whole year, so that interval containment answers "is it in 2021?" honestly.
//
// The zero Date (PrecisionNone) is an unknown date.
type Date struct {
	Start     Day
	End       Day
	Precision Precision
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// DayDate returns the day-precision date of a single day.
func DayDate(year int, month time.Month, day int) Date {
	x := DayOf(year, month, day)
	return Date{Start: x, End: x, Precision: PrecisionDay}
}

// DayRange returns the day-precision date running from first to last
// inclusive. If last is before first the two are swapped.
func DayRange(first, last Day) Date {
	if last < first {
		first, last = last, first
	}
	return Date{Start: first, End: last, Precision: PrecisionDay}
}

// MonthDate returns the month-precision date spanning a whole month.
func MonthDate(year int, month time.Month) Date {
	return Date{
		Start:     DayOf(year, month, 1),
		End:       DayOf(year, month, DaysIn(year, month)),
		Precision: PrecisionMonth,
	}
}

// YearDate returns the year-precision date spanning a whole year.
func YearDate(year int) Date {
	return Date{Start: DayOf(year, 1, 1), End: DayOf(year, 12, 31), Precision: PrecisionYear}
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" and, optionally, a range
// "A..B" (the form tl prints) or "A/B" (ISO 8601). The empty string is the
// zero (unknown) date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		a, b, ok = strings.Cut(s, "/")
	}
	if ok {
		if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
			return Date{}, fmt.Errorf("%w: %q: a range needs both ends", ErrBadDate, s)
		}
		da, err := ParseDate(a)
		if err != nil {
			return Date{}, err
		}
		db, err := ParseDate(b)
		if err != nil {
			return Date{}, err
		}
		return Span(da, db), nil
	}
	parts := strings.Split(s, "-")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || p == "" || p[0] == '+' || p[0] == '-' {
			return Date{}, fmt.Errorf("%w: %q is not YYYY, YYYY-MM or YYYY-MM-DD", ErrBadDate, s)
		}
		nums[i] = n
	}
	if len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%w: %q: the year needs four digits", ErrBadDate, s)
	}
	switch len(nums) {
	case 1:
		return YearDate(nums[0]), nil
	case 2:
		if nums[1] < 1 || nums[1] > 12 {
			return Date{}, fmt.Errorf("%w: %q: month %d is not 1..12", ErrBadDate, s, nums[1])
		}
		return MonthDate(nums[0], time.Month(nums[1])), nil
	case 3:
		if nums[1] < 1 || nums[1] > 12 {
			return Date{}, fmt.Errorf("%w: %q: month %d is not 1..12", ErrBadDate, s, nums[1])
		}
		if nums[2] < 1 || nums[2] > DaysIn(nums[0], time.Month(nums[1])) {
			return Date{}, fmt.Errorf("%w: %q: day %d does not exist in that month", ErrBadDate, s, nums[2])
		}
		return DayDate(nums[0], time.Month(nums[1]), nums[2]), nil
	}
	return Date{}, fmt.Errorf("%w: %q is not YYYY, YYYY-MM or YYYY-MM-DD", ErrBadDate, s)
}

// MustParseDate is ParseDate for literals in tests and tables; it panics on
// error.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Span returns the smallest date covering both a and b, at the lower of
// their precisions. Spanning with an unknown date returns the other.
func Span(a, b Date) Date {
	if a.IsZero() {
		return b
	}
	if b.IsZero() {
		return a
	}
	out := a
	if b.Start < out.Start {
		out.Start = b.Start
	}
	if b.End > out.End {
		out.End = b.End
	}
	if b.Precision < out.Precision {
		out.Precision = b.Precision
	}
	return out
}

// String formats the start of the date at its precision: "2021", "2021-06"
// or "2021-06-16"; "" for an unknown date.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionNone:
		return ""
	case PrecisionYear:
		y, _, _ := d.Start.Civil()
		return fmt.Sprintf("%04d", y)
	case PrecisionMonth:
		y, m, _ := d.Start.Civil()
		return fmt.Sprintf("%04d-%02d", y, int(m))
	default:
		return d.Start.String()
	}
}

// EndString formats the end of the date at its precision, or "" when the
// date is a single unit (one day, one month, one year) or unknown.
func (d Date) EndString() string {
	if d.IsZero() || d.End == d.Start {
		return ""
	}
	end := Date{Start: d.End, End: d.End, Precision: d.Precision}
	s := end.String()
	if s == d.String() {
		return ""
	}
	return s
}

// Contains reports whether the whole of d lies inside o: the convention tl
// uses for date filters. An unknown date is inside nothing.
func (o Date) Contains(d Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return d.Start >= o.Start && d.End <= o.End
}

// Overlaps reports whether d and o share at least one day. Unknown dates
// overlap nothing.
func (d Date) Overlaps(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return d.Start <= o.End && o.Start <= d.End
}

// Compatible reports whether two dates could describe the same event: both
// known and overlapping, or at least one unknown.
func (d Date) Compatible(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return true
	}
	return d.Overlaps(o)
}

// Compare orders dates by start; among dates with the same start, the longer
// interval (the less precise) comes first, so "2021" < "2021-01" <
// "2021-01-01". Unknown dates sort before all known ones. It returns -1, 0
// or +1.
func (d Date) Compare(o Date) int {
	switch {
	case d.IsZero() && o.IsZero():
		return 0
	case d.IsZero():
		return -1
	case o.IsZero():
		return 1
	}
	switch {
	case d.Start != o.Start:
		return cmp3(int64(d.Start), int64(o.Start))
	case d.End != o.End:
		return cmp3(int64(o.End), int64(d.End))
	default:
		return cmp3(int64(d.Precision), int64(o.Precision))
	}
}

func cmp3(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
