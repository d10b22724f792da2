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
