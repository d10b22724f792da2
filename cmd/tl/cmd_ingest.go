package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tl-project/tl/corpus"
	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

func init() {
	register(command{name: "ingest", usage: "ingest [--published YYYY-MM-DD] [--manifest FILE] PATH...",
		summary: "extract events from articles (files, folders, - for stdin) into the database", run: (*Main).cmdIngest,
		memory: ingestMemory})
}

// ingestMemory is tl ingest's default memory budget (--memory). An
// article ingest holds one document at a time, so what it needs beyond
// Badger's memtables and compactions is cache; a million tiny files ingest
// within a 256 MiB memory cgroup with it, and are killed without it
// (docs/reliability.md).
const ingestMemory = 256 << 20

// ingestOptions are the flags of an ingest.
type ingestOptions struct {
	published timeline.Day
	manifest  corpus.Manifest
	maxSize   int64
}

// fileError is the failure of one input file; the ingest goes on with the
// others and reports all failures at the end.
type fileError struct {
	name string
	err  error
}

// maxListedErrors is how many failed files an ingest names; the rest are
// counted. A folder of a million unreadable files gives a message of a few
// kilobytes, and the ingest keeps no state per failed file beyond them.
const maxListedErrors = 100

// ingestErrors lists the first maxListedErrors files an ingest could not
// take, and counts all of them.
type ingestErrors struct {
	files []fileError
	total int
}

// add records one failed file.
func (e *ingestErrors) add(f fileError) {
	e.total++
	if len(e.files) < maxListedErrors {
		e.files = append(e.files, f)
	}
}

func (e *ingestErrors) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d of the inputs could not be ingested (nothing of them was written):", e.total)
	for _, f := range e.files {
		fmt.Fprintf(&b, "\n  %s: %v", f.name, f.err)
	}
	if more := e.total - len(e.files); more > 0 {
		fmt.Fprintf(&b, "\n  … and %d more", more)
	}
	return b.String()
}

func (m *Main) cmdIngest(ctx context.Context, args []string) error {
	fs := m.newFlags("ingest")
	published := fs.String("published", "", "publication `date` (YYYY-MM-DD) for inputs no manifest dates")
	manifest := fs.String("manifest", "", "JSONL `file` of {\"doc\": NAME, \"published\": DATE} lines")
	maxSize := fs.Int64("max-size", corpus.DefaultMaxSize, "refuse input files larger than this many `bytes`")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("ingest needs at least one PATH (a file, a folder, or - for stdin)")
	}
	opts := ingestOptions{maxSize: *maxSize}
	if *published != "" {
		d, err := timeline.ParseDate(*published)
		if err != nil || d.Precision != timeline.PrecisionDay {
			return usagef("--published %q is not a YYYY-MM-DD date", *published)
		}
		opts.published = d.Start
	}
	if *manifest != "" {
		if opts.manifest, err = corpus.LoadManifest(*manifest); err != nil {
			return err
		}
	}
	return m.withDB(func(s *session) error { return m.ingestPaths(ctx, s, pos, opts, m.Stdout) })
}

// ingestPaths ingests every document the paths name, printing a summary to
// w and a progress bar to stderr when it is a terminal. Documents are
// walked one at a time (corpus.Input.Walk), so memory does not grow with
// their number.
func (m *Main) ingestPaths(ctx context.Context, s *session, paths []string, opts ingestOptions, w io.Writer) error {
	in, err := corpus.Scan(paths, corpus.Options{Manifest: opts.manifest, Published: opts.published})
	if err != nil {
		return err
	}
	bar := newProgress(m.Stderr, m.IsTerminal != nil && m.IsTerminal(m.Stderr) && in.Files > 1, in.Files, in.Bytes)
	defer bar.done()
	var sum engine.IngestStats
	failed := &ingestErrors{}
	err = in.Walk(func(d corpus.Doc) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		st, err := m.ingestDoc(ctx, s, d, opts.maxSize)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return err
			}
			failed.add(fileError{d.Path, err})
		}
		sum.Add(st)
		bar.add(d.Size, st.Events)
		return nil
	})
	if err != nil {
		return err
	}
	bar.done()
	fmt.Fprintf(w, "ingested %d %s (%d already present): %d events, %d new, %d merged into existing\n",
		sum.Articles, plural(sum.Articles, "article", "articles"), sum.Duplicates, sum.Events, sum.Created, sum.Merged)
	if failed.total > 0 {
		return failed
	}
	return nil
}

// ingestDoc reads one document, splits it into articles and ingests each
// article in its own transaction.
func (m *Main) ingestDoc(ctx context.Context, s *session, d corpus.Doc, maxSize int64) (engine.IngestStats, error) {
	var st engine.IngestStats
	data, err := d.Read(m.Stdin, maxSize)
	if err != nil {
		return st, err
	}
	arts, err := readArticles(d, data, maxSize)
	if err != nil {
		return st, err
	}
	for i := range arts {
		one, err := s.db.IngestArticle(ctx, &arts[i])
		st.Add(one)
		if err != nil {
			return st, err
		}
	}
	return st, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
