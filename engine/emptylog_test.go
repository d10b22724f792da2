package engine_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// A crash right after Badger creates a memtable or value log file leaves a
// zero-length file that Badger v4.9 cannot open (badger issue #2207); Open
// must still succeed and keep the data.
func TestOpenAfterCrashLeftEmptyLogs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	db, err := engine.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	ingestSample(t, db)
	before := countEvents(t, db)
	db.Close()
	for _, name := range []string{"00099.mem", "000099.vlog"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db, err = engine.Open(dir, nil)
	if err != nil {
		t.Fatalf("open with empty logs: %v", err)
	}
	defer db.Close()
	if got := countEvents(t, db); got != before || before == 0 {
		t.Fatalf("events after reopen = %d, want %d", got, before)
	}
}

func ingestSample(t *testing.T, db *engine.DB) {
	t.Helper()
	a := &timeline.Article{ID: "geneva.txt", Published: timeline.DayOf(2021, 6, 17),
		Text: "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن في جنيف يوم 16 يونيو 2021."}
	if _, err := db.IngestArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
}

func countEvents(t *testing.T, db *engine.DB) int64 {
	t.Helper()
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	return st.Events
}
