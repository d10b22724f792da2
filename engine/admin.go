package engine

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// Stats summarises the contents of a database.
type Stats struct {
	// Articles, Events and Entities count the stored records.
	Articles, Events, Entities int64
	// First and Last are the earliest start and the latest end among the
	// dated events; zero when there are none.
	First, Last timeline.Day
	// Undated is the number of events with an unknown date.
	Undated int64
	// SchemaVersion is the version of the key layout.
	SchemaVersion int
	// LSMBytes and VlogBytes are the sizes of Badger's files on disk.
	LSMBytes, VlogBytes int64
}

// Stats returns the counts of articles, events and entities and the span of
// the dated events, from the rollup counters and the date index (it reads
// a few keys, not the events).
func (db *DB) Stats() (Stats, error) {
	st := Stats{SchemaVersion: SchemaVersion}
	if err := db.acquire(); err != nil {
		return st, err
	}
	defer db.release()
	err := db.bdb.View(func(txn *badger.Txn) error {
		var err error
		for _, c := range []struct {
			name string
			dst  *int64
		}{{"articles", &st.Articles}, {"events", &st.Events}, {"entities", &st.Entities}} {
			if *c.dst, err = readCounter(txn, counterKey(dimTotals, c.name, 0)); err != nil {
				return err
			}
		}
		if st.Undated, err = readCounter(txn, counterKey(dimAll, "", keys.UnknownMonth)); err != nil {
			return err
		}
		x := &exec{ctx: context.Background(), txn: txn, packed: db.packed.Load()}
		first := newIndexScan(keys.NSDate, "", keys.MinDay, keys.MaxDay, true)
		if err := first.open(x); err != nil {
			return err
		}
		defer first.close()
		r, err := first.next()
		if err != nil || r == nil {
			return err
		}
		st.First = r.day
		// The latest end: scan back from the latest start; an earlier
		// event may end later, so look back as far as events span.
		rx := &exec{ctx: context.Background(), txn: txn, reverse: true, packed: db.packed.Load()}
		last := newIndexScan(keys.NSDate, "", keys.MinDay, keys.MaxDay, true)
		if err := last.open(rx); err != nil {
			return err
		}
		defer last.close()
		var latestStart timeline.Day
		for i := 0; ; i++ {
			r, err := last.next()
			if err != nil || r == nil {
				return err
			}
			if i == 0 {
				latestStart = r.day
			}
			if r.sum.End > st.Last {
				st.Last = r.sum.End
			}
			if r.day < latestStart-longSpan {
				return nil
			}
		}
	})
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.LSMBytes, st.VlogBytes = db.bdb.Size()
	return st, nil
}

// Event returns the stored event with the given id, or an error wrapping
// ErrNotFound.
func (db *DB) Event(id string) (*timeline.Event, error) {
	var e *timeline.Event
	err := db.View(func(tx *Tx) error {
		var err error
		e, err = tx.Event(id)
		return err
	})
	return e, err
}

// Article returns the record of the article with the given content hash
// (timeline.Article.Hash).
func (db *DB) Article(hash string) (*ArticleInfo, error) {
	if err := db.acquire(); err != nil {
		return nil, err
	}
	defer db.release()
	var rec articleRecord
	var events []string
	err := db.bdb.View(func(txn *badger.Txn) error {
		item, err := txn.Get(articleKey(hash))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("article %s: %w", hash, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if err := item.Value(func(v []byte) error { return json.Unmarshal(v, &rec) }); err != nil {
			return fmt.Errorf("%w: article %s: %v", ErrCorrupt, hash, err)
		}
		x := &exec{ctx: context.Background(), txn: txn, packed: db.packed.Load()}
		prefix := keys.AppendString(keys.Prefix(nil, keys.NSSource), rec.ID)
		return iteratePrefix(x, prefix, func(k, _ []byte) error {
			id, _, err := keys.DecodeString(k[len(prefix):])
			events = append(events, id)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return &ArticleInfo{Hash: hash, ID: rec.ID, Published: rec.Published, Title: rec.Title, Bytes: rec.Bytes,
		Events: events, Ingested: time.Unix(0, rec.Ingested).UTC()}, nil
}

// PutEntity stores a user entity (or replaces the stored record of one), so
// that queries resolve its names and the extractor finds its names and
// aliases in articles ingested from now on (when the DB uses the default
// gazetteer and extractor). Events already stored keep their index entries:
// ingest new events after adding the entities they need.
func (db *DB) PutEntity(ctx context.Context, e timeline.Entity) error {
	if e.ID == "" {
		return fmt.Errorf("%w: entity without id", ErrBadInput)
	}
	if err := db.acquireWrite(); err != nil {
		return err
	}
	defer db.releaseWrite()
	b, err := json.Marshal(&e)
	if err != nil {
		return fmt.Errorf("put entity %s: %w", e.ID, err)
	}
	w := db.newWriter()
	defer w.discard()
	_, found, err := getEntity(w.txn, e.ID)
	if err != nil {
		return err
	}
	if !found {
		w.count(counterKey(dimTotals, "entities", 0), 1)
	}
	if err := w.set(entityKey(e.ID), b); err != nil {
		return fmt.Errorf("put entity %s: %w", e.ID, err)
	}
	if err := w.set(userEntityKey(e.ID), nil); err != nil {
		return fmt.Errorf("put entity %s: %w", e.ID, err)
	}
	if err := w.commit(); err != nil {
		return err
	}
	// The next ingest and every query from now on know the new names.
	return db.applyUserEntities()
}

// Entities returns the entity records stored in the database.
func (db *DB) Entities(ctx context.Context) ([]timeline.Entity, error) {
	if err := db.acquire(); err != nil {
		return nil, err
	}
	defer db.release()
	var out []timeline.Entity
	err := db.bdb.View(func(txn *badger.Txn) error {
		x := &exec{ctx: ctx, txn: txn, packed: db.packed.Load()}
		return iteratePrefix(x, keys.Prefix(nil, keys.NSEntity), func(k, v []byte) error {
			var e timeline.Entity
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("%w: entity: %v", ErrCorrupt, err)
			}
			out = append(out, e)
			return nil
		})
	})
	return out, err
}

// ForEach calls fn for every event in date order (undated events first),
// on one snapshot. It stops at the first error fn returns.
func (db *DB) ForEach(ctx context.Context, fn func(*timeline.Event) error) error {
	return db.View(func(tx *Tx) error { return tx.ForEach(ctx, fn) })
}

// ExportEvent is the JSON shape of one line of Export: every field of an
// event, with entity ids, readable dates (Date and End are the first and
// last day, Precision says how much of them the sources gave), and the
// publication day of each source. Import reads it back.
type ExportEvent struct {
	ID            string         `json:"id"`
	Type          string         `json:"type"`
	Date          string         `json:"date,omitempty"`
	End           string         `json:"end,omitempty"`
	Precision     string         `json:"precision"`
	Status        string         `json:"status"`
	Actors        []string       `json:"actors"`
	Places        []string       `json:"places,omitempty"`
	Sources       []ExportSource `json:"sources"`
	Confidence    float64        `json:"confidence"`
	FirstReported string         `json:"first_reported,omitempty"`
	Ingested      *time.Time     `json:"ingested,omitempty"`
}

// ExportSource is a source inside ExportEvent.
type ExportSource struct {
	Doc        string  `json:"doc"`
	Published  string  `json:"published,omitempty"`
	Sentence   string  `json:"sentence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
}

// NewExportEvent returns the export form of e.
func NewExportEvent(e *timeline.Event) ExportEvent {
	out := ExportEvent{ID: e.ID, Type: e.Type.String(), Precision: e.Date.Precision.String(), Status: e.Status.String(),
		Actors: e.Actors, Places: e.Places, Confidence: e.Confidence}
	if !e.Date.IsZero() {
		out.Date, out.End = e.Date.Start.String(), e.Date.End.String()
	}
	if e.FirstReported != 0 {
		out.FirstReported = e.FirstReported.String()
	}
	if !e.Ingested.IsZero() {
		t := e.Ingested
		out.Ingested = &t
	}
	for _, s := range e.Sources {
		es := ExportSource{Doc: s.Doc, Sentence: s.Sentence, Start: s.Start, End: s.End, Confidence: s.Confidence}
		if s.Published != 0 {
			es.Published = s.Published.String()
		}
		out.Sources = append(out.Sources, es)
	}
	return out
}

// Event converts the export form back to an event.
func (x *ExportEvent) Event() (timeline.Event, error) {
	var e timeline.Event
	var err error
	if e.Type, err = timeline.ParseType(x.Type); err != nil {
		return e, err
	}
	if x.Status != "" { // absent means occurred
		if e.Status, err = timeline.ParseStatus(x.Status); err != nil {
			return e, err
		}
	}
	if x.Date != "" {
		s, err := timeline.ParseDate(x.Date)
		if err != nil {
			return e, err
		}
		// A hand-written line may leave precision out: "2021-10" says
		// month, "2021-10-11" day.
		p := s.Precision
		if x.Precision != "" {
			if p, err = timeline.ParsePrecision(x.Precision); err != nil {
				return e, err
			}
		}
		end := s
		if x.End != "" {
			if end, err = timeline.ParseDate(x.End); err != nil {
				return e, err
			}
		}
		e.Date = timeline.Date{Start: s.Start, End: end.End, Precision: p}
	}
	e.ID, e.Actors, e.Places, e.Confidence = x.ID, x.Actors, x.Places, x.Confidence
	if x.FirstReported != "" {
		d, err := timeline.ParseDate(x.FirstReported)
		if err != nil {
			return e, err
		}
		e.FirstReported = d.Start
	}
	if x.Ingested != nil {
		e.Ingested = x.Ingested.UTC()
	}
	for _, s := range x.Sources {
		src := timeline.Source{Doc: s.Doc, Sentence: s.Sentence, Start: s.Start, End: s.End, Confidence: s.Confidence}
		if s.Published != "" {
			d, err := timeline.ParseDate(s.Published)
			if err != nil {
				return e, err
			}
			src.Published = d.Start
		}
		e.Sources = append(e.Sources, src)
	}
	return e, nil
}

// Export writes every event as a line of JSON (ExportEvent), in date
// order. Import reads the stream back.
func (db *DB) Export(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := db.ForEach(ctx, func(e *timeline.Event) error {
		x := NewExportEvent(e)
		return enc.Encode(&x)
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return bw.Flush()
}

// Import reads a stream written by Export (or any JSONL of ExportEvent).
// Into a database that holds no events or articles it bulk-loads the
// stream with Load: all or nothing, a malformed line leaves the database
// as it was. Otherwise it ingests the events with IngestEvents, batch by
// batch: a malformed line stops the import with an error naming the line,
// and the batches before it stay.
func (db *DB) Import(ctx context.Context, r io.Reader) (IngestStats, error) {
	st, err := db.Load(ctx, readExport(r))
	if !errors.Is(err, ErrNotEmpty) {
		return st, err
	}
	var total IngestStats
	var batch []timeline.Event
	flush := func() error {
		st, err := db.IngestEvents(ctx, batch)
		total.Add(st)
		batch = batch[:0]
		return err
	}
	for e, err := range readExport(r) {
		if err != nil {
			return total, err
		}
		batch = append(batch, e)
		if len(batch) == db.opts.batchSize() {
			if err := flush(); err != nil {
				return total, err
			}
		}
	}
	return total, flush()
}

// readExport yields the events of a JSONL stream of ExportEvent, or an
// error naming the line that cannot be read.
func readExport(r io.Reader) iter.Seq2[timeline.Event, error] {
	return func(yield func(timeline.Event, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
		line := 0
		for sc.Scan() {
			line++
			b := sc.Bytes()
			if len(b) == 0 {
				continue
			}
			var x ExportEvent
			if err := json.Unmarshal(b, &x); err != nil {
				yield(timeline.Event{}, fmt.Errorf("%w: line %d: %v", ErrBadInput, line, err))
				return
			}
			e, err := x.Event()
			if err != nil {
				yield(timeline.Event{}, fmt.Errorf("%w: line %d: %v", ErrBadInput, line, err))
				return
			}
			if !yield(e, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(timeline.Event{}, fmt.Errorf("import: line %d: %w", line+1, err))
		}
	}
}

// Backup writes a full backup of the database in Badger's backup stream
// format to w. It runs on a snapshot, beside queries and ingests.
func (db *DB) Backup(w io.Writer) error {
	if err := db.acquire(); err != nil {
		return err
	}
	defer db.release()
	if _, err := db.bdb.Backup(w, 0); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// Restore loads a stream written by Backup into this database, which must
// be empty (newly created). The restored schema version is checked like on
// Open.
func (db *DB) Restore(r io.Reader) error {
	if err := db.acquireWrite(); err != nil {
		return err
	}
	defer db.releaseWrite()
	nonEmpty := false
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if string(it.Item().Key()) != string(schemaKey) {
				nonEmpty = true
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if nonEmpty {
		return fmt.Errorf("%w: restore needs an empty database", ErrBadInput)
	}
	if err := db.bdb.Load(r, 16); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return db.checkSchema()
}
