package engine

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

type aggKind uint8

const (
	aggCount aggKind = iota
	aggTop
	aggFirst
	aggDistinct
	aggGaps
)

// aggSpec is the grouping stage of a plan.
type aggSpec struct {
	kind    aggKind
	key     query.Key
	last    bool
	n       int
	a, b    string       // gaps: the two actors
	now     timeline.Day // gaps: the day "days since" counts to
	reverse bool
	plan    *Plan
}

func newAggSpec(stmt query.Stmt) *aggSpec {
	switch s := stmt.(type) {
	case *query.CountStmt:
		a := &aggSpec{kind: aggCount}
		if s.By != nil {
			a.key = s.By.Key
		}
		return a
	case *query.TopStmt:
		return &aggSpec{kind: aggTop, key: s.Of.Key, n: s.Count()}
	case *query.FirstStmt:
		if s.By == nil {
			return nil
		}
		return &aggSpec{kind: aggFirst, key: s.By.Key, last: s.Last}
	case *query.DistinctStmt:
		return &aggSpec{kind: aggDistinct, key: s.Of.Key}
	case *query.GapsStmt:
		return &aggSpec{kind: aggGaps, a: entityID(s.A), b: entityID(s.B), now: s.Now}
	}
	return nil
}

// String returns the aggregate's EXPLAIN form: "count(by month)".
func (a *aggSpec) String() string {
	switch a.kind {
	case aggCount:
		if a.key == query.KeyNone {
			return "count()"
		}
		return "count(by " + a.key.String() + ")"
	case aggTop:
		return "top(" + strconv.Itoa(a.n) + ", " + a.key.Plural() + ")"
	case aggFirst:
		name := "first"
		if a.last {
			name = "last"
		}
		return name + "(by " + a.key.String() + ")"
	case aggDistinct:
		return "distinct(" + a.key.Plural() + ")"
	case aggGaps:
		return "gaps(" + strconv.Quote(a.a) + ", " + strconv.Quote(a.b) + ")"
	}
	return "?"
}

// needsEvent reports whether grouping needs the event record.
func (a *aggSpec) needsEvent() bool {
	switch a.kind {
	case aggFirst:
		return true
	case aggGaps:
		return false
	}
	switch a.key {
	case query.KeyActor, query.KeyPlace, query.KeyCountry:
		return true
	}
	return false
}

// entityKey reports whether the grouping key is an entity (so rows get a
// name column).
func (a *aggSpec) entityKey() bool {
	switch a.key {
	case query.KeyActor, query.KeyPlace, query.KeyCountry:
		return true
	}
	return false
}

// groupsOf returns the group values of one event.
func (a *aggSpec) groupsOf(x *exec, r *ref, s *stored) []string {
	switch a.key {
	case query.KeyNone:
		return []string{""}
	case query.KeyYear, query.KeyMonth, query.KeyWeek, query.KeyDay:
		if r.day == keys.UnknownDay {
			return nil
		}
		return []string{periodLabel(a.key, periodOf(a.key, r.day))}
	case query.KeyType:
		return []string{r.sum.Type.String()}
	case query.KeyStatus:
		return []string{r.sum.Status.String()}
	case query.KeyActor:
		return s.ev.Actors
	case query.KeyPlace:
		return s.ev.Places
	case query.KeyCountry:
		var out []string
		for _, k := range s.actorKeys {
			if e, ok := x.entity(k); ok && e.Kind == timeline.KindCountry {
				out = append(out, k)
			}
		}
		return out
	}
	return nil
}

// columns returns the column names of the aggregate's rows.
func (a *aggSpec) columns() []string {
	if a.kind == aggGaps {
		return []string{"date", "id", "type", "days_since_previous"}
	}
	if a.key == query.KeyNone {
		return []string{"count"}
	}
	var cols []string
	switch a.kind {
	case aggCount, aggTop:
		cols = []string{a.key.String(), "count"}
	case aggDistinct:
		cols = []string{a.key.String(), "events"}
	case aggFirst:
		cols = []string{a.key.String(), "date", "type", "id", "actors"}
		if a.key == query.KeyType {
			cols = slices.Delete(cols, 2, 3) // the key is the type already
		}
	}
	if a.entityKey() {
		cols = slices.Insert(cols, 1, "name")
	}
	return cols
}

// tableRow is one row of an aggregate result; ev is set for rows that
// stand for one event (first/last, gaps).
type tableRow struct {
	cells []string
	ev    *timeline.Event
	count int64
	key   string
}

// run computes the aggregate over the plan's access path.
func (a *aggSpec) run(x *exec, next func() (*ref, *stored, error)) ([]string, []tableRow, error) {
	if _, _, ok := a.counterDim(); ok {
		if cols, rows, ok, err := a.fromCounters(x); ok || err != nil {
			return cols, rows, err
		}
	}
	if a.kind == aggGaps {
		return a.gaps(next)
	}
	counts := map[string]int64{}
	events := map[string]*timeline.Event{}
	minP, maxP := int64(0), int64(0)
	seen := false
	for {
		r, s, err := next()
		if err != nil {
			return nil, nil, err
		}
		if r == nil {
			break
		}
		if a.kind == aggFirst && r.day == keys.UnknownDay {
			continue // an undated event is first or last of nothing
		}
		for _, g := range a.groupsOf(x, r, s) {
			counts[g]++
			if a.kind == aggFirst && (events[g] == nil || a.last) {
				ev := s.ev
				events[g] = &ev
			}
		}
		if a.key.IsPeriod() && r.day != keys.UnknownDay {
			p := periodOf(a.key, r.day)
			if !seen || p < minP {
				minP = p
			}
			if !seen || p > maxP {
				maxP = p
			}
			seen = true
		}
	}
	if a.kind == aggCount && a.key.IsPeriod() {
		from, to := a.plan.where.dateBounds()
		return a.periodRows(counts, minP, maxP, seen, from, to)
	}
	return a.rows(x, counts, events)
}

// periodRows returns one row per period from the first to the last (or
// over the query's date bounds), empty periods as zero.
func (a *aggSpec) periodRows(counts map[string]int64, lo, hi int64, seen bool, from, to timeline.Day) ([]string, []tableRow, error) {
	if from != keys.MinDay {
		lo, seen = periodOf(a.key, from), true
		if hi < lo {
			hi = lo
		}
	}
	if to != keys.MaxDay {
		hi = periodOf(a.key, to)
		if !seen {
			lo, seen = hi, true
		}
	}
	cols := a.columns()
	if !seen {
		return cols, nil, nil
	}
	const maxPeriods = 1 << 20
	if hi-lo > maxPeriods {
		return nil, nil, fmt.Errorf("%w: %d %s are too many to list; narrow the date range", ErrBadInput, hi-lo, a.key.Plural())
	}
	rows := make([]tableRow, 0, hi-lo+1)
	for p := lo; p <= hi; p++ {
		l := periodLabel(a.key, p)
		rows = append(rows, tableRow{cells: []string{l, strconv.FormatInt(counts[l], 10)}, count: counts[l], key: l})
	}
	return cols, rows, nil
}

func (a *aggSpec) rows(x *exec, counts map[string]int64, events map[string]*timeline.Event) ([]string, []tableRow, error) {
	cols := a.columns()
	if a.key == query.KeyNone {
		return cols, []tableRow{{cells: []string{strconv.FormatInt(counts[""], 10)}, count: counts[""]}}, nil
	}
	var rows []tableRow
	for k, n := range counts {
		cells := []string{k}
		if a.entityKey() {
			name := k
			if e, ok := x.entity(k); ok {
				name = e.DisplayName("en")
			}
			cells = append(cells, name)
		}
		row := tableRow{count: n, key: k}
		if a.kind == aggFirst {
			ev := events[k]
			row.ev = ev
			cells = append(cells, dateCell(ev.Date))
			if a.key != query.KeyType {
				cells = append(cells, ev.Type.String())
			}
			cells = append(cells, ev.ID, joinIDs(ev.Actors))
		} else {
			cells = append(cells, strconv.FormatInt(n, 10))
		}
		row.cells = cells
		rows = append(rows, row)
	}
	slices.SortFunc(rows, func(p, q tableRow) int { return cmp.Compare(p.key, q.key) })
	if a.kind == aggTop {
		slices.SortStableFunc(rows, func(p, q tableRow) int { return cmp.Compare(q.count, p.count) })
		if len(rows) > a.n {
			rows = rows[:a.n]
		}
	}
	return cols, rows, nil
}

// counterDim returns the rollup counters that answer the aggregate, if
// any: count, count by month and count by year with no condition or a
// single actor, place or type condition.
func (a *aggSpec) counterDim() (dim, value string, ok bool) {
	if a.kind != aggCount || (a.key != query.KeyNone && a.key != query.KeyMonth && a.key != query.KeyYear) {
		return "", "", false
	}
	switch w := a.plan.where; w.op {
	case pTrue:
		return dimAll, "", true
	case pActor:
		return dimActor, w.val, true
	case pPlace:
		return dimPlace, w.val, true
	case pType:
		return dimType, typeValue(w.typ), true
	}
	return "", "", false
}

// fromCounters answers count and count by month/year from the rollup
// counters, without reading events, when the where clause is empty or a
// single actor or place condition.
func (a *aggSpec) fromCounters(x *exec) ([]string, []tableRow, bool, error) {
	dim, value, ok := a.counterDim()
	if !ok {
		return nil, nil, false, nil
	}
	prefix := keys.AppendString(keys.AppendString(keys.Prefix(nil, keys.NSCounter), dim), value)
	counts := map[string]int64{}
	var total int64
	var lo, hi int64
	seen := false
	err := iteratePrefix(x, prefix, func(k, v []byte) error {
		m, _, err := keys.DecodeMonth(k[len(prefix):])
		if err != nil {
			return err
		}
		n, _, err := keys.DecodeUint64(v)
		if err != nil {
			return err
		}
		total += int64(n)
		if m == keys.UnknownMonth {
			return nil
		}
		p := periodOf(a.key, m.FirstDay())
		if a.key != query.KeyNone {
			counts[periodLabel(a.key, p)] += int64(n)
		}
		if !seen || p < lo {
			lo = p
		}
		if !seen || p > hi {
			hi = p
		}
		seen = true
		return nil
	})
	if err != nil {
		return nil, nil, true, err
	}
	if a.key == query.KeyNone {
		return a.columns(), []tableRow{{cells: []string{strconv.FormatInt(total, 10)}, count: total}}, true, nil
	}
	cols, rows, err := a.periodRows(counts, lo, hi, seen, keys.MinDay, keys.MaxDay)
	return cols, rows, true, err
}

// gaps lists the events both actors took part in, with the days between
// each and the one before, and a last row with the days from the last one
// to now.
func (a *aggSpec) gaps(next func() (*ref, *stored, error)) ([]string, []tableRow, error) {
	cols := a.columns()
	var rows []tableRow
	var prev *ref
	var latestEnd timeline.Day // the latest end among the rows so far
	for {
		r, _, err := next()
		if err != nil {
			return nil, nil, err
		}
		if r == nil {
			break
		}
		if r.day == keys.UnknownDay {
			continue
		}
		// The gap runs from the latest end so far, not the end of the row
		// before: a meeting held during a longer summit follows no gap.
		gap := ""
		if prev != nil {
			gap = strconv.Itoa(max(0, int(r.day-latestEnd)))
		}
		if prev == nil || r.sum.End > latestEnd {
			latestEnd = r.sum.End
		}
		d := timeline.Date{Start: r.day, End: r.sum.End, Precision: r.sum.Precision}
		rows = append(rows, tableRow{cells: []string{dateCell(d), r.id, r.sum.Type.String(), gap}, key: r.id})
		prev = r
	}
	if prev != nil && a.now != 0 {
		rows = append(rows, tableRow{cells: []string{a.now.String(), "", "now", strconv.Itoa(max(0, int(a.now-latestEnd)))}})
	}
	return cols, rows, nil
}

// periodOf returns the index of the period of day d: the year, the month
// (year*12+month-1), the ISO week (weeks since the Monday 1969-12-29) or
// the day.
func periodOf(k query.Key, d timeline.Day) int64 {
	switch k {
	case query.KeyYear:
		y, _, _ := d.Civil()
		return int64(y)
	case query.KeyMonth:
		return int64(keys.MonthOf(d))
	case query.KeyWeek:
		return floorDiv(int64(d)+3, 7) // day -3 (1969-12-29) is a Monday
	}
	return int64(d)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// periodLabel formats period p: "2021", "2021-06", "2021-W24" (ISO week),
// "2021-06-16".
func periodLabel(k query.Key, p int64) string {
	switch k {
	case query.KeyYear:
		return fmt.Sprintf("%04d", p)
	case query.KeyMonth:
		return keys.Month(p).String()
	case query.KeyWeek:
		monday := timeline.Day(p*7 - 3)
		y, w := monday.Time().ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	return timeline.Day(p).String()
}

func dateCell(d timeline.Date) string {
	if e := d.EndString(); e != "" {
		return d.String() + ".." + e // as render.EventRow prints a range
	}
	return d.String()
}

func joinIDs(ids []string) string {
	out := ""
	for i, id := range ids {
		if i > 0 {
			out += ", "
		}
		out += id
	}
	return out
}
