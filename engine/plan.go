package engine

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

// Plan is how a checked query runs: an access path over the indexes (an
// index scan, or an intersection or union of scans), a filter for the
// conditions the access path does not answer, an optional in-memory sort,
// offset and limit, and for aggregates the grouping. Its String is the
// EXPLAIN text.
type Plan struct {
	stmt     query.Stmt
	where    *pred
	src      source
	residual *pred
	// sortKey is the order by key when it is not the date ("" for date).
	sortKey string
	desc    bool
	limit   int
	offset  int
	agg     *aggSpec
}

// maxIntersect is how many index scans the planner intersects at most.
const maxIntersect = 3

// intersectRatio: a further scan joins the intersection only when its
// estimate is at most this many times the best one's. Leapfrog seeks make
// a larger input cheap, but not free.
const intersectRatio = 64

// String returns the plan in the EXPLAIN form, operators joined by " | ":
//
//	index.Scan(actor, "RUS", [2021-01-01, 2021-12-31]) | filter(type = visit) | limit(10)
func (p *Plan) String() string {
	if p.agg != nil {
		if dim, value, ok := p.agg.counterDim(); ok {
			s := "rollup(" + dimNames[dim]
			if value != "" {
				s += ", " + strconv.Quote(value)
			}
			return s + ") | " + p.agg.String()
		}
	}
	parts := []string{p.src.String()}
	if p.residual.op != pTrue {
		parts = append(parts, "filter("+p.residual.String()+")")
	}
	if p.agg != nil {
		parts = append(parts, p.agg.String())
	} else if p.sortKey != "" {
		s := "sort(" + p.sortKey
		if p.desc {
			s += " desc"
		}
		parts = append(parts, s+")")
	}
	if p.offset > 0 {
		parts = append(parts, "offset("+strconv.Itoa(p.offset)+")")
	}
	if p.limit > 0 {
		parts = append(parts, "limit("+strconv.Itoa(p.limit)+")")
	}
	return strings.Join(parts, " | ")
}

// Estimate returns the planner's estimate of the index entries the access
// path yields.
func (p *Plan) Estimate() int64 { return p.src.estimate() }

// reverse reports whether the access path runs in descending date order.
func (p *Plan) reverse() bool {
	if p.agg != nil {
		return p.agg.reverse
	}
	return p.sortKey == "" && p.desc
}

// candidate is one access path the planner considers, and the conjuncts
// of the where clause it answers exactly.
type candidate struct {
	src      source
	consumed []*pred
	dated    bool // the source enforces the date bounds
}

// planWhere chooses the access path for where and returns it with the
// residual filter.
func planWhere(txn *badger.Txn, where *pred, packed bool) (source, *pred, error) {
	from, to := where.dateBounds()
	dated := where.hasDate()
	var cands []candidate
	for _, c := range where.conjuncts() {
		src, exact, enforces, err := accessFor(txn, c, from, to, dated, packed)
		if err != nil {
			return nil, nil, err
		}
		if src == nil {
			continue
		}
		cand := candidate{src: src, dated: enforces}
		if exact {
			cand.consumed = []*pred{c}
		}
		cands = append(cands, cand)
	}
	if dated || len(cands) == 0 {
		ds := newIndexScan(keys.NSDate, "", from, to, dated)
		est, err := counterSum(txn, dimAll, "", from, to)
		if err != nil {
			return nil, nil, err
		}
		ds.est = est
		cands = append(cands, candidate{src: ds, dated: true})
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		return compareInt64(a.src.estimate(), b.src.estimate())
	})
	best := cands[0]
	chosen := []candidate{best}
	if _, ok := best.src.(*listSource); !ok {
		for _, c := range cands[1:] {
			if len(chosen) == maxIntersect {
				break
			}
			if _, ok := c.src.(*listSource); ok || !c.dated {
				continue
			}
			if ds, ok := c.src.(*indexScan); ok && ds.ns == keys.NSDate {
				continue // every chosen scan enforces the date bounds already
			}
			if c.src.estimate() <= max(best.src.estimate(), 1)*intersectRatio {
				chosen = append(chosen, c)
			}
		}
	}
	var src source
	if len(chosen) == 1 {
		src = chosen[0].src
	} else {
		in := &intersect{}
		for _, c := range chosen {
			in.kids = append(in.kids, c.src)
		}
		src = in
	}
	// The residual keeps every conjunct no chosen path answers exactly.
	consumed := map[*pred]bool{}
	enforced := true
	for _, c := range chosen {
		for _, p := range c.consumed {
			consumed[p] = true
		}
		enforced = enforced && c.dated
	}
	res := &pred{op: pAnd}
	for _, c := range where.conjuncts() {
		if consumed[c] || (enforced && c.op == pDate) {
			continue
		}
		res.kids = append(res.kids, c)
	}
	return src, simplify(res), nil
}

// accessFor returns the index access path for one conjunct, or nil when
// no index serves it. exact reports whether the path yields exactly the
// events the conjunct holds for (within the date bounds); dated whether it
// enforces the date bounds.
func accessFor(txn *badger.Txn, c *pred, from, to timeline.Day, datedOnly, packed bool) (src source, exact, dated bool, err error) {
	scan := func(ns keys.Namespace, dim, value string) (source, error) {
		s := newIndexScan(ns, value, from, to, datedOnly)
		if dim != "" {
			s.est, err = counterSum(txn, dim, value, from, to)
		} else {
			s.est, err = countKeys(txn, ns, value, from, to, packed)
		}
		return s, err
	}
	switch c.op {
	case pActor:
		src, err = scan(keys.NSActor, dimActor, c.val)
		return src, true, true, err
	case pPlace:
		src, err = scan(keys.NSPlace, dimPlace, c.val)
		return src, true, true, err
	case pType:
		src, err = scan(keys.NSType, dimType, typeValue(c.typ))
		return src, true, true, err
	case pText:
		words := queryWords(c.val)
		if len(words) == 0 {
			return nil, false, false, nil
		}
		in := &intersect{}
		for _, w := range words {
			s, err := wordSource(scan, w)
			if err != nil {
				return nil, false, false, err
			}
			in.kids = append(in.kids, s)
		}
		slices.SortStableFunc(in.kids, func(a, b source) int { return compareInt64(a.estimate(), b.estimate()) })
		// The words narrow the events down; the phrase check stays in the
		// filter.
		if len(in.kids) == 1 {
			return in.kids[0], false, true, nil
		}
		return in, false, true, nil
	case pOr:
		u := &union{}
		exact = true
		for _, k := range c.kids {
			s, ex, dt, err := accessFor(txn, k, from, to, datedOnly, packed)
			if err != nil || s == nil || !dt {
				return nil, false, false, err
			}
			exact = exact && ex
			u.kids = append(u.kids, s)
		}
		return u, exact, true, nil
	case pAnd: // a conjunction nested in an or: its best term narrows it
		for _, k := range c.kids {
			s, _, dt, err := accessFor(txn, k, from, to, datedOnly, packed)
			if err != nil {
				return nil, false, false, err
			}
			if s != nil && dt && (src == nil || s.estimate() < src.estimate()) {
				src = s
			}
		}
		return src, false, true, nil
	case pSource:
		if c.sub {
			return nil, false, false, nil // a substring of the doc id: no index serves it
		}
		n, err := countKeys(txn, keys.NSSource, c.val, keys.MinDay, keys.MaxDay, false)
		return newDocSource(c.val, n), true, false, err
	case pID:
		return newIDSource(c.val), true, false, nil
	}
	return nil, false, false, nil
}

// wordSource returns the access path of one query word: the union of the
// text index scans of the forms it may take in a sentence (queryForms),
// leaving out the forms no entry has; the word itself when none has any.
func wordSource(scan func(ns keys.Namespace, dim, value string) (source, error), w string) (source, error) {
	u := &union{}
	var first source
	for _, f := range queryForms(w) {
		s, err := scan(keys.NSWord, "", f)
		if err != nil {
			return nil, err
		}
		if first == nil {
			first = s
		}
		if s.estimate() > 0 {
			u.kids = append(u.kids, s)
		}
	}
	switch len(u.kids) {
	case 0:
		return first, nil
	case 1:
		return u.kids[0], nil
	}
	return u, nil
}

func compareInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// counterSum adds the rollup counters dim|value over the months of start
// days [from, to]: the planner's estimate of an index scan.
func counterSum(txn *badger.Txn, dim, value string, from, to timeline.Day) (int64, error) {
	prefix := keys.AppendString(keys.AppendString(keys.Prefix(nil, keys.NSCounter), dim), value)
	fm, tm := keys.MonthOf(from), keys.MonthOf(to)
	if from <= keys.MinDay {
		fm = keys.UnknownMonth
	}
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
	defer it.Close()
	var n int64
	for it.Seek(keys.AppendMonth(slices.Clone(prefix), fm)); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		m, _, err := keys.DecodeMonth(item.Key()[len(prefix):])
		if err != nil {
			return 0, err
		}
		if m > tm {
			break
		}
		err = item.Value(func(v []byte) error {
			c, _, err := keys.DecodeUint64(v)
			n += int64(c)
			return err
		})
		if err != nil {
			return 0, err
		}
	}
	return n, nil
}

// maxCount bounds countKeys, the estimate of indexes without counters.
const maxCount = 10000

// countKeys counts the entries of index ns|value over [from, to] (up to
// maxCount); packed says whether the database may hold packed lists.
func countKeys(txn *badger.Txn, ns keys.Namespace, value string, from, to timeline.Day, packed bool) (int64, error) {
	prefix := keys.AppendString(keys.Prefix(nil, ns), value)
	if ns == keys.NSSource {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
		defer it.Close()
		var n int64
		for it.Seek(prefix); it.ValidForPrefix(prefix) && n < maxCount; it.Next() {
			n++
		}
		return n, nil
	}
	it := openIndexIter(txn, prefix, false, packed)
	defer it.Close()
	var n int64
	for it.Seek(keys.AppendDay(slices.Clone(prefix), from)); it.Valid() && n < maxCount; it.Next() {
		d, _, err := keys.DecodeDay(it.Key()[len(prefix):])
		if err != nil {
			return 0, err
		}
		if d > to {
			break
		}
		n++
	}
	return n, it.Err()
}

// buildPlan plans a checked statement. datedOnly restricts the events to
// those with a known date (for first/last overall).
func buildPlan(txn *badger.Txn, stmt query.Stmt, datedOnly, packed bool) (*Plan, error) {
	tail := stmt.Tail()
	where, err := lowerExpr(tail.Where)
	if err != nil {
		return nil, err
	}
	p := &Plan{stmt: stmt, where: where, limit: tail.Limit, offset: tail.Offset}
	if tail.Order != nil && tail.Order.Key != "date" {
		p.sortKey = tail.Order.Key
	}
	if tail.Order != nil {
		p.desc = tail.Order.Desc
	}
	switch s := stmt.(type) {
	case *query.EventsStmt:
		if datedOnly { // the dated-only condition: a date between -inf and +inf
			p.where = simplify(&pred{op: pAnd, kids: append(where.conjuncts(), &pred{op: pDate, from: keys.MinDay, to: keys.MaxDay})})
		}
	case *query.GapsStmt:
		a, b := &pred{op: pActor, val: entityID(s.A)}, &pred{op: pActor, val: entityID(s.B)}
		p.where = simplify(&pred{op: pAnd, kids: append([]*pred{a, b}, where.conjuncts()...)})
		p.agg = newAggSpec(stmt)
	default:
		p.agg = newAggSpec(stmt)
		if p.agg == nil {
			return nil, fmt.Errorf("%w: unsupported statement %T", ErrBadInput, stmt)
		}
	}
	p.src, p.residual, err = planWhere(txn, p.where, packed)
	if err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	if p.agg != nil {
		p.agg.plan = p
	}
	return p, nil
}

var dimNames = map[string]string{dimAll: "all", dimActor: "actor", dimPlace: "place", dimType: "type"}

// hasDate reports whether the top-level conjunction has a date condition:
// then only dated events can match.
func (p *pred) hasDate() bool {
	return slices.ContainsFunc(p.conjuncts(), func(c *pred) bool { return c.op == pDate })
}
