package gazetteer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/timeline"
)

// latinMarks removes combining marks below the Hebrew block, i.e. the
// accents of Latin, Greek and Cyrillic letters, after decomposition. Arabic
// marks are handled by arabic.Normalize, and Arabic letters with hamza are
// recomposed by NFC, so ؤ and ئ survive.
var latinMarks = runes.Remove(runes.Predicate(func(r rune) bool {
	return r < 0x0590 && unicode.Is(unicode.Mn, r)
}))

// queryKey is the form names are compared in by Resolve: Arabic
// normalisation, case folding, Latin accents removed, and punctuation and
// spacing reduced to single spaces ("São Tomé" = "sao tome", "Washington,
// D.C." = "washington d c", "بوتين" = "بوتين").
func queryKey(s string) string {
	if hasLatinExtended(s) {
		t := transform.Chain(norm.NFD, latinMarks, norm.NFC)
		if r, _, err := transform.String(t, s); err == nil {
			s = r
		}
	}
	toks := arabic.Tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = strings.ReplaceAll(strings.ReplaceAll(t.Norm, "'", ""), "\u2019", "")
	}
	return strings.Join(parts, " ")
}

// hasLatinExtended reports whether s has a non-ASCII rune below the
// Hebrew block (an accented Latin, Greek or Cyrillic letter or a combining
// mark), the only case that needs decomposition.
func hasLatinExtended(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		for _, r := range s[i:] {
			if r >= utf8.RuneSelf && r < 0x0590 {
				return true
			}
		}
		return false
	}
	return false
}

func (g *Gazetteer) addQueryKey(name, id, display string) {
	k := queryKey(name)
	if k == "" {
		return
	}
	for _, x := range g.query[k] {
		if x == id {
			return
		}
	}
	g.query[k] = append(g.query[k], id)
	if _, ok := g.display[k]; !ok {
		g.display[k] = display
	}
}

// Resolve returns the entities a name denotes, for the query language. The
// name may be an id ("RUS", "csto", "vladimir-putin"), an English name or
// alias ("Vladimir Putin", "putin", "Sao Tome"), or an Arabic one
// ("بوتين", "روسيا الاتحادية"); case, Latin accents, Arabic diacritics and
// spelling variants do not matter. An exact id wins over names; otherwise
// every entity with that name is returned, countries first. A name that
// denotes nothing gives an *UnknownError (wrapping ErrUnknown) with
// suggestions.
func (g *Gazetteer) Resolve(name string) ([]timeline.Entity, error) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	name = strings.TrimSpace(name)
	out, ok := g.named(name)
	if !ok {
		return nil, &UnknownError{Name: name, Suggestions: g.suggest(name, 5)}
	}
	sort.SliceStable(out, func(i, j int) bool { return kindRank(out[i].Kind) < kindRank(out[j].Kind) })
	return out, nil
}

// Named returns the entities whose name, alias or id is name, as Resolve
// finds them (in index order, not sorted by kind), without computing
// suggestions when there are none: a cheap test for callers that probe
// many words.
func (g *Gazetteer) Named(name string) []timeline.Entity {
	g.mu.RLock()
	defer g.mu.RUnlock()
	out, _ := g.named(strings.TrimSpace(name))
	return out
}

// named looks name up as an exact id, then as a query key; ok is false
// when the name is not indexed at all. The caller holds g.mu.
func (g *Gazetteer) named(name string) (out []timeline.Entity, ok bool) {
	if e, ok := g.ents[name]; ok {
		return []timeline.Entity{*e}, true
	}
	ids := g.query[queryKey(name)]
	if len(ids) == 0 {
		return nil, false
	}
	out = make([]timeline.Entity, 0, len(ids))
	for _, id := range ids {
		if e, ok := g.ents[id]; ok {
			out = append(out, *e)
		}
	}
	return out, true
}

// suggest returns up to n display names whose keys are close to name: an
// edit distance of at most a third of the name's length (at least 1, at
// most 3), or a key that starts with the name (for names of 3 runes or
// more). Closest first.
func (g *Gazetteer) suggest(name string, n int) []string {
	k := queryKey(name)
	if k == "" {
		return nil
	}
	kr := []rune(k)
	maxd := min(max(len(kr)/3, 1), 3)
	type sug struct {
		display string
		d       int
	}
	best := map[string]int{}
	for key := range g.query {
		d := -1
		if len(kr) >= 3 && strings.HasPrefix(key, k) {
			d = maxd // a prefix ranks after close spellings
		} else if abs(len([]rune(key))-len(kr)) <= maxd {
			if dist := levenshtein(kr, []rune(key), maxd); dist <= maxd {
				d = dist
			}
		}
		if d < 0 {
			continue
		}
		disp := g.display[key]
		if old, ok := best[disp]; !ok || d < old {
			best[disp] = d
		}
	}
	list := make([]sug, 0, len(best))
	for disp, d := range best {
		list = append(list, sug{disp, d})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].d != list[j].d {
			return list[i].d < list[j].d
		}
		return list[i].display < list[j].display
	})
	out := make([]string, 0, n)
	for _, s := range list {
		if len(out) == n {
			break
		}
		out = append(out, s.display)
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// levenshtein returns the optimal-string-alignment distance of a and b:
// insertions, deletions, substitutions and transpositions of two adjacent
// runes each cost one ("Putni" is one edit from "Putin"). It returns
// limit+1 as soon as the distance is known to exceed limit.
func levenshtein(a, b []rune, limit int) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
