package query_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tl-project/tl/query"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // canonical String()
	}{
		{"events", "events"},
		{"EVENTS WHERE Actor = RUS", "events where actor = RUS"},
		{"actor = RUS", "events where actor = RUS"},
		{"actor = RUS limit 5", "events where actor = RUS limit 5"},
		{"events where actor = RUS and actor = USA", "events where actor = RUS and actor = USA"},
		{"events where actor = RUS with USA with CHN", "events where actor = RUS with USA with CHN"},
		{"events where actor in (RUS, USA)", "events where actor in (RUS, USA)"},
		{"events where actor not in (RUS,USA)", "events where actor not in (RUS, USA)"},
		{"events where actor member of CSTO", "events where actor member of CSTO"},
		{"events where place within TJK", "events where place within TJK"},
		{"events where doc = \"tass-1.txt\"", `events where source = "tass-1.txt"`},
		{"events where text ~ \"قمة\"", `events where text contains "قمة"`},
		{"events where text contains قمة", `events where text contains قمة`},
		{"events where actor = بوتين", "events where actor = بوتين"},
		{"events where actor = \"Vladimir Putin\"", `events where actor = "Vladimir Putin"`},
		{"events where actor = 'Vladimir Putin'", `events where actor = "Vladimir Putin"`},
		{`events where text contains "say \"hi\" \\ bye"`, `events where text contains "say \"hi\" \\ bye"`},
		{"events where actor = \"AND\"", `events where actor = "AND"`},
		{"events where actor = vladimir-putin", "events where actor = vladimir-putin"},
		{"events where actor = ARAB_LEAGUE", "events where actor = ARAB_LEAGUE"},
		{"events where date = 2021", "events where date = 2021"},
		{"events where date in 2021-06", "events where date in 2021-06"},
		{"events where date in (2021-06)", "events where date in (2021-06)"},
		{"events where date in (2021-06, 2022)", "events where date in (2021-06, 2022)"},
		{"events where date between 2021-06-10 and 2021-06-20", "events where date between 2021-06-10 and 2021-06-20"},
		{"events where date >= 2021-06-01 and date < 2022", "events where date >= 2021-06-01 and date < 2022"},
		{"events where date in last 30 days", "events where date in last 30 days"},
		{"events where date in last 1 day", "events where date in last 1 day"},
		{"events where date in last 1 days", "events where date in last 1 day"},
		{"events where date in this year", "events where date in this year"},
		{"events where date in LAST YEAR", "events where date in last year"},
		{"events where date in this month or date = today or date = yesterday", "events where date in this month or date = today or date = yesterday"},
		{"events where date = ٢٠٢١-٠٦", "events where date = 2021-06"},
		{"events where confidence >= 0.8", "events where confidence >= 0.8"},
		{"events where type = summit or type = visit and status = planned", "events where type = summit or type = visit and status = planned"},
		{"events where (type = summit or type = visit) and status = planned", "events where (type = summit or type = visit) and status = planned"},
		{"events where ((actor = RUS))", "events where actor = RUS"},
		{"events where actor = RUS and (actor = USA and actor = CHN)", "events where actor = RUS and actor = USA and actor = CHN"},
		{"events where a = 1 or (b = 2 or c = 3)", "events where a = 1 or b = 2 or c = 3"},
		{"events where not actor = RUS", "events where not actor = RUS"},
		{"events where not (actor = RUS or actor = USA)", "events where not (actor = RUS or actor = USA)"},
		{"events where not not type = call", "events where not not type = call"},
		{"events where actor = $actor and date in $period", "events where actor = $actor and date in $period"},
		{"events (date, type, actors)", "events (date, type, actors)"},
		{"select date, type, actor where type = call", "events (date, type, actors) where type = call"},
		{"events order by date desc", "events order by date desc"},
		{"events order by date asc limit 10 offset 20", "events order by date limit 10 offset 20"},
		{"events order by confidence", "events order by confidence"},
		{"count", "count"},
		{"count by months where actor = RUS and date in 2025", "count by month where actor = RUS and date in 2025"},
		{"count by country order by count desc", "count by country order by count desc"},
		{"top 10 actors where type = summit", "top 10 actors where type = summit"},
		{"top country", "top countries"},
		{"first by actor where date in 2021", "first by actor where date in 2021"},
		{"last where actor = RUS", "last where actor = RUS"},
		{"distinct actor where place = dushanbe", "distinct actors where place = dushanbe"},
		{"gaps between RUS and USA", "gaps between RUS and USA"},
		{"gaps between RUS and USA where type in (summit, meeting)", "gaps between RUS and USA where type in (summit, meeting)"},
		{"explain count by year where actor = RUS", "explain count by year where actor = RUS"},
		{"-- all Russian summits\nevents\n  where actor = RUS -- Russia\n  and type = summit\n", "events where actor = RUS and type = summit"},
		{"\u200fevents where actor = بوتين\u200f", "events where actor = بوتين"},
		{"events where actor = بُوتِين", "events where actor = بُوتِين"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q, err := query.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got := q.String(); got != tt.want {
				t.Errorf("Parse(%q).String()\n got %s\nwant %s", tt.in, got, tt.want)
			}
			q2, err := query.Parse(q.String())
			if err != nil {
				t.Fatalf("reparse %q: %v", q.String(), err)
			}
			if !reflect.DeepEqual(stripped(q), stripped(q2)) {
				t.Errorf("round trip of %q changed the tree", tt.in)
			}
		})
	}
}

// TestParseTree checks the shape of the lowered tree, not only its
// printing.
func TestParseTree(t *testing.T) {
	q := query.MustParse("count by month where actor = RUS with USA and not (type = call or date < 2020) and place within TJK limit 3")
	s, ok := q.Stmt.(*query.CountStmt)
	if !ok {
		t.Fatalf("Stmt is %T, want *CountStmt", q.Stmt)
	}
	if s.By == nil || s.By.Key != query.KeyMonth || s.Limit != 3 {
		t.Errorf("By = %+v, Limit = %d", s.By, s.Limit)
	}
	and, ok := s.Where.(*query.AndExpr)
	if !ok || len(and.List) != 3 {
		t.Fatalf("Where = %#v, want a conjunction of 3", s.Where)
	}
	conds := s.Conds()
	if len(conds) != 2 {
		t.Fatalf("Conds() = %d conditions, want 2 (the not is not a plain condition)", len(conds))
	}
	with := conds[0]
	if with.Field != query.FieldActor || with.Op != query.OpWith || len(with.Values) != 2 ||
		with.Values[0].Text != "RUS" || with.Values[1].Text != "USA" || with.Values[1].Kind != query.ValueName {
		t.Errorf("first condition = %+v", with)
	}
	if conds[1].Field != query.FieldPlace || conds[1].Op != query.OpWithin {
		t.Errorf("second condition = %+v", conds[1])
	}
	not, ok := and.List[1].(*query.NotExpr)
	if !ok {
		t.Fatalf("List[1] is %T, want *NotExpr", and.List[1])
	}
	or, ok := not.X.(*query.OrExpr)
	if !ok || len(or.List) != 2 {
		t.Fatalf("not X = %T, want a disjunction of 2", not.X)
	}
	if c := or.List[1].(*query.Cond); c.Field != query.FieldDate || c.Op != query.OpLt || c.Values[0].Kind != query.ValueNumber {
		t.Errorf("date condition = %+v", c)
	}

	rel := query.MustParse("date in last 30 days").Inner().Tail().Conds()[0].Values[0]
	if rel.Kind != query.ValueRelative || rel.Rel != (query.Relative{Anchor: query.AnchorLast, N: 30, Unit: query.UnitDay}) {
		t.Errorf("relative value = %+v", rel)
	}
	if !query.MustParse("explain events").Explain() || query.MustParse("events").Explain() {
		t.Error("Explain() is wrong")
	}
	if got := query.MustParse("actor = $a and (date in $p or actor = $a)").Params(); !reflect.DeepEqual(got, []string{"a", "p"}) {
		t.Errorf("Params() = %v", got)
	}
}

// TestParsePositions checks that positions reach the tree, with columns in
// runes.
func TestParsePositions(t *testing.T) {
	src := "events\nwhere actor = بوتين and date in 2021"
	q := query.MustParse(src)
	conds := q.Stmt.Tail().Conds()
	p := func(n query.Node) string {
		return fmt.Sprintf("%d:%d-%d:%d", n.Pos().Line, n.Pos().Column, n.End().Line, n.End().Column)
	}
	tests := []struct {
		node query.Node
		want string
	}{
		{q.Stmt, "1:1-2:37"},
		{conds[0], "2:7-2:20"},
		{conds[0].Values[0], "2:15-2:20"},
		{conds[1], "2:25-2:37"},
		{conds[1].Values[0], "2:33-2:37"},
		{q.Stmt.Tail().Where, "2:7-2:37"},
	}
	for i, tt := range tests {
		if got := p(tt.node); got != tt.want {
			t.Errorf("%d: %T %s at %s, want %s", i, tt.node, tt.node, got, tt.want)
		}
	}
	if v := conds[0].Values[0]; src[v.Pos().Offset:v.End().Offset] != "بوتين" {
		t.Errorf("value offsets %d..%d do not cover the name", v.Pos().Offset, v.End().Offset)
	}
	if op := conds[1].OpPos; op.Column != 30 {
		t.Errorf("OpPos = %+v, want column 30", op)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in  string
		pos string // line:col
		msg string
	}{
		{"", "1:1", "unexpected end of query (expected a statement (events, select, count, top, first, last, distinct, gaps, explain) or a condition)"},
		{"-- just a comment", "1:1", "unexpected end of query (expected a statement"},
		{"events wher", "1:8", `unexpected token "wher" (expected a column list in parentheses, where, order by, limit, offset or end of query)`},
		{"events where", "1:13", "unexpected end of query (expected a condition, such as actor = RUS)"},
		{"events where actor", "1:19", "unexpected end of query (expected an operator: =, !=, <, <=, >, >=, in, not in, between, within, contains, member of)"},
		{"events where actor RUS", "1:20", `unexpected token "RUS" (expected an operator`},
		{"events where date = ", "1:20", "unexpected end of query (expected a date: 2021, 2021-06, 2021-06-16, today, this year, last 30 days)"},
		{"events where actor =\n\n  -- the actor\n", "1:21", "unexpected end of query (expected a name"},
		{"events where date =\n   and", "2:4", `unexpected token "and" (expected a date`},
		{"events where actor = AND", "1:22", `unexpected token "and" (expected a name, such as RUS or "Vladimir Putin"); "AND" is a keyword: quote it to use it as a name, as in "AND"`},
		{"events where actor = RUS and", "1:29", "unexpected end of query (expected a condition"},
		{"events where actor = RUS type = call", "1:26", `unexpected token "type" (expected and, or, order by, limit, offset or end of query)`},
		{"events where (actor = RUS", "1:26", `unexpected end of query (expected and, or or ")")`},
		{"events where actor in (RUS", "1:27", `unexpected end of query (expected "," or ")")`},
		{"events where actor in (RUS,", "1:28", `unexpected end of query (expected a name`},
		{"events where actor = RUS)", "1:25", `unexpected token ")"`},
		{"events where date between 2021", "1:31", `unexpected end of query (expected "and")`},
		{"events where date between 2021 and", "1:35", "unexpected end of query (expected a date"},
		{"events where date in last", "1:26", "unexpected end of query (expected a number or day, week, month or year)"},
		{"events where date in last 30", "1:29", "unexpected end of query (expected day, week, month or year)"},
		{"events where date in last 30 dayz", "1:30", `expected day, week, month or year, found "dayz"`},
		{"events where date in this fortnight", "1:27", `expected day, week, month or year, found "fortnight"`},
		{"events where date in last 0 days", "1:27", `expected a number from 1 to 1000000000 after last, found "0"`},
		{"events where actor member RUS", "1:27", `unexpected token "RUS" (expected "of")`},
		{"events where actor != RUS with USA", "1:20", `expected "=" before a "with" list, found "!="`},
		{"events where actor not RUS", "1:24", `unexpected token "RUS" (expected "in")`},
		{"events where actor = \"Putin", "1:22", `unterminated string: expected a closing "`},
		{"events where actor = 'Putin", "1:22", `unterminated string: expected a closing '`},
		{"events where actor @ RUS", "1:20", `unexpected character '@'`},
		{"events where text contains «قمة»", "1:28", `unexpected character '«'`},
		{"events (date, type", "1:19", `unexpected end of query (expected "," or ")")`},
		{"events (", "1:9", "unexpected end of query (expected a column"},
		{"select", "1:7", "unexpected end of query (expected a column"},
		{"select date type", "1:13", `unexpected token "type" (expected "," or where, order by, limit, offset or end of query)`},
		{"count by", "1:9", "unexpected end of query (expected a key: year, month"},
		{"count where", "1:12", "unexpected end of query (expected a condition"},
		{"top", "1:4", "unexpected end of query (expected a number or actors, places, countries or types)"},
		{"top 5", "1:6", "unexpected end of query (expected actors, places, countries or types)"},
		{"top 1.5 actors", "1:5", `expected a whole number after top, found "1.5"`},
		{"top 0 actors", "1:5", `expected a number from 1 to 1000000000 after top, found "0"`},
		{"events limit", "1:13", "unexpected end of query (expected a number)"},
		{"events limit 99999999999999999999", "1:14", `expected a number from 0 to 1000000000 after limit, found "99999999999999999999"`},
		{"events order date", "1:14", `unexpected token "date" (expected "by")`},
		{"events order by", "1:16", "unexpected end of query (expected an order key"},
		{"events order by date up", "1:22", `unexpected token "up" (expected asc, desc, limit, offset or end of query)`},
		{"events limit 5 where actor = RUS", "1:16", `unexpected token "where"`},
		{"gaps RUS and USA", "1:6", `unexpected token "RUS" (expected "between")`},
		{"gaps between RUS", "1:17", `unexpected end of query (expected "and")`},
		{"gaps between RUS and", "1:21", "unexpected end of query (expected a name"},
		{"first by", "1:9", "unexpected end of query (expected actor, place, country or type)"},
		{"explain", "1:8", "unexpected end of query (expected a statement"},
		{"explain explain events", "1:9", `unexpected token "explain"`},
		{"actor = RUS where type = call", "1:13", `unexpected token "where" (expected and, or, order by, limit, offset or end of query)`},
		{"events where actor = RUS\n  and type =\n  order by date", "3:3", `unexpected token "order" (expected an event type: summit, meeting, visit, call, agreement)`},
		{"events where actor = RUS and \xff", "1:30", "invalid UTF-8 byte 0xff"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q, err := query.Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %s, want an error", tt.in, q)
			}
			if !errors.Is(err, query.ErrParse) || errors.Is(err, query.ErrCheck) {
				t.Errorf("error %v does not match ErrParse only", err)
			}
			wantPosError(t, err, tt.pos, tt.msg)
		})
	}
}

// TestParseLimits checks that pathological inputs fail fast with a
// positioned error instead of exhausting time or stack.
func TestParseLimits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		pos  string
		msg  string
	}{
		{"1MB", "events where " + strings.Repeat("actor = RUS and ", 1<<16), "1:65537", "query too long"},
		{"10000 parens", "events where " + strings.Repeat("(", 10000) + "actor = RUS" + strings.Repeat(")", 10000), "1:78", "condition nested too deeply at"},
		{"10000 nots", "events where " + strings.Repeat("not ", 10000) + "actor = RUS", "1:270", "condition nested too deeply at"},
		{"not-paren chain", "events where " + strings.Repeat("not (", 5000) + "actor = RUS" + strings.Repeat(")", 5000), "1:334", "condition nested too deeply at"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := query.Parse(tt.in)
			if d := time.Since(start); d > time.Second {
				t.Errorf("Parse took %v", d)
			}
			var e *query.Error
			if !errors.As(err, &e) || !errors.Is(err, query.ErrLimit) || !errors.Is(err, query.ErrParse) {
				t.Fatalf("err = %v, want an *Error matching ErrLimit and ErrParse", err)
			}
			if got := fmt.Sprintf("%d:%d", e.Pos.Line, e.Pos.Column); got != tt.pos || !strings.HasPrefix(e.Msg, tt.msg) {
				t.Errorf("got %s: %s, want %s: %s...", got, e.Msg, tt.pos, tt.msg)
			}
		})
	}
	// Just inside the limits parses.
	deep := "events where " + strings.Repeat("(", query.MaxDepth) + "actor = RUS" + strings.Repeat(")", query.MaxDepth)
	if _, err := query.Parse(deep); err != nil {
		t.Errorf("depth %d: %v", query.MaxDepth, err)
	}
	long := "events where " + strings.Repeat("actor = RUS or ", (query.MaxLength-100)/15) + "actor = USA"
	start := time.Now()
	if _, err := query.Parse(long); err != nil {
		t.Errorf("%d bytes: %v", len(long), err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("parsing %d bytes took %v", len(long), d)
	}
}
