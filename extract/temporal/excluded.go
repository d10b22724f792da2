package temporal

import "strings"

// The recognisers below find expressions that look like dates but date no
// event; Find reports them with Excluded set.

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
	if _, end, _, ok := p.namedYear(i, planWords); ok {
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
	if e, ok := p.commemorated(end); ok {
		return match{first: i, end: e, excl: true, reason: "anniversary and the date of what it commemorates"}, true
	}
	if end == i+1 {
		return match{}, false
	}
	return match{first: i, end: end, excl: true, reason: "anniversary"}, true
}

// commemoratedSpan is how many words after an anniversary noun and its
// ordinal the date of the commemorated event may come.
const commemoratedSpan = 10

// commemorated finds, in the words from i to the next punctuation, a date
// with its own year: that of the event an anniversary commemorates
// ("الذكرى الـ75 لإقامة العلاقات الدبلوماسية بين البلدين عام 1949"), not
// of the event reported. It returns the end of that date.
func (p *parser) commemorated(i int) (int, bool) {
	for k := i; k < i+commemoratedSpan && k < len(p.toks); k++ {
		if p.toks[k].kind == tokPunct {
			return 0, false
		}
		if m, ok := p.inner(k); ok {
			return m.end, !m.rel
		}
	}
	return 0, false
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

// border reads a border or line named by the day it held: "حدود الرابع من
// يونيو 1967", "خطوط عام 1967", "حدود 1967". It dates no event of the
// sentence.
func (p *parser) border(i int) (match, bool) {
	y, end, j, ok := p.namedYear(i, borderWords)
	if j < 0 {
		return match{}, false
	}
	if ok && y > 0 {
		return match{first: i, end: end, excl: true, reason: "a border named by its date"}, true
	}
	m, ok := p.inner(j)
	if !ok || m.rel {
		return match{}, false
	}
	return match{first: i, end: m.end, excl: true, reason: "a border named by its date: " + m.reason}, true
}

// coverage reads the period a plan, programme or agreement covers: "للفترة
// 2022-2026", "للأعوام 2025-2027", "للفترة من 2024 إلى 2028". The ل of
// purpose makes it the period the thing is for, not the time of an event
// ("خلال الفترة من 3 إلى 5 مايو" is).
func (p *parser) coverage(i int) (match, bool) {
	if !p.has(i, coverWords, cliticsConj) {
		return match{}, false
	}
	m, ok := p.inner(i + 1)
	if !ok || m.rel {
		return match{}, false
	}
	return match{first: i, end: m.end, excl: true, reason: "the period a plan covers: " + m.reason}, true
}

// namedYear reads a word of set at i, an optional "عام" and a year: "خطة
// عام 2025", "حدود 1967". It returns the year and its end, and j, where the
// year was looked for (-1 when there is no word of set at i).
func (p *parser) namedYear(i int, set map[string]int) (y, end, j int, ok bool) {
	if !p.has(i, set, cliticsAll) {
		return 0, i, -1, false
	}
	j = i + 1
	if p.has(j, yearWords, cliticsAll) {
		j++
	}
	y, end, _, ok = p.yearNum(j)
	return y, end, j, ok
}
