package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestErrorsBounded checks that a folder of many bad files gives an
// error naming the first maxListedErrors of them and counting the rest,
// while the good files of the folder are ingested.
func TestIngestErrorsBounded(t *testing.T) {
	tests := []struct {
		bad      int
		listed   int
		wantMore string
	}{
		{1, 1, ""},
		{maxListedErrors, maxListedErrors, ""},
		{maxListedErrors + 50, maxListedErrors, "… and 50 more"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.bad), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "docs")
			os.MkdirAll(dir, 0o755)
			for i := range tc.bad {
				writeFile(t, dir, fmt.Sprintf("bad%04d.txt", i), nil)
			}
			writeFile(t, dir, "good.txt", []byte("عقد الرئيس الفرنسي قمة في باريس.\n"))
			db := filepath.Join(t.TempDir(), "db")
			stdout, stderr, err := run(t, "", "--db", db, "ingest", "--published", "2024-01-01", dir)
			var ie *ingestErrors
			if !errors.As(err, &ie) || ie.total != tc.bad || len(ie.files) != tc.listed {
				t.Fatalf("err = %v; want ingestErrors of %d files, %d listed", err, tc.bad, tc.listed)
			}
			if got := strings.Count(stderr, string(filepath.Separator)+"bad0"); got != tc.listed {
				t.Errorf("stderr names %d files, want %d:\n%s", got, tc.listed, stderr)
			}
			if !strings.Contains(stderr, fmt.Sprintf("%d of the inputs", tc.bad)) {
				t.Errorf("stderr should count %d failed inputs:\n%s", tc.bad, stderr)
			}
			if more := strings.Contains(stderr, "more"); (tc.wantMore != "") != more || !strings.Contains(stderr, tc.wantMore) {
				t.Errorf("stderr should say %q:\n%s", tc.wantMore, stderr)
			}
			if !strings.Contains(stdout, "ingested 1 article ") {
				t.Errorf("the good file should be ingested: %s", stdout)
			}
		})
	}
}
