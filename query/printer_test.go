package query_test

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tl-project/tl/internal/golden"
	"github.com/tl-project/tl/query"
)

// TestFormatGolden formats each query of testdata/format/*.tlq (queries
// separated by blank lines) and compares with the .golden file; -update
// rewrites the goldens. Formatting the golden again must give the golden
// (idempotence), and every formatted query must parse back to the tree of
// its source.
func TestFormatGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/format/*.tlq")
	if err != nil || len(files) == 0 {
		t.Fatalf("no format inputs: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := formatAll(t, string(data))
			path := strings.TrimSuffix(file, ".tlq") + ".golden"
			golden.Check(t, path, []byte(got), *update)
			if again := formatAll(t, got); again != got {
				t.Errorf("formatting %s is not idempotent:\n%s", path, again)
			}
		})
	}
}

// formatAll formats each blank-line separated query of src.
func formatAll(t *testing.T, src string) string {
	t.Helper()
	var out []string
	for _, s := range splitQueries(src) {
		if strings.TrimSpace(stripComments(s)) == "" {
			continue
		}
		q, err := query.Parse(s)
		if err != nil {
			t.Fatalf("parse %q: %v", s, err)
		}
		f := query.Format(q)
		q2, err := query.Parse(f)
		if err != nil {
			t.Fatalf("parse formatted %q: %v", f, err)
		}
		if !reflect.DeepEqual(stripped(q), stripped(q2)) {
			t.Errorf("formatting changed the tree of %q:\n%s", s, f)
		}
		out = append(out, f)
	}
	return strings.Join(out, "\n\n") + "\n"
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "--") {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TestCookbook checks that every cookbook query parses, checks against the
// test resolver's names where it can, prints canonically and round-trips,
// and that each has a comment line above it.
func TestCookbook(t *testing.T) {
	f, err := os.Open("testdata/cookbook.tlq")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var prev string
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "--") {
			prev = line
			continue
		}
		n++
		if !strings.HasPrefix(prev, "-- ") {
			t.Errorf("cookbook query %q has no comment line above it", line)
		}
		q, err := query.Parse(line)
		if err != nil {
			t.Errorf("%s", query.FormatError(line, err))
			continue
		}
		q2, err := query.Parse(q.String())
		if err != nil || !reflect.DeepEqual(stripped(q), stripped(q2)) {
			t.Errorf("cookbook query %q does not round-trip through %q: %v", line, q.String(), err)
		}
		if err := query.Check(q, query.CheckOptions{Now: now}); err != nil {
			t.Errorf("%s", query.FormatError(line, err))
		}
		prev = line
	}
	if n < 30 {
		t.Errorf("the cookbook has %d queries, want at least 30", n)
	}
}

// TestStringRoundTrip builds trees by hand and checks that String parses
// back to them, including names that need quoting.
func TestStringRoundTrip(t *testing.T) {
	name := func(s string) *query.Value { return &query.Value{Kind: query.ValueName, Text: s, Bound: s} }
	str := func(s string) *query.Value { return &query.Value{Kind: query.ValueString, Text: s, Bound: s} }
	cond := func(f query.Field, op query.Op, vals ...*query.Value) *query.Cond {
		return &query.Cond{FieldName: f.String(), Field: f, Op: op, Values: vals, Paren: op == query.OpIn && len(vals) > 1}
	}
	q := &query.Query{Stmt: &query.EventsStmt{Clauses: query.Clauses{
		Where: &query.AndExpr{List: []query.Expr{
			cond(query.FieldActor, query.OpEq, str("AND")),
			cond(query.FieldActor, query.OpEq, str("Vladimir Putin")),
			&query.OrExpr{List: []query.Expr{
				cond(query.FieldType, query.OpEq, name("summit")),
				&query.NotExpr{X: &query.AndExpr{List: []query.Expr{
					cond(query.FieldPlace, query.OpIn, name("TJK"), name("dushanbe")),
					cond(query.FieldText, query.OpContains, &query.Value{Kind: query.ValueString, Text: `a "quoted" \ text`, Bound: `a "quoted" \ text`}),
				}}},
			}},
		}},
		Limit: 3,
	}}}
	want := `events where actor = "AND" and actor = "Vladimir Putin" and (type = summit or not (place in (TJK, dushanbe) and text contains "a \"quoted\" \\ text")) limit 3`
	if got := q.String(); got != want {
		t.Fatalf("String()\n got %s\nwant %s", got, want)
	}
	q2, err := query.Parse(q.String())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stripped(q), stripped(q2)) {
		t.Errorf("hand-built tree does not round-trip:\n%s\n%s", q, q2)
	}
	// A name that is not a plain word prints quoted, and so reads back as a
	// string: the same value to Check.
	v := name("AND")
	if v.String() != `"AND"` {
		t.Errorf("name AND prints as %s", v)
	}
}
