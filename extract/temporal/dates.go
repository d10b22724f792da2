package temporal

import (
	"fmt"
	"strings"
	"time"

	"github.com/tl-project/tl/timeline"
)

// The recognisers below find date expressions; each starts at a token index
// and returns a match, resolved against the parser's Context.

// numeric reads 27/11/2024, 2024-11-27, 27-11-2024, 27.11.2024 and
// 1446/5/25 هـ.
func (p *parser) numeric(i int) (match, bool) {
	x, end, why, ok := p.numericAt(i)
	if !ok {
		return match{}, false
	}
	date, _, r := p.resolve(x)
	return match{first: i, end: end, date: date, reason: why + ": " + r}, true
}

// numericAt reads a numeric date as a complete dmy (Gregorian, or Hijri
// when هـ follows). Dates that do not exist are rejected.
func (p *parser) numericAt(i int) (x dmy, end int, why string, ok bool) {
	a, ok := p.num(i)
	if !ok {
		return dmy{}, i, "", false
	}
	sep := ""
	for _, s := range [...]string{"/", "-", "."} {
		if p.punct(i+1, s) && p.attached(i+1) {
			sep = s
		}
	}
	if sep == "" || !p.attachedNum(i+2) || !p.punct(i+3, sep) || !p.attached(i+3) || !p.attachedNum(i+4) {
		return dmy{}, i, "", false
	}
	if p.punct(i+5, sep) && p.attachedNum(i+6) {
		return dmy{}, i, "", false // 1.2.3.4 or a phone number
	}
	b, c := p.toks[i+2], p.toks[i+4]
	var y, m, d int
	why = "numeric day-first"
	switch {
	case a.digits == 4 && b.digits <= 2 && c.digits <= 2:
		y, m, d = a.val, b.val, c.val
		why = "numeric year-first"
	case c.digits == 4 && a.digits <= 2 && b.digits <= 2:
		y, m, d = c.val, b.val, a.val
		if m > 12 && d <= 12 {
			m, d = d, m
			why = "numeric month-first (the day-first reading is impossible)"
		}
	case sep == "/" && c.digits == 2 && a.digits <= 2 && b.digits <= 2:
		y, m, d = 2000+c.val, b.val, a.val
		why = "numeric day-first, two-digit year"
	default:
		return dmy{}, i, "", false
	}
	end = i + 5
	x = dmy{y: y, m: m, d: d}
	if p.is(end, hijriMarks) {
		x.hijri, end = true, end+1
	} else if p.is(end, gregorianMarks) {
		end++
	}
	if _, ok := calDay(x.hijri, y, m, d); !ok {
		return dmy{}, i, "", false
	}
	return x, end, why, true
}

// anchorAt reads a day named from the reference day: "اليوم", "أمس",
// "أول من أمس", "أمس الأول", "غداً", "بعد غد", with an optional part of the
// day before it ("مساء أمس").
func (p *parser) anchorAt(i int) (off, end int, ok bool) {
	j := i
	if p.has(j, dayParts, cliticsConj) && p.w(j) != nToday {
		j++
	}
	w := p.w(j)
	switch {
	case p.is(j, wAwwal) && p.w(j+1) == wMin && p.has(j+2, wAmsOnly, cliticsNone):
		return -2, j + 3, true
	case p.is(j, wAwwal) && p.has(j+1, wAmsBariha, cliticsNone):
		return -2, j + 2, true
	case p.is(j, wBaad) && p.is(j+1, wGhad):
		return 2, j + 2, true
	}
	v, ok := p.lookup(j, anchors, cliticsConj)
	if !ok {
		return 0, i, false
	}
	if v == -1 && p.is(j+1, wFirst) {
		return -2, j + 2, true
	}
	if v == 1 && w == nGhada && !strings.ContainsRune(p.text[p.toks[j].start:p.toks[j].end], '\u064B') {
		// Bare "غدا" is also the verb "became": "غدا الوضع أكثر تعقيدا".
		if isDefinite(p.w(j+1)) && !p.has(j+1, weekdays, cliticsNone) {
			return 0, i, false
		}
	}
	if v == 0 {
		// "اليوم الأول", "اليوم الوطني", "اليوم التالي", "اليوم السابق",
		// "اليوم نفسه" and "نفس اليوم" are not today; "حتى اليوم" is
		// handled by deadline.
		if nw := p.w(j + 1); isDefinite(nw) && dayAdjective(nw) {
			if _, wd := weekdays[nw]; !wd {
				return 0, i, false
			}
		}
		if p.is(j+1, wSame) || (j == i && p.is(j-1, wSameBefore)) {
			return 0, i, false // "اليوم نفسه", "في نفس اليوم": another day
		}
		if strings.HasPrefix(w, "و") && w != nToday && !strings.HasPrefix(w, nWali) {
			return 0, i, false
		}
	}
	return v, j + 1, true
}

// dayAdjective reports whether a definite word after "اليوم" qualifies it
// ("اليوم الأول", "اليوم الوطني", "اليوم التالي") rather than starting the
// next phrase ("يلتقي اليوم الأمين العام"): a relative adjective in ي, or
// an ordinal or other adjective of a day. A word with a conjunction ("اليوم
// والرئيس") starts a new phrase.
func dayAdjective(w string) bool {
	if !strings.HasPrefix(w, "ال") {
		return false
	}
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ى") || dayAdjectives[w]
}

// dayAdjectives qualify a day without ending in ي.
var dayAdjectives = map[string]bool{
	"الاول": true, "الثالث": true, "الرابع": true, "الخامس": true, "السادس": true, "السابع": true,
	"الثامن": true, "التاسع": true, "العاشر": true, "الاخير": true, "السابق": true, "المفتوح": true,
	"الموعود": true, "المنتظر": true, "الحاسم": true, "الطويل": true, "الكبير": true, "المقبل": true,
	"الماضي": true, "التالي": true, "الثاني": true, "الموالي": true,
}

// weekdayAt reads "الأربعاء", "يوم الخميس", "مساء الأربعاء",
// "الأربعاء الماضي", "الخميس المقبل".
func (p *parser) weekdayAt(i int) (wd int, h how, hasMod bool, end int, ok bool) {
	j := i
	if p.has(j, dayParts, cliticsConj) {
		j++
	}
	v, ok := p.lookup(j, weekdays, cliticsAll)
	if !ok {
		return 0, how{}, false, i, false
	}
	if j == i && (p.is(i-1, prayerWords) || p.is(i-1, weekdayBlockers)) {
		return 0, how{}, false, i, false
	}
	if v == 1 && p.is(j-1, weekdayBlockers) {
		return 0, how{}, false, i, false
	}
	end = j + 1
	if p.is(end, followingWords) {
		return 0, how{}, false, i, false // "الثلاثاء التالي": after another event
	}
	if m, ok := p.modAt(end); ok && m.dir != dirCurrent {
		return v, m, true, end + 1, true
	}
	return v, p.tenseHow(), false, end, true
}

// dated reads the day-precise expressions that may combine a relative day,
// a weekday and a calendar date: "اليوم (الأربعاء)", "أمس الخميس",
// "الأربعاء 9 أكتوبر", "يوم الأربعاء، 27 نوفمبر 2024", "27 نوفمبر",
// "الأربعاء 25 جمادى الأولى 1446 هـ الموافق 27 نوفمبر 2024 م".
func (p *parser) dated(i int) (match, bool) {
	j := i
	anchor, hasAnchor := 0, false
	if off, end, ok := p.anchorAt(j); ok {
		anchor, hasAnchor, j = off, true, end
	}
	wd, wh, hasWd, wdMod := 0, how{}, false, false
	k := j
	if hasAnchor && (p.punct(k, "(") || p.punct(k, ",")) {
		k++
	}
	if v, h, mod, end, ok := p.weekdayAt(k); ok {
		wd, wh, hasWd, wdMod = v, h, true, mod
		j = end
		if hasAnchor && p.punct(k-1, "(") {
			if !p.punct(j, ")") {
				return match{}, false
			}
			j++
		}
	}
	// A calendar date, alone or after the weekday.
	var x dmy
	hasDate := false
	if !hasAnchor || hasWd {
		k := j
		if hasWd {
			if p.punct(k, ",") || p.punct(k, "(") || p.punct(k, "-") || p.punct(k, "/") || p.punct(k, "\\") {
				k++
			}
			if p.is(k, agreeWords) {
				k++
			}
		} else if p.has(k, wYawm, cliticsConj) {
			k++
		}
		d, end, ok := p.calDate(k)
		if !ok && (hasWd || k > i) {
			// "يوم 9/10", "الخميس (9/10)": day/month without a year, read
			// only after a weekday or "يوم" (elsewhere it may be a fraction
			// or a score).
			d, end, ok = p.shortNumericAt(k)
		}
		if ok {
			if hasWd && p.punct(k-1, "(") {
				if p.punct(end, ")") {
					end++
				} else {
					end = -1
				}
			}
			if end > 0 {
				x, hasDate, j = d, true, end
			}
		}
	}
	if !hasAnchor && !hasWd && !hasDate {
		return match{}, false
	}
	m := match{first: i, end: j}
	switch {
	case hasDate:
		if hasWd {
			x.wd = wd + 1
		}
		// A Hijri/Gregorian pair read as one date.
		if y, end, ok := p.pairAt(j, x); ok {
			x, m.end = y, end
		}
		m.date, m.rel, m.reason = p.resolve(x)
		if m.date.IsZero() && x.y != 0 {
			return match{}, false
		}
	case !p.hasRef():
		m.rel, m.anchored = true, true
		m.reason = "relative day and no reference day"
	case hasWd:
		base := p.ctx.Ref + timeline.Day(anchor)
		h := wh
		if hasAnchor {
			h = how{dir: dirNearest}
		}
		d := weekdayNear(wd, base, h)
		m.date, m.rel, m.anchored = dayDate(d), true, true
		what := "weekday " + p.text[p.toks[i].start:p.toks[j-1].end]
		switch {
		case wdMod:
			m.reason = fmt.Sprintf("%s → %s of %s", what, h, base)
		case h.dir == dirNearest:
			m.reason = fmt.Sprintf("%s → nearest to %s", what, base)
		default:
			m.reason = fmt.Sprintf("%s → %s nearest to %s", what, h, base)
		}
		m.reason += " = " + d.String()
	default:
		d := p.ctx.Ref + timeline.Day(anchor)
		m.date, m.rel, m.anchored = dayDate(d), true, true
		m.reason = fmt.Sprintf("reference %s %+d day(s) = %s", p.ctx.Ref, anchor, d)
	}
	return m, true
}

// shortNumericAt reads a day/month pair: "9/10" (day first).
func (p *parser) shortNumericAt(i int) (dmy, int, bool) {
	a, ok := p.num(i)
	if !ok || a.digits > 2 || !p.punct(i+1, "/") || !p.attached(i+1) || !p.attachedNum(i+2) {
		return dmy{}, i, false
	}
	if p.punct(i+3, "/") && p.attachedNum(i+4) {
		return dmy{}, i, false
	}
	b := p.toks[i+2]
	if b.digits > 2 || b.val < 1 || b.val > 12 || a.val < 1 || a.val > timeline.DaysIn(2024, time.Month(b.val)) {
		return dmy{}, i, false
	}
	return dmy{d: a.val, m: b.val, how: p.tenseHow()}, i + 3, true
}

// calDate reads a day-month(-year) date or a numeric date at i.
func (p *parser) calDate(i int) (dmy, int, bool) {
	if x, end, ok := p.dmyAt(i); ok {
		return x, end, true
	}
	if x, end, _, ok := p.numericAt(i); ok {
		return x, end, true
	}
	return dmy{}, i, false
}

// pairAt reads the second half of a Hijri/Gregorian pair after a date x:
// "الموافق 27 نوفمبر 2024 م", "(27 نوفمبر 2024)". When the calendars
// differ the Gregorian date is kept.
func (p *parser) pairAt(i int, x dmy) (dmy, int, bool) {
	j := i
	paren := false
	switch {
	case p.punct(j, "("):
		paren, j = true, j+1
	case p.punct(j, ",") || p.punct(j, "-"):
		j++
	}
	agree := false
	if p.is(j, agreeWords) {
		agree, j = true, j+1
		if p.w(j) == nLam || p.w(j) == nLamT {
			j++
		}
	}
	if !agree && !paren {
		return x, i, false
	}
	y, end, ok := p.calDate(j)
	if !ok {
		return x, i, false
	}
	if paren {
		if !p.punct(end, ")") {
			return x, i, false
		}
		end++
	}
	if y.hijri == x.hijri {
		if !agree {
			return x, i, false
		}
		return x, end, true
	}
	if x.hijri {
		y.wd = x.wd
		return y, end, true
	}
	return x, end, true
}

// rangeDays reads "يومي 22 و23 يونيو", "22-24 يونيو", "من 22 إلى 24 يونيو",
// "بين 22 و24 يونيو", "من 10 وحتى 12 أكتوبر", "22 يونيو - 3 يوليو".
func (p *parser) rangeDays(i int) (match, bool) {
	j := i
	lead := false
	switch {
	case p.has(j, wDaysLead, cliticsConj):
		j, lead = j+1, true
		// "يومي الثلاثاء والأربعاء 7 و8 ديسمبر": skip the weekdays.
		if p.has(j, weekdays, cliticsNone) && p.has(j+1, weekdays, cliticsConj) {
			j += 2
		}
	case p.w(j) == wMa && p.w(j+1) == wBetween:
		j, lead = j+2, true
	case p.has(j, wBetweenFrom, cliticsConj):
		j, lead = j+1, true
	case p.has(j, wPeriod, cliticsAll) && p.has(j+1, wPeriodNext, cliticsNone):
		j, lead = j+2, true
		if p.w(j-1) == wMa {
			j++
		}
	}
	d1, k, _, ok := p.dayAt(j)
	if !ok {
		return match{}, false
	}
	a := dmy{d: d1, how: p.tenseHow()}
	if p.w(k) == wMin {
		k++
	}
	hasM1 := false
	if mh, k2, ok := p.monthAt(k); ok {
		a.m, a.hijri, hasM1, k = mh.m, mh.hijri, true, k2
		if y, k3, mark, ok := p.yearNum(k); ok {
			a.y, k = y, k3
			p.applyMark(&a, mark)
		}
	}
	// The separator; "و23" arrives as "و" then "23".
	sepWord := ""
	switch {
	case p.punct(k, "-") || p.punct(k, "/"):
		sepWord, k = "-", k+1
	case p.w(k) == wAnd || p.is(k, wTo):
		sepWord, k = p.w(k), k+1
		if p.is(k, wTo) {
			k++
		}
	default:
		return match{}, false
	}
	if !lead && sepWord != "-" && sepWord != wAnd {
		return match{}, false
	}
	d2, k, _, ok := p.dayAt(k)
	if !ok {
		return match{}, false
	}
	b := dmy{d: d2, how: p.tenseHow()}
	if p.w(k) == wMin {
		k++
	}
	if mh, k2, ok := p.monthAt(k); ok {
		b.m, b.hijri, k = mh.m, mh.hijri, k2
	} else if off, k2, ok := p.relMonth(k); ok && !hasM1 && p.hasRef() {
		// "يومي 10 و11 من الشهر الجاري"
		y, m, _ := monthOf(p.ctx.Ref, off).Start.Civil()
		b.y, b.m, b.yearRel, k = y, int(m), true, k2
	} else if hasM1 && lead {
		b.m, b.hijri = a.m, a.hijri
	} else {
		return match{}, false
	}
	if !hasM1 {
		a.m, a.hijri = b.m, b.hijri
	}
	if a.hijri != b.hijri {
		return match{}, false
	}
	if end, ok := p.yearTail(k, &b); ok {
		k = end
	} else if h, ok := p.modAt(k); ok {
		a.how, b.how = h, h
		k++
	}
	if b.y != 0 && a.y == 0 {
		a.y = b.y
		if a.m > b.m {
			a.y--
		}
		a.yearRel = b.yearRel
	}
	if a.m == b.m && a.d >= b.d {
		return match{}, false
	}
	if p.is(k, hijriMarks) && a.hijri {
		k++
	}
	ad, rel, ra := p.resolve(a)
	if ad.IsZero() {
		if ad.Precision == timeline.PrecisionNone && !p.hasRef() && a.y == 0 {
			return match{first: i, end: k, rel: true, reason: "day range without year and no reference day"}, true
		}
		return match{}, false
	}
	ay, _, _ := ad.Start.Civil()
	if a.hijri {
		ay, _, _ = DayToHijri(ad.Start)
	}
	if b.y == 0 {
		b.y = ay
		if b.m < a.m {
			b.y++
		}
	}
	bd, _, _ := p.resolve(b)
	if bd.IsZero() || bd.Start <= ad.Start || bd.Start-ad.Start > 62 {
		return match{}, false
	}
	return match{first: i, end: k, date: timeline.DayRange(ad.Start, bd.Start), rel: rel,
		reason: fmt.Sprintf("day range from %s (%s) to %s", ad.Start, ra, bd.Start)}, true
}

// rangeMonths reads "بين يونيو ويوليو 2024", "من مارس إلى مايو".
func (p *parser) rangeMonths(i int) (match, bool) {
	j := i
	switch {
	case p.w(j) == wMa && p.w(j+1) == wBetween:
		j += 2
	case p.has(j, wBetweenFrom, cliticsConj):
		j++
	default:
		return match{}, false
	}
	a1, k, ok := p.monthAt(j)
	if !ok {
		return match{}, false
	}
	a := dmy{m: a1.m, hijri: a1.hijri, how: p.tenseHow()}
	if y, k2, mark, ok := p.yearNum(k); ok {
		a.y, k = y, k2
		p.applyMark(&a, mark)
	}
	switch {
	case p.w(k) == wAnd || p.is(k, wTo) || p.punct(k, "-"):
		k++
	case strings.HasPrefix(p.w(k), wAnd):
		// "ويوليو": the conjunction is a clitic of the second name.
	default:
		return match{}, false
	}
	b1, k, ok := p.monthAt(k)
	if !ok || b1.hijri != a1.hijri || b1.m == a1.m {
		return match{}, false
	}
	b := dmy{m: b1.m, hijri: b1.hijri, how: p.tenseHow()}
	if end, ok := p.yearTail(k, &b); ok {
		k = end
	} else if h, ok := p.modAt(k); ok {
		a.how, b.how = h, h
		k++
	}
	if a.y == 0 && b.y != 0 {
		a.y = b.y
		if a.m > b.m {
			a.y--
		}
	}
	ad, rel, _ := p.resolve(a)
	if ad.IsZero() {
		return match{}, false
	}
	if b.y == 0 {
		b.y, _, _ = ad.Start.Civil()
		if a.hijri {
			b.y, _, _ = DayToHijri(ad.Start)
		}
		if b.m < a.m {
			b.y++
		}
	}
	bd, _, _ := p.resolve(b)
	if bd.IsZero() || bd.Start <= ad.Start {
		return match{}, false
	}
	return match{first: i, end: k, date: timeline.Span(ad, bd), rel: rel || a.yearRel || b.yearRel,
		reason: fmt.Sprintf("month range %s to %s", ad, bd)}, true
}

// rangeYears reads "عامي 2020 و2021", "بين عامي 2014 و2022", "من 2014 إلى 2022".
func (p *parser) rangeYears(i int) (match, bool) {
	j := i
	lead := false
	if p.w(j) == wMa && p.w(j+1) == wBetween {
		j, lead = j+2, true
	} else if p.has(j, wBetweenFrom, cliticsConj) {
		j, lead = j+1, true
	}
	if p.has(j, yearsWords, cliticsAll) || p.has(j, yearWords, cliticsAll) {
		j++
	} else if !lead && !((p.punct(j+1, "-") || p.punct(j+1, "/")) && p.attached(j+1) && p.attachedNum(j+2)) {
		return match{}, false // "2024-2025" and "2024/2025" need no lead
	}
	y1, k, _, ok := p.yearNum(j)
	if !ok || !(p.w(k) == wAnd || p.is(k, wTo) || p.punct(k, "-") || p.punct(k, "/") && p.attached(k)) {
		return match{}, false
	}
	k++
	if p.has(k, yearWords, cliticsAll) {
		k++
	}
	y2, k, _, ok := p.yearNum(k)
	if !ok || y2 <= y1 || y2-y1 > 100 {
		return match{}, false
	}
	return match{first: i, end: k, date: timeline.Span(timeline.YearDate(y1), timeline.YearDate(y2)),
		reason: fmt.Sprintf("years %d to %d", y1, y2)}, true
}

// monthYear reads a month with or without its year: "نوفمبر 2024",
// "مايو (أيار) من العام الماضي", "في أكتوبر الماضي",
// "رمضان 1446 هـ", "في نوفمبر".
func (p *parser) monthYear(i int) (match, bool) {
	return p.monthYearAt(i, false)
}

func (p *parser) monthYearAt(i int, allowWeak bool) (match, bool) {
	x, k, ok := p.monthDmyAt(i, allowWeak)
	if !ok {
		return match{}, false
	}
	d, rel, r := p.resolve(x)
	if d.IsZero() && x.y != 0 {
		return match{}, false
	}
	return match{first: i, end: k, date: d, rel: rel, reason: r}, true
}

// monthDmyAt reads a month name with its optional year or modifier into a
// dmy. A weak name needs a year, a modifier or allowWeak.
func (p *parser) monthDmyAt(i int, allowWeak bool) (dmy, int, bool) {
	mh, k, ok := p.monthAt(i)
	if !ok {
		return dmy{}, i, false
	}
	x := dmy{m: mh.m, hijri: mh.hijri, how: p.tenseHow()}
	tail := false
	if end, ok := p.yearTail(k, &x); ok {
		k, tail = end, true
	} else if h, ok := p.modAt(k); ok {
		x.how, k, tail = h, k+1, true
	}
	if p.is(k, hijriMarks) && x.hijri {
		k++
	}
	if mh.weak && !tail && !allowWeak {
		if mh.hijri || !p.is(i-1, weakSupport) {
			return dmy{}, i, false
		}
	}
	return x, k, true
}

// yearPhrase reads "عام 2011", "العام 2011", "سنة 2011", "1446 هـ";
// "لعام 2025" after a plan word is excluded.
func (p *parser) yearPhrase(i int) (match, bool) {
	if !p.has(i, yearWords, cliticsAll) {
		return match{}, false
	}
	y, end, mark, ok := p.yearNum(i + 1)
	if !ok {
		return match{}, false
	}
	if strings.HasPrefix(p.w(i), nLam) && p.planBefore(i) {
		return match{first: i, end: end, excl: true, reason: "year of a plan, vision or budget"}, true
	}
	d, ok := yearDate(mark == markHijri, y)
	if !ok {
		return match{}, false
	}
	return match{first: i, end: end, date: d, reason: fmt.Sprintf("%syear %d", calName(mark == markHijri), y)}, true
}

// planBefore reports a plan word among the three words before token i,
// with no punctuation between.
func (p *parser) planBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if p.toks[k].kind != tokWord {
			return false
		}
		if p.has(k, planWords, cliticsAll) {
			return true
		}
	}
	return false
}

// yearBare reads a year number standing alone: "في 2011", "2011م",
// "1446هـ". A bare year after a plan word is excluded; other bare numbers
// are not dates.
func (p *parser) yearBare(i int) (match, bool) {
	y, end, mark, ok := p.yearNum(i)
	if !ok {
		return match{}, false
	}
	if p.planBefore(i) {
		return match{first: i, end: end, excl: true, reason: "year of a plan, vision or budget"}, true
	}
	if mark == markNone && !p.has(i-1, yearLeads, cliticsConj) {
		return match{}, false
	}
	d, ok := yearDate(mark == markHijri, y)
	if !ok {
		return match{}, false
	}
	return match{first: i, end: end, date: d, reason: fmt.Sprintf("%syear %d", calName(mark == markHijri), y)}, true
}

// partOf reads "مطلع/أوائل/منتصف/أواخر/نهاية" + a month or a year:
// "أواخر أكتوبر", "منتصف الشهر الجاري", "مطلع العام المقبل", "أواخر 2023",
// and "أول أيام" + a month (its first day).
func (p *parser) partOf(i int) (match, bool) {
	v, ok := p.lookup(i, partWords, cliticsAll)
	if !ok {
		return match{}, false
	}
	pt := part(v)
	j := i + 1
	if p.has(j, wDays, cliticsNone) && p.has(i, wFirstLast, cliticsAll) {
		// "أول أيام شهر رمضان": the first (last) day.
		k := j + 1
		if p.w(k) == wMin {
			k++
		}
		var mdate timeline.Date
		var rel bool
		end := k
		if off, e, ok := p.relMonth(k); ok && p.hasRef() {
			mdate, rel, end = monthOf(p.ctx.Ref, off), true, e
		} else if off, e, ok := p.relYear(k); ok && p.hasRef() {
			mdate, rel, end = yearOf(p.ctx.Ref, off), true, e
		} else if p.has(k, monthWords, cliticsAll) && p.hasRef() {
			mdate, rel, end = monthOf(p.ctx.Ref, 0), true, k+1 // "أول أيام الشهر"
		} else if p.has(k, yearUnitWords, cliticsAll) && p.hasRef() {
			mdate, rel, end = yearOf(p.ctx.Ref, 0), true, k+1 // "آخر يوم من العام"
		} else if x, e, ok := p.monthDmyAt(k, true); ok {
			// The month's own first or last day, in its own calendar.
			sp, ok := p.monthSpanOf(x)
			if !ok {
				return match{}, false
			}
			d := sp.s
			if pt == partLate {
				d = sp.e
			}
			return match{first: i, end: e, date: dayDate(d), rel: x.y == 0 || x.yearRel,
				reason: fmt.Sprintf("%s day of %smonth %d → %s", partNames[pt], calName(x.hijri), x.m, d)}, true
		} else {
			return match{}, false
		}
		d := mdate.Start
		if pt == partLate {
			d = mdate.End
		}
		return match{first: i, end: end, date: dayDate(d), rel: rel, reason: fmt.Sprintf("%s day of %s", partNames[pt], mdate)}, true
	}
	if p.w(j) == wMin {
		j++ // "بداية من يونيو"
	}
	// A month: named, or relative.
	if off, end, ok := p.relMonth(j); ok {
		return p.partMonth(i, end, off, pt)
	}
	if p.has(j, monthWords, cliticsAll) && !p.is(j+1, thisWords) {
		if _, isMod := p.modAt(j + 1); !isMod {
			return p.partMonth(i, j+1, 0, pt)
		}
	}
	if m, ok := p.monthYearAt(j, true); ok {
		m.first = i
		if !m.date.IsZero() {
			m.narrow = narrowMonth(m.date, pt)
			m.reason = fmt.Sprintf("%s %s; narrowed to %s..%s", partNames[pt], m.reason, m.narrow.Start, m.narrow.End)
		}
		return m, true
	}
	// A year.
	var yd timeline.Date
	rel := false
	end := j
	if off, e, ok := p.relYear(j); ok {
		if !p.hasRef() {
			return match{first: i, end: e, rel: true, reason: "relative year and no reference day"}, true
		}
		yd, rel, end = yearOf(p.ctx.Ref, off), true, e
	} else if p.has(j, yearWords, cliticsAll) {
		if y, e, _, ok := p.yearNum(j + 1); ok {
			yd, end = timeline.YearDate(y), e
		} else if p.has(j, yearUnitWords, cliticsAll) {
			if !p.hasRef() {
				return match{first: i, end: j + 1, rel: true, reason: "relative year and no reference day"}, true
			}
			yd, rel, end = yearOf(p.ctx.Ref, 0), true, j+1
		} else {
			return match{}, false
		}
	} else if y, e, _, ok := p.yearNum(j); ok {
		yd, end = timeline.YearDate(y), e
	} else if off, e, ok := p.relWeek(j); ok && p.hasRef() {
		return match{first: i, end: e, date: weekOf(p.ctx.Ref, off), rel: true,
			reason: fmt.Sprintf("%s of the week %+d from %s", partNames[pt], off, p.ctx.Ref)}, true
	} else {
		return match{}, false
	}
	nr := narrowYear(yd, pt)
	return match{first: i, end: end, date: yd, narrow: nr, rel: rel,
		reason: fmt.Sprintf("%s year %s; narrowed to %s..%s", partNames[pt], yd, nr, nr.EndString())}, true
}

func (p *parser) partMonth(i, end, off int, pt part) (match, bool) {
	if !p.hasRef() {
		return match{first: i, end: end, rel: true, reason: "relative month and no reference day"}, true
	}
	md := monthOf(p.ctx.Ref, off)
	nr := narrowMonth(md, pt)
	return match{first: i, end: end, date: md, narrow: nr, rel: true,
		reason: fmt.Sprintf("%s of month %s (%+d from %s); narrowed to %s..%s", partNames[pt], md, off, p.ctx.Ref, nr.Start, nr.End)}, true
}

// relUnit reads "الأسبوع الماضي", "الشهر المقبل", "العام الجاري",
// "هذا العام", "السنة الماضية".
func (p *parser) relUnit(i int) (match, bool) {
	if off, end, ok := p.relWeek(i); ok {
		if !p.hasRef() {
			return match{first: i, end: end, rel: true, reason: "relative week and no reference day"}, true
		}
		wk := weekOf(p.ctx.Ref, off)
		return match{first: i, end: end, date: wk, rel: true,
			reason: fmt.Sprintf("week %+d from %s: Saturday %s to Friday %s", off, p.ctx.Ref, wk.Start, wk.End)}, true
	}
	if off, end, ok := p.relMonth(i); ok {
		if !p.hasRef() {
			return match{first: i, end: end, rel: true, reason: "relative month and no reference day"}, true
		}
		return match{first: i, end: end, date: monthOf(p.ctx.Ref, off), rel: true,
			reason: fmt.Sprintf("month %+d from %s", off, p.ctx.Ref)}, true
	}
	if off, end, ok := p.relYear(i); ok {
		if !p.hasRef() {
			return match{first: i, end: end, rel: true, reason: "relative year and no reference day"}, true
		}
		return match{first: i, end: end, date: yearOf(p.ctx.Ref, off), rel: true,
			reason: fmt.Sprintf("year %+d from %s", off, p.ctx.Ref)}, true
	}
	return match{}, false
}

// earlierLater reads "في وقت سابق من هذا الشهر", "في وقت لاحق من العام
// الجاري", "في وقت سابق اليوم".
func (p *parser) earlierLater(i int) (match, bool) {
	j := i
	if p.has(j, wFiSet, cliticsConj) {
		j++
	}
	if p.w(j) != wWaqt {
		return match{}, false
	}
	if _, ok := laterEarlier[p.w(j+1)]; !ok {
		return match{}, false
	}
	k := j + 2
	if p.w(k) == wMin {
		k++
	}
	if off, end, ok := p.anchorAt(k); ok && off == 0 {
		if !p.hasRef() {
			return match{first: i, end: end, rel: true, reason: "today and no reference day"}, true
		}
		return match{first: i, end: end, date: dayDate(p.ctx.Ref), rel: true, reason: "earlier/later today: " + p.ctx.Ref.String()}, true
	}
	if m, ok := p.relUnit(k); ok {
		m.first = i
		m.reason = "earlier/later in the " + m.reason
		return m, true
	}
	return match{}, false
}

// countUnit reads "ثلاثة أيام", "3 أسابيع", "يومين", "أسبوع" and returns
// the count and unit.
func (p *parser) countUnit(i int) (n, unit, end int, ok bool) {
	if t, ok := p.num(i); ok && t.val > 0 && t.val < 1000 {
		if u, ok := p.lookup(i+1, timeUnits, cliticsNone); ok {
			return t.val, u, i + 2, true
		}
		return 0, 0, i, false
	}
	if c, ok := cardinals[p.w(i)]; ok {
		if u, ok := p.lookup(i+1, timeUnits, cliticsNone); ok {
			return c, u, i + 2, true
		}
		return 0, 0, i, false
	}
	if u, ok := dualUnits[p.w(i)]; ok {
		return 2, u, i + 1, true
	}
	if u, ok := wSingle[p.w(i)]; ok {
		if p.is(i+1, wOne) {
			return 1, u, i + 2, true
		}
		return 1, u, i + 1, true
	}
	return 0, 0, i, false
}

// ago reads "منذ يومين", "قبل أسبوع", "منذ ثلاثة أيام", "قبل شهرين",
// "قبل عامين", "بعد يومين". "منذ" with years is a duration and excluded.
func (p *parser) ago(i int) (match, bool) {
	sign := 0
	switch {
	case p.has(i, wAgo, cliticsConj):
		sign = -1
	case p.has(i, wAfter, cliticsConj):
		sign = 1
	default:
		return match{}, false
	}
	n, unit, end, ok := p.countUnit(i + 1)
	if !ok {
		return match{}, false
	}
	if p.is(end, wOn) {
		return match{}, false // "قبل يومين من القمة": relative to another event
	}
	isSince := p.has(i, sinceWords, cliticsConj)
	if unit == unitYear && isSince {
		return match{first: i, end: end, excl: true, reason: "duration since (منذ + years)"}, true
	}
	if sign > 0 && unit != unitDay && unit != unitWeek {
		return match{}, false
	}
	if !p.hasRef() {
		return match{first: i, end: end, rel: true, reason: "offset from an unknown reference day"}, true
	}
	ref := p.ctx.Ref
	var d timeline.Date
	switch unit {
	case unitDay:
		d = dayDate(ref + timeline.Day(sign*n))
	case unitWeek:
		d = dayDate(ref + timeline.Day(sign*7*n))
	case unitMonth:
		d = monthOf(ref, sign*n)
	default:
		d = yearOf(ref, sign*n)
	}
	return match{first: i, end: end, date: d, rel: true,
		reason: fmt.Sprintf("%+d unit(%d) × %d from %s = %s", sign, unit, n, ref, d)}, true
}

// weekOfMonth reads "الأسبوع الأول من أكتوبر", "الأسبوع الأخير من الشهر
// الجاري", "النصف الثاني من العام": the month or year, narrowed to the
// week or half.
func (p *parser) weekOfMonth(i int) (match, bool) {
	isWeek := p.has(i, weekWords, cliticsAll)
	if !isWeek && !p.has(i, halfWords, cliticsAll) {
		return match{}, false
	}
	n := 0
	switch {
	case p.is(i+1, lastWords):
		n = -1
	default:
		v, ok := ordinalUnits[p.w(i+1)]
		if !ok {
			v, ok = femOrdinalValues[p.w(i+1)]
		}
		if !ok || v > 5 || !isWeek && v > 2 {
			return match{}, false
		}
		n = v
	}
	if p.w(i+2) != wMin {
		return match{}, false
	}
	j := i + 3
	var d timeline.Date
	rel, end := false, j
	switch {
	case isWeek:
		if off, e, ok := p.relMonth(j); ok && p.hasRef() {
			d, rel, end = monthOf(p.ctx.Ref, off), true, e
		} else if m, ok := p.monthYearAt(j, true); ok && !m.date.IsZero() && m.date.Precision == timeline.PrecisionMonth {
			d, rel, end = m.date, m.rel, m.end
		} else {
			return match{}, false
		}
	default:
		if off, e, ok := p.relYear(j); ok && p.hasRef() {
			d, rel, end = yearOf(p.ctx.Ref, off), true, e
		} else if y, e, _, ok := p.yearNum(j + 1); ok && p.has(j, yearWords, cliticsAll) {
			d, end = timeline.YearDate(y), e
		} else if p.has(j, yearUnitWords, cliticsAll) && p.hasRef() {
			d, rel, end = yearOf(p.ctx.Ref, 0), true, j+1 // "من العام": this year
		} else if off, e, ok := p.relMonth(j); ok && p.hasRef() {
			d, rel, end = monthOf(p.ctx.Ref, off), true, e
		} else if m, ok := p.monthYearAt(j, true); ok && !m.date.IsZero() && m.date.Precision == timeline.PrecisionMonth {
			d, rel, end = m.date, m.rel, m.end
		} else {
			return match{}, false
		}
	}
	var nr timeline.Date
	switch {
	case isWeek && n == -1:
		nr = timeline.DayRange(d.End-6, d.End)
	case isWeek:
		s := d.Start + timeline.Day(7*(n-1))
		if s > d.End {
			return match{}, false
		}
		nr = timeline.DayRange(s, minDay(s+6, d.End))
	default:
		mid := d.Start + (d.End-d.Start+1)/2
		if n == 1 {
			nr = timeline.DayRange(d.Start, mid-1)
		} else {
			nr = timeline.DayRange(mid, d.End)
		}
		if d.Precision == timeline.PrecisionYear {
			y, _, _ := d.Start.Civil()
			nr = timeline.Span(timeline.MonthDate(y, 1), timeline.MonthDate(y, 6))
			if n != 1 {
				nr = timeline.Span(timeline.MonthDate(y, 7), timeline.MonthDate(y, 12))
			}
		}
	}
	return match{first: i, end: end, date: d, narrow: nr, rel: rel,
		reason: fmt.Sprintf("part of %s; narrowed to %s..%s", d, nr.Start, nr.End)}, true
}
