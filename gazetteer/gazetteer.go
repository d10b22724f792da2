package gazetteer

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/timeline"
)

// Gazetteer holds entities and the indexes that find them in text and in
// queries. The zero value is not usable; use New or Default. A Gazetteer is
// safe for concurrent use: Add and Load take a write lock, everything else
// a read lock.
type Gazetteer struct {
	mu   sync.RWMutex
	ents map[string]*timeline.Entity

	// mentions indexes names, aliases, demonyms and metonyms by normalised
	// token sequence, for Match.
	mentions node
	// roles indexes role phrases ("الرئيس", "وزير خارجية").
	roles node
	// roleInfo is the payload of the role trie, by hit id.
	roleInfo map[string]rolePhrase
	// stop holds normalised words never matched alone, and phrases that
	// block a match starting where they start.
	stop     map[string]bool
	stopTrie node
	// titled holds normalised surnames that are also common words: they
	// name their person alone only right after a title ("رئيس الوزراء
	// شرف"), never in running text ("ضيف شرف").
	titled map[string]bool
	// holders indexes people's terms by "role|country-or-org".
	holders map[string][]holding
	// query maps a query key to entity ids, for Resolve.
	query map[string][]string
	// display maps a query key to the spelling it was made from.
	display map[string]string
	// capital maps a country ISO3 to its capital city id.
	capital map[string]string
	// derived tracks the surname keys made from people's names, to drop
	// ambiguous ones: key -> person id, or "" once ambiguous.
	derived map[string]string
}

// holding is one term of office of a person.
type holding struct {
	id   string
	term timeline.Term
}

// New returns an empty gazetteer with no entities, role phrases or
// stop-list.
func New() *Gazetteer {
	return &Gazetteer{
		ents:     make(map[string]*timeline.Entity),
		roleInfo: make(map[string]rolePhrase),
		stop:     make(map[string]bool),
		titled:   make(map[string]bool),
		holders:  make(map[string][]holding),
		query:    make(map[string][]string),
		display:  make(map[string]string),
		capital:  make(map[string]string),
		derived:  make(map[string]string),
	}
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer built from the embedded data, built on the
// first call and shared afterwards. It panics if the embedded data is
// corrupt, which the package tests rule out. Because it is shared, callers
// that want to Add their own entities should use Embedded for a private
// copy.
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultG, defaultErr = Embedded() })
	if defaultErr != nil {
		panic("gazetteer: embedded data: " + defaultErr.Error())
	}
	return defaultG
}

// Entity returns the entity with the given id (exact, case-sensitive) and
// whether it exists. The returned value is a copy that shares its slices
// with the gazetteer: do not modify them.
func (g *Gazetteer) Entity(id string) (timeline.Entity, bool) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	e, ok := g.ents[id]
	if !ok {
		return timeline.Entity{}, false
	}
	return *e, true
}

// All returns every entity, sorted by kind and then id.
func (g *Gazetteer) All() []timeline.Entity {
	return g.filter(func(*timeline.Entity) bool { return true })
}

// ByKind returns the entities of kind k, sorted by id.
func (g *Gazetteer) ByKind(k timeline.Kind) []timeline.Entity {
	return g.filter(func(e *timeline.Entity) bool { return e.Kind == k })
}

// Len returns the number of entities.
func (g *Gazetteer) Len() int {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return len(g.ents)
}

func (g *Gazetteer) filter(keep func(*timeline.Entity) bool) []timeline.Entity {
	g.mu.RLock()
	defer g.mu.RUnlock()
	out := make([]timeline.Entity, 0, len(g.ents))
	for _, e := range g.ents {
		if keep(e) {
			out = append(out, *e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// CapitalOf returns the capital city of the country with the given ISO3
// code.
func (g *Gazetteer) CapitalOf(iso3 string) (timeline.Entity, bool) {
	g.mu.RLock()
	id, ok := g.capital[iso3]
	g.mu.RUnlock()
	if !ok {
		return timeline.Entity{}, false
	}
	return g.Entity(id)
}

// Add adds an entity, or merges it into the entity with the same id: the
// new names become aliases, empty fields are filled, terms and members are
// added. It returns an error wrapping ErrBadEntity when e has no id or no
// kind, or a kind different from the existing entity's.
func (g *Gazetteer) Add(e timeline.Entity) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.dropAmbiguousDerived()
	return g.add(e)
}

func (g *Gazetteer) add(e timeline.Entity) error {
	e.ID = strings.TrimSpace(e.ID)
	if e.ID == "" {
		return errorf(ErrBadEntity, "entity %q has no id", e.Name)
	}
	if e.Kind == timeline.KindUnknown {
		return errorf(ErrBadEntity, "entity %s has no kind", e.ID)
	}
	old, ok := g.ents[e.ID]
	if !ok {
		cp := e
		cp.Aliases = slices.Clone(e.Aliases)
		cp.Terms = slices.Clone(e.Terms)
		cp.Members = slices.Clone(e.Members)
		if cp.Kind == timeline.KindCountry && cp.ISO3 == "" {
			cp.ISO3 = cp.ID
		}
		g.ents[e.ID] = &cp
		g.index(&cp, cp.Aliases, cp.Terms)
		return nil
	}
	if old.Kind != e.Kind {
		return errorf(ErrBadEntity, "entity %s is a %s, not a %s", e.ID, old.Kind, e.Kind)
	}
	var newAliases []string
	addAlias := func(a string) {
		if a != "" && a != old.Name && a != old.NameAR && !slices.Contains(old.Aliases, a) {
			old.Aliases = append(old.Aliases, a)
			newAliases = append(newAliases, a)
		}
	}
	if old.Name == "" {
		old.Name = e.Name
		newAliases = append(newAliases, e.Name)
	} else {
		addAlias(e.Name)
	}
	if old.NameAR == "" {
		old.NameAR = e.NameAR
		newAliases = append(newAliases, e.NameAR)
	} else {
		addAlias(e.NameAR)
	}
	for _, a := range e.Aliases {
		addAlias(a)
	}
	if old.ISO3 == "" {
		old.ISO3 = e.ISO3
	}
	if old.Country == "" {
		old.Country = e.Country
	}
	if old.Lat == 0 && old.Lon == 0 {
		old.Lat, old.Lon = e.Lat, e.Lon
	}
	var newTerms []timeline.Term
	for _, t := range e.Terms {
		if !slices.Contains(old.Terms, t) {
			old.Terms = append(old.Terms, t)
			newTerms = append(newTerms, t)
		}
	}
	for _, m := range e.Members {
		if !slices.Contains(old.Members, m) {
			old.Members = append(old.Members, m)
		}
	}
	g.index(old, newAliases, newTerms)
	return nil
}

// index adds the names of e (its primary names when they are not yet
// indexed, and the given aliases) to the mention and query indexes, and
// the given terms to the holder index.
func (g *Gazetteer) index(e *timeline.Entity, aliases []string, terms []timeline.Term) {
	rank := kindRank(e.Kind)
	g.addQueryKey(strings.ToLower(e.ID), e.ID, displayOf(e))
	for _, n := range []string{e.Name, e.NameAR} {
		if n != "" {
			g.addMention(n, hit{id: e.ID, via: ViaName, rank: rank})
			g.addQueryKey(n, e.ID, displayOf(e))
		}
	}
	for _, a := range aliases {
		if a == "" || a == e.Name || a == e.NameAR {
			continue
		}
		g.addMention(a, hit{id: e.ID, via: ViaAlias, rank: rank + 1})
		g.addQueryKey(a, e.ID, displayOf(e))
	}
	if e.Kind == timeline.KindPerson {
		for _, n := range append([]string{e.Name, e.NameAR}, aliases...) {
			g.derivePersonKeys(e, n)
		}
	}
	for _, t := range terms {
		k := holderKey(t.Role, t.Country+t.Org)
		g.holders[k] = append(g.holders[k], holding{id: e.ID, term: t})
	}
	if e.Kind == timeline.KindCity && e.Country != "" {
		if c, ok := g.ents[e.Country]; ok && c.Lat == 0 && c.Lon == 0 && g.capital[e.Country] == e.ID {
			c.Lat, c.Lon = e.Lat, e.Lon
		}
	}
}

func displayOf(e *timeline.Entity) string {
	if e.Name != "" {
		return e.Name
	}
	if e.NameAR != "" {
		return e.NameAR
	}
	return e.ID
}

// kindRank orders hits of different kinds on the same key: a country
// before an organisation, a city, a person.
func kindRank(k timeline.Kind) int {
	switch k {
	case timeline.KindCountry:
		return 0
	case timeline.KindOrganisation:
		return 10
	case timeline.KindCity:
		return 20
	case timeline.KindPerson:
		return 30
	}
	return 40
}

// keyTokens returns the normalised tokens of a name.
func keyTokens(name string) []string {
	toks := arabic.Tokenize(name)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// addMention indexes a name for Match. A name whose first word carries the
// article also gets the article-less key reached after لل ("للأمم").
func (g *Gazetteer) addMention(name string, h hit) {
	toks := keyTokens(name)
	if len(toks) == 0 {
		return
	}
	g.mentions.insert(toks, h)
	if first := toks[0]; strings.HasPrefix(first, "ال") && len([]rune(first)) >= 2+arabic.MinStem {
		lam := h
		lam.lam = true
		g.mentions.insert(append([]string{first[len("ال"):]}, toks[1:]...), lam)
	}
}

// particles are name parts that make a person's last word a poor surname
// on its own (bin, Al, Abdul...): names containing them get no derived keys.
var particles = map[string]bool{
	"بن": true, "ابن": true, "بنت": true, "ال": true, "عبد": true, "ابو": true, "ام": true,
	"bin": true, "ibn": true, "al": true, "abdul": true, "abu": true, "el": true, "bint": true,
	"de": true, "van": true, "von": true, "der": true, "la": true,
}

// derivePersonKeys adds the surname alone and first+last name of a person
// whose name has no particles. A surname shared by two people is dropped
// from both, a surname in the stop-list is never added, and one the
// stop-list marks "titled" is added for use after a title only.
func (g *Gazetteer) derivePersonKeys(e *timeline.Entity, name string) {
	toks := keyTokens(name)
	if len(toks) < 2 {
		return
	}
	for _, t := range toks {
		if particles[t] || strings.HasPrefix(t, "ال") || strings.HasPrefix(t, "al-") {
			return
		}
	}
	last := toks[len(toks)-1]
	if len([]rune(last)) >= 3 && !g.stop[last] {
		g.addDerived(last, e, g.titled[last])
	}
	if len(toks) >= 3 {
		fl := toks[0] + " " + last
		g.addDerived(fl, e, false)
	}
}

func (g *Gazetteer) addDerived(key string, e *timeline.Entity, titled bool) {
	owner, seen := g.derived[key]
	switch {
	case !seen:
		g.derived[key] = e.ID
	case owner == e.ID || owner == "":
		return
	default:
		g.derived[key] = "" // ambiguous
		return
	}
	g.mentions.insert(strings.Split(key, " "), hit{id: e.ID, via: ViaAlias, rank: kindRank(e.Kind) + 2, titled: titled})
	g.addQueryKey(key, e.ID, displayOf(e))
}

// dropAmbiguousDerived removes the hits of derived keys that turned out to
// be shared by several people. It runs after a batch of additions.
func (g *Gazetteer) dropAmbiguousDerived() {
	for key, owner := range g.derived {
		if owner != "" {
			continue
		}
		toks := strings.Split(key, " ")
		n := &g.mentions
		for _, t := range toks {
			if n = n.child(t); n == nil {
				break
			}
		}
		if n != nil {
			n.hits = slices.DeleteFunc(n.hits, func(h hit) bool {
				e := g.ents[h.id]
				return e != nil && e.Kind == timeline.KindPerson && h.rank == kindRank(timeline.KindPerson)+2
			})
		}
		qk := queryKey(key)
		g.query[qk] = slices.DeleteFunc(g.query[qk], func(id string) bool {
			e := g.ents[id]
			return e != nil && e.Kind == timeline.KindPerson && !g.hasExplicitKey(e, qk)
		})
		if len(g.query[qk]) == 0 {
			delete(g.query, qk)
		}
	}
}

// hasExplicitKey reports whether one of e's own names has query key qk.
func (g *Gazetteer) hasExplicitKey(e *timeline.Entity, qk string) bool {
	for _, n := range append([]string{e.ID, e.Name, e.NameAR}, e.Aliases...) {
		if queryKey(n) == qk {
			return true
		}
	}
	return false
}
