package suite

import (
	"context"
	"testing"

	"github.com/tl-project/tl/bench/gen"
	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// loadBoth generates n events and loads them into a tl and a SQLite store
// in temporary directories, returning both and the observed workload.
// Both load in bulk (tl with one Load, SQLite rows first and indexes
// after, as the benchmark's ingest phases do), or batch by batch into
// their indexes when incremental is set.
func loadBoth(t *testing.T, n int, perKind int, incremental bool) (*TL, *SQLite, *Workload) {
	t.Helper()
	ctx := context.Background()
	g, err := gen.New(gen.Config{Events: n, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	tl, err := OpenTL(t.TempDir(), g.World(), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tl.Close() })
	sq, err := OpenSQLite(t.TempDir(), g.World(), SQLiteOptions{FTS: true, Bulk: !incremental})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sq.Close() })
	obs := NewObserver(g.World(), 7)
	var all []timeline.Event
	for b := g.Next(500); b != nil; b = g.Next(500) {
		obs.Observe(b)
		if incremental {
			if err := tl.Ingest(ctx, b); err != nil {
				t.Fatal(err)
			}
		} else {
			all = append(all, b...)
		}
		if err := sq.Ingest(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if !incremental {
		if _, err := tl.DB.Load(ctx, func(yield func(timeline.Event, error) bool) {
			for _, e := range all {
				if !yield(e, nil) {
					return
				}
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sq.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	return tl, sq, obs.Workload(perKind, 7)
}

// TestStoresAgree is the honest cross-check: for a sample of queries of
// every kind, tl and SQLite return the same event ids in the same order,
// and the same counts by month.
func TestStoresAgree(t *testing.T) {
	for _, incremental := range []bool{false, true} {
		name := "Load"
		if incremental {
			name = "IngestEvents"
		}
		t.Run(name, func(t *testing.T) { storesAgree(t, incremental) })
	}
}

func storesAgree(t *testing.T, incremental bool) {
	tl, sq, wl := loadBoth(t, 2000, 25, incremental)
	ctx := context.Background()
	for _, k := range Kinds {
		qs := wl.Queries[k]
		if len(qs) == 0 {
			t.Errorf("%s: no queries drawn", k)
			continue
		}
		rows := 0
		for _, q := range qs {
			a, err := tl.Run(ctx, q)
			if err != nil {
				t.Fatalf("tl: %v", err)
			}
			b, err := sq.Run(ctx, q)
			if err != nil {
				t.Fatalf("sqlite: %v", err)
			}
			if !a.Equal(b) {
				t.Errorf("%s: tl and SQLite disagree: %s", q, a.Diff(b))
			}
			rows += a.Rows()
		}
		if rows == 0 {
			t.Errorf("%s: every query returned nothing; the cross-check proves nothing", k)
		}
		t.Logf("%-36s %3d queries, %5d rows in all", k, len(qs), rows)
	}
}
