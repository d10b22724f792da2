package engine

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// ref is one index entry on its way through a plan: the event's start day
// (its index day), id and summary.
type ref struct {
	day timeline.Day
	id  string
	sum summary
}

// before reports whether a comes before b in ascending (day, id) order.
func (a *ref) before(b *ref) bool {
	if a.day != b.day {
		return a.day < b.day
	}
	return a.id < b.id
}

// exec is the state shared by the operators of one running plan.
type exec struct {
	ctx      context.Context
	txn      *badger.Txn
	reverse  bool
	keysRead int64
	gaz      Gazetteer
	entities map[string]*timeline.Entity // cache of entity
	packed   bool                        // the database may hold packed index lists
}

// less orders refs in the direction of the scan.
func (x *exec) less(a, b *ref) bool {
	if x.reverse {
		return b.before(a)
	}
	return a.before(b)
}

// source is an operator that yields refs in scan order.
type source interface {
	// open prepares the operator for x.
	open(x *exec) error
	// next returns the next ref, or nil at the end.
	next() (*ref, error)
	// seek moves to the first ref not before target (in scan order) and
	// returns it, or nil at the end.
	seek(target *ref) (*ref, error)
	close()
	// estimate is the planner's guess of the refs the operator yields.
	estimate() int64
	String() string
}

// indexScan walks one index prefix (ns|value) over a range of start days,
// keeping the entries whose whole date lies in [from, to] when bounded is
// set. It is the only operator that touches a Badger iterator.
type indexScan struct {
	ns       keys.Namespace
	value    string
	from, to timeline.Day
	bounded  bool // check end <= to and drop unknown dates
	est      int64

	x      *exec
	prefix []byte
	it     *indexIter
	valid  bool
}

// newIndexScan returns a scan of ns|value over start days [from, to]; when
// bounded, it keeps only dated events whose whole date lies in the range.
func newIndexScan(ns keys.Namespace, value string, from, to timeline.Day, bounded bool) *indexScan {
	return &indexScan{ns: ns, value: value, from: from, to: to, bounded: bounded}
}

func (s *indexScan) open(x *exec) error {
	s.x = x
	s.prefix = keys.Prefix(nil, s.ns)
	if s.ns != keys.NSDate {
		s.prefix = keys.AppendString(s.prefix, s.value)
	}
	s.it = openIndexIter(x.txn, s.prefix, x.reverse, x.packed)
	return nil
}

func (s *indexScan) startKey() []byte {
	k := bytes.Clone(s.prefix)
	if s.x.reverse {
		if s.to >= keys.MaxDay {
			return keys.PrefixEnd(s.prefix)
		}
		return keys.AppendDay(k, s.to+1)
	}
	if !s.bounded {
		return keys.AppendDay(k, keys.UnknownDay)
	}
	return keys.AppendDay(k, s.from)
}

func (s *indexScan) next() (*ref, error) {
	if s.it == nil {
		return nil, nil
	}
	if !s.valid {
		s.it.Seek(s.startKey())
		s.valid = true
	} else {
		s.it.Next()
	}
	return s.read()
}

func (s *indexScan) seek(target *ref) (*ref, error) {
	if s.it == nil {
		return nil, nil
	}
	k := keys.AppendDay(bytes.Clone(s.prefix), target.day)
	k = keys.AppendString(k, target.id)
	if s.valid && s.step(k) {
		return s.read()
	}
	// Forward, Seek finds the first key >= k; in reverse, the last key <= k.
	s.it.Seek(k)
	s.valid = true
	return s.read()
}

// seekSteps is how many entries seek walks before it falls back to a
// Badger Seek. A Seek positions an iterator in every level of the LSM tree
// and reloads (and decompresses) a block in each; in a leapfrog
// intersection the target is often a few entries ahead, where Next is far
// cheaper (docs/performance.md).
const seekSteps = 16

// step walks the iterator forward (in scan order) to the first key not
// before k, at most seekSteps entries, and reports whether it got there
// (or left the prefix, which read reports as the end). Like the keys a
// Badger Seek compares on its way, the entries stepped over are not
// counted in keysRead: a seek is one read, and does at most seekSteps
// comparisons more.
func (s *indexScan) step(k []byte) bool {
	for i := range seekSteps {
		if !s.it.Valid() {
			return i > 0 // ran off the prefix while walking: the end
		}
		c := bytes.Compare(s.it.Key(), k)
		if s.x.reverse {
			c = -c
		}
		switch {
		case c == 0:
			return true
		case c > 0:
			// Past k: the first key not before k if the walk got here,
			// else k lies behind the iterator and only Seek goes back.
			return i > 0
		}
		s.it.Next()
	}
	return false
}

// read returns the ref under the iterator, skipping entries outside the
// range.
func (s *indexScan) read() (*ref, error) {
	for ; s.it.Valid(); s.it.Next() {
		if err := s.x.ctx.Err(); err != nil {
			return nil, err
		}
		s.x.keysRead++
		k := s.it.Key()[len(s.prefix):]
		day, n, err := keys.DecodeDay(k)
		if err != nil {
			return nil, fmt.Errorf("index %s: %w", s.ns, err)
		}
		if s.bounded {
			if (!s.x.reverse && day > s.to) || (s.x.reverse && day < s.from) {
				return nil, nil
			}
			if day < s.from || day > s.to {
				continue
			}
		}
		id, _, err := keys.DecodeString(k[n:])
		if err != nil {
			return nil, fmt.Errorf("index %s: %w", s.ns, err)
		}
		r := &ref{day: day, id: id}
		if r.sum, err = decodeSummary(s.it.Value()); err != nil {
			return nil, err
		}
		if s.bounded && r.sum.End > s.to {
			continue
		}
		return r, nil
	}
	return nil, s.it.Err()
}

func (s *indexScan) close() {
	if s.it != nil {
		s.it.Close()
		s.it = nil
	}
}

func (s *indexScan) estimate() int64 { return s.est }

func (s *indexScan) String() string {
	var args []string
	args = append(args, s.ns.String())
	if s.ns != keys.NSDate {
		args = append(args, strconv.Quote(s.value))
	}
	if s.bounded && (s.from != keys.MinDay || s.to != keys.MaxDay) {
		args = append(args, "["+dayString(s.from)+", "+dayString(s.to)+"]")
	} else if s.bounded {
		args = append(args, "dated")
	}
	return "index.Scan(" + joinArgs(args) + ")"
}

func joinArgs(a []string) string {
	out := ""
	for i, s := range a {
		if i > 0 {
			out += ", "
		}
		out += s
	}
	return out
}

// intersect yields the refs all its inputs yield (a leapfrog merge join:
// the inputs seek to the furthest ref seen).
type intersect struct {
	kids []source
	x    *exec
}

func (s *intersect) open(x *exec) error {
	s.x = x
	for _, k := range s.kids {
		if err := k.open(x); err != nil {
			return err
		}
	}
	return nil
}

func (s *intersect) next() (*ref, error) {
	r, err := s.kids[0].next()
	if err != nil || r == nil {
		return nil, err
	}
	return s.align(r)
}

func (s *intersect) seek(target *ref) (*ref, error) {
	r, err := s.kids[0].seek(target)
	if err != nil || r == nil {
		return nil, err
	}
	return s.align(r)
}

// align seeks every input to candidate r until all agree.
func (s *intersect) align(r *ref) (*ref, error) {
	for {
		agreed := true
		for _, k := range s.kids {
			got, err := k.seek(r)
			if err != nil || got == nil {
				return nil, err
			}
			if got.id != r.id || got.day != r.day {
				r = got
				agreed = false
				break
			}
		}
		if agreed {
			return r, nil
		}
		if err := s.x.ctx.Err(); err != nil {
			return nil, err
		}
	}
}

func (s *intersect) close() {
	for _, k := range s.kids {
		k.close()
	}
}

func (s *intersect) estimate() int64 {
	e := s.kids[0].estimate()
	for _, k := range s.kids[1:] {
		e = min(e, k.estimate())
	}
	return e
}

func (s *intersect) String() string {
	parts := make([]string, len(s.kids))
	for i, k := range s.kids {
		parts[i] = k.String()
	}
	return "intersect(" + joinArgs(parts) + ")"
}

// union yields the refs any input yields, once each, in scan order.
type union struct {
	kids  []source
	heads []*ref
	x     *exec
	begun bool
	last  *ref
}

func (s *union) open(x *exec) error {
	s.x = x
	s.heads = make([]*ref, len(s.kids))
	for _, k := range s.kids {
		if err := k.open(x); err != nil {
			return err
		}
	}
	return nil
}

func (s *union) next() (*ref, error) {
	if !s.begun {
		s.begun = true
		for i, k := range s.kids {
			r, err := k.next()
			if err != nil {
				return nil, err
			}
			s.heads[i] = r
		}
	} else if s.last != nil {
		// Advance every input sitting on the ref just returned.
		for i, k := range s.kids {
			if h := s.heads[i]; h != nil && h.id == s.last.id && h.day == s.last.day {
				r, err := k.next()
				if err != nil {
					return nil, err
				}
				s.heads[i] = r
			}
		}
	}
	var best *ref
	for _, h := range s.heads {
		if h != nil && (best == nil || s.x.less(h, best)) {
			best = h
		}
	}
	s.last = best
	return best, nil
}

func (s *union) seek(target *ref) (*ref, error) {
	s.begun = true
	for i, k := range s.kids {
		if h := s.heads[i]; h != nil && !s.x.less(h, target) {
			continue
		}
		r, err := k.seek(target)
		if err != nil {
			return nil, err
		}
		s.heads[i] = r
	}
	var best *ref
	for _, h := range s.heads {
		if h != nil && (best == nil || s.x.less(h, best)) {
			best = h
		}
	}
	s.last = best
	return best, nil
}

func (s *union) close() {
	for _, k := range s.kids {
		k.close()
	}
}

func (s *union) estimate() int64 {
	var e int64
	for _, k := range s.kids {
		e += k.estimate()
	}
	return e
}

func (s *union) String() string {
	parts := make([]string, len(s.kids))
	for i, k := range s.kids {
		parts[i] = k.String()
	}
	return "union(" + joinArgs(parts) + ")"
}

// listSource yields refs gathered up front: the events of one article (the
// source index has no date order) or one event by id.
type listSource struct {
	label string
	load  func(x *exec) ([]*ref, error)
	est   int64
	refs  []*ref
	pos   int
	x     *exec
}

func (s *listSource) open(x *exec) error {
	s.x = x
	refs, err := s.load(x)
	if err != nil {
		return err
	}
	slices.SortFunc(refs, func(a, b *ref) int {
		switch {
		case x.less(a, b):
			return -1
		case x.less(b, a):
			return 1
		}
		return 0
	})
	s.refs = refs
	return nil
}

func (s *listSource) next() (*ref, error) {
	if s.pos >= len(s.refs) {
		return nil, nil
	}
	s.pos++
	return s.refs[s.pos-1], nil
}

func (s *listSource) seek(target *ref) (*ref, error) {
	for s.pos < len(s.refs) && s.x.less(s.refs[s.pos], target) {
		s.pos++
	}
	if s.pos >= len(s.refs) {
		return nil, nil
	}
	return s.refs[s.pos], nil
}

func (s *listSource) close()          {}
func (s *listSource) estimate() int64 { return s.est }
func (s *listSource) String() string  { return s.label }

// refOf loads event id and returns its ref, or nil when it does not exist.
func refOf(x *exec, id string) (*ref, error) {
	x.keysRead++
	s, err := getEvent(x.txn, id)
	if err != nil {
		if isNotFound(err) {
			return nil, nil
		}
		return nil, err
	}
	e := &s.ev
	return &ref{day: keys.IndexDay(e.Date), id: e.ID,
		sum: summary{End: e.Date.End, Precision: e.Date.Precision, Type: e.Type, Status: e.Status}}, nil
}

func newIDSource(id string) *listSource {
	return &listSource{label: "index.Get(event, " + strconv.Quote(id) + ")", est: 1,
		load: func(x *exec) ([]*ref, error) {
			r, err := refOf(x, id)
			if r == nil || err != nil {
				return nil, err
			}
			return []*ref{r}, nil
		}}
}

func newDocSource(doc string, est int64) *listSource {
	return &listSource{label: "index.Scan(source, " + strconv.Quote(doc) + ")", est: est,
		load: func(x *exec) ([]*ref, error) {
			prefix := keys.AppendString(keys.Prefix(nil, keys.NSSource), doc)
			var ids []string
			it := x.txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
			for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
				x.keysRead++
				id, _, err := keys.DecodeString(it.Item().Key()[len(prefix):])
				if err != nil {
					it.Close()
					return nil, err
				}
				ids = append(ids, id)
			}
			it.Close()
			var refs []*ref
			for _, id := range ids {
				r, err := refOf(x, id)
				if err != nil {
					return nil, err
				}
				if r != nil {
					refs = append(refs, r)
				}
			}
			return refs, nil
		}}
}
