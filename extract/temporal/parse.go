package temporal

import (
	"fmt"
	"strings"

	"github.com/tl-project/tl/timeline"
)

// parser recognises date expressions over the tokens of one text. Each
// recogniser starts at a token index and returns a match ending at a later
// index; run keeps, at each position, the longest match and moves past it.
type parser struct {
	text string
	toks []tok
	ctx  Context
}

// match is a recognised expression over tokens [first, end).
type match struct {
	first, end int
	date       timeline.Date
	narrow     timeline.Date
	rel, excl  bool
	reason     string
	// anchored marks a weekday or "أمس"-style date (for since/deadline).
	anchored bool
}

func newParser(text string, c Context) *parser {
	return &parser{text: text, toks: tokenize(text), ctx: c}
}

func (p *parser) hasRef() bool { return p.ctx.Ref != 0 }

type recogniser func(p *parser, i int) (match, bool)

// positive recognisers find dates; wrapping ones (since, deadline) reuse
// them for their object.
var positive = []recogniser{
	(*parser).numeric,
	(*parser).dated,
	(*parser).rangeDays,
	(*parser).rangeMonths,
	(*parser).rangeYears,
	(*parser).monthYear,
	(*parser).yearPhrase,
	(*parser).yearBare,
	(*parser).partOf,
	(*parser).weekOfMonth,
	(*parser).relUnit,
	(*parser).earlierLater,
	(*parser).ago,
}

var negative []recogniser

func init() {
	negative = []recogniser{
		(*parser).since,
		(*parser).deadline,
		(*parser).plan,
		(*parser).duration,
		(*parser).numUnit,
		(*parser).anniversary,
		(*parser).age,
		(*parser).clock,
		(*parser).refNumber,
		(*parser).named,
	}
}

// starters are the words an expression can begin with (after proclitics);
// run skips every other word without trying the recognisers.
var starters = map[string]int{}

func init() {
	for _, set := range []map[string]int{
		dayParts, anchors, weekdays, ordinalUnits, ordinalTens, partWords, yearWords, yearsWords,
		planWords, sinceWords, deadlineWords, durationWords, anniversaryWords, ageWords, hourWords,
		refNounWords, weekWords, monthWords, yearUnitWords, thisWords, wShahr, wAwwal, wBaad,
		wDaysLead, wBetweenFrom, wPeriod, wFiSet, wAgo, wAfter, wWith, wAlaSet, wTamam, wYawm,
		nameWords, halfWords,
	} {
		for w := range set {
			starters[w] = 1
		}
	}
	for w := range monthNames {
		starters[w] = 1
	}
	starters[wMa] = 1
	starters[wAl] = 1
	starters[wWal] = 1
}

// canStart reports whether an expression may begin at token i.
func (p *parser) canStart(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case tokNum:
		return true
	case tokPunct:
		return t.norm == "("
	}
	if _, ok := lookupWord(t.norm, starters, cliticsAll); ok {
		return true
	}
	_, _, ok := p.monthName(i)
	return ok
}

func (p *parser) run() []Expr {
	var out []Expr
	for i := 0; i < len(p.toks); {
		if !p.canStart(i) {
			i++
			continue
		}
		m, ok := p.best(i, true)
		if !ok {
			i++
			continue
		}
		s, e := p.toks[m.first].start, p.toks[m.end-1].end
		out = append(out, Expr{
			Start: s, End: e, Text: p.text[s:e],
			Date: m.date, Narrow: m.narrow,
			Relative: m.rel, Excluded: m.excl, Reason: m.reason,
		})
		i = m.end
	}
	return out
}

// best returns the longest match starting at token i; ties go to the
// recogniser listed first. Negative recognisers run only when all is set.
func (p *parser) best(i int, all bool) (match, bool) {
	var best match
	found := false
	try := func(rs []recogniser) {
		for _, r := range rs {
			m, ok := r(p, i)
			if ok && m.end > i && (!found || m.end > best.end) {
				best, found = m, true
			}
		}
	}
	if all {
		try(negative)
	}
	try(positive)
	if found && best.excl {
		best.date = timeline.Date{}
	}
	return best, found
}

// ---- token helpers ----

func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tokWord {
		return ""
	}
	return p.toks[i].norm
}

func (p *parser) punct(i int, s string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tokPunct && p.toks[i].norm == s
}

// attached reports that token i directly follows token i-1, without
// whitespace.
func (p *parser) attached(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].gap
}

func (p *parser) num(i int) (tok, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tokNum || p.toks[i].val < 0 {
		return tok{}, false
	}
	return p.toks[i], true
}

func (p *parser) is(i int, set map[string]int) bool {
	_, ok := set[p.w(i)]
	return ok && p.w(i) != ""
}

type clitics uint8

const (
	cliticsNone clitics = iota
	cliticsConj         // و ف
	cliticsAll          // و ف, then ب ل ك (and لل for ال)
)

// lookup finds word i in set, stripping the proclitics mode allows. The
// stripped word must keep at least two letters.
func (p *parser) lookup(i int, set map[string]int, mode clitics) (int, bool) {
	w := p.w(i)
	if w == "" {
		return 0, false
	}
	return lookupWord(w, set, mode)
}

func lookupWord(w string, set map[string]int, mode clitics) (int, bool) {
	if v, ok := set[w]; ok {
		return v, true
	}
	if mode == cliticsNone {
		return 0, false
	}
	if v, ok := lookupPrep(w, set, mode); ok {
		return v, true
	}
	for _, c := range [...]string{"و", "ف"} {
		if r, ok := strings.CutPrefix(w, c); ok && len(r) >= 4 {
			if v, ok := set[r]; ok {
				return v, true
			}
			if v, ok := lookupPrep(r, set, mode); ok {
				return v, true
			}
		}
	}
	return 0, false
}

func lookupPrep(w string, set map[string]int, mode clitics) (int, bool) {
	if mode != cliticsAll {
		return 0, false
	}
	for _, c := range [...]string{"ب", "ل", "ك"} {
		r, ok := strings.CutPrefix(w, c)
		if !ok || len(r) < 4 {
			continue
		}
		if v, ok := set[r]; ok {
			return v, true
		}
		if c == "ل" && strings.HasPrefix(r, "ل") {
			if v, ok := set["ا"+r]; ok {
				return v, true
			}
		}
	}
	return 0, false
}

func (p *parser) has(i int, set map[string]int, mode clitics) bool {
	_, ok := p.lookup(i, set, mode)
	return ok
}

var (
	wMin     = normalize("من")
	wFi      = normalize("في")
	wAl      = normalize("ال")
	wWal     = normalize("وال")
	wShahr   = words("شهر", "الشهر")
	wDays    = words("أيام", "يوم")
	wWaqt    = normalize("وقت")
	wOn      = words("من", "على", "عن", "لـ", "ل")
	wAnd     = normalize("و")
	wMa      = normalize("ما")
	wBetween = normalize("بين")
	wTo      = words("إلى", "الى", "حتى", "وحتى", "لغاية", "ولغاية", "وإلى", "والى", "إلي")
	wNow     = words("الآن", "الان", "اللحظة")
	wAla     = normalize("على")
	wMada    = words("مدى", "مدار", "امتداد")
	wSingle  = valued(map[string]int{"يوم": 1, "أسبوع": 2, "اسبوع": 2, "شهر": 3, "عام": 4, "سنة": 4})
	wThisAl  = words("الحالي", "الجاري")
	wSame    = words("نفسه", "نفسها", "ذاته", "ذاتها")

	wAwwal          = words("أول", "اول", "وأول")
	wAmsOnly        = words("أمس", "الأمس")
	wAmsBariha      = words("أمس", "البارحة")
	wBaad           = words("بعد", "وبعد")
	wGhad           = words("غد", "الغد", "غدا")
	wFirst          = words("الأول")
	wYawm           = words("يوم")
	wDaysLead       = words("يومي", "أيام", "ايام")
	wBetweenFrom    = words("بين", "من")
	wPeriod         = words("الفترة", "فترة")
	wPeriodNext     = words("من", "بين", "ما")
	yearLeads       = words("في", "خلال", "وخلال", "منذ", "حتى", "قبل", "بعد", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية", "بداية", "ربيع", "صيف", "خريف", "شتاء")
	wFirstLast      = words("أول", "آخر")
	wFiSet          = words("في")
	wOne            = words("واحد", "واحدة")
	wAgo            = words("منذ", "قبل")
	wAfter          = words("بعد")
	wOnFrom         = words("على", "من")
	wWith           = words("مع")
	wHulul          = words("حلول")
	wBefore         = words("قبل")
	wAlaSet         = words("على")
	wAshra          = words("عشرة")
	wTamam          = words("تمام")
	wClockWords     = words("الواحدة", "العاشرة")
	wTeen           = words("عشرة", "عشر")
	wClockFractions = words("والنصف", "والربع", "إلا", "الا", "ربعا", "ونصف")
	wRaqm           = words("رقم")
	nHadi           = normalize("الحادي")
	nWahid          = normalize("الواحد")
	nToday          = normalize("اليوم")
	nWali           = normalize("والي")
	nLam            = normalize("ل")
	nLamT           = normalize("لـ")
	nSaa            = normalize("ساعة")
)

// weakSupport are the words before a weak month name that make it a month.
var weakSupport = words("في", "وفي", "خلال", "منذ", "حتى", "من", "شهر", "بشهر", "وشهر", "أواخر", "أوائل", "منتصف", "مطلع", "نهاية", "بداية", "مع", "قبل", "بعد", "الى", "إلى")

// ---- components ----

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

// ---- recognisers ----

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
	if v == 0 {
		// "اليوم الأول", "اليوم الوطني", "اليوم التالي", "اليوم السابق" and
		// "اليوم نفسه" are not today; "حتى اليوم" is handled by deadline.
		if nw := p.w(j + 1); strings.HasPrefix(nw, wAl) {
			if _, wd := weekdays[nw]; !wd {
				return 0, i, false
			}
		}
		if p.is(j+1, wSame) {
			return 0, i, false
		}
		if strings.HasPrefix(w, "و") && w != nToday && !strings.HasPrefix(w, nWali) {
			return 0, i, false
		}
	}
	return v, j + 1, true
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
		if d, end, ok := p.calDate(k); ok {
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
// "أكتوبر (تشرين الأول) من العام الماضي", "في أكتوبر الماضي",
// "رمضان 1446 هـ", "في نوفمبر".
func (p *parser) monthYear(i int) (match, bool) {
	return p.monthYearAt(i, false)
}

func (p *parser) monthYearAt(i int, allowWeak bool) (match, bool) {
	mh, k, ok := p.monthAt(i)
	if !ok {
		return match{}, false
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
			return match{}, false
		}
	}
	d, rel, r := p.resolve(x)
	if d.IsZero() && x.y != 0 {
		return match{}, false
	}
	return match{first: i, end: k, date: d, rel: rel, reason: r}, true
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
		} else if m, ok := p.monthYearAt(k, true); ok && !m.date.IsZero() {
			mdate, rel, end = m.date, m.rel, m.end
			// A Hijri month's first day is not the first of its Gregorian
			// months: resolve it again in its own calendar.
			if mh, _, ok := p.monthAt(k); ok && mh.hijri {
				x := dmy{m: mh.m, hijri: true, d: 1, how: p.tenseHow()}
				if _, ok := p.yearTail(m.end, &x); !ok {
					y2 := dmy{m: mh.m, hijri: true, how: p.tenseHow()}
					p.yearTail(func() int { _, e, _ := p.monthAt(k); return e }(), &y2)
					if y2.y != 0 {
						x.y = y2.y
					}
				}
				if x.y == 0 {
					hy, _, _ := DayToHijri(mdate.Start)
					hy2, _, _ := DayToHijri(mdate.End)
					// The Hijri month inside the Gregorian span.
					for _, yy := range []int{hy, hy2} {
						if s, err := HijriToDay(yy, mh.m, 1); err == nil && s >= mdate.Start && s <= mdate.End {
							x.y = yy
						}
					}
				}
				if pt == partLate {
					x.d = HijriMonthDays(x.y, x.m)
				}
				if d, err := HijriToDay(x.y, x.m, x.d); err == nil {
					return match{first: i, end: end, date: dayDate(d), rel: rel, reason: fmt.Sprintf("%s day of hijri month %d %d → %s", partNames[pt], x.m, x.y, d)}, true
				}
				return match{}, false
			}
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
	if p.is(end, wOn) || p.is(end, wOnFrom) {
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

// inner returns the positive date expression starting at i, for since and
// deadline to wrap.
func (p *parser) inner(i int) (match, bool) {
	m, ok := p.best(i, false)
	if !ok || m.excl {
		return match{}, false
	}
	return m, true
}

// since reads "منذ عام 2022", "منذ 2014", "منذ يونيو الماضي": a starting
// point, not the event's date.
func (p *parser) since(i int) (match, bool) {
	if !p.has(i, sinceWords, cliticsConj) {
		return match{}, false
	}
	if y, end, _, ok := p.yearNum(i + 1); ok && y > 0 {
		return match{first: i, end: end, excl: true, reason: "starting point (منذ)"}, true
	}
	m, ok := p.inner(i + 1)
	if !ok {
		return match{}, false
	}
	return match{first: i, end: m.end, excl: true, reason: "starting point (منذ): " + m.reason}, true
}

// deadline reads "حتى عام 2036", "بحلول 2030", "قبل نهاية العام",
// "حتى اليوم": an end bound, not the event's date.
func (p *parser) deadline(i int) (match, bool) {
	j := i
	switch {
	case p.has(j, deadlineWords, cliticsConj):
		j++
	case p.has(j, wWith, cliticsConj) && p.is(j+1, wHulul):
		j += 2
	default:
		return match{}, false
	}
	if p.has(j-1, wBefore, cliticsConj) {
		if _, _, _, ok := p.countUnit(j); ok {
			return match{}, false // "قبل أسبوع" is ago
		}
	}
	if p.is(j, wNow) {
		return match{}, false
	}
	if y, end, _, ok := p.yearNum(j); ok && y > 0 {
		return match{first: i, end: end, excl: true, reason: "deadline or end bound"}, true
	}
	m, ok := p.inner(j)
	if !ok {
		return match{}, false
	}
	if p.has(i, wBefore, cliticsConj) && m.rel && m.anchored {
		return match{}, false
	}
	return match{first: i, end: m.end, excl: true, reason: "deadline or end bound: " + m.reason}, true
}

// plan reads "خطة عام 2025", "رؤية 2030", "استراتيجية 2040",
// "موازنة 2025".
func (p *parser) plan(i int) (match, bool) {
	if !p.has(i, planWords, cliticsAll) {
		return match{}, false
	}
	j := i + 1
	if p.has(j, yearWords, cliticsAll) {
		j++
	}
	if _, end, _, ok := p.yearNum(j); ok {
		return match{first: i, end: end, excl: true, reason: "year of a plan, vision or budget"}, true
	}
	return match{}, false
}

// duration reads "لمدة 3 سنوات", "خلال 10 أيام", "على مدى يومين",
// "لمدة عامين".
func (p *parser) duration(i int) (match, bool) {
	j := i
	switch {
	case p.has(j, durationWords, cliticsConj):
		j++
	case p.has(j, wAlaSet, cliticsConj) && p.is(j+1, wMada):
		j += 2
	default:
		return match{}, false
	}
	if _, _, end, ok := p.countUnit(j); ok {
		if _, single := wSingle[p.w(j)]; single && end == j+1 {
			return match{}, false // "خلال عام 2024" is a year; "خلال شهر" is vague
		}
		return match{first: i, end: end, excl: true, reason: "duration"}, true
	}
	if p.has(j, hourUnits, cliticsNone) && p.w(j) != nSaa {
		return match{first: i, end: j + 1, excl: true, reason: "duration"}, true // "لمدة ساعتين"
	}
	if t, ok := p.num(j); ok && t.val > 0 {
		if p.has(j+1, hourUnits, cliticsNone) {
			return match{first: i, end: j + 2, excl: true, reason: "duration"}, true
		}
	}
	return match{}, false
}

// numUnit reads a number followed by a unit: "21 عاماً", "43 في المائة",
// "7500 كيلومتر", "2 مليار دولار", "3 ساعات".
func (p *parser) numUnit(i int) (match, bool) {
	j := i
	if (p.w(j) == wAl || p.w(j) == wWal) && p.attachedNum(j+1) {
		j++
	}
	if _, ok := p.num(j); !ok {
		return match{}, false
	}
	k := j + 1
	if (p.punct(k, ".") || p.punct(k, ",")) && p.attachedNum(k+1) {
		k += 2
	}
	if p.punct(k, "-") && p.num2(k+1) {
		k += 2 // "3-4 أيام"
	}
	switch {
	case p.has(k, timeUnits, cliticsNone) || p.has(k, hourUnits, cliticsNone):
		return match{first: i, end: k + 1, excl: true, reason: "duration or age"}, true
	case p.punct(k, "%"):
		return match{first: i, end: k + 1, excl: true, reason: "percentage"}, true
	case p.w(k) == wFi && p.is(k+1, percentWords):
		return match{first: i, end: k + 2, excl: true, reason: "percentage"}, true
	case p.has(k, quantityUnits, cliticsAll):
		end := k + 1
		if p.has(end, quantityUnits, cliticsAll) {
			end++ // "مليار دولار"
		}
		return match{first: i, end: end, excl: true, reason: "quantity"}, true
	}
	return match{}, false
}

func (p *parser) num2(i int) bool { _, ok := p.num(i); return ok }

var femOrdinals = words("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية", "السنوية", "المئوية", "الألفية")

// anniversary reads "الذكرى الثمانين", "الذكرى السنوية الـ30",
// "الذكرى الخامسة والسبعين".
func (p *parser) anniversary(i int) (match, bool) {
	if !p.has(i, anniversaryWords, cliticsAll) {
		return match{}, false
	}
	end := i + 1
	for k := i + 1; k < i+5 && k < len(p.toks); k++ {
		w := p.w(k)
		switch {
		case p.num2(k):
			end = k + 1
			continue
		case w == wAl || w == wWal:
			continue
		case p.is(k, femOrdinals) || p.is(k, ordinalTens) || p.is(k, ordinalUnits) || p.is(k, ordinalTwnty) || p.is(k, ordinalTeen) || p.is(k, wAshra):
			end = k + 1
			continue
		case (strings.HasPrefix(w, wAl) || strings.HasPrefix(w, wWal)) && (strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون")):
			end = k + 1
			continue
		}
		break
	}
	if end == i+1 {
		return match{}, false
	}
	return match{first: i, end: end, excl: true, reason: "anniversary"}, true
}

// age reads "عن عمر ناهز 93", "البالغ من العمر 70 عاماً".
func (p *parser) age(i int) (match, bool) {
	if !p.has(i, ageWords, cliticsAll) {
		return match{}, false
	}
	for k := i + 1; k <= i+4 && k < len(p.toks); k++ {
		if p.toks[k].kind == tokPunct {
			return match{}, false
		}
		if _, ok := p.num(k); ok {
			end := k + 1
			if p.has(end, timeUnits, cliticsNone) {
				end++
			}
			return match{first: i, end: end, excl: true, reason: "age"}, true
		}
	}
	return match{}, false
}

// clock reads a time of day: "الساعة 10 صباحاً", "الساعة العاشرة",
// "10:30".
func (p *parser) clock(i int) (match, bool) {
	j := i
	lead := false
	if p.has(j, wTamam, cliticsConj) {
		j, lead = j+1, true
	}
	if p.has(j, hourWords, cliticsAll) {
		j, lead = j+1, true
	}
	end := -1
	if t, ok := p.num(j); ok && t.digits <= 2 {
		end = j + 1
		if p.punct(end, ":") && p.attachedNum(end+1) {
			end += 2
		} else if !lead {
			return match{}, false
		}
	} else if lead && (p.is(j, femOrdinals) || p.is(j, wClockWords)) {
		end = j + 1
		if p.is(end, wTeen) {
			end++
		}
	}
	if end < 0 {
		return match{}, false
	}
	for p.is(end, clockParts) || p.is(end, wClockFractions) {
		end++
	}
	return match{first: i, end: end, excl: true, reason: "time of day"}, true
}

// refNumber reads "القرار 2254", "رقم 2024": numbers that name things.
func (p *parser) refNumber(i int) (match, bool) {
	if !p.has(i, refNounWords, cliticsAll) {
		return match{}, false
	}
	j := i + 1
	if p.is(j, wRaqm) {
		j++
	}
	if _, ok := p.num(j); ok {
		return match{first: i, end: j + 1, excl: true, reason: "reference number"}, true
	}
	return match{}, false
}

// named reads a day and month that name an event or a place rather than
// date the sentence: "ثورة 25 يناير", "مدينة 6 أكتوبر", "هجمات 11 سبتمبر".
// Without a year such a date would be completed to the wrong year.
func (p *parser) named(i int) (match, bool) {
	if !p.has(i, nameWords, cliticsAll) {
		return match{}, false
	}
	x, end, ok := p.dmyAt(i + 1)
	if !ok || x.y != 0 || x.yearRel {
		return match{}, false
	}
	return match{first: i, end: end, excl: true, reason: "a date that names an event or place"}, true
}

// definiteBefore reports that the word before token i is a definite noun
// (other than a weekday or a part of the day), which an ordinal at i would
// qualify.
func (p *parser) definiteBefore(i int) bool {
	w := p.w(i - 1)
	if w == "" || !p.attachedWord(i) {
		return false
	}
	if p.has(i-1, weekdays, cliticsAll) || p.has(i-1, dayParts, cliticsConj) {
		return false
	}
	for _, pre := range [...]string{"ال", "وال", "فال", "بال", "لل", "وبال", "ولل", "كال"} {
		if strings.HasPrefix(w, pre) && len(w) > len(pre)+2 {
			return true
		}
	}
	return false
}

// attachedWord reports that token i follows token i-1 with only
// whitespace between (no punctuation token).
func (p *parser) attachedWord(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i-1].kind == tokWord
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
