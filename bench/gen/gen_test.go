package gen

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/tl-project/tl/timeline"
)

func corpus(t *testing.T, n int, seed uint64) ([]timeline.Event, *World) {
	t.Helper()
	g, err := New(Config{Events: n, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	evs := g.All()
	if len(evs) != n {
		t.Fatalf("got %d events, want %d", len(evs), n)
	}
	if g.Remaining() != 0 || g.Next(10) != nil {
		t.Fatal("generator not exhausted after All")
	}
	return evs, g.World()
}

func TestDeterministic(t *testing.T) {
	a, _ := corpus(t, 3000, 42)
	b, _ := corpus(t, 3000, 42)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different corpora")
	}
	c, _ := corpus(t, 3000, 43)
	if reflect.DeepEqual(a[:100], c[:100]) {
		t.Fatal("different seeds gave the same events")
	}
	// Batch size does not change the stream.
	g, _ := New(Config{Events: 3000, Seed: 42})
	var d []timeline.Event
	for x := g.Next(7); x != nil; x = g.Next(7) {
		d = append(d, x...)
	}
	if !reflect.DeepEqual(a, d) {
		t.Fatal("batching changed the corpus")
	}
}

func TestEventsAreWellFormed(t *testing.T) {
	evs, w := corpus(t, 20000, 1)
	from, to := timeline.DayOf(1990, time.January, 1), timeline.DayOf(2026, time.December, 31)
	prec := map[timeline.Precision]int{}
	types := map[timeline.Type]int{}
	ids := map[string]bool{}
	for i := range evs {
		e := &evs[i]
		if e.ID == "" || e.ID != e.ComputeID() {
			t.Fatalf("event %d: id %q is not its content id", i, e.ID)
		}
		if ids[e.ID] {
			t.Fatalf("duplicate id %s", e.ID)
		}
		ids[e.ID] = true
		if n := len(e.Actors); n < 1 || n > 4 || !slices.IsSorted(e.Actors) {
			t.Fatalf("%s: actors %v", e.ID, e.Actors)
		}
		if len(e.Places) != 1 {
			t.Fatalf("%s: places %v", e.ID, e.Places)
		}
		if n := len(e.Sources); n < 1 || n > 3 {
			t.Fatalf("%s: %d sources", e.ID, n)
		}
		for _, id := range append(slices.Clone(e.Actors), e.Places...) {
			if _, ok := w.Entity(id); !ok {
				t.Fatalf("%s: unknown entity %s", e.ID, id)
			}
		}
		if e.Date.Start < from || e.Date.End > to || e.Date.End < e.Date.Start {
			t.Fatalf("%s: date %v out of range", e.ID, e.Date)
		}
		if e.Date.Start > Today && e.Status != timeline.StatusPlanned {
			t.Fatalf("%s: future event not planned", e.ID)
		}
		for _, s := range e.Sources {
			if s.Sentence == "" || s.End-s.Start != len(s.Sentence) || s.Published == 0 || s.Doc == "" {
				t.Fatalf("%s: bad source %+v", e.ID, s)
			}
		}
		prec[e.Date.Precision]++
		types[e.Type]++
	}
	n := float64(len(evs))
	for _, c := range []struct {
		p    timeline.Precision
		want float64
	}{{timeline.PrecisionDay, 0.80}, {timeline.PrecisionMonth, 0.15}, {timeline.PrecisionYear, 0.05}} {
		// Deduplication rejects some coarse dates, so allow a margin.
		if got := float64(prec[c.p]) / n; got < c.want-0.03 || got > c.want+0.03 {
			t.Errorf("%s precision share %.3f, want about %.2f", c.p, got, c.want)
		}
	}
	if len(types) != 5 {
		t.Errorf("types %v, want all five", types)
	}
}

// TestNoDuplicateFacts checks the promise that makes the corpus safe for
// a merging store: no two events share type, parties and days.
func TestNoDuplicateFacts(t *testing.T) {
	evs, w := corpus(t, 20000, 3)
	type key struct {
		typ     timeline.Type
		parties string
	}
	seen := map[key][]timeline.Date{}
	for _, e := range evs {
		var ps []string
		for _, a := range e.Actors {
			ps = append(ps, w.Party(a))
		}
		slices.Sort(ps)
		k := key{e.Type, fmtList(slices.Compact(ps))}
		for _, d := range seen[k] {
			if d.Overlaps(e.Date) {
				t.Fatalf("%s duplicates a fact of %v: %v and %v", e.ID, k, d, e.Date)
			}
		}
		seen[k] = append(seen[k], e.Date)
	}
}

func fmtList(xs []string) string {
	s := ""
	for _, x := range xs {
		s += x + ","
	}
	return s
}

func TestZipfLikeFrequencies(t *testing.T) {
	evs, w := corpus(t, 20000, 1)
	countries, people := map[string]int{}, map[string]int{}
	for _, e := range evs {
		for _, a := range e.Actors {
			countries[w.Party(a)]++
			if a != w.Party(a) {
				people[a]++
			}
		}
	}
	top := w.Countries[0].ID
	mid := w.Countries[99].ID
	if countries[top] < 20*countries[mid] {
		t.Errorf("top country %s has %d events, the 100th (%s) %d: not Zipf-like", top, countries[top], mid, countries[mid])
	}
	if len(people) < 1000 {
		t.Errorf("only %d of %d people appear in 20000 events", len(people), NumPeople)
	}
	counts := make([]int, 0, len(people))
	for _, c := range people {
		counts = append(counts, c)
	}
	slices.Sort(counts)
	if maxC, med := counts[len(counts)-1], counts[len(counts)/2]; maxC < 20*med {
		t.Errorf("most frequent person %d events, median %d: not Zipf-like", maxC, med)
	}
}

func TestSpread(t *testing.T) {
	for _, n := range []int{0, 1, 37, 1000, 1_000_003} {
		ys := spread(n, 1990, 2026)
		sum := 0
		for _, y := range ys {
			sum += y
		}
		if sum != n || len(ys) != 37 {
			t.Errorf("spread(%d) = %d years summing to %d", n, len(ys), sum)
		}
		if n >= 1000 && ys[36] < 3*ys[0] {
			t.Errorf("spread(%d): last year %d, first %d: want growth", n, ys[36], ys[0])
		}
	}
}

func TestWorldResolve(t *testing.T) {
	w, err := NewWorld(1)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Countries) < 190 || len(w.People) != NumPeople || len(w.Cities) < 300 {
		t.Fatalf("world of %d countries, %d cities, %d people", len(w.Countries), len(w.Cities), len(w.People))
	}
	tests := []struct {
		name string
		want string
		kind timeline.Kind
	}{
		{"RUS", "RUS", timeline.KindCountry},
		{"rus", "RUS", timeline.KindCountry},
		{"Russia", "RUS", timeline.KindCountry},
		{"روسيا", "RUS", timeline.KindCountry},
		{"moscow", "moscow", timeline.KindCity},
		{w.People[0].ID, w.People[0].ID, timeline.KindPerson},
		{w.People[0].Name, w.People[0].ID, timeline.KindPerson},
	}
	for _, tt := range tests {
		es, err := w.Resolve(tt.name)
		if err != nil || len(es) != 1 || es[0].ID != tt.want || es[0].Kind != tt.kind {
			t.Errorf("Resolve(%q) = %v, %v; want %s (%s)", tt.name, es, err, tt.want, tt.kind)
		}
	}
	if _, err := w.Resolve("Atlantis"); !errors.Is(err, ErrUnknownName) {
		t.Errorf("Resolve(Atlantis) error %v, want ErrUnknownName", err)
	}
	if _, ok := w.Entity("nope"); ok {
		t.Error("Entity(nope) found")
	}
	p := w.People[5]
	if got := w.ActorKeys([]string{p.ID, "FRA"}); !slices.Equal(got, sortedSet([]string{p.ID, p.Country, "FRA"})) {
		t.Errorf("ActorKeys = %v", got)
	}
	if got := w.PlaceKeys([]string{"moscow"}); !slices.Equal(got, []string{"RUS", "moscow"}) {
		t.Errorf("PlaceKeys(moscow) = %v", got)
	}
	w2, _ := NewWorld(1)
	if !reflect.DeepEqual(w.People, w2.People) {
		t.Error("the same seed gave different people")
	}
}

func TestConfigErrors(t *testing.T) {
	for _, c := range []Config{{Events: -1}, {Events: 10, FromYear: 2000, ToYear: 1999}} {
		if _, err := New(c); !errors.Is(err, ErrConfig) {
			t.Errorf("New(%+v) error %v, want ErrConfig", c, err)
		}
	}
}

// corpusDigest is the SHA-256 of the JSON lines of the first 20,000
// events of seed 1: the corpus is part of every published figure, so a
// change to the generator must not change it unnoticed.
const corpusDigest = "47da5e72eecc80027b3372f52f885bde81beb6e910e7ab9d61ba80653adad02f"

func TestCorpusDigest(t *testing.T) {
	evs, _ := corpus(t, 20000, 1)
	h := sha256.New()
	enc := json.NewEncoder(h)
	for i := range evs {
		if err := enc.Encode(&evs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != corpusDigest {
		t.Errorf("corpus digest %s, want %s", got, corpusDigest)
	}
}

// BenchmarkNext measures the generator alone: the benchmark subtracts its
// time from the ingest phases, but not from the run's wall time.
func BenchmarkNext(b *testing.B) {
	g, err := New(Config{Events: b.N, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for g.Next(5000) != nil {
	}
}
