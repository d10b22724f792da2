package temporal

import "strings"

// The components below read the parts expressions are built from: month
// names, days, years, relative periods and modifiers. Each takes a token
// index and returns where it stopped.

// monthHit is a recognised month name.
type monthHit struct {
	m     int
	hijri bool
	weak  bool
}

// monthName reads one month name (one or two words) at i.
func (p *parser) monthName(i int) (monthHit, int, bool) {
	w := p.w(i)
	if w == "" {
		return monthHit{}, i, false
	}
	entries, ok := monthNames[w]
	if !ok {
		// Clitics: months take و ف ب ل ("وبمايو", "لشهر يونيو" is handled
		// by monthAt); weak names take only و ف.
		for _, c := range [...]string{"و", "ف", "ب", "ل", "وب", "فب", "ول", "فل", "وفي", "لـ"} {
			r, cut := strings.CutPrefix(w, c)
			if !cut || len(r) < 4 {
				continue
			}
			if es, ok2 := monthNames[r]; ok2 {
				if c != "و" && c != "ف" {
					var strong []monthEntry
					for _, e := range es {
						if !e.weak {
							strong = append(strong, e)
						}
					}
					es = strong
				}
				if len(es) > 0 {
					entries, ok = es, true
					break
				}
			}
		}
	}
	if !ok {
		return monthHit{}, i, false
	}
	next := p.w(i + 1)
	for _, e := range entries {
		if e.next != "" && e.next == next {
			return monthHit{m: e.month, hijri: e.hijri, weak: e.weak}, i + 2, true
		}
	}
	for _, e := range entries {
		if e.next == "" {
			return monthHit{m: e.month, hijri: e.hijri, weak: e.weak}, i + 1, true
		}
	}
	return monthHit{}, i, false
}

// monthAt reads a month: an optional "شهر", a name, and an optional second
// name for the same month ("يونيو/حزيران", "تشرين الثاني (نوفمبر)",
// "(أيلول) سبتمبر"). A doubled or "شهر"-led name is never weak.
func (p *parser) monthAt(i int) (monthHit, int, bool) {
	j := i
	strong := false
	if p.has(j, wShahr, cliticsAll) {
		j++
		strong = true
	}
	if p.punct(j, "(") {
		if a, k, ok := p.monthName(j + 1); ok && p.punct(k, ")") {
			if b, k2, ok := p.monthName(k + 1); ok && b.m == a.m && b.hijri == a.hijri {
				a.weak = false
				return a, k2, true
			}
		}
		return monthHit{}, i, false
	}
	a, k, ok := p.monthName(j)
	if !ok {
		return monthHit{}, i, false
	}
	switch {
	case p.punct(k, "/") || p.punct(k, "-") || p.punct(k, "،") || p.punct(k, ","):
		if b, k2, ok := p.monthName(k + 1); ok && b.m == a.m && b.hijri == a.hijri {
			a.weak, k = false, k2
		}
	case p.punct(k, "("):
		if b, k2, ok := p.monthName(k + 1); ok && b.m == a.m && b.hijri == a.hijri && p.punct(k2, ")") {
			a.weak, k = false, k2+1
		}
	default:
		if b, k2, ok := p.monthName(k); ok && b.m == a.m && b.hijri == a.hijri {
			a.weak, k = false, k2
		}
	}
	if strong {
		a.weak = false
	}
	return a, k, true
}

// dayAt reads a day of the month: 1-31 in digits (optionally "الـ27") or
// an ordinal word.
func (p *parser) dayAt(i int) (d, end int, ordinal, ok bool) {
	j := i
	if (p.w(j) == wAl || p.w(j) == wWal) && p.attachedNum(j+1) {
		j++
	}
	if t, ok := p.num(j); ok {
		if t.digits <= 2 && t.val >= 1 && t.val <= 31 {
			// Not part of a decimal or a clock time.
			if (p.punct(j+1, ":") || p.punct(j+1, ".")) && p.attachedNum(j+2) {
				return 0, i, false, false
			}
			return t.val, j + 1, false, true
		}
		return 0, i, false, false
	}
	if j == i && p.definiteBefore(i) {
		// "الأسبوع الثاني من مارس", "الجولة الثالثة": an ordinal after a
		// definite noun is its adjective, not a day.
		return 0, i, false, false
	}
	if p.has(j, ghurraWords, cliticsAll) {
		return 1, j + 1, false, true // "غرة رمضان": the first of the month
	}
	if u, ok := p.lookup(j, ordinalUnits, cliticsConj); ok {
		if p.is(j+1, ordinalTeen) {
			return u + 10, j + 2, true, true
		}
		if v, ok := ordinalTwnty[p.w(j+1)]; ok {
			return u + v, j + 2, true, true
		}
		w := p.w(j)
		if strings.HasSuffix(w, nHadi) || strings.HasSuffix(w, nWahid) {
			return 0, i, false, false
		}
		return u, j + 1, true, true
	}
	if v, ok := p.lookup(j, ordinalTens, cliticsConj); ok {
		return v, j + 1, true, true
	}
	return 0, i, false, false
}

func (p *parser) attachedNum(i int) bool {
	_, ok := p.num(i)
	return ok && p.attached(i)
}

const (
	markNone = iota
	markGreg
	markHijri
)

// yearNum reads a four-digit year and an optional era mark ("م", "هـ").
func (p *parser) yearNum(i int) (y, end, mark int, ok bool) {
	t, ok := p.num(i)
	if !ok || t.digits != 4 || t.val < 1000 || t.val > 2999 {
		return 0, i, 0, false
	}
	if (p.punct(i+1, ".") || p.punct(i+1, ",")) && p.attachedNum(i+2) {
		return 0, i, 0, false // 2024.5, 1,500
	}
	j := i + 1
	switch {
	case p.is(j, hijriMarks):
		mark, j = markHijri, j+1
	case p.is(j, gregorianMarks):
		mark, j = markGreg, j+1
	case p.punct(j, "(") && (p.is(j+1, hijriMarks) || p.is(j+1, gregorianMarks)) && p.punct(j+2, ")"):
		mark = markGreg
		if p.is(j+1, hijriMarks) {
			mark = markHijri
		}
		j += 3
	}
	return t.val, j, mark, true
}

// modAt reads "الماضي", "المقبل", "الجاري" and their kin.
func (p *parser) modAt(i int) (how, bool) {
	switch {
	case p.is(i, pastMods):
		return how{dir: dirPast, explicit: true}, true
	case p.is(i, futureMods):
		return how{dir: dirFuture, explicit: true}, true
	case p.is(i, currentMods):
		return how{dir: dirCurrent, explicit: true}, true
	}
	return how{}, false
}

// relPeriod reads a period named from the reference day: "العام الماضي",
// "الشهر المقبل", "هذا الأسبوع", "العام الجاري", "العام قبل الماضي"; units
// is the set of the period's nouns. It returns the offset in periods.
func (p *parser) relPeriod(i int, units map[string]int) (off, end int, ok bool) {
	if p.is(i, thisWords) && p.has(i+1, units, cliticsAll) {
		if p.is(i+2, wThisAl) {
			return 0, i + 3, true
		}
		return 0, i + 2, true
	}
	if !p.has(i, units, cliticsAll) {
		return 0, i, false
	}
	switch {
	case p.is(i+1, wBefore) && p.is(i+2, pastMods):
		return -2, i + 3, true // "العام قبل الماضي"
	case p.is(i+1, wAfter) && p.is(i+2, futureMods):
		return 2, i + 3, true // "الأسبوع بعد المقبل"
	}
	h, ok := p.modAt(i + 1)
	if !ok {
		return 0, i, false
	}
	switch h.dir {
	case dirPast:
		return -1, i + 2, true
	case dirFuture:
		return 1, i + 2, true
	}
	return 0, i + 2, true
}

func (p *parser) relYear(i int) (off, end int, ok bool)  { return p.relPeriod(i, yearUnitWords) }
func (p *parser) relMonth(i int) (off, end int, ok bool) { return p.relPeriod(i, monthWords) }
func (p *parser) relWeek(i int) (off, end int, ok bool)  { return p.relPeriod(i, weekWords) }

// yearTail reads what may follow a month to give its year: "2024",
// "عام 2024", "من العام 2024", "من العام الماضي", "من هذا العام".
func (p *parser) yearTail(i int, x *dmy) (int, bool) {
	j := i
	if p.punct(j, ",") {
		if y, end, mark, ok := p.yearNum(j + 1); ok {
			x.y = y
			p.applyMark(x, mark)
			return end, true
		}
	}
	if p.w(j) == wMin {
		j++
	}
	if p.has(j, yearWords, cliticsAll) {
		if y, end, mark, ok := p.yearNum(j + 1); ok {
			x.y = y
			p.applyMark(x, mark)
			return end, true
		}
	}
	if y, end, mark, ok := p.yearNum(j); ok {
		x.y = y
		p.applyMark(x, mark)
		return end, true
	}
	if end, ok := p.sameYear(j); ok && !x.hijri {
		x.y = p.lastYear
		return end, true
	}
	if off, end, ok := p.relYear(j); ok && p.hasRef() {
		x.y = refYear(x.hijri, p.ctx.Ref) + off
		x.yearRel = true
		return end, true
	} else if ok {
		x.yearRel = true
		return end, true
	}
	return i, false
}

// sameYear reads "العام ذاته", "العام نفسه", "نفس العام", "ذات السنة" at
// token i when a date before it in the text named a year: that year
// ("زار القاهرة في مارس 2023، ورد الزيارة في أبريل من العام ذاته").
func (p *parser) sameYear(i int) (int, bool) {
	if p.lastYear == 0 {
		return i, false
	}
	switch {
	case p.is(i, yearUnitWords) && p.is(i+1, wSame):
		return i + 2, true
	case p.is(i, wSameBefore) && p.has(i+1, yearWords, cliticsNone):
		return i + 2, true
	}
	return i, false
}

func (p *parser) applyMark(x *dmy, mark int) {
	if mark == markHijri && !x.hijri && x.m == 0 {
		x.hijri = true
	}
}

// dmyAt reads a day and a month with optional year and modifier:
// "27 نوفمبر 2024", "الثامن والعشرين من يونيو", "28 أكتوبر الماضي",
// "العاشر من الشهر الجاري".
func (p *parser) dmyAt(i int) (dmy, int, bool) {
	d, j, ord, ok := p.dayAt(i)
	if !ok {
		return dmy{}, i, false
	}
	hasMin := false
	if p.w(j) == wMin {
		j++
		hasMin = true
	}
	if ord && !hasMin {
		return dmy{}, i, false
	}
	x := dmy{d: d, how: p.tenseHow()}
	if !hasMin && !ord && p.is(j, currentMods) {
		// "في 15 الجاري": the 15th of the reference day's month.
		if !p.hasRef() {
			x.yearRel = true
			return x, j + 1, true
		}
		y, m, _ := p.ctx.Ref.Civil()
		x.y, x.m, x.yearRel = y, int(m), true
		return x, j + 1, true
	}
	if off, end, ok := p.relMonth(j); ok {
		if !p.hasRef() {
			x.yearRel = true
			return x, end, true
		}
		md := monthOf(p.ctx.Ref, off)
		y, m, _ := md.Start.Civil()
		x.y, x.m, x.yearRel = y, int(m), true
		return x, end, true
	}
	if hasMin && p.has(j, monthWords, cliticsAll) && !p.is(j+1, thisWords) {
		// "العاشر من الشهر": the reference day's month.
		if !p.hasRef() {
			x.yearRel = true
			return x, j + 1, true
		}
		y, m, _ := p.ctx.Ref.Civil()
		x.y, x.m, x.yearRel = y, int(m), true
		return x, j + 1, true
	}
	mh, k, ok := p.monthAt(j)
	if !ok {
		return dmy{}, i, false
	}
	x.m, x.hijri = mh.m, mh.hijri
	if end, ok := p.yearTail(k, &x); ok {
		k = end
	} else if h, ok := p.modAt(k); ok {
		x.how = h
		k++
	}
	if p.is(k, hijriMarks) && mh.hijri {
		k++
	}
	return x, k, true
}
