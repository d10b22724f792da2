package gen

import (
	_ "embed"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/tl-project/tl/timeline"
)

//go:embed world.tsv
var worldTSV string

// NumPeople is how many synthetic people a World has.
const NumPeople = 2000

// World is the synthetic set of entities a corpus refers to: real
// countries (ISO3 ids) in order of prominence, real cities, and
// NumPeople synthetic people, each acting for a country.
type World struct {
	// Countries are in order of prominence: the first is the most
	// frequent party.
	Countries []timeline.Entity
	// Cities are the cities of the countries, with their populations in
	// cityPop.
	Cities []timeline.Entity
	// People are in order of prominence; People[i].Country is the country
	// the person acts for.
	People []timeline.Entity

	byID       map[string]*timeline.Entity
	byName     map[string][]*timeline.Entity
	countryIdx map[string]int
	cityPop    []float64
	// citiesOf and peopleOf index Cities and People by country index.
	citiesOf [][]int
	peopleOf [][]int
}

// NewWorld returns the world of a seed: the same seed gives the same
// people.
func NewWorld(seed uint64) (*World, error) {
	w := &World{byID: map[string]*timeline.Entity{}, byName: map[string][]*timeline.Entity{}, countryIdx: map[string]int{}}
	for n, line := range strings.Split(worldTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "C" && len(f) >= 4:
			w.countryIdx[f[1]] = len(w.Countries)
			w.Countries = append(w.Countries, timeline.Entity{ID: f[1], Kind: timeline.KindCountry, Name: f[2], NameAR: f[3], ISO3: f[1]})
		case f[0] == "T" && len(f) >= 5:
			pop, err := strconv.ParseFloat(f[4], 64)
			if err != nil {
				return nil, fmt.Errorf("%w: world.tsv:%d: population %q", ErrWorld, n+1, f[4])
			}
			w.Cities = append(w.Cities, timeline.Entity{ID: f[1], Kind: timeline.KindCity, Name: f[2], Country: f[3]})
			w.cityPop = append(w.cityPop, max(pop, 1))
		default:
			return nil, fmt.Errorf("%w: world.tsv:%d: bad line", ErrWorld, n+1)
		}
	}
	w.citiesOf = make([][]int, len(w.Countries))
	for i, c := range w.Cities {
		ci, ok := w.countryIdx[c.Country]
		if !ok {
			return nil, fmt.Errorf("%w: city %s of unknown country %s", ErrWorld, c.ID, c.Country)
		}
		w.citiesOf[ci] = append(w.citiesOf[ci], i)
	}
	// People: the i-th most prominent person acts for a country drawn by
	// the countries' Zipf weights, so prominent people mostly belong to
	// prominent countries.
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	cz := newZipf(len(w.Countries), 1.0, 1)
	w.peopleOf = make([][]int, len(w.Countries))
	for i := range NumPeople {
		ci := cz.sample(r)
		c := &w.Countries[ci]
		n := len(w.peopleOf[ci]) + 1
		w.peopleOf[ci] = append(w.peopleOf[ci], i)
		w.People = append(w.People, timeline.Entity{
			ID:      fmt.Sprintf("%s-%04d", strings.ToLower(c.ID), i+1),
			Kind:    timeline.KindPerson,
			Name:    fmt.Sprintf("Official %d of %s", n, c.Name),
			NameAR:  fmt.Sprintf("المسؤول %d في %s", n, c.NameAR),
			Country: c.ID,
		})
	}
	for _, l := range [][]timeline.Entity{w.Countries, w.Cities, w.People} {
		for i := range l {
			e := &l[i]
			if _, dup := w.byID[e.ID]; dup {
				return nil, fmt.Errorf("%w: duplicate id %s", ErrWorld, e.ID)
			}
			w.byID[e.ID] = e
			for _, name := range []string{e.ID, e.Name, e.NameAR} {
				if k := nameKey(name); k != "" {
					w.byName[k] = appendUnique(w.byName[k], e)
				}
			}
		}
	}
	return w, nil
}

func appendUnique(l []*timeline.Entity, e *timeline.Entity) []*timeline.Entity {
	for _, x := range l {
		if x == e {
			return l
		}
	}
	return append(l, e)
}

func nameKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Entity returns the entity with the given id. With Resolve, it makes a
// World an engine.Gazetteer.
func (w *World) Entity(id string) (timeline.Entity, bool) {
	e, ok := w.byID[id]
	if !ok {
		return timeline.Entity{}, false
	}
	return *e, true
}

// Resolve returns the entities a name (id, English or Arabic name, any
// case) denotes. An exact id denotes its entity alone, so that the city
// "djibouti" is not also the country named Djibouti.
func (w *World) Resolve(name string) ([]timeline.Entity, error) {
	if e, ok := w.byID[name]; ok {
		return []timeline.Entity{*e}, nil
	}
	l := w.byName[nameKey(name)]
	if len(l) == 0 {
		return nil, fmt.Errorf("%w: %q", ErrUnknownName, name)
	}
	out := make([]timeline.Entity, len(l))
	for i, e := range l {
		out[i] = *e
	}
	return out, nil
}

// Party returns the party an actor id stands for: a person's country, or
// the id itself.
func (w *World) Party(id string) string {
	if e, ok := w.byID[id]; ok && e.Kind == timeline.KindPerson {
		return e.Country
	}
	return id
}

// PlaceCountry returns the country a place lies in: a city's country, or
// "" for a country.
func (w *World) PlaceCountry(id string) string {
	if e, ok := w.byID[id]; ok && e.Kind == timeline.KindCity {
		return e.Country
	}
	return ""
}

// ActorKeys returns what an event with the given actors is indexed under
// as an actor: every actor plus each person's country, sorted, without
// duplicates (the engine's rule: a person acts for their country).
func (w *World) ActorKeys(actors []string) []string {
	out := make([]string, 0, 2*len(actors))
	for _, a := range actors {
		out = append(out, a)
		if p := w.Party(a); p != a {
			out = append(out, p)
		}
	}
	return sortedSet(out)
}

// PlaceKeys returns what an event with the given places is indexed under
// as a place: every place plus each city's country.
func (w *World) PlaceKeys(places []string) []string {
	out := make([]string, 0, 2*len(places))
	for _, p := range places {
		out = append(out, p)
		if c := w.PlaceCountry(p); c != "" {
			out = append(out, c)
		}
	}
	return sortedSet(out)
}
