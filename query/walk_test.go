package query_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tl-project/tl/query"
)

// recorder is a Visitor that records the node types it enters and leaves.
type recorder struct{ log *[]string }

func (r recorder) Visit(n query.Node) query.Visitor {
	if n == nil {
		*r.log = append(*r.log, ")")
		return nil
	}
	*r.log = append(*r.log, strings.TrimPrefix(fmt.Sprintf("%T", n), "*query."))
	return r
}

func TestWalk(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"events (date, actors) where actor = RUS order by date",
			"Query EventsStmt Column ) Column ) Cond Value ) ) OrderBy ) ) )"},
		{"explain count by month where not (a = 1 or b in (2, 3))",
			"Query ExplainStmt CountStmt GroupBy ) NotExpr OrExpr Cond Value ) ) Cond Value ) Value ) ) ) ) ) ) )"},
		{"gaps between RUS and USA where x = 1 and y = 2",
			"Query GapsStmt Value ) Value ) AndExpr Cond Value ) ) Cond Value ) ) ) ) )"},
		{"top 3 places", "Query TopStmt GroupBy ) ) )"},
		{"distinct types", "Query DistinctStmt GroupBy ) ) )"},
		{"last by actor", "Query FirstStmt GroupBy ) ) )"},
	}
	for _, tt := range tests {
		var log []string
		query.Walk(recorder{&log}, query.MustParse(tt.in))
		if got := strings.Join(log, " "); got != tt.want {
			t.Errorf("Walk(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestInspectSkip(t *testing.T) {
	q := query.MustParse("a = 1 and not (b = 2 and c = 3)")
	var conds []string
	query.Inspect(q.Stmt, func(n query.Node) bool {
		if _, ok := n.(*query.NotExpr); ok {
			return false // skip the negated part
		}
		if c, ok := n.(*query.Cond); ok {
			conds = append(conds, c.FieldName)
		}
		return true
	})
	if strings.Join(conds, ",") != "a" {
		t.Errorf("visited %v, want only a", conds)
	}
}

// TestNodeSpans checks that every node's Pos and End delimit its own
// source text: the text of a condition reparses to the same condition, a
// statement spans the whole query, a value's text is the value.
func TestNodeSpans(t *testing.T) {
	srcs := []string{
		"events (date, actors) where actor = RUS with USA and (type = summit or not (place = TJK)) order by date desc limit 5",
		"count by month\n  where not not date in last 30 days\n    and actor = بوتين -- who\n",
		"explain top 3 countries where (a = 1 or b = 2) and (c = 3 or d = 4)",
		"gaps between RUS and \"Vladimir Putin\" where date between 2021 and 2022-06",
		"first by actor",
		"last where x in (1, 2)",
		"distinct types where text ~ 'قمة'",
		"select id, text where source = $doc offset 3",
		"actor = RUS",
	}
	for _, src := range srcs {
		q := query.MustParse(src)
		trimmed := src
		if i := strings.Index(src, "--"); i >= 0 {
			trimmed = src[:i]
		}
		trimmed = strings.TrimSpace(trimmed)
		query.Inspect(q, func(n query.Node) bool {
			if !n.Pos().IsValid() || !n.End().IsValid() || n.End().Offset < n.Pos().Offset {
				t.Errorf("%T %s has span %v..%v", n, n, n.Pos(), n.End())
				return true
			}
			span := src[n.Pos().Offset:n.End().Offset]
			switch n := n.(type) {
			case *query.Query:
				if span != trimmed {
					t.Errorf("query spans %q, want %q", span, trimmed)
				}
			case query.Stmt:
				if !strings.HasSuffix(trimmed, span) {
					t.Errorf("statement spans %q, want the end of %q", span, trimmed)
				}
			case query.Expr:
				w := query.MustParse("events where " + span).Stmt.Tail().Where
				if w.String() != n.String() {
					t.Errorf("%T spans %q, which reparses to %s, not %s", n, span, w, n)
				}
			case *query.Value:
				if n.Kind == query.ValueString {
					span = span[1 : len(span)-1]
				}
				if n.Kind == query.ValueParam {
					span = span[1:]
				}
				if span != n.Text {
					t.Errorf("value spans %q, want %q", span, n.Text)
				}
			case *query.Column, *query.GroupBy:
				if strings.ToLower(span) != n.String() && query.LookupCol(strings.ToLower(span)) == query.ColUnknown {
					t.Errorf("%T spans %q, want %q", n, span, n)
				}
			case *query.OrderBy:
				if !strings.HasPrefix(span, "order by") {
					t.Errorf("order by spans %q", span)
				}
			}
			// Line and column agree with the offset.
			if p := n.Pos(); lineCol(src, p.Offset) != [2]int{p.Line, p.Column} {
				t.Errorf("%T at offset %d has %d:%d, want %v", n, p.Offset, p.Line, p.Column, lineCol(src, p.Offset))
			}
			return true
		})
	}
}

func lineCol(src string, off int) [2]int {
	line := 1 + strings.Count(src[:off], "\n")
	start := strings.LastIndex(src[:off], "\n") + 1
	return [2]int{line, 1 + len([]rune(src[start:off]))}
}
