package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/tl-project/tl/corpus"
	"github.com/tl-project/tl/extract"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/timeline"
)

func init() {
	register(command{name: "extract", usage: "extract [--published YYYY-MM-DD] [--manifest FILE] [--format text|jsonl] [--layout] PATH...",
		summary: "dry run: print the events found in articles and why, without a database", run: (*Main).cmdExtract})
}

func (m *Main) cmdExtract(ctx context.Context, args []string) error {
	fs := m.newFlags("extract")
	published := fs.String("published", "", "publication `date` (YYYY-MM-DD) for relative dates")
	manifest := fs.String("manifest", "", "JSONL `file` dating the inputs")
	format := fs.String("format", "text", "`format`: text (events with their reasons) or jsonl (events with explanations)")
	layout := fs.Bool("layout", false, "also print how the page was cleaned: each line's kind and what was removed and why")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("extract needs at least one PATH")
	}
	if *format != "text" && *format != "jsonl" {
		return usagef("extract --format is text or jsonl")
	}
	opts := corpus.Options{}
	if *published != "" {
		d, err := timeline.ParseDate(*published)
		if err != nil || d.Precision != timeline.PrecisionDay {
			return usagef("--published %q is not a YYYY-MM-DD date", *published)
		}
		opts.Published = d.Start
	}
	if *manifest != "" {
		if opts.Manifest, err = corpus.LoadManifest(*manifest); err != nil {
			return err
		}
	}
	docs, err := corpus.Collect(pos, opts)
	if err != nil {
		return err
	}
	g := gazetteer.Default()
	x := extract.New(g)
	lookup := func(id string) (timeline.Entity, bool) { return g.Entity(id) }
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := d.Read(m.Stdin, corpus.DefaultMaxSize)
		if err != nil {
			return fmt.Errorf("%s: %w", d.Path, err)
		}
		arts, err := readArticles(d, data, corpus.DefaultMaxSize)
		if err != nil {
			return err
		}
		for i := range arts {
			res, err := x.Extract(&arts[i])
			if err != nil {
				return err
			}
			if err := m.printExtraction(&arts[i], res, *format, lookup); err != nil {
				return err
			}
			if *layout && res.Layout != nil {
				fmt.Fprintf(m.Stdout, "-- page layout of %s\n%s\n", arts[i].ID, res.Layout.Explain())
			}
		}
	}
	return nil
}

func (m *Main) printExtraction(a *timeline.Article, res *extract.Result, format string, lookup render.Lookup) error {
	if format == "jsonl" {
		for i := range res.Events {
			rec := struct {
				render.EventJSON
				Explanation extract.Explanation `json:"explanation"`
			}{EventJSON: render.NewEventJSON(&res.Events[i], lookup)}
			if i < len(res.Explanations) {
				rec.Explanation = res.Explanations[i]
			}
			b, err := json.Marshal(rec)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "%s\n", b)
		}
		return nil
	}
	pub := "unknown"
	if a.Published != 0 {
		pub = a.Published.String()
	}
	fmt.Fprintf(m.Stdout, "== %s (published %s): %d %s\n", a.ID, pub, len(res.Events), plural(len(res.Events), "event", "events"))
	for i := range res.Events {
		ev := &res.Events[i]
		fmt.Fprintf(m.Stdout, "\n%d. %s  [%s, confidence %.2f]\n", i+1, render.TimelineLine(ev, lookup, m.lang), ev.Status, ev.Confidence)
		if i < len(res.Explanations) {
			fmt.Fprint(m.Stdout, indent(res.Explanations[i].String(), "   "))
		}
	}
	fmt.Fprintln(m.Stdout)
	return nil
}

func indent(s, prefix string) string {
	out := ""
	for _, line := range splitLines(s) {
		out += prefix + line + "\n"
	}
	return out
}

func splitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			lines = append(lines, s[start:i])
			start = i + 1
		}
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}
