package engine_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// TestAgainstModel runs seeded random queries against a database and
// against a plain evaluation of the same conditions over the list of
// stored events, and compares the results. It exercises every access path
// (scans, intersections, unions, leapfrog seeks) and the residual filters.
func TestAgainstModel(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db, corpus(1500)...)
	checkAgainstModel(t, db, 300)
}

// TestAgainstModelLoaded runs the model's queries, in both directions,
// against a database that Load wrote (packed index lists) and ingests
// then changed: new events (single entries) and more precise reports of
// loaded month-precision events, which move their entries (tombstones over
// packed entries).
func TestAgainstModelLoaded(t *testing.T) {
	ctx := context.Background()
	opts := testOptions()
	opts.InMemory = false
	db, err := engine.Open(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	evs := corpus(1500)
	if _, err := db.Load(ctx, func(yield func(timeline.Event, error) bool) {
		for _, e := range evs[:1000] {
			if !yield(e, nil) {
				return
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	more := slices.Clone(evs[1000:])
	for i, e := range evs[:1000] {
		if e.Date.Precision != timeline.PrecisionMonth {
			continue
		}
		r := e
		r.ID = ""
		r.Date = timeline.Date{Start: e.Date.Start + 9, End: e.Date.Start + 9, Precision: timeline.PrecisionDay}
		r.Sources = []timeline.Source{{Doc: fmt.Sprintf("refine%d", i), Sentence: fmt.Sprintf("زيارة مكررة %d", i), Published: e.Date.End + 2}}
		r.Normalize()
		more = append(more, r)
	}
	st := mustIngest(t, db, more...)
	if st.Merged == 0 {
		t.Fatalf("no report merged into a loaded event: %+v", st)
	}
	checkAgainstModel(t, db, 300)
	if rep, err := db.Check(ctx, engine.CheckOptions{}); err != nil || !rep.OK() {
		t.Fatalf("Check: %v %+v", err, rep)
	}
}

// checkAgainstModel runs n seeded random queries (every other in
// descending date order) against db and against a plain evaluation of the
// same conditions over db's events, and compares the results. It
// exercises every access path (scans, intersections, unions, leapfrog
// seeks) and the residual filters.
func checkAgainstModel(t *testing.T, db *engine.DB, n int) {
	t.Helper()
	g := newTestGazetteer()
	var stored []timeline.Event
	if err := db.ForEach(context.Background(), func(e *timeline.Event) error {
		stored = append(stored, *e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	if testing.Short() {
		n /= 5
	}
	for i := 0; i < n; i++ {
		src, match := randomExpr(rng, g, 2)
		q := "events where " + src
		desc := i%2 == 1
		if desc {
			q += " order by date desc"
		}
		got := queryRows(t, db, q)
		var want []string
		for j := range stored {
			if match(&stored[j]) {
				want = append(want, stored[j].ID)
			}
		}
		if desc {
			slices.Reverse(want)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%s:\n got %d events\nwant %d events\nfirst difference at %d", q, len(got), len(want), firstDiff(got, want))
		}
	}
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

type matcher func(*timeline.Event) bool

// randomExpr returns a random condition in query syntax and its meaning.
func randomExpr(rng *rand.Rand, g *testGazetteer, depth int) (string, matcher) {
	if depth > 0 && rng.IntN(3) == 0 {
		a, ma := randomExpr(rng, g, depth-1)
		b, mb := randomExpr(rng, g, depth-1)
		switch rng.IntN(3) {
		case 0:
			return "(" + a + " and " + b + ")", func(e *timeline.Event) bool { return ma(e) && mb(e) }
		case 1:
			return "(" + a + " or " + b + ")", func(e *timeline.Event) bool { return ma(e) || mb(e) }
		default:
			return "not (" + a + ")", func(e *timeline.Event) bool { return !ma(e) }
		}
	}
	if rng.IntN(2) == 0 {
		// A conjunction of plain conditions, the planner's main diet.
		k := 1 + rng.IntN(3)
		var parts []string
		var ms []matcher
		for range k {
			s, m := randomCond(rng, g)
			parts = append(parts, s)
			ms = append(ms, m)
		}
		return strings.Join(parts, " and "), func(e *timeline.Event) bool {
			for _, m := range ms {
				if !m(e) {
					return false
				}
			}
			return true
		}
	}
	return randomCond(rng, g)
}

func randomCond(rng *rand.Rand, g *testGazetteer) (string, matcher) {
	actors := []string{"RUS", "USA", "CHN", "EGY", "KAZ", "TJK", "vladimir-putin", "joe-biden", "xi-jinping"}
	places := []string{"TJK", "dushanbe", "geneva", "CHE"}
	switch rng.IntN(8) {
	case 6:
		w := []string{"قمة", "زيارة", "لقاء", "اتصال", "اتفاق", "في جنيف"}[rng.IntN(6)]
		nw := arabic.Normalize(w)
		return fmt.Sprintf("text contains %q", w), func(e *timeline.Event) bool {
			for _, s := range e.Sources {
				if strings.Contains(arabic.Normalize(s.Sentence), nw) {
					return true
				}
			}
			return false
		}
	case 7:
		doc := fmt.Sprintf("doc%d", rng.IntN(500))
		return "source = " + doc, func(e *timeline.Event) bool { return slices.Contains(e.Docs(), doc) }
	case 0, 1:
		a := actors[rng.IntN(len(actors))]
		return "actor = " + a, func(e *timeline.Event) bool {
			for _, x := range e.Actors {
				if x == a {
					return true
				}
				if ent, ok := g.Entity(x); ok && ent.Kind == timeline.KindPerson && ent.Country == a {
					return true
				}
			}
			return false
		}
	case 2:
		p := places[rng.IntN(len(places))]
		if p == "CHE" {
			p = "geneva"
		}
		return "place = " + p, func(e *timeline.Event) bool {
			for _, x := range e.Places {
				if x == p {
					return true
				}
				if ent, ok := g.Entity(x); ok && ent.Kind == timeline.KindCity && ent.Country == p {
					return true
				}
			}
			return false
		}
	case 3:
		typ := timeline.Types[rng.IntN(len(timeline.Types))]
		return "type = " + typ.String(), func(e *timeline.Event) bool { return e.Type == typ }
	case 4:
		if rng.IntN(2) == 0 {
			return "status = occurred", func(e *timeline.Event) bool { return e.Status == timeline.StatusOccurred }
		}
		return "type in (call, visit)", func(e *timeline.Event) bool {
			return e.Type == timeline.TypeCall || e.Type == timeline.TypeVisit
		}
	}
	var r timeline.Date
	var src string
	switch rng.IntN(3) {
	case 0:
		y := 2019 + rng.IntN(3)
		src = fmt.Sprintf("date in %d", y)
		r = timeline.YearDate(y)
	case 1:
		y, m := 2019+rng.IntN(3), 1+rng.IntN(12)
		src = fmt.Sprintf("date in %d-%02d", y, m)
		r = timeline.MustParseDate(src[len("date in "):])
	default:
		a := timeline.DayOf(2019, 1, 1) + timeline.Day(rng.IntN(1000))
		b := a + timeline.Day(rng.IntN(200))
		src = fmt.Sprintf("date between %s and %s", a, b)
		r = timeline.DayRange(a, b)
	}
	return src, func(e *timeline.Event) bool { return r.Contains(e.Date) }
}
