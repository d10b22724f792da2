package engine

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

// ResultKind says what a Rows holds.
type ResultKind uint8

// The result kinds.
const (
	// ResultEvents: each row is an event (Rows.Event), and Rows.Row gives
	// the projected columns.
	ResultEvents ResultKind = iota
	// ResultTable: each row is a row of cells (Rows.Row) of an aggregate;
	// rows of first/last by a key also carry their event.
	ResultTable
	// ResultPlan: the rows are the lines of an explain.
	ResultPlan
)

// String returns "events", "table" or "plan".
func (k ResultKind) String() string {
	switch k {
	case ResultEvents:
		return "events"
	case ResultTable:
		return "table"
	}
	return "plan"
}

// QueryStats describes how a query ran.
type QueryStats struct {
	// Plan is the plan's EXPLAIN text.
	Plan string
	// Estimated is the planner's estimate of the index entries the access
	// path yields.
	Estimated int64
	// KeysRead is the number of index entries and records read so far.
	KeysRead int64
	// Rows is the number of rows returned so far.
	Rows int
}

// Rows is the streaming result of a query. Use it like this:
//
//	rows, err := db.Query(ctx, "events where actor = RUS limit 10", nil)
//	if err != nil { ... }
//	defer rows.Close()
//	for rows.Next() {
//		ev := rows.Event()
//		...
//	}
//	if err := rows.Err(); err != nil { ... }
//
// Events are read from a consistent snapshot of the database taken when
// Query was called; ingests running meanwhile are not seen. A Rows must be
// used by one goroutine at a time, and must be closed (Next returning false
// closes it too): the DB cannot Close while a Rows is open.
type Rows struct {
	db   *DB
	txn  *badger.Txn
	x    *exec
	plan *Plan
	kind ResultKind
	cols []string
	proj []query.Col

	open     bool
	own      bool // the Rows owns txn and the DB's shared lock
	started  bool
	ev       *timeline.Event
	row      []string
	table    []tableRow
	pos      int
	skipped  int
	returned int
	err      error
	ahead    []ahead // read ahead of the access path (readAhead)
	next     int     // the next of ahead to return
	batch    int     // the size of the last read-ahead
	srcDone  bool    // the access path has ended
}

// Kind returns what the rows hold: events, an aggregate table, or a plan.
func (r *Rows) Kind() ResultKind { return r.kind }

// IsAggregate reports whether the rows are aggregate rows (Kind is
// ResultTable or ResultPlan).
func (r *Rows) IsAggregate() bool { return r.kind != ResultEvents }

// Columns returns the column names: the projection of an events query
// (query.DefaultColumns without one), or the columns of an aggregate.
func (r *Rows) Columns() []string { return slices.Clone(r.cols) }

// Next advances to the next row and reports whether there is one. At the
// end, or on error, it closes the Rows.
func (r *Rows) Next() bool {
	if !r.open {
		return false
	}
	ok, err := r.advance()
	if err != nil {
		r.err = err
	}
	if !ok || err != nil {
		r.Close()
		return false
	}
	r.returned++
	return true
}

// Event returns the current event: for an events query, and for aggregate
// rows that stand for one event (first/last by a key). Otherwise nil. The
// event is a copy the caller may keep.
func (r *Rows) Event() *timeline.Event { return r.ev }

// Row returns the cells of the current row, in Columns order. For events
// it formats the projected columns with entity ids.
func (r *Rows) Row() []string {
	if r.kind == ResultEvents && r.row == nil && r.ev != nil {
		r.row = eventCells(r.ev, r.proj)
	}
	return r.row
}

// Err returns the error that ended the iteration, if any.
func (r *Rows) Err() error { return r.err }

// Stats returns the plan and the keys read so far.
func (r *Rows) Stats() QueryStats {
	st := QueryStats{Rows: r.returned}
	if r.plan != nil {
		st.Plan = r.plan.String()
		st.Estimated = r.plan.Estimate()
	}
	if r.x != nil {
		st.KeysRead = r.x.keysRead
	}
	return st
}

// Close releases the snapshot. It is safe to call more than once.
func (r *Rows) Close() error {
	if !r.open {
		return nil
	}
	r.open = false
	if r.plan != nil {
		r.plan.src.close()
	}
	if r.own {
		if r.txn != nil {
			r.txn.Discard()
		}
		r.db.release()
	}
	return nil
}

func (r *Rows) advance() (bool, error) {
	r.ev, r.row = nil, nil
	switch {
	case r.kind != ResultEvents || r.plan.sortKey != "":
		if !r.started {
			r.started = true
			if err := r.materialise(); err != nil {
				return false, err
			}
		}
		if r.pos >= len(r.table) {
			return false, nil
		}
		t := r.table[r.pos]
		r.pos++
		r.ev, r.row = t.ev, t.cells
		return true, nil
	}
	if r.plan.limit > 0 && r.returned >= r.plan.limit {
		return false, nil
	}
	for {
		ref, s, err := r.nextMatch(true)
		if err != nil || ref == nil {
			return false, err
		}
		if r.skipped < r.plan.offset {
			r.skipped++
			continue
		}
		ev := s.ev
		r.ev = &ev
		return true, nil
	}
}

// nextMatch returns the next ref of the access path that passes the
// residual filter, with its event record when fetch is set or the filter
// needs it. The refs and records come from readAhead.
func (r *Rows) nextMatch(fetch bool) (*ref, *stored, error) {
	for {
		if r.next >= len(r.ahead) {
			if err := r.readAhead(fetch); err != nil {
				return nil, nil, err
			}
			if len(r.ahead) == 0 {
				return nil, nil, nil
			}
		}
		if err := r.x.ctx.Err(); err != nil {
			return nil, nil, err // rows read ahead are not returned after a cancel
		}
		a := &r.ahead[r.next]
		r.next++
		switch {
		case a.err != nil:
			if isNotFound(a.err) {
				continue // an index entry without its event: tl check reports it
			}
			return nil, nil, a.err
		case a.s == nil:
			return a.ref, nil, nil // the summary decided; no record wanted
		case a.t == triUnknown && !r.plan.residual.eval(a.s):
			continue
		}
		return a.ref, a.s, nil
	}
}

// ahead is a ref of the access path that the summary did not rule out,
// with its event record (or the error reading it) when one is needed.
type ahead struct {
	ref *ref
	t   tri
	s   *stored
	err error
}

// Read-ahead: the first batch is small, so that a query wanting a few rows
// reads few records; each next one is twice as big, up to maxAhead.
const (
	minAhead = 4
	maxAhead = 64
)

// fetchWorkers is how many records readAhead reads at once. A record read
// is a point lookup in the LSM tree (a block to decompress on a cache
// miss) and a read of the value log through mmap (a page fault when the
// page is not mapped yet): reading several at once overlaps the faults and
// uses every core.
const fetchWorkers = 8

// minParallel is the fewest records readAhead reads concurrently: below
// it, starting goroutines costs more than it saves (a limit 10 query's
// first rows).
const minParallel = 8

// readAhead replaces r.ahead with the next refs of the access path that
// the summary does not rule out, and reads the event records of those
// that need one, several at once.
func (r *Rows) readAhead(fetch bool) error {
	p := r.plan
	r.ahead, r.next = r.ahead[:0], 0
	r.batch = min(max(2*r.batch, minAhead), maxAhead)
	n := r.batch
	if r.kind == ResultEvents && p.sortKey == "" && p.limit > 0 {
		// A streamed, limited result needs no more than the rows left
		// (more when the filter rejects some records).
		n = min(n, max(1, p.offset+p.limit-r.skipped-r.returned))
	}
	var need []int
	for len(r.ahead) < n && !r.srcDone {
		ref, err := p.src.next()
		if err != nil {
			return err
		}
		if ref == nil {
			r.srcDone = true // a scan must not be asked again after its end
			break
		}
		t := p.residual.evalSummary(ref)
		if t == triFalse {
			continue
		}
		if fetch || t != triTrue {
			need = append(need, len(r.ahead))
		}
		r.ahead = append(r.ahead, ahead{ref: ref, t: t})
	}
	r.x.keysRead += int64(len(need))
	get := func(i int) {
		a := &r.ahead[i]
		a.s, a.err = getEvent(r.x.txn, a.ref.id)
	}
	if len(need) < minParallel {
		for _, i := range need {
			get(i)
		}
		return nil
	}
	// A read-only Badger transaction serves concurrent Gets; the Rows
	// waits for all of them before it goes on (or closes the snapshot).
	var next atomic.Int32
	var wg sync.WaitGroup
	for range min(len(need)/2, fetchWorkers) {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < len(need); k = int(next.Add(1)) - 1 {
				get(need[k])
			}
		})
	}
	wg.Wait()
	return nil
}

// materialise computes the whole result of aggregates and sorted queries.
func (r *Rows) materialise() error {
	p := r.plan
	if p.agg != nil {
		cols, rows, err := p.agg.run(r.x, func() (*ref, *stored, error) { return r.nextMatch(p.agg.needsEvent()) })
		if err != nil {
			return err
		}
		r.cols = cols
		r.table = windowRows(orderRows(rows, p), p.offset, p.limit)
		return nil
	}
	var all []tableRow
	for {
		ref, s, err := r.nextMatch(true)
		if err != nil {
			return err
		}
		if ref == nil {
			break
		}
		ev := s.ev
		all = append(all, tableRow{ev: &ev})
	}
	sortEvents(all, p.sortKey, p.desc)
	r.table = windowRows(all, p.offset, p.limit)
	return nil
}

// orderRows applies "order by count|key [desc]" to aggregate rows; the
// default is the aggregate's own order (by key; top by count, descending).
func orderRows(rows []tableRow, p *Plan) []tableRow {
	tail := p.stmt.Tail()
	if tail.Order == nil || p.agg.kind == aggGaps {
		return rows
	}
	slices.SortStableFunc(rows, func(a, b tableRow) int {
		c := 0
		if tail.Order.Key == "count" {
			c = cmp.Compare(a.count, b.count)
		} else {
			c = cmp.Compare(a.key, b.key)
		}
		if tail.Order.Desc {
			c = -c
		}
		return c
	})
	return rows
}

func windowRows(rows []tableRow, offset, limit int) []tableRow {
	if offset >= len(rows) {
		return nil
	}
	rows = rows[offset:]
	if limit > 0 && limit < len(rows) {
		rows = rows[:limit]
	}
	return rows
}

func sortEvents(rows []tableRow, key string, desc bool) {
	slices.SortStableFunc(rows, func(a, b tableRow) int {
		x, y := a.ev, b.ev
		c := 0
		switch key {
		case "confidence":
			c = cmp.Compare(x.Confidence, y.Confidence)
		case "reported":
			c = cmp.Compare(x.FirstReported, y.FirstReported)
		case "type":
			c = cmp.Compare(x.Type, y.Type)
		case "status":
			c = cmp.Compare(x.Status, y.Status)
		case "id":
			c = cmp.Compare(x.ID, y.ID)
		}
		if c == 0 {
			c = x.Date.Compare(y.Date)
		}
		if desc {
			c = -c
		}
		return c
	})
}

// eventCells formats the projected columns of ev.
func eventCells(ev *timeline.Event, cols []query.Col) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		switch c {
		case query.ColID:
			out[i] = ev.ID
		case query.ColDate:
			out[i] = dateCell(ev.Date)
		case query.ColType:
			out[i] = ev.Type.String()
		case query.ColStatus:
			out[i] = ev.Status.String()
		case query.ColActors:
			out[i] = joinIDs(ev.Actors)
		case query.ColPlaces:
			out[i] = joinIDs(ev.Places)
		case query.ColConfidence:
			out[i] = strconv.FormatFloat(ev.Confidence, 'f', 2, 64)
		case query.ColReported:
			if ev.FirstReported != 0 {
				out[i] = ev.FirstReported.String()
			}
		case query.ColSources:
			out[i] = joinIDs(ev.Docs())
		case query.ColText:
			var s []string
			for _, src := range ev.Sources {
				s = append(s, src.Sentence)
			}
			out[i] = strings.Join(s, " | ")
		}
	}
	return out
}

// entity resolves an entity id inside a query: the database's record, then
// the gazetteer's.
func (x *exec) entity(id string) (timeline.Entity, bool) {
	if x.entities == nil {
		x.entities = map[string]*timeline.Entity{}
	}
	if e, ok := x.entities[id]; ok {
		return derefEntity(e)
	}
	e, ok, err := getEntity(x.txn, id)
	if (err != nil || !ok) && x.gaz != nil {
		e, ok = x.gaz.Entity(id)
	}
	if !ok {
		x.entities[id] = nil
		return timeline.Entity{}, false
	}
	x.entities[id] = &e
	return e, true
}

func derefEntity(e *timeline.Entity) (timeline.Entity, bool) {
	if e == nil {
		return timeline.Entity{}, false
	}
	return *e, true
}

// iteratePrefix calls fn with each key and value under prefix.
func iteratePrefix(x *exec, prefix []byte, fn func(k, v []byte) error) error {
	it := x.txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		if err := x.ctx.Err(); err != nil {
			return err
		}
		x.keysRead++
		item := it.Item()
		err := item.Value(func(v []byte) error { return fn(item.Key(), v) })
		if err != nil {
			return err
		}
	}
	return nil
}

// run plans and starts a checked query on a new snapshot.
func (db *DB) run(ctx context.Context, q *query.Query) (*Rows, error) {
	if err := db.acquire(); err != nil {
		return nil, err
	}
	return db.runOn(ctx, q, db.bdb.NewTransaction(false), true)
}

// runOn starts a checked query on txn. When own is set, the Rows discards
// txn and releases the DB when it closes (or when runOn fails); otherwise
// txn belongs to a Tx.
func (db *DB) runOn(ctx context.Context, q *query.Query, txn *badger.Txn, own bool) (*Rows, error) {
	fail := func(err error) (*Rows, error) {
		if own {
			txn.Discard()
			db.release()
		}
		return nil, err
	}
	stmt := q.Inner()
	datedOnly := false
	if f, ok := stmt.(*query.FirstStmt); ok && f.By == nil {
		datedOnly = true
		// first/last overall is the first event in (reverse) date order.
		stmt = &query.EventsStmt{From: f.From, To: f.To, Clauses: f.Clauses}
		tail := stmt.Tail()
		tail.Order = &query.OrderBy{Key: "date", Desc: f.Last}
		tail.Limit = 1
	}
	p, err := buildPlan(txn, stmt, datedOnly, db.packed.Load())
	if err != nil {
		return fail(err)
	}
	x := &exec{ctx: ctx, txn: txn, reverse: p.reverse(), gaz: db.gaz, packed: db.packed.Load()}
	if err := p.src.open(x); err != nil {
		return fail(err)
	}
	rows := &Rows{db: db, txn: txn, x: x, plan: p, open: true, own: own}
	if p.agg != nil {
		rows.kind = ResultTable
		rows.cols = p.agg.columns()
	} else {
		rows.proj = query.DefaultColumns
		if es, ok := stmt.(*query.EventsStmt); ok && len(es.Columns) > 0 {
			rows.proj = nil
			for _, c := range es.Columns {
				rows.proj = append(rows.proj, c.Col)
			}
		}
		for _, c := range rows.proj {
			rows.cols = append(rows.cols, c.String())
		}
	}
	return rows, nil
}
