package engine

import (
	"context"
	"strconv"
	"strings"

	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

// Query parses, checks, plans and starts the query src, with params binding
// its $parameters. Syntax and check errors are the query package's
// positioned errors (render them with query.FormatError). An explain query
// runs the explained query to the end and returns its plan as rows of kind
// ResultPlan.
func (db *DB) Query(ctx context.Context, src string, params map[string]string) (*Rows, error) {
	q, err := db.Prepare(src, params)
	if err != nil {
		return nil, err
	}
	return db.Run(ctx, q)
}

// Prepare parses and checks src, resolving names through the gazetteer and
// the database's own entities and binding params. The syntax trees of
// recent query texts are cached, so preparing the same text again with
// other parameters skips the parser; the query returned is the caller's.
func (db *DB) Prepare(src string, params map[string]string) (*query.Query, error) {
	q, err := db.parsed.parse(src)
	if err != nil {
		return nil, err
	}
	err = query.Check(q, query.CheckOptions{
		Resolver: resolver{db},
		Params:   params,
		Now:      timeline.DayFromTime(db.opts.now().UTC()),
	})
	if err != nil {
		return nil, err
	}
	return q, nil
}

// Run plans and starts a parsed and checked query.
func (db *DB) Run(ctx context.Context, q *query.Query) (*Rows, error) {
	if !q.Explain() {
		return db.run(ctx, q)
	}
	ex, err := db.explain(ctx, q)
	if err != nil {
		return nil, err
	}
	if err := db.acquire(); err != nil {
		return nil, err
	}
	rows := &Rows{db: db, kind: ResultPlan, cols: []string{"plan"}, open: true, own: true, started: true,
		x: &exec{keysRead: ex.KeysRead}}
	for _, l := range ex.Lines() {
		rows.table = append(rows.table, tableRow{cells: []string{l}})
	}
	return rows, nil
}

// Explanation is the plan of a query and what running it cost.
type Explanation struct {
	// Plan is the EXPLAIN text of the plan.
	Plan string
	// Estimated is the planner's estimate of the index entries the access
	// path yields.
	Estimated int64
	// KeysRead is the number of index entries and records the run read.
	KeysRead int64
	// Rows is the number of rows the query returned.
	Rows int
}

// Lines returns the explanation as the lines explain prints.
func (e *Explanation) Lines() []string {
	return []string{
		e.Plan,
		"estimated keys: " + strconv.FormatInt(e.Estimated, 10),
		"actual keys: " + strconv.FormatInt(e.KeysRead, 10),
		"rows: " + strconv.Itoa(e.Rows),
	}
}

// String returns Lines joined by newlines.
func (e *Explanation) String() string { return strings.Join(e.Lines(), "\n") }

// Explain plans src (with or without a leading "explain"), runs it to the
// end and reports the plan, the estimated and the actual keys read.
func (db *DB) Explain(ctx context.Context, src string, params map[string]string) (*Explanation, error) {
	q, err := db.Prepare(src, params)
	if err != nil {
		return nil, err
	}
	return db.explain(ctx, q)
}

func (db *DB) explain(ctx context.Context, q *query.Query) (*Explanation, error) {
	inner := &query.Query{Stmt: q.Inner(), Src: q.Src}
	rows, err := db.run(ctx, inner)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	st := rows.Stats()
	return &Explanation{Plan: st.Plan, Estimated: st.Estimated, KeysRead: st.KeysRead, Rows: n}, nil
}

// resolver resolves query names through the gazetteer, then through the
// entity records of the database (user entities, or entities a gazetteer
// no longer has).
type resolver struct{ db *DB }

func (r resolver) Resolve(name string) ([]timeline.Entity, error) {
	var gerr error
	if r.db.gaz != nil {
		es, err := r.db.gaz.Resolve(name)
		if err == nil && len(es) > 0 {
			return es, nil
		}
		gerr = err
	}
	for _, id := range []string{name, strings.ToUpper(name), strings.ToLower(name)} {
		if e, err := r.db.storedEntity(id); err == nil {
			return []timeline.Entity{e}, nil
		}
	}

	if gerr != nil {
		return nil, gerr
	}
	return nil, &query.UnknownNameError{Name: name}
}

// Plan parses, checks and plans src without running it, and returns the
// plan (its String is the EXPLAIN text; Estimate the planner's estimate).
func (db *DB) Plan(src string, params map[string]string) (*Plan, error) {
	q, err := db.Prepare(src, params)
	if err != nil {
		return nil, err
	}
	var p *Plan
	err = db.View(func(tx *Tx) error {
		rows, err := db.runOn(context.Background(), &query.Query{Stmt: q.Inner(), Src: q.Src}, tx.txn, false)
		if err != nil {
			return err
		}
		p = rows.plan
		return rows.Close()
	})
	return p, err
}
