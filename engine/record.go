package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// stored is an event with its index values, as the engine handles it.
type stored struct {
	ev        timeline.Event
	actorKeys []string
	placeKeys []string
}

// articleRecord is the stored form of an ingested article (namespace 'a'),
// keyed by its content hash. Its presence is the commit marker of the
// article: it is written in the same transaction as the article's events.
type articleRecord struct {
	ID        string       `json:"id"`
	Published timeline.Day `json:"p,omitempty"`
	Title     string       `json:"t,omitempty"`
	Bytes     int          `json:"n"`
	Ingested  int64        `json:"in"`
}

// ArticleInfo describes a stored article.
type ArticleInfo struct {
	// Hash is the article's content hash (timeline.Article.Hash).
	Hash string
	// ID is the article's id, usually its file name.
	ID string
	// Published is the publication day; zero when unknown.
	Published timeline.Day
	// Title is the headline, if any.
	Title string
	// Bytes is the length of the article text.
	Bytes int
	// Events are the ids of the events the article contributed to (from
	// the source index).
	Events []string
	// Ingested is when the article was stored.
	Ingested time.Time
}

func eventKey(id string) []byte {
	return keys.AppendString(keys.Prefix(nil, keys.NSEvent), id)
}

func articleKey(hash string) []byte {
	return keys.AppendString(keys.Prefix(nil, keys.NSArticle), hash)
}

func entityKey(id string) []byte {
	return keys.AppendString(keys.Prefix(nil, keys.NSEntity), id)
}

func getEvent(txn *badger.Txn, id string) (*stored, error) {
	item, err := txn.Get(eventKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get event %s: %w", id, err)
	}
	var s *stored
	err = item.Value(func(v []byte) error {
		s, err = decodeEvent(v)
		return err
	})
	return s, err
}

func getEntity(txn *badger.Txn, id string) (timeline.Entity, bool, error) {
	item, err := txn.Get(entityKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return timeline.Entity{}, false, nil
	}
	if err != nil {
		return timeline.Entity{}, false, fmt.Errorf("get entity %s: %w", id, err)
	}
	var e timeline.Entity
	err = item.Value(func(v []byte) error { return json.Unmarshal(v, &e) })
	if err != nil {
		return timeline.Entity{}, false, fmt.Errorf("%w: entity %s: %v", ErrCorrupt, id, err)
	}
	return e, true, nil
}

// summary is the value of every dated index entry: enough of the event to
// apply date, type and status filters without reading the event record.
type summary struct {
	End       timeline.Day
	Precision timeline.Precision
	Type      timeline.Type
	Status    timeline.Status
}

const summaryLen = 7

func appendSummary(dst []byte, e *timeline.Event) []byte {
	dst = keys.AppendDay(dst, e.Date.End)
	return append(dst, byte(e.Date.Precision), byte(e.Type), byte(e.Status))
}

func decodeSummary(b []byte) (summary, error) {
	if len(b) < summaryLen {
		return summary{}, fmt.Errorf("%w: index value of %d bytes", ErrCorrupt, len(b))
	}
	end, _, _ := keys.DecodeDay(b)
	return summary{End: end, Precision: timeline.Precision(b[4]), Type: timeline.Type(b[5]), Status: timeline.Status(b[6])}, nil
}
