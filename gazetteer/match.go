package gazetteer

import (
	"strings"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/timeline"
)

// Mention is a stretch of tokens that names an entity or states a role.
type Mention struct {
	// TokStart and TokEnd are token indices into the slice given to Match,
	// TokEnd exclusive.
	TokStart, TokEnd int
	// Start and End are byte offsets into the original text: the Start of
	// the first token and the End of the last.
	Start, End int
	// EntityID is the entity named; empty for a role mention.
	EntityID string
	// Kind is the kind of the entity named; KindUnknown for a role.
	Kind timeline.Kind
	// Via says how the mention was recognised: ViaName, ViaAlias,
	// ViaDemonym, ViaMetonym or ViaRole.
	Via string
	// Role is the role key of a role mention ("president",
	// "foreign-minister", "counterpart"); empty otherwise.
	Role string
	// Country is the ISO3 code of the country a role mention is of, or of
	// the country an entity mention stands for (a country's own id, a
	// person's or city's country, a demonym's or metonym's country).
	// Empty for a bare role ("الرئيس") and for organisations.
	Country string
	// Org is the organisation code of an organisation's role ("الأمين العام
	// للأمم المتحدة" has Org "UN"), or the id of a named organisation.
	Org string
	// Former is set on a role mention followed by "السابق" or "الأسبق":
	// the phrase names a past holder, not the one in office.
	Former bool
}

// Text returns the mention's text in the original text it was matched in.
func (m Mention) Text(text string) string { return text[m.Start:m.End] }

// Match finds the mentions of entities and role phrases in a token
// sequence, scanning left to right and taking at each token the longest
// match; mentions do not overlap. The first token of a match may carry
// proclitics ("وروسيا", "بموسكو", "للأمم المتحدة", "والرئيس"); the
// following tokens must match exactly (after normalisation).
//
// Single words in the stop-list stop clitic stripping and are never
// matched alone (so "المالي", financial, is not Mali), and stop-list
// phrases block any match that starts where they start ("مسقط رأسه",
// birthplace, is not Muscat). A surname the stop-list marks "titled"
// names its person alone only right after a title.
func (g *Gazetteer) Match(toks []arabic.Token) []Mention {
	g.mu.RLock()
	defer g.mu.RUnlock()
	var out []Mention
	for i := 0; i < len(toks); {
		if end := g.stopPhrase(toks, i); end > i {
			i = end
			continue
		}
		var accept func(hit) bool
		if !titleBefore(out, toks, i) {
			accept = untitled
		}
		ent, eok := g.longest(&g.mentions, toks, i, accept)
		role, rok := g.matchRole(toks, i)
		switch {
		case rok && (!eok || role.TokEnd >= ent.TokEnd):
			out = append(out, role)
			i = role.TokEnd
		case eok:
			out = append(out, ent)
			i = ent.TokEnd
		default:
			i++
		}
	}
	return out
}

// honorifics are titles of address that may stand before a surname.
var honorifics = map[string]bool{"السيد": true, "الدكتور": true}

// titleBefore reports whether token i follows a title: a role phrase
// ending right before it ("رئيس الوزراء شرف") or an honorific ("الدكتور
// شرف").
func titleBefore(out []Mention, toks []arabic.Token, i int) bool {
	if n := len(out); n > 0 && out[n-1].Via == ViaRole && out[n-1].TokEnd == i {
		return true
	}
	return i > 0 && honorifics[toks[i-1].Norm]
}

// untitled accepts every hit but a surname that needs a title.
func untitled(h hit) bool { return !h.titled }

// stopPhrase returns the end of a multi-word stop-list phrase starting at
// token i, or i when there is none.
func (g *Gazetteer) stopPhrase(toks []arabic.Token, i int) int {
	best := i
	for _, c := range arabic.Candidates(toks[i].Norm) {
		n := g.stopTrie.child(c)
		for j := i + 1; n != nil; j++ {
			if len(n.hits) > 0 && j > best {
				best = j
			}
			if j >= len(toks) {
				break
			}
			n = n.child(toks[j].Norm)
		}
	}
	return best
}

// longest finds the longest entity match starting at token i. When accept
// is not nil, only hits it accepts count.
func (g *Gazetteer) longest(root *node, toks []arabic.Token, i int, accept func(hit) bool) (Mention, bool) {
	var (
		best    Mention
		found   bool
		bestCi  int
		bestRnk int
	)
	norm := toks[i].Norm
	single := true // single-token matches still allowed
	for ci, c := range arabic.Candidates(norm) {
		if g.stop[c] {
			single = false
		}
		lamOK := strings.HasSuffix(norm[:len(norm)-len(c)], "لل")
		n := root.child(c)
		for j := i + 1; n != nil; j++ {
			if len(n.hits) > 0 && (single || j > i+1) {
				for _, h := range n.hits {
					if h.lam && !lamOK || accept != nil && !accept(h) {
						continue
					}
					if j == i+1 && articleStripped(norm, c) && g.ents[h.id].Kind == timeline.KindPerson {
						// "عبد العزيز" does not name Shaukat Aziz: a
						// one-word personal name never carries the article.
						continue
					}
					better := !found || j > best.TokEnd ||
						j == best.TokEnd && (ci < bestCi || ci == bestCi && h.rank < bestRnk)
					if better {
						best = g.entityMention(toks, i, j, h)
						found, bestCi, bestRnk = true, ci, h.rank
					}
				}
			}
			if j >= len(toks) {
				break
			}
			n = n.child(toks[j].Norm)
		}
	}
	return best, found
}

// articleStripped reports whether candidate c of the normalised word norm
// was reached by removing the article ال ("العزيز" → "عزيز").
func articleStripped(norm, c string) bool {
	return strings.HasSuffix(norm[:len(norm)-len(c)], "ال")
}

// entityMention builds the mention of hit h over tokens [i, j).
func (g *Gazetteer) entityMention(toks []arabic.Token, i, j int, h hit) Mention {
	m := Mention{TokStart: i, TokEnd: j, Start: toks[i].Start, End: toks[j-1].End, EntityID: h.id, Via: h.via}
	if e, ok := g.ents[h.id]; ok {
		m.Kind = e.Kind
		switch e.Kind {
		case timeline.KindCountry:
			m.Country = e.ID
		case timeline.KindOrganisation:
			m.Org = e.ID
		default:
			m.Country = e.Country
		}
	}
	return m
}

// rolePhrase is what a role phrase means and what may follow it.
type rolePhrase struct {
	role string
	// adj: the phrase takes a following demonym ("الرئيس الروسي").
	adj bool
	// construct: the phrase takes a following country, organisation or
	// metonym ("رئيس كازاخستان", "الأمين العام للأمم المتحدة").
	construct bool
	// bare: the phrase is a mention even with nothing after it
	// ("الرئيس", "نظيره").
	bare bool
}

// formerWords mark a role phrase as naming a past holder.
var formerWords = map[string]bool{"السابق": true, "السابقه": true, "الاسبق": true, "الاسبقه": true}

// matchRole matches a role phrase at token i, with its complement.
func (g *Gazetteer) matchRole(toks []arabic.Token, i int) (Mention, bool) {
	// Collect the ends of every role phrase starting at i, longest first.
	type cand struct {
		end int
		rp  rolePhrase
	}
	var cands []cand
	for _, c := range arabic.Candidates(toks[i].Norm) {
		n := g.roles.child(c)
		for j := i + 1; n != nil; j++ {
			for _, h := range n.hits {
				cands = append(cands, cand{j, g.roleInfo[h.id]})
			}
			if j >= len(toks) {
				break
			}
			n = n.child(toks[j].Norm)
		}
	}
	// Longest phrase first; stable for equal ends keeps candidate order.
	for a := 1; a < len(cands); a++ {
		for b := a; b > 0 && cands[b].end > cands[b-1].end; b-- {
			cands[b], cands[b-1] = cands[b-1], cands[b]
		}
	}
	for _, c := range cands {
		m := Mention{TokStart: i, TokEnd: c.end, Start: toks[i].Start, End: toks[c.end-1].End, Via: ViaRole, Role: c.rp.role}
		j := c.end
		if j < len(toks) && c.rp.adj {
			if d, ok := g.demonymAt(toks, j); ok {
				m.TokEnd, m.End, m.Country, m.Org = d.TokEnd, d.End, d.Country, d.Org
				if k := m.TokEnd; k < len(toks) && formerWords[toks[k].Norm] {
					m.TokEnd, m.End, m.Former = k+1, toks[k].End, true
				}
				return m, true
			}
		}
		if j < len(toks) && c.rp.construct {
			if d, ok := g.longest(&g.mentions, toks, j, g.isComplement); ok {
				m.TokEnd, m.End, m.Country, m.Org = d.TokEnd, d.End, d.Country, d.Org
				return m, true
			}
		}
		if c.rp.bare {
			if k := m.TokEnd; k < len(toks) && formerWords[toks[k].Norm] {
				m.TokEnd, m.End, m.Former = k+1, toks[k].End, true
			}
			return m, true
		}
	}
	return Mention{}, false
}

// demonymAt matches a demonym (or organisation adjective) at token j,
// exactly, without clitic stripping.
func (g *Gazetteer) demonymAt(toks []arabic.Token, j int) (Mention, bool) {
	var best Mention
	found := false
	n := g.mentions.child(toks[j].Norm)
	for k := j + 1; n != nil; k++ {
		for _, h := range n.hits {
			if h.via == ViaDemonym && !h.lam && (!found || k > best.TokEnd) {
				best, found = g.entityMention(toks, j, k, h), true
			}
		}
		if k >= len(toks) {
			break
		}
		n = n.child(toks[k].Norm)
	}
	return best, found
}

// isComplement accepts the hits that can follow a construct role phrase:
// countries, organisations and metonyms, but not demonyms.
func (g *Gazetteer) isComplement(h hit) bool {
	if h.via == ViaDemonym {
		return false
	}
	if h.via == ViaMetonym {
		return true
	}
	e, ok := g.ents[h.id]
	return ok && (e.Kind == timeline.KindCountry || e.Kind == timeline.KindOrganisation)
}
