package reliability

import (
	"errors"
	"flag"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"
)

var (
	crashKills = flag.Int("crash.kills", 0, "SIGKILLs of a running tl ingest in TestCrashIngest (default 10, or $TL_CRASH_KILLS)")
	crashSeed  = flag.Int64("crash.seed", 1, "seed of the kill points in TestCrashIngest")
)

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
		cmd := exec.Command(tlBin, "--db", db, "ingest", corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill somewhere within the time a whole ingest takes; early kills
		// also hit the open and the first transactions.
		delay := time.Duration(rng.Int63n(int64(span) + 1))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			// The ingest finished before the kill point: it must have
			// succeeded; start over on a fresh database.
			if err != nil {
				t.Fatalf("ingest run %d failed without a kill: %v", round, err)
			}
			completed++
			sameDB(t, "uninterrupted ingest", want, normalise(t, export(t, db)))
			round++
			db = filepath.Join(dir, "db"+strconv.Itoa(round))
			continue
		case <-time.After(delay):
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			// It finished just before the kill: count it as completed.
			if !errors.Is(err, os.ErrProcessDone) {
				t.Fatal(err)
			}
			if err := <-done; err != nil {
				t.Fatalf("ingest run %d failed without a kill: %v", round, err)
			}
			completed++
			round++
			db = filepath.Join(dir, "db"+strconv.Itoa(round))
			continue
		}
		<-done
		killed++

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
