package reliability

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestIdempotenceAndOrder ingests one corpus several ways and requires the
// same database each time: twice in a row (the second run adds nothing),
// in reverse order, and as two batches in separate processes (odd
// documents first, then even), compared as normalised exports.
func TestIdempotenceAndOrder(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	arts := genCorpus(t, corpus, 3)
	man := filepath.Join(corpus, "manifest.jsonl")

	ref := filepath.Join(dir, "ref")
	ingest(t, ref, corpus)
	checkOK(t, ref)
	want := normalise(t, export(t, ref))
	if len(want) == 0 {
		t.Fatal("reference ingest stored no events")
	}

	t.Run("twice", func(t *testing.T) {
		r := ingest(t, ref, corpus)
		if !strings.Contains(r.stdout, "ingested 0 articles") {
			t.Errorf("second ingest of the same corpus stored something: %s", r.stdout)
		}
		checkOK(t, ref)
		sameDB(t, "ingested twice", want, normalise(t, export(t, ref)))
	})

	paths := make([]string, len(arts))
	for i, a := range arts {
		paths[i] = filepath.Join(corpus, a.name)
	}
	t.Run("reverse", func(t *testing.T) {
		db := filepath.Join(dir, "reverse")
		rev := slices.Clone(paths)
		slices.Reverse(rev)
		ingest(t, db, append([]string{"--manifest", man}, rev...)...)
		checkOK(t, db)
		sameDB(t, "reverse order", want, normalise(t, export(t, db)))
	})
	t.Run("batches", func(t *testing.T) {
		db := filepath.Join(dir, "batches")
		var odd, even []string
		for i, p := range paths {
			if i%2 == 1 {
				odd = append(odd, p)
			} else {
				even = append(even, p)
			}
		}
		ingest(t, db, append([]string{"--manifest", man}, odd...)...)
		ingest(t, db, append([]string{"--manifest", man}, even...)...)
		checkOK(t, db)
		sameDB(t, "two batches", want, normalise(t, export(t, db)))
	})
	t.Run("split-merge", func(t *testing.T) {
		// Two halves ingested into separate databases, then one exported and
		// imported into the other: the merge must give the same events.
		a, b := filepath.Join(dir, "half-a"), filepath.Join(dir, "half-b")
		half := len(paths) / 2
		ingest(t, a, append([]string{"--manifest", man}, paths[:half]...)...)
		ingest(t, b, append([]string{"--manifest", man}, paths[half:]...)...)
		ex := filepath.Join(dir, "half-b.jsonl")
		mustTL(t, "--db", b, "export", "--format", "jsonl", "--out", ex)
		mustTL(t, "--db", a, "import", ex)
		checkOK(t, a)
		got := normalise(t, export(t, a))
		if len(got) != len(want) {
			t.Errorf("split and merged by import: %d events, reference %d", len(got), len(want))
		}
		gs, ws := docSignatures(events(t, export(t, a))), docSignatures(events(t, export(t, ref)))
		for doc, sig := range ws {
			if !slices.Equal(gs[doc], sig) {
				t.Errorf("split and merged: %s contributes %v, reference %v", doc, gs[doc], sig)
			}
		}
	})
}

// TestBackupRestore round-trips a database through tl backup and tl
// restore and requires the same normalised export and a clean check.
func TestBackupRestore(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	genCorpus(t, corpus, 2)
	db := filepath.Join(dir, "db")
	ingest(t, db, corpus)
	want := normalise(t, export(t, db))
	bak := filepath.Join(dir, "tl.bak")
	mustTL(t, "--db", db, "backup", bak)
	restored := filepath.Join(dir, "restored")
	mustTL(t, "--db", restored, "restore", bak)
	checkOK(t, restored)
	sameDB(t, "backup/restore", want, normalise(t, export(t, restored)))

	// Restoring into a database that already holds data is refused.
	r := tl(t, "", "--db", db, "restore", bak)
	noPanic(t, "restore over data", r)
	if r.code == 0 {
		t.Errorf("restore into a non-empty database succeeded: %s", r)
	}
	// A truncated backup is refused with an error, not a panic.
	trunc := filepath.Join(dir, "trunc.bak")
	truncate(t, bak, trunc)
	r = tl(t, "", "--db", filepath.Join(dir, "from-trunc"), "restore", trunc)
	noPanic(t, "restore truncated", r)
	if r.code == 0 {
		t.Errorf("restore of a truncated backup succeeded: %s", r)
	}
}

// truncate copies the first half of src to dst.
func truncate(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
}
