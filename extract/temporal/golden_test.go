package temporal_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/timeline"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestParagraphsGolden runs Find over whole paragraphs
// (testdata/paragraphs.txt, each after a "# ref=… tense=…" line) and
// compares every expression, with its span and reason, with
// testdata/paragraphs.golden. Run with -update to accept new output.
func TestParagraphsGolden(t *testing.T) {
	f, err := os.Open("testdata/paragraphs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out strings.Builder
	var c temporal.Context
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if h, ok := strings.CutPrefix(line, "# "); ok {
			var ref, tense string
			if _, err := fmt.Sscanf(strings.ReplaceAll(h, "=", " "), "ref %s tense %s", &ref, &tense); err != nil {
				t.Fatalf("bad header %q: %v", line, err)
			}
			c.Ref = timeline.MustParseDate(ref).Start
			if c.Tense, err = temporal.ParseTense(tense); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&out, "== %s\n", h)
			continue
		}
		for _, e := range temporal.Find(line, c) {
			fmt.Fprintln(&out, e)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/paragraphs.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := out.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("%s:%d:\n\tgot:  %s\n\twant: %s", golden, i+1, g, w)
			}
		}
	}
}
