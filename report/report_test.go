package report_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/tl-project/tl/report"
)

const sample = "---\ntitle: Meetings of $actor\nparams:\n  actor: RUS\n  year: \"2025\"\n---\n" +
	"Intro for $actor.\n\n## By month\n\n```tl\ncount by month where actor = $actor and date in $year\n```\n\n" +
	"## Timeline\n```tl timeline\nevents where actor = $actor\n  order by date\n```\n"

func TestParse(t *testing.T) {
	rep, err := report.Parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Title != "Meetings of $actor" || rep.Params["actor"] != "RUS" || rep.Params["year"] != "2025" {
		t.Fatalf("front matter = %q %v", rep.Title, rep.Params)
	}
	var kinds []string
	for _, b := range rep.Blocks {
		if b.Query != "" {
			kinds = append(kinds, fmt.Sprintf("%s@%d", b.Display, b.Line))
		} else {
			kinds = append(kinds, fmt.Sprintf("text@%d", b.Line))
		}
	}
	if got := strings.Join(kinds, " "); got != "text@7 table@11 text@15 timeline@16" {
		t.Errorf("blocks = %s", got)
	}
	if q := rep.Blocks[3].Query; q != "events where actor = $actor\n  order by date" {
		t.Errorf("multi-line query = %q", q)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"---\ntitle: x\n", "line 1: front matter is not closed"},
		{"---\nauthor: me\n---\n", `line 2: unknown front matter key "author"`},
		{"text\n```tl\nevents\n", "line 2: ```tl block is not closed"},
		{"```tl pie\nevents\n```\n", `line 1: unknown display "pie"`},
	} {
		_, err := report.Parse(strings.NewReader(tc.in))
		if !errors.Is(err, report.ErrSyntax) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) err = %v, want %q", tc.in, err, tc.want)
		}
	}
}

// recorder stands in for the query engine: it records the calls and writes
// a recognisable result, so the test sees what the report layer passes on.
type recorder struct{ calls []string }

func (r *recorder) exec(_ context.Context, q string, params map[string]string, d report.Display, w io.Writer) error {
	r.calls = append(r.calls, fmt.Sprintf("%s|%s|%s", d, q, params["year"]))
	fmt.Fprintf(w, "| n |\n|---|\n| %d |\n", len(r.calls))
	return nil
}

func TestRenderBindsParams(t *testing.T) {
	rep, err := report.Parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	var rec recorder
	var out bytes.Buffer
	if err := rep.Render(context.Background(), rec.exec, map[string]string{"year": "2024"}, &out); err != nil {
		t.Fatal(err)
	}
	if len(rec.calls) != 2 || !strings.HasSuffix(rec.calls[0], "|2024") || !strings.HasPrefix(rec.calls[1], "timeline|") {
		t.Errorf("calls = %q", rec.calls)
	}
	for _, want := range []string{"# Meetings of RUS\n", "_Parameters: actor = RUS, year = 2024_", "Intro for RUS.", "| 2 |"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestMissingParam(t *testing.T) {
	rep, _ := report.Parse(strings.NewReader("```tl\nevents where actor = $who\n```\n"))
	var rec recorder
	err := rep.Render(context.Background(), rec.exec, nil, io.Discard)
	if !errors.Is(err, report.ErrParam) || !strings.Contains(err.Error(), "$who (line 1)") {
		t.Errorf("err = %v", err)
	}
	if len(rec.calls) != 0 {
		t.Error("queries ran despite a missing parameter")
	}
}

func TestRenderHTMLEscapes(t *testing.T) {
	rep, _ := report.Parse(strings.NewReader("# T\n\n<script>alert(1)</script>\n\n```tl\nevents\n```\n"))
	evil := func(_ context.Context, _ string, _ map[string]string, _ report.Display, w io.Writer) error {
		_, err := io.WriteString(w, "| sentence |\n|---|\n| <img src=x onerror=alert(2)> |\n")
		return err
	}
	var out bytes.Buffer
	if err := rep.RenderHTML(context.Background(), evil, nil, &out); err != nil {
		t.Fatal(err)
	}
	html := out.String()
	if strings.Contains(html, "<script>alert") || strings.Contains(html, "<img src=x") {
		t.Errorf("raw HTML passed through:\n%s", html)
	}
	if !strings.Contains(html, "<table>") {
		t.Errorf("markdown table not converted:\n%s", html)
	}
}
