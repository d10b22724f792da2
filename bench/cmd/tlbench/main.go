// Command tlbench measures tl against SQLite on the same synthetic events,
// from 10k to 10M events, and writes a table and a JSON report.
//
//	cd bench && go run -tags sqlite_fts5 ./cmd/tlbench            # 10k, 1M and 10M events
//	cd bench && go run -tags sqlite_fts5 ./cmd/tlbench --quick    # 10k events, for CI
//	cd bench && go run -tags sqlite_fts5 ./cmd/tlbench --sizes 10k,1M --profile /tmp/prof
//	cd bench && go run ./cmd/tlbench gen --events 1M --seed 1 --out corpus.jsonl
//	cd bench && go run ./cmd/tlbench assemble --events 1M --dir DIR/1M
//
// With -tags sqlite_fts5, SQLite is its C library (through cgo, with its
// FTS5 index); without it, SQLite translated to Go (modernc.org/sqlite),
// unless --sqlite-driver says otherwise.
//
// Every phase (ingest, Badger's raw write, queries; per store) runs in a
// child process of its own ("tlbench worker JOB"), so that its peak RSS is
// its own. With TLBENCH_LOG=debug in the environment, the tl store logs to
// stderr at debug level (the time of each phase of a Load). docs/performance.md
// explains the figures.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/tl-project/tl/bench/gen"
	"github.com/tl-project/tl/bench/suite"
	"github.com/tl-project/tl/engine"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var err error
	switch {
	case len(os.Args) > 1 && os.Args[1] == "worker":
		err = worker(ctx, os.Args[2:])
	case len(os.Args) > 1 && os.Args[1] == "gen":
		err = genCmd(os.Args[2:], os.Stdout)
	case len(os.Args) > 1 && os.Args[1] == "assemble":
		err = assembleCmd(os.Args[2:], os.Stdout)
	default:
		err = run(ctx, os.Args[1:])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "tlbench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("tlbench", flag.ContinueOnError)
	sizes := fs.String("sizes", "10k,1M,10M", "corpus sizes, comma-separated (10k, 1M, …)")
	quick := fs.Bool("quick", false, "10k events only, few queries: the CI mode")
	seed := fs.Uint64("seed", 1, "corpus seed")
	queries := fs.Int("queries", 200, "queries of each kind (different parameters)")
	budget := fs.Duration("budget", 10*time.Second, "time limit per query kind and store (at least 5 queries run)")
	batch := fs.Int("batch", 5000, "events per ingest call (and per SQLite transaction)")
	tlBatch := fs.Int("tl-batch", 0, "engine.Options.BatchSize: events per tl transaction (0: the engine's default)")
	incremental := fs.Bool("incremental", false, "both stores ingest batch by batch into their indexes (tl with IngestEvents, SQLite row by row into indexed tables) instead of loading in bulk")
	fts := fs.Bool("sqlite-fts", true, "give SQLite an FTS5 index of the sentences, as tl has a word index")
	driver := fs.String("sqlite-driver", suite.DefaultDriver, "SQLite's C library through cgo (\"c\"; FTS5 needs go build -tags sqlite_fts5) or SQLite translated to Go (\"go\")")
	dir := fs.String("dir", "", "directory for the databases (default: a temporary directory)")
	keep := fs.Bool("keep", false, "keep the databases")
	rawEvents := fs.String("raw-events", "1M", "at larger sizes, Badger's raw batch write takes a random sample of this many events' key-values (0: all)")
	profile := fs.String("profile", "", "directory for CPU and allocation profiles of every phase")
	out := fs.String("json", filepath.Join(os.TempDir(), "tlbench-report.json"), "JSON report file (\"\" for none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *quick {
		*sizes, *queries, *budget = "10k", 50, 2*time.Second
	}
	ns, err := suite.ParseSizes(*sizes)
	if err != nil {
		return err
	}
	rawN := 0
	if *rawEvents != "0" {
		r, err := suite.ParseSizes(*rawEvents)
		if err != nil || len(r) != 1 {
			return fmt.Errorf("-raw-events %q: want one size such as 1M, or 0", *rawEvents)
		}
		rawN = r[0]
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	if *dir == "" {
		d, err := os.MkdirTemp("", "tlbench-")
		if err != nil {
			return err
		}
		if !*keep {
			defer os.RemoveAll(d)
		}
		*dir = d
	}
	if *profile != "" {
		if err := os.MkdirAll(*profile, 0o755); err != nil {
			return err
		}
	}
	rep, err := suite.Run(ctx, suite.Config{
		Sizes: ns, Seed: *seed, Queries: *queries, Budget: *budget, Batch: *batch, TLBatch: *tlBatch, FTS: *fts, SQLiteDriver: *driver, Incremental: *incremental, RawEvents: rawN,
		Dir: *dir, Keep: *keep, Profile: *profile, Exe: exe, Log: os.Stderr,
	})
	if rep != nil && len(rep.Sizes) > 0 {
		if werr := rep.WriteTable(os.Stdout); werr != nil {
			return werr
		}
		if *out != "" {
			f, werr := os.Create(*out)
			if werr != nil {
				return werr
			}
			defer f.Close()
			if werr := rep.WriteJSON(f); werr != nil {
				return werr
			}
			fmt.Fprintln(os.Stderr, "JSON report:", *out)
		}
	}
	return err
}

// worker runs one job, given as JSON, and prints its result as JSON.
func worker(ctx context.Context, args []string) error {
	if len(args) != 1 {
		return errors.New("usage: tlbench worker JOB-JSON")
	}
	var job suite.Job
	if err := json.Unmarshal([]byte(args[0]), &job); err != nil {
		return err
	}
	res, err := suite.Worker(ctx, job)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(res)
}

// genCmd writes a corpus as JSON lines in the engine's export format, which
// `tl import` reads.
func genCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("tlbench gen", flag.ContinueOnError)
	events := fs.String("events", "10k", "number of events (10k, 1M, …)")
	seed := fs.Uint64("seed", 1, "corpus seed")
	out := fs.String("out", "", "output file (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ns, err := suite.ParseSizes(*events)
	if err != nil || len(ns) != 1 {
		return fmt.Errorf("--events: want one size, got %q", *events)
	}
	g, err := gen.New(gen.Config{Events: ns[0], Seed: *seed})
	if err != nil {
		return err
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for b := g.Next(4096); b != nil; b = g.Next(4096) {
		for i := range b {
			x := engine.NewExportEvent(&b[i])
			if err := enc.Encode(&x); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// assembleCmd prints the table of one size from the phase results a run
// left beside its databases (with --keep), or that "tlbench worker" runs
// of single phases wrote there.
func assembleCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("tlbench assemble", flag.ContinueOnError)
	events := fs.String("events", "1M", "the corpus size of the results")
	dir := fs.String("dir", "", "the size's directory: tl/, sqlite/ and <store>-<phase>.json")
	out := fs.String("json", "", "JSON report file (\"\" for none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ns, err := suite.ParseSizes(*events)
	if err != nil || len(ns) != 1 || *dir == "" {
		return fmt.Errorf("usage: tlbench assemble --events N --dir DIR")
	}
	rep, err := suite.Assemble(*dir, ns[0])
	if err != nil {
		return err
	}
	if err := rep.WriteTable(stdout); err != nil {
		return err
	}
	if *out == "" {
		return nil
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	defer f.Close()
	return rep.WriteJSON(f)
}
