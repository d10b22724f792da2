package suite

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"time"

	"github.com/tl-project/tl/bench/gen"
	"github.com/tl-project/tl/timeline"
)

// Kind is a kind of benchmark query.
type Kind uint8

// The query kinds, each a question tl exists to answer.
const (
	// KindActorRange: the events of one actor in a date range sized to
	// return about 60 (at most ~100) events.
	KindActorRange Kind = iota + 1
	// KindPlace: the events held in one place (city or country) in a date
	// range sized like KindActorRange.
	KindPlace
	// KindCoActors: the events two parties both took part in, in one year.
	KindCoActors
	// KindLimit10: the first ten events of the whole timeline.
	KindLimit10
	// KindCountMonth: the number of events per month over everything.
	KindCountMonth
	// KindCountMonthActor: the number of events per month of one actor.
	KindCountMonthActor
)

// Kinds lists the query kinds in report order.
var Kinds = []Kind{KindActorRange, KindPlace, KindCoActors, KindLimit10, KindCountMonth, KindCountMonthActor}

var kindNames = map[Kind]string{
	KindActorRange:      "actor + date range",
	KindPlace:           "place + date range",
	KindCoActors:        "two-actor co-occurrence in a year",
	KindLimit10:         "limit 10 over everything",
	KindCountMonth:      "count by month, all events",
	KindCountMonthActor: "count by month, one actor",
}

// String returns the report label of the kind.
func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// IsCount reports whether the kind's result is counts by month rather than
// events.
func (k Kind) IsCount() bool { return k == KindCountMonth || k == KindCountMonthActor }

// Query is one benchmark question with its parameters.
type Query struct {
	Kind Kind `json:"kind"`
	// A and B are actor or place ids (B only for KindCoActors).
	A string `json:"a,omitempty"`
	B string `json:"b,omitempty"`
	// From and To bound the date range, inclusive; zero when unbounded.
	From timeline.Day `json:"from,omitempty"`
	To   timeline.Day `json:"to,omitempty"`
}

// TL returns the query in tl's language, with its parameters.
func (q Query) TL() (string, map[string]string) {
	p := map[string]string{}
	if q.A != "" {
		p["a"] = q.A
	}
	if q.B != "" {
		p["b"] = q.B
	}
	if q.From != 0 || q.To != 0 {
		p["from"], p["to"] = q.From.String(), q.To.String()
	}
	switch q.Kind {
	case KindActorRange:
		return "events where actor = $a and date between $from and $to", p
	case KindPlace:
		return "events where place = $p and date between $from and $to", map[string]string{"p": q.A, "from": p["from"], "to": p["to"]}
	case KindCoActors:
		return "events where actor = $a and actor = $b and date between $from and $to", p
	case KindLimit10:
		return "events limit 10", nil
	case KindCountMonth:
		return "count by month", nil
	case KindCountMonthActor:
		return "count by month where actor = $a", p
	}
	return "", nil
}

// String returns the query in tl's language with its parameters inlined.
func (q Query) String() string {
	src, p := q.TL()
	for _, k := range []string{"from", "to", "a", "b", "p"} {
		if v, ok := p[k]; ok {
			src = replaceParam(src, "$"+k, v)
		}
	}
	return src
}

func replaceParam(s, name, v string) string {
	for i := 0; i+len(name) <= len(s); i++ {
		if s[i:i+len(name)] == name {
			return s[:i] + v + replaceParam(s[i+len(name):], name, v)
		}
	}
	return s
}

// Result is a store's answer to a Query: the event ids in result order,
// or the counts by month label ("2021-03"; months without events are
// left out).
type Result struct {
	IDs    []string         `json:"ids,omitempty"`
	Counts map[string]int64 `json:"counts,omitempty"`
}

// Rows returns the number of events or non-empty months.
func (r *Result) Rows() int { return len(r.IDs) + len(r.Counts) }

// Equal reports whether two results are the same answer.
func (r *Result) Equal(o *Result) bool {
	if !slices.Equal(r.IDs, o.IDs) || len(r.Counts) != len(o.Counts) {
		return false
	}
	for k, v := range r.Counts {
		if o.Counts[k] != v {
			return false
		}
	}
	return true
}

// Diff describes how o differs from r, briefly.
func (r *Result) Diff(o *Result) string {
	if len(r.IDs) != len(o.IDs) || !slices.Equal(r.IDs, o.IDs) {
		a, b := setOf(r.IDs), setOf(o.IDs)
		var only1, only2 []string
		for k := range a {
			if !b[k] {
				only1 = append(only1, k)
			}
		}
		for k := range b {
			if !a[k] {
				only2 = append(only2, k)
			}
		}
		slices.Sort(only1)
		slices.Sort(only2)
		if len(only1)+len(only2) == 0 {
			return fmt.Sprintf("same %d ids in a different order", len(r.IDs))
		}
		return fmt.Sprintf("%d vs %d ids; only in first %v; only in second %v", len(r.IDs), len(o.IDs), head(only1), head(only2))
	}
	var d []string
	for k, v := range r.Counts {
		if o.Counts[k] != v {
			d = append(d, fmt.Sprintf("%s: %d vs %d", k, v, o.Counts[k]))
		}
	}
	for k, v := range o.Counts {
		if _, ok := r.Counts[k]; !ok {
			d = append(d, fmt.Sprintf("%s: 0 vs %d", k, v))
		}
	}
	slices.Sort(d)
	return fmt.Sprintf("%d months differ: %v", len(d), head(d))
}

func setOf(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func head(xs []string) []string {
	if len(xs) > 5 {
		return append(slices.Clone(xs[:5]), "…")
	}
	return xs
}

// monthLabel returns "YYYY-MM" of the month a day falls in.
func monthLabel(d timeline.Day) string {
	y, m, _ := d.Civil()
	return fmt.Sprintf("%04d-%02d", y, int(m))
}

// monthIndex returns year*12 + month-1 of a day: the month column of the
// SQLite schema.
func monthIndex(d timeline.Day) int {
	y, m, _ := d.Civil()
	return y*12 + int(m) - 1
}

// labelOfMonth is the inverse of monthIndex, formatted as monthLabel.
func labelOfMonth(m int) string { return fmt.Sprintf("%04d-%02d", m/12, m%12+1) }

// Observer watches a corpus go by and keeps what the workload needs: how
// many events each actor and place key has, and a uniform sample of
// events (reservoir sampling), so that parameters drawn from the sample
// follow the corpus's own Zipf-like frequencies.
type Observer struct {
	w      *gen.World
	r      *rand.Rand
	seen   int
	Actors map[string]int
	Places map[string]int
	sample []sampled
}

// sampled is what the workload keeps of one sampled event.
type sampled struct {
	Actors  []string     `json:"actors"`
	Places  []string     `json:"places"`
	Parties []string     `json:"parties"`
	Start   timeline.Day `json:"start"`
}

// sampleSize is the number of events an Observer keeps.
const sampleSize = 4096

// NewObserver returns an observer of a corpus over w.
func NewObserver(w *gen.World, seed uint64) *Observer {
	return &Observer{w: w, r: rand.New(rand.NewPCG(seed, 3)), Actors: map[string]int{}, Places: map[string]int{}}
}

// Observe records events.
func (o *Observer) Observe(evs []timeline.Event) {
	for i := range evs {
		e := &evs[i]
		ak, pk := o.w.ActorKeys(e.Actors), o.w.PlaceKeys(e.Places)
		for _, a := range ak {
			o.Actors[a]++
		}
		for _, p := range pk {
			o.Places[p]++
		}
		o.seen++
		j := o.seen - 1
		if len(o.sample) >= sampleSize {
			j = o.r.IntN(o.seen)
			if j >= sampleSize {
				continue
			}
		}
		var parties []string
		for _, a := range e.Actors {
			parties = append(parties, o.w.Party(a))
		}
		s := sampled{Actors: ak, Places: pk, Parties: sortedSet(parties), Start: e.Date.Start}
		if j >= len(o.sample) {
			o.sample = append(o.sample, s)
		} else {
			o.sample[j] = s
		}
	}
}

func sortedSet(xs []string) []string {
	slices.Sort(xs)
	return slices.Compact(xs)
}

// Corpus span, for sizing date windows.
var (
	corpusFrom = timeline.DayOf(1990, time.January, 1)
	corpusTo   = timeline.DayOf(2026, time.December, 31)
)

// targetRows is the number of events a date window is sized to return.
const targetRows = 60

// Workload is the list of queries of every kind, the same for both stores.
type Workload struct {
	Queries map[Kind][]Query `json:"queries"`
}

// Workload draws n queries of each kind from the observed corpus.
func (o *Observer) Workload(n int, seed uint64) *Workload {
	r := rand.New(rand.NewPCG(seed, 4))
	wl := &Workload{Queries: map[Kind][]Query{}}
	if len(o.sample) == 0 {
		return wl
	}
	pick := func() *sampled { return &o.sample[r.IntN(len(o.sample))] }
	window := func(count int) (timeline.Day, timeline.Day) {
		span := int(corpusTo - corpusFrom + 1)
		days := span
		if count > 0 {
			days = min(span, max(1, span*targetRows/count))
		}
		from := corpusFrom + timeline.Day(r.IntN(span-days+1))
		return from, from + timeline.Day(days-1)
	}
	for range n {
		s := pick()
		a := s.Actors[r.IntN(len(s.Actors))]
		from, to := window(o.Actors[a])
		wl.add(Query{Kind: KindActorRange, A: a, From: from, To: to})

		s = pick()
		p := s.Places[r.IntN(len(s.Places))]
		from, to = window(o.Places[p])
		wl.add(Query{Kind: KindPlace, A: p, From: from, To: to})

		for tries := 0; tries < 100; tries++ {
			s = pick()
			if len(s.Parties) < 2 {
				continue
			}
			i := r.IntN(len(s.Parties))
			j := (i + 1 + r.IntN(len(s.Parties)-1)) % len(s.Parties)
			y, _, _ := s.Start.Civil()
			wl.add(Query{Kind: KindCoActors, A: s.Parties[i], B: s.Parties[j],
				From: timeline.DayOf(y, time.January, 1), To: timeline.DayOf(y, time.December, 31)})
			break
		}
		wl.add(Query{Kind: KindLimit10})
		wl.add(Query{Kind: KindCountMonth})
		s = pick()
		wl.add(Query{Kind: KindCountMonthActor, A: s.Actors[r.IntN(len(s.Actors))]})
	}
	return wl
}

func (w *Workload) add(q Query) { w.Queries[q.Kind] = append(w.Queries[q.Kind], q) }

// Save writes the workload as JSON.
func (w *Workload) Save(path string) error {
	b, err := json.Marshal(w)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// LoadWorkload reads a workload written by Save.
func LoadWorkload(path string) (*Workload, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var w Workload
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &w, nil
}
