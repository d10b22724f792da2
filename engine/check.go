package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// CheckOptions control Check.
type CheckOptions struct {
	// Repair makes Check fix what it finds: index entries without their
	// event are deleted, missing entries written, counters recomputed.
	Repair bool
	// MaxProblems bounds the problems listed in the report (all are
	// counted); zero means 100.
	MaxProblems int
}

// Problem is one inconsistency Check found.
type Problem struct {
	// Kind is "orphan-index" (an index entry whose event is missing or
	// does not produce it), "missing-index" (an event's entry is absent),
	// "stale-index" (an entry whose summary disagrees with its event),
	// "counter" (a rollup counter that disagrees with the events) or
	// "corrupt" (a record that does not decode).
	Kind string
	// Key describes the key concerned, readably: "actor RUS 2021-06-16 ev-…".
	Key string
	// Detail says what is wrong.
	Detail string
}

// String returns "kind key: detail".
func (p Problem) String() string { return p.Kind + " " + p.Key + ": " + p.Detail }

// CheckReport is the result of Check.
type CheckReport struct {
	// Events, Articles, Entities and IndexEntries count what was checked.
	Events, Articles, Entities, IndexEntries int
	// Counters is the number of rollup counters checked.
	Counters int
	// Found is the number of problems found; Problems lists the first
	// ones.
	Found    int
	Problems []Problem
	// Repaired is the number of keys written or deleted by a repair.
	Repaired int
}

// OK reports whether no problem was found.
func (r *CheckReport) OK() bool { return r.Found == 0 }

// Check verifies every index entry against the event records and every
// event against its index entries, the rollup counters against the events
// and the article records against the events. It reports what it finds and
// changes nothing unless opts.Repair is set. It reads a snapshot, so it may
// run beside queries; a repair holds the writer lock.
func (db *DB) Check(ctx context.Context, opts CheckOptions) (CheckReport, error) {
	var rep CheckReport
	if opts.Repair {
		if err := db.acquireWrite(); err != nil {
			return rep, err
		}
		defer db.releaseWrite()
	} else {
		if err := db.acquire(); err != nil {
			return rep, err
		}
		defer db.release()
	}
	maxP := opts.MaxProblems
	if maxP <= 0 {
		maxP = 100
	}
	var puts []kv
	var dels [][]byte
	packed := db.packed.Load()
	// drop removes an index entry: with a tombstone where a packed list
	// may hold it.
	drop := func(k []byte) {
		if packed && packedIndex(keys.Namespace(k[0])) {
			puts = append(puts, kv{k, nil})
		} else {
			dels = append(dels, k)
		}
	}
	problem := func(kind string, key []byte, format string, args ...any) {
		rep.Found++
		if len(rep.Problems) < maxP {
			rep.Problems = append(rep.Problems, Problem{Kind: kind, Key: describeKey(key), Detail: fmt.Sprintf(format, args...)})
		}
	}
	err := db.bdb.View(func(txn *badger.Txn) error {
		x := &exec{ctx: ctx, txn: txn, packed: packed}
		counters := map[string]int64{}
		// Forward iterators for lookupEntry: single entries, packed lists.
		singles := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
		defer singles.Close()
		var lists *badger.Iterator
		if packed {
			lists = txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: keys.Prefix(nil, keys.NSPacked)})
			defer lists.Close()
		}
		// Events → index entries.
		err := iteratePrefix(x, keys.Prefix(nil, keys.NSEvent), func(k, v []byte) error {
			rep.Events++
			s, err := decodeEvent(v)
			if err != nil {
				problem("corrupt", k, "%v", err)
				return nil
			}
			for _, e := range indexEntries(s) {
				got, found, err := lookupEntry(txn, singles, lists, e.key)
				if err != nil {
					return err
				}
				if !found {
					problem("missing-index", e.key, "event %s has no such entry", s.ev.ID)
					puts = append(puts, e)
					continue
				}
				if !bytes.Equal(got, e.val) {
					problem("stale-index", e.key, "summary disagrees with event %s", s.ev.ID)
					puts = append(puts, e)
				}
			}
			for _, c := range counterKeys(s) {
				counters[string(c)]++
			}
			counters[string(counterKey(dimTotals, "events", 0))]++
			return nil
		})
		if err != nil {
			return err
		}
		// Index entries → events. A bounded cache keeps the decoded events
		// and their index keys, since an event has entries in every index.
		cache := map[string]map[string]bool{}
		for _, ns := range []keys.Namespace{keys.NSDate, keys.NSActor, keys.NSPlace, keys.NSType, keys.NSWord, keys.NSLong, keys.NSSource} {
			err := forEachEntry(x, ns, func(k []byte) error {
				rep.IndexEntries++
				id, err := indexEntryID(k)
				if err != nil {
					problem("corrupt", k, "%v", err)
					drop(bytes.Clone(k))
					return nil
				}
				want, ok := cache[id]
				if !ok {
					s, err := getEvent(txn, id)
					if err != nil && !isNotFound(err) {
						return err
					}
					want = map[string]bool{}
					if err == nil {
						for _, e := range indexEntries(s) {
							want[string(e.key)] = true
						}
					}
					if len(cache) >= 10000 {
						clear(cache)
					}
					cache[id] = want
				}
				switch {
				case len(want) == 0:
					problem("orphan-index", k, "event %s does not exist", id)
					drop(bytes.Clone(k))
				case !want[string(k)]:
					problem("orphan-index", k, "event %s does not produce this entry", id)
					drop(bytes.Clone(k))
				}
				return nil
			}, func(pk []byte) {
				problem("corrupt", pk, "packed list does not decode")
				dels = append(dels, pk)
			})
			if err != nil {
				return err
			}
		}
		// Articles → events.
		err = iteratePrefix(x, keys.Prefix(nil, keys.NSArticle), func(k, v []byte) error {
			rep.Articles++
			counters[string(counterKey(dimTotals, "articles", 0))]++
			var rec articleRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				problem("corrupt", k, "%v", err)
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = iteratePrefix(x, keys.Prefix(nil, keys.NSEntity), func(k, v []byte) error {
			rep.Entities++
			counters[string(counterKey(dimTotals, "entities", 0))]++
			return nil
		})
		if err != nil {
			return err
		}
		// Counters.
		err = iteratePrefix(x, keys.Prefix(nil, keys.NSCounter), func(k, v []byte) error {
			rep.Counters++
			n, _, err := keys.DecodeUint64(v)
			if err != nil {
				problem("corrupt", k, "%v", err)
				n = 0
			}
			want := counters[string(k)]
			delete(counters, string(k))
			if int64(n) != want {
				problem("counter", k, "is %d, the events give %d", n, want)
				if want == 0 {
					dels = append(dels, bytes.Clone(k))
				} else {
					puts = append(puts, kv{bytes.Clone(k), keys.AppendUint64(nil, uint64(want))})
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		for k, want := range counters {
			problem("counter", []byte(k), "is missing, the events give %d", want)
			puts = append(puts, kv{[]byte(k), keys.AppendUint64(nil, uint64(want))})
		}
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("check: %w", err)
	}
	if !opts.Repair || (len(puts) == 0 && len(dels) == 0) {
		return rep, nil
	}
	wb := db.bdb.NewWriteBatch()
	defer wb.Cancel()
	for _, k := range dels {
		if err := wb.Delete(k); err != nil {
			return rep, fmt.Errorf("repair: %w", err)
		}
		rep.Repaired++
	}
	for _, e := range puts {
		if err := wb.Set(e.key, e.val); err != nil {
			return rep, fmt.Errorf("repair: %w", err)
		}
		rep.Repaired++
	}
	if err := wb.Flush(); err != nil {
		return rep, fmt.Errorf("repair: %w", err)
	}
	return rep, nil
}

// forEachEntry calls fn with the key of every entry of index ns, single
// or packed (not tombstones), in key order, and bad with the key of each
// packed list that does not decode.
func forEachEntry(x *exec, ns keys.Namespace, fn func(k []byte) error, bad func(pk []byte)) error {
	prefix := keys.Prefix(nil, ns)
	if !packedIndex(ns) {
		return iteratePrefix(x, prefix, func(k, _ []byte) error { return fn(k) })
	}
	it := openIndexIter(x.txn, prefix, false, x.packed)
	it.skipCorrupt = true
	defer it.Close()
	for it.Seek(prefix); it.Valid(); it.Next() {
		if err := x.ctx.Err(); err != nil {
			return err
		}
		if err := fn(it.Key()); err != nil {
			return err
		}
	}
	for _, pk := range it.corrupt {
		bad(pk)
	}
	return it.Err()
}

// lookupEntry returns the value of index entry k as the index's readers
// see it: a dated index's entry through an indexIter over the forward
// iterators singles and lists (nil for a database without packed lists),
// passing over lists that do not decode; a source index entry by its key.
func lookupEntry(txn *badger.Txn, singles, lists *badger.Iterator, k []byte) ([]byte, bool, error) {
	ns := keys.Namespace(k[0])
	if !packedIndex(ns) {
		item, err := txn.Get(k)
		if err == badger.ErrKeyNotFound {
			return nil, false, nil
		}
		if err != nil {
			return nil, false, err
		}
		v, err := item.ValueCopy(nil)
		return v, err == nil, err
	}
	n := 1 // the date index has no value
	if ns != keys.NSDate {
		m, err := keys.SkipString(k[1:])
		if err != nil {
			return nil, false, nil
		}
		n += m
	}
	it := wrapIndexIter(singles, lists, k[:n])
	it.skipCorrupt = true
	it.Seek(k)
	if it.Valid() && bytes.Equal(it.Key(), k) {
		return bytes.Clone(it.Value()), true, nil
	}
	return nil, false, it.Err()
}

// indexEntryID returns the event id at the end of an index key.
func indexEntryID(k []byte) (string, error) {
	ns := keys.Namespace(k[0])
	b := k[1:]
	if ns != keys.NSDate {
		n, err := keys.SkipString(b)
		if err != nil {
			return "", err
		}
		b = b[n:]
	}
	if ns != keys.NSSource {
		if len(b) < 4 {
			return "", keys.ErrCorrupt
		}
		b = b[4:]
	}
	id, n, err := keys.DecodeString(b)
	if err == nil && n != len(b) {
		err = keys.ErrCorrupt
	}
	return id, err
}

// describeKey renders a key readably: its namespace and decoded fields.
func describeKey(k []byte) string {
	if len(k) == 0 {
		return "(empty key)"
	}
	ns := keys.Namespace(k[0])
	if ns == keys.NSPacked && len(k) > 1 {
		return "packed " + describeKey(k[1:])
	}
	parts := []string{ns.String()}
	b := k[1:]
	next := func(kind byte) bool {
		switch kind {
		case 's':
			s, n, err := keys.DecodeString(b)
			if err != nil {
				return false
			}
			parts = append(parts, fmt.Sprintf("%q", s))
			b = b[n:]
		case 'd':
			d, n, err := keys.DecodeDay(b)
			if err != nil {
				return false
			}
			if d == keys.UnknownDay {
				parts = append(parts, "unknown-date")
			} else {
				parts = append(parts, timeline.Day(d).String())
			}
			b = b[n:]
		case 'm':
			m, n, err := keys.DecodeMonth(b)
			if err != nil {
				return false
			}
			parts = append(parts, m.String())
			b = b[n:]
		}
		return true
	}
	var shape string
	switch ns {
	case keys.NSDate:
		shape = "ds"
	case keys.NSActor, keys.NSPlace, keys.NSType, keys.NSWord, keys.NSLong:
		shape = "sds"
	case keys.NSSource:
		shape = "ss"
	case keys.NSCounter:
		shape = "ssm"
	case keys.NSEvent, keys.NSArticle, keys.NSEntity:
		shape = "s"
	}
	for i := 0; i < len(shape); i++ {
		if !next(shape[i]) {
			break
		}
	}
	if len(b) > 0 {
		parts = append(parts, fmt.Sprintf("%x", b))
	}
	return strings.Join(parts, " ")
}
