package engine_test

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

var rewrite = flag.Bool("rewrite", false, "rewrite the expected output of testdata/*.txt scripts")

// A script in testdata/*.txt is a list of commands in the form of
// cockroachdb/datadriven:
//
//	<command>
//	<input lines>
//	----
//	<expected output>
//	<blank line>
//
// Commands:
//
//	load     one event a line: TYPE DATE ACTORS PLACES DOC [STATUS] [pub=DAY] [: SENTENCE]
//	         (DATE and PLACES may be "-"; ACTORS and PLACES comma-separated;
//	         the publication day defaults to the day after the date);
//	         prints the ingest stats
//	query    a query; prints one line per row: events as
//	         "DATE TYPE STATUS ACTORS @PLACES [DOCS]", aggregate rows as cells
//	         joined by " | "; or the error
//	explain  a query; prints the plan, the estimated and the actual keys read
//	check    runs Check; prints its findings
//
// Lines starting with # between commands are comments.
type ddCase struct {
	comments []string // the comment lines before the command
	line     int
	cmd      string
	input    []string
	expected []string
}

func parseScript(t *testing.T, path string) []ddCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []ddCase
	sc := bufio.NewScanner(f)
	n := 0
	var cur *ddCase
	var comments []string
	state := 0 // 0: between, 1: input, 2: expected
	for sc.Scan() {
		n++
		l := sc.Text()
		switch state {
		case 0:
			if strings.HasPrefix(l, "#") {
				comments = append(comments, l)
				continue
			}
			if strings.TrimSpace(l) == "" {
				continue
			}
			cases = append(cases, ddCase{comments: comments, line: n, cmd: strings.TrimSpace(l)})
			comments = nil
			cur = &cases[len(cases)-1]
			state = 1
		case 1:
			if l == "----" {
				state = 2
				continue
			}
			cur.input = append(cur.input, l)
		case 2:
			if l == "" {
				state = 0
				continue
			}
			cur.expected = append(cur.expected, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func writeScript(path string, cases []ddCase, outputs [][]string) error {
	var b strings.Builder
	for i, c := range cases {
		for _, l := range c.comments {
			b.WriteString(l + "\n")
		}
		b.WriteString(c.cmd + "\n")
		for _, l := range c.input {
			b.WriteString(l + "\n")
		}
		b.WriteString("----\n")
		for _, l := range outputs[i] {
			b.WriteString(l + "\n")
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			cases := parseScript(t, path)
			db := mustOpen(t)
			outputs := make([][]string, len(cases))
			for i, c := range cases {
				got := runCommand(t, db, c)
				outputs[i] = got
				if !*rewrite && strings.Join(got, "\n") != strings.Join(c.expected, "\n") {
					t.Errorf("%s:%d: %s\n%s\ngot:\n%s\nwant:\n%s", path, c.line, c.cmd, strings.Join(c.input, "\n"),
						strings.Join(got, "\n"), strings.Join(c.expected, "\n"))
				}
			}
			if *rewrite {
				if err := writeScript(path, cases, outputs); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func runCommand(t *testing.T, db *engine.DB, c ddCase) []string {
	ctx := context.Background()
	src := strings.Join(c.input, "\n")
	switch c.cmd {
	case "load":
		var events []timeline.Event
		for _, l := range c.input {
			e, err := parseEventLine(l)
			if err != nil {
				return []string{"error: " + err.Error()}
			}
			events = append(events, e)
		}
		st, err := db.IngestEvents(ctx, events)
		if err != nil {
			return []string{"error: " + err.Error()}
		}
		return []string{fmt.Sprintf("events=%d created=%d merged=%d unchanged=%d", st.Events, st.Created, st.Merged, st.Unchanged)}
	case "query":
		rows, err := db.Query(ctx, src, nil)
		if err != nil {
			return errorLines(src, err)
		}
		defer rows.Close()
		var out []string
		if rows.IsAggregate() {
			out = append(out, strings.Join(rows.Columns(), " | "))
		}
		for rows.Next() {
			if rows.Kind() == engine.ResultEvents {
				out = append(out, eventLine(rows.Event()))
			} else {
				out = append(out, strings.Join(rows.Row(), " | "))
			}
		}
		if err := rows.Err(); err != nil {
			out = append(out, "error: "+err.Error())
		}
		return out
	case "explain":
		ex, err := db.Explain(ctx, src, nil)
		if err != nil {
			return errorLines(src, err)
		}
		return ex.Lines()
	case "check":
		rep, err := db.Check(ctx, engine.CheckOptions{})
		if err != nil {
			return []string{"error: " + err.Error()}
		}
		out := []string{fmt.Sprintf("events=%d index=%d problems=%d", rep.Events, rep.IndexEntries, rep.Found)}
		for _, p := range rep.Problems {
			out = append(out, p.String())
		}
		return out
	}
	t.Fatalf("line %d: unknown command %q", c.line, c.cmd)
	return nil
}

func errorLines(src string, err error) []string {
	var qe *query.Error
	var ql query.ErrorList
	if errors.As(err, &qe) || errors.As(err, &ql) {
		return strings.Split(strings.TrimRight(query.FormatError(src, err), "\n"), "\n")
	}
	return []string{"error: " + err.Error()}
}

// eventLine prints an event for scripts: DATE TYPE STATUS ACTORS @PLACES [DOCS].
func eventLine(e *timeline.Event) string {
	d := e.Date.String()
	if end := e.Date.EndString(); end != "" {
		d += "/" + end
	}
	if d == "" {
		d = "-"
	}
	return fmt.Sprintf("%s %s %s %s @%s %v", d, e.Type, e.Status, strings.Join(e.Actors, ","), strings.Join(e.Places, ","), e.Docs())
}

// parseEventLine reads TYPE DATE ACTORS PLACES DOC [STATUS] [pub=DAY] [: SENTENCE].
func parseEventLine(l string) (timeline.Event, error) {
	head, sentence, _ := strings.Cut(l, " : ")
	f := strings.Fields(head)
	if len(f) < 5 {
		return timeline.Event{}, fmt.Errorf("want TYPE DATE ACTORS PLACES DOC [STATUS]: %q", l)
	}
	date, places := f[1], f[3]
	if date == "-" {
		date = ""
	}
	if places == "-" {
		places = ""
	}
	e := ev(f[0], date, f[2], places, f[4], sentence)
	for _, opt := range f[5:] {
		if d, ok := strings.CutPrefix(opt, "pub="); ok {
			pub, err := timeline.ParseDate(d)
			if err != nil {
				return e, err
			}
			e.Sources[0].Published = pub.Start
			e.FirstReported = pub.Start
			e.ID = e.ComputeID()
			continue
		}
		st, err := timeline.ParseStatus(opt)
		if err != nil {
			return e, err
		}
		e.Status = st
	}
	return e, nil
}
