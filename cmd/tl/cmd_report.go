package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/report"
)

func init() {
	register(command{name: "report", usage: "report [--param NAME=VALUE]... [--format md|html] [--out FILE] REPORT",
		summary: "render a report file: Markdown with ```tl query blocks", run: (*Main).cmdReport})
}

func (m *Main) cmdReport(ctx context.Context, args []string) error {
	fs := m.newFlags("report")
	params := paramFlag{}
	fs.Var(params, "param", "set a report parameter: `NAME=VALUE` (repeatable)")
	format := fs.String("format", "md", "output `format`: md or html")
	out := fs.String("out", "", "write to `FILE` instead of standard output")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("report needs one REPORT file")
	}
	if *format != "md" && *format != "html" {
		return usagef("report --format is md or html")
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return err
	}
	rep, err := report.Parse(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	w, closeFn, err := m.output(*out)
	if err != nil {
		return err
	}
	err = m.withDB(func(s *session) error {
		exec := m.reportExec(s)
		if *format == "html" {
			return rep.RenderHTML(ctx, exec, params, w)
		}
		return rep.Render(ctx, exec, params, w)
	})
	if cerr := closeFn(); err == nil {
		err = cerr
	}
	return err
}

// reportExec runs a report's query block: a Markdown table, or for the
// timeline display a fenced text timeline of the events.
func (m *Main) reportExec(s *session) report.Exec {
	return func(ctx context.Context, src string, params map[string]string, display report.Display, w io.Writer) error {
		if display != report.DisplayTimeline {
			return m.runQuery(ctx, s, src, params, render.FormatMarkdown, w)
		}
		rows, err := s.db.Query(ctx, src, params)
		if err != nil {
			return queryError(src, err)
		}
		defer rows.Close()
		fmt.Fprintln(w, "```text")
		n := 0
		for rows.Next() {
			if ev := rows.Event(); ev != nil {
				fmt.Fprintln(w, render.TimelineLine(ev, s.db.Lookup, m.lang))
				n++
			}
		}
		if n == 0 {
			fmt.Fprintln(w, "(no events)")
		}
		fmt.Fprintln(w, "```")
		return rows.Err()
	}
}
