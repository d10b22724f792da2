package engine

import (
	"bytes"
	"cmp"
	"errors"
	"slices"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// unknownDateWindow is how many days around its article's publication day an
// event with an unknown date looks for a stored event to merge into.
const unknownDateWindow = 31

// findMatch returns the stored event that in describes, or nil. A stored
// event matches when it has the same type, a compatible date (overlapping,
// or one of them unknown) and the same set of parties (countries and
// organisations; a person counts as the party they act for). Among several,
// the one with the same date wins, then the most precise.
func (w *writer) findMatch(in *stored) (*stored, error) {
	if s, err := getEvent(w.txn, in.ev.ID); err == nil {
		return s, nil
	} else if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	ps := parties(&in.ev, w.lookup)
	ns, value := keys.NSType, typeValue(in.ev.Type)
	if len(ps) > 0 {
		ns, value = keys.NSActor, ps[0]
	}
	// A stored event overlaps [from, to] when it starts at most shortSpan
	// days before from (short events, in any index) or at most longSpan
	// days before (long events, also in the long index), or has an
	// unknown date.
	type span struct {
		ns       keys.Namespace
		from, to timeline.Day
	}
	from, to := searchWindow(in)
	spans := []span{{ns, keys.UnknownDay, keys.UnknownDay}, {ns, from - shortSpan, to}}
	if ns == keys.NSActor {
		spans = append(spans, span{keys.NSLong, from - longSpan, from - shortSpan - 1})
	} else {
		spans[1].from = from - longSpan
	}
	var best *stored
	consider := func(id string) error {
		// The current version: this batch may have changed or renamed
		// the event since the snapshot.
		s, err := getEvent(w.txn, id)
		if isNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		if s.ev.Type != in.ev.Type || !datesMatch(in, s.ev.Date, published(&s.ev)) || !slices.Equal(parties(&s.ev, w.lookup), ps) ||
			!sameOccasion(in, s, w.lookup) {
			return nil
		}
		if best == nil || betterMatch(in.ev.Date, s.ev.Date, best.ev.Date) {
			best = s
		}
		return nil
	}
	seen := map[string]bool{}
	// Events committed before this batch, from the snapshot's indexes
	// (iterating the write transaction itself would sort its pending
	// writes on every scan).
	for _, sp := range spans {
		prefix := keys.Prefix(nil, sp.ns)
		prefix = keys.AppendString(prefix, value)
		err := scanRange(w.snapIndex(prefix), sp.from, sp.to, func(day timeline.Day, id string, val []byte) (bool, error) {
			sum, err := decodeSummary(val)
			if err != nil {
				return false, err
			}
			if sum.Type != in.ev.Type || seen[id] {
				return true, nil
			}
			cand := timeline.Date{Start: day, End: sum.End, Precision: sum.Precision}
			if day == keys.UnknownDay {
				cand = timeline.Date{}
			}
			if !datesMatch(in, cand, 0) && !w.touched[id] {
				return true, nil
			}
			seen[id] = true
			return true, consider(id)
		})
		if err != nil {
			return nil, err
		}
	}
	// Events written in this batch.
	recent := w.recent[recentKey(in.ev.Type, value)]
	for i := len(recent) - 1; i >= 0; i-- { // the latest version first
		r := recent[i]
		if seen[r.id] {
			continue
		}
		seen[r.id] = true
		if datesMatch(in, r.date, 0) {
			if err := consider(r.id); err != nil {
				return nil, err
			}
		}
	}
	return best, nil
}

// sameOccasion reports whether two events of one type, one set of
// parties and compatible dates can be one event by the people and places
// they name: no party is represented by different people in each (the
// presidents' talks are not their foreign ministers' talks of the same
// week), and when both name places, their places meet, a city counting
// as in its country (talks in Riyadh and talks in Saudi Arabia meet;
// the Syrian minister's visit to Riyadh is not the Saudi minister's to
// Damascus in the same month). The test is symmetric, so the order of
// ingest does not change what merges.
func sameOccasion(a, b *stored, lookup entityLookup) bool {
	if len(a.placeKeys) > 0 && len(b.placeKeys) > 0 && !shareOne(a.placeKeys, b.placeKeys) {
		return false
	}
	pa, pb := peopleByParty(&a.ev, lookup), peopleByParty(&b.ev, lookup)
	for party, xs := range pa {
		if ys := pb[party]; len(ys) > 0 && !shareOne(xs, ys) {
			return false
		}
	}
	return true
}

// peopleByParty returns the people among e's actors, sorted, by the party
// each stands for.
func peopleByParty(e *timeline.Event, lookup entityLookup) map[string][]string {
	var out map[string][]string
	for _, id := range e.Actors {
		ent, ok := lookup(id)
		if !ok || ent.Kind != timeline.KindPerson {
			continue
		}
		p := ent.Party()
		if p == "" {
			p = id
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[p] = append(out[p], id)
	}
	for _, ids := range out {
		slices.Sort(ids)
	}
	return out
}

// shareOne reports whether two sorted lists share an element.
func shareOne(a, b []string) bool {
	for len(a) > 0 && len(b) > 0 {
		switch c := cmp.Compare(a[0], b[0]); {
		case c == 0:
			return true
		case c < 0:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
}

// searchWindow returns the days a stored event must overlap to be the
// event in describes: in's own dates, or for an undated event the
// unknownDateWindow around its publication day (every day when that is
// unknown too).
func searchWindow(in *stored) (from, to timeline.Day) {
	if !in.ev.Date.IsZero() {
		return in.ev.Date.Start, in.ev.Date.End
	}
	if p := published(&in.ev); p != 0 {
		return p - unknownDateWindow, p + unknownDateWindow
	}
	return keys.MinDay + longSpan, keys.MaxDay
}

// recentKey is the key of writer.recent.
func recentKey(t timeline.Type, actor string) string { return t.String() + "|" + actor }

// datesMatch reports whether a stored event dated cand, first published on
// candPub, may be the event in. Known dates must overlap; two unknown dates
// match when their publication days lie within unknownDateWindow of each
// other. An unknown date on one side matches a known date on the other only
// when the known date lies within unknownDateWindow of the publication day
// of the UNDATED side (news reports recent events): the undated event's own
// article says when it was news, whichever side arrived first. An unknown
// publication day matches anything (candPub 0 is also how pre-filters that
// do not know the stored side's day defer the decision to consider).
func datesMatch(in *stored, cand timeline.Date, candPub timeline.Day) bool {
	d := in.ev.Date
	switch {
	case !d.IsZero() && !cand.IsZero():
		return d.Overlaps(cand)
	case d.IsZero() && cand.IsZero():
		// Two undated reports are one event only when they were news
		// at about the same time: "the next meeting" of February and of
		// August are two meetings.
		p := published(&in.ev)
		return p == 0 || candPub == 0 || (p-candPub <= unknownDateWindow && candPub-p <= unknownDateWindow)
	}
	known, p := cand, published(&in.ev) // in is the undated side
	if !d.IsZero() {
		known, p = d, candPub // the stored event is the undated side
	}
	if p == 0 {
		return true
	}
	return known.Start <= p+unknownDateWindow && known.End >= p-unknownDateWindow
}

// betterMatch reports whether candidate date c is a better match for the
// incoming date in than the current best b.
func betterMatch(in, c, b timeline.Date) bool {
	if (c == in) != (b == in) {
		return c == in
	}
	return c.Precision > b.Precision
}

// published returns the latest publication day among e's sources.
func published(e *timeline.Event) timeline.Day {
	var p timeline.Day
	for _, s := range e.Sources {
		if s.Published > p {
			p = s.Published
		}
	}
	return p
}

// merge folds in into old: sources are added (never duplicated) and kept
// in publication order, actors and places united, the date refined to the
// more precise one, and the status taken from the most recently published
// source (occurred wins a tie). The merged event keeps the id of its
// earliest report: old's id when articles arrive in publication order, so
// ids are stable, and the same id whatever the order of ingest, so that
// ingesting a corpus in any order gives the same database. It reports
// whether anything changed.
func (w *writer) merge(old, in *stored) (*stored, bool) {
	m := old.ev
	m.Sources = slices.Clone(old.ev.Sources)
	oldPub, inPub := published(&old.ev), published(&in.ev)
	if earlier(&in.ev, &old.ev) {
		m.ID = in.ev.ID
	}
	for _, s := range in.ev.Sources {
		if !m.HasSource(s) {
			m.Sources = append(m.Sources, s)
		}
	}
	slices.SortStableFunc(m.Sources, func(a, b timeline.Source) int {
		if c := cmp.Compare(a.Published, b.Published); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	})
	if !in.ev.Ingested.IsZero() && (m.Ingested.IsZero() || in.ev.Ingested.Before(m.Ingested)) {
		m.Ingested = in.ev.Ingested
	}
	m.Actors = unionStrings(old.ev.Actors, in.ev.Actors)
	m.Places = unionStrings(old.ev.Places, in.ev.Places)
	if refines(in.ev.Date, old.ev.Date) {
		m.Date = in.ev.Date
	}
	switch {
	case inPub > oldPub:
		m.Status = in.ev.Status
	case inPub == oldPub && in.ev.Status == timeline.StatusOccurred:
		m.Status = timeline.StatusOccurred
	}
	if in.ev.FirstReported != 0 && (m.FirstReported == 0 || in.ev.FirstReported < m.FirstReported) {
		m.FirstReported = in.ev.FirstReported
	}
	m.Confidence = max(eventConfidence(&m), old.ev.Confidence)
	out := &stored{ev: m}
	out.actorKeys = expandActors(&out.ev, w.lookup)
	out.placeKeys = expandPlaces(&out.ev, w.lookup)
	a, _ := encodeEvent(old)
	b, _ := encodeEvent(out)
	return out, !bytes.Equal(a, b)
}

// earliest returns the earliest publication day among e's sources, zero
// when none is known.
func earliest(e *timeline.Event) timeline.Day {
	var p timeline.Day
	for _, s := range e.Sources {
		if s.Published != 0 && (p == 0 || s.Published < p) {
			p = s.Published
		}
	}
	return p
}

// earlier reports whether a was reported before b (the smaller id breaks
// ties), so that a's id is the merged event's.
func earlier(a, b *timeline.Event) bool {
	pa, pb := earliest(a), earliest(b)
	if pa != pb {
		return pa != 0 && (pb == 0 || pa < pb)
	}
	return a.ID < b.ID
}

// refines reports whether date in is a better date for an event now dated
// old: old is unknown, or in is more precise, or equally precise and
// strictly inside old.
func refines(in, old timeline.Date) bool {
	switch {
	case in.IsZero():
		return false
	case old.IsZero():
		return true
	case in.Precision != old.Precision:
		return in.Precision > old.Precision
	case in == old:
		return false
	case old.Contains(in):
		return true
	case in.Contains(old):
		return false
	}
	// Equally precise, overlapping, neither inside the other: the shorter
	// interval, then the earlier one, so the choice does not depend on the
	// order of ingest.
	if li, lo := in.End-in.Start, old.End-old.Start; li != lo {
		return li < lo
	}
	return in.Start < old.Start
}

func unionStrings(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// eventConfidence is the highest confidence among the sources, raised by
// 0.05 for each further article reporting the event, at most 1. An event
// whose sources carry no confidence keeps its own.
func eventConfidence(e *timeline.Event) float64 {
	c := 0.0
	for _, s := range e.Sources {
		c = max(c, s.Confidence)
	}
	if c == 0 {
		return e.Confidence
	}
	c += 0.05 * float64(len(e.Docs())-1)
	return min(c, 1)
}

// scanRange calls fn with the entries of it (an index value's) that start
// in [from, to], in order, until fn returns false.
func scanRange(it *indexIter, from, to timeline.Day,
	fn func(day timeline.Day, id string, val []byte) (bool, error)) error {
	prefix := it.prefix
	for it.Seek(keys.AppendDay(slices.Clone(prefix), from)); it.Valid(); it.Next() {
		k := it.Key()[len(prefix):]
		day, n, err := keys.DecodeDay(k)
		if err != nil {
			return err
		}
		if day > to {
			return nil
		}
		id, _, err := keys.DecodeString(k[n:])
		if err != nil {
			return err
		}
		if cont, err := fn(day, id, it.Value()); err != nil || !cont {
			return err
		}
	}
	return it.Err()
}
