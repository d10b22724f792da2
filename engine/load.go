package engine

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/ristretto/v2/z"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// Load bulk-loads events into a database that holds no events and no
// articles yet: a JSON-lines import into a new database, a benchmark
// corpus, a migration. The events merge as IngestEvents merges them (same
// type, overlapping dates, same parties; see docs/storage.md, "Merging"),
// but in memory, and the finished database is written once, in key order,
// through Badger's StreamWriter: no memtable, no compaction, no merge
// search through the indexes. docs/performance.md measures the difference.
//
// The result is the database IngestEvents makes of the same sequence with
// a BatchSize of 1 (TestLoadEqualsIngest); with larger batches the two can
// differ only where several stored events match one report equally well,
// as IngestEvents's own result then depends on its batch size.
//
// Load runs the sequence on the caller's goroutine, where it also
// validates and prepares each event, and merges the prepared events on a
// second goroutine: the caller's own work for each event (reading it,
// decoding it) overlaps Load's merge.
//
// Load reads every event before it writes anything: an error from the
// sequence, an invalid event or a cancelled ctx leaves the database as it
// was. The writing itself is not a transaction: if the process dies while
// Load writes, the next Open refuses the directory with ErrIncompleteLoad
// (remove it and load again). Before it writes, Load waits until every
// open Rows and View of the database has ended (so a caller must not hold
// one while it calls Load), and queries started meanwhile wait until it
// has written. A database that is not empty returns ErrNotEmpty: use
// IngestEvents.
//
// Load keeps the encoded events and (on Linux) their index entries in
// unlinked temporary files in the database's directory (or
// Options.ScratchDir), mapped into memory: page cache, which the kernel
// writes back and reclaims, not heap.
// The merge's index (mergeIndex) and the slots stay on the heap, in
// structures without pointers: 10M of the benchmark's events peaked at
// 3.2 GiB of anonymous memory (docs/performance.md). The files take
// about 1 KB an event of disk until Load returns.
func (db *DB) Load(ctx context.Context, events iter.Seq2[timeline.Event, error]) (IngestStats, error) {
	if err := db.acquireWrite(); err != nil {
		return IngestStats{}, err
	}
	defer db.releaseWrite()
	existing, err := db.loadBase()
	if err != nil {
		return IngestStats{}, err
	}
	if db.opts.InMemory {
		// Badger's StreamWriter writes tables to files; an in-memory
		// database takes the events batch by batch.
		var all []timeline.Event
		for ev, err := range events {
			if err != nil {
				return IngestStats{}, err
			}
			all = append(all, ev)
		}
		return db.ingestBatches(ctx, all)
	}
	l := newLoader(db)
	defer l.w.discard()
	defer l.arena.release()
	if err := l.arena.spillTo(db.scratchDir()); err != nil {
		return IngestStats{}, err
	}
	if err := l.read(ctx, events); err != nil {
		return IngestStats{}, err
	}
	l.w.discard() // no snapshot may stay open while the tables are replaced
	l.clock.done("merge")
	if err := db.exclusive(func() error { return l.write(existing) }); err != nil {
		return IngestStats{}, err
	}
	return l.st, nil
}

// ErrNotEmpty is returned by Load for a database that already holds events
// or articles.
var ErrNotEmpty = errors.New("database is not empty")

// ErrIncompleteLoad is returned by Open for a database whose Load was cut
// off while it wrote.
var ErrIncompleteLoad = errors.New("incomplete bulk load")

// loadingKey marks a database while Load writes it; Load deletes it last.
var loadingKey = append(keys.Prefix(nil, keys.NSMeta), "loading"...)

// loadBase returns every key-value of the database (its metadata, entities
// and counters), to be written again with the loaded events, and fails
// with ErrNotEmpty when the database holds events or articles.
func (db *DB) loadBase() ([]kv, error) {
	var out []kv
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			switch keys.Namespace(item.Key()[0]) {
			case keys.NSEvent, keys.NSArticle:
				return fmt.Errorf("load into %s: %w: use IngestEvents to add to it", db.dir, ErrNotEmpty)
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			out = append(out, kv{item.KeyCopy(nil), v})
		}
		return nil
	})
	return out, err
}

// exclusive runs fn while no query or transaction is open and none can
// start: Badger's StreamWriter replaces the database's tables under them.
func (db *DB) exclusive(fn func() error) error {
	db.mu.Lock()
	db.loading = true
	for db.active > 1 { // the caller's own acquireWrite
		db.idle.Wait()
	}
	db.mu.Unlock()
	defer func() {
		db.mu.Lock()
		db.loading = false
		db.idle.Broadcast()
		db.mu.Unlock()
	}()
	return fn()
}

// newLoadWriter returns a writer for Load: its entity lookups, the
// preparing and merging of events, over read-only transactions.
func newLoadWriter(db *DB) *writer {
	return &writer{
		db: db, txn: db.bdb.NewTransaction(false), snap: db.bdb.NewTransaction(false), now: db.opts.now().UTC(),
		counters: map[string]int64{}, entities: map[string]timeline.Entity{}, ensured: map[string]bool{},
	}
}

// loader merges events in memory and writes the finished database.
type loader struct {
	db *DB
	w  *writer // entity lookups, prepare and merge, over a read snapshot
	st IngestStats

	arena    recordArena
	slots    chunkedList[loadSlot]
	otherIDs []string    // the ids of slots that are not of the hex form
	merge    *mergeIndex // the live slots by id, group and date
	clock    loadClock
}

// loadClock logs the wall time of each phase of a Load, at debug level,
// to Options.Logger: "merge" (reading the caller's events, its time
// included, and merging them), "order" (the live events in id order and
// by day), "postings" (decoding the events and filing their index
// entries), "sort" (sorting each index and counting its months),
// "counters" (the counters, entity records and metadata), "stream"
// (writing everything through the StreamWriter) and "reopen".
type loadClock struct {
	log  *slog.Logger
	last time.Time
}

// done logs phase as ended now.
func (c *loadClock) done(phase string) {
	if c.log == nil {
		return
	}
	now := time.Now()
	c.log.Debug("load phase", "phase", phase, "seconds", now.Sub(c.last).Seconds())
	c.last = now
}

// loadSlot is one version of an event held by the loader.
// It holds no pointer, so that the collector does not trace the slots:
// its id is the 8 bytes of hexID, or a number in loader.otherIDs for an id
// of another form.
type loadSlot struct {
	rec   recordRef
	date  timeline.Date
	pub   timeline.Day // latest publication day of its sources
	hex   uint64       // the id's 8 bytes, when other is 0
	other int32        // 1 + the id's index in loader.otherIDs, or 0
	dead  bool         // replaced by a merged version
}

// appendID appends the id of slot i to dst.
func (l *loader) appendID(dst []byte, i int32) []byte {
	sl := l.slots.at(i)
	if sl.other != 0 {
		return append(dst, l.otherIDs[sl.other-1]...)
	}
	dst = append(dst, "ev-"...)
	for shift := 60; shift >= 0; shift -= 4 {
		dst = append(dst, hexDigits[sl.hex>>shift&0xf])
	}
	return dst
}

// idOf returns the id of slot i.
func (l *loader) idOf(i int32) string { return string(l.appendID(nil, i)) }

func newLoader(db *DB) *loader {
	return &loader{db: db, w: newLoadWriter(db), arena: recordArena{size: loadChunk}, merge: newMergeIndex(), clock: loadClock{db.opts.Logger, time.Now()}}
}

// read merges the caller's events into the loader. This goroutine, the
// caller's, runs the iterator and validates and prepares each event
// (normalising it, making its id, expanding its actors and places: a
// quarter of the merge phase's CPU at 10M); a second merges them in order,
// so that Load's merge overlaps the caller's own work (reading, decoding)
// on two cores. The result is that of merging them one by one here.
func (l *loader) read(ctx context.Context, events iter.Seq2[timeline.Event, error]) error {
	// The preparing side has its own writer: a writer's entity cache is
	// not shared between goroutines.
	prep := newLoadWriter(l.db)
	defer prep.discard()
	m := l.startMerge()
	defer m.stop()
	batch := make([]loadItem, 0, mergeBatch)
	i := 0
	for ev, err := range events {
		if err != nil {
			return fmt.Errorf("load: event %d: %w", i, err)
		}
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := validateEvent(&ev); err != nil {
			return fmt.Errorf("load: event %d: %w", i, err)
		}
		in := prep.prepare(ev)
		if in.ev.Ingested.IsZero() {
			in.ev.Ingested = l.w.now
		}
		if batch = append(batch, prepareItem(in, prep.lookup)); len(batch) == mergeBatch {
			if !m.send(batch) {
				break
			}
			batch = make([]loadItem, 0, mergeBatch)
		}
		i++
	}
	if len(batch) > 0 {
		m.send(batch)
	}
	if err := m.stop(); err != nil {
		return err
	}
	return ctx.Err()
}

// testHookLoadPut, when set by a test, runs before the merge of the n-th
// event (from 1), and its error fails the merge as a failed write would.
var testHookLoadPut func(n int) error

// loadItem is an event prepared for the merge.
type loadItem struct {
	s       *stored
	parties []string // parties(&s.ev)
	// rec is s's record as put stores it if s merges with no other event,
	// encoded ahead (the benchmark's corpus has no duplicates; a merged
	// event is encoded again).
	rec []byte
}

// prepareItem does the work of the merge that depends on in alone.
func prepareItem(in *stored, lookup entityLookup) loadItem {
	as := *in
	as.ev.Confidence = eventConfidence(&in.ev)
	rec, _ := encodeEvent(&as)
	return loadItem{s: in, parties: parties(&in.ev, lookup), rec: rec}
}

// mergeBatch is how many prepared events go to the merging goroutine at
// a time.
const mergeBatch = 256

// mergeAhead is how many batches the preparing side may be ahead.
const mergeAhead = 8

// merging is the goroutine of loader.read that merges prepared events.
type merging struct {
	ch      chan []loadItem
	done    chan struct{} // closed when the goroutine has returned
	err     error         // put's error, readable once done is closed
	stopped bool
}

func (l *loader) startMerge() *merging {
	m := &merging{ch: make(chan []loadItem, mergeAhead), done: make(chan struct{})}
	go func() {
		defer close(m.done)
		for batch := range m.ch {
			for _, it := range batch {
				if err := l.put(it); err != nil {
					m.err = err
					return
				}
			}
		}
	}()
	return m
}

// send hands a batch to the merging goroutine; false means it has stopped
// on an error, which stop returns.
func (m *merging) send(batch []loadItem) bool {
	select {
	case m.ch <- batch:
		return true
	case <-m.done:
		return false
	}
}

// stop waits until every batch sent is merged, or the merging has failed,
// and returns its error. It may be called again.
func (m *merging) stop() error {
	if !m.stopped {
		m.stopped = true
		close(m.ch)
	}
	<-m.done
	return m.err
}

// put merges the prepared event into the loaded events, as
// writer.putEvent does.
func (l *loader) put(it loadItem) error {
	l.st.Events++
	if testHookLoadPut != nil {
		if err := testHookLoadPut(l.st.Events); err != nil {
			return err
		}
	}
	in := it.s
	g := l.merge.group(in.ev.Type, it.parties)
	old, oldSlot := l.findMatch(in, g)
	if old == nil {
		in.ev.Confidence = eventConfidence(&in.ev)
		l.st.Created++
		return l.add(in, g, it.rec)
	}
	merged, changed := l.w.merge(old, in)
	if !changed {
		l.st.Unchanged++
		return nil
	}
	l.slots.at(oldSlot).dead = true
	l.merge.forget(old.ev.ID)
	l.st.Merged++
	return l.add(merged, l.groupOf(merged), nil)
}

// groupOf returns the merge group of s: its type and its parties.
func (l *loader) groupOf(s *stored) uint32 {
	return l.merge.group(s.ev.Type, parties(&s.ev, l.w.lookup))
}

// add stores s, of merge group g, as a new live slot; b is its record,
// or nil to encode it here.
func (l *loader) add(s *stored, g uint32, b []byte) error {
	if b == nil {
		b, _ = encodeEvent(s)
	}
	rec, err := l.arena.add(b)
	if err != nil {
		return err
	}
	i := int32(l.slots.len())
	sl := loadSlot{rec: rec, date: s.ev.Date, pub: published(&s.ev)}
	var ok bool
	if sl.hex, ok = hexID(s.ev.ID); !ok {
		l.otherIDs = append(l.otherIDs, s.ev.ID)
		sl.other = int32(len(l.otherIDs))
	}
	l.slots.add(sl)
	l.merge.setSlot(s.ev.ID, i)
	l.merge.file(i, g, sl.date)
	return nil
}

func (l *loader) event(i int32) *stored { return l.decode(i, decodeEvent) }

// head returns slot i without its sources, for the merge search.
func (l *loader) head(i int32) *stored { return l.decode(i, decodeEventHead) }

func (l *loader) decode(i int32, decode func([]byte) (*stored, error)) *stored {
	s, err := decode(l.arena.get(l.slots.at(i).rec))
	if err != nil {
		panic(fmt.Sprintf("engine: load: a record encoded in this process does not decode: %v", err))
	}
	return s
}

// findMatch is writer.findMatch over the loaded events: the event with
// in's id, else among the live events of in's merge group g whose date may
// be in's (mergeIndex.candidates: short events starting up to shortSpan
// days before in, long ones up to longSpan days before, undated ones), the
// best by betterMatch; among equals, the first the incremental search
// would meet (searchOrder).
func (l *loader) findMatch(in *stored, g uint32) (*stored, int32) {
	if i, ok := l.merge.slot(in.ev.ID); ok {
		return l.event(i), i
	}
	from, to := searchWindow(in)
	// Among equally good candidates the first in the incremental merge
	// search's order wins: undated ones by id, then those starting from
	// shortSpan days before in by start and id, then the long ones that
	// start earlier.
	scanOrder := func(i int32) searchOrder {
		sl := l.slots.at(i)
		switch {
		case sl.date.IsZero():
			return searchOrder{0, 0, l.idOf(i)}
		case sl.date.Start >= from-shortSpan:
			return searchOrder{1, sl.date.Start, l.idOf(i)}
		}
		return searchOrder{2, sl.date.Start, l.idOf(i)}
	}
	best := int32(-1)
	consider := func(i int32) {
		sl := l.slots.at(i)
		if sl.dead || !datesMatch(in, sl.date, sl.pub) || !sameOccasion(in, l.head(i), l.w.lookup) {
			return
		}
		if best < 0 {
			best = i
			return
		}
		b := l.slots.at(best)
		switch {
		case betterMatch(in.ev.Date, sl.date, b.date):
			best = i
		case betterMatch(in.ev.Date, b.date, sl.date):
		case scanOrder(i).before(scanOrder(best)):
			best = i
		}
	}
	l.merge.candidates(g, from, to, consider)
	if best < 0 {
		return nil, -1
	}
	return l.event(best), best
}

// searchOrder is where the incremental merge search meets a candidate.
type searchOrder struct {
	part  int
	start timeline.Day
	id    string
}

func (a searchOrder) before(b searchOrder) bool {
	if a.part != b.part {
		return a.part < b.part
	}
	if a.start != b.start {
		return a.start < b.start
	}
	return a.id < b.id
}

// posting is one index entry in the making: an interned value, a start day
// and the rank of the event id.
type posting struct {
	val uint32
	day timeline.Day
	id  uint32
}

// indexSet holds the postings of a Load by namespace: an array, not a
// map, since file looks an index up for every entry.
type indexSet [256]*postings

// postings collects the entries of one index namespace.
type postings struct {
	ns    keys.Namespace
	dir   string    // where file and the sort's scratch file go ("": the heap)
	dated bool      // key ns|value|day|id; else ns|value|id (the source index)
	dict  *interner // the values, numbered as they come
	// apart numbers every posting's value apart, equal or not (the source
	// index, whose values are document ids, nearly all distinct: a hash
	// map of them would cost more than the few repeats it saves), so that
	// value v is the value of posting v until sort.
	apart bool
	order []uint32 // once sorted: the value number of each rank
	last  []uint32 // by value: 1 + the id of the last event that added it (addDistinct)
	list  []posting
	file  *postingFile // holds list, when not nil
	err   error        // the first error growing file
}

// postingGrowth is how many bytes a postingFile grows by at a time;
// smaller in tests.
var postingGrowth int64 = 64 << 20

// newPostings returns the postings of index ns, kept in a file in dir when
// the system allows it (postingFile), else on the heap.
func newPostings(ns keys.Namespace, dir string) *postings {
	p := &postings{ns: ns, dir: dir, dated: ns != keys.NSSource, apart: ns == keys.NSSource, dict: newInterner()}
	if dir != "" {
		if f, err := openPostingFile(dir); err == nil {
			p.file = f
		}
	}
	return p
}

func (p *postings) add(val string, day timeline.Day, id uint32) {
	if p.apart {
		p.push(p.dict.push(val), day, id)
		return
	}
	p.push(p.intern(val), day, id)
}

// addDistinct is add for the values of an event that may repeat (the
// words of its sentences): the postings of an event come together, so a
// value the same event added last is not added again.
func (p *postings) addDistinct(val string, day timeline.Day, id uint32) {
	v := p.intern(val)
	if int(v) >= len(p.last) {
		p.last = append(p.last, make([]uint32, int(v)+1-len(p.last))...)
	}
	if p.last[v] == id+1 {
		return
	}
	p.last[v] = id + 1
	p.push(v, day, id)
}

// intern returns the number of value val.
func (p *postings) intern(val string) uint32 { return p.dict.intern(val) }

// name returns value v: its number before the postings are sorted, its
// rank after. The bytes must not be modified.
func (p *postings) name(v uint32) []byte {
	if p.order != nil {
		v = p.order[v]
	}
	return p.dict.bytes(v)
}

func (p *postings) push(v uint32, day timeline.Day, id uint32) {
	if p.file != nil && len(p.list) == cap(p.list) && p.err == nil {
		p.list, p.err = p.file.grow(len(p.list), len(p.list)+1)
	}
	p.list = append(p.list, posting{v, day, id})
}

// release unmaps and closes the file of the postings, if any.
func (p *postings) release() error {
	if p.file == nil {
		return nil
	}
	p.list = nil
	err := p.file.close()
	p.file = nil
	return err
}

// sort orders the postings as their keys sort: by value, day, id. Values
// are ranked by name first. Load files events by day and id rank
// (dayOrder), so the postings of a dated index come by day and id, and a
// stable counting sort by value does it, one pass over the list into a
// scratch list and back; postings in another order (the source index,
// whose entries carry no day) take a comparison sort.
func (p *postings) sort() {
	order := make([]uint32, p.dict.len())
	for i := range order {
		order[i] = uint32(i)
	}
	// Values numbered apart: value v is posting v's, so equal names rank
	// by their posting's id, and the ranks order the postings too.
	apart := p.apart && len(p.list) == len(order)
	slices.SortFunc(order, func(a, b uint32) int {
		if c := bytes.Compare(p.dict.bytes(a), p.dict.bytes(b)); c != 0 || !apart {
			return c
		}
		return cmp.Compare(p.list[a].id, p.list[b].id)
	})
	p.order, p.last = order, nil
	p.dict.forget()
	if apart && p.permuteApart(order) {
		return
	}
	rank := make([]uint32, len(order))
	for r, v := range order {
		rank[v] = uint32(r)
	}
	if !apart && p.countByValue(rank) {
		return
	}
	for i := range p.list {
		p.list[i].val = rank[p.list[i].val]
	}
	slices.SortFunc(p.list, comparePostings)
}

// permuteApart puts postings whose values are numbered apart into the
// order of their values' ranks (order lists the values by rank),
// renumbering them: one pass into a scratch list, reading the list where
// order says and writing the scratch in order, and a copy back. It
// reports false, leaving the list as it was, when no scratch list can be
// had.
func (p *postings) permuteApart(order []uint32) bool {
	scratch, release, err := p.scratch(len(p.list))
	if err != nil {
		return false
	}
	defer release()
	for r, v := range order {
		e := p.list[v]
		e.val = uint32(r)
		scratch[r] = e
	}
	copy(p.list, scratch)
	return true
}

// comparePostings orders postings by value, day and id.
func comparePostings(a, b posting) int {
	if c := cmp.Compare(a.val, b.val); c != 0 {
		return c
	}
	if c := cmp.Compare(a.day, b.day); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// maxDaySpan bounds the days dayOrder's counting sort counts (16 MiB of
// counts); the dates tl stores span a few tens of thousands.
const maxDaySpan = 1 << 22

// dayRange is the range of the known days it was given, for dayOrder's
// counting sort.
type dayRange struct {
	lo, hi timeline.Day
	known  bool
}

func (r *dayRange) add(d timeline.Day) {
	switch {
	case d == keys.UnknownDay:
	case !r.known:
		r.lo, r.hi, r.known = d, d, true
	default:
		r.lo, r.hi = min(r.lo, d), max(r.hi, d)
	}
}

// slots numbers the days for a counting sort: UnknownDay 0, the known
// days 1..span-1 in order. It reports false when they span maxDaySpan
// days or more.
func (r *dayRange) slots() (span int, slot func(timeline.Day) int, ok bool) {
	if r.known && int64(r.hi)-int64(r.lo) >= maxDaySpan {
		return 0, nil, false
	}
	span = 1
	if r.known {
		span = int(r.hi-r.lo) + 2
	}
	lo := r.lo
	return span, func(d timeline.Day) int {
		if d == keys.UnknownDay {
			return 0
		}
		return int(d-lo) + 1
	}, true
}

// dayBefore reports whether posting a comes before b in day and id order.
func dayBefore(a, b *posting) bool { return a.day < b.day || a.day == b.day && a.id < b.id }

// countByValue sorts the list, in day and id order, by value with a
// stable counting sort, numbering the values by their rank: one pass
// copies the list into a scratch list, renumbered, and counts the values;
// a second scatters it back. (Scattering into a new list instead, which
// saves the copy, measured slower: its first writes land all over a new
// file, docs/performance.md.) It reports false, leaving the list as it
// was, when the list is not in day and id order or no scratch list can be
// had.
func (p *postings) countByValue(rank []uint32) bool {
	if len(rank) < 2 {
		// One value, numbered 0 either way: sorted if in day order.
		for i := 1; i < len(p.list); i++ {
			if dayBefore(&p.list[i], &p.list[i-1]) {
				return false
			}
		}
		return true
	}
	scratch, release, err := p.scratch(len(p.list))
	if err != nil {
		return false
	}
	defer release()
	start := make([]int, len(rank)+1)
	for i, e := range p.list {
		if i > 0 {
			if dayBefore(&e, &p.list[i-1]) {
				return false
			}
		}
		r := rank[e.val]
		scratch[i] = posting{r, e.day, e.id}
		start[r+1]++
	}
	for k := 1; k < len(start); k++ {
		start[k] += start[k-1]
	}
	for _, e := range scratch {
		p.list[start[e.val]] = e
		start[e.val]++
	}
	return true
}

// scratch returns a list of n postings to sort through, in a file beside
// the postings' own when they have one, and the function that frees it.
func (p *postings) scratch(n int) ([]posting, func(), error) {
	if p.file == nil {
		return make([]posting, n), func() {}, nil
	}
	f, err := openPostingFile(p.dir)
	if err != nil {
		return nil, nil, err
	}
	list, err := f.grow(0, n)
	if err != nil {
		f.close()
		return nil, nil, err
	}
	return list[:n], func() { f.close() }, nil
}

// monthCounters returns, as key-values sorted by key, how many of the
// sorted postings p holds of each value and month, under counterKey(dim,
// value, month).
func (p *postings) monthCounters(dim string) []kv {
	var out []kv
	for i := 0; i < len(p.list); {
		val, m := p.list[i].val, keys.MonthOf(p.list[i].day)
		j := i + 1
		for j < len(p.list) && p.list[j].val == val && (p.list[j].day == p.list[j-1].day || keys.MonthOf(p.list[j].day) == m) {
			j++
		}
		out = append(out, kv{counterKey(dim, string(p.name(val)), m), keys.AppendUint64(nil, uint64(j-i))})
		i = j
	}
	if !slices.IsSortedFunc(out, compareKV) {
		// Postings come by value and day; keys sort so too unless a
		// month's encoding does not.
		slices.SortFunc(out, compareKV)
	}
	return out
}

// compareKV orders key-values by key.
func compareKV(x, y kv) int { return bytes.Compare(x.key, y.key) }

// mergeKV merges sorted lists of key-values with distinct keys into one.
func mergeKV(lists ...[]kv) []kv {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]kv, 0, n)
	for {
		best := -1
		for i, l := range lists {
			if len(l) > 0 && (best < 0 || bytes.Compare(l[0].key, lists[best][0].key) < 0) {
				best = i
			}
		}
		if best < 0 {
			return out
		}
		out = append(out, lists[best][0])
		lists[best] = lists[best][1:]
	}
}

// streamBatch is how many bytes of key-values go to the StreamWriter at a
// time.
const streamBatch = 8 << 20

// loadWorkers is how many streams Load writes at once.
const loadWorkers = 2

// kvStream buffers the key-values of one StreamWriter stream. Its buffer
// is made by the first put and released by close, so that only the
// streams being written hold one.
type kvStream struct {
	sw  *badger.StreamWriter
	id  uint32
	buf *z.Buffer
	n   int
	kv  pb.KV // reused: one message a key-value would be millions of allocations
}

func newKVStream(sw *badger.StreamWriter, id uint32) *kvStream {
	return &kvStream{sw: sw, id: id}
}

func (s *kvStream) put(k, v []byte) error {
	if s.buf == nil {
		s.buf = z.NewBuffer(streamBatch+(1<<20), "tl.load")
	}
	s.kv.Key, s.kv.Value, s.kv.Version, s.kv.StreamId = k, v, 1, s.id
	badger.KVToBuffer(&s.kv, s.buf)
	s.n += len(k) + len(v) + 16
	if s.n >= streamBatch {
		return s.flush()
	}
	return nil
}

func (s *kvStream) flush() error {
	if s.n == 0 {
		return nil
	}
	err := s.sw.Write(s.buf)
	s.buf.Reset()
	s.n = 0
	return err
}

// close ends the stream: Badger finishes its last table and frees the
// stream's builder.
func (s *kvStream) close() error {
	if s.buf == nil {
		s.buf = z.NewBuffer(1<<10, "tl.load")
	}
	badger.KVToBuffer(&pb.KV{StreamId: s.id, StreamDone: true}, s.buf)
	s.n++
	err := s.flush()
	if rerr := s.buf.Release(); err == nil {
		err = rerr
	}
	return err
}

// write builds every key-value of the loaded database and streams it, in
// key order, into Badger, with the base key-values (metadata, entities,
// counters) the database held before. If streaming fails, the base is
// written back.
func (l *loader) write(base []kv) error {
	all, err := l.build(base)
	l.clock.done("counters")
	defer all.release()
	if err != nil {
		return err
	}
	if err := l.reopen(streamOptions(l.db.bo)); err != nil {
		return fmt.Errorf("load: before the stream: %w", err)
	}
	err = l.stream(all)
	l.clock.done("stream")
	if err != nil {
		if rerr := l.restore(base); rerr != nil {
			return fmt.Errorf("load: %w (and restoring the database failed: %v)", err, rerr)
		}
		if rerr := l.reopen(l.db.bo); rerr != nil {
			return fmt.Errorf("load: %w (and reopening the database failed: %v)", err, rerr)
		}
		return fmt.Errorf("load: %w", err)
	}
	if err := l.db.bdb.Update(func(txn *badger.Txn) error { return txn.Delete(loadingKey) }); err != nil {
		return err
	}
	// Reopen Badger: an Open verifies the last value log file entry by
	// entry, and right after the stream that is the file holding every
	// record (1.4 s at a million events); the reopen pays it here, once,
	// and leaves a fresh, empty log for the next Open to verify.
	if err := l.reopen(l.db.bo); err != nil {
		return fmt.Errorf("load: after the stream: %w", err)
	}
	l.clock.done("reopen")
	return l.db.detectPacked()
}

// streamOptions are the Badger options Load streams with: the database's
// own, without Bloom filters. Everything Load writes lands on the last
// level, where a filter never saves the lookup of a key that is there,
// and Badger checksums every table's index, filters included, when it
// opens the table: at 10M events the filters were 23 of the 44 MiB an
// open reads (docs/performance.md). Tables that later flushes and
// compactions write have filters again.
func streamOptions(bo badger.Options) badger.Options {
	return bo.WithBloomFalsePositive(0)
}

// scratchDir is where Load keeps its temporary files.
func (db *DB) scratchDir() string { return cmp.Or(db.opts.ScratchDir, db.dir) }

// reopen closes Badger and opens it again with bo. If that fails, it
// tries the database's own options, so that the DB keeps a handle.
func (l *loader) reopen(bo badger.Options) error {
	if err := l.db.bdb.Close(); err != nil {
		return fmt.Errorf("close: %w", err)
	}
	bdb, err := badger.Open(bo)
	if err != nil {
		if back, berr := badger.Open(l.db.bo); berr == nil {
			l.db.bdb = back
		}
		return fmt.Errorf("reopen: %w", err)
	}
	l.db.bdb = bdb
	return nil
}

// built is the loaded database, ready to stream: the events in id order,
// the postings of each index, and the small namespaces as key-values.
type built struct {
	ids     []int32 // live slots in id order
	ranks   []byte  // rankLen bytes per id rank (appendRank)
	indexes []*postings
	small   []kv // counters, entities, metadata: sorted
}

// rankLen is the size of what built.ranks holds of an event: its id's 8
// bytes (hexID), its summary, and whether the id has the hex form, in one
// 16-byte slot, so that the packed entry of an index posting costs one
// cache line to read, not three.
const rankLen = 8 + summaryLen + 1

// appendRank appends e's rankLen bytes to dst.
func appendRank(dst []byte, e *timeline.Event) []byte {
	h, ok := hexID(e.ID)
	dst = binary.BigEndian.AppendUint64(dst, h)
	dst = appendSummary(dst, e)
	if ok {
		return append(dst, 1)
	}
	return append(dst, 0)
}

// release frees the files of the postings.
func (b *built) release() {
	if b == nil {
		return
	}
	for _, p := range b.indexes {
		p.release()
	}
}

// build computes the index postings, counters and entity records of the
// live events.
func (l *loader) build(base []kv) (*built, error) {
	b := &built{}
	b.ids = l.merge.live(l.idOf)
	l.merge = nil

	ix := new(indexSet)
	for _, ns := range []keys.Namespace{keys.NSActor, keys.NSLong, keys.NSPlace, keys.NSSource, keys.NSType, keys.NSWord, keys.NSDate} {
		ix[ns] = newPostings(ns, l.db.scratchDir())
		b.indexes = append(b.indexes, ix[ns])
	}
	slices.SortFunc(b.indexes, func(x, y *postings) int { return cmp.Compare(x.ns, y.ns) })
	b.ranks = make([]byte, rankLen*len(b.ids))
	order := l.dayOrder(b.ids)
	// Two goroutines decode the events and split their sentences into
	// words (twice the CPU of filing them, at 10M), taking batches in turn,
	// ahead of this one, which files the entries in order.
	type prepared struct {
		s     *stored
		words []string
		rank  int32
	}
	const batchLen = 1024
	var ahead [2]chan []prepared
	for k := range ahead {
		ahead[k] = make(chan []prepared, 2)
		go func() {
			defer close(ahead[k])
			for start := k * batchLen; start < len(order); start += len(ahead) * batchLen {
				batch := make([]prepared, 0, batchLen)
				for _, r := range order[start:min(start+batchLen, len(order))] {
					s := l.event(b.ids[r])
					batch = append(batch, prepared{s, sentenceWords(nil, &s.ev), r})
				}
				ahead[k] <- batch
			}
		}()
	}
	l.clock.done("order")
	for k := 0; ; k = (k + 1) % len(ahead) {
		batch, ok := <-ahead[k]
		if !ok {
			break
		}
		for _, pr := range batch {
			l.file(b, ix, int(pr.rank), pr.s, pr.words)
		}
	}
	l.clock.done("postings")
	for _, p := range b.indexes {
		if p.err != nil {
			return b, p.err
		}
	}
	return b, l.finish(b, ix, base)
}

// dayOrder returns the id ranks of the live slots ids (in id order),
// ordered by the index day of their events (undated first) and then by
// rank. Filed in this order, the entries of every dated index come in the
// order of their keys but for the values, and one stable counting pass by
// value sorts them (postings.sort).
func (l *loader) dayOrder(ids []int32) []int32 {
	order := make([]int32, len(ids))
	if len(ids) == 0 {
		return order
	}
	days := make([]timeline.Day, len(ids))
	var rng dayRange
	for r, i := range ids {
		days[r] = keys.IndexDay(l.slots.at(i).date)
		rng.add(days[r])
	}
	if span, slot, ok := rng.slots(); ok {
		start := make([]int, span+1)
		for _, d := range days {
			start[slot(d)+1]++
		}
		for k := 1; k < len(start); k++ {
			start[k] += start[k-1]
		}
		for r, d := range days {
			k := slot(d)
			order[start[k]] = int32(r)
			start[k]++
		}
		return order
	}
	for r := range order {
		order[r] = int32(r)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := cmp.Compare(days[a], days[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return order
}

// file adds the index entries of s, the event of id rank r with the given
// words, to b. The counters and entity records follow from the entries
// (finish).
func (l *loader) file(b *built, ix *indexSet, r int, s *stored, words []string) {
	e := &s.ev
	id := uint32(r)
	day := keys.IndexDay(e.Date)
	appendRank(b.ranks[r*rankLen:r*rankLen:(r+1)*rankLen], e) // in place: exactly rankLen bytes
	ix[keys.NSDate].add("", day, id)
	for _, a := range s.actorKeys {
		ix[keys.NSActor].add(a, day, id)
		if isLong(e.Date) {
			ix[keys.NSLong].add(a, day, id)
		}
	}
	for _, p := range s.placeKeys {
		ix[keys.NSPlace].add(p, day, id)
	}
	ix[keys.NSType].add(typeValue(e.Type), day, id)
	for _, d := range e.Docs() {
		ix[keys.NSSource].add(d, 0, id)
	}
	for _, w := range words {
		ix[keys.NSWord].addDistinct(w, day, id)
	}
}

// finish sorts the postings of b and makes its small key-values: the
// counters, the entity records, the metadata. The rollup counters are the
// sizes of runs of sorted postings (counterKeys names the same values as
// the date, type, actor and place entries; TestLoadEqualsIngest holds
// Load to the counters IngestEvents writes), and the entities to record
// are the values of the actor and place entries, which include every
// actor and place of an event.
func (l *loader) finish(b *built, ix *indexSet, base []kv) error {
	// Each index is sorted, and its rollup counters counted, on a
	// goroutine of its own.
	dims := map[keys.Namespace]string{keys.NSDate: dimAll, keys.NSType: dimType, keys.NSActor: dimActor, keys.NSPlace: dimPlace}
	months := make([][]kv, len(b.indexes))
	var wg sync.WaitGroup
	for i, p := range b.indexes {
		wg.Go(func() {
			p.sort()
			if dim, ok := dims[p.ns]; ok {
				months[i] = p.monthCounters(dim)
			}
		})
	}
	wg.Wait()
	l.clock.done("sort")

	small := map[string][]byte{}
	for _, e := range base {
		small[string(e.key)] = e.val
	}
	// A month counter the database held already (none, in a database
	// without events) takes the loaded events' count added.
	add := func(e *kv, old []byte) error {
		x, _, err := keys.DecodeUint64(old)
		if err != nil {
			return fmt.Errorf("%w: counter %q", ErrCorrupt, e.key)
		}
		d, _, _ := keys.DecodeUint64(e.val)
		e.val = keys.AppendUint64(nil, x+d)
		return nil
	}
	for _, run := range months {
		for i := range run {
			if old, ok := small[string(run[i].key)]; ok {
				if err := add(&run[i], old); err != nil {
					return err
				}
				delete(small, string(run[i].key))
			}
		}
	}
	counters := map[string]int64{string(counterKey(dimTotals, "events", 0)): int64(len(b.ids))}
	var refs []string
	for _, p := range []*postings{ix[keys.NSActor], ix[keys.NSPlace]} {
		for v := range p.dict.len() {
			refs = append(refs, string(p.name(uint32(v))))
		}
	}
	slices.Sort(refs)
	for _, id := range slices.Compact(refs) {
		k := string(entityKey(id))
		if _, ok := small[k]; ok || l.db.gaz == nil {
			continue
		}
		ent, ok := l.db.gaz.Entity(id)
		if !ok {
			continue
		}
		v, err := json.Marshal(&ent)
		if err != nil {
			return err
		}
		small[k] = v
		counters[string(counterKey(dimTotals, "entities", 0))]++
	}
	for k, d := range counters {
		var v int64
		if old, ok := small[k]; ok {
			x, _, err := keys.DecodeUint64(old)
			if err != nil {
				return fmt.Errorf("%w: counter %q", ErrCorrupt, k)
			}
			v = int64(x)
		}
		small[k] = keys.AppendUint64(nil, uint64(v+d))
	}
	small[string(schemaKey)] = keys.AppendUint64(nil, SchemaVersion)
	small[string(loadingKey)] = []byte{1}
	rest := make([]kv, 0, len(small))
	for k, v := range small {
		rest = append(rest, kv{[]byte(k), v})
	}
	slices.SortFunc(rest, compareKV)
	b.small = mergeKV(append(months, rest)...)
	return nil
}

// stream writes the built database with a StreamWriter: each index, the
// event records and the small namespaces in streams of about equal cost,
// two at a time.
func (l *loader) stream(b *built) error {
	sw := l.db.bdb.NewStreamWriter()
	if err := sw.Prepare(); err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			sw.Cancel()
		}
	}()
	streamID := uint32(1)
	next := func() *kvStream { s := newKVStream(sw, streamID); streamID++; return s }

	// The streams of a StreamWriter must not overlap, and each must come
	// in key order: each part is a key range of one namespace. The event
	// records and the big indexes are cut into several parts, so that the
	// workers finish together (streamCuts).
	type part struct {
		cost  int64 // streamCost units
		s     *kvStream
		write func(*kvStream) error
	}
	var parts []part
	var total int64
	for _, p := range b.indexes {
		total += p.streamCost()
	}
	var recBytes int64
	for _, i := range b.ids {
		recBytes += int64(l.slots.at(i).rec.n)
	}
	total += recordsCost(len(b.ids), recBytes)
	target := total/streamCuts + 1
	for _, p := range b.indexes {
		for _, r := range p.cuts(target) {
			parts = append(parts, part{r.cost, next(), func(s *kvStream) error { return l.streamIndex(s, p, b, r.lo, r.hi) }})
		}
	}
	n := int(min(int64(len(b.ids)), (recordsCost(len(b.ids), recBytes)+target-1)/target))
	for c := range n {
		lo, hi := c*len(b.ids)/n, (c+1)*len(b.ids)/n
		parts = append(parts, part{recordsCost(hi-lo, recBytes*int64(hi-lo)/int64(len(b.ids))), next(), func(s *kvStream) error {
			var k, id []byte
			for _, i := range b.ids[lo:hi] {
				id = l.appendID(id[:0], i)
				k = keys.AppendString(keys.Prefix(k[:0], keys.NSEvent), id)
				if err := s.put(k, l.arena.get(l.slots.at(i).rec)); err != nil {
					return err
				}
			}
			return nil
		}})
	}
	byNS := map[keys.Namespace][]kv{}
	for _, e := range b.small {
		ns := keys.Namespace(e.key[0])
		byNS[ns] = append(byNS[ns], e)
	}
	for _, kvs := range byNS {
		parts = append(parts, part{int64(len(kvs)) * costKV, next(), func(s *kvStream) error {
			for _, e := range kvs {
				if err := s.put(e.key, e.val); err != nil {
					return err
				}
			}
			return nil
		}})
	}
	// Costliest first, loadWorkers at a time (longest processing time
	// first): encoding the key-values and building the tables of two
	// streams keep both cores busy, and the cheap parts fill in at the end.
	slices.SortStableFunc(parts, func(x, y part) int { return cmp.Compare(y.cost, x.cost) })
	work := make(chan part)
	errs := make(chan error, len(parts))
	var wg sync.WaitGroup
	for range loadWorkers {
		wg.Go(func() {
			for p := range work {
				err := p.write(p.s)
				if cerr := p.s.close(); err == nil {
					err = cerr
				}
				errs <- err
			}
		})
	}
	for _, p := range parts {
		work <- p
	}
	close(work)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	ok = true
	return nil
}

// Stream costs, in nanoseconds of one core as a 3M-event Load measured
// them (docs/performance.md): a key-value through the StreamWriter, a
// byte of value, a posting encoded into a packed list.
const (
	costKV      = 2000
	costByte    = 5
	costPosting = 170
)

// streamCuts is about how many parts of equal cost stream cuts the
// loaded database into (a part ends where a key range may, so some are
// bigger and a few more): enough for loadWorkers workers to end within a
// small part of each other.
const streamCuts = 8 * loadWorkers

// recordsCost is the stream cost of n event records of size bytes.
func recordsCost(n int, size int64) int64 { return int64(n)*costKV + size*costByte }

// streamCost estimates the cost of streaming p: a key-value an entry for
// the source index; for a dated one, its postings and its packed lists
// (one a value and one more every packMax postings, about).
func (p *postings) streamCost() int64 {
	if !p.dated {
		return int64(len(p.list)) * costKV
	}
	return int64(len(p.list))*costPosting + int64(p.dict.len()+len(p.list)/packMax)*costKV
}

// postingRange is the postings list[lo:hi] of an index and what streaming
// them costs.
type postingRange struct {
	lo, hi int
	cost   int64
}

// cuts divides the sorted postings of p into ranges that cost about target
// each (streamCost's measure), every one a key range of its own: the
// ranges of a dated index end where a value does, so that each packed
// list lies in one range and the lists are those an uncut stream makes.
// A value with more postings than a range holds stays whole.
func (p *postings) cuts(target int64) []postingRange {
	n := len(p.list)
	if n == 0 {
		return nil
	}
	cost := p.streamCost()
	k := int(max(1, min(int64(n), (cost+target-1)/target)))
	var out []postingRange
	lo := 0
	for c := 1; c <= k && lo < n; c++ {
		hi := c * n / k
		if c == k {
			hi = n
		}
		if hi <= lo {
			continue
		}
		if p.dated && hi < n {
			v := p.list[hi-1].val
			hi += sort.Search(n-hi, func(j int) bool { return p.list[hi+j].val != v })
		}
		out = append(out, postingRange{lo, hi, cost * int64(hi-lo) / int64(n)})
		lo = hi
	}
	return out
}

// streamIndex writes the entries list[lo:hi] of index p in key order: the
// dated indexes as packed lists of up to packMax entries of one value, the
// source index one key an entry.
func (l *loader) streamIndex(s *kvStream, p *postings, b *built, lo, hi int) error {
	var k, v, id []byte
	if !p.dated {
		for _, e := range p.list[lo:hi] {
			k = keys.Prefix(k[:0], p.ns)
			k = keys.AppendString(k, p.name(e.val))
			id = l.appendID(id[:0], b.ids[e.id])
			k = keys.AppendString(k, id)
			if err := s.put(k, nil); err != nil {
				return err
			}
		}
		return nil
	}
	var recs [packMax][rankLen]byte
	all := p.list[lo:hi]
	for i := 0; i < len(all); {
		val := all[i].val
		n := 1
		for n < packMax && i+n < len(all) && all[i+n].val == val {
			n++
		}
		list := all[i : i+n]
		i += n
		// The rank records of a list's entries lie anywhere in b.ranks:
		// gathered first, in a loop of independent loads that the
		// processor overlaps, rather than one cache miss at a time
		// between the encodings.
		for j, e := range list {
			recs[j] = [rankLen]byte(b.ranks[int(e.id)*rankLen:])
		}
		v = binary.AppendUvarint(v[:0], uint64(n))
		for j, e := range list {
			prev := e.day
			if j > 0 {
				prev = list[j-1].day
			}
			r := recs[j][:]
			id = id[:0]
			isHex := r[rankLen-1] == 1
			if !isHex {
				id = l.appendID(id, b.ids[e.id])
			}
			v = appendPackedEntry(v, j == 0, prev, e.day, id, binary.BigEndian.Uint64(r), isHex, r[8:8+summaryLen])
		}
		last := list[n-1]
		k = packedKey(indexedKey(p.ns, p.name(val), last.day, l.appendID(id[:0], b.ids[last.id])))
		if err := s.put(k, v); err != nil {
			return err
		}
	}
	return nil
}

// restore writes the database's original key-values back after a failed
// stream.
func (l *loader) restore(base []kv) error {
	sw := l.db.bdb.NewStreamWriter()
	if err := sw.Prepare(); err != nil {
		return err
	}
	s := newKVStream(sw, 1)
	slices.SortFunc(base, func(x, y kv) int { return bytes.Compare(x.key, y.key) })
	for _, e := range base {
		if err := s.put(e.key, e.val); err != nil {
			s.close()
			sw.Cancel()
			return err
		}
	}
	if err := s.close(); err != nil {
		sw.Cancel()
		return err
	}
	return sw.Flush()
}
