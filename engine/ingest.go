package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// IngestStats reports what an ingest did.
type IngestStats struct {
	// Articles is the number of articles stored.
	Articles int
	// Duplicates is the number of articles skipped because an article with
	// the same content hash was already stored.
	Duplicates int
	// Events is the number of events the input yielded.
	Events int
	// Created is the number of events stored as new.
	Created int
	// Merged is the number of events merged into an existing event that
	// they changed (a new source, a more precise date, a new status).
	Merged int
	// Unchanged is the number of events already stored exactly as given.
	Unchanged int
	// Invalid is the number of extracted events IngestArticle skipped
	// because they cannot be stored (no actors, no known type).
	Invalid int
}

// Add adds o's counts to s.
func (s *IngestStats) Add(o IngestStats) {
	s.Articles += o.Articles
	s.Duplicates += o.Duplicates
	s.Events += o.Events
	s.Created += o.Created
	s.Merged += o.Merged
	s.Unchanged += o.Unchanged
	s.Invalid += o.Invalid
}

// maxArticleBytes bounds the text of one article, so that an article and
// its events always fit one transaction.
const maxArticleBytes = 4 << 20

// IngestArticle extracts the events of a and stores them, with their index
// entries and the article record, in one transaction: after a crash the
// article is either wholly present or absent. An article whose content hash
// (timeline.Article.Hash) is already stored is skipped and counted in
// IngestStats.Duplicates. Events merge into existing events that describe
// the same fact (see docs/storage.md, "Merging").
func (db *DB) IngestArticle(ctx context.Context, a *timeline.Article) (IngestStats, error) {
	var st IngestStats
	if a == nil {
		return st, fmt.Errorf("%w: nil article", ErrInvalidArticle)
	}
	switch {
	case !utf8.ValidString(a.Text):
		return st, fmt.Errorf("%w: %s: text is not valid UTF-8", ErrInvalidArticle, a.ID)
	case len(bytes.TrimSpace([]byte(a.Text))) == 0:
		return st, fmt.Errorf("%w: %s: empty text", ErrInvalidArticle, a.ID)
	case len(a.Text) > maxArticleBytes:
		return st, fmt.Errorf("%w: %s: %d bytes is more than the %d an article may have", ErrInvalidArticle, a.ID, len(a.Text), maxArticleBytes)
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	if err := db.acquireWrite(); err != nil {
		return st, err
	}
	defer db.releaseWrite()

	hash := a.Hash()
	akey := articleKey(hash)
	exists := false
	if err := db.bdb.View(func(txn *badger.Txn) error {
		_, err := txn.Get(akey)
		exists = err == nil
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		return err
	}); err != nil {
		return st, fmt.Errorf("ingest %s: %w", a.ID, err)
	}
	if exists {
		st.Duplicates = 1
		return st, nil
	}
	events, err := db.ext.Extract(a)
	if err != nil {
		return st, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	for i := range events {
		fillSource(&events[i], a)
	}

	w := db.newWriter()
	defer w.discard()
	rec := articleRecord{ID: a.ID, Published: a.Published, Title: a.Title, Bytes: len(a.Text), Ingested: w.now.UnixNano()}
	for i := range events {
		if err := ctx.Err(); err != nil {
			return IngestStats{}, err
		}
		if validateEvent(&events[i]) != nil {
			st.Invalid++
			continue
		}
		if _, err := w.putEvent(events[i], &st); err != nil {
			return IngestStats{}, articleError(a, err)
		}
	}
	b, err := json.Marshal(&rec)
	if err != nil {
		return IngestStats{}, fmt.Errorf("ingest %s: %w", a.ID, err)
	}
	if err := w.set(akey, b); err != nil {
		return IngestStats{}, articleError(a, err)
	}
	w.count(counterKey(dimTotals, "articles", 0), 1)
	if err := w.commit(); err != nil {
		return IngestStats{}, articleError(a, err)
	}
	st.Articles = 1
	return st, nil
}

// articleError wraps an error of storing article a; a transaction too big
// for Badger makes the article invalid (it is refused whole).
func articleError(a *timeline.Article, err error) error {
	if errors.Is(err, badger.ErrTxnTooBig) {
		return fmt.Errorf("%w: %s: its events are too many for one transaction", ErrInvalidArticle, a.ID)
	}
	return fmt.Errorf("ingest %s: %w", a.ID, err)
}

// fillSource gives every source of ev the article's id and publication day
// when the extractor left them out.
func fillSource(ev *timeline.Event, a *timeline.Article) {
	for i := range ev.Sources {
		if ev.Sources[i].Doc == "" {
			ev.Sources[i].Doc = a.ID
		}
		if ev.Sources[i].Published == 0 {
			ev.Sources[i].Published = a.Published
		}
	}
	if len(ev.Sources) == 0 {
		ev.Sources = []timeline.Source{{Doc: a.ID, Published: a.Published, Confidence: ev.Confidence}}
	}
}

// IngestEvents stores pre-structured events (a JSONL import, a synthetic
// corpus), merging them like extracted ones. Events are committed in
// batches of Options.BatchSize; each event is stored whole, with all its
// index entries, in one batch. On error, the batches committed before it
// stay.
func (db *DB) IngestEvents(ctx context.Context, events []timeline.Event) (IngestStats, error) {
	if err := db.acquireWrite(); err != nil {
		return IngestStats{}, err
	}
	defer db.releaseWrite()
	return db.ingestBatches(ctx, events)
}

// ingestBatches is IngestEvents without the writer lock, which the caller
// holds. The batches committed before an error stay.
func (db *DB) ingestBatches(ctx context.Context, events []timeline.Event) (IngestStats, error) {
	var total IngestStats
	for i := range events {
		if err := validateEvent(&events[i]); err != nil {
			return total, fmt.Errorf("event %d: %w", i, err)
		}
	}
	n := db.opts.batchSize()
	for start := 0; start < len(events); start += n {
		st, err := db.ingestBatch(ctx, events[start:min(start+n, len(events))])
		total.Add(st)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// ingestBatch commits events in as few transactions as Badger allows: when
// a transaction grows too big at event i, it is discarded, the events
// before i are committed on their own, and the rest goes on in a new one.
// No event is ever half-written.
func (db *DB) ingestBatch(ctx context.Context, events []timeline.Event) (IngestStats, error) {
	var total IngestStats
	for len(events) > 0 {
		fit, st, err := db.tryBatch(ctx, events)
		switch {
		case err == nil:
			total.Add(st)
			return total, nil
		case !errors.Is(err, badger.ErrTxnTooBig) || fit == 0:
			return total, err
		}
		st, err = db.ingestBatch(ctx, events[:fit])
		total.Add(st)
		if err != nil {
			return total, err
		}
		events = events[fit:]
	}
	return total, nil
}

// tryBatch stores events in one transaction. When the transaction is too
// big it returns badger.ErrTxnTooBig and how many leading events fit.
func (db *DB) tryBatch(ctx context.Context, events []timeline.Event) (int, IngestStats, error) {
	var st IngestStats
	w := db.newWriter()
	defer w.discard()
	for i := range events {
		if err := ctx.Err(); err != nil {
			return 0, IngestStats{}, err
		}
		if _, err := w.putEvent(events[i], &st); err != nil {
			return i, IngestStats{}, err
		}
	}
	if err := w.commit(); err != nil {
		if errors.Is(err, badger.ErrTxnTooBig) {
			return len(events) / 2, IngestStats{}, err
		}
		return 0, IngestStats{}, fmt.Errorf("commit events: %w", err)
	}
	return len(events), st, nil
}

func validateEvent(e *timeline.Event) error {
	if e.Type == timeline.TypeUnknown || int(e.Type) > len(timeline.Types) {
		return fmt.Errorf("%w: event %s has no known type", ErrBadInput, e.ID)
	}
	if len(e.Actors) == 0 {
		return fmt.Errorf("%w: event %s has no actors", ErrBadInput, e.ID)
	}
	if !e.Date.IsZero() && e.Date.End < e.Date.Start {
		return fmt.Errorf("%w: event %s ends before it starts", ErrBadInput, e.ID)
	}
	return nil
}

// recentEvent is an event written in the current batch, with the date it
// was written with.
type recentEvent struct {
	id   string
	date timeline.Date
}

// writer is one write transaction with the counter deltas and entity
// records it has yet to write.
type writer struct {
	db       *DB
	txn      *badger.Txn
	snap     *badger.Txn      // read-only: the database as of the batch's start
	it, pit  *badger.Iterator // over snap: single entries, packed lists
	packed   bool             // the database holds packed lists
	now      time.Time
	counters map[string]int64
	entities map[string]timeline.Entity // looked up in this transaction
	ensured  map[string]bool            // entity records known to be stored
	// recent lists the ids written in this batch by type and actor key,
	// and touched the ids changed in it, for the merge search.
	recent  map[string][]recentEvent
	touched map[string]bool
}

func (db *DB) newWriter() *writer {
	return &writer{
		db: db, txn: db.bdb.NewTransaction(true), snap: db.bdb.NewTransaction(false), now: db.opts.now().UTC(), packed: db.packed.Load(),
		recent: map[string][]recentEvent{}, touched: map[string]bool{},
		counters: map[string]int64{}, entities: map[string]timeline.Entity{}, ensured: map[string]bool{},
	}
}

func (w *writer) discard() {
	for _, it := range []*badger.Iterator{w.it, w.pit} {
		if it != nil {
			it.Close()
		}
	}
	w.it, w.pit = nil, nil
	w.txn.Discard()
	w.snap.Discard()
}

// snapIndex returns an iterator over the entries of index prefix in the
// writer's snapshot. It reuses the writer's Badger iterators: one at a
// time.
func (w *writer) snapIndex(prefix []byte) *indexIter {
	if w.it == nil {
		w.it = w.snap.NewIterator(badger.IteratorOptions{PrefetchValues: false})
	}
	if w.packed && w.pit == nil {
		w.pit = w.snap.NewIterator(badger.IteratorOptions{PrefetchValues: false})
	}
	return wrapIndexIter(w.it, w.pit, prefix)
}

// deleteEntry removes index entry k: with a tombstone when the database
// holds packed lists, which may hold it.
func (w *writer) deleteEntry(k []byte) error {
	if w.packed && packedIndex(keys.Namespace(k[0])) {
		return w.txn.Set(k, nil)
	}
	return w.txn.Delete(k)
}

func (w *writer) set(k, v []byte) error { return w.txn.Set(k, v) }

func (w *writer) count(key []byte, delta int64) { w.counters[string(key)] += delta }

// commit writes the counter deltas and commits.
func (w *writer) commit() error {
	ks := make([]string, 0, len(w.counters))
	for k, d := range w.counters {
		if d != 0 {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	for _, k := range ks {
		v, err := readCounter(w.txn, []byte(k))
		if err != nil {
			return err
		}
		v += w.counters[k]
		if v <= 0 {
			err = w.txn.Delete([]byte(k))
		} else {
			err = w.txn.Set([]byte(k), keys.AppendUint64(nil, uint64(v)))
		}
		if err != nil {
			return err
		}
	}
	return w.txn.Commit()
}

func readCounter(txn *badger.Txn, k []byte) (int64, error) {
	item, err := txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var v uint64
	err = item.Value(func(b []byte) error {
		var err error
		v, _, err = keys.DecodeUint64(b)
		return err
	})
	return int64(v), err
}

// lookup returns an entity record: the database's, else the gazetteer's.
func (w *writer) lookup(id string) (timeline.Entity, bool) {
	if e, ok := w.entities[id]; ok {
		return e, e.ID != ""
	}
	e, ok, err := getEntity(w.txn, id)
	if err != nil || !ok {
		ok = false
		if w.db.gaz != nil {
			e, ok = w.db.gaz.Entity(id)
		}
	}
	if !ok {
		e = timeline.Entity{}
	}
	w.entities[id] = e
	return e, ok
}

// ensureEntity stores the gazetteer's record of id in the database if the
// database has none, so that the database describes every entity its
// events reference.
func (w *writer) ensureEntity(id string) error {
	if w.ensured[id] {
		return nil
	}
	w.ensured[id] = true
	if _, ok, err := getEntity(w.txn, id); err != nil || ok {
		return err
	}
	if w.db.gaz == nil {
		return nil
	}
	e, ok := w.db.gaz.Entity(id)
	if !ok {
		return nil
	}
	b, err := json.Marshal(&e)
	if err != nil {
		return err
	}
	w.count(counterKey(dimTotals, "entities", 0), 1)
	return w.txn.Set(entityKey(id), b)
}

// prepare normalises ev and computes its index values.
func (w *writer) prepare(ev timeline.Event) *stored {
	ev.Actors = slices.Clone(ev.Actors)
	ev.Places = slices.Clone(ev.Places)
	ev.Sources = slices.Clone(ev.Sources)
	ev.Normalize()
	s := &stored{ev: ev}
	s.actorKeys = expandActors(&s.ev, w.lookup)
	s.placeKeys = expandPlaces(&s.ev, w.lookup)
	return s
}

// putEvent stores ev, merging it into an existing event that describes the
// same fact. It returns the id the event is stored under.
func (w *writer) putEvent(ev timeline.Event, st *IngestStats) (string, error) {
	if err := validateEvent(&ev); err != nil {
		return "", err
	}
	st.Events++
	in := w.prepare(ev)
	if in.ev.Ingested.IsZero() {
		in.ev.Ingested = w.now
	}
	old, err := w.findMatch(in)
	if err != nil {
		return "", err
	}
	if old == nil {
		in.ev.Confidence = eventConfidence(&in.ev)
		if err := w.write(nil, in); err != nil {
			return "", err
		}
		st.Created++
		return in.ev.ID, nil
	}
	merged, changed := w.merge(old, in)
	if !changed {
		st.Unchanged++
		return old.ev.ID, nil
	}
	if err := w.write(old, merged); err != nil {
		return "", err
	}
	st.Merged++
	return merged.ev.ID, nil
}

// write replaces old (nil for a new event) by s: the record, the index
// entries that changed, the counters and the entity records.
func (w *writer) write(old, s *stored) error {
	b, err := encodeEvent(s)
	if err != nil {
		return fmt.Errorf("encode event %s: %w", s.ev.ID, err)
	}
	if old != nil && old.ev.ID != s.ev.ID {
		// The merged event takes the id of an earlier report.
		if err := w.txn.Delete(eventKey(old.ev.ID)); err != nil {
			return err
		}
	}
	if err := w.txn.Set(eventKey(s.ev.ID), b); err != nil {
		return err
	}
	newEntries := indexEntries(s)
	if old != nil {
		keep := make(map[string]bool, len(newEntries))
		for _, e := range newEntries {
			keep[string(e.key)] = true
		}
		for _, e := range indexEntries(old) {
			if !keep[string(e.key)] {
				if err := w.deleteEntry(e.key); err != nil {
					return err
				}
			}
		}
		for _, k := range counterKeys(old) {
			w.count(k, -1)
		}
	} else {
		w.count(counterKey(dimTotals, "events", 0), 1)
	}
	for _, e := range newEntries {
		if err := w.txn.Set(e.key, e.val); err != nil {
			return err
		}
	}
	w.touched[s.ev.ID] = true
	if old != nil {
		w.touched[old.ev.ID] = true
	}
	r := recentEvent{s.ev.ID, s.ev.Date}
	for _, a := range s.actorKeys {
		k := recentKey(s.ev.Type, a)
		w.recent[k] = append(w.recent[k], r)
	}
	k := recentKey(s.ev.Type, typeValue(s.ev.Type))
	w.recent[k] = append(w.recent[k], r)
	for _, k := range counterKeys(s) {
		w.count(k, 1)
	}
	for _, ids := range [][]string{s.ev.Actors, s.ev.Places, s.actorKeys, s.placeKeys} {
		for _, id := range ids {
			if err := w.ensureEntity(id); err != nil {
				return err
			}
		}
	}
	return nil
}
