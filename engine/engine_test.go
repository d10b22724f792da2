package engine_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// fakeExtractor returns canned events per article id, so that ingest can
// be tested without the Arabic pipeline.
type fakeExtractor map[string][]timeline.Event

func (f fakeExtractor) Extract(a *timeline.Article) ([]timeline.Event, error) {
	evs, ok := f[a.ID]
	if !ok {
		return nil, fmt.Errorf("no events for %s", a.ID)
	}
	out := slices.Clone(evs)
	for i := range out {
		out[i].Sources = slices.Clone(out[i].Sources)
		for j := range out[i].Sources {
			out[i].Sources[j].Doc = ""      // IngestArticle fills these in
			out[i].Sources[j].Published = 0 // from the article
		}
	}
	return out, nil
}

func openWith(t *testing.T, dir string, ext engine.Extractor) *engine.DB {
	t.Helper()
	o := testOptions()
	o.Extractor = ext
	if dir != "" {
		o.InMemory = false
	}
	db, err := engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func article(id, published, text string) *timeline.Article {
	return &timeline.Article{ID: id, Published: timeline.MustParseDate(published).Start, Text: text}
}

func eventCount(t *testing.T, db *engine.DB) int64 {
	t.Helper()
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	return st.Events
}

func mustCheck(t *testing.T, db *engine.DB) {
	t.Helper()
	rep, err := db.Check(context.Background(), engine.CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Fatalf("check found %d problems: %v", rep.Found, rep.Problems)
	}
}

func TestIngestArticleIdempotent(t *testing.T) {
	ext := fakeExtractor{
		"a1": {ev("meeting", "2021-06-16", "vladimir-putin,joe-biden", "geneva", "", "s1"),
			ev("call", "2021-06-20", "RUS,CHN", "", "", "s2")},
	}
	db := openWith(t, "", ext)
	ctx := context.Background()
	a := article("a1", "2021-06-21", "نص المقال")
	st, err := db.IngestArticle(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Created != 2 || st.Duplicates != 0 {
		t.Fatalf("first ingest stats = %+v", st)
	}
	st, err = db.IngestArticle(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if st.Duplicates != 1 || st.Articles != 0 || st.Events != 0 {
		t.Fatalf("second ingest stats = %+v, want a duplicate", st)
	}
	if n := eventCount(t, db); n != 2 {
		t.Fatalf("events = %d after re-ingest, want 2", n)
	}
	info, err := db.Article(a.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if info.ID != "a1" || len(info.Events) != 2 {
		t.Fatalf("article record = %+v", info)
	}
	ids := queryRows(t, db, "events where actor = USA")
	if len(ids) != 1 {
		t.Fatalf("actor = USA gives %v", ids)
	}
	e, err := db.Event(ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if e.Sources[0].Doc != "a1" || e.Sources[0].Published != a.Published {
		t.Errorf("source not filled from the article: %+v", e.Sources[0])
	}
	if !e.Ingested.Equal(fixedNow) {
		t.Errorf("Ingested = %v, want %v", e.Ingested, fixedNow)
	}
	// The database hydrated the entities the event references.
	for _, id := range []string{"vladimir-putin", "joe-biden", "geneva", "RUS", "USA", "CHE"} {
		if _, err := db.Entity(id); err != nil && id != "CHE" {
			t.Errorf("Entity(%s): %v", id, err)
		}
	}
	ents, err := db.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) < 5 {
		t.Errorf("stored entities = %d, want at least 5", len(ents))
	}
	mustCheck(t, db)
}

func TestIngestArticleInvalid(t *testing.T) {
	db := openWith(t, "", fakeExtractor{"bad": nil})
	ctx := context.Background()
	for _, a := range []*timeline.Article{
		nil,
		{ID: "empty", Text: "  \n"},
		{ID: "utf8", Text: "abc\xff"},
		{ID: "huge", Text: strings.Repeat("x", 5<<20)},
	} {
		if _, err := db.IngestArticle(ctx, a); !errors.Is(err, engine.ErrInvalidArticle) {
			t.Errorf("IngestArticle(%v) err = %v, want ErrInvalidArticle", a != nil, err)
		}
	}
	// An extracted event that cannot be stored is skipped, not fatal.
	noActors := ev("call", "2021-01-01", "RUS", "", "", "x")
	noActors.Actors = nil
	ext := fakeExtractor{"mixed": {noActors, ev("call", "2021-01-02", "RUS,USA", "", "", "y")}}
	db2 := openWith(t, "", ext)
	st, err := db2.IngestArticle(ctx, article("mixed", "2021-01-03", "نص"))
	if err != nil || st.Invalid != 1 || st.Created != 1 {
		t.Errorf("article with an invalid event: %+v %v", st, err)
	}
	// An extractor failure stores nothing, not even the article.
	a := article("missing", "2021-01-01", "نص")
	if _, err := db.IngestArticle(ctx, a); err == nil {
		t.Fatal("want the extractor's error")
	}
	if _, err := db.Article(a.Hash()); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("article stored after a failed extraction: %v", err)
	}
}

func TestMergeAcrossArticles(t *testing.T) {
	// Two articles report the same meeting: the first with the person and
	// a month-precision date and as planned, the second two days after it
	// as occurred with the exact day and the country.
	planned := ev("meeting", "2021-06", "vladimir-putin,USA", "", "", "سيلتقي بوتين بايدن")
	planned.Status = timeline.StatusPlanned
	planned.Sources[0].Confidence = 0.6
	done := ev("meeting", "2021-06-16", "RUS,joe-biden", "geneva", "", "التقى بوتين بايدن في جنيف")
	ext := fakeExtractor{"early": {planned}, "late": {done}}
	db := openWith(t, "", ext)
	ctx := context.Background()
	if _, err := db.IngestArticle(ctx, article("early", "2021-05-25", "مقال أول")); err != nil {
		t.Fatal(err)
	}
	before := queryRows(t, db, "events")
	st, err := db.IngestArticle(ctx, article("late", "2021-06-17", "مقال ثان"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Merged != 1 || st.Created != 0 {
		t.Fatalf("stats = %+v, want one merge", st)
	}
	after := queryRows(t, db, "events")
	if len(after) != 1 || after[0] != before[0] {
		t.Fatalf("events after merge = %v, want the original id %v", after, before)
	}
	e, err := db.Event(after[0])
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Docs(); !slices.Equal(got, []string{"early", "late"}) {
		t.Errorf("sources = %v", got)
	}
	if e.Status != timeline.StatusOccurred {
		t.Errorf("status = %v, want occurred (the later article reports it done)", e.Status)
	}
	if e.Date != timeline.MustParseDate("2021-06-16") {
		t.Errorf("date = %v %v, want the more precise 2021-06-16", e.Date, e.Date.Precision)
	}
	if !slices.Equal(e.Actors, []string{"RUS", "USA", "joe-biden", "vladimir-putin"}) {
		t.Errorf("actors = %v", e.Actors)
	}
	if e.FirstReported != timeline.MustParseDate("2021-05-25").Start {
		t.Errorf("first reported = %v", e.FirstReported)
	}
	if e.Confidence <= 0.8 {
		t.Errorf("confidence %v not raised by a second article", e.Confidence)
	}
	// The indexes follow the new date and place.
	if got := queryRows(t, db, "events where date = 2021-06-16 and place = geneva and status = occurred"); len(got) != 1 {
		t.Errorf("merged event not found by its new date and place: %v", got)
	}
	if got := queryRows(t, db, "events where status = planned"); len(got) != 0 {
		t.Errorf("status index still says planned: %v", got)
	}
	mustCheck(t, db)
	if got := queryRows(t, db, "count by month where date in 2021-06"); !slices.Equal(got, []string{"2021-06 1"}) {
		t.Errorf("count = %v", got)
	}

	// An older article saying "planned" does not undo "occurred", and
	// re-reporting the same sentence adds no source.
	ext["older"] = []timeline.Event{planned}
	if _, err := db.IngestArticle(ctx, article("older", "2021-05-20", "مقال أقدم")); err != nil {
		t.Fatal(err)
	}
	e, _ = db.Event(after[0])
	if e.Status != timeline.StatusOccurred || len(e.Docs()) != 3 {
		t.Errorf("after an older article: status %v, docs %v", e.Status, e.Docs())
	}
	mustCheck(t, db)
}

func TestMergeRules(t *testing.T) {
	tests := []struct {
		name string
		a, b timeline.Event
		want int // events stored
	}{
		{"same fact", ev("visit", "2021-08-02", "RUS,TJK", "", "d1", "x"), ev("visit", "2021-08-02", "TJK,RUS", "", "d2", "y"), 1},
		{"different type", ev("visit", "2021-08-02", "RUS,TJK", "", "d1", "x"), ev("call", "2021-08-02", "RUS,TJK", "", "d2", "y"), 2},
		{"disjoint dates", ev("visit", "2021-08-02", "RUS,TJK", "", "d1", "x"), ev("visit", "2021-08-09", "RUS,TJK", "", "d2", "y"), 2},
		{"other parties", ev("visit", "2021-08-02", "RUS,TJK", "", "d1", "x"), ev("visit", "2021-08-02", "RUS,KAZ", "", "d2", "y"), 2},
		{"person and country", ev("call", "2022-01-10", "vladimir-putin,CHN", "", "d1", "x"), ev("call", "2022-01-10", "RUS,xi-jinping", "", "d2", "y"), 1},
		{"year contains day", ev("agreement", "2023", "CHN,EGY", "", "d1", "x"), ev("agreement", "2023-03-05", "CHN,EGY", "", "d2", "y"), 1},
		{"undated near publication", ev("meeting", "", "USA,CHN", "", "d1", "x"), ev("meeting", "", "USA,CHN", "", "d2", "y"), 1},
		// The presidents' talks are not their foreign ministers' talks of
		// the same day, though the countries are the same.
		{"other people of a party", ev("meeting", "2021-06-16", "joe-biden,vladimir-putin", "", "d1", "x"), ev("meeting", "2021-06-16", "antony-blinken,sergey-lavrov", "", "d2", "y"), 2},
		{"one party's person differs", ev("meeting", "2021-06-16", "joe-biden,vladimir-putin", "", "d1", "x"), ev("meeting", "2021-06-16", "joe-biden,sergey-lavrov", "", "d2", "y"), 2},
		{"people of one side only", ev("meeting", "2021-06-16", "joe-biden,vladimir-putin", "", "d1", "x"), ev("meeting", "2021-06-16", "USA,vladimir-putin", "", "d2", "y"), 1},
		// The Syrian minister's visit to Riyadh is not the Saudi
		// minister's to Damascus in the same month.
		{"places apart", ev("visit", "2025-01", "SYR,SAU", "riyadh", "d1", "x"), ev("visit", "2025-01-24", "SAU,SYR", "damascus", "d2", "y"), 2},
		{"city in its country", ev("visit", "2025-01-24", "SAU,SYR", "damascus", "d1", "x"), ev("visit", "2025-01", "SYR,SAU", "SYR", "d2", "y"), 1},
		{"one place unknown", ev("visit", "2025-01-24", "SAU,SYR", "damascus", "d1", "x"), ev("visit", "2025-01", "SYR,SAU", "", "d2", "y"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := mustOpen(t)
			mustIngest(t, db, tt.a)
			mustIngest(t, db, tt.b)
			if n := eventCount(t, db); n != int64(tt.want) {
				t.Errorf("events = %d, want %d", n, tt.want)
			}
			mustCheck(t, db)
			// The bulk load merges by the same rules.
			o := testOptions()
			o.InMemory = false // an in-memory database loads by ingesting
			bulk, err := engine.Open(filepath.Join(t.TempDir(), "db"), o)
			if err != nil {
				t.Fatal(err)
			}
			defer bulk.Close()
			both := func(yield func(timeline.Event, error) bool) { _ = yield(tt.a, nil) && yield(tt.b, nil) }
			if _, err := bulk.Load(context.Background(), both); err != nil {
				t.Fatal(err)
			}
			if n := eventCount(t, bulk); n != int64(tt.want) {
				t.Errorf("Load: events = %d, want %d", n, tt.want)
			}
		})
	}
}

func TestIngestEventsIdempotent(t *testing.T) {
	db := mustOpen(t)
	events := corpus(200)
	st1 := mustIngest(t, db, events...)
	n := eventCount(t, db)
	st2 := mustIngest(t, db, events...)
	if eventCount(t, db) != n || st2.Created != 0 || st2.Merged != 0 || st2.Unchanged != len(events) {
		t.Fatalf("re-ingest changed the database: first %+v, second %+v", st1, st2)
	}
	// Another order gives the same database.
	other := mustOpen(t)
	rev := slices.Clone(events)
	slices.Reverse(rev)
	mustIngest(t, other, rev...)
	var a, b bytes.Buffer
	if err := db.Export(context.Background(), &a); err != nil {
		t.Fatal(err)
	}
	if err := other.Export(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("ingesting in reverse order gives another database")
	}
	mustCheck(t, db)
}

func TestReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	o := testOptions()
	o.InMemory = false
	db, err := engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	mustIngest(t, db, corpus(50)...)
	want := queryRows(t, db, "events where actor = RUS")
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); !errors.Is(err, engine.ErrClosed) {
		t.Errorf("second Close = %v, want ErrClosed", err)
	}
	if _, err := db.Query(context.Background(), "events", nil); !errors.Is(err, engine.ErrClosed) {
		t.Errorf("Query after Close = %v, want ErrClosed", err)
	}
	db, err = engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := queryRows(t, db, "events where actor = RUS"); !slices.Equal(got, want) {
		t.Errorf("after reopen: %d events, want %d", len(got), len(want))
	}
	mustCheck(t, db)
}

func TestLocked(t *testing.T) {
	dir := t.TempDir()
	db, o := openOnDisk(t, dir)
	defer db.Close()
	_, err := engine.Open(dir, o)
	if !errors.Is(err, engine.ErrLocked) {
		t.Fatalf("second Open = %v, want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), "in use by process") || !strings.Contains(err.Error(), dir) {
		t.Errorf("message %q does not say who holds %s", err, dir)
	}
}

func TestSchemaVersion(t *testing.T) {
	dir := t.TempDir()
	db, o := openOnDisk(t, dir)
	db.Close()
	setSchema(t, dir, engine.SchemaVersion+1)
	_, err := engine.Open(dir, o)
	if !errors.Is(err, engine.ErrSchemaVersion) || !strings.Contains(err.Error(), "upgrade tl") {
		t.Fatalf("Open of a newer database = %v, want ErrSchemaVersion telling to upgrade", err)
	}
}

// openOnDisk opens a database in dir with the test options, on disk.
func openOnDisk(t *testing.T, dir string) (*engine.DB, *engine.Options) {
	t.Helper()
	o := testOptions()
	o.InMemory = false
	db, err := engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	return db, o
}

// setSchema writes schema version v under the documented key "m"
// "schema" of the closed database in dir.
func setSchema(t *testing.T, dir string, v uint64) {
	t.Helper()
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(txn *badger.Txn) error {
		return txn.Set(append(keys.Prefix(nil, keys.NSMeta), "schema"...), keys.AppendUint64(nil, v))
	})
	if cerr := bdb.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestSchemaTwoOpens: a version 2 database (no packed lists) opens as it
// is, answers and takes ingests; version 1 is refused.
func TestSchemaTwoOpens(t *testing.T) {
	dir := t.TempDir()
	db, o := openOnDisk(t, dir)
	evs := corpus(60)
	mustIngest(t, db, evs[:40]...)
	want := queryRows(t, db, "events where actor = RUS")
	db.Close()
	setSchema(t, dir, 2)
	db, err := engine.Open(dir, o)
	if err != nil {
		t.Fatalf("Open of a version 2 database: %v", err)
	}
	if got := queryRows(t, db, "events where actor = RUS"); !slices.Equal(got, want) {
		t.Errorf("version 2: %d events, want %d", len(got), len(want))
	}
	mustIngest(t, db, evs[40:]...)
	mustCheck(t, db)
	db.Close()
	setSchema(t, dir, 1)
	if db, err = engine.Open(dir, o); !errors.Is(err, engine.ErrSchemaVersion) {
		if err == nil {
			db.Close()
		}
		t.Fatalf("Open of a version 1 database = %v, want ErrSchemaVersion", err)
	}
}

func TestReadOnly(t *testing.T) {
	dir := t.TempDir()
	o := testOptions()
	o.InMemory = false
	db, err := engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	mustIngest(t, db, corpus(10)...)
	db.Close()
	o.ReadOnly = true
	ro, err := engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if got := queryRows(t, ro, "count"); !slices.Equal(got, []string{"10"}) {
		t.Errorf("count = %v", got)
	}
	if _, err := ro.IngestEvents(context.Background(), corpus(1)); !errors.Is(err, engine.ErrReadOnly) {
		t.Errorf("ingest into a read-only DB = %v", err)
	}
}

func TestConcurrentQueriesDuringIngest(t *testing.T) {
	db := mustOpen(t)
	events := corpus(600)
	mustIngest(t, db, events[:100]...)
	ctx := context.Background()
	var wg sync.WaitGroup
	errc := make(chan error, 8)
	stop := make(chan struct{})
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				rows, err := db.Query(ctx, "events where actor = RUS", nil)
				if err != nil {
					errc <- err
					return
				}
				prev := timeline.Day(-1 << 31)
				for rows.Next() {
					// A snapshot is consistent: events stay in date order
					// and every index entry has its event.
					d := rows.Event().Date.Start
					if d < prev {
						errc <- fmt.Errorf("out of order: %s after %s", d, prev)
					}
					prev = d
				}
				if err := rows.Err(); err != nil {
					errc <- err
					return
				}
				if rep, err := db.Check(ctx, engine.CheckOptions{}); err != nil || !rep.OK() {
					errc <- fmt.Errorf("check during ingest: %v %v", err, rep.Problems)
					return
				}
			}
		}()
	}
	for i := 100; i < len(events); i += 50 {
		if _, err := db.IngestEvents(ctx, events[i:i+50]); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
}

func TestBackupRestore(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db, corpus(100)...)
	var buf bytes.Buffer
	if err := db.Backup(&buf); err != nil {
		t.Fatal(err)
	}
	dst := mustOpen(t)
	if err := dst.Restore(bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	db.Export(context.Background(), &a)
	dst.Export(context.Background(), &b)
	if a.Len() == 0 || a.String() != b.String() {
		t.Fatal("restored database differs")
	}
	if err := dst.Restore(bytes.NewReader(buf.Bytes())); !errors.Is(err, engine.ErrBadInput) {
		t.Errorf("restore into a non-empty database = %v", err)
	}
	mustCheck(t, dst)
}

func TestExportImport(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db, corpus(100)...)
	var a bytes.Buffer
	if err := db.Export(context.Background(), &a); err != nil {
		t.Fatal(err)
	}
	dst := mustOpen(t)
	st, err := dst.Import(context.Background(), bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(a.String(), "\n"); st.Created != lines || int64(lines) != eventCount(t, db) {
		t.Errorf("import stats = %+v for %d lines", st, lines)
	}
	var b bytes.Buffer
	dst.Export(context.Background(), &b)
	if a.String() != b.String() {
		t.Errorf("export → import → export differs:\n%.300s\n%.300s", a.String(), b.String())
	}
	if _, err := dst.Import(context.Background(), strings.NewReader("{\"type\": \"party\"}\n")); !errors.Is(err, engine.ErrBadInput) {
		t.Errorf("bad line: %v", err)
	}
}

func TestCheckRepair(t *testing.T) {
	dir := t.TempDir()
	o := testOptions()
	o.InMemory = false
	db, err := engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	mustIngest(t, db, corpus(20)...)
	id := queryRows(t, db, "events where actor = RUS limit 1")[0]
	db.Close()
	// Damage the database behind the engine's back: drop an event record,
	// leaving its index entries orphaned, and bump a counter.
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	bdb.Update(func(txn *badger.Txn) error {
		return txn.Delete(keys.AppendString(keys.Prefix(nil, keys.NSEvent), id))
	})
	bdb.Close()
	db, err = engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rep, err := db.Check(context.Background(), engine.CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, p := range rep.Problems {
		kinds[p.Kind]++
	}
	if rep.OK() || kinds["orphan-index"] == 0 || kinds["counter"] == 0 {
		t.Fatalf("check missed the damage: %+v", rep)
	}
	if rep.Repaired != 0 {
		t.Fatal("check repaired without Repair")
	}
	// Queries skip the orphaned entries.
	for _, got := range queryRows(t, db, "events where actor = RUS") {
		if got == id {
			t.Fatal("query returned a deleted event")
		}
	}
	rep, err = db.Check(context.Background(), engine.CheckOptions{Repair: true})
	if err != nil || rep.Repaired == 0 {
		t.Fatalf("repair: %v %+v", err, rep)
	}
	mustCheck(t, db)
}

func TestCancel(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db, corpus(300)...)
	ctx, cancel := context.WithCancel(context.Background())
	rows, err := db.Query(ctx, "events", nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		n++
		if n == 5 {
			cancel()
		}
	}
	if !errors.Is(rows.Err(), context.Canceled) || n > 6 {
		t.Errorf("after cancel: %d rows, err %v", n, rows.Err())
	}
	cancel()
	if _, err := db.IngestEvents(ctx, corpus(5)); !errors.Is(err, context.Canceled) {
		t.Errorf("ingest with a cancelled context: %v", err)
	}
}

func TestLimitStreams(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db, corpus(2000)...)
	ex, err := db.Explain(context.Background(), "events limit 10", nil)
	if err != nil {
		t.Fatal(err)
	}
	// Ten index entries and ten events, not two thousand.
	if ex.Rows != 10 || ex.KeysRead > 25 {
		t.Errorf("limit 10 read %d keys for %d rows", ex.KeysRead, ex.Rows)
	}
	ex, err = db.Explain(context.Background(), "events where actor = KAZ and date in 2020 limit 3", nil)
	if err != nil {
		t.Fatal(err)
	}
	if ex.KeysRead > 10 || !strings.HasPrefix(ex.Plan, `index.Scan(actor, "KAZ", [2020-01-01, 2020-12-31])`) {
		t.Errorf("plan %s read %d keys", ex.Plan, ex.KeysRead)
	}
}

// TestSelectiveNeverScansAll asserts, for each condition kind, that the plan
// uses an index and reads about as many keys as it returns rows.
func TestSelectiveNeverScansAll(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db, corpus(2000)...)
	tests := []struct {
		q    string
		plan string
	}{
		{"events where actor = EGY", `index.Scan(actor, "EGY")`},
		{`events where actor = "Joe Biden"`, `index.Scan(actor, "joe-biden")`},
		{"events where place = dushanbe", `index.Scan(place, "dushanbe")`},
		{"events where place within TJK and type = agreement", `intersect(`},
		{"events where type = agreement and date in 2019-03", `index.Scan(`},
		{"events where date between 2020-02-01 and 2020-02-10", `index.Scan(date, [2020-02-01, 2020-02-10])`},
		{"events where actor = EGY and actor = CHN", `intersect(`},
		{"events where actor in (EGY, KAZ) and date in 2020", `union(index.Scan(actor, "EGY", [2020-01-01, 2020-12-31]), index.Scan(actor, "KAZ", [2020-01-01, 2020-12-31]))`},
		{`events where text contains "قمة"`, `index.Scan(word, "قمه")`},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ex, err := db.Explain(context.Background(), tt.q, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(ex.Plan, tt.plan) || strings.HasPrefix(ex.Plan, "index.Scan(date)") {
				t.Errorf("plan = %s, want prefix %s", ex.Plan, tt.plan)
			}
			// Each row costs its index entries and its record; a scan may
			// read entries that fail the filter, at most its estimate.
			if limit := 3*(int64(ex.Rows)+ex.Estimated) + 8; ex.KeysRead > limit || ex.KeysRead >= 2000 {
				t.Errorf("%s: read %d keys for %d rows (estimate %d)", ex.Plan, ex.KeysRead, ex.Rows, ex.Estimated)
			}
			if ex.Rows == 0 {
				t.Errorf("no rows: the corpus should have some")
			}
		})
	}
}

// corpus returns n synthetic events: deterministic, spread over 2019-2021,
// over the test gazetteer's actors.
func corpus(n int) []timeline.Event {
	actors := [][]string{
		{"RUS", "USA"}, {"RUS", "CHN"}, {"vladimir-putin", "xi-jinping"}, {"EGY", "CHN"},
		{"KAZ", "RUS"}, {"TJK", "RUS", "KAZ"}, {"joe-biden", "EGY"}, {"USA", "CHN"},
	}
	places := []string{"", "dushanbe", "geneva", "", "TJK"}
	words := []string{"قمة", "زيارة", "لقاء", "اتصال", "اتفاق"}
	out := make([]timeline.Event, 0, n)
	start := timeline.DayOf(2019, 1, 1)
	for i := 0; i < n; i++ {
		typ := timeline.Types[i%len(timeline.Types)]
		day := start + timeline.Day((i*7919)%1096)
		date := timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay}
		if i%17 == 0 {
			y, m, _ := day.Civil()
			date = timeline.MonthDate(y, m)
		}
		sentence := fmt.Sprintf("%s رقم %d في جنيف", words[i%len(words)], i)
		e := ev(typ.String(), "", strings.Join(actors[i%len(actors)], ","), places[i%len(places)], fmt.Sprintf("doc%d", i/3), sentence)
		e.Date = date
		e.Sources[0].Published = date.End + 1
		e.ID = ""
		e.Normalize()
		out = append(out, e)
	}
	return out
}
