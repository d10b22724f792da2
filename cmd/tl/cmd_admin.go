package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/timeline"
	"github.com/tl-project/tl/viz"
)

func init() {
	register(command{name: "stats", usage: "stats [--format FORMAT]",
		summary: "counts of articles, events and entities, and the date span", run: (*Main).cmdStats})
	register(command{name: "check", usage: "check [--repair]",
		summary: "verify every index against the stored events (report; fix with --repair)", run: (*Main).cmdCheck})
	register(command{name: "export", usage: "export [--format jsonl|csv|html|svg] [--lanes actor|country] [--out FILE] [QUERY]",
		summary: "write events (all, or a query's) for tl import, a spreadsheet, or as a timeline picture", run: (*Main).cmdExport})
	register(command{name: "import", usage: "import [--scratch DIR] FILE|-",
		summary: "load events exported by tl export (JSONL) without the extractor", run: (*Main).cmdImport})
	register(command{name: "backup", usage: "backup FILE",
		summary: "write a full backup of the database", run: (*Main).cmdBackup})
	register(command{name: "restore", usage: "restore FILE",
		summary: "load a backup into a new, empty database", run: (*Main).cmdRestore})
	register(command{name: "entities", usage: "entities [--format FORMAT] [NAME] | entities add FILE",
		summary: "list or search known countries, organisations, people and cities; add your own", run: (*Main).cmdEntities})
}

func (m *Main) cmdStats(_ context.Context, args []string) error {
	fs := m.newFlags("stats")
	format := fs.String("format", "table", "output `format`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := render.ParseFormat(*format)
	if err != nil {
		return usagef("%v", err)
	}
	return m.withDB(func(s *session) error { return m.printStats(s, f, m.Stdout) })
}

// printStats prints the database's counts and date span as a table.
func (m *Main) printStats(s *session, f render.Format, w io.Writer) error {
	st, err := s.db.Stats()
	if err != nil {
		return err
	}
	span := "-"
	if st.First != 0 || st.Last != 0 {
		span = st.First.String() + " .. " + st.Last.String()
	}
	tab := &render.Table{Columns: []string{"what", "value"}, Rows: [][]string{
		{"database", s.dir},
		{"articles", strconv.FormatInt(st.Articles, 10)},
		{"events", strconv.FormatInt(st.Events, 10)},
		{"undated events", strconv.FormatInt(st.Undated, 10)},
		{"entities", strconv.FormatInt(st.Entities, 10)},
		{"date span", span},
		{"schema version", strconv.Itoa(st.SchemaVersion)},
	}}
	return render.WriteTable(w, tab, m.renderOptions(f))
}

func (m *Main) cmdCheck(ctx context.Context, args []string) error {
	fs := m.newFlags("check")
	repair := fs.Bool("repair", false, "fix what is found (delete orphan entries, write missing ones, recount)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return m.withDB(func(s *session) error {
		rep, err := s.db.Check(ctx, engine.CheckOptions{Repair: *repair})
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "checked %d events, %d articles, %d entities, %d index entries, %d counters\n",
			rep.Events, rep.Articles, rep.Entities, rep.IndexEntries, rep.Counters)
		for _, p := range rep.Problems {
			fmt.Fprintf(m.Stdout, "  %s\n", p)
		}
		switch {
		case rep.OK():
			fmt.Fprintln(m.Stdout, "ok: every index agrees with the events")
		case *repair:
			fmt.Fprintf(m.Stdout, "%d problems found, %d keys repaired\n", rep.Found, rep.Repaired)
		default:
			return fmt.Errorf("%d problems found; run tl check --repair to fix them", rep.Found)
		}
		return nil
	})
}

func (m *Main) output(path string) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return m.Stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

func (m *Main) cmdExport(ctx context.Context, args []string) error {
	fs := m.newFlags("export")
	format := fs.String("format", "jsonl", "`format`: jsonl (re-importable), csv, html or svg (a timeline picture)")
	out := fs.String("out", "", "write to `FILE` instead of standard output")
	lanes := fs.String("lanes", "actor", "timeline lanes for html/svg: actor or country")
	title := fs.String("title", "", "title of the html/svg timeline")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	src := strings.Join(pos, " ")
	switch *format {
	case "jsonl", "csv", "html", "svg":
	default:
		return usagef("export --format is jsonl, csv, html or svg")
	}
	if *lanes != viz.LanesActor && *lanes != viz.LanesCountry {
		return usagef("--lanes is actor or country")
	}
	w, closeFn, err := m.output(*out)
	if err != nil {
		return err
	}
	err = m.withDB(func(s *session) error {
		if src == "" && *format == "jsonl" {
			return s.db.Export(ctx, w) // every event, in the import format
		}
		if src == "" {
			src = "events"
		}
		events, err := dbQuerier{s.db}.Events(ctx, src)
		if errors.Is(err, errNotEvents) {
			return fmt.Errorf("export needs an events query, not an aggregate: %q", src)
		}
		if err != nil {
			return queryError(src, err)
		}
		switch *format {
		case "jsonl":
			enc := json.NewEncoder(w)
			for i := range events {
				x := engine.NewExportEvent(&events[i])
				if err := enc.Encode(&x); err != nil {
					return err
				}
			}
			return nil
		case "csv":
			return render.WriteEvents(w, events, s.db.Lookup, render.Options{Format: render.FormatCSV, Lang: m.lang})
		}
		return viz.Render(w, events, s.db.Lookup, viz.Options{Format: *format, Lanes: *lanes, Lang: m.lang, Title: *title})
	})
	if cerr := closeFn(); err == nil {
		err = cerr
	}
	return err
}

// fileArg parses the flags of a command whose one argument is a FILE and
// returns that argument; without exactly one it is a usage error. flags,
// if not nil, defines the command's own flags first.
func (m *Main) fileArg(name string, args []string, usage string, flags func(*flag.FlagSet)) (string, error) {
	fs := m.newFlags(name)
	if flags != nil {
		flags(fs)
	}
	if err := fs.Parse(args); err != nil {
		return "", err
	}
	if fs.NArg() != 1 {
		return "", usagef("%s", usage)
	}
	return fs.Arg(0), nil
}

func (m *Main) cmdImport(ctx context.Context, args []string) error {
	p, err := m.fileArg("import", args, "import needs one FILE (or - for stdin)", func(fs *flag.FlagSet) {
		fs.StringVar(&m.scratchDir, "scratch", "", "`DIR` for a bulk load's temporary files, about 1 KB an event (default: the database's folder; a tmpfs such as /dev/shm is faster where memory allows)")
	})
	if err != nil {
		return err
	}
	var r io.Reader = m.Stdin
	var size int64
	if p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
		r = f
	}
	return m.withDB(func(s *session) error {
		pr := newReadProgress(r, m.Stderr, size, m.IsTerminal != nil && m.IsTerminal(m.Stderr))
		st, err := s.db.Import(ctx, pr)
		pr.done()
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "imported %d events: %d new, %d merged, %d unchanged\n", st.Events, st.Created, st.Merged, st.Unchanged)
		return nil
	})
}

func (m *Main) cmdBackup(_ context.Context, args []string) error {
	path, err := m.fileArg("backup", args, "backup needs one FILE", nil)
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = m.withDB(func(s *session) error { return s.db.Backup(f) })
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		fmt.Fprintf(m.Stdout, "backup written to %s\n", path)
	}
	return err
}

func (m *Main) cmdRestore(_ context.Context, args []string) error {
	path, err := m.fileArg("restore", args, "restore needs one FILE", nil)
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return m.withDB(func(s *session) error {
		if err := s.db.Restore(f); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "restored %s into %s\n", path, s.dir)
		return nil
	})
}

func (m *Main) cmdEntities(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "add" {
		return m.addEntities(ctx, args[1:])
	}
	fs := m.newFlags("entities")
	format := fs.String("format", "table", "output `format`")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	f, err := render.ParseFormat(*format)
	if err != nil {
		return usagef("%v", err)
	}
	return m.withDB(func(s *session) error { return m.listEntities(ctx, s, strings.Join(pos, " "), f, m.Stdout) })
}

// listEntities prints the gazetteer's and the database's entities whose id
// or names contain the search text (all of them without one).
func (m *Main) listEntities(ctx context.Context, s *session, search string, f render.Format, w io.Writer) error {
	stored, err := s.db.Entities(ctx)
	if err != nil {
		return err
	}
	byID := map[string]timeline.Entity{}
	for _, e := range gazetteer.Default().All() {
		byID[e.ID] = e
	}
	for _, e := range stored { // user entities override the gazetteer's
		byID[e.ID] = e
	}
	needle := arabic.Normalize(strings.TrimSpace(search))
	tab := &render.Table{Columns: []string{"id", "kind", "name", "name_ar", "country"}}
	for _, e := range byID {
		if needle != "" && !entityMatches(e, needle) {
			continue
		}
		tab.Rows = append(tab.Rows, []string{e.ID, e.Kind.String(), e.Name, e.NameAR, e.Country})
	}
	sort.Slice(tab.Rows, func(i, j int) bool {
		if tab.Rows[i][1] != tab.Rows[j][1] {
			return tab.Rows[i][1] < tab.Rows[j][1]
		}
		return tab.Rows[i][0] < tab.Rows[j][0]
	})
	return render.WriteTable(w, tab, m.renderOptions(f))
}

func entityMatches(e timeline.Entity, needle string) bool {
	for _, n := range append([]string{e.ID, e.Name, e.NameAR}, e.Aliases...) {
		if strings.Contains(arabic.Normalize(n), needle) {
			return true
		}
	}
	return false
}

// addEntities stores user entities from a JSONL file of timeline.Entity
// records; they take effect for queries at once and for the next ingest.
func (m *Main) addEntities(ctx context.Context, args []string) error {
	if len(args) != 1 {
		return usagef("entities add needs one FILE of JSONL entity records")
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	var ents []timeline.Entity
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var e timeline.Entity
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			return fmt.Errorf("%s:%d: %w", args[0], i+1, err)
		}
		if e.ID == "" || e.Kind == timeline.KindUnknown {
			return fmt.Errorf("%s:%d: an entity needs an id and a kind (country, organisation, person, city)", args[0], i+1)
		}
		ents = append(ents, e)
	}
	return m.withDB(func(s *session) error {
		for _, e := range ents {
			if err := s.db.PutEntity(ctx, e); err != nil {
				return err
			}
		}
		fmt.Fprintf(m.Stdout, "added %d %s\n", len(ents), plural(len(ents), "entity", "entities"))
		return nil
	})
}
