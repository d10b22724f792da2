package temporal

import (
	"fmt"
	"time"

	"github.com/tl-project/tl/timeline"
)

// dir is the direction in which an incomplete date is completed.
type dir uint8

const (
	dirNearest dir = iota // nearest to the reference day, ties to the past
	dirPast               // on or before the reference day
	dirFuture             // on or after the reference day
	dirCurrent            // in the reference day's own year (or month)
)

func (d dir) String() string {
	switch d {
	case dirPast:
		return "past"
	case dirFuture:
		return "future"
	case dirCurrent:
		return "current"
	}
	return "nearest"
}

// how says how to complete a date: a direction and whether a word of the
// text ("الماضي", "المقبل") fixed it rather than the sentence's tense.
type how struct {
	dir      dir
	explicit bool
}

func (p *parser) tenseHow() how {
	switch p.ctx.Tense {
	case TensePast:
		return how{dir: dirPast}
	case TenseFuture:
		return how{dir: dirFuture}
	}
	return how{dir: dirNearest}
}

func (h how) String() string {
	if h.explicit {
		return h.dir.String() + " (stated)"
	}
	return h.dir.String()
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// pickDay chooses among candidate days (in increasing order) the one h
// selects relative to ref.
func pickDay(cands []timeline.Day, ref timeline.Day, h how) (timeline.Day, bool) {
	best, found := timeline.Day(0), false
	switch h.dir {
	case dirPast:
		limit := ref
		if !h.explicit {
			limit = ref + PastWindow
		}
		for _, c := range cands {
			if c <= limit {
				best, found = c, true
			}
		}
	case dirFuture:
		for _, c := range cands {
			if c >= ref {
				return c, true
			}
		}
	default:
		for _, c := range cands {
			if !found || abs(int(c-ref)) < abs(int(best-ref)) {
				best, found = c, true
			}
		}
	}
	return best, found
}

// span is a candidate interval for a month.
type span struct{ s, e timeline.Day }

func pickSpan(cands []span, ref timeline.Day, h how) (span, bool) {
	var best span
	found := false
	dist := func(c span) int {
		switch {
		case c.s <= ref && ref <= c.e:
			return 0
		case c.e < ref:
			return int(ref - c.e)
		}
		return int(c.s - ref)
	}
	for _, c := range cands {
		ok := false
		switch h.dir {
		case dirPast:
			if h.explicit {
				ok = c.e < ref
			} else {
				ok = c.s <= ref
			}
			if ok {
				best, found = c, true
			}
			continue
		case dirFuture:
			if h.explicit {
				ok = c.s > ref
			} else {
				ok = c.e >= ref
			}
			if ok {
				return c, true
			}
			continue
		}
		if !found || dist(c) < dist(best) {
			best, found = c, true
		}
	}
	return best, found
}

// gregDay returns the Day of a valid Gregorian date.
func gregDay(y, m, d int) (timeline.Day, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > timeline.DaysIn(y, time.Month(m)) {
		return 0, false
	}
	return timeline.DayOf(y, time.Month(m), d), true
}

// calDay returns the Day of a Gregorian or (tabular) Hijri date.
func calDay(hijri bool, y, m, d int) (timeline.Day, bool) {
	if hijri {
		x, err := HijriToDay(y, m, d)
		return x, err == nil
	}
	return gregDay(y, m, d)
}

// refYear is the reference day's year in the calendar asked for.
func refYear(hijri bool, ref timeline.Day) int {
	if hijri {
		y, _, _ := DayToHijri(ref)
		return y
	}
	y, _, _ := ref.Civil()
	return y
}

// monthSpan returns the first and last days of a month in either calendar.
func monthSpan(hijri bool, y, m int) (span, bool) {
	if hijri {
		s, err := HijriToDay(y, m, 1)
		if err != nil {
			return span{}, false
		}
		return span{s, s + timeline.Day(HijriMonthDays(y, m)-1)}, true
	}
	if y < 1 || y > 9999 || m < 1 || m > 12 {
		return span{}, false
	}
	d := timeline.MonthDate(y, time.Month(m))
	return span{d.Start, d.End}, true
}

// monthDate is the Date of a month: a Gregorian month, or for a Hijri month
// the Gregorian months it overlaps (month precision stays truthful about
// the interval).
func monthDate(hijri bool, sp span) timeline.Date {
	if !hijri {
		return timeline.Date{Start: sp.s, End: sp.e, Precision: timeline.PrecisionMonth}
	}
	ys, ms, _ := sp.s.Civil()
	ye, me, _ := sp.e.Civil()
	return timeline.Span(timeline.MonthDate(ys, ms), timeline.MonthDate(ye, me))
}

// yearDate is the Date of a year; a Hijri year spans the Gregorian years it
// overlaps.
func yearDate(hijri bool, y int) (timeline.Date, bool) {
	if !hijri {
		if y < 1 || y > 9999 {
			return timeline.Date{}, false
		}
		return timeline.YearDate(y), true
	}
	s, err1 := HijriToDay(y, 1, 1)
	e, err2 := HijriToDay(y, 12, HijriMonthDays(y, 12))
	if err1 != nil || err2 != nil {
		return timeline.Date{}, false
	}
	ys, _, _ := s.Civil()
	ye, _, _ := e.Civil()
	return timeline.Span(timeline.YearDate(ys), timeline.YearDate(ye)), true
}

func dayDate(d timeline.Day) timeline.Date {
	return timeline.Date{Start: d, End: d, Precision: timeline.PrecisionDay}
}

// dmy is a possibly incomplete calendar date as the text gave it.
type dmy struct {
	y, m, d int // 0 when absent
	hijri   bool
	wd      int // time.Weekday + 1; 0 when absent
	how     how // how to complete a missing year
	yearRel bool
}

func calName(hijri bool) string {
	if hijri {
		return "hijri "
	}
	return ""
}

// resolve completes x against the reference day and returns its Date, and
// whether it depended on the reference.
func (p *parser) resolve(x dmy) (timeline.Date, bool, string) {
	ref := p.ctx.Ref
	switch {
	case x.d != 0 && x.m != 0 && x.y != 0:
		day, ok := calDay(x.hijri, x.y, x.m, x.d)
		if !ok {
			return timeline.Date{}, false, fmt.Sprintf("no such %sdate %04d-%02d-%02d", calName(x.hijri), x.y, x.m, x.d)
		}
		r := fmt.Sprintf("%sdate %04d-%02d-%02d", calName(x.hijri), x.y, x.m, x.d)
		if x.hijri {
			r += " → " + day.String() + " (tabular, ±1 day)"
			var moved string
			day, moved = settleWeekday(day, x.wd)
			r += moved
		}
		if x.wd != 0 && int(day.Weekday()) != x.wd-1 {
			r += fmt.Sprintf("; the stated weekday is %s, the date is a %s", time.Weekday(x.wd-1), day.Weekday())
		}
		return dayDate(day), x.yearRel, r
	case x.m != 0 && x.y != 0:
		sp, ok := monthSpan(x.hijri, x.y, x.m)
		if !ok {
			return timeline.Date{}, false, "no such month"
		}
		return monthDate(x.hijri, sp), x.yearRel, fmt.Sprintf("%smonth %04d-%02d", calName(x.hijri), x.y, x.m)
	case x.y != 0:
		d, ok := yearDate(x.hijri, x.y)
		if !ok {
			return timeline.Date{}, false, "no such year"
		}
		return d, x.yearRel, fmt.Sprintf("%syear %04d", calName(x.hijri), x.y)
	}
	if !p.hasRef() {
		return timeline.Date{}, true, "no year and no reference day"
	}
	ry := refYear(x.hijri, ref)
	if x.d != 0 && x.m != 0 {
		if x.how.dir == dirCurrent {
			day, ok := calDay(x.hijri, ry, x.m, x.d)
			if !ok {
				return timeline.Date{}, true, "no such date in the current year"
			}
			return dayDate(day), true, fmt.Sprintf("%sday %d month %d in the current year of %s", calName(x.hijri), x.d, x.m, ref)
		}
		if x.wd != 0 && !x.hijri {
			// The weekday picks the year among those in which this day
			// falls on it: the latest before the reference in a past
			// sentence, the next in a future one, else the nearest.
			var cands []timeline.Day
			for y := ry - 28; y <= ry+28; y++ {
				if day, ok := calDay(x.hijri, y, x.m, x.d); ok && int(day.Weekday()) == x.wd-1 {
					cands = append(cands, day)
				}
			}
			if day, ok := pickDay(cands, ref, x.how); ok {
				return dayDate(day), true, fmt.Sprintf("%sday %d month %d on a %s → year %s from %s", calName(x.hijri), x.d, x.m, time.Weekday(x.wd-1), x.how, ref)
			}
		}
		var cands []timeline.Day
		for y := ry - 4; y <= ry+4; y++ {
			if day, ok := calDay(x.hijri, y, x.m, x.d); ok {
				cands = append(cands, day)
			}
		}
		day, ok := pickDay(cands, ref, x.how)
		if !ok {
			return timeline.Date{}, true, "no matching year"
		}
		r := fmt.Sprintf("%sday %d month %d, year inferred %s from %s", calName(x.hijri), x.d, x.m, x.how, ref)
		if x.hijri {
			// A Hijri weekday cannot pick the year: the tabular calendar
			// may be a day or two off the official one, so the year is
			// inferred as without it and the weekday settles the day.
			var moved string
			day, moved = settleWeekday(day, x.wd)
			r += moved
		}
		return dayDate(day), true, r
	}
	if x.m != 0 {
		sp, ok := p.monthSpanOf(x)
		if !ok {
			return timeline.Date{}, true, "no matching year"
		}
		if x.how.dir == dirCurrent {
			return monthDate(x.hijri, sp), true, fmt.Sprintf("%smonth %d of the current year of %s", calName(x.hijri), x.m, ref)
		}
		return monthDate(x.hijri, sp), true, fmt.Sprintf("%smonth %d, year inferred %s from %s", calName(x.hijri), x.m, x.how, ref)
	}
	return timeline.Date{}, false, "incomplete date"
}

// settleWeekday moves a tabular Hijri day by up to two days to the stated
// weekday wd (time.Weekday + 1; 0 leaves it), the margin by which the
// tabular calendar and the official one may differ, and says so.
func settleWeekday(day timeline.Day, wd int) (timeline.Day, string) {
	if wd == 0 {
		return day, ""
	}
	for _, delta := range [...]int{0, -1, 1, -2, 2} {
		if c := day + timeline.Day(delta); int(c.Weekday()) == wd-1 {
			if delta == 0 {
				return c, ""
			}
			return c, fmt.Sprintf("; moved %+d day(s) to the stated %s", delta, c.Weekday())
		}
	}
	return day, ""
}

// monthSpanOf returns the days of the month x names (a month, with or
// without a year), completed like resolve completes it, in x's calendar.
func (p *parser) monthSpanOf(x dmy) (span, bool) {
	if x.y != 0 {
		return monthSpan(x.hijri, x.y, x.m)
	}
	if !p.hasRef() {
		return span{}, false
	}
	ry := refYear(x.hijri, p.ctx.Ref)
	if x.how.dir == dirCurrent {
		return monthSpan(x.hijri, ry, x.m)
	}
	var cands []span
	for y := ry - 2; y <= ry+2; y++ {
		if sp, ok := monthSpan(x.hijri, y, x.m); ok {
			cands = append(cands, sp)
		}
	}
	return pickSpan(cands, p.ctx.Ref, x.how)
}

// weekdayNear resolves a weekday (time.Weekday) from anchor in direction h.
// A stated "الماضي"/"المقبل" excludes the anchor day itself.
func weekdayNear(wd int, anchor timeline.Day, h how) timeline.Day {
	back := (int(anchor.Weekday()) - wd + 7) % 7
	fwd := (wd - int(anchor.Weekday()) + 7) % 7
	switch h.dir {
	case dirPast:
		if h.explicit && back == 0 {
			back = 7
		}
		return anchor - timeline.Day(back)
	case dirFuture:
		if h.explicit && fwd == 0 {
			fwd = 7
		}
		return anchor + timeline.Day(fwd)
	}
	if fwd < back {
		return anchor + timeline.Day(fwd)
	}
	return anchor - timeline.Day(back)
}

// weekOf returns the Saturday-to-Friday week containing d, moved by off
// weeks. The working week of most Arab states starts on Saturday or Sunday;
// tl uses Saturday so that a Friday (the weekend day everywhere) closes the
// week.
func weekOf(d timeline.Day, off int) timeline.Date {
	back := (int(d.Weekday()) - int(time.Saturday) + 7) % 7
	s := d - timeline.Day(back) + timeline.Day(7*off)
	return timeline.DayRange(s, s+6)
}

// monthOf returns the month containing d, moved by off months.
func monthOf(d timeline.Day, off int) timeline.Date {
	y, m, _ := d.Civil()
	t := time.Date(y, m+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
	return timeline.MonthDate(t.Year(), t.Month())
}

// yearOf returns the year containing d, moved by off years.
func yearOf(d timeline.Day, off int) timeline.Date {
	y, _, _ := d.Civil()
	return timeline.YearDate(y + off)
}

// part is early, middle or late in a month or year.
type part int

const (
	partNone part = iota
	partEarly
	partMid
	partLate
)

var partNames = [...]string{"", "early", "mid", "late"}

// narrowMonth returns days 1-10, 11-20 or 21-end of a month date.
func narrowMonth(d timeline.Date, pt part) timeline.Date {
	switch pt {
	case partEarly:
		return timeline.DayRange(d.Start, minDay(d.Start+9, d.End))
	case partMid:
		return timeline.DayRange(minDay(d.Start+10, d.End), minDay(d.Start+19, d.End))
	case partLate:
		return timeline.DayRange(minDay(d.Start+20, d.End), d.End)
	}
	return timeline.Date{}
}

// narrowYear returns January-April, May-August or September-December of a
// year date, at month precision.
func narrowYear(d timeline.Date, pt part) timeline.Date {
	y, _, _ := d.Start.Civil()
	switch pt {
	case partEarly:
		return timeline.Span(timeline.MonthDate(y, 1), timeline.MonthDate(y, 4))
	case partMid:
		return timeline.Span(timeline.MonthDate(y, 5), timeline.MonthDate(y, 8))
	case partLate:
		return timeline.Span(timeline.MonthDate(y, 9), timeline.MonthDate(y, 12))
	}
	return timeline.Date{}
}

func minDay(a, b timeline.Day) timeline.Day {
	if a < b {
		return a
	}
	return b
}
