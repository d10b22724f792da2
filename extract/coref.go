package extract

import (
	"fmt"

	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// corefLookback is how many sentences back a bare role phrase looks for
// the person it names.
const corefLookback = 12

// corefRole resolves a bare role phrase ("الرئيس", "رئيس الجمهورية", "ولي
// العهد") at mention k of s to the person it most likely names: among the
// people named before it in the section (within corefLookback sentences)
// who held that role on day, the one named most often, and of those the
// first named — the protagonist of the story. "أجرى رئيس الجمهورية، السيد
// عبد المجيد تبون، محادثات مع الرئيس الصيني … وكان رئيس الجمهورية قد وصل
// أمس إلى بكين" is Tebboune both times. A dual or plural ("الرئيسان")
// names no one person.
func (x *Extractor) corefRole(s *sentence, k int, role string, day timeline.Day) (gazetteer.Mention, bool) {
	if role == "" || day == 0 || pronounSubjects[s.toks[s.ments[k].TokStart].Norm] {
		return gazetteer.Mention{}, false
	}
	type cand struct {
		m     gazetteer.Mention
		n     int
		first int // order of first mention, lower is earlier
	}
	cands := map[string]*cand{}
	order := 0
	count := func(ms []gazetteer.Mention) { // the latest mention first
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.Kind != timeline.KindPerson || m.Country == "" {
				continue
			}
			order++
			if c := cands[m.EntityID]; c != nil {
				c.n++
				c.first = order // visited latest first: the last seen is the earliest
				continue
			}
			if h, ok := x.g.Holder(role, m.Country, day); ok && h.ID == m.EntityID {
				cands[m.EntityID] = &cand{m: m, n: 1, first: order}
			}
		}
	}
	// A person named earlier in the same sentence is not who a bare role
	// there names ("زار ماكرون بيروت حيث التقى الرئيس عون"): the sentence
	// would use a pronoun.
	same := map[string]bool{}
	for _, m := range s.ments[:k] {
		if m.Kind == timeline.KindPerson {
			same[m.EntityID] = true
		}
	}
	for i, n := len(s.before)-1, 0; i >= 0 && n < corefLookback; i, n = i-1, n+1 {
		p := s.before[i]
		x.ensureMentions(p)
		count(p.ments)
	}
	var best *cand
	for _, c := range cands {
		if same[c.m.EntityID] {
			continue
		}
		if best == nil || c.n > best.n || (c.n == best.n && c.first > best.first) {
			best = c
		}
	}
	if best == nil {
		return gazetteer.Mention{}, false
	}
	return best.m, true
}

// corefActors returns the person and country actors of a bare role
// resolved by corefRole, or nil.
func (x *Extractor) corefActors(s *sentence, k int, role string, day timeline.Day, fld func(value, reason string) Field) []actor {
	m, ok := x.corefRole(s, k, role, day)
	if !ok {
		return nil
	}
	why := fmt.Sprintf("%s: the %s named before", role, m.EntityID)
	return []actor{
		{id: m.EntityID, party: m.Country, tok: s.ments[k].TokStart, field: fld(m.EntityID, why)},
		{id: m.Country, party: m.Country, tok: s.ments[k].TokStart, field: fld(m.Country, "country of "+m.EntityID)},
	}
}
