package engine

import (
	"bytes"
	"fmt"
	"sync/atomic"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// userEntityPrefix marks the entities a user added with PutEntity, as
// opposed to the records the engine copies from the gazetteer for the
// entities events refer to: meta key "user/<id>", empty value.
var userEntityPrefix = append(keys.Prefix(nil, keys.NSMeta), "user/"...)

func userEntityKey(id string) []byte {
	return append(bytes.Clone(userEntityPrefix), id...)
}

// applyUserEntities gives the database a private gazetteer (the embedded
// one plus the user's entities and aliases) when the user added entities
// and the caller did not choose a gazetteer or an extractor: so names added
// with PutEntity are found by the next ingest and by queries. It runs at
// Open and after PutEntity, under the writer lock or before the DB is
// shared.
func (db *DB) applyUserEntities() error {
	if db.opts.Gazetteer != nil || db.opts.Extractor != nil {
		return nil // the caller's own choice; their gazetteer is theirs to extend
	}
	var ents [][]byte
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: userEntityPrefix})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			id := string(it.Item().Key()[len(userEntityPrefix):])
			item, err := txn.Get(entityKey(id))
			if err != nil {
				return fmt.Errorf("user entity %s: %w", id, err)
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			ents = append(ents, v)
		}
		return nil
	})
	if err != nil || len(ents) == 0 {
		return err
	}
	g, err := gazetteer.Embedded()
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	for _, b := range ents {
		if err := g.Load(bytes.NewReader(append(b, '\n'))); err != nil {
			return fmt.Errorf("%w: user entity: %v", ErrCorrupt, err)
		}
	}
	live, ok := db.gaz.(*liveGazetteer)
	if !ok {
		return nil
	}
	live.swap(g, defaultExtractor(g))
	return nil
}

// liveGazetteer is the default gazetteer and extractor of a DB, swapped as
// a pair when the user adds entities: queries and ingests running meanwhile
// keep whichever pair they started with.
type liveGazetteer struct {
	cur atomic.Pointer[gazPair]
}

type gazPair struct {
	g   Gazetteer
	ext Extractor
}

func newLiveGazetteer(g Gazetteer, ext Extractor) *liveGazetteer {
	l := &liveGazetteer{}
	l.swap(g, ext)
	return l
}

func (l *liveGazetteer) swap(g Gazetteer, ext Extractor) { l.cur.Store(&gazPair{g, ext}) }

// Entity implements Gazetteer.
func (l *liveGazetteer) Entity(id string) (timeline.Entity, bool) { return l.cur.Load().g.Entity(id) }

// Resolve implements Gazetteer.
func (l *liveGazetteer) Resolve(name string) ([]timeline.Entity, error) {
	return l.cur.Load().g.Resolve(name)
}

// Extract implements Extractor with the current pair's extractor.
func (l *liveGazetteer) Extract(a *timeline.Article) ([]timeline.Event, error) {
	return l.cur.Load().ext.Extract(a)
}
