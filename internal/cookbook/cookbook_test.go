package cookbook

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/internal/golden"
	"github.com/tl-project/tl/render"
)

var update = flag.Bool("update", false, "rewrite the golden files and the cookbook section of docs/query.md")

const (
	cookbookPath = "../../query/testdata/cookbook.tlq"
	docsPath     = "../../docs/query.md"
	fixturePath  = "testdata/fixture.jsonl"
	beginMarker  = "<!-- cookbook:begin"
	endMarker    = "<!-- cookbook:end -->"
)

// now is the fixed clock of the fixture database: relative ranges ("last 90
// days", "this year") are taken from it.
var now = time.Date(2025, 12, 31, 12, 0, 0, 0, time.UTC)

// engineBug is a known engine defect that makes a cookbook query answer
// wrongly: what is wrong, and a substring of the rendered output that shows
// it still happens.
type engineBug struct {
	why     string
	symptom string
}

// knownEngineBugs lists cookbook queries the engine answers wrongly. The
// golden test skips them while the symptom persists and fails once it is
// gone (so the entry is removed and the query documented); they are left
// out of the docs meanwhile.
var knownEngineBugs = map[string]engineBug{}

// recipe is one query of the cookbook with the comment line(s) above it.
type recipe struct {
	n       int    // 1-based position in the cookbook
	comment string // what the query asks
	src     string // the query
}

// golden is the name of the recipe's golden file.
func (r recipe) golden() string {
	return filepath.Join("testdata", fmt.Sprintf("%02d_%s.golden", r.n, slug(r.src)))
}

// slug makes a file-name fragment of the ASCII words of s.
func slug(s string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			w.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	out := strings.Join(words, "-")
	for len(out) > 48 {
		out = out[:strings.LastIndexByte(out, '-')]
	}
	return out
}

// readCookbook parses cookbook.tlq: every non-comment line is a query, and
// the comment lines directly above it say what it asks.
func readCookbook(t testing.TB) []recipe {
	t.Helper()
	b, err := os.ReadFile(cookbookPath)
	if err != nil {
		t.Fatal(err)
	}
	var out []recipe
	var comment []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			comment = nil
		case strings.HasPrefix(line, "--"):
			comment = append(comment, strings.TrimSpace(strings.TrimPrefix(line, "--")))
		default:
			out = append(out, recipe{n: len(out) + 1, comment: strings.Join(comment, " "), src: line})
			comment = nil
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 25 {
		t.Fatalf("the cookbook has %d queries, want at least 25", len(out))
	}
	return out
}

// openFixture loads the fixture into an in-memory database with the fixed
// clock.
func openFixture(t testing.TB) *engine.DB {
	t.Helper()
	db, err := engine.Open("", &engine.Options{InMemory: true, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f, err := os.Open(fixturePath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := db.Import(context.Background(), f); err != nil {
		t.Fatalf("import fixture: %v", err)
	}
	return db
}

// run runs src and renders its result as Markdown the way `tl query
// --format md` does (render.WriteRows, English names), except that an
// explain is shown as its text in a fenced block rather than as a one-column
// table.
func run(ctx context.Context, db *engine.DB, src string) (string, error) {
	q, err := db.Prepare(src, nil)
	if err != nil {
		return "", err
	}
	if q.Explain() {
		ex, err := db.Explain(ctx, src, nil)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("```text\n%s\n```\n", ex), nil
	}
	rows, err := db.Run(ctx, q)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var buf bytes.Buffer
	if err := render.WriteRows(&buf, rows, db.Lookup, render.Options{Format: render.FormatMarkdown, Lang: "en"}); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// TestCookbook runs every cookbook query against the fixture and compares
// its rendered output with the golden file; -update rewrites the goldens
// and the docs section.
func TestCookbook(t *testing.T) {
	db := openFixture(t)
	ctx := context.Background()
	recipes := readCookbook(t)
	outputs := make(map[int]string)
	for _, r := range recipes {
		t.Run(fmt.Sprintf("%02d", r.n), func(t *testing.T) {
			got, err := run(ctx, db, r.src)
			if bug, ok := knownEngineBugs[r.src]; ok {
				if err == nil && strings.Contains(got, bug.symptom) {
					t.Skipf("known engine bug: %s: %s", r.src, bug.why)
				}
				t.Fatalf("%s: the known engine bug (%s) no longer shows (error %v): if it is fixed, remove it from knownEngineBugs and run -update\n%s", r.src, bug.why, err, got)
			}
			if err != nil {
				t.Fatalf("%s: %v", r.src, err)
			}
			// The fixture is chosen so that every recipe has an answer.
			if strings.TrimSpace(got) == "" || strings.Contains(got, "_(no rows)_") {
				t.Fatalf("%s: no rows; the fixture should give this recipe an answer", r.src)
			}
			outputs[r.n] = got
			golden.Check(t, r.golden(), []byte(got), *update)
		})
	}
	if *update && !t.Failed() {
		if err := writeDocs(docsSection(recipes, outputs)); err != nil {
			t.Fatal(err)
		}
		removeStale(t, recipes)
	}
}

// removeStale deletes golden files no recipe writes any more.
func removeStale(t *testing.T, recipes []recipe) {
	keep := make(map[string]bool)
	for _, r := range recipes {
		if _, bug := knownEngineBugs[r.src]; !bug {
			keep[r.golden()] = true
		}
	}
	old, _ := filepath.Glob(filepath.Join("testdata", "*.golden"))
	for _, f := range old {
		if !keep[f] {
			if err := os.Remove(f); err != nil {
				t.Error(err)
			}
		}
	}
}

// docsSection renders the cookbook section of docs/query.md: for each
// query its comment, the query and its output. Known engine bugs are left
// out.
func docsSection(recipes []recipe, outputs map[int]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\nThe outputs below come from the fixture database `internal/cookbook/testdata/fixture.jsonl`\n"+
		"(diplomatic events of 2017–2026), with today fixed at %s; `go test ./internal/cookbook -update`\n"+
		"regenerates them.\n\n", now.Format(time.DateOnly))
	var left []string
	for _, r := range recipes {
		out, ok := outputs[r.n]
		if !ok {
			if bug, isBug := knownEngineBugs[r.src]; isBug {
				left = append(left, fmt.Sprintf("- `%s`: %s.\n", r.src, bug.why))
			}
			continue
		}
		fmt.Fprintf(&b, "### %s\n\n```tl\n%s\n```\n\n%s\n", heading(r), r.src, strings.TrimRight(out, "\n"))
		b.WriteString("\n")
	}
	if len(left) > 0 {
		b.WriteString("Left out until the engine is fixed:\n\n")
		for _, l := range left {
			b.WriteString(l)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// heading is the recipe's comment as a heading, or its query when it has
// none.
func heading(r recipe) string {
	h := strings.TrimSuffix(r.comment, ".")
	if h == "" {
		h = r.src
	}
	return fmt.Sprintf("%d. %s", r.n, h)
}

// splitDocs returns docs/query.md around the cookbook section: up to and
// including the begin marker's line, the section, and from the end marker
// on.
func splitDocs(doc string) (head, section, tail string, err error) {
	i := strings.Index(doc, beginMarker)
	if i < 0 {
		return "", "", "", fmt.Errorf("%s: no %q marker", docsPath, beginMarker)
	}
	nl := strings.IndexByte(doc[i:], '\n')
	if nl < 0 {
		return "", "", "", fmt.Errorf("%s: nothing after %q", docsPath, beginMarker)
	}
	start := i + nl + 1
	end := strings.Index(doc[start:], endMarker)
	if end < 0 {
		return "", "", "", fmt.Errorf("%s: no %q marker after the begin marker", docsPath, endMarker)
	}
	return doc[:start], doc[start : start+end], doc[start+end:], nil
}

func writeDocs(section string) error {
	b, err := os.ReadFile(docsPath)
	if err != nil {
		return err
	}
	head, _, tail, err := splitDocs(string(b))
	if err != nil {
		return err
	}
	return os.WriteFile(docsPath, []byte(head+section+tail), 0o644)
}

// TestDocsUpToDate asserts that the cookbook section of docs/query.md is
// what -update writes from the golden files, so the docs cannot drift from
// the engine's outputs.
func TestDocsUpToDate(t *testing.T) {
	if *update {
		t.Skip("-update rewrites the docs")
	}
	recipes := readCookbook(t)
	outputs := make(map[int]string)
	for _, r := range recipes {
		if _, ok := knownEngineBugs[r.src]; ok {
			continue
		}
		b, err := os.ReadFile(r.golden())
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		outputs[r.n] = string(b)
	}
	b, err := os.ReadFile(docsPath)
	if err != nil {
		t.Fatal(err)
	}
	_, got, _, err := splitDocs(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if want := docsSection(recipes, outputs); got != want {
		t.Errorf("the cookbook section of %s is stale; run go test ./internal/cookbook -update", docsPath)
	}
}
