package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/extract/trigger"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// draft is an event under construction.
type draft struct {
	typ      timeline.Type
	date     timeline.Date
	explicit bool // the date came from an expression of the sentence
	status   timeline.Status
	actors   []actor
	places   []placeRef
	sources  []timeline.Source
	evidence []Evidence
	weak     bool // only headline, list or caption sources
	firm     bool // the status was stated (a future cue, a past verb)
	conf     float64
	section  int
	ref      timeline.Day
}

// parties returns the set of countries and organisations of the draft.
func (d *draft) parties() map[string]bool {
	out := map[string]bool{}
	for _, a := range d.actors {
		if a.party != "" {
			out[a.party] = true
		}
	}
	return out
}

// group is a set of triggers of one sentence that announce one event.
type group struct {
	typ      timeline.Type
	trigs    []trigger.Trigger
	lo, hi   int // token scope
	clo, chi int // token range of the triggers' clauses
}

func (g *group) first() int { return g.trigs[0].TokStart }

// listWindow is how many words around a trigger of a long list line
// count for its parties.
const listWindow = 6

// summitAdjectives are adjectives that, right after "قمة", name the
// organisation whose summit it is: "القمة العربية" is the Arab League's,
// "قمة عربية إسلامية" the Arab League's and the OIC's. They are not
// demonyms anywhere else ("العربية" is also the language).
var summitAdjectives = map[string]string{
	"عربيه": "ARAB_LEAGUE", "اسلاميه": "OIC", "خليجيه": "GCC", "افريقيه": "AU",
	"اوروبيه": "EU", "اسيويه": "", "اطلسيه": "NATO",
}

// summitOrgs returns the organisations named by adjectives after a summit
// trigger.
func (x *Extractor) summitOrgs(s *sentence, t trigger.Trigger) []actor {
	if t.Type != timeline.TypeSummit || t.Verb {
		return nil
	}
	var out []actor
	for k := t.TokEnd; k < len(s.toks) && k < t.TokEnd+4; k++ {
		org, ok := "", false
		for _, c := range s.forms(k) {
			if o, hit := summitAdjectives[c]; hit {
				org, ok = o, true
			}
		}
		if !ok {
			if k == t.TokEnd {
				continue // "القمة الخليجية الخامسة", "قمة طارئة عربية"
			}
			break
		}
		if org == "" {
			continue
		}
		if _, known := x.g.Entity(org); !known {
			continue
		}
		tk := s.toks[k]
		out = append(out, actor{id: org, party: org, tok: k, field: Field{Value: org, Text: tk.Text,
			Start: s.base + tk.Start, End: s.base + tk.End, Reason: "adjective of a summit"}})
	}
	return out
}

// pronounSubjects are words that refer to parties named before.
var pronounSubjects = map[string]bool{
	"الزعيمان": true, "الزعيمين": true, "الجانبان": true, "الجانبين": true, "البلدان": true,
	"البلدين": true, "الطرفان": true, "الطرفين": true, "الرئيسان": true, "الرئيسين": true,
	"الوزيران": true, "الوزيرين": true, "الزعماء": true, "القاده": true, "الدولتان": true, "الدولتين": true,
}

// attachWords after a trigger noun introduce its parties.
var attachWords = map[string]bool{"بين": true, "مع": true, "ل": true}

// assemble builds the events of one sentence.
func (x *Extractor) assemble(a *timeline.Article, s *sentence, st *sectionState) []*draft {
	if len(s.trigs) == 0 {
		return nil
	}
	// Anaphoric triggers ("القمة" alone) refer to an earlier event.
	var live []trigger.Trigger
	var link *draft
	var linkTrig trigger.Trigger
	liveType := map[timeline.Type]bool{}
	for _, t := range s.trigs {
		// A definite noun with no antecedent in the section is a first
		// mention ("القمة العربية الطارئة", "الاتصال الهاتفي الذي جرى").
		firstMention := (t.Type == timeline.TypeSummit || t.Type == timeline.TypeCall) && latest(st.events, t.Type) == nil
		if t.Definite && !x.attached(s, t) && (liveType[t.Type] || !firstMention) {
			if liveType[t.Type] {
				continue // "هذا اللقاء" after "اجتماع" names the same event
			}
			// "على هامش القمة" lends the summit's date; "يلي القمة",
			// "سبق القمتين" place the event before or after it: no date.
			if d := topicOf(st.events, t.Type); d != nil && link == nil && !s.relationBefore(t.TokStart) {
				link, linkTrig = d, t
			}
			continue
		}
		live = append(live, t)
		liveType[t.Type] = true
	}
	groups := groupTriggers(s, live)
	var out []*draft
	var prev *draft
	for gi, g := range groups {
		d := x.build(a, s, st, g, link, linkTrig, prev, gi)
		if d != nil {
			out = append(out, d)
			prev = d
		}
	}
	return out
}

// attached reports whether a definite trigger noun has its own parties:
// a mention right after it, or "بين"/"مع" within two words, with no
// comma between.
func (x *Extractor) attached(s *sentence, t trigger.Trigger) bool {
	for _, m := range s.ments {
		// An adjective ("القمة الروسية", "القمة الخليجية") belongs to
		// the noun; a name right after a definite noun is the object of
		// the verb, not the noun's party.
		if m.TokStart == t.TokEnd && m.Via == gazetteer.ViaDemonym && !s.commaBetween(t.TokEnd-1, m.TokStart) {
			return true
		}
		// "القمة الخامسة والأربعين لقادة دول مجلس التعاون"
		if t.Type == timeline.TypeSummit && m.Kind == timeline.KindOrganisation && m.TokStart > t.TokEnd && m.TokStart <= t.TokEnd+5 &&
			!s.commaBetween(t.TokEnd-1, m.TokStart) {
			return true
		}
	}
	if len(x.summitOrgs(s, t)) > 0 {
		return true
	}
	for k := t.TokEnd; k < len(s.toks) && k <= t.TokEnd+1; k++ {
		if attachWords[s.toks[k].Norm] && !s.commaBetween(t.TokEnd-1, k) {
			return true
		}
	}
	return false
}

// commaBetween reports a comma or full stop in the text between tokens i
// and j.
func (s *sentence) commaBetween(i, j int) bool {
	if i < 0 || j >= len(s.toks) || i >= j {
		return false
	}
	return strings.ContainsAny(s.text[s.toks[i].End:s.toks[j].Start], "،,.:؛;")
}

// relationWords place one event before, after or beside another: "يلي
// القمة", "سبق القمتين", "بالتزامن مع قمة", "على هامش قمة".
var relationWords = map[string]bool{
	"يلي": true, "تلي": true, "بعد": true, "قبل": true, "سبق": true, "تسبق": true, "يسبق": true,
	"عقب": true, "اعقاب": true, "تلت": true, "سبقت": true, "مع": true, "بالتزامن": true, "هامش": true,
	"تبعه": true, "تلاه": true, "يليه": true, "قبيل": true,
}

// relationBefore reports a relation word right before token i.
func (s *sentence) relationBefore(i int) bool {
	if i == 0 {
		return false
	}
	for _, c := range s.forms(i - 1) {
		if relationWords[c] && c != "هامش" && c != "مع" {
			return true
		}
	}
	return false
}

// topicOf returns the event of the section an anaphoric "القمة" or
// "اللقاء" most likely means: of the same type, a dated one first, then
// the one reported by the most sentences so far, the earliest among equals.
func topicOf(ds []*draft, typ timeline.Type) *draft {
	count := map[string]int{}
	firstOf := map[string]*draft{}
	best, bestN := "", -1
	for _, d := range ds {
		if d.typ != typ {
			continue
		}
		k := d.key()
		if firstOf[k] == nil {
			firstOf[k] = d
		}
		count[k]++
		n := count[k]
		if !d.date.IsZero() {
			n += 1000
		}
		if n > bestN {
			best, bestN = k, n
		}
	}
	return firstOf[best]
}

// key identifies the real event a draft describes for topicOf: its type,
// date and parties.
func (d *draft) key() string {
	ps := make([]string, 0, 4)
	for p := range d.parties() {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	return d.typ.String() + "|" + d.date.String() + "|" + strings.Join(ps, ",")
}

// latest returns the most recent event of a compatible type.
func latest(ds []*draft, typ timeline.Type) *draft {
	for i := len(ds) - 1; i >= 0; i-- {
		if family(ds[i].typ) == family(typ) {
			return ds[i]
		}
	}
	return nil
}

// family groups the consultation types: a summit, meeting or call may be
// referred to by one another's words.
func family(t timeline.Type) int {
	switch t {
	case timeline.TypeSummit, timeline.TypeMeeting, timeline.TypeCall:
		return 1
	case timeline.TypeVisit:
		return 2
	}
	return 3
}

// groupTriggers forms the events of a sentence: a manner word makes
// meetings and summits calls; a meeting and a summit not separated by
// "هامش" (sidelines) are one summit; triggers of one type are one event.
// Each group's scope runs from its first trigger to the next group's (the
// first also owns the words before it).
func groupTriggers(s *sentence, ts []trigger.Trigger) []*group {
	if len(ts) == 0 {
		return nil
	}
	modeClause := map[int]bool{}
	for _, t := range ts {
		if t.Mode {
			modeClause[s.clause[t.TokStart]] = true
		}
	}
	if len(modeClause) > 0 {
		var kept []trigger.Trigger
		consult := map[int]bool{}
		for _, t := range ts {
			if t.Type == timeline.TypeSummit || t.Type == timeline.TypeMeeting || (t.Type == timeline.TypeCall && !t.Mode) {
				consult[s.clause[t.TokStart]] = true
			}
		}
		for _, t := range ts {
			c := s.clause[t.TokStart]
			if modeClause[c] && (t.Type == timeline.TypeSummit || t.Type == timeline.TypeMeeting) {
				t.Type = timeline.TypeCall
			}
			if t.Mode && consult[c] {
				continue
			}
			kept = append(kept, t)
		}
		ts = kept
	}
	var gs []*group
	find := func(typ timeline.Type) *group {
		for _, g := range gs {
			if g.typ == typ {
				return g
			}
		}
		return nil
	}
	for _, t := range ts {
		if g := find(t.Type); g != nil {
			g.trigs = append(g.trigs, t)
			continue
		}
		gs = append(gs, &group{typ: t.Type, trigs: []trigger.Trigger{t}})
	}
	// A meeting inside a summit's sentence is the summit, unless it is on
	// its sidelines.
	if sm, mt := find(timeline.TypeSummit), find(timeline.TypeMeeting); sm != nil && mt != nil {
		lo, hi := min(sm.first(), mt.first()), max(sm.first(), mt.first())
		sidelines := false
		for k := lo; k < hi; k++ {
			if slices.Contains(s.forms(k), "هامش") {
				sidelines = true
			}
		}
		// "لقاء ... في قمة": a meeting held at a summit; "بالتزامن مع
		// قمة", "بعد القمة": another event. "في إطار قمة" is the same.
		if at := sm.first() - 1; at >= 0 {
			w := s.toks[at].Norm
			if mt.first() < sm.first() && (w == "في" || w == "خلال" || w == "ضمن") {
				sidelines = true
			}
			for _, c := range s.forms(at) {
				if relationWords[c] {
					sidelines = true
				}
			}
		}
		if !sidelines {
			sm.trigs = append(sm.trigs, mt.trigs...)
			slices.SortFunc(sm.trigs, func(a, b trigger.Trigger) int { return a.TokStart - b.TokStart })
			gs = slices.DeleteFunc(gs, func(g *group) bool { return g == mt })
		}
	}
	// "اتفقا على …" (they agreed to …) in a sentence that reports a call,
	// meeting, summit or visit is the outcome of those talks, not a signed
	// accord: the agreement goes when its only evidence is that verb.
	if ag := find(timeline.TypeAgreement); ag != nil && len(gs) > 1 && agreedOnly(ag) {
		gs = slices.DeleteFunc(gs, func(g *group) bool { return g == ag })
	}
	slices.SortFunc(gs, func(a, b *group) int { return a.first() - b.first() })
	for i, g := range gs {
		g.lo, g.hi = g.first(), len(s.toks)
		if i == 0 {
			g.lo = 0
		}
		if i+1 < len(gs) {
			g.hi = gs[i+1].first()
		}
		// Parties and dates stay inside the clauses of the triggers.
		clo, _ := s.clauseSpan(s.clause[g.first()])
		_, chi := s.clauseSpan(s.clause[g.trigs[len(g.trigs)-1].TokStart])
		g.lo, g.hi = max(g.lo, clo), min(g.hi, chi)
		g.clo, g.chi = clo, chi
	}
	return gs
}

// build assembles the event of one trigger group, or returns nil when it
// lacks the parties an event needs.
func (x *Extractor) build(a *timeline.Article, s *sentence, st *sectionState, g *group,
	link *draft, linkTrig trigger.Trigger, prev *draft, gi int) *draft {
	d := &draft{typ: g.typ, section: s.section, ref: s.ref}
	ev := Evidence{Line: s.kind.String(), Section: s.section + 1}
	if s.ref != 0 {
		ev.Reference = s.ref.String()
	}
	// Trigger.
	var words []string
	strength := 0.0
	planned, cue := false, ""
	for _, t := range g.trigs {
		words = append(words, t.Word)
		strength = max(strength, t.Strength)
		if t.Planned && !planned {
			planned, cue = true, t.Cue
		}
	}
	t0 := g.trigs[0]
	ev.Trigger = Field{Value: g.typ.String(), Text: strings.Join(words, " … "),
		Start: s.base + t0.Start, End: s.base + t0.End, Reason: "trigger " + t0.Lemma}
	if g.typ == timeline.TypeCall && t0.Type != timeline.TypeCall {
		ev.Trigger.Reason += ", a call by its manner word"
	}
	if g.typ == timeline.TypeMeeting && s.leadersOfOrg(g.lo, g.hi) {
		g.typ, d.typ = timeline.TypeSummit, timeline.TypeSummit
		ev.Trigger.Value = g.typ.String()
		ev.Trigger.Reason += ", a summit: a meeting of an organisation's leaders"
	}

	// Date.
	date, dfield := x.pickDate(s, g, link, linkTrig)
	d.date, d.explicit = date, dfield.Text != "" && dfield.Start >= s.base && dfield.End <= s.base+len(s.text)
	if date.IsZero() && prev != nil && prev.explicit && s.continues(g) {
		date = prev.date
		dfield = Field{Value: date.String(), Text: prev.evidence[0].Date.Text, Start: prev.evidence[0].Date.Start,
			End: prev.evidence[0].Date.End, Reason: "the date of the event before in the sentence"}
	}
	if date.IsZero() && s.habitual(g) {
		return nil // "تعقد القمة كل عام": a habit, not an event
	}
	ev.Date = dfield
	day := s.ref
	if !date.IsZero() {
		day = date.Start + (date.End-date.Start)/2
	}

	// Actors and places.
	trigEnds := map[int]bool{}
	for _, t := range g.trigs {
		trigEnds[t.TokEnd] = true
	}
	lo, hi := g.lo, g.hi
	if s.kind == page.KindList && len(s.toks) > page.ShortLine {
		// A ticker line runs headlines together: keep to the words
		// around the trigger.
		lo, hi = max(lo, g.first()-listWindow), min(hi, g.trigs[len(g.trigs)-1].TokEnd+listWindow)
	}
	acts, places := x.mentionsIn(s, lo, hi, day, trigEnds)
	own := visitors(acts, x) // who travels, by the words of this event's own clause
	if g.typ == timeline.TypeSummit {
		for _, t := range g.trigs {
			acts = append(acts, x.summitOrgs(s, t)...)
		}
	}
	need := 2
	if g.typ == timeline.TypeSummit {
		need = 1
	}
	// "وصل بايدن إلى جدة … وشارك في قمة جدة": the subject of the event
	// before in the sentence takes part in this one too.
	if (len(partySet(acts)) < need || (g.typ == timeline.TypeSummit && !hasPerson(acts, x))) && gi > 0 && prev != nil {
		for _, p := range prev.actors {
			p.field.Reason += " (shared with the event before in the sentence)"
			acts = append(acts, p)
		}
	}
	if g.typ != timeline.TypeSummit && len(partySet(acts)) < need {
		var from *draft
		acts, from = x.carry(s, st, g, acts, &ev)
		// "الزعيمان" at the same occasion: the talks after the arrival
		// are on the day of the current story.
		if d.date.IsZero() && from != nil && !from.date.IsZero() && currentStory(from) {
			d.date, d.explicit = from.date, false
			ev.Date = Field{Value: from.date.String(), Reason: "the date of the event its parties are carried from"}
		}
	}

	// Visits: the destination is the host.
	switch g.typ {
	case timeline.TypeVisit:
		visitor := own
		var dest *placeRef
		for i := range places {
			p := &places[i]
			if visitor[p.country] {
				continue
			}
			if dest == nil || destRank(p) > destRank(dest) {
				dest = p
			}
		}
		if dest != nil {
			if !visitor[dest.country] {
				acts = append(acts, actor{id: dest.country, party: dest.country, tok: dest.tok,
					field: Field{Value: dest.country, Text: dest.field.Text, Start: dest.field.Start, End: dest.field.End, Reason: "host of the visit"}})
			}
			places = []placeRef{*dest}
		} else {
			places = nil
		}
	default:
		places = pickPlace(places)
		// "التقى … في أستانا على هامش قمة": the summit was there too.
		if len(places) == 0 && prev != nil && len(prev.places) > 0 && s.continues(g) {
			places = prev.places[:1]
		}
	}
	// The host of a multilateral summit takes part in it; a bilateral
	// summit in a third country (Geneva, Helsinki) does not make the host
	// a party.
	if ps := partySet(acts); g.typ == timeline.TypeSummit && len(places) > 0 && len(ps) > 0 && len(ps) != 2 {
		host := places[0].country
		if host != "" && !ps[host] {
			acts = append(acts, actor{id: host, party: host, field: Field{Value: host, Reason: "host of the summit"}})
		}
	}
	parties := partySet(acts)
	if len(parties) < need && !(g.typ == timeline.TypeSummit && len(places) > 0) {
		return nil
	}
	d.actors, d.places = acts, places

	// Status.
	switch {
	case planned:
		d.status, d.firm = timeline.StatusPlanned, true
		ev.Status = Field{Value: "planned", Text: cue, Reason: "future cue"}
	case !d.date.IsZero() && s.ref != 0 && d.date.Start > s.ref:
		d.status = timeline.StatusPlanned
		ev.Status = Field{Value: "planned", Reason: "date after the reference day " + s.ref.String()}
	default:
		d.status = timeline.StatusOccurred
		reason := "no future cue"
		if t0.Past {
			reason, d.firm = "past-tense verb", true
		}
		ev.Status = Field{Value: "occurred", Reason: reason}
	}

	for _, a := range acts {
		ev.Actors = append(ev.Actors, a.field)
	}
	for _, p := range places {
		ev.Places = append(ev.Places, p.field)
	}
	d.weak = s.kind != page.KindBody
	d.conf = confidence(strength, len(parties), d.explicit, !d.date.IsZero(), planned, s.kind, ev.Date.Reason)
	src := timeline.Source{Doc: a.ID, Published: a.Published, Sentence: s.text,
		Start: s.base, End: s.base + len(s.text), Confidence: d.conf}
	ev.Source = src
	d.sources = []timeline.Source{src}
	d.evidence = []Evidence{ev}
	return d
}

// carry completes the parties of an event whose sentence names too few:
// a pronoun subject ("الجانبان", "البلدان") or a dual verb takes the
// parties of the latest event of the section; a sentence with no party at
// all takes those of the sentence before it on the same line.
func (x *Extractor) carry(s *sentence, st *sectionState, g *group, acts []actor, ev *Evidence) ([]actor, *draft) {
	pron := ""
	for k := g.lo; k < g.hi && k < len(s.toks); k++ {
		for _, c := range s.forms(k) {
			if pronounSubjects[c] || pronounSubjects["ال"+c] {
				pron = s.toks[k].Text
			}
		}
	}
	for _, t := range g.trigs {
		if t.Verb && (strings.HasSuffix(t.Word, "ا") || strings.HasSuffix(t.Word, "ان")) && pron == "" {
			pron = t.Word
		}
	}
	var from []actor
	var src *draft
	reason := ""
	switch {
	case pron != "":
		for i := len(st.events) - 1; i >= 0; i-- {
			if len(st.events[i].parties()) >= 2 {
				from, reason = st.events[i].actors, "«"+pron+"» → the parties of the event before"
				src = st.events[i]
				break
			}
		}
		if prevAct := x.prevActors(st); from == nil && len(partySet(prevAct)) >= 2 {
			from, reason = prevAct, "«"+pron+"» → the parties of the sentence before"
		}
	case len(acts) == 0 && st.prev != nil && st.prev.line == s.line && len(partySet(x.prevActors(st))) >= 2 &&
		!s.pluralTrigger(g):
		from, reason = x.prevActors(st), "no party named: those of the sentence before"
	}
	for _, a := range from {
		a.field = Field{Value: a.id, Text: a.field.Text, Start: a.field.Start, End: a.field.End, Reason: reason}
		acts = append(acts, a)
	}
	return acts, src
}

// visitors returns the parties of the people (and role phrases) among
// actors: who travels on a visit.
func visitors(acts []actor, x *Extractor) map[string]bool {
	out := map[string]bool{}
	for _, a := range acts {
		if e, ok := x.g.Entity(a.id); ok && e.Kind == timeline.KindPerson {
			out[a.party] = true
		}
		if strings.HasPrefix(a.field.Reason, "role phrase") {
			out[a.party] = true
		}
	}
	return out
}

// hasPerson reports whether a person is among actors.
func hasPerson(acts []actor, x *Extractor) bool {
	for _, a := range acts {
		if e, ok := x.g.Entity(a.id); ok && e.Kind == timeline.KindPerson {
			return true
		}
	}
	return false
}

// destRank orders the candidates for a visit's destination: after "إلى"
// first, then a city, then a place after a preposition.
func destRank(p *placeRef) int {
	r := 0
	if p.toward {
		r += 4
	}
	if p.city {
		r += 2
	}
	if p.locative {
		r++
	}
	return r
}

// pluralTrigger reports a plural trigger noun in the group's clauses
// ("الاتفاقات", "لقاءات"): a generic mention that names no one event.
func (s *sentence) pluralTrigger(g *group) bool {
	for _, t := range s.generic {
		if t.TokStart >= g.clo && t.TokStart < g.chi {
			return true
		}
	}
	return false
}

// partySet returns the parties of actors.
func partySet(acts []actor) map[string]bool {
	out := map[string]bool{}
	for _, a := range acts {
		if a.party != "" {
			out[a.party] = true
		}
	}
	return out
}

// pickPlace keeps the best place of an event: a city first, then a
// country named after a preposition.
func pickPlace(ps []placeRef) []placeRef {
	var best *placeRef
	for i := range ps {
		p := &ps[i]
		if (!p.city && !p.locative) || p.toward || p.metonym {
			continue
		}
		if best == nil || placeRank(p) > placeRank(best) {
			best = p
		}
	}
	if best == nil {
		return nil
	}
	return []placeRef{*best}
}

// placeRank orders place mentions: a place after a locative preposition
// ("في القاهرة") is where the event was; a city named otherwise is often
// the topic ("إعادة إعمار غزة"). Among equals a city beats a country and
// the first mention wins.
func placeRank(p *placeRef) int {
	r := 0
	if p.locative {
		r += 2
	}
	if p.city {
		r++
	}
	return r
}

// pickDate chooses the date of a group: the expression nearest its
// triggers (inside its scope first); else the date of the event an
// anaphoric word refers to; else unknown.
func (x *Extractor) pickDate(s *sentence, g *group, link *draft, linkTrig trigger.Trigger) (timeline.Date, Field) {
	loB, hiB := 0, len(s.text)
	if g.lo > 0 && g.lo < len(s.toks) {
		loB = s.toks[g.lo].Start
	}
	if g.hi < len(s.toks) {
		hiB = s.toks[g.hi].Start
	}
	var best *temporal.Expr
	bestDist := 0
	for i := range s.exprs {
		e := &s.exprs[i]
		if e.Excluded || e.Date.IsZero() || s.sinceBetween(g, e) {
			continue
		}
		dist := len(s.text)
		for _, t := range g.trigs {
			dd := 0
			switch {
			case e.End <= t.Start:
				dd = t.Start - e.End
			case e.Start >= t.End:
				dd = e.Start - t.End
			}
			dist = min(dist, dd)
		}
		if e.Start < loB || e.End > hiB {
			if !s.inClauses(g, e.Start, e.End) {
				continue // another clause: not this event's date
			}
			dist += len(s.text) // outside the scope: only as a last resort
		}
		if best == nil || dist < bestDist {
			best, bestDist = e, dist
		}
	}
	if best != nil {
		return best.Date, Field{Value: best.Date.String(), Text: best.Text,
			Start: s.base + best.Start, End: s.base + best.End, Reason: best.Reason}
	}
	planned := false
	for _, t := range g.trigs {
		planned = planned || t.Planned
	}
	sameClause := linkTrig.TokStart >= g.clo && linkTrig.TokStart < g.chi
	if d, f, ok := s.offsetDate(g); ok {
		return d, f
	}
	if link != nil && sameClause && !link.date.IsZero() && (link.status == timeline.StatusOccurred || planned) {
		return link.date, Field{Value: link.date.String(), Text: linkTrig.Word,
			Start: s.base + linkTrig.Start, End: s.base + linkTrig.End,
			Reason: fmt.Sprintf("refers back to the %s dated before", link.typ)}
	}
	return timeline.Date{}, Field{Reason: "no date expression"}
}

// sinceBetween reports whether "منذ" stands between the group's triggers
// and the expression: "زار … ليكون الأول منذ الغزو في عام 2022" dates the
// invasion, not the visit.
func (s *sentence) sinceBetween(g *group, e *temporal.Expr) bool {
	t := g.trigs[0]
	if e.Start < t.End {
		return false // "منذ" after the expression starts another phrase
	}
	lo, hi := t.End, e.Start
	for _, tk := range s.toks {
		if tk.Start >= lo && tk.End <= hi && (tk.Norm == "منذ" || tk.Norm == "ومنذ") {
			return true
		}
	}
	return false
}

// continuers join a clause that goes on with the same time: "حيث التقى",
// "ثم التقى".
var continuers = map[string]bool{"حيث": true, "ثم": true}

// continues reports whether the group's clause carries on the one before
// it in time: the same clause, or one opened by "حيث"/"ثم".
func (s *sentence) continues(g *group) bool {
	if g.clo == 0 {
		return true
	}
	for _, c := range s.forms(g.clo) {
		if continuers[c] {
			return true
		}
	}
	return s.clause[g.clo] == s.clause[max(0, g.clo-1)]
}

// habitualCues mark a habit rather than one event: "كل عام", "سنوياً",
// "عادة".
var habitualCues = map[string]bool{"سنويا": true, "عاده": true, "دوريا": true, "غالبا": true}

// habitual reports a habitual cue in the group's clauses.
func (s *sentence) habitual(g *group) bool {
	for k := g.clo; k < g.chi && k < len(s.toks); k++ {
		n := s.toks[k].Norm
		if habitualCues[n] {
			return true
		}
		if n == "كل" && k+1 < len(s.toks) {
			switch s.toks[k+1].Norm {
			case "عام", "سنه", "شهر", "اسبوع", "عامين", "سنتين":
				return true
			}
		}
	}
	return false
}

// durationDays maps duration words to days: "يومين", "أسبوع".
var durationDays = map[string]int{
	"يوم": 1, "يوما": 1, "يومين": 2, "يومان": 2, "اسبوع": 7, "اسبوعا": 7, "اسبوعين": 14, "اسبوعان": 14,
}

// countWords are small numbers before "أيام"/"أسابيع".
var countWords = map[string]int{
	"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10,
	"3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
}

// offsetDate dates an event named in a phrase of distance from the
// reporting day: "بعد (مرور) يومين على قمة …" puts the summit two days
// before the reference day, "قبل أسبوع من الزيارة" a week after it.
func (s *sentence) offsetDate(g *group) (timeline.Date, Field, bool) {
	if s.ref == 0 {
		return timeline.Date{}, Field{}, false
	}
	t := g.trigs[0]
	k := t.TokStart - 1
	if k < 0 || (s.toks[k].Norm != "علي" && s.toks[k].Norm != "على" && s.toks[k].Norm != "من") {
		return timeline.Date{}, Field{}, false
	}
	k--
	if k >= 0 && s.toks[k].Norm == "فقط" {
		k--
	}
	days := 0
	if k >= 0 {
		if n, ok := durationDays[s.toks[k].Norm]; ok {
			days = n
		} else if u := s.toks[k].Norm; (u == "ايام" || u == "اسابيع") && k > 0 {
			if n, ok := countWords[s.toks[k-1].Norm]; ok {
				days = n
				if u == "اسابيع" {
					days *= 7
				}
				k--
			}
		}
	}
	if days == 0 {
		return timeline.Date{}, Field{}, false
	}
	k--
	if k >= 0 && s.toks[k].Norm == "مرور" {
		k--
	}
	if k < 0 {
		return timeline.Date{}, Field{}, false
	}
	var day timeline.Day
	switch {
	case slices.Contains(s.forms(k), "بعد"):
		day = s.ref.AddDays(-days)
	case slices.Contains(s.forms(k), "قبل"):
		day = s.ref.AddDays(days)
	default:
		return timeline.Date{}, Field{}, false
	}
	d := timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay}
	a, b := s.toks[k].Start, s.toks[t.TokStart-1].End
	return d, Field{Value: d.String(), Text: s.text[a:b], Start: s.base + a, End: s.base + b,
		Reason: fmt.Sprintf("%d days from the reference day %s", days, s.ref)}, true
}

// inClauses reports whether the byte span [a, b) lies in the clauses of g.
func (s *sentence) inClauses(g *group, a, b int) bool {
	lo, hi := 0, len(s.text)
	if g.clo > 0 && g.clo < len(s.toks) {
		lo = s.toks[g.clo].Start
	}
	if g.chi < len(s.toks) {
		hi = s.toks[g.chi].Start
	}
	return a >= lo && b <= hi
}

// leaderWords name the heads of states; with an organisation they make a
// meeting a summit ("اجتماع لرؤساء بلدان رابطة الدول المستقلة").
var leaderWords = map[string]bool{"رؤساء": true, "قاده": true, "زعماء": true, "ملوك": true}

// leadersOfOrg reports whether an organisation mention in [lo, hi) follows
// a word for leaders within three tokens.
func (s *sentence) leadersOfOrg(lo, hi int) bool {
	for _, m := range s.ments {
		if m.TokStart < lo || m.TokStart >= hi || m.Kind != timeline.KindOrganisation {
			continue
		}
		for k := m.TokStart - 1; k >= 0 && k >= m.TokStart-3; k-- {
			for _, c := range s.forms(k) {
				if leaderWords[c] {
					return true
				}
			}
		}
	}
	return false
}

// confidence scores the evidence of one source, 0..1.
func confidence(strength float64, parties int, explicit, dated, cue bool, kind page.Kind, dateReason string) float64 {
	c := 0.35 * strength
	c += 0.12 * float64(min(parties, 3))
	switch {
	case explicit:
		c += 0.15
	case dated:
		c += 0.08
	}
	if cue {
		c += 0.03
	}
	switch kind {
	case page.KindList:
		c -= 0.15
	case page.KindHeadline, page.KindCaption:
		c -= 0.05
	}
	_ = dateReason
	return clamp(c, 0.05, 0.99)
}

func clamp(v, lo, hi float64) float64 {
	return max(lo, min(hi, v))
}

// agreedOnly reports whether an agreement group rests only on the verb
// "اتفق" (agreed), with no accord named or signed.
func agreedOnly(g *group) bool {
	for _, t := range g.trigs {
		if t.Lemma != "اتفق" {
			return false
		}
	}
	return true
}
