package suite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
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
// row-by-row load of everything holds, row for row.
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
	// contents lists each table's rows in key order, and their count.
	contents := func(s *SQLite) (string, [3]int) {
		var all strings.Builder
		var n [3]int
		for i, q := range []string{
			`SELECT eid || ' ' || id || ' ' || start_day || ' ' || actors || ' ' || places FROM events ORDER BY eid`,
			`SELECT actor || ' ' || start_day || ' ' || event_id FROM event_actors`,
			`SELECT place || ' ' || start_day || ' ' || event_id FROM event_places`,
		} {
			rs, err := s.DB.Query(q)
			if err != nil {
				t.Fatal(err)
			}
			for rs.Next() {
				var line string
				if err := rs.Scan(&line); err != nil {
					t.Fatal(err)
				}
				all.WriteString(line + "\n")
				n[i]++
			}
			if err := rs.Close(); err != nil {
				t.Fatal(err)
			}
		}
		return all.String(), n
	}

	bulk, err := OpenSQLite(t.TempDir(), g.World(), SQLiteOptions{FTS: true, Bulk: true})
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
	got, gotN := contents(bulk)
	want, wantN := contents(rows)
	if gotN != wantN || wantN[0] != 1200 || wantN[1] < 1200 || wantN[2] == 0 {
		t.Errorf("events, actor and place rows: bulk then rows %v, rows only %v", gotN, wantN)
	} else if got != want {
		t.Errorf("bulk then rows and rows only hold different rows:\n%s", firstDiff(got, want))
	}
}

// TestSQLiteBulkWriteError checks that a bulk load's write error, which
// happens on the writer goroutine, reaches the caller: at a later Ingest
// or at Finish, and that Close returns after it.
func TestSQLiteBulkWriteError(t *testing.T) {
	ctx := context.Background()
	g, err := gen.New(gen.Config{Events: 1000, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	s, err := OpenSQLite(t.TempDir(), g.World(), SQLiteOptions{Bulk: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.DB.Exec(`DROP TABLE events`); err != nil {
		t.Fatal(err)
	}
	for b := g.Next(100); b != nil; b = g.Next(100) {
		if err = s.Ingest(ctx, b); err != nil {
			break
		}
	}
	if err == nil {
		err = s.Finish(ctx)
	}
	if err == nil || !strings.Contains(err.Error(), "insert into events") {
		t.Fatalf("bulk load into a dropped table: %v, want the insert's error", err)
	}
	// The load is lost: Finish says so again rather than building
	// indexes over part of it.
	if again := s.Finish(ctx); again == nil || again.Error() != err.Error() {
		t.Errorf("Finish after a failed load: %v, want %v", again, err)
	}
}

// firstDiff shows the first line where two listings differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: %q against %q", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(al), len(bl))
}

// TestKeyRowsOrder holds keyRows.sorted to the order SQLite's BINARY
// collation gives the same rows, so that a bulk load appends to the
// clustered tables in their key order.
func TestKeyRowsOrder(t *testing.T) {
	defer func(n int) { keyRowChunk = n }(keyRowChunk)
	keyRowChunk = 7 // rows across many chunks, the last one part full
	k := newKeyRows()
	keys := []string{"person/Q9", "RUS", "person/Q10", "city/دوشنبه", "TJK", "person/Q1", "Rus", "city/Zürich", "USA"}
	type row struct {
		key string
		day timeline.Day
		eid int64
	}
	var added []row
	for i := range 300 {
		r := row{keys[(i*7)%len(keys)], timeline.Day(1000 - (i*37)%60 - 30), int64(300 - i)}
		k.add(r.key, r.day, r.eid)
		added = append(added, r)
	}
	name, err := driverName(DefaultDriver)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open(name, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE r (key TEXT, day INTEGER, eid INTEGER)`); err != nil {
		t.Fatal(err)
	}
	for _, r := range added {
		if _, err := db.Exec(`INSERT INTO r VALUES (?, ?, ?)`, r.key, int(r.day), r.eid); err != nil {
			t.Fatal(err)
		}
	}
	rs, err := db.Query(`SELECT key, day, eid FROM r ORDER BY key, day, eid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	sorted, names := k.sorted()
	i := 0
	for ; rs.Next(); i++ {
		var key string
		var day int
		var eid int64
		if err := rs.Scan(&key, &day, &eid); err != nil {
			t.Fatal(err)
		}
		if r := sorted[i]; names[r.key] != key || int(r.day) != day || r.eid != eid {
			t.Fatalf("row %d: sorted %s %d %d, SQLite %s %d %d", i, names[r.key], r.day, r.eid, key, day, eid)
		}
	}
	if i != len(sorted) {
		t.Fatalf("%d rows from SQLite, %d sorted", i, len(sorted))
	}
}
