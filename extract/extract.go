package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/extract/trigger"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// Extractor reads articles into events. Build it with New.
type Extractor struct {
	g *gazetteer.Gazetteer
}

// New returns an extractor that resolves mentions with g; a nil g means
// gazetteer.Default().
func New(g *gazetteer.Gazetteer) *Extractor {
	if g == nil {
		g = gazetteer.Default()
	}
	return &Extractor{g: g}
}

// sentence is one sentence of an article and what the stages found in it.
type sentence struct {
	text    string // the sentence
	base    int    // its offset in the article text
	toks    []arabic.Token
	ments   []gazetteer.Mention
	trigs   []trigger.Trigger
	exprs   []temporal.Expr
	filed   *temporal.Expr    // the dateline the sentence opens with, or nil
	clause  []int             // clause number of each token
	generic []trigger.Trigger // plural trigger nouns: no events of their own
	cands   [][]string        // memo of forms()
	matched bool              // ments has been computed
	acts    []actor           // memo of sentenceActors
	actsOK  bool
	kind    page.Kind
	section int
	line    int          // index of the page line
	ref     timeline.Day // reference day for relative dates; 0 unknown
	// background holds token ranges [lo, hi) that name another event
	// as the setting of this one: their names are not its parties.
	background [][2]int
	// before holds the sentences before this one in its section, for
	// resolving bare role phrases.
	before []*sentence
	// secCue is the country the section names of Jordan and Oman, if
	// only one: "JOR", "OMN" or "" (see resolveAmman).
	secCue string
}

// sectionState carries context from sentence to sentence in a section.
type sectionState struct {
	events  []*draft // events assembled so far, in order
	prev    *sentence
	history []*sentence // the sentences before, in order
}

// Extract reads one article. The events come back merged within the
// article and normalised; an article without events gives an empty Result
// and no error.
func (x *Extractor) Extract(a *timeline.Article) (*Result, error) {
	if a == nil {
		return nil, ErrNilArticle
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, fmt.Errorf("extract %s: %w", a.ID, ErrNoText)
	}
	layout := page.Clean(a.Text)
	var drafts []*draft
	for si, sec := range layout.Sections {
		ref := x.sectionRef(layout, si, a.Published)
		st := &sectionState{}
		secCue := ""
		if sec.First < sec.Last {
			secCue = x.sectionCue(a.Text[layout.Lines[sec.First].Start:layout.Lines[sec.Last-1].End])
		}
		for li := sec.First; li < sec.Last; li++ {
			ln := layout.Lines[li]
			if !ln.Kind.Kept() {
				continue
			}
			lineRef := ref
			if ln.Kind == page.KindList {
				lineRef = 0 // headline lists carry no date of the page
			}
			split := page.Sentences
			if ln.Kind == page.KindBody {
				split = page.BodySentences
			}
			for _, sp := range split(a.Text, ln.Start, ln.End) {
				s := x.analyse(a.Text, sp, ln.Kind, si, li, lineRef, secCue)
				s.before = st.history
				ds := x.assemble(a, s, st)
				x.joinDelegates(s, st)
				st.events = append(st.events, ds...)
				drafts = append(drafts, ds...)
				st.prev = s
				st.history = append(st.history, s)
			}
		}
	}
	drafts = mergeDrafts(drafts)
	res := &Result{Layout: layout}
	for _, d := range drafts {
		ev, ex := d.finish()
		res.Events = append(res.Events, ev)
		res.Explanations = append(res.Explanations, ex)
	}
	return res, nil
}

// analyse runs the token-level stages over one sentence.
func (x *Extractor) analyse(text string, sp page.Span, kind page.Kind, sec, line int, ref timeline.Day, secCue string) *sentence {
	s := &sentence{text: text[sp.Start:sp.End], base: sp.Start, kind: kind, section: sec, line: line, ref: ref, secCue: secCue}
	s.toks = arabic.Tokenize(s.text)
	found := trigger.Find(s.toks)
	if len(found) == 0 {
		return s // mentions are matched later, if a later sentence needs them
	}
	s.clause = clauses(s.toks)
	x.ensureMentions(s)
	for _, t := range found {
		if t.Plural && !s.bilateralSeries(t) {
			s.generic = append(s.generic, t)
			continue
		}
		if t.Negated || t.Hypothetical || insideName(t, s.ments) {
			continue
		}
		s.trigs = append(s.trigs, t)
	}
	if len(s.trigs) == 0 {
		return s
	}
	tense := temporal.TenseUnknown
	for _, t := range s.trigs {
		if t.Planned {
			tense = temporal.TenseFuture
			break
		}
		if t.Past {
			tense = temporal.TensePast
		}
	}
	if tense == temporal.TenseUnknown {
		if trigger.Planned(s.toks) {
			tense = temporal.TenseFuture
		} else if hasPastCue(s.toks) {
			tense = temporal.TensePast
		}
	}
	s.exprs = temporal.Find(s.text, temporal.Context{Ref: ref, Tense: tense})
	if kind == page.KindBody && len(s.exprs) > 0 {
		if end, ok := datelineEnd(s.text, s.exprs[0]); ok {
			// The dateline is when the report was filed, not an event's
			// date.
			filed := s.exprs[0]
			s.filed = &filed
			s.exprs = slices.DeleteFunc(s.exprs, func(e temporal.Expr) bool { return e.End <= end })
		}
	}
	s.ments = dropInsideDates(s.ments, s.exprs)
	return s
}

// ensureMentions matches the gazetteer over the sentence once.
func (x *Extractor) ensureMentions(s *sentence) {
	if !s.matched {
		s.ments = x.g.Match(s.toks)
		x.resolveAmman(s)
		s.matched = true
	}
}

// sentenceActors returns the actors of a whole sentence, resolved on its
// reference day, computed once.
func (x *Extractor) sentenceActors(s *sentence) []actor {
	if !s.actsOK {
		x.ensureMentions(s)
		if s.clause == nil {
			s.clause = clauses(s.toks)
		}
		s.acts, _ = x.mentionsIn(s, 0, len(s.toks), s.ref, map[int]bool{})
		s.actsOK = true
	}
	return s.acts
}

// lookback is how many sentences back prevActors looks for parties.
const lookback = 8

// prevActors returns the actors of the latest sentence before the current
// one that names a party, within lookback sentences.
func (x *Extractor) prevActors(st *sectionState) []actor {
	for i := len(st.history) - 1; i >= 0 && i >= len(st.history)-lookback; i-- {
		if acts := x.sentenceActors(st.history[i]); len(partySet(acts)) > 0 {
			return acts
		}
	}
	return nil
}

// clauseWords begin a new clause inside a sentence: "إذ", "بينما",
// "فيما", "حيث", "لكن", "فإن", "كما" (and "في حين", in clauses). Dates and parties are not borrowed
// across them.
var clauseWords = map[string]bool{
	"اذ": true, "اذا": true, "بينما": true, "فيما": true, "حيث": true, "لكن": true, "لكنه": true,
	"لكنها": true, "ولكن": true, "فان": true, "فانه": true, "فانها": true, "كما": true,
}

// clauses numbers the clauses of a token run.
func clauses(toks []arabic.Token) []int {
	out := make([]int, len(toks))
	c := 0
	for i, t := range toks {
		n := t.Norm
		// "في حين": while, whereas.
		whereas := n == "حين" && i > 0 && (toks[i-1].Norm == "في" || toks[i-1].Norm == "وفي")
		if whereas || clauseWords[n] || (len(n) > 2 && (n[:2] == "و" || n[:2] == "ف") && clauseWords[n[2:]]) {
			if i > 0 {
				c++
			}
		}
		out[i] = c
	}
	return out
}

// clauseSpan returns the token range [lo, hi) of clause c.
func (s *sentence) clauseSpan(c int) (int, int) {
	lo, hi := -1, len(s.toks)
	for i, k := range s.clause {
		if k == c && lo < 0 {
			lo = i
		}
		if k > c {
			hi = i
			break
		}
	}
	if lo < 0 {
		lo = 0
	}
	return lo, hi
}

// pastCues are past-tense verbs of holding and taking part that date a
// noun trigger in the past: "كان لقاء هلسنكي قد عقد يوم الاثنين".
var pastCues = map[string]bool{
	"كان": true, "كانت": true, "عقد": true, "عقدت": true, "انعقد": true, "انعقدت": true,
	"جري": true, "جرت": true, "اجري": true, "اجرت": true, "اجريا": true, "شارك": true, "شاركت": true,
	"تم": true, "احتضنت": true, "احتضن": true, "استضافت": true, "استضاف": true, "انطلقت": true,
	"اختتمت": true, "اختتم": true, "شهدت": true, "شهد": true,
}

func hasPastCue(toks []arabic.Token) bool {
	for _, t := range toks {
		for _, c := range arabic.Candidates(t.Norm) {
			if pastCues[c] {
				return true
			}
		}
	}
	return false
}

// dropInsideDates removes mentions that lie inside a date expression: a
// month name is nobody's alias ("16 مايو 2024" does not name Di Maio).
func dropInsideDates(ms []gazetteer.Mention, es []temporal.Expr) []gazetteer.Mention {
	out := ms[:0]
	for _, m := range ms {
		inside := false
		for _, e := range es {
			if m.Start >= e.Start && m.End <= e.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// insideName reports whether a trigger lies inside an entity name
// ("منظمة معاهدة الأمن الجماعي").
func insideName(t trigger.Trigger, ms []gazetteer.Mention) bool {
	for _, m := range ms {
		if m.Via == gazetteer.ViaRole {
			continue
		}
		if t.TokStart >= m.TokStart && t.TokEnd <= m.TokEnd {
			return true
		}
	}
	return false
}

// sectionRef returns the reference day of section si. An article's own
// dateline — a short line near the top of its section that is a full date
// ("2025-02-02", "الرياض 2 فبراير/ سانا"), within datelineWindow days
// before the publication day — makes that day the reference: a page
// published on the 4th showing an article of the 2nd reads "اليوم" as the
// 2nd. Otherwise the publication day, except that a section after the
// first whose captions, headlines or datelines carry a full date later
// than the publication day (an aggregated page showing a later article)
// takes the latest such date. When the publication day is unknown, any
// section takes its latest full date.
func (x *Extractor) sectionRef(l *page.Layout, si int, published timeline.Day) timeline.Day {
	sec := l.Sections[si]
	var best, dateline, lead timeline.Day
	for li := sec.First; li < sec.Last; li++ {
		ln := l.Lines[li]
		text := l.Text[ln.Start:ln.End]
		if li-sec.First < datelineLines && ln.Kind == page.KindBody && lead == 0 {
			// "واشنطن 12 شباط (بترا) - التقى …": a dateline opening the
			// first paragraph, the article's own, before a site header's
			// date line.
			if d, _, ok := leadingDateline(text, published); ok {
				lead = d.Start
			}
		}
		top := li-sec.First < datelineLines && ln.Kind != page.KindBody
		if ln.Kind != page.KindCaption && ln.Kind != page.KindDuplicate && ln.Kind != page.KindHeadline && !top {
			continue
		}
		for _, e := range temporal.Find(text, temporal.Context{}) {
			if e.Excluded || e.Relative || e.Date.Precision != timeline.PrecisionDay {
				continue
			}
			if e.Date.Start > best {
				best = e.Date.Start
			}
			if top && dateline == 0 && len(arabic.Tokenize(text)) <= datelineWords {
				dateline = e.Date.Start
			}
		}
	}
	if lead != 0 {
		dateline = lead
	}
	switch {
	case published == 0:
		return best
	case dateline != 0 && dateline <= published && dateline >= published-datelineWindow:
		return dateline
	case si > 0 && best > published+1:
		return best
	}
	return published
}

// datelineLines, datelineWords and datelineWindow bound an article's
// dateline: among the first lines of its section, short, and at most a
// month before the publication day.
const (
	datelineLines  = 6
	datelineWords  = 12
	datelineWindow = 31
)

// datelineSeparators end a dateline: "واشنطن 12 شباط (بترا) -".
const datelineSeparators = "-–—/(:|"

// leadingDateline reads a dateline at the start of a paragraph (see
// datelineEnd), resolving a missing year from ref. It returns the date and
// the byte offset where the dateline ends in text.
func leadingDateline(text string, ref timeline.Day) (timeline.Date, int, bool) {
	head := text
	if len(head) > 160 {
		head = head[:160]
	}
	es := temporal.Find(head, temporal.Context{Ref: ref, Tense: temporal.TensePast})
	if len(es) == 0 {
		return timeline.Date{}, 0, false
	}
	end, ok := datelineEnd(head, es[0])
	return es[0].Date, end, ok
}

// datelineEnd reports whether e, the first date expression of text, opens
// it as a dateline: at most three words of place before it, a full date
// not counted from the reference day, then a separator or an agency in
// parentheses. It returns the byte offset where the dateline ends.
func datelineEnd(text string, e temporal.Expr) (int, bool) {
	if e.Excluded || e.Date.Precision != timeline.PrecisionDay || len(arabic.Tokenize(text[:e.Start])) > 3 || relativeWords(e.Text) {
		return 0, false
	}
	for i, r := range text[e.End:] {
		if i > 40 {
			break
		}
		if strings.ContainsRune(datelineSeparators, r) {
			return e.End + i + utf8.RuneLen(r), true
		}
	}
	return 0, false
}

// relativeWords reports an expression that counts from the reference day
// ("أمس", "اليوم الخميس"): no dateline names the day that way.
func relativeWords(text string) bool {
	for _, t := range arabic.Tokenize(text) {
		n := strings.TrimPrefix(t.Norm, "و")
		if pastWords[n] || futureWords[n] {
			return true
		}
	}
	return false
}

// pastWords mark a date expression counted back from, or at, the
// reference day: "أمس", "اليوم", "الشهر الماضي", "الشهر الجاري".
var pastWords = map[string]bool{
	"امس": true, "اليوم": true, "البارحه": true, "الماضي": true, "الماضيه": true, "الجاري": true, "الحالي": true,
}
