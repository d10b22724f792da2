package temporal

import (
	"fmt"

	"github.com/tl-project/tl/timeline"
)

// The tabular (arithmetical) Islamic calendar: months alternate 30 and 29
// days, the twelfth month has 30 days in the 11 leap years of each 30-year
// cycle (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29), and 1 Muharram
// 1 AH is Friday 16 July 622 (Julian), the "civil" epoch.
//
// Official calendars (Umm al-Qura in Saudi Arabia, moon sighting elsewhere)
// differ from the tabular one by up to a day or two, so a Hijri-only date
// converted here may be a day off; where the text also gives the Gregorian
// date ("الموافق 27 نوفمبر 2024") Find uses that one.

const (
	// hijriEpochJDN is the Julian day number of 1 Muharram 1 AH.
	hijriEpochJDN = 1948440
	// unixEpochJDN is the Julian day number of 1970-01-01 (timeline.Day 0).
	unixEpochJDN = 2440588
	// maxHijriYear bounds conversions to years tl can meet.
	maxHijriYear = 3000
)

func hijriJDN(y, m, d int) int {
	return d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + hijriEpochJDN - 1
}

// HijriMonthDays returns the length of a month of the tabular Islamic
// calendar: 30 or 29 days.
func HijriMonthDays(year, month int) int {
	if month%2 == 1 {
		return 30
	}
	if month == 12 && (14+11*year)%30 < 11 {
		return 30
	}
	return 29
}

// HijriToDay converts a date of the tabular Islamic calendar to a Day. It
// returns an error wrapping ErrBadHijriDate when the year is outside
// 1..3000, the month outside 1..12 or the day beyond the month's length.
// The result can be a day off the date an official calendar gives.
func HijriToDay(year, month, day int) (timeline.Day, error) {
	if year < 1 || year > maxHijriYear || month < 1 || month > 12 || day < 1 || day > HijriMonthDays(year, month) {
		return 0, fmt.Errorf("%w: %d-%02d-%02d", ErrBadHijriDate, year, month, day)
	}
	return timeline.Day(hijriJDN(year, month, day) - unixEpochJDN), nil
}

// DayToHijri converts a Day to the tabular Islamic calendar. Days before 1
// Muharram 1 AH return year 0.
func DayToHijri(d timeline.Day) (year, month, day int) {
	jdn := int(d) + unixEpochJDN
	if jdn < hijriEpochJDN {
		return 0, 0, 0
	}
	year = (30*(jdn-hijriEpochJDN) + 10646) / 10631
	month = 1
	for month < 12 && jdn >= hijriJDN(year, month+1, 1) {
		month++
	}
	day = jdn - hijriJDN(year, month, 1) + 1
	return year, month, day
}
