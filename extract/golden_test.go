package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tl-project/tl/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenEvent is the stable, reviewable form of an event and its reasons.
type goldenEvent struct {
	Type        string   `json:"type"`
	Date        string   `json:"date"`
	End         string   `json:"end,omitempty"`
	Status      string   `json:"status"`
	Actors      []string `json:"actors"`
	Places      []string `json:"places"`
	Confidence  float64  `json:"confidence"`
	Explanation string   `json:"explanation"`
}

// TestGolden extracts each testdata/golden/*.txt (first line
// "published: YYYY-MM-DD") and compares events and explanations with the
// .golden.json beside it. Run with -update to rewrite.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			head, text, _ := strings.Cut(string(raw), "\n")
			pub := strings.TrimSpace(strings.TrimPrefix(head, "published:"))
			res := extractText(t, pub, text)
			var out []goldenEvent
			for i, e := range res.Events {
				g := goldenEvent{Type: e.Type.String(), Date: e.Date.String(), End: e.Date.EndString(),
					Status: e.Status.String(), Actors: e.Actors, Places: e.Places,
					Confidence: float64(int(e.Confidence*100+0.5)) / 100, Explanation: res.Explanations[i].String()}
				if g.Actors == nil {
					g.Actors = []string{}
				}
				if g.Places == nil {
					g.Places = []string{}
				}
				out = append(out, g)
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the extraction (run with -update after review):\n%s", gf, got)
			}
			// Offsets in every source point at its sentence.
			for _, e := range res.Events {
				for _, s := range e.Sources {
					if text[s.Start:s.End] != s.Sentence {
						t.Errorf("source %d:%d does not hold its sentence", s.Start, s.End)
					}
				}
			}
		})
	}
}

// sanity: the golden helper uses timeline only through extractText.
var _ = timeline.TypeSummit
