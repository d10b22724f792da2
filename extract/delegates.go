package extract

import "strings"

// headWords introduce who led a side of talks: "ترأس الوفد الأمريكي وزير
// الخارجية …", "فيما ترأس الجانب الروسي …", "وفد برئاسة …".
var headWords = map[string]bool{
	"تراس": true, "تراست": true, "يتراس": true, "تتراس": true, "برئاسه": true, "تراسه": true,
	"تراسها": true, "تراسهما": true,
}

// delegateLookback is how many events back a delegation sentence looks
// for the talks it describes.
const delegateLookback = 3

// joinDelegates adds to the talks just reported the people a sentence
// without an event of its own names as heads of a side: "وترأس الوفد
// الأمريكي وزير الخارجية ماركو روبيو، فيما ترأس الجانب الروسي سيرغي
// لافروف" after "محادثات بين وفدين من الولايات المتحدة وروسيا". A person
// joins the latest recent event whose parties include the country they
// stand for.
func (x *Extractor) joinDelegates(s *sentence, st *sectionState) {
	if len(s.trigs) > 0 || len(st.events) == 0 || !s.hasHeadWord() {
		return
	}
	for _, a := range x.sentenceActors(s) {
		if a.party == "" || a.id == a.party || x.isOrg(a.id) {
			continue // a person only
		}
		for i := len(st.events) - 1; i >= 0 && i >= len(st.events)-delegateLookback; i-- {
			d := st.events[i]
			if !d.parties()[a.party] {
				continue
			}
			if !d.hasActor(a.id) {
				a.field.Reason += " (heads the side of " + a.party + " in the talks before)"
				d.actors = append(d.actors, a)
				for k := range d.evidence {
					d.evidence[k].Actors = append(d.evidence[k].Actors, a.field)
				}
			}
			break
		}
	}
}

// hasHeadWord reports whether the sentence has a word for heading a side.
// It runs on every sentence without a trigger, so it strips only the
// conjunction instead of computing every clitic form (hasFormAt).
func (s *sentence) hasHeadWord() bool {
	for _, t := range s.toks {
		if headWords[strings.TrimPrefix(t.Norm, "و")] || headWords[strings.TrimPrefix(t.Norm, "ف")] {
			return true
		}
	}
	return false
}

// hasActor reports whether the draft names entity id.
func (d *draft) hasActor(id string) bool {
	for _, a := range d.actors {
		if a.id == id {
			return true
		}
	}
	return false
}
