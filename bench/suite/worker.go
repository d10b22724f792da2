package suite

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"syscall"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/bench/gen"
	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// The phases a Worker runs.
const (
	// PhaseIngest loads the corpus into a new store.
	PhaseIngest = "ingest"
	// PhaseRaw writes the key-values of a tl database into a new Badger
	// database with a WriteBatch: the ceiling of tl's ingest.
	PhaseRaw = "raw"
	// PhaseQuery opens a loaded store cold and runs the workload.
	PhaseQuery = "query"
)

// The stores a Job names.
const (
	StoreTL     = "tl"
	StoreSQLite = "sqlite"
)

// Job is one phase of the benchmark for one store, run by Worker in a
// process of its own.
type Job struct {
	Phase  string `json:"phase"`
	Store  string `json:"store"`
	Events int    `json:"events"`
	Seed   uint64 `json:"seed"`
	// Dir is the store's directory.
	Dir string `json:"dir"`
	// Workload is the workload file: written by the tl ingest phase, read
	// by the query phases.
	Workload string `json:"workload"`
	// Queries is the number of queries of each kind to draw and run;
	// Budget bounds the time spent on one kind (at least minSamples run).
	Queries int           `json:"queries"`
	Budget  time.Duration `json:"budget"`
	// Batch is the number of events per Ingest call.
	Batch int `json:"batch"`
	// TLBatch is engine.Options.BatchSize: events per tl transaction (0
	// for the engine's default).
	TLBatch int `json:"tl_batch,omitempty"`
	// TLCache is engine.Options.CacheSize, Badger's block cache in bytes
	// (0 for the engine's default).
	TLCache int64 `json:"tl_cache,omitempty"`
	// Incremental makes the ingest phases store batch by batch into
	// indexed stores: tl with IngestEvents instead of one Load of the
	// whole corpus, SQLite with rows into indexed tables instead of a bulk
	// load (SQLiteOptions.Bulk).
	Incremental bool `json:"incremental,omitempty"`
	// FTS gives SQLite a full-text index of the sentences.
	FTS bool `json:"fts"`
	// SQLiteDriver is SQLiteOptions.Driver.
	SQLiteDriver string `json:"sqlite_driver,omitempty"`
	// RawEvents bounds the raw phase: over larger corpora it writes a
	// uniform random sample of the key-values, RawEvents/Events of them,
	// and reports the rate of that share of the events (0: everything).
	RawEvents int `json:"raw_events,omitempty"`
	// Profile, when set, is the path prefix of CPU and allocation profiles
	// of the phase ("<prefix>.cpu.pprof", "<prefix>.alloc.pprof").
	Profile string `json:"profile,omitempty"`
}

// Latency summarises the runs of one query kind.
type Latency struct {
	N    int     `json:"n"`
	P50  float64 `json:"p50_ms"`
	P99  float64 `json:"p99_ms"`
	Mean float64 `json:"mean_ms"`
	// Rows is the mean number of rows (events or months) per query.
	Rows float64 `json:"rows"`
}

// PhaseResult is what a Worker measured.
type PhaseResult struct {
	Job Job `json:"job"`
	// Seconds is the ingest time (ingest calls and the final close, for
	// SQLite also ANALYZE), or the raw write time; generating the corpus
	// is not counted (a goroutine generates it ahead, and waits for it
	// are left out).
	Seconds float64 `json:"seconds,omitempty"`
	Events  int     `json:"events,omitempty"`
	// KVs and Bytes are what the raw phase wrote (keys plus values);
	// Sample is the share of the database's key-values it wrote (1 for
	// all of them; see Job.RawEvents).
	KVs    int64   `json:"kvs,omitempty"`
	Bytes  int64   `json:"bytes,omitempty"`
	Sample float64 `json:"sample,omitempty"`
	// OpenMs is the cold open: opening the store in a fresh process and
	// answering a first `events limit 10`.
	OpenMs  float64            `json:"open_ms,omitempty"`
	Queries map[string]Latency `json:"queries,omitempty"`
	// MaxRSSKB is the process's peak resident set (getrusage), mapped
	// file pages included.
	MaxRSSKB int64 `json:"max_rss_kb"`
	// MaxAnonKB is the peak of its anonymous resident memory (RssAnon,
	// sampled every 100 ms): the heap, without the pages of mapped files.
	MaxAnonKB int64 `json:"max_anon_kb"`
	// Wall is the whole phase's duration in seconds.
	Wall float64 `json:"wall"`
}

// minSamples is the least number of runs of each query kind.
const minSamples = 5

// Worker runs one Job in this process.
func Worker(ctx context.Context, job Job) (*PhaseResult, error) {
	start := time.Now()
	anon := startAnonSampler()
	if job.Profile != "" {
		f, err := os.Create(job.Profile + ".cpu.pprof")
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
	}
	var res *PhaseResult
	var err error
	switch job.Phase {
	case PhaseIngest:
		res, err = ingest(ctx, job)
	case PhaseRaw:
		res, err = rawWrite(job)
	case PhaseQuery:
		res, err = queries(ctx, job)
	default:
		err = fmt.Errorf("%w: %q", ErrPhase, job.Phase)
	}
	if job.Profile != "" {
		pprof.StopCPUProfile()
		if f, ferr := os.Create(job.Profile + ".alloc.pprof"); ferr == nil {
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
	}
	if err != nil {
		anon.Stop()
		return nil, err
	}
	res.Job = job
	res.Wall = time.Since(start).Seconds()
	res.MaxRSSKB = maxRSSKB()
	res.MaxAnonKB = anon.Stop()
	return res, nil
}

func openStore(job Job, w *gen.World) (Store, error) {
	switch job.Store {
	case StoreTL:
		// A query phase is a query-only process: it opens the database
		// read-only, as several such processes may share it.
		return OpenTL(job.Dir, w, engine.Options{BatchSize: job.TLBatch, CacheSize: job.TLCache, ReadOnly: job.Phase == PhaseQuery})
	case StoreSQLite:
		if err := os.MkdirAll(job.Dir, 0o755); err != nil {
			return nil, err
		}
		return OpenSQLite(job.Dir, w, SQLiteOptions{FTS: job.FTS, Bulk: !job.Incremental, Driver: job.SQLiteDriver})
	}
	return nil, fmt.Errorf("%w: store %q", ErrPhase, job.Store)
}

func ingest(ctx context.Context, job Job) (*PhaseResult, error) {
	g, err := gen.New(gen.Config{Events: job.Events, Seed: job.Seed})
	if err != nil {
		return nil, err
	}
	s, err := openStore(job, g.World())
	if err != nil {
		return nil, err
	}
	var obs *Observer
	if job.Workload != "" {
		obs = NewObserver(g.World(), job.Seed)
	}
	src := prefetch(g, job.Batch, obs)
	defer src.stop()
	var busy time.Duration
	n := 0
	if t, ok := s.(*TL); ok && !job.Incremental {
		// The bulk path: one Load of the whole corpus, pulled from the
		// generator batch by batch; the time spent waiting for the
		// generator is not counted.
		events := func(yield func(timeline.Event, error) bool) {
			for {
				b := src.next()
				if b == nil {
					return
				}
				for _, e := range b {
					if !yield(e, nil) {
						return
					}
				}
				n += len(b)
			}
		}
		t0 := time.Now()
		if _, err := t.DB.Load(ctx, events); err != nil {
			s.Close()
			return nil, err
		}
		busy = time.Since(t0) - src.waited
	}
	for b := src.next(); b != nil; b = src.next() {
		t := time.Now()
		if err := s.Ingest(ctx, b); err != nil {
			s.Close()
			return nil, err
		}
		busy += time.Since(t)
		n += len(b)
	}
	t := time.Now()
	if sq, ok := s.(*SQLite); ok {
		if err := sq.Finish(ctx); err != nil {
			s.Close()
			return nil, err
		}
	}
	if err := s.Close(); err != nil {
		return nil, err
	}
	busy += time.Since(t)
	if obs != nil {
		if err := obs.Workload(job.Queries, job.Seed).Save(job.Workload); err != nil {
			return nil, err
		}
	}
	return &PhaseResult{Seconds: busy.Seconds(), Events: n}, nil
}

// batches hands out the corpus batch by batch from a goroutine that
// generates (and observes) it up to prefetchBatches ahead. The stores
// ingest on one core (SQLite) or mostly one (tl's merge), and the other
// generates meanwhile: the 10M run spent 1.5 minutes waiting for the
// generator when it ran in line. waited is the time next spent blocked,
// which the ingest time leaves out, as it left out the generator's time.
type batches struct {
	ch     chan []timeline.Event
	done   chan struct{}
	waited time.Duration
}

// prefetchBatches bounds the batches generated ahead (5,000 events,
// about 5 MB, each).
const prefetchBatches = 4

func prefetch(g *gen.Generator, size int, obs *Observer) *batches {
	b := &batches{ch: make(chan []timeline.Event, prefetchBatches), done: make(chan struct{})}
	go func() {
		defer close(b.ch)
		for {
			evs := g.Next(size)
			if evs == nil {
				return
			}
			if obs != nil {
				obs.Observe(evs)
			}
			select {
			case b.ch <- evs:
			case <-b.done:
				return
			}
		}
	}()
	return b
}

// next returns the next batch, or nil at the end of the corpus.
func (b *batches) next() []timeline.Event {
	t := time.Now()
	evs := <-b.ch
	b.waited += time.Since(t)
	return evs
}

// stop ends the generating goroutine, if it is still running. It is
// called once.
func (b *batches) stop() { close(b.done) }

// BadgerOptions are the Badger options of the raw-write ceiling: those
// engine.Open uses for a database on disk (see engine/db.go), so that the
// ceiling is the same Badger tl runs on.
func BadgerOptions(dir string) badger.Options {
	o := badger.DefaultOptions(dir).
		WithLogger(nil).
		WithNumVersionsToKeep(1).
		WithDetectConflicts(false).
		WithMetricsEnabled(false).
		WithNumMemtables(2).WithMemTableSize(16 << 20).
		WithBaseTableSize(8 << 20).WithNumCompactors(2).
		WithBlockCacheSize(256 << 20).
		WithValueThreshold(256).WithValueLogFileSize(256 << 20)
	o.TableSizeMultiplier = 1
	return o
}

// rawChunk is how many bytes of key-values the raw phase reads, shuffles
// and writes at a time.
const rawChunk = 128 << 20

// rawWrite copies every key-value of the tl database in job.Dir into a new
// Badger database with one WriteBatch, timing only the writes. Each chunk
// is shuffled first: tl writes keys in event order, not key order, and a
// sorted stream would flatter Badger.
func rawWrite(job Job) (*PhaseResult, error) {
	src, err := badger.Open(BadgerOptions(job.Dir).WithReadOnly(true))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", job.Dir, err)
	}
	defer src.Close()
	out := job.Dir + "-raw"
	defer os.RemoveAll(out)
	dst, err := badger.Open(BadgerOptions(out))
	if err != nil {
		return nil, err
	}
	wb := dst.NewWriteBatch()
	r := rand.New(rand.NewPCG(job.Seed, 5))
	res := &PhaseResult{Sample: 1}
	if job.RawEvents > 0 && job.RawEvents < job.Events {
		res.Sample = float64(job.RawEvents) / float64(job.Events)
	}
	pick := rand.New(rand.NewPCG(job.Seed, 6))
	var busy time.Duration
	var chunk [][2][]byte
	size := 0
	flush := func() error {
		r.Shuffle(len(chunk), func(i, j int) { chunk[i], chunk[j] = chunk[j], chunk[i] })
		t := time.Now()
		for _, kv := range chunk {
			if err := wb.Set(kv[0], kv[1]); err != nil {
				return err
			}
		}
		busy += time.Since(t)
		chunk, size = chunk[:0], 0
		runtime.GC()
		return nil
	}
	err = src.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = res.Sample == 1 // a sample reads the values it keeps
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			if res.Sample < 1 && pick.Float64() >= res.Sample {
				continue
			}
			k := item.KeyCopy(nil)
			v, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			chunk = append(chunk, [2][]byte{k, v})
			size += len(k) + len(v)
			res.KVs++
			res.Bytes += int64(len(k) + len(v))
			if size >= rawChunk {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	})
	if err != nil {
		wb.Cancel()
		dst.Close()
		return nil, err
	}
	t := time.Now()
	if err := wb.Flush(); err != nil {
		dst.Close()
		return nil, err
	}
	if err := dst.Close(); err != nil {
		return nil, err
	}
	busy += time.Since(t)
	res.Seconds = busy.Seconds()
	res.Events = int(math.Round(float64(job.Events) * res.Sample))
	return res, nil
}

func queries(ctx context.Context, job Job) (*PhaseResult, error) {
	wl, err := LoadWorkload(job.Workload)
	if err != nil {
		return nil, err
	}
	w, err := gen.NewWorld(job.Seed)
	if err != nil {
		return nil, err
	}
	t := time.Now()
	s, err := openStore(job, w)
	if err != nil {
		return nil, err
	}
	if _, err := s.Run(ctx, Query{Kind: KindLimit10}); err != nil {
		s.Close()
		return nil, err
	}
	res := &PhaseResult{OpenMs: ms(time.Since(t)), Queries: map[string]Latency{}}
	for _, k := range Kinds {
		lat, err := measure(ctx, s, wl.Queries[k], job.Budget)
		if err != nil {
			s.Close()
			return nil, err
		}
		res.Queries[k.String()] = lat
	}
	return res, s.Close()
}

// measure runs queries in order until all ran or the budget is spent
// (after at least minSamples), and summarises their latencies.
func measure(ctx context.Context, s Store, qs []Query, budget time.Duration) (Latency, error) {
	var d []float64
	rows := 0
	start := time.Now()
	for i, q := range qs {
		if i >= minSamples && time.Since(start) > budget {
			break
		}
		t := time.Now()
		r, err := s.Run(ctx, q)
		if err != nil {
			return Latency{}, err
		}
		d = append(d, ms(time.Since(t)))
		rows += r.Rows()
	}
	return summarize(d, rows), nil
}

func summarize(d []float64, rows int) Latency {
	if len(d) == 0 {
		return Latency{}
	}
	sum := 0.0
	for _, x := range d {
		sum += x
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return Latency{N: len(d), P50: percentile(s, 50), P99: percentile(s, 99), Mean: sum / float64(len(d)), Rows: float64(rows) / float64(len(d))}
}

// percentile returns the nearest-rank p-th percentile of sorted xs.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	i := int(float64(len(xs))*p/100+0.999999) - 1
	return xs[min(max(i, 0), len(xs)-1)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// DirSize returns the bytes a directory's files occupy on disk (allocated
// blocks, so sparse or preallocated files count for what they use).
func DirSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		if st, ok := fi.Sys().(*syscall.Stat_t); ok {
			n += st.Blocks * 512
		} else {
			n += fi.Size()
		}
		return nil
	})
	return n, err
}
