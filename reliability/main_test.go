package reliability

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// tlBin is the tl binary built once by TestMain.
var tlBin string

// exampleCorpus is the committed example corpus the tests grow from.
var exampleCorpus = filepath.Join("..", "examples", "corpus")

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "tl-reliability-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	tlBin = filepath.Join(dir, "tl")
	build := exec.Command("go", "build", "-o", tlBin, "../cmd/tl")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build tl:", err)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one tl run produced.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout: %s\nstderr: %s", r.code, clip(r.stdout), clip(r.stderr))
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// tl runs the binary with args and stdin (may be empty) and a deadline.
func tl(t testing.TB, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, tlBin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Stdin = strings.NewReader(stdin)
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("tl %s: %v", strings.Join(args, " "), err)
		}
		r.code = ee.ExitCode()
	}
	return r
}

// mustTL runs tl and fails the test unless it exits 0.
func mustTL(t testing.TB, args ...string) result {
	t.Helper()
	r := tl(t, "", args...)
	if r.code != 0 {
		t.Fatalf("tl %s: %s", strings.Join(args, " "), r)
	}
	return r
}

// noPanic fails the test when a run's output looks like a Go crash.
func noPanic(t testing.TB, what string, r result) {
	t.Helper()
	for _, s := range []string{r.stdout, r.stderr} {
		for _, bad := range []string{"panic:", "goroutine ", "runtime error", "fatal error:", "[signal "} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: output contains %q (a crash, not an error message):\n%s", what, bad, r)
				return
			}
		}
	}
}

// article is one generated document of a test corpus.
type article struct {
	name      string // file name, also the source doc
	published string // YYYY-MM-DD
	data      []byte
}

// baseArticles reads the example corpus and its manifest.
func baseArticles(t testing.TB) []article {
	t.Helper()
	f, err := os.Open(filepath.Join(exampleCorpus, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []article
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var rec struct{ Doc, Published string }
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(exampleCorpus, rec.Doc))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, article{name: rec.Doc, published: rec.Published, data: data})
	}
	if len(arts) < 5 {
		t.Fatalf("example corpus has only %d documents", len(arts))
	}
	return arts
}

// genCorpus writes copies × the example corpus into dir with distinct
// names and publication dates shifted by a few days per copy, plus a
// manifest.jsonl, and returns the documents written in name order.
func genCorpus(t testing.TB, dir string, copies int) []article {
	t.Helper()
	base := baseArticles(t)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var out []article
	var man bytes.Buffer
	for c := 0; c < copies; c++ {
		for _, a := range base {
			p, err := time.Parse("2006-01-02", a.published)
			if err != nil {
				t.Fatal(err)
			}
			g := article{
				name:      fmt.Sprintf("c%03d_%s", c, a.name),
				published: p.AddDate(0, 0, (c*7)%40).Format("2006-01-02"),
				data:      a.data,
			}
			if err := os.WriteFile(filepath.Join(dir, g.name), g.data, 0o644); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&man, "{\"doc\":%q,\"published\":%q}\n", g.name, g.published)
			out = append(out, g)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.jsonl"), man.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// writeManifest writes a manifest for arts to path.
func writeManifest(t testing.TB, path string, arts []article) {
	t.Helper()
	var b bytes.Buffer
	for _, a := range arts {
		fmt.Fprintf(&b, "{\"doc\":%q,\"published\":%q}\n", a.name, a.published)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// exportEvent is the part of an exported event the comparisons read.
type exportEvent struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	Sources []struct {
		Doc   string `json:"doc"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"sources"`
}

// export runs "tl export" on db and returns its JSONL lines.
func export(t testing.TB, db string) []string {
	t.Helper()
	r := mustTL(t, "--db", db, "export", "--format", "jsonl")
	var lines []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// normalise turns export lines into a comparable form: the ingest time
// dropped, sources sorted, floats rounded to 1e-9 (sums in another order
// differ in the last bit), events sorted by id.
func normalise(t testing.TB, lines []string) []string {
	t.Helper()
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("export line is not JSON: %v: %s", err, clip(l))
		}
		delete(m, "ingested")
		if src, ok := m["sources"].([]any); ok {
			keys := make([]string, len(src))
			for i, s := range src {
				b, _ := json.Marshal(round(s))
				keys[i] = string(b)
			}
			sort.Strings(keys)
			m["sources"] = keys
		}
		b, err := json.Marshal(round(m))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}

func round(v any) any {
	switch x := v.(type) {
	case float64:
		return math.Round(x*1e9) / 1e9
	case map[string]any:
		for k, e := range x {
			x[k] = round(e)
		}
	case []any:
		for i, e := range x {
			x[i] = round(e)
		}
	}
	return v
}

// events parses export lines.
func events(t testing.TB, lines []string) []exportEvent {
	t.Helper()
	evs := make([]exportEvent, len(lines))
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &evs[i]); err != nil {
			t.Fatal(err)
		}
	}
	return evs
}

// docSignatures maps each source doc to the sorted set of (event type,
// sentence offsets) it contributes: a property of the article alone that
// does not depend on which other articles its events merged with.
func docSignatures(evs []exportEvent) map[string][]string {
	sets := map[string]map[string]bool{}
	for _, e := range evs {
		for _, s := range e.Sources {
			if sets[s.Doc] == nil {
				sets[s.Doc] = map[string]bool{}
			}
			sets[s.Doc][fmt.Sprintf("%s@%d-%d", e.Type, s.Start, s.End)] = true
		}
	}
	out := map[string][]string{}
	for d, set := range sets {
		for k := range set {
			out[d] = append(out[d], k)
		}
		slices.Sort(out[d])
	}
	return out
}

// diffLines reports the first differences between two sorted line sets.
func diffLines(want, got []string) string {
	var b strings.Builder
	w := map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	g := map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	n := 0
	for _, l := range want {
		if !g[l] && n < 3 {
			fmt.Fprintf(&b, "- %s\n", clip(l))
			n++
		}
	}
	n = 0
	for _, l := range got {
		if !w[l] && n < 3 {
			fmt.Fprintf(&b, "+ %s\n", clip(l))
			n++
		}
	}
	return fmt.Sprintf("want %d events, got %d\n%s", len(want), len(got), b.String())
}

// sameDB fails the test when two normalised exports differ.
func sameDB(t testing.TB, what string, want, got []string) {
	t.Helper()
	if !slices.Equal(want, got) {
		t.Errorf("%s: databases differ: %s", what, diffLines(want, got))
	}
}

// ingest runs "tl ingest" of paths into db and fails unless it succeeds.
func ingest(t testing.TB, db string, args ...string) result {
	t.Helper()
	return mustTL(t, append([]string{"--db", db, "ingest"}, args...)...)
}

// checkOK runs "tl check" and fails unless it reports ok.
func checkOK(t testing.TB, db string) {
	t.Helper()
	r := tl(t, "", "--db", db, "check")
	if r.code != 0 || !strings.Contains(r.stdout, "ok") {
		t.Fatalf("tl check: %s", r)
	}
}
