package engine

import (
	"context"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// Tx is a read-only view of the database at one instant: everything read
// through it is consistent, whatever ingests run meanwhile. A Tx is valid
// only inside the function given to DB.View and must not be used by
// several goroutines at once.
type Tx struct {
	db  *DB
	txn *badger.Txn
}

// View calls fn with a read-only Tx on a snapshot of the database, and
// returns fn's error. Rows opened with Tx.Query must be closed before fn
// returns.
func (db *DB) View(fn func(tx *Tx) error) error {
	if err := db.acquire(); err != nil {
		return err
	}
	defer db.release()
	txn := db.bdb.NewTransaction(false)
	defer txn.Discard()
	return fn(&Tx{db: db, txn: txn})
}

// Event returns the event with the given id, or an error wrapping
// ErrNotFound.
func (tx *Tx) Event(id string) (*timeline.Event, error) {
	s, err := getEvent(tx.txn, id)
	if err != nil {
		return nil, err
	}
	return &s.ev, nil
}

// Entity returns the entity with the given id: the database's record,
// else the gazetteer's, else an error wrapping ErrNotFound.
func (tx *Tx) Entity(id string) (timeline.Entity, error) {
	e, ok, err := getEntity(tx.txn, id)
	if err != nil {
		return timeline.Entity{}, err
	}
	if ok {
		return e, nil
	}
	if tx.db.gaz != nil {
		if e, ok := tx.db.gaz.Entity(id); ok {
			return e, nil
		}
	}
	return timeline.Entity{}, fmt.Errorf("entity %q: %w", id, ErrNotFound)
}

// Query runs src on the Tx's snapshot. The Rows must be closed before the
// function given to View returns.
func (tx *Tx) Query(ctx context.Context, src string, params map[string]string) (*Rows, error) {
	q, err := tx.db.Prepare(src, params)
	if err != nil {
		return nil, err
	}
	if q.Explain() {
		return nil, fmt.Errorf("%w: explain inside a Tx; use DB.Explain", ErrBadInput)
	}
	return tx.db.runOn(ctx, q, tx.txn, false)
}

// ForEach calls fn for every event in date order (undated events first).
// It stops at the first error fn returns, and returns it.
func (tx *Tx) ForEach(ctx context.Context, fn func(*timeline.Event) error) error {
	x := &exec{ctx: ctx, txn: tx.txn, packed: tx.db.packed.Load()}
	scan := newIndexScan(keys.NSDate, "", keys.MinDay, keys.MaxDay, false)
	if err := scan.open(x); err != nil {
		return err
	}
	defer scan.close()
	for {
		r, err := scan.next()
		if err != nil || r == nil {
			return err
		}
		s, err := getEvent(tx.txn, r.id)
		if errors.Is(err, ErrNotFound) {
			continue // an orphaned index entry: Check reports it
		}
		if err != nil {
			return err
		}
		if err := fn(&s.ev); err != nil {
			return err
		}
	}
}
