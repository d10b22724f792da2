package suite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
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

// TestSQLiteBulkThenRows bulk-loads part of a corpus into SQLite,
// finishes, then ingests the rest row by row: the tables must hold what a
// row-by-row load of everything holds, and the staging file must be gone.
func TestSQLiteBulkThenRows(t *testing.T) {
	ctx := context.Background()
	g, err := gen.New(gen.Config{Events: 1200, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	var batches [][]timeline.Event
	for b := g.Next(400); b != nil; b = g.Next(400) {
		batches = append(batches, b)
	}
	counts := func(s *SQLite) [3]int {
		var out [3]int
		for i, table := range []string{"events", "event_actors", "event_places"} {
			if err := s.DB.QueryRow(`SELECT count(*) FROM ` + table).Scan(&out[i]); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	dir := t.TempDir()
	bulk, err := OpenSQLite(dir, g.World(), SQLiteOptions{FTS: true, Bulk: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bulk.Close()
	rows, err := OpenSQLite(t.TempDir(), g.World(), SQLiteOptions{FTS: true})
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for i, b := range batches {
		if i == 2 {
			if err := bulk.Finish(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if err := bulk.Ingest(ctx, b); err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
		if err := rows.Ingest(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := bulk.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := counts(bulk), counts(rows); got != want || want[0] != 1200 {
		t.Errorf("events, actor and place rows: bulk then rows %v, rows only %v", got, want)
	}
	if _, err := os.Stat(filepath.Join(dir, sqliteLoadFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the staging file is still there: %v", err)
	}
}
