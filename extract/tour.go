package extract

import (
	"slices"
	"strings"

	"github.com/tl-project/tl/extract/trigger"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// tourVerbWindow is how many words after a tour noun its verb of inclusion
// may come: "جولة خليجية أجراها في يوليو الماضي، شملت …".
const tourVerbWindow = 8

// tourVerbs list a tour's stops right after them ("شملت الرياض
// والدوحة"); leadVerbs after "إلى" ("قادته إلى عمّان والقاهرة").
var (
	tourVerbs = map[string]bool{}
	leadVerbs = map[string]bool{
		"قادته": true, "قادتها": true, "قادتهم": true, "تقوده": true, "تقودها": true, "ستقوده": true,
		"ستقودها": true, "قادت": true, "تقود": true, "ستقود": true,
	}
)

func init() {
	for _, v := range trigger.TourVerbs() {
		tourVerbs[v] = true
	}
}

// tourStops returns the places a tour noun's verb lists: "جولة خليجية
// شملت الرياض والدوحة وأبو ظبي", "جولة تشمل كلاً من مصر والأردن",
// "جولة إقليمية قادته إلى عمّان والقاهرة". The list must start right after
// the verb (after its "إلى" for a verb of leading) and hold only cities
// and countries joined by و or commas; anything else there ("شملت قمة
// مجموعة السبع في بريطانيا", "شملت ملفات عدة") gives no stops, and the
// tour no event.
func (s *sentence) tourStops(t trigger.Trigger) []gazetteer.Mention {
	if !t.Tour {
		return nil
	}
	k := -1
	for j := t.TokEnd; j < len(s.toks) && j < t.TokEnd+tourVerbWindow; j++ {
		if s.clause[j] != s.clause[t.TokStart] {
			return nil
		}
		if s.hasFormAt(j, tourVerbs) {
			k = j
			break
		}
	}
	if k < 0 {
		return nil
	}
	p := k + 1
	if s.hasFormAt(k, leadVerbs) {
		p = s.afterTo(p)
	} else if p+1 < len(s.toks) && (s.toks[p].Norm == "كلا" || s.toks[p].Norm == "كل") && s.toks[p+1].Norm == "من" {
		p += 2 // "كلاً من"
	}
	var stops []gazetteer.Mention
	for p >= 0 && p < len(s.toks) {
		m, ok := s.placeAt(p)
		if !ok || (len(stops) > 0 && !s.commaBetween(p-1, p) && !hasConj(s.toks[p].Norm)) {
			break
		}
		stops = append(stops, m)
		p = m.TokEnd
	}
	return stops
}

// afterTo returns the token after the "إلى" that comes within three words
// of token p ("قادته إلى", "قادت الوزير إلى"), or -1.
func (s *sentence) afterTo(p int) int {
	for j := p; j < len(s.toks) && j < p+3; j++ {
		if towards[s.toks[j].Norm] {
			return j + 1
		}
	}
	return -1
}

// hasConj reports a word that begins with the conjunction و.
func hasConj(n string) bool { return strings.HasPrefix(n, "و") && n != "و" }

// placeAt returns the city or country named by its own name from token p.
func (s *sentence) placeAt(p int) (gazetteer.Mention, bool) {
	for _, m := range s.ments {
		if m.TokStart == p && (m.Via == gazetteer.ViaName || m.Via == gazetteer.ViaAlias) &&
			(m.Kind == timeline.KindCity || m.Kind == timeline.KindCountry) && m.Country != "" {
			return m, true
		}
	}
	return gazetteer.Mention{}, false
}

// tourTrigger returns the tour trigger of a group, if it is a tour.
func tourTrigger(g *group) (trigger.Trigger, bool) {
	for _, t := range g.trigs {
		if t.Tour {
			return t, true
		}
	}
	return trigger.Trigger{}, false
}

// splitTour makes one visit of each stop of a tour: the touring party —
// the person or role named right after the noun ("جولة الرئيس الصيني"),
// else the nearest one before it ("قام الشيباني بجولة", "استقبل الملك
// بوتين في إطار جولة") — with the host country of the stop, at the stop,
// on the tour's date. A stop in the tourer's own country is none, and a
// tour with no one named to make it gives no visits.
func (x *Extractor) splitTour(s *sentence, t trigger.Trigger, d *draft, stops []gazetteer.Mention) []*draft {
	listLo, listHi := stops[0].TokStart, stops[len(stops)-1].TokEnd
	party := x.tourer(d.actors, t, listLo)
	if party == "" {
		return nil
	}
	var tourer []actor
	for _, a := range d.actors {
		if a.party == party && !a.host && (a.tok < listLo || a.tok >= listHi) {
			tourer = append(tourer, a)
		}
	}
	var out []*draft
	for _, m := range stops {
		if m.Country == party {
			continue
		}
		stop := s.stopPlace(m, listHi)
		c := *d
		c.actors = append(slices.Clone(tourer), actor{id: m.Country, party: m.Country, tok: m.TokStart,
			field: Field{Value: m.Country, Text: stop.field.Text, Start: stop.field.Start, End: stop.field.End,
				Reason: "host of the visit (a stop of the tour)"}})
		c.places = []placeRef{stop}
		c.evidence = slices.Clone(d.evidence)
		for i := range c.evidence {
			c.evidence[i].Actors = nil
			for _, a := range c.actors {
				c.evidence[i].Actors = append(c.evidence[i].Actors, a.field)
			}
			c.evidence[i].Places = []Field{stop.field}
			c.evidence[i].Trigger.Reason += ", one stop of a tour"
		}
		c.sources = slices.Clone(d.sources)
		out = append(out, &c)
	}
	return out
}

// tourer returns the party of whoever makes the tour whose noun is t: a
// person or role phrase right after the noun, else the nearest one before
// it; "" if none is named in the tour's words.
func (x *Extractor) tourer(acts []actor, t trigger.Trigger, listLo int) string {
	best := -1
	party := ""
	for _, a := range acts {
		if a.party == "" || a.host || !x.traveller(a) {
			continue
		}
		if a.tok >= t.TokEnd && a.tok < listLo && a.tok <= t.TokEnd+2 {
			return a.party // "جولة الرئيس الصيني", "جولة لبايدن"
		}
		if a.tok < t.TokStart && a.tok > best {
			best, party = a.tok, a.party
		}
	}
	return party
}

// traveller reports whether an actor can make a journey: a person, or a
// role phrase standing for one.
func (x *Extractor) traveller(a actor) bool {
	if e, ok := x.g.Entity(a.id); ok && e.Kind == timeline.KindPerson {
		return true
	}
	return strings.HasPrefix(a.field.Reason, "role phrase")
}

// stopPlace returns the place of a tour stop: the city itself, or for a
// country the one city of it the sentence names after the list ("شملت
// الإمارات والسعودية، أجرى خلالها محادثات … في أبوظبي"), else the country.
func (s *sentence) stopPlace(m gazetteer.Mention, listHi int) placeRef {
	field := Field{Value: m.EntityID, Text: s.text[m.Start:m.End], Start: s.base + m.Start, End: s.base + m.End,
		Reason: "a stop of the tour"}
	ref := placeRef{id: m.EntityID, country: m.Country, city: m.Kind == timeline.KindCity, tok: m.TokStart,
		locative: true, toward: true, field: field}
	if ref.city {
		return ref
	}
	var city *gazetteer.Mention
	for i := range s.ments {
		c := &s.ments[i]
		if c.TokStart < listHi || c.Kind != timeline.KindCity || c.Country != m.Country || s.topicAt(c.TokStart) {
			continue
		}
		if city != nil && city.EntityID != c.EntityID {
			return ref // two cities of the country: which one is not said
		}
		city = c
	}
	if city == nil {
		return ref
	}
	ref.id, ref.city, ref.tok = city.EntityID, true, city.TokStart
	ref.field = Field{Value: city.EntityID, Text: s.text[city.Start:city.End], Start: s.base + city.Start,
		End: s.base + city.End, Reason: "the city of the tour stop " + m.Country + " named in the sentence"}
	return ref
}
