package viz

import (
	"fmt"
	"time"

	"github.com/tl-project/tl/timeline"
)

// timeScale maps days onto pixels: the half-open day range [from, to) onto
// [x0, x1].
type timeScale struct {
	from, to timeline.Day
	x0, x1   float64
}

// newTimeScale returns a scale covering the days first..last (inclusive)
// with a margin on both sides, at least minSpanDays wide in all.
func newTimeScale(first, last timeline.Day, x0, x1 float64) timeScale {
	const minSpanDays = 14
	span := int(last-first) + 1
	pad := max(1, span/30)
	if span+2*pad < minSpanDays {
		pad = (minSpanDays - span + 1) / 2
	}
	return timeScale{from: first - timeline.Day(pad), to: last + 1 + timeline.Day(pad), x0: x0, x1: x1}
}

// x returns the pixel position of the start of day d; fractional days are
// allowed through xf.
func (s timeScale) x(d timeline.Day) float64 { return s.xf(float64(d)) }

func (s timeScale) xf(d float64) float64 {
	return s.x0 + (d-float64(s.from))/float64(s.to-s.from)*(s.x1-s.x0)
}

// tick is one labelled mark on the time axis.
type tick struct {
	day   timeline.Day
	label string
}

// tickUnit is one candidate spacing of ticks.
type tickUnit struct {
	unit string // "day", "week", "month", "year"
	step int
}

// tickUnits are the candidate spacings, finest first: days, weeks,
// months, then years in steps of 1, 2 and 5 times a power of ten, far enough
// to cover every Day.
var tickUnits = func() []tickUnit {
	us := []tickUnit{
		{"day", 1}, {"day", 2}, {"week", 1}, {"week", 2},
		{"month", 1}, {"month", 2}, {"month", 3}, {"month", 6},
	}
	for p := 1; p <= 10_000_000; p *= 10 {
		us = append(us, tickUnit{"year", p}, tickUnit{"year", 2 * p}, tickUnit{"year", 5 * p})
	}
	return us
}()

// ticks returns the ticks inside [from, to) at the finest spacing that
// gives at most maxTicks of them (and at least one spacing is always
// chosen: the coarsest).
func ticks(from, to timeline.Day, maxTicks int) ([]tick, tickUnit) {
	maxTicks = max(maxTicks, 2)
	for _, u := range tickUnits {
		if ts := ticksOf(from, to, u, maxTicks+1); len(ts) <= maxTicks {
			return ts, u
		}
	}
	u := tickUnits[len(tickUnits)-1]
	return ticksOf(from, to, u, 1<<20), u
}

// ticksOf lists the ticks of unit u in [from, to), giving up (and returning
// what it has) once it has more than limit.
func ticksOf(from, to timeline.Day, u tickUnit, limit int) []tick {
	var out []tick
	add := func(d timeline.Day) bool {
		if d >= from && d < to {
			out = append(out, tick{day: d})
		}
		return len(out) <= limit
	}
	fy, fm, _ := from.Civil()
	switch u.unit {
	case "day":
		d := from
		if m := int(d) % u.step; m != 0 {
			d += timeline.Day(u.step - (m+u.step)%u.step)
		}
		for ; d < to && add(d); d += timeline.Day(u.step) {
		}
	case "week":
		// Weeks start on Monday; 1970-01-05 (day 4) was a Monday.
		d := from
		for d.Weekday() != time.Monday {
			d++
		}
		if u.step > 1 {
			for (int(d)-4)/7%u.step != 0 {
				d += 7
			}
		}
		for ; d < to && add(d); d += timeline.Day(7 * u.step) {
		}
	case "month":
		y, m := fy, int(fm)
		for (m-1)%u.step != 0 {
			y, m = nextMonth(y, m)
		}
		for {
			d := timeline.DayOf(y, time.Month(m), 1)
			if d >= to || !add(d) {
				break
			}
			for range u.step {
				y, m = nextMonth(y, m)
			}
		}
	case "year":
		y := fy
		if r := ((y % u.step) + u.step) % u.step; r != 0 {
			y += u.step - r
		}
		for {
			d := timeline.DayOf(y, time.January, 1)
			if d >= to || !add(d) {
				break
			}
			y += u.step
		}
	}
	labelTicks(out, u)
	return out
}

func nextMonth(y, m int) (int, int) {
	if m == 12 {
		return y + 1, 1
	}
	return y, m + 1
}

// labelTicks writes ISO-style labels: "2021" for years, "2021-06" for
// months, and for days "06-16", with the year added on the first tick and
// wherever the year changes.
func labelTicks(ts []tick, u tickUnit) {
	prevYear := 0
	for i := range ts {
		y, m, d := ts[i].day.Civil()
		switch u.unit {
		case "year":
			ts[i].label = fmt.Sprintf("%04d", y)
		case "month":
			ts[i].label = fmt.Sprintf("%04d-%02d", y, int(m))
		default:
			if i == 0 || y != prevYear {
				ts[i].label = fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
			} else {
				ts[i].label = fmt.Sprintf("%02d-%02d", int(m), d)
			}
		}
		prevYear = y
	}
}
