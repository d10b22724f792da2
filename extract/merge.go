package extract

import (
	"slices"

	"github.com/tl-project/tl/timeline"
)

// compatibleTypes reports whether two drafts' types may describe one
// event: the same type, or two consultation types (summit, meeting, call)
// when one of them comes only from a headline, list or caption.
func compatibleTypes(a, b *draft) bool {
	if a.typ == b.typ {
		return true
	}
	if family(a.typ) != 1 || family(b.typ) != 1 {
		return false
	}
	if a.weak || b.weak {
		return true
	}
	// Two consultations of the same parties on the same day are one.
	if a.date.Precision == timeline.PrecisionDay && a.date == b.date && sameParties(a, b) {
		return true
	}
	return callOfPeople(a, b) || callOfPeople(b, a)
}

// callOfPeople reports whether other, an undated consultation of exactly
// the people of call, the article's current story, names that call:
// "وقد جرى اللقاء الأخير بين بايدن وبوتين" in an article on their video
// call of the day before.
func callOfPeople(call, other *draft) bool {
	if call.typ != timeline.TypeCall || !other.date.IsZero() || other.earlier || !currentStory(call) {
		return false
	}
	pc := call.people()
	return len(pc) >= 2 && sameSet(pc, other.people())
}

// sameParties reports whether two drafts name the same parties.
func sameParties(a, b *draft) bool { return sameSet(a.parties(), b.parties()) }

// sameSet reports whether two sets hold the same members.
func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// typeRank orders types for a merged event: a call (the manner is
// specific) over a summit over a meeting.
func typeRank(t timeline.Type) int {
	switch t {
	case timeline.TypeCall:
		return 3
	case timeline.TypeSummit:
		return 2
	}
	return 1
}

// overlap returns how many parties two drafts share, and whether that is
// enough to call them one event: at least two, or all of the smaller set
// when it has fewer.
func overlap(a, b *draft) (int, bool) {
	pa, pb := a.parties(), b.parties()
	n := 0
	for p := range pa {
		if pb[p] {
			n++
		}
	}
	small := min(len(pa), len(pb))
	if small == 0 {
		return 0, samePlace(a, b)
	}
	// "قمة جنيف" later in the text is the summit held in Geneva, whoever
	// it names.
	if (n >= 1 || a.onlyHost() || b.onlyHost()) && a.typ == timeline.TypeSummit && b.typ == timeline.TypeSummit && sameCity(a, b) &&
		a.date.IsZero() != b.date.IsZero() && !a.otherOrgs(b) {
		return n, true
	}
	return n, n >= min(2, small)
}

// peopleNested reports whether the people two drafts name can be the same
// event's: when both name people, they share one, and no party is
// represented by different people in each — the foreign ministers' talks
// are not the presidents' summit, and the prime minister's talks with the
// American secretary of state are not his meeting with the president.
func (a *draft) peopleNested(b *draft) bool {
	pa, pb := a.people(), b.people()
	if len(pa) == 0 || len(pb) == 0 {
		return true
	}
	shared := false
	for p := range pa {
		if pb[p] {
			shared = true
		}
	}
	if !shared {
		return false
	}
	byA, byB := a.peopleByParty(), b.peopleByParty()
	for party, xs := range byA {
		ys := byB[party]
		if len(ys) == 0 {
			continue
		}
		meet := false
		for x := range xs {
			meet = meet || ys[x]
		}
		if !meet {
			return false
		}
	}
	return true
}

// peopleByParty returns the people of a draft grouped by the party they
// stand for.
func (a *draft) peopleByParty() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, x := range a.actors {
		if x.party == "" || x.party == x.id {
			continue
		}
		if out[x.party] == nil {
			out[x.party] = map[string]bool{}
		}
		out[x.party][x.id] = true
	}
	return out
}

// storyWindow is how many days from its reference day a dated event may
// lie and still be the article's current story.
const storyWindow = 7

// currentIfUndated allows an undated body draft to join a dated body
// draft only when that one is the article's current story (dated within
// storyWindow days of the reference day): a bare "لقاء بوتين وعلييف" later
// in the text means this week's meeting, not last year's.
func currentIfUndated(a, b *draft) bool {
	if a.weak || b.weak || a.date.IsZero() == b.date.IsZero() {
		return true
	}
	dated := a
	if a.date.IsZero() {
		dated = b
	}
	return currentStory(dated)
}

// currentStory reports whether a dated draft lies within storyWindow days
// of its reference day: the news the article is about.
func currentStory(dated *draft) bool {
	if dated.ref == 0 || dated.date.IsZero() {
		return false
	}
	d := int(dated.date.Start - dated.ref)
	if e := int(dated.date.End - dated.ref); abs(e) < abs(d) {
		d = e
	}
	if dated.date.Start <= dated.ref && dated.date.End >= dated.ref {
		d = 0
	}
	return abs(d) <= storyWindow
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// people returns the person ids among the draft's actors: those whose
// party differs from their id.
func (a *draft) people() map[string]bool {
	out := map[string]bool{}
	for _, x := range a.actors {
		if x.party != "" && x.party != x.id {
			out[x.id] = true
		}
	}
	return out
}

// otherOrgs reports whether both drafts name organisations and share
// none: the Arab–China and the Gulf–China summits, though in one city.
func (a *draft) otherOrgs(b *draft) bool {
	oa, ob := a.orgs(), b.orgs()
	if len(oa) == 0 || len(ob) == 0 {
		return false
	}
	for o := range oa {
		if ob[o] {
			return false
		}
	}
	return true
}

// orgs returns the organisation parties of a draft: those whose id is
// not a three-letter country code.
func (a *draft) orgs() map[string]bool {
	out := map[string]bool{}
	for _, x := range a.actors {
		if x.party != "" && x.party == x.id && !isISO3(x.party) {
			out[x.party] = true
		}
	}
	return out
}

// isISO3 reports whether id has the form of an ISO 3166 alpha-3 code.
func isISO3(id string) bool {
	if len(id) != 3 {
		return false
	}
	for _, r := range id {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// onlyHost reports whether a draft's only party is the country of its
// city: "قمة جنيف" names no one but the place.
func (a *draft) onlyHost() bool {
	ps := a.parties()
	if len(ps) != 1 {
		return false
	}
	for _, p := range a.places {
		if p.city && ps[p.country] {
			return true
		}
	}
	return false
}

// sameCity reports whether two drafts name a common city.
func sameCity(a, b *draft) bool {
	for _, p := range a.places {
		for _, q := range b.places {
			if p.city && p.id == q.id {
				return true
			}
		}
	}
	return false
}

func samePlace(a, b *draft) bool {
	for _, p := range a.places {
		for _, q := range b.places {
			if p.id == q.id {
				return true
			}
		}
	}
	return false
}

// mergeDrafts merges the drafts of one article that describe the same
// event: compatible types, compatible dates and overlapping parties. A
// draft joins the earlier draft it shares the most with, preferring one
// with the same date.
//
// Body drafts are merged first, in order; headline, list and caption
// drafts then join the body event they fit best, so that a headline does
// not decide which body events belong together.
func mergeDrafts(ds []*draft) []*draft {
	var out []*draft
	first := map[*draft]int{}
	for i, d := range ds {
		first[d] = i
	}
	defer func() {
		// Back to the order of the text.
		slices.SortStableFunc(out, func(a, b *draft) int { return first[a] - first[b] })
	}()
	order := make([]*draft, 0, len(ds))
	for _, d := range ds {
		if !d.weak {
			order = append(order, d)
		}
	}
	for _, d := range ds {
		if d.weak {
			order = append(order, d)
		}
	}
	defer func() { borrowPlaces(out) }()
	for _, d := range order {
		var best *draft
		bestScore := -1
		for _, m := range out {
			if !compatibleTypes(m, d) || !(m.date.Compatible(d.date) || endsVisit(m, d) || endsVisit(d, m)) {
				continue
			}
			if m.status != d.status && !m.weak && !d.weak && (m.firm || d.firm) {
				continue // announced and done: two events in one article
			}
			n, ok := overlap(m, d)
			if !ok || !m.peopleNested(d) || !currentIfUndated(m, d) {
				continue
			}
			score := n
			if !m.date.IsZero() && m.date == d.date {
				score += 10
			}
			if m.typ == d.typ {
				score += 3
			}
			if m.status == d.status {
				score++
			}
			if score > bestScore {
				best, bestScore = m, score
			}
		}
		if best == nil {
			out = append(out, d)
			continue
		}
		best.absorb(d)
	}
	return out
}

// visitDays is the longest visit whose end is reported apart from its
// start.
const visitDays = 7

// endsVisit reports whether a is the end of the visit b began: a visit
// reported by its conclusion, dated up to a week after b's start.
func endsVisit(a, b *draft) bool {
	if !a.concluded || b.concluded || a.typ != timeline.TypeVisit || b.typ != timeline.TypeVisit ||
		a.date.IsZero() || b.date.IsZero() {
		return false
	}
	return a.date.Start > b.date.Start && a.date.Start <= b.date.Start.AddDays(visitDays)
}

// borrowPlaces gives an event without a city the city of another event
// of the same section on the same day that shares a party with it: the
// talks and the signing on the day of a summit happened where the summit
// did. A visit to a country gains the city in that country.
func borrowPlaces(ds []*draft) {
	for _, d := range ds {
		if d.date.IsZero() || hasCity(d) || d.typ == timeline.TypeCall {
			continue
		}
		for _, m := range ds {
			if m == d || m.section != d.section || !hasCity(m) {
				continue
			}
			sameDay := d.date.Precision == timeline.PrecisionDay && m.date == d.date
			// An earlier event named in the phrase of another
			// ("… في ليما، وكان آخر لقاء جمعهما في …") shares its
			// sentence, not its venue.
			if !sameDay && (d.earlier || m.earlier || !sharesSentence(m, d)) {
				continue
			}
			if n, _ := overlap(m, d); n == 0 {
				continue
			}
			city := m.places[0]
			for _, p := range m.places {
				if p.city {
					city = p
				}
			}
			if len(d.places) > 0 && d.places[0].country != city.country {
				continue
			}
			city.field.Reason = "where the " + m.typ.String() + " of the same day and parties was"
			d.places = append(d.places, city)
			for i := range d.evidence {
				d.evidence[i].Places = append(d.evidence[i].Places, city.field)
			}
			break
		}
	}
}

// sharesSentence reports whether two drafts cite a common sentence.
func sharesSentence(a, b *draft) bool {
	for _, x := range a.sources {
		for _, y := range b.sources {
			if x.Start == y.Start && x.End == y.End {
				return true
			}
		}
	}
	return false
}

func hasCity(d *draft) bool {
	for _, p := range d.places {
		if p.city {
			return true
		}
	}
	return false
}

// absorb merges d into m.
func (m *draft) absorb(d *draft) {
	// Type: a body source's type wins over a headline's.
	if m.typ != d.typ && ((m.weak && !d.weak) || (m.weak == d.weak && typeRank(d.typ) > typeRank(m.typ))) {
		m.typ = d.typ
	}
	// Date: the more precise; status follows the dated source; a visit's
	// first day over its last.
	switch {
	case endsVisit(m, d):
		m.date, m.explicit, m.concluded = d.date, d.explicit, false
	case endsVisit(d, m):
		// m holds the first day already.
	case m.date.IsZero() && !d.date.IsZero():
		m.date, m.explicit, m.status = d.date, d.explicit, d.status
	case !d.date.IsZero() && (d.date.Precision > m.date.Precision ||
		(d.date.Precision == m.date.Precision && d.date.End-d.date.Start < m.date.End-m.date.Start)):
		m.date, m.explicit = d.date, d.explicit
	}
	if m.status != d.status && (d.date.IsZero() == m.date.IsZero() || !d.date.IsZero()) {
		// Occurred wins unless the date lies ahead of the reference day.
		if m.ref == 0 || m.date.IsZero() || m.date.Start <= m.ref {
			m.status = timeline.StatusOccurred
		}
	}
	have := map[string]bool{}
	for _, a := range m.actors {
		have[a.id] = true
	}
	for _, a := range d.actors {
		if !have[a.id] {
			m.actors = append(m.actors, a)
			have[a.id] = true
		}
	}
	if len(m.places) == 0 {
		m.places = d.places
	} else if len(d.places) > 0 && !m.places[0].city && d.places[0].city && d.places[0].country == m.places[0].country {
		m.places = append(m.places, d.places[0])
	}
	m.weak = m.weak && d.weak
	m.firm = m.firm || d.firm
	m.sources = append(m.sources, d.sources...)
	m.evidence = append(m.evidence, d.evidence...)
	m.conf = max(m.conf, d.conf)
}

// finish turns a draft into an event and its explanation.
func (m *draft) finish() (timeline.Event, Explanation) {
	ev := timeline.Event{Type: m.typ, Date: m.date, Status: m.status}
	acts := m.actors
	if m.typ == timeline.TypeSummit {
		acts = dropBilateralHost(slices.Clone(acts)) // reports merged: "قمة جنيف" and "قمتهما"
	}
	for _, a := range acts {
		ev.Actors = append(ev.Actors, a.id)
	}
	// A telephone or video call has no venue: the places named around
	// it are where its parties were, not where it took place.
	if m.typ != timeline.TypeCall {
		for _, p := range m.places {
			ev.Places = append(ev.Places, p.id)
		}
	}
	// Normalize cites each sentence once, at its best confidence: two
	// events of one sentence merged ("قمتهما … على هامش قمة مجموعة
	// العشرين") are one source.
	ev.Sources = slices.Clone(m.sources)
	ev.Normalize()
	ev.Confidence = clamp(m.conf+0.05*float64(len(ev.Sources)-1), 0, 0.99)
	return ev, Explanation{EventID: ev.ID, Evidence: m.evidence}
}
