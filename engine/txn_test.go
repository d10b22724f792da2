package engine_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// manyEvents returns n distinct events with long sentences.
func manyEvents(n int, doc string) []timeline.Event {
	long := strings.Repeat("كلمة ", 400)
	out := make([]timeline.Event, n)
	for i := range out {
		d := timeline.DayOf(2000, 1, 1) + timeline.Day(i)
		out[i] = ev("meeting", d.String(), "RUS,USA", "", doc, fmt.Sprintf("%s %d", long, i))
	}
	return out
}

// TestArticleAllOrNothing: an article whose events do not fit one
// transaction is refused whole: no event, no index entry, no article
// record.
func TestArticleAllOrNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a few MB")
	}
	ext := fakeExtractor{"big": manyEvents(1500, "")}
	db := openWith(t, "", ext)
	a := article("big", "2011-01-01", "مقال كبير")
	_, err := db.IngestArticle(context.Background(), a)
	if !errors.Is(err, engine.ErrInvalidArticle) {
		t.Fatalf("IngestArticle = %v, want ErrInvalidArticle (too big for one transaction)", err)
	}
	if n := eventCount(t, db); n != 0 {
		t.Errorf("%d events stored from a refused article", n)
	}
	if _, err := db.Article(a.Hash()); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("article record stored: %v", err)
	}
	rep, err := db.Check(context.Background(), engine.CheckOptions{})
	if err != nil || rep.IndexEntries != 0 || !rep.OK() {
		t.Errorf("check after a refused article: %+v %v", rep, err)
	}
}

// TestIngestEventsSplitsBigBatches: a batch too big for one transaction is
// split, and every event arrives whole.
func TestIngestEventsSplitsBigBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a few MB")
	}
	o := testOptions()
	o.BatchSize = 1 << 20
	db, err := engine.Open("", o)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.IngestEvents(context.Background(), manyEvents(1500, "d"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Created != 1500 || eventCount(t, db) != 1500 {
		t.Errorf("stats %+v, %d events", st, eventCount(t, db))
	}
	mustCheck(t, db)
}
