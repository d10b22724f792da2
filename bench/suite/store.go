package suite

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"

	"github.com/tl-project/tl/bench/gen"
	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// Store is one database under test.
type Store interface {
	// Ingest stores a batch of events.
	Ingest(ctx context.Context, evs []timeline.Event) error
	// Run answers a query, reading every row in full (events are
	// materialised, as a caller would use them).
	Run(ctx context.Context, q Query) (*Result, error)
	// Close releases the store; a store on disk is complete afterwards.
	Close() error
}

// TL is the tl engine as a Store.
type TL struct {
	DB *engine.DB
}

// noExtractor refuses articles: the benchmark ingests structured events
// only, and the Arabic pipeline need not be built.
var noExtractor = engine.ExtractorFunc(func(*timeline.Article) ([]timeline.Event, error) {
	return nil, fmt.Errorf("%w: the benchmark store takes no articles", ErrPhase)
})

// OpenTL opens (creating if needed) a tl database in dir over world w,
// with the batch size, cache size and mode of o. With $TLBENCH_LOG set to
// "debug" the database logs to stderr at debug level: a Load's phase
// times among others.
func OpenTL(dir string, w *gen.World, o engine.Options) (*TL, error) {
	o.Gazetteer, o.Extractor = w, noExtractor
	if o.Logger == nil && os.Getenv("TLBENCH_LOG") == "debug" {
		o.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	db, err := engine.Open(dir, &o)
	if err != nil {
		return nil, err
	}
	return &TL{DB: db}, nil
}

// Ingest implements Store.
func (s *TL) Ingest(ctx context.Context, evs []timeline.Event) error {
	_, err := s.DB.IngestEvents(ctx, evs)
	return err
}

// Run implements Store.
func (s *TL) Run(ctx context.Context, q Query) (*Result, error) {
	src, params := q.TL()
	rows, err := s.DB.Query(ctx, src, params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", q, err)
	}
	defer rows.Close()
	res := &Result{}
	if q.Kind.IsCount() {
		res.Counts = map[string]int64{}
	}
	for rows.Next() {
		if !q.Kind.IsCount() {
			res.IDs = append(res.IDs, rows.Event().ID)
			continue
		}
		row := rows.Row()
		if len(row) != 2 {
			return nil, fmt.Errorf("%w: %s: row %q", ErrResult, q, row)
		}
		n, err := strconv.ParseInt(row[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: row %q", ErrResult, q, row)
		}
		if n != 0 {
			res.Counts[row[0]] = n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", q, err)
	}
	return res, rows.Close()
}

// Close implements Store.
func (s *TL) Close() error { return s.DB.Close() }
