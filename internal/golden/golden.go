package golden

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Check compares got with the file at path. With update it first writes
// got to path (creating its folder), so the comparison passes and the
// change shows in git diff. A missing file, or one that differs from got,
// fails t with the first differing line and a hint to run with -update.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("update golden file: %v", err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("update golden file: %v", err)
			return
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run the test with -update and review the diff):\n%s", path, Diff(got, want))
	}
}

// Diff describes where got and want first differ: the line number, the two
// lines quoted, and the line counts when they differ. It returns "" when
// they are equal.
func Diff(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	i := 0
	for i < len(g) && i < len(w) && bytes.Equal(g[i], w[i]) {
		i++
	}
	line := func(ls [][]byte) string {
		if i < len(ls) {
			return fmt.Sprintf("%q", ls[i])
		}
		return "(end of file)"
	}
	out := fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, line(g), line(w))
	if len(g) != len(w) {
		out += fmt.Sprintf("\n(got %d lines, want %d)", len(g), len(w))
	}
	return out
}
