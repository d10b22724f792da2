// Command evalseeds extracts events from article files without the engine
// and prints them as JSONL in the shape the scorer reads
// (../shared/eval/README.md), so extraction can be scored and tuned alone:
//
//	go run ./extract/internal/evalseeds -manifest ../shared/seeds/manifest.jsonl ../shared/seeds/*.txt > /tmp/pred.jsonl
//	python3 ../shared/eval/score.py ../shared/eval/seeds.gold.jsonl /tmp/pred.jsonl --verbose
//
// With -explain it prints each event's explanation to stderr; with -layout
// the page cleaning of each file.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tl-project/tl/corpus"
	"github.com/tl-project/tl/extract"
	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/timeline"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "evalseeds:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("evalseeds", flag.ContinueOnError)
	manifest := fs.String("manifest", "", "JSONL manifest of {doc, published}")
	published := fs.String("published", "", "publication day for files not in the manifest")
	explain := fs.Bool("explain", false, "print explanations to stderr")
	layout := fs.Bool("layout", false, "print the page cleaning to stderr")
	passages := fs.String("passages", "", "read passages JSONL (extract/testdata/passages.jsonl) instead of files")
	goldOut := fs.String("gold-out", "", "with -passages: write the passages' expected events as scorer gold to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	pubs := corpus.Manifest{}
	if *manifest != "" {
		m, err := corpus.LoadManifest(*manifest)
		if err != nil {
			return err
		}
		pubs = m
	}
	var def timeline.Day
	if *published != "" {
		d, err := timeline.ParseDate(*published)
		if err != nil {
			return err
		}
		def = d.Start
	}
	g := gazetteer.Default()
	x := extract.New(g)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *passages != "" {
		return runPassages(x, g, *passages, *goldOut, enc)
	}
	for _, path := range fs.Args() {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		pub, ok := pubs[filepath.Base(path)]
		if !ok {
			pub = def
		}
		arts, err := page.ReadWith(path, f, page.Options{Published: pub})
		f.Close()
		if err != nil {
			return err
		}
		for i := range arts {
			res, err := x.Extract(&arts[i])
			if err != nil {
				return err
			}
			if *layout {
				fmt.Fprintf(stderr, "### %s\n%s", arts[i].ID, res.Layout.Explain())
			}
			for j := range res.Events {
				ev := &res.Events[j]
				if *explain {
					fmt.Fprintf(stderr, "### %s %s %s %s %v %v\n%s\n", arts[i].ID, ev.Type, ev.Date, ev.Status, ev.Actors, ev.Places, res.Explanations[j])
				}
				// The scorer reads the shape of tl query --format jsonl.
				if err := enc.Encode(render.NewEventJSON(ev, g.Entity)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// goldEvent is an expected event of a passage, in the scorer's gold shape.
type goldEvent struct {
	Type        string   `json:"type"`
	Date        string   `json:"date"`
	AcceptDates []string `json:"accept_dates"`
	Status      string   `json:"status"`
	Actors      []string `json:"actors"`
	Place       string   `json:"place"`
	Optional    bool     `json:"optional"`
}

// passage is one line of extract/testdata/passages.jsonl.
type passage struct {
	ID        string      `json:"id"`
	Published string      `json:"published"`
	Text      string      `json:"text"`
	Events    []goldEvent `json:"events"`
}

// goldJSON is one line of the gold file: an expected event with its id and
// the passage (document) it belongs to.
type goldJSON struct {
	ID  string `json:"id"`
	Doc string `json:"doc"`
	goldEvent
}

// runPassages extracts each passage as an article whose id is the
// passage id, and optionally writes the expected events as scorer gold.
func runPassages(x *extract.Extractor, g *gazetteer.Gazetteer, path, goldOut string, enc *json.Encoder) (err error) {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var gold *json.Encoder
	if goldOut != "" {
		gf, err := os.Create(goldOut)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := gf.Close(); err == nil {
				err = cerr
			}
		}()
		gold = json.NewEncoder(gf)
		gold.SetEscapeHTML(false)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var p passage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil || p.ID == "" {
			continue
		}
		d, err := timeline.ParseDate(p.Published)
		if err != nil {
			return fmt.Errorf("passage %s: %w", p.ID, err)
		}
		if gold != nil {
			for i, e := range p.Events {
				if e.AcceptDates == nil {
					e.AcceptDates = []string{}
				}
				if err := gold.Encode(goldJSON{ID: fmt.Sprintf("%s-%d", p.ID, i+1), Doc: p.ID, goldEvent: e}); err != nil {
					return err
				}
			}
		}
		res, err := x.Extract(&timeline.Article{ID: p.ID, Published: d.Start, Text: p.Text})
		if err != nil {
			return fmt.Errorf("passage %s: %w", p.ID, err)
		}
		for i := range res.Events {
			if err := enc.Encode(render.NewEventJSON(&res.Events[i], g.Entity)); err != nil {
				return err
			}
		}
	}
	return sc.Err()
}
