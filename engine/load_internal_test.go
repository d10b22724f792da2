package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

var loadNow = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)

func openLoadTest(t testing.TB, dir string) *DB {
	t.Helper()
	db, err := Open(dir, &Options{Now: func() time.Time { return loadNow }, BatchSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// mergeHeavy returns n events drawn so that many describe the same fact:
// few party sets, dates crowded into a few months at every precision,
// undated reports, reports repeated word for word, people standing for
// their countries.
func mergeHeavy(n int, seed uint64) []timeline.Event {
	r := rand.New(rand.NewPCG(seed, 1))
	parties := [][]string{
		{"RUS", "USA"}, {"vladimir-putin", "USA"}, {"RUS", "joe-biden"}, {"RUS", "CHN"},
		{"xi-jinping", "vladimir-putin"}, {"EGY"}, {"EGY", "SAU", "ARE"}, {"TJK", "RUS"},
	}
	places := []string{"", "geneva", "dushanbe", "TJK", "CHE", "moscow"}
	types := []timeline.Type{timeline.TypeMeeting, timeline.TypeVisit, timeline.TypeSummit}
	base := timeline.DayOf(2021, 5, 1)
	out := make([]timeline.Event, 0, n)
	for i := 0; i < n; i++ {
		if i > 0 && r.IntN(8) == 0 { // the same report again
			out = append(out, out[r.IntN(len(out))])
			continue
		}
		e := timeline.Event{Type: types[r.IntN(len(types))], Actors: slices.Clone(parties[r.IntN(len(parties))])}
		if p := places[r.IntN(len(places))]; p != "" {
			e.Places = []string{p}
		}
		day := base + timeline.Day(r.IntN(120))
		switch r.IntN(10) {
		case 0:
			y, m, _ := day.Civil()
			e.Date = timeline.MonthDate(y, m)
		case 1:
			e.Date = timeline.Date{Start: timeline.DayOf(2021, 1, 1), End: timeline.DayOf(2021, 12, 31), Precision: timeline.PrecisionYear}
		case 2: // undated
		case 3:
			e.Date = timeline.Date{Start: day, End: day + 2, Precision: timeline.PrecisionDay}
		default:
			e.Date = timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay}
		}
		pub := day + timeline.Day(r.IntN(5))
		if !e.Date.IsZero() {
			pub = e.Date.End + timeline.Day(r.IntN(5))
		}
		if r.IntN(4) == 0 {
			e.Status = timeline.StatusPlanned
			pub = max(e.Date.Start-3, base)
		}
		s := fmt.Sprintf("بحث الجانبان رقم %d في لقاء بجنيف قضايا الأمن", r.IntN(50))
		e.Sources = []timeline.Source{{Doc: fmt.Sprintf("doc%d", r.IntN(n/3+1)), Published: pub, Sentence: s, End: len(s), Confidence: 0.5 + r.Float64()/2}}
		e.Normalize()
		out = append(out, e)
	}
	return out
}

func eventSeq(evs []timeline.Event) iter.Seq2[timeline.Event, error] {
	return func(yield func(timeline.Event, error) bool) {
		for _, e := range evs {
			if !yield(e, nil) {
				return
			}
		}
	}
}

// dumpKVs returns every key-value of db, in key order, as a database of
// single index entries would hold them: packed lists stand for the entries
// they hold, tombstones for nothing.
func dumpKVs(t testing.TB, db *DB) []kv {
	t.Helper()
	var out []kv
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			ns := keys.Namespace(it.Item().Key()[0])
			if ns == keys.NSPacked || packedIndex(ns) {
				continue
			}
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out = append(out, kv{it.Item().KeyCopy(nil), v})
		}
		for _, ns := range []keys.Namespace{keys.NSDate, keys.NSActor, keys.NSPlace, keys.NSType, keys.NSWord, keys.NSLong} {
			ix := openIndexIter(txn, keys.Prefix(nil, ns), false, db.packed.Load())
			for ix.Seek(keys.Prefix(nil, ns)); ix.Valid(); ix.Next() {
				out = append(out, kv{bytes.Clone(ix.Key()), bytes.Clone(ix.Value())})
			}
			ix.Close()
			if err := ix.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(out, func(a, b kv) int { return bytes.Compare(a.key, b.key) })
	return out
}

// rawKeys counts the key-values of db, and those in namespace ns.
func rawKeys(t testing.TB, db *DB, ns keys.Namespace) (all, inNS int) {
	t.Helper()
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			all++
			if keys.Namespace(it.Item().Key()[0]) == ns {
				inNS++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return all, inNS
}

func diffKVs(t *testing.T, want, got []kv) {
	t.Helper()
	i, j, shown := 0, 0, 0
	for (i < len(want) || j < len(got)) && shown < 10 {
		switch {
		case j >= len(got) || (i < len(want) && bytes.Compare(want[i].key, got[j].key) < 0):
			t.Errorf("missing %q", want[i].key)
			i++
			shown++
		case i >= len(want) || bytes.Compare(want[i].key, got[j].key) > 0:
			t.Errorf("extra %q", got[j].key)
			j++
			shown++
		default:
			if !bytes.Equal(want[i].val, got[j].val) {
				t.Errorf("%q: value %x, want %x", want[i].key, got[j].val, want[i].val)
				shown++
			}
			i++
			j++
		}
	}
}

// TestLoadEqualsIngest: Load and IngestEvents of the same events give the
// same database, key for key, value for value.
func TestLoadEqualsIngest(t *testing.T) {
	ctx := context.Background()
	// Small chunks: the records of a few thousand events spill to a file
	// and the merge reads them back from it.
	defer func(n int) { loadChunk = n }(loadChunk)
	loadChunk = 8 << 10
	for _, tc := range []struct {
		n      int
		seed   uint64
		custom bool // a third of the events carry ids of their own, not of the hex form
	}{{50, 1, false}, {400, 2, false}, {3000, 3, false}, {400, 4, true}} {
		t.Run(fmt.Sprintf("%d/custom=%v", tc.n, tc.custom), func(t *testing.T) {
			evs := mergeHeavy(tc.n, tc.seed)
			if tc.custom {
				for i := range evs {
					if i%3 == 0 {
						evs[i].ID = fmt.Sprintf("report-%03d", i%97) // repeats: the same id merges
					}
				}
			}
			inc := openLoadTest(t, t.TempDir())
			defer inc.Close()
			st1, err := inc.IngestEvents(ctx, evs)
			if err != nil {
				t.Fatal(err)
			}
			bulk := openLoadTest(t, t.TempDir())
			defer bulk.Close()
			st2, err := bulk.Load(ctx, eventSeq(evs))
			if err != nil {
				t.Fatal(err)
			}
			if st1.Merged == 0 || st1.Unchanged == 0 {
				t.Fatalf("the corpus does not exercise merging: %+v", st1)
			}
			if st1 != st2 {
				t.Errorf("stats: IngestEvents %+v, Load %+v", st1, st2)
			}
			diffKVs(t, dumpKVs(t, inc), dumpKVs(t, bulk))
			// The same entries, in packed lists: far fewer keys.
			incKeys, _ := rawKeys(t, inc, keys.NSPacked)
			bulkKeys, lists := rawKeys(t, bulk, keys.NSPacked)
			if lists == 0 || !bulk.packed.Load() || inc.packed.Load() || bulkKeys*2 > incKeys {
				t.Errorf("Load wrote %d keys (%d packed lists), IngestEvents %d", bulkKeys, lists, incKeys)
			}
			if rep, err := bulk.Check(ctx, CheckOptions{}); err != nil || !rep.OK() {
				t.Fatalf("Check after Load: %v %+v", err, rep)
			}
		})
	}
}

// TestLoadThenIngest: a loaded database takes incremental ingests like any
// other, survives reopening, and answers queries.
func TestLoadThenIngest(t *testing.T) {
	ctx := context.Background()
	evs := mergeHeavy(600, 7)
	dir := t.TempDir()
	db := openLoadTest(t, dir)
	if _, err := db.Load(ctx, eventSeq(evs[:400])); err != nil {
		t.Fatal(err)
	}
	if _, err := db.IngestEvents(ctx, evs[400:]); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = openLoadTest(t, dir)
	defer db.Close()
	ref := openLoadTest(t, t.TempDir())
	defer ref.Close()
	if _, err := ref.IngestEvents(ctx, evs); err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := ref.Export(ctx, &a); err != nil {
		t.Fatal(err)
	}
	if err := db.Export(ctx, &b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("Load then IngestEvents differs from IngestEvents of everything")
	}
	if rep, err := db.Check(ctx, CheckOptions{}); err != nil || !rep.OK() {
		t.Fatalf("Check: %v %+v", err, rep)
	}
}

// TestLoadRefusesAndKeeps: Load refuses a database with events, and an
// input error or a cancelled context leaves the database as it was.
func TestLoadRefusesAndKeeps(t *testing.T) {
	ctx := context.Background()
	db := openLoadTest(t, t.TempDir())
	defer db.Close()
	if err := db.PutEntity(ctx, timeline.Entity{ID: "my-org", Kind: timeline.KindOrganisation, Name: "My Org", NameAR: "منظمتي"}); err != nil {
		t.Fatal(err)
	}
	before := dumpKVs(t, db)

	boom := errors.New("boom")
	bad := func(yield func(timeline.Event, error) bool) {
		for _, e := range mergeHeavy(20, 9) {
			if !yield(e, nil) {
				return
			}
		}
		yield(timeline.Event{}, boom)
	}
	if _, err := db.Load(ctx, bad); !errors.Is(err, boom) {
		t.Fatalf("Load with a failing input: %v, want boom", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := db.Load(cancelled, eventSeq(mergeHeavy(20, 9))); !errors.Is(err, context.Canceled) {
		t.Fatalf("Load with a cancelled context: %v", err)
	}
	invalid := []timeline.Event{{Type: timeline.TypeMeeting}}
	if _, err := db.Load(ctx, eventSeq(invalid)); !errors.Is(err, ErrBadInput) {
		t.Fatalf("Load of an event without actors: %v", err)
	}
	diffKVs(t, before, dumpKVs(t, db))

	// The user's entity survives a load.
	evs := mergeHeavy(30, 10)
	evs[0].Actors = append(evs[0].Actors, "my-org")
	evs[0].Normalize()
	if _, err := db.Load(ctx, eventSeq(evs)); err != nil {
		t.Fatal(err)
	}
	if e, err := db.Entity("my-org"); err != nil || e.Name != "My Org" {
		t.Fatalf("user entity after Load: %+v %v", e, err)
	}
	if _, err := db.Load(ctx, eventSeq(evs)); !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("second Load: %v, want ErrNotEmpty", err)
	}

	// An in-memory database loads batch by batch, with the same rules.
	mem, err := Open("", &Options{InMemory: true, Now: func() time.Time { return loadNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if st, err := mem.Load(ctx, eventSeq(evs)); err != nil || st.Events != len(evs) {
		t.Fatalf("in-memory Load: %+v %v", st, err)
	}
	if _, err := mem.Load(ctx, eventSeq(evs)); !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("second in-memory Load: %v, want ErrNotEmpty", err)
	}
}

// TestLoadMergeFails: when the merging goroutine fails, Load returns its
// error, stops reading the caller's events soon after, and leaves the
// database empty.
func TestLoadMergeFails(t *testing.T) {
	ctx := context.Background()
	db := openLoadTest(t, t.TempDir())
	defer db.Close()
	boom := errors.New("boom")
	testHookLoadPut = func(n int) error {
		if n == 50 {
			return boom
		}
		return nil
	}
	defer func() { testHookLoadPut = nil }()
	evs := mergeHeavy(8000, 5)
	read := 0
	seq := func(yield func(timeline.Event, error) bool) {
		for _, e := range evs {
			read++
			if !yield(e, nil) {
				return
			}
		}
	}
	if _, err := db.Load(ctx, seq); !errors.Is(err, boom) {
		t.Fatalf("Load: %v, want the merge's error", err)
	}
	// At most what the channel holds and the batches in hand were read
	// past the failure.
	if limit := 50 + (mergeAhead+2)*mergeBatch; read > limit {
		t.Errorf("read %d of %d events after the merge failed at 50, want at most %d", read, len(evs), limit)
	}
	if st, err := db.Stats(); err != nil || st.Events != 0 {
		t.Errorf("after the failed Load: %+v, %v; want no events", st, err)
	}
}

// TestOpenAfterCutLoad: a database whose Load was cut off while it wrote
// (the loading marker still there) is refused with ErrIncompleteLoad.
func TestOpenAfterCutLoad(t *testing.T) {
	dir := t.TempDir()
	db := openLoadTest(t, dir)
	if err := db.bdb.Update(func(txn *badger.Txn) error { return txn.Set(loadingKey, []byte{1}) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(dir, nil); !errors.Is(err, ErrIncompleteLoad) {
		t.Fatalf("Open: %v, want ErrIncompleteLoad", err)
	}
}

// TestLoadWaitsForQueries: Load does not replace the tables under an open
// Rows; queries started during the load see the loaded database.
func TestLoadWaitsForQueries(t *testing.T) {
	ctx := context.Background()
	db := openLoadTest(t, t.TempDir())
	defer db.Close()
	rows, err := db.Query(ctx, "events", nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := db.Load(ctx, eventSeq(mergeHeavy(200, 11)))
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("Load finished while a Rows was open: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	for rows.Next() {
	}
	rows.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	rows, err = db.Query(ctx, "count", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if !rows.Next() || rows.Row()[0] == "0" {
		t.Fatalf("count after Load: %v", rows.Row())
	}
}

// TestLoadLogsPhases: Load logs the wall time of each of its phases, in
// order, at debug level.
func TestLoadLogsPhases(t *testing.T) {
	var out bytes.Buffer
	log := slog.New(slog.NewTextHandler(&out, &slog.HandlerOptions{Level: slog.LevelDebug}))
	db, err := Open(t.TempDir(), &Options{Now: func() time.Time { return loadNow }, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Load(context.Background(), eventSeq(mergeHeavy(200, 3))); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(out.String(), "\n") {
		if !strings.Contains(line, `msg="load phase"`) {
			continue
		}
		_, rest, _ := strings.Cut(line, "phase=")
		phase, secs, _ := strings.Cut(rest, " seconds=")
		if f, err := strconv.ParseFloat(secs, 64); err != nil || f < 0 {
			t.Errorf("phase %s: seconds %q", phase, secs)
		}
		got = append(got, phase)
	}
	want := []string{"merge", "order", "postings", "sort", "counters", "stream", "reopen"}
	if !slices.Equal(got, want) {
		t.Errorf("phases logged %v, want %v", got, want)
	}
}

// TestLoadTablesWithoutFilters: the tables Load streams have no Bloom
// filters (streamOptions), and tables written after it, by a flush of
// later ingests, have them again: the database's own options are back.
func TestLoadTablesWithoutFilters(t *testing.T) {
	ctx := context.Background()
	evs := mergeHeavy(600, 7)
	db := openLoadTest(t, t.TempDir())
	defer db.Close()
	if _, err := db.Load(ctx, eventSeq(evs[:400])); err != nil {
		t.Fatal(err)
	}
	loaded := map[uint64]bool{}
	for _, ti := range db.bdb.Tables() {
		loaded[ti.ID] = true
		if ti.BloomFilterSize != 0 {
			t.Errorf("table %d on level %d written by Load has a %d-byte Bloom filter", ti.ID, ti.Level, ti.BloomFilterSize)
		}
	}
	if len(loaded) == 0 {
		t.Fatal("Load wrote no tables")
	}
	if _, err := db.IngestEvents(ctx, evs[400:]); err != nil {
		t.Fatal(err)
	}
	if err := db.bdb.Flatten(1); err != nil {
		t.Fatal(err)
	}
	var later int
	for _, ti := range db.bdb.Tables() {
		if loaded[ti.ID] {
			continue
		}
		later++
		if ti.BloomFilterSize == 0 {
			t.Errorf("table %d on level %d written after Load has no Bloom filter", ti.ID, ti.Level)
		}
	}
	if later == 0 {
		t.Fatal("no table written after Load: the test proves nothing")
	}
}

// TestLoadScratchDir: Options.ScratchDir takes Load's temporary files
// (seen, while Load reads its events, among the process's open files on
// Linux), the database is the one a Load without it makes, and a scratch
// folder that cannot take them fails the Load and leaves the database
// empty.
func TestLoadScratchDir(t *testing.T) {
	ctx := context.Background()
	defer func(n int) { loadChunk = n }(loadChunk)
	loadChunk = 8 << 10 // the records spill to their file
	evs := mergeHeavy(2000, 5)

	plain := openLoadTest(t, t.TempDir())
	defer plain.Close()
	if _, err := plain.Load(ctx, eventSeq(evs)); err != nil {
		t.Fatal(err)
	}

	scratch := t.TempDir()
	db, err := Open(t.TempDir(), &Options{Now: func() time.Time { return loadNow }, BatchSize: 1, ScratchDir: scratch})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seen := false
	seq := func(yield func(timeline.Event, error) bool) {
		for i, e := range evs {
			if i == len(evs)/2 && runtime.GOOS == "linux" {
				seen = openFileUnder(t, scratch)
			}
			if !yield(e, nil) {
				return
			}
		}
	}
	if _, err := db.Load(ctx, seq); err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "linux" && !seen {
		t.Errorf("no open file under the scratch folder %s during the Load", scratch)
	}
	diffKVs(t, dumpKVs(t, plain), dumpKVs(t, db))
	if left, _ := os.ReadDir(scratch); len(left) != 0 {
		t.Errorf("the scratch folder holds %d files after the Load", len(left))
	}

	missing := filepath.Join(t.TempDir(), "missing")
	bad, err := Open(t.TempDir(), &Options{Now: func() time.Time { return loadNow }, ScratchDir: missing})
	if err != nil {
		t.Fatal(err)
	}
	defer bad.Close()
	if _, err := bad.Load(ctx, eventSeq(evs)); err == nil || !strings.Contains(err.Error(), missing) {
		t.Fatalf("Load with a missing scratch folder: %v, want an error naming it", err)
	}
	if st, err := bad.Stats(); err != nil || st.Events != 0 {
		t.Errorf("after the failed Load: %+v, %v; want no events", st, err)
	}
}

// openFileUnder reports whether the process has a file open under dir
// (an unlinked one included), from /proc/self/fd.
func openFileUnder(t *testing.T, dir string) bool {
	t.Helper()
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	for _, fd := range fds {
		if target, err := os.Readlink(filepath.Join("/proc/self/fd", fd.Name())); err == nil && strings.HasPrefix(target, dir+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
