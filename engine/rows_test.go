package engine_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

func TestRowsContract(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db,
		ev("meeting", "2021-06-16", "vladimir-putin,joe-biden", "geneva", "a1", "التقى بوتين بايدن"),
		ev("visit", "2021-08-02..2021-08-03", "RUS,TJK", "dushanbe", "a2", "زيارة"),
	)
	ctx := context.Background()

	rows, err := db.Query(ctx, "events (date, type, actors, sources) where actor = $who", map[string]string{"who": "Russia"})
	if err != nil {
		t.Fatal(err)
	}
	if rows.Kind() != engine.ResultEvents || rows.IsAggregate() {
		t.Errorf("kind = %v", rows.Kind())
	}
	if got := rows.Columns(); !slices.Equal(got, []string{"date", "type", "actors", "sources"}) {
		t.Errorf("columns = %v", got)
	}
	var cells [][]string
	for rows.Next() {
		cells = append(cells, rows.Row())
		if rows.Event() == nil {
			t.Error("no event on an events row")
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"2021-06-16", "meeting", "joe-biden, vladimir-putin", "a1"},
		{"2021-08-02..2021-08-03", "visit", "RUS, TJK", "a2"},
	}
	if !slices.EqualFunc(cells, want, slices.Equal) {
		t.Errorf("rows = %q, want %q", cells, want)
	}
	if rows.Next() {
		t.Error("Next after the end")
	}
	if err := rows.Close(); err != nil {
		t.Error(err)
	}
	st := rows.Stats()
	if st.Rows != 2 || st.KeysRead == 0 || !strings.HasPrefix(st.Plan, `index.Scan(actor, "RUS")`) {
		t.Errorf("stats = %+v", st)
	}

	rows, err = db.Query(ctx, "count by type", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !rows.IsAggregate() || !slices.Equal(rows.Columns(), []string{"type", "count"}) {
		t.Errorf("aggregate kind %v columns %v (before Next)", rows.Kind(), rows.Columns())
	}
	rows.Close()

	rows, err = db.Query(ctx, "explain events where place = TJK", nil)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for rows.Next() {
		lines = append(lines, rows.Row()[0])
	}
	if rows.Kind() != engine.ResultPlan || len(lines) != 4 || lines[0] != `index.Scan(place, "TJK")` || lines[3] != "rows: 1" {
		t.Errorf("explain rows %v: %q", rows.Kind(), lines)
	}
}

func TestQueryErrors(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	for _, tt := range []struct {
		src  string
		kind error
		msg  string
	}{
		{"events where", query.ErrParse, "1:13"},
		{"events where actor = Atlantis", query.ErrCheck, "Atlantis"},
		{"events where actor = $who", query.ErrCheck, "who"},
	} {
		_, err := db.Query(ctx, tt.src, nil)
		if !errors.Is(err, tt.kind) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Query(%q) = %v, want %v mentioning %q", tt.src, err, tt.kind, tt.msg)
		}
	}
	db.Close()
	if _, err := db.Query(ctx, "events", nil); !errors.Is(err, engine.ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
	if _, err := db.IngestEvents(ctx, corpus(1)); !errors.Is(err, engine.ErrClosed) {
		t.Errorf("ingest after Close: %v", err)
	}
}

func TestIngestEventsValidation(t *testing.T) {
	db := mustOpen(t)
	bad := ev("call", "2021-01-01", "RUS,USA", "", "d", "x")
	bad.Actors = nil
	if _, err := db.IngestEvents(context.Background(), corpus(3)[:2:2]); err != nil {
		t.Fatal(err)
	}
	st, err := db.IngestEvents(context.Background(), append(corpus(5)[2:], bad))
	if !errors.Is(err, engine.ErrBadInput) || st.Events != 0 {
		t.Errorf("an event without actors: %v %+v (nothing of the call may be stored)", err, st)
	}
	if n := eventCount(t, db); n != 2 {
		t.Errorf("events = %d, want 2", n)
	}
}

func TestStats(t *testing.T) {
	db := mustOpen(t)
	st, err := db.Stats()
	if err != nil || st.Events != 0 || st.First != 0 {
		t.Fatalf("empty stats = %+v, %v", st, err)
	}
	mustIngest(t, db,
		ev("meeting", "2021-06-16", "RUS,USA", "", "a1", "x"),
		ev("summit", "2022", "RUS,CHN", "", "a2", "y"),
		ev("call", "", "EGY,CHN", "", "a3", "z"),
	)
	st, err = db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Events != 3 || st.Undated != 1 || st.First.String() != "2021-06-16" || st.Last.String() != "2022-12-31" || st.Entities < 4 {
		t.Errorf("stats = %+v", st)
	}
}

func TestViewSnapshot(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	mustIngest(t, db, corpus(20)...)
	count := func(tx *engine.Tx) string {
		rows, err := tx.Query(ctx, "count", nil)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		rows.Next()
		return rows.Row()[0]
	}
	err := db.View(func(tx *engine.Tx) error {
		before := count(tx)
		done := make(chan error)
		go func() {
			_, err := db.IngestEvents(ctx, corpus(40)[20:])
			done <- err
		}()
		if err := <-done; err != nil {
			return err
		}
		if after := count(tx); after != before {
			t.Errorf("the snapshot changed under a Tx: %s then %s", before, after)
		}
		n := 0
		if err := tx.ForEach(ctx, func(*timeline.Event) error { n++; return nil }); err != nil {
			return err
		}
		if fmt.Sprint(n) != before {
			t.Errorf("ForEach saw %d events, count said %s", n, before)
		}
		if _, err := tx.Event("ev-none"); !errors.Is(err, engine.ErrNotFound) {
			t.Errorf("Event(ev-none) = %v", err)
		}
		if e, err := tx.Entity("vladimir-putin"); err != nil || e.Country != "RUS" {
			t.Errorf("Entity = %+v, %v", e, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := queryRows(t, db, "count"); got[0] != "40" {
		t.Errorf("count after the View = %v", got)
	}
}

// TestCloseWaitsForRows: Close waits for an open Rows, and lookups made
// while iterating (as renderers do) do not deadlock with a waiting Close.
func TestCloseWaitsForRows(t *testing.T) {
	db, err := engine.Open("", testOptions())
	if err != nil {
		t.Fatal(err)
	}
	mustIngest(t, db, corpus(10)...)
	rows, err := db.Query(context.Background(), "events", nil)
	if err != nil {
		t.Fatal(err)
	}
	closed := make(chan error)
	go func() { closed <- db.Close() }()
	n := 0
	for rows.Next() {
		if _, ok := db.Lookup(rows.Event().Actors[0]); !ok && n == 0 {
			// Close has begun: a new operation may be refused, never hang.
			t.Log("lookup refused during Close")
		}
		n++
	}
	if err := rows.Err(); err != nil || n != 10 {
		t.Fatalf("rows: %d, %v", n, err)
	}
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
	if _, err := db.Query(context.Background(), "events", nil); !errors.Is(err, engine.ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
}

func TestPlanWithoutRunning(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db, corpus(100)...)
	p, err := db.Plan("events where place = dushanbe and date in 2020 limit 3", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := p.String(), `index.Scan(place, "dushanbe", [2020-01-01, 2020-12-31]) | limit(3)`; got != want || p.Estimate() == 0 {
		t.Errorf("plan = %s (estimate %d), want %s", got, p.Estimate(), want)
	}
}
