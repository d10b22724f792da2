package reliability

import (
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

var (
	crashKills = flag.Int("crash.kills", 0, "SIGKILLs of a running tl ingest in TestCrashIngest (default 10, or $TL_CRASH_KILLS)")
	crashSeed  = flag.Int64("crash.seed", 1, "seed of the kill points in TestCrashIngest")
	crashKeep  = flag.String("crash.keep", "", "directory TestCrashIngest works in and leaves behind (default a temporary one), to inspect a failing database")
)

// runKilled runs tl with args and sends it SIGKILL after delay. It reports
// whether the kill landed; a run that ended first must have succeeded.
func runKilled(t *testing.T, delay time.Duration, args ...string) bool {
	t.Helper()
	cmd := exec.Command(tlBin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("tl %v failed without a kill: %v", args, err)
		}
		return false
	case <-time.After(delay):
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		if !errors.Is(err, os.ErrProcessDone) {
			t.Fatal(err)
		}
		if err := <-done; err != nil {
			t.Fatalf("tl %v failed without a kill: %v", args, err)
		}
		return false
	}
	<-done
	return true
}

// kills returns how many kills TestCrashIngest performs.
func kills() int {
	if *crashKills > 0 {
		return *crashKills
	}
	if n, err := strconv.Atoi(os.Getenv("TL_CRASH_KILLS")); err == nil && n > 0 {
		return n
	}
	return 10
}

// TestCrashIngest kills a real "tl ingest" with SIGKILL at seeded random
// points and after every kill requires that the database opens, that "tl
// check" finds every index in agreement with the events, and that every
// article is wholly present (all the events and sentences the clean
// ingest gives it) or wholly absent. Re-running the ingest then completes
// it, and the final database equals a clean reference ingest.
func TestCrashIngest(t *testing.T) {
	n := kills()
	dir := t.TempDir()
	if *crashKeep != "" {
		// A directory left by an earlier run would hand this one its
		// databases: it must be new or empty.
		dir = *crashKeep
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if ents, err := os.ReadDir(dir); err != nil || len(ents) > 0 {
			t.Fatalf("-crash.keep %s: the directory must be new or empty (%d entries, %v)", dir, len(ents), err)
		}
	}
	corpus := filepath.Join(dir, "corpus")
	genCorpus(t, corpus, 12)

	ref := filepath.Join(dir, "ref")
	start := time.Now()
	ingest(t, ref, corpus)
	span := time.Since(start)
	refLines := export(t, ref)
	want := normalise(t, refLines)
	wantSig := docSignatures(events(t, refLines))
	t.Logf("reference ingest: %d events from %d documents in %v", len(want), len(wantSig), span)

	rng := rand.New(rand.NewSource(*crashSeed))
	killed, completed, partial, round := 0, 0, 0, 0
	db := filepath.Join(dir, "db0")
	for killed < n {
		// Kill somewhere within the time a whole ingest takes; early kills
		// also hit the open and the first transactions.
		delay := time.Duration(rng.Int63n(int64(span) + 1))
		if !runKilled(t, delay, "--db", db, "ingest", corpus) {
			// The ingest finished before the kill point: it must have
			// succeeded; start over on a fresh database.
			completed++
			sameDB(t, "uninterrupted ingest", want, normalise(t, export(t, db)))
			round++
			db = filepath.Join(dir, "db"+strconv.Itoa(round))
			continue
		}
		killed++
		if *crashKeep != "" {
			// Keep the database as the kill left it, before any open.
			last := filepath.Join(dir, "last-killed")
			if err := os.RemoveAll(last); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(db); err == nil { // a kill may come before the directory is made
				if out, err := exec.Command("cp", "-a", db, last).CombinedOutput(); err != nil {
					t.Fatalf("keep the killed database: %v: %s", err, out)
				}
			}
		}

		checkOK(t, db)
		gotSig := docSignatures(events(t, export(t, db)))
		present := 0
		for doc, sig := range gotSig {
			w, ok := wantSig[doc]
			if !ok {
				t.Fatalf("kill %d: source %s is not in the reference", killed, doc)
			}
			if !slices.Equal(sig, w) {
				t.Fatalf("kill %d (after %v): article %s is partly present: %d of %d sentences/events\n got %v\nwant %v",
					killed, delay, doc, len(sig), len(w), sig, w)
			}
			present++
		}
		if present > 0 && present < len(wantSig) {
			partial++
		}
	}
	// Finish the last interrupted database and compare with the reference.
	ingest(t, db, corpus)
	checkOK(t, db)
	sameDB(t, "ingest completed after kills", want, normalise(t, export(t, db)))
	t.Logf("%d kills survived (%d mid-corpus), %d runs completed before their kill point, seed %d",
		killed, partial, completed, *crashSeed)
}

// loadCorpus writes n events as the JSON lines tl import reads: distinct
// facts (one a day), with a fifth of them reported twice by a second
// article, so the bulk load also merges.
func loadCorpus(t *testing.T, path string, n int) {
	t.Helper()
	countries := []string{"RUS", "USA", "CHN", "EGY", "SAU", "TJK", "KAZ", "IRN", "TUR", "FRA"}
	types := []string{"meeting", "visit", "call", "agreement", "summit"}
	var b strings.Builder
	day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		d := day.AddDate(0, 0, i).Format(time.DateOnly)
		a, c := countries[i%len(countries)], countries[(i/len(countries)+1+i)%len(countries)]
		if a == c {
			c = "ARE"
		}
		reports := 1 + i%5/4
		for r := 0; r < reports; r++ {
			fmt.Fprintf(&b, `{"type":%q,"date":%q,"end":%q,"precision":"day","status":"occurred","actors":[%q,%q],"sources":[{"doc":"d%d-%d.txt","published":%q,"sentence":"التقى وفدا البلدين رقم %d","start":0,"end":10,"confidence":0.8}]}`+"\n",
				types[i%len(types)], d, d, a, c, i, r, d, i)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCrashLoad kills a real "tl import" into an empty database, which
// bulk-loads (engine.DB.Load), with SIGKILL at seeded random points. After
// every kill the database is either complete (tl check clean, every event
// there) or refused with a message that says the load was cut off, never
// open with part of the events; importing again into a fresh directory
// completes.
func TestCrashLoad(t *testing.T) {
	n := kills()
	dir := t.TempDir()
	src := filepath.Join(dir, "events.jsonl")
	loadCorpus(t, src, 30000)
	ref := filepath.Join(dir, "ref")
	start := time.Now()
	mustTL(t, "--db", ref, "import", src)
	span := time.Since(start)
	want := normalise(t, export(t, ref))
	t.Logf("reference import: %d events in %v", len(want), span)

	rng := rand.New(rand.NewSource(*crashSeed))
	killed, complete, refused := 0, 0, 0
	for round := 0; killed < n; round++ {
		db := filepath.Join(dir, "db"+strconv.Itoa(round))
		delay := time.Duration(rng.Int63n(int64(span) + 1))
		if !runKilled(t, delay, "--db", db, "import", src) {
			continue
		}
		killed++
		r := tl(t, "", "--db", db, "check")
		noPanic(t, "check after a killed load", r)
		switch {
		case r.code != 0 && strings.Contains(r.stderr, "load") && strings.Contains(r.stderr, "cut off"):
			refused++
		case r.code != 0:
			t.Fatalf("kill %d after %v: tl check fails without naming a cut-off load: %s", killed, delay, r)
		default:
			got := normalise(t, export(t, db))
			if len(got) != 0 && len(got) != len(want) {
				t.Fatalf("kill %d after %v: the database opens with %d of %d events", killed, delay, len(got), len(want))
			}
			if len(got) == len(want) {
				sameDB(t, "import completed before its kill", want, got)
				complete++
			}
		}
	}
	db := filepath.Join(dir, "final")
	mustTL(t, "--db", db, "import", src)
	sameDB(t, "import after kills", want, normalise(t, export(t, db)))
	t.Logf("%d kills: %d complete, %d refused as cut off, %d empty; seed %d", killed, complete, refused, killed-complete-refused, *crashSeed)
}
