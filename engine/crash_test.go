package engine_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// crashArticles is the corpus of the crash test: article i yields
// 1 + i%4 events of its own (no merges across articles).
const crashArticles = 2000

func crashCorpus() ([]*timeline.Article, fakeExtractor) {
	ext := fakeExtractor{}
	var arts []*timeline.Article
	base := timeline.DayOf(2000, 1, 1)
	for i := 0; i < crashArticles; i++ {
		id := fmt.Sprintf("crash-%03d.txt", i)
		var evs []timeline.Event
		for j := 0; j <= i%4; j++ {
			d := base + timeline.Day(i*10+j)
			evs = append(evs, ev("meeting", d.String(), "RUS,USA", "geneva", "", fmt.Sprintf("لقاء رقم %d-%d", i, j)))
		}
		ext[id] = evs
		arts = append(arts, &timeline.Article{ID: id, Published: base + timeline.Day(i*10+5), Text: "مقال " + id})
	}
	return arts, ext
}

// TestCrashHelper is the ingesting process of TestCrashSafety; it runs only
// when TL_CRASH_DIR is set.
func TestCrashHelper(t *testing.T) {
	dir := os.Getenv("TL_CRASH_DIR")
	if dir == "" {
		t.Skip("helper process of TestCrashSafety")
	}
	arts, ext := crashCorpus()
	o := testOptions()
	o.InMemory = false
	o.Extractor = ext
	db, err := engine.Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, a := range arts {
		if _, err := db.IngestArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCrashSafety kills a process ingesting a corpus (SIGKILL) at random
// points, and checks after each kill that the database opens, that every
// article is either wholly present, with all its events and index entries,
// or absent, and that the indexes agree with the events; finally an
// ingest run to the end completes the corpus.
func TestCrashSafety(t *testing.T) {
	kills := 3
	if !testing.Short() && os.Getenv("TL_CRASH_LOOP") != "" {
		kills = 30
	}
	dir := t.TempDir()
	arts, ext := crashCorpus()
	rng := rand.New(rand.NewPCG(7, 7))
	run := func(kill time.Duration) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), "TL_CRASH_DIR="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if kill == 0 {
			if err := cmd.Wait(); err != nil {
				t.Fatalf("ingest to the end: %v", err)
			}
			return
		}
		time.Sleep(kill)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}
	verify := func(round int) (present int) {
		o := testOptions()
		o.InMemory = false
		o.Extractor = ext
		db, err := engine.Open(dir, o)
		if err != nil {
			t.Fatalf("round %d: open after kill: %v", round, err)
		}
		defer db.Close()
		for _, a := range arts {
			info, err := db.Article(a.Hash())
			want := 0
			switch {
			case err == nil:
				present++
				want = len(ext[a.ID])
				if len(info.Events) != want {
					t.Errorf("round %d: %s present with %d of %d events", round, a.ID, len(info.Events), want)
				}
			case !errors.Is(err, engine.ErrNotFound):
				t.Fatal(err)
			}
			if got := len(queryRows(t, db, fmt.Sprintf("events where source = %q", a.ID))); got != want {
				t.Errorf("round %d: %s: %d events by source, want %d", round, a.ID, got, want)
			}
		}
		rep, err := db.Check(context.Background(), engine.CheckOptions{})
		if err != nil || !rep.OK() {
			t.Fatalf("round %d: check: %v %v", round, err, rep.Problems)
		}
		return present
	}
	for round := 0; round < kills; round++ {
		run(time.Duration(30+rng.IntN(270)) * time.Millisecond)
		n := verify(round)
		t.Logf("kill %d: %d of %d articles present", round, n, len(arts))
	}
	run(0)
	if n := verify(kills); n != len(arts) {
		t.Errorf("after a full run: %d of %d articles", n, len(arts))
	}
}
