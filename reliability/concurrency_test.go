package reliability

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// textArticles returns the plain-text documents of a generated corpus as
// articles.
func textArticles(t testing.TB, arts []article) []timeline.Article {
	t.Helper()
	var out []timeline.Article
	for _, a := range arts {
		if !strings.HasSuffix(a.name, ".txt") {
			continue
		}
		d, err := timeline.ParseDate(a.published)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, timeline.Article{ID: a.name, Published: d.Start, Text: string(a.data)})
	}
	return out
}

// TestConcurrentQueriesDuringIngest ingests through the library while
// readers query the same DB. Every reader must see a consistent snapshot:
// the event count never decreases between its successive queries, each
// event a query returns is found again through its type and first actor
// index (or has since been merged away), and a full Check running beside
// the writer finds every index in agreement with the events of its
// snapshot. Run under -race.
func TestConcurrentQueriesDuringIngest(t *testing.T) {
	arts := textArticles(t, genCorpus(t, filepath.Join(t.TempDir(), "corpus"), 2))
	if testing.Short() {
		arts = arts[:len(arts)/2]
	}
	db, err := engine.Open(filepath.Join(t.TempDir(), "db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()

	var done atomic.Bool
	var queries, checks atomic.Int64
	var wg sync.WaitGroup
	errc := make(chan error, 16)
	report := func(err error) {
		select {
		case errc <- err:
		default:
		}
	}

	count := func(q string) (map[string]*timeline.Event, error) {
		rows, err := db.Query(ctx, q, nil)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		seen := map[string]*timeline.Event{}
		for rows.Next() {
			e := rows.Event()
			if _, dup := seen[e.ID]; dup {
				return nil, errors.New(q + ": event " + e.ID + " returned twice")
			}
			seen[e.ID] = e
		}
		return seen, rows.Err()
	}
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for !done.Load() {
				evs, err := count("events")
				if err != nil {
					report(err)
					return
				}
				queries.Add(1)
				if len(evs) < last {
					report(errors.New("event count went down during ingest"))
					return
				}
				last = len(evs)
				for _, e := range evs {
					if len(e.Actors) == 0 {
						continue
					}
					q := "events where type = " + e.Type.String() + " and actor = \"" + e.Actors[0] + "\""
					again, err := count(q)
					if err != nil {
						report(err)
						return
					}
					queries.Add(1)
					if _, ok := again[e.ID]; !ok {
						if _, err := db.Event(e.ID); !errors.Is(err, engine.ErrNotFound) {
							report(errors.New("event " + e.ID + " is stored but " + q + " misses it"))
							return
						}
					}
					break // one index probe per snapshot keeps -race fast
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !done.Load() {
			rep, err := db.Check(ctx, engine.CheckOptions{})
			if err != nil {
				report(err)
				return
			}
			checks.Add(1)
			if !rep.OK() {
				report(errors.New("check during ingest found problems"))
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()

	for i := range arts {
		if _, err := db.IngestArticle(ctx, &arts[i]); err != nil {
			t.Errorf("ingest %s: %v", arts[i].ID, err)
		}
	}
	done.Store(true)
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	t.Logf("%d articles ingested beside %d queries and %d full checks", len(arts), queries.Load(), checks.Load())
	if queries.Load() == 0 || checks.Load() == 0 {
		t.Error("the readers never ran during the ingest")
	}
}

// TestSecondProcessRefused holds the database open in this process and
// requires tl, in another process, to fail fast with a clear message.
func TestSecondProcessRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	db, err := engine.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	r := tl(t, "", "--db", dir, "stats")
	noPanic(t, "second process", r)
	if r.code == 0 || !strings.Contains(r.stderr, "in use") {
		t.Errorf("want a clear 'in use' error: %s", r)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("second process took %v to give up", el)
	}
	if !strings.Contains(r.stderr, "process") {
		t.Logf("message does not name the holder: %s", r.stderr)
	}
}
