package gazetteer

import "github.com/tl-project/tl/timeline"

// roleFallbacks lists, for role keys that name a function rather than a
// title, the titles that fill it, in order of preference. "leader" (زعيم)
// is the head of state under whatever title; "prime-minister" is filled by
// a chancellor in Germany and Austria.
var roleFallbacks = map[string][]string{
	"leader":         {"supreme-leader", "president", "king", "emir", "sultan"},
	"head-of-state":  {"president", "king", "emir", "sultan"},
	"king":           {"king", "emir", "sultan"},
	"prime-minister": {"prime-minister", "chancellor"},
	"chancellor":     {"chancellor", "prime-minister"},
}

func holderKey(role, where string) string { return role + "|" + where }

// Holder returns the person who held role for country (an ISO3 code, or an
// organisation code for an organisation's office such as
// "secretary-general" of "UN") on day d. When several terms cover d (a
// handover day), the one that began last wins. Role keys are those of
// timeline.Term ("president", "prime-minister", "foreign-minister" ...);
// "leader" and "head-of-state" try the head-of-state titles in turn.
func (g *Gazetteer) Holder(role, country string, d timeline.Day) (timeline.Entity, bool) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	roles := roleFallbacks[role]
	if roles == nil {
		roles = []string{role}
	}
	for _, r := range roles {
		var (
			best     *timeline.Entity
			bestFrom timeline.Day
		)
		for _, h := range g.holders[holderKey(r, country)] {
			if !h.term.Covers(d) {
				continue
			}
			from, err := timeline.ParseDate(h.term.From)
			if err != nil {
				continue
			}
			if best == nil || from.Start > bestFrom {
				if e, ok := g.ents[h.id]; ok {
					best, bestFrom = e, from.Start
				}
			}
		}
		if best != nil {
			return *best, true
		}
	}
	return timeline.Entity{}, false
}
