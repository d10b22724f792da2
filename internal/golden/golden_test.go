package golden_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tl-project/tl/internal/golden"
)

func TestDiff(t *testing.T) {
	for _, tc := range []struct {
		got, want, diff string
	}{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nx\nc\n", "a\nb\nc\n", "line 2:\n got: \"x\"\nwant: \"b\""},
		{"a\n", "a\nb\n", "line 2:\n got: \"\"\nwant: \"b\"\n(got 2 lines, want 3)"},
		{"a\nb", "a", "line 2:\n got: \"b\"\nwant: (end of file)\n(got 2 lines, want 1)"},
		{"قمة\n", "قمه\n", "line 1:\n got: \"قمة\"\nwant: \"قمه\""},
	} {
		if got := golden.Diff([]byte(tc.got), []byte(tc.want)); got != tc.diff {
			t.Errorf("Diff(%q, %q) =\n%s\nwant\n%s", tc.got, tc.want, got, tc.diff)
		}
	}
}

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors, fatals []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "out.golden")

	// Missing file: fatal, with the hint.
	r := &recorder{TB: t}
	golden.Check(r, path, []byte("one\n"), false)
	if len(r.fatals) != 1 || !strings.Contains(r.fatals[0], "-update") {
		t.Errorf("missing golden: fatals %q, want one naming -update", r.fatals)
	}

	// -update creates the folder and the file, and then passes.
	r = &recorder{TB: t}
	golden.Check(r, path, []byte("one\n"), true)
	if len(r.errors)+len(r.fatals) != 0 {
		t.Errorf("update: failures %q %q", r.errors, r.fatals)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "one\n" {
		t.Errorf("update wrote %q, %v", b, err)
	}

	// Same output passes; other output fails with the differing line.
	r = &recorder{TB: t}
	golden.Check(r, path, []byte("one\n"), false)
	if len(r.errors)+len(r.fatals) != 0 {
		t.Errorf("equal output: failures %q %q", r.errors, r.fatals)
	}
	r = &recorder{TB: t}
	golden.Check(r, path, []byte("two\n"), false)
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], `got: "two"`) || !strings.Contains(r.errors[0], path) {
		t.Errorf("different output: errors %q, want one naming the file and the line", r.errors)
	}
}
