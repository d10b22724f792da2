package query_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

// describe summarises what Check recorded: per condition of the where
// clause (in walk order), the resolved values and range; then the bounds.
func describe(q *query.Query) string {
	var parts []string
	dayStr := func(d timeline.Day) string {
		switch d {
		case query.MinDay:
			return "-inf"
		case query.MaxDay:
			return "+inf"
		}
		return d.String()
	}
	rng := func(d timeline.Date) string {
		return dayStr(d.Start) + ".." + dayStr(d.End) + "/" + d.Precision.String()
	}
	query.Inspect(q.Stmt, func(n query.Node) bool {
		switch x := n.(type) {
		case *query.GapsStmt:
			parts = append(parts, fmt.Sprintf("gaps %s %s now=%s", x.A.Entity.ID, x.B.Entity.ID, x.Now))
			return true
		case *query.Cond:
			var vals []string
			for _, v := range x.Values {
				switch x.Field {
				case query.FieldActor, query.FieldPlace:
					vals = append(vals, v.Entity.ID+"("+v.Entity.Kind.String()+")")
				case query.FieldType:
					vals = append(vals, v.Type.String())
				case query.FieldStatus:
					vals = append(vals, v.Status.String())
				case query.FieldConfidence:
					vals = append(vals, fmt.Sprint(v.Num))
				case query.FieldDate:
					vals = append(vals, rng(v.Date))
				default:
					vals = append(vals, fmt.Sprintf("%q", v.Bound))
				}
			}
			s := fmt.Sprintf("%s %s [%s]", x.Field, x.Op, strings.Join(vals, " "))
			if x.Field == query.FieldDate {
				s += " range " + rng(x.Range)
				for _, r := range x.Ranges {
					s += " | " + rng(r)
				}
			}
			parts = append(parts, s)
			return false
		}
		return true
	})
	if b := q.Inner().Tail().Bounds; !b.IsZero() {
		parts = append(parts, "bounds "+rng(b))
	}
	return strings.Join(parts, "; ")
}

func TestCheck(t *testing.T) {
	tests := []struct {
		in     string
		params map[string]string
		want   string
	}{
		{"actor = RUS", nil, "actor = [RUS(country)]"},
		{"actor = putin", nil, "actor = [vladimir-putin(person)]"},
		{"actor = بوتين", nil, "actor = [vladimir-putin(person)]"},
		{`actor = "Vladimir Putin"`, nil, "actor = [vladimir-putin(person)]"},
		{`actor = "AND"`, nil, "actor = [AND(country)]"},
		{"actor = russia with america", nil, "actor with [RUS(country) USA(country)]"},
		{"actor in (RUS, USA) and actor != CHN", nil, "actor in [RUS(country) USA(country)]; actor != [CHN(country)]"},
		{"actor member of CSTO", nil, "actor member of [CSTO(organisation)]"},
		{"place = dushanbe or place = TJK", nil, "place = [dushanbe(city)]; place = [TJK(country)]"},
		{"place within EU", nil, "place within [EU(organisation)]"},
		// As an actor, Georgia can only be the country.
		{"actor = georgia", nil, "actor = [GEO(country)]"},
		// The country covers its capital of the same name.
		{"place = Djibouti", nil, "place = [DJI(country)]"},
		{"place = djibouti-city", nil, "place = [djibouti-city(city)]"},
		{"type in (summit, Visit) and status = planned", nil, "type in [summit visit]; status = [planned]"},
		{"confidence >= 0.75", nil, "confidence >= [0.75]"},
		{`text contains "قمة" and source = "tass-1.txt"`, nil, `text contains ["قمة"]; source = ["tass-1.txt"]`},
		{"actor = $actor and date in $period", map[string]string{"actor": "Vladimir Putin", "period": "2021-06"},
			"actor = [vladimir-putin(person)]; date in [2021-06-01..2021-06-30/month] range 2021-06-01..2021-06-30/month; bounds 2021-06-01..2021-06-30/month"},
		{"date in $p", map[string]string{"p": "last 7 days"},
			"date in [2026-11-19..2026-11-25/day] range 2026-11-19..2026-11-25/day; bounds 2026-11-19..2026-11-25/day"},
		{"confidence > $c", map[string]string{"c": "0.5"}, "confidence > [0.5]"},
		{"type = $t and place = $p and status in ($s)", map[string]string{"t": "Summit", "p": "دوشنبه", "s": "planned"},
			"type = [summit]; place = [dushanbe(city)]; status in [planned]"},
		{"gaps between $a and $b", map[string]string{"a": "Russia", "b": "Vladimir Putin"}, "gaps RUS vladimir-putin now=2026-11-25"},
		// Dates.
		{"date = 2021", nil, "date = [2021-01-01..2021-12-31/year] range 2021-01-01..2021-12-31/year; bounds 2021-01-01..2021-12-31/year"},
		{"date in 2021-06", nil, "date in [2021-06-01..2021-06-30/month] range 2021-06-01..2021-06-30/month; bounds 2021-06-01..2021-06-30/month"},
		{"date = 2021-06-16", nil, "date = [2021-06-16..2021-06-16/day] range 2021-06-16..2021-06-16/day; bounds 2021-06-16..2021-06-16/day"},
		{`date = "2024-02"`, nil, "date = [2024-02-01..2024-02-29/month] range 2024-02-01..2024-02-29/month; bounds 2024-02-01..2024-02-29/month"},
		{"date between 2021-06-10 and 2021-06-20", nil, "date between [2021-06-10..2021-06-10/day 2021-06-20..2021-06-20/day] range 2021-06-10..2021-06-20/day; bounds 2021-06-10..2021-06-20/day"},
		{"date between 2020 and 2021-03", nil, "date between [2020-01-01..2020-12-31/year 2021-03-01..2021-03-31/month] range 2020-01-01..2021-03-31/year; bounds 2020-01-01..2021-03-31/year"},
		{"date >= 2021-06-01", nil, "date >= [2021-06-01..2021-06-01/day] range 2021-06-01..+inf/day; bounds 2021-06-01..+inf/day"},
		{"date > 2021-06", nil, "date > [2021-06-01..2021-06-30/month] range 2021-07-01..+inf/day; bounds 2021-07-01..+inf/day"},
		{"date < 2022", nil, "date < [2022-01-01..2022-12-31/year] range -inf..2021-12-31/day; bounds -inf..2021-12-31/day"},
		{"date <= 2021-06", nil, "date <= [2021-06-01..2021-06-30/month] range -inf..2021-06-30/day; bounds -inf..2021-06-30/day"},
		{"date >= 2021-06-01 and date < 2022 and actor = RUS", nil,
			"date >= [2021-06-01..2021-06-01/day] range 2021-06-01..+inf/day; date < [2022-01-01..2022-12-31/year] range -inf..2021-12-31/day; actor = [RUS(country)]; bounds 2021-06-01..2021-12-31/day"},
		{"date in (2019, 2021-06)", nil,
			"date in [2019-01-01..2019-12-31/year 2021-06-01..2021-06-30/month] range 2019-01-01..2021-06-30/year | 2019-01-01..2019-12-31/year | 2021-06-01..2021-06-30/month; bounds 2019-01-01..2021-06-30/year"},
		// Negated and nested date conditions do not bound the scan.
		{"date != 2021", nil, "date != [2021-01-01..2021-12-31/year] range 2021-01-01..2021-12-31/year"},
		{"date in 2021 or date in 2023", nil, "date in [2021-01-01..2021-12-31/year] range 2021-01-01..2021-12-31/year; date in [2023-01-01..2023-12-31/year] range 2023-01-01..2023-12-31/year"},
		// Relative dates, with now = Wednesday 2026-11-25.
		{"date = today", nil, "date = [2026-11-25..2026-11-25/day] range 2026-11-25..2026-11-25/day; bounds 2026-11-25..2026-11-25/day"},
		{"date = yesterday", nil, "date = [2026-11-24..2026-11-24/day] range 2026-11-24..2026-11-24/day; bounds 2026-11-24..2026-11-24/day"},
		{"date in last 30 days", nil, "date in [2026-10-27..2026-11-25/day] range 2026-10-27..2026-11-25/day; bounds 2026-10-27..2026-11-25/day"},
		{"date in last 2 weeks", nil, "date in [2026-11-12..2026-11-25/day] range 2026-11-12..2026-11-25/day; bounds 2026-11-12..2026-11-25/day"},
		{"date in last 3 months", nil, "date in [2026-08-26..2026-11-25/day] range 2026-08-26..2026-11-25/day; bounds 2026-08-26..2026-11-25/day"},
		{"date in last 1 year", nil, "date in [2025-11-26..2026-11-25/day] range 2025-11-26..2026-11-25/day; bounds 2025-11-26..2026-11-25/day"},
		{"date in this year", nil, "date in [2026-01-01..2026-12-31/year] range 2026-01-01..2026-12-31/year; bounds 2026-01-01..2026-12-31/year"},
		{"date in last year", nil, "date in [2025-01-01..2025-12-31/year] range 2025-01-01..2025-12-31/year; bounds 2025-01-01..2025-12-31/year"},
		{"date in this month", nil, "date in [2026-11-01..2026-11-30/month] range 2026-11-01..2026-11-30/month; bounds 2026-11-01..2026-11-30/month"},
		{"date in last month", nil, "date in [2026-10-01..2026-10-31/month] range 2026-10-01..2026-10-31/month; bounds 2026-10-01..2026-10-31/month"},
		{"date in this week", nil, "date in [2026-11-23..2026-11-29/day] range 2026-11-23..2026-11-29/day; bounds 2026-11-23..2026-11-29/day"},
		{"date in last week", nil, "date in [2026-11-16..2026-11-22/day] range 2026-11-16..2026-11-22/day; bounds 2026-11-16..2026-11-22/day"},
		// Statements.
		{"gaps between RUS and putin where type = summit", nil, "gaps RUS vladimir-putin now=2026-11-25; type = [summit]"},
		{"count by month where actor = RUS and date in 2025", nil, "actor = [RUS(country)]; date in [2025-01-01..2025-12-31/year] range 2025-01-01..2025-12-31/year; bounds 2025-01-01..2025-12-31/year"},
		{"explain top 5 countries where date in 2021 order by count", nil, "date in [2021-01-01..2021-12-31/year] range 2021-01-01..2021-12-31/year; bounds 2021-01-01..2021-12-31/year"},
		{"events (date, actors, text) order by confidence desc", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q, err := query.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if err := query.Check(q, checkOpts(tt.params)); err != nil {
				t.Fatalf("Check: %v", err)
			}
			if got := describe(q); got != tt.want {
				t.Errorf("Check(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
			// Checking again gives the same record.
			if err := query.Check(q, checkOpts(tt.params)); err != nil || describe(q) != tt.want {
				t.Errorf("second Check differs: %v %s", err, describe(q))
			}
		})
	}
}

// TestCheckContainment spells out the convention: a date condition keeps
// an event whose whole interval lies within the range.
func TestCheckContainment(t *testing.T) {
	june := timeline.MustParseDate("2021-06")
	tests := []struct {
		cond string
		want bool
	}{
		{"date = 2021", true},
		{"date in 2021-06", true},
		{"date between 2021-06-10 and 2021-06-20", false},
		{"date >= 2021-06-01", true},
		{"date > 2021-06-01", false},
		{"date < 2021-07", true},
		{"date < 2021-06-30", false},
		{"date <= 2021-06-30", true},
		{"date in last year", false},
	}
	for _, tt := range tests {
		q := query.MustParse(tt.cond)
		if err := query.Check(q, checkOpts(nil)); err != nil {
			t.Fatal(err)
		}
		r := q.Stmt.Tail().Conds()[0].Range
		if got := r.Contains(june); got != tt.want {
			t.Errorf("%s: range %s..%s contains 2021-06 = %v, want %v", tt.cond, r.Start, r.End, got, tt.want)
		}
	}
}

func TestCheckErrors(t *testing.T) {
	tests := []struct {
		in     string
		params map[string]string
		pos    string
		msg    string
		is     error
	}{
		{"actor = Putni", nil, "1:9", `unknown actor "Putni" (did you mean "Putin"?)`, query.ErrUnknownName},
		{"place = Atlantis", nil, "1:9", `unknown place "Atlantis"`, query.ErrUnknownName},
		{"actor = dushanbe", nil, "1:9", `"dushanbe" is a city, not an actor (a country, organisation or person) (for events held there, use place = dushanbe)`, nil},
		{"place = EU", nil, "1:9", `"EU" is an organisation, not a place (a country or city) (for events in its member states, use place within EU)`, nil},
		{"place = putin", nil, "1:9", `"putin" is a person, not a place (a country or city) (use actor = vladimir-putin)`, nil},
		{"actor member of RUS", nil, "1:17", `"RUS" is a country, not an organisation`, nil},
		{"actr = RUS", nil, "1:1", `unknown field "actr" (did you mean "actor"?)`, nil},
		{"colour = red", nil, "1:1", `unknown field "colour"`, nil},
		{"tpye = call", nil, "1:1", `unknown field "tpye" (did you mean "type"?)`, nil},
		{"type = clal", nil, "1:8", `unknown event type "clal" (expected summit, meeting, visit, call or agreement) (did you mean "call"?)`, nil},
		{"country = RUS", nil, "1:1", `unknown field "country" (use actor = X for a country's events, place = X for events held there)`, nil},
		{"year = 2021", nil, "1:1", `unknown field "year" (use date = 2021)`, nil},
		{"confidence between 0.9 and 0.5", nil, "1:28", `empty range: 0.5 is less than 0.9`, nil},
		{"actor within RUS", nil, "1:7", `operator "within" does not apply to actor (expected =, !=, with, in, not in or member of); place within X finds events in a country`, nil},
		{"text = summit", nil, "1:6", `operator "=" does not apply to text (expected contains): text contains "..."`, nil},
		{"type contains x", nil, "1:6", `operator "contains" does not apply to type`, nil},
		{"type = sumit", nil, "1:8", `unknown event type "sumit" (expected summit, meeting, visit, call or agreement) (did you mean "summit"?)`, nil},
		{"type = 2021", nil, "1:8", `expected an event type, found "2021"`, nil},
		{"status = done", nil, "1:10", `unknown status "done" (expected occurred or planned)`, nil},
		{"date = 2021-13", nil, "1:8", `invalid date "2021-13": month 13 is not 1..12`, timeline.ErrBadDate},
		{"date = 2023-02-29", nil, "1:8", `invalid date "2023-02-29": day 29 does not exist in that month`, timeline.ErrBadDate},
		{"date = 30", nil, "1:8", `expected a date (a four-digit year, YYYY-MM or YYYY-MM-DD), found "30"`, nil},
		{"date = RUS", nil, "1:8", `expected a date, found "RUS"`, nil},
		{`date = "June"`, nil, "1:8", `invalid date "June"`, timeline.ErrBadDate},
		{"date between 2021-06-20 and 2021-06-10", nil, "1:29", `empty date range: "2021-06-10" ends before "2021-06-20" starts`, nil},
		{"confidence > 2", nil, "1:14", `expected a number from 0 to 1, found "2"`, nil},
		{"confidence > high", nil, "1:14", `expected a number from 0 to 1, found "high"`, nil},
		{`text contains ""`, nil, "1:15", `empty text "" (expected a word or phrase)`, nil},
		{`actor = " "`, nil, "1:9", `empty actor name " "`, nil},
		{"text contains today", nil, "1:15", `expected a text in quotes, found "today"`, nil},
		{"actor = $who", nil, "1:9", `unbound parameter "$who"`, query.ErrUnboundParam},
		{"actor = $who", map[string]string{"who": "Nobody"}, "1:9", `unknown actor "Nobody"`, query.ErrUnknownName},
		{"date in $p", map[string]string{"p": "soon"}, "1:9", `parameter "$p" is "soon", not a date`, nil},
		{"date in $p", map[string]string{"p": "2021 or actor = RUS"}, "1:9", `parameter "$p" is "2021 or actor = RUS", not a date`, nil},
		{"place = Georgia", nil, "1:9", `ambiguous place "Georgia": Georgia (GEO, country), Georgia (georgia-state, city); write the id instead`, nil},
		{"place = GEO", nil, "", "", nil}, // the id picks one
		{"actor = georgia-state", nil, "1:9", `"georgia-state" is a city, not an actor`, nil},
		{"events (date, colour)", nil, "1:15", `unknown column "colour"`, nil},
		{"count by colour", nil, "1:10", `unknown key "colour" after count by`, nil},
		{"top 3 months", nil, "1:7", `expected actors, places, countries or types after top, found "months"`, nil},
		{"distinct dates", nil, "1:10", `expected actors, places, countries, types or statuses after distinct, found "dates"`, nil},
		{"first by month", nil, "1:10", `expected actor, place, country or type after first by, found "month"`, nil},
		{"events order by count", nil, "1:17", `cannot order events by "count" (expected date, reported, confidence, type, status, id)`, nil},
		{"count by year order by date", nil, "1:24", `cannot order groups by "date" (expected count, key)`, nil},
		{"gaps between RUS and russia", nil, "1:22", `gaps needs two different actors, found "RUS" twice`, nil},
		{"gaps between RUS and 2021", nil, "1:22", `expected a name, found "2021"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := query.MustParse(tt.in)
			err := query.Check(q, checkOpts(tt.params))
			if tt.msg == "" {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Check(%q) succeeded, want %s", tt.in, tt.msg)
			}
			if !errors.Is(err, query.ErrCheck) || errors.Is(err, query.ErrParse) {
				t.Errorf("error %v does not match ErrCheck only", err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v does not match %v", err, tt.is)
			}
			wantPosError(t, err, tt.pos, tt.msg)
		})
	}
}

// TestCheckAllErrors checks that Check reports every problem, sorted by
// position, not only the first.
func TestCheckAllErrors(t *testing.T) {
	q := query.MustParse("count by colour where type = sumit\n and actor = Putni and date = 2021-13")
	err := query.Check(q, checkOpts(nil))
	var list query.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, fmt.Sprintf("%d:%d", e.Pos.Line, e.Pos.Column))
	}
	if want := "1:10 1:30 2:14 2:31"; strings.Join(got, " ") != want {
		t.Errorf("positions %v, want %s", got, want)
	}
	if !strings.HasSuffix(err.Error(), "(and 3 more errors)") {
		t.Errorf("Error() = %s", err)
	}
}

// TestCheckWithoutResolver checks that a nil Resolver leaves names
// unresolved without failing.
func TestCheckWithoutResolver(t *testing.T) {
	q := query.MustParse("actor = Anyone and date in last 30 days")
	if err := query.Check(q, query.CheckOptions{Now: now}); err != nil {
		t.Fatal(err)
	}
	c := q.Stmt.Tail().Conds()
	if c[0].Values[0].Entity != nil || c[1].Range.End != now {
		t.Errorf("entity %v, range end %s", c[0].Values[0].Entity, c[1].Range.End)
	}
}

// ambiguousResolver returns two entities of the same kind for any name.
type ambiguousResolver struct{}

func (ambiguousResolver) Resolve(name string) ([]timeline.Entity, error) {
	return []timeline.Entity{
		{ID: "sa-1", Kind: timeline.KindPerson, Name: "Same Name"},
		{ID: "sa-2", Kind: timeline.KindPerson, Name: "Same Name"},
	}, nil
}

func TestCheckAmbiguous(t *testing.T) {
	q := query.MustParse(`actor = "Same Name"`)
	err := query.Check(q, query.CheckOptions{Resolver: ambiguousResolver{}})
	want := `1:9: ambiguous actor "Same Name": Same Name (sa-1, person), Same Name (sa-2, person); write the id instead`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
	q = query.MustParse(`actor = sa-2`)
	if err := query.Check(q, query.CheckOptions{Resolver: ambiguousResolver{}}); err != nil {
		t.Errorf("an exact id should pick one: %v", err)
	}
}

// TestUnknownNameError checks that a resolver can return the package's
// own error type for suggestions.
func TestUnknownNameError(t *testing.T) {
	r := resolverFunc(func(name string) ([]timeline.Entity, error) {
		return nil, fmt.Errorf("resolve: %w", &query.UnknownNameError{Name: name, Suggestions: []string{"Beijing", "Berlin", "Bern", "Bergen"}})
	})
	q := query.MustParse("place = Berjing")
	err := query.Check(q, query.CheckOptions{Resolver: r})
	want := `1:9: unknown place "Berjing" (did you mean "Beijing", "Berlin" or "Bern"?)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
	if !errors.Is(err, query.ErrUnknownName) {
		t.Error("not ErrUnknownName")
	}
}

type resolverFunc func(string) ([]timeline.Entity, error)

func (f resolverFunc) Resolve(name string) ([]timeline.Entity, error) { return f(name) }

func TestCondEntityIDs(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"actor = putin", "vladimir-putin"},
		{"actor = RUS with USA", "RUS USA"},
		{"actor member of CSTO", "ARM BLR KAZ KGZ RUS TJK"},
		{"place within CSTO", "ARM BLR KAZ KGZ RUS TJK"},
		{"place within TJK", "TJK"},
		{"place not in (dushanbe, TJK)", "dushanbe TJK"},
		{"type = call", ""},
	}
	for _, tt := range tests {
		q := query.MustParse(tt.in)
		if err := query.Check(q, checkOpts(nil)); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(q.Stmt.Tail().Conds()[0].EntityIDs(), " "); got != tt.want {
			t.Errorf("%s: EntityIDs = %q, want %q", tt.in, got, tt.want)
		}
	}
}
