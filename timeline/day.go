package timeline

import (
	"fmt"
	"time"
)

// Day is a calendar day in the proleptic Gregorian calendar, counted as days
// since 1970-01-01 (which is Day 0). Days before 1970 are negative. The
// zero-free range covers every date tl can meet.
type Day int32

// DayOf returns the Day of a civil date. Out-of-range months and days are
// normalised the way time.Date normalises them.
func DayOf(year int, month time.Month, day int) Day {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Day(t.Unix() / 86400)
}

// DayFromTime returns the Day on which t falls in t's own location.
func DayFromTime(t time.Time) Day {
	y, m, d := t.Date()
	return DayOf(y, m, d)
}

// Time returns midnight UTC at the start of d.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// Civil returns d's year, month and day of month.
func (d Day) Civil() (year int, month time.Month, day int) { return d.Time().Date() }

// Weekday returns the day of the week of d.
func (d Day) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays returns d moved by n days.
func (d Day) AddDays(n int) Day { return d + Day(n) }

// String formats d as YYYY-MM-DD.
func (d Day) String() string {
	y, m, dd := d.Civil()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), dd)
}

// DaysIn returns the number of days in the given month.
func DaysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
