package engine

import (
	"log/slog"
	"time"

	"github.com/tl-project/tl/timeline"
)

// Options configure Open. A nil *Options, and the zero value of every
// field, mean the default.
type Options struct {
	// InMemory keeps the whole database in memory; the dir argument of Open
	// is ignored and nothing is written to disk. For tests and embedders.
	InMemory bool

	// ReadOnly opens an existing database for reading only. Several
	// read-only handles may share a directory; writes return ErrReadOnly.
	ReadOnly bool

	// Extractor turns an article into events for IngestArticle. Nil means
	// the Arabic pipeline of package extract, over Gazetteer when it is a
	// *gazetteer.Gazetteer, else over the embedded gazetteer.
	Extractor Extractor

	// Gazetteer supplies entity records (names, kinds, the country a
	// person acts for) and resolves names in queries. Nil means the
	// embedded default gazetteer.
	Gazetteer Gazetteer

	// Logger receives Badger's warnings and errors and the engine's own
	// notices. Nil means silence.
	Logger *slog.Logger

	// Now returns the current time, stamped on newly ingested events and
	// used for relative dates in queries ("last 30 days"). Nil means
	// time.Now.
	Now func() time.Time

	// BatchSize is how many events IngestEvents commits per transaction.
	// Zero means 1000.
	BatchSize int

	// CacheSize is the bytes of decompressed table blocks the database
	// keeps in memory (Badger's block cache). Zero means DefaultCacheSize,
	// or ReadOnlyCacheSize for a read-only handle. The cache serves the merge search of every ingested event and the
	// index scans of queries; a smaller one bounds memory (tl ingest runs
	// with 32 MiB: docs/reliability.md) at some cost in speed.
	CacheSize int64

	// ScratchDir is the folder where Load keeps its temporary files: the
	// encoded events and, on Linux, their index entries, about 1 KB an
	// event, unlinked as they are made and gone when Load returns. Empty
	// means the database's own directory. On a tmpfs such as /dev/shm they
	// stay out of the disk's write-back: a 10M-event Load took 238 s
	// instead of 260–266 (docs/performance.md). But a tmpfs holds them in
	// memory the kernel cannot reclaim without swap (about 13 GiB at 10M events),
	// and a full one fails the Load: point it there only when the memory
	// allows.
	ScratchDir string
}

// DefaultCacheSize is the block cache of a database opened without
// Options.CacheSize: a 256 MiB cache ingests 100k synthetic events 17%
// faster than 64 MiB (docs/performance.md).
const DefaultCacheSize = 256 << 20

// ReadOnlyCacheSize is the block cache of a read-only handle opened
// without Options.CacheSize. Queries alone gain nothing from a bigger one:
// over 10M benchmark events, 200 queries of each kind ran as fast with
// 64 MiB as with 256 MiB (the blocks they read are spread over 15 GiB),
// in 184 MiB of anonymous memory instead of 563 (docs/performance.md).
const ReadOnlyCacheSize = 64 << 20

// Extractor turns one article into events. Each returned event should be
// normalised (timeline.Event.Normalize) and carry sources that point into
// the article; IngestArticle fills in what is missing.
type Extractor interface {
	Extract(a *timeline.Article) ([]timeline.Event, error)
}

// ExtractorFunc adapts a function to the Extractor interface.
type ExtractorFunc func(a *timeline.Article) ([]timeline.Event, error)

// Extract calls f(a).
func (f ExtractorFunc) Extract(a *timeline.Article) ([]timeline.Event, error) { return f(a) }

// Gazetteer is what the engine needs from a gazetteer: entity records by
// id, and name resolution for queries. *gazetteer.Gazetteer satisfies it.
// The engine calls its methods from several goroutines at once (queries
// beside ingests; Load prepares events on one goroutine and merges them on
// another), so an implementation must be safe for concurrent use.
type Gazetteer interface {
	// Entity returns the entity with the given id.
	Entity(id string) (timeline.Entity, bool)
	// Resolve returns the entities a name (English, Arabic or id) denotes,
	// or an error (with suggestions) when it denotes none.
	Resolve(name string) ([]timeline.Entity, error)
}

func (o *Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

func (o *Options) cacheSize() int64 {
	switch {
	case o.CacheSize > 0:
		return o.CacheSize
	case o.ReadOnly:
		return ReadOnlyCacheSize
	}
	return DefaultCacheSize
}

func (o *Options) batchSize() int {
	if o.BatchSize > 0 {
		return o.BatchSize
	}
	return 1000
}
