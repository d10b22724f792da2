package temporal

import (
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
	// lastYear is the Gregorian year of the latest date read so far, for
	// "من العام ذاته" (of the same year); 0 before any.
	lastYear int
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
		(*parser).border,
		(*parser).coverage,
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
		nameWords, halfWords, ghurraWords, borderWords, coverWords,
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
	// Frequent particles start an expression only before one word:
	// "في وقت سابق", "ما بين", "مع حلول", "على مدى".
	switch t.norm {
	case wFi, wFiW:
		return p.w(i+1) == wWaqt
	case wMa:
		return p.w(i+1) == wBetween
	case wMaa:
		return p.is(i+1, wHulul)
	case wAlaW:
		return p.is(i+1, wMada)
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
		if !m.excl && !m.date.IsZero() {
			p.lastYear, _, _ = m.date.Start.Civil()
		}
		i = m.end
	}
	return out
}

// best returns the longest match starting at token i. Negative (excluding)
// recognisers run first, and only when all is set, so they win ties ("رؤية
// 2030" is a plan before it is a year); among the rest the one listed
// first wins.
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
	wMada    = words("مدى", "مدار", "امتداد")
	wSingle  = valued(map[string]int{"يوم": 1, "أسبوع": 2, "اسبوع": 2, "شهر": 3, "عام": 4, "سنة": 4})
	wThisAl  = words("الحالي", "الجاري")
	wSame    = words("نفسه", "نفسها", "ذاته", "ذاتها")
	// wSameBefore say "the same" before a noun: "نفس اليوم", "ذات العام".
	wSameBefore = words("نفس", "ذات")

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
	nGhada          = normalize("غدا")
	wFiW            = normalize("وفي")
	wMaa            = normalize("مع")
	wAlaW           = normalize("على")
)

// weakSupport are the words before a weak month name that make it a month.
var weakSupport = words("في", "وفي", "خلال", "منذ", "حتى", "من", "شهر", "بشهر", "وشهر", "أواخر", "أوائل", "منتصف", "مطلع", "نهاية", "بداية", "مع", "قبل", "بعد", "الى", "إلى")

// definiteBefore reports that the word before token i is a definite noun
// (other than a weekday or a part of the day), which an ordinal at i would
// qualify.
func (p *parser) definiteBefore(i int) bool {
	if !p.attachedWord(i) || p.has(i-1, weekdays, cliticsAll) || p.has(i-1, dayParts, cliticsConj) {
		return false
	}
	return isDefinite(p.w(i - 1))
}

// notNouns begin with ال but are not definite nouns.
var notNouns = words("إلى", "الى", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان", "اللذان", "اللواتي", "اللاتي", "إلا", "الا", "الآن", "الان")

// isDefinite reports whether the normalised word w is a definite noun or
// adjective: ال (after an optional و ف ب ك or ل's لل) and at least two
// more letters.
func isDefinite(w string) bool {
	if _, ok := notNouns[w]; ok || w == "" {
		return false
	}
	for _, pre := range [...]string{"ال", "وال", "فال", "بال", "لل", "وبال", "ولل", "فلل", "كال"} {
		if strings.HasPrefix(w, pre) && len(w) >= len(pre)+4 {
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
