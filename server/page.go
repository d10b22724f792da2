package server

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/timeline"
	"github.com/tl-project/tl/viz"
)

// The views of a query's answer.
const (
	viewTimeline = "timeline"
	viewTable    = "table"
	viewChart    = "chart"
)

var viewNames = []string{viewTimeline, viewTable, viewChart}

// pageData is what the page template shows.
type pageData struct {
	Query   string
	View    string
	Lanes   string
	Lang    string
	Dir     string
	Views   []viewLink
	CSV     string
	JSONL   string
	Error   *errorView
	Notes   []string
	Summary string
	Figure  template.HTML // SVG written by package viz, every string escaped
	Details []viz.Detail
	Table   *tableView

	Examples []exampleLink
}

type viewLink struct {
	Label  string
	Href   string
	Active bool
}

type exampleLink struct {
	Query string
	Href  string
}

type tableView struct {
	Columns []string
	Rows    [][]string
}

// errorView is a query error: its message and, when known, the line of the
// query it is on, split around the offending token.
type errorView struct {
	Msg       string
	HasPos    bool
	Line, Col int
	Before    string
	At        string
	After     string
}

// page serves "/".
func (h *handler) page(w http.ResponseWriter, r *http.Request) {
	d := &pageData{}
	status := http.StatusOK
	var perr error
	d.Query, perr = h.queryParam(r)
	var err error
	if d.View, err = choice(r, "view", viewTimeline, viewNames...); err != nil && perr == nil {
		perr = err
	}
	if d.Lanes, err = choice(r, "lanes", h.opts.Lanes, viz.LanesActor, viz.LanesCountry); err != nil && perr == nil {
		perr = err
	}
	if d.Lang, err = choice(r, "lang", h.opts.Lang, "en", "ar"); err != nil && perr == nil {
		perr = err
	}
	d.Dir = "ltr"
	if d.Lang == "ar" {
		d.Dir = "rtl"
	}
	switch {
	case perr != nil:
		status = http.StatusBadRequest
		d.Error = &errorView{Msg: perr.Error()}
	case d.Query == "":
		for _, ex := range h.opts.Examples {
			d.Examples = append(d.Examples, exampleLink{Query: ex, Href: h.link(d, ex, d.View)})
		}
	default:
		h.answer(r.Context(), d)
	}
	if d.Query != "" {
		for _, v := range viewNames {
			d.Views = append(d.Views, viewLink{Label: v, Href: h.link(d, d.Query, v), Active: v == d.View})
		}
		d.CSV = "/export.csv?" + url.Values{"q": {d.Query}, "lang": {d.Lang}}.Encode()
		d.JSONL = "/export.jsonl?" + url.Values{"q": {d.Query}}.Encode()
	}
	var b bytes.Buffer
	if err := pageTmpl.Execute(&b, d); err != nil {
		http.Error(w, "500 render page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	writeBuffered(w, r, status, "text/html; charset=utf-8", &b)
}

// link returns the URL of the page for query q in view v, keeping the
// lane and language choices.
func (h *handler) link(d *pageData, q, v string) string {
	vals := url.Values{"q": {q}}
	if v != viewTimeline {
		vals.Set("view", v)
	}
	if d.Lanes != h.opts.Lanes {
		vals.Set("lanes", d.Lanes)
	}
	if d.Lang != h.opts.Lang {
		vals.Set("lang", d.Lang)
	}
	return "/?" + vals.Encode()
}

// answer runs the query and fills the view.
func (h *handler) answer(ctx context.Context, d *pageData) {
	ctx, cancel := context.WithTimeout(ctx, h.opts.Timeout)
	defer cancel()
	res, err := h.run(ctx, d.Query)
	if err != nil {
		d.Error = newErrorView(d.Query, err)
		return
	}
	lookup := h.q.Entity
	if res.isTable {
		d.Summary = plural(len(res.rows), "row", "rows")
		if d.View == viewTimeline {
			d.Notes = append(d.Notes, "This query returns a table, not events: there is no timeline to draw.")
		}
		if d.View != viewTable {
			if bars, ok := barsOf(res.columns, res.rows); ok {
				h.figureBars(d, bars, "")
			} else if d.View == viewChart {
				d.Notes = append(d.Notes, "This table has no numeric column to chart.")
			}
		}
		d.Table = h.table(d, res.columns, res.rows)
		return
	}
	d.Summary = plural(len(res.events), "event", "events")
	switch d.View {
	case viewTimeline:
		evs := res.events
		if len(evs) > h.opts.MaxEvents {
			d.Notes = append(d.Notes, fmt.Sprintf("Showing the first %d of %d events; narrow the query to see the rest.", h.opts.MaxEvents, len(evs)))
			evs = evs[:h.opts.MaxEvents]
		}
		var b bytes.Buffer
		err := viz.Render(&b, evs, lookup, viz.Options{Format: viz.FormatSVG, Lanes: d.Lanes, Lang: d.Lang, Width: h.opts.Width,
			Title: clip(d.Query, 90) + " · " + d.Summary})
		if err != nil {
			d.Error = &errorView{Msg: "draw timeline: " + err.Error()}
			return
		}
		d.Figure = template.HTML(stripXMLDecl(b.String()))
		d.Details = viz.Details(evs, lookup, d.Lang)
	case viewTable:
		rows := make([][]string, len(res.events))
		for i := range res.events {
			ev := &res.events[i]
			row := render.EventRow(ev, lookup, d.Lang)
			sentence := ""
			if len(ev.Sources) > 0 {
				sentence = ev.Sources[0].Sentence
			}
			rows[i] = append(row, sentence)
		}
		d.Table = h.table(d, append(append([]string{}, render.EventColumns...), "sentence"), rows)
	case viewChart:
		if h.opts.CountQuery != nil {
			cq := h.opts.CountQuery(d.Query)
			cols, rows, err := h.q.Table(ctx, cq)
			if err != nil {
				d.Error = newErrorView(cq, err)
				return
			}
			bars, ok := barsOf(cols, rows)
			if !ok {
				d.Notes = append(d.Notes, "The count query returned no numeric column to chart.")
				d.Table = h.table(d, cols, rows)
				return
			}
			h.figureBars(d, bars, "Events by month")
			return
		}
		bars, unit := periodBars(res.events)
		h.figureBars(d, bars, "Events by "+unit)
	}
}

func (h *handler) figureBars(d *pageData, bars []viz.Bar, title string) {
	var b bytes.Buffer
	if err := viz.RenderBars(&b, bars, viz.Options{Lang: d.Lang, Width: h.opts.Width, Title: title}); err != nil {
		d.Error = &errorView{Msg: "draw chart: " + err.Error()}
		return
	}
	d.Figure = template.HTML(b.String())
}

func (h *handler) table(d *pageData, cols []string, rows [][]string) *tableView {
	if len(rows) > h.opts.MaxRows {
		d.Notes = append(d.Notes, fmt.Sprintf("Showing the first %d of %d rows; the downloads have them all.", h.opts.MaxRows, len(rows)))
		rows = rows[:h.opts.MaxRows]
	}
	return &tableView{Columns: cols, Rows: rows}
}

// stripXMLDecl removes the XML declaration of a standalone SVG, which has
// no place inside HTML.
func stripXMLDecl(s string) string {
	if strings.HasPrefix(s, "<?xml") {
		if i := strings.Index(s, "?>"); i >= 0 {
			return strings.TrimLeft(s[i+2:], "\n")
		}
	}
	return s
}

// newErrorView describes err against the query src it came from.
func newErrorView(src string, err error) *errorView {
	ev := &errorView{Msg: err.Error()}
	line, col, ok := errorPosition(err)
	if !ok {
		return ev
	}
	lines := strings.Split(src, "\n")
	if line > len(lines) {
		return ev
	}
	ev.HasPos, ev.Line, ev.Col = true, line, col
	runes := []rune(strings.TrimRight(lines[line-1], "\r"))
	c := min(max(col-1, 0), len(runes))
	end := c
	for end < len(runes) && !unicode.IsSpace(runes[end]) {
		end++
	}
	if end == c && end < len(runes) {
		end++
	}
	ev.Before, ev.At, ev.After = string(runes[:c]), string(runes[c:end]), string(runes[end:])
	if ev.At == "" {
		ev.At = " " // the end of the line: mark where something was expected
	}
	return ev
}

// barsOf turns a table into bars when it has a label column and a numeric
// column: the label is the first column, the value the column named
// "count" or else the last column whose cells are all numbers.
func barsOf(cols []string, rows [][]string) ([]viz.Bar, bool) {
	if len(cols) < 2 || len(rows) == 0 {
		return nil, false
	}
	vc := -1
	for c := len(cols) - 1; c >= 1; c-- {
		if numericColumn(rows, c) && (vc < 0 || strings.EqualFold(cols[c], "count")) {
			vc = c
		}
	}
	if vc < 0 {
		return nil, false
	}
	bars := make([]viz.Bar, len(rows))
	for i, r := range rows {
		v, _ := strconv.ParseFloat(strings.TrimSpace(r[vc]), 64)
		bars[i] = viz.Bar{Label: r[0], Value: v}
	}
	return bars, true
}

func numericColumn(rows [][]string, c int) bool {
	for _, r := range rows {
		if c >= len(r) {
			return false
		}
		if _, err := strconv.ParseFloat(strings.TrimSpace(r[c]), 64); err != nil {
			return false
		}
	}
	return true
}

// maxMonthBars is the most months periodBars draws before it counts by
// year instead.
const maxMonthBars = 240

// periodBars counts events by the month their date starts in, from the
// first month to the last with empty months as zero; over more than
// maxMonthBars months it counts by year. Undated events are not counted.
// unit is "month" or "year".
func periodBars(events []timeline.Event) (bars []viz.Bar, unit string) {
	counts := map[int]int{} // year*12 + month-1
	lo, hi, seen := 0, 0, false
	for i := range events {
		if events[i].Date.IsZero() {
			continue
		}
		y, m, _ := events[i].Date.Start.Civil()
		k := y*12 + int(m) - 1
		counts[k]++
		if !seen || k < lo {
			lo = k
		}
		if !seen || k > hi {
			hi = k
		}
		seen = true
	}
	if !seen {
		return nil, "month"
	}
	if hi-lo+1 <= maxMonthBars {
		for k := lo; k <= hi; k++ {
			bars = append(bars, viz.Bar{Label: fmt.Sprintf("%04d-%02d", k/12, k%12+1), Value: float64(counts[k])})
		}
		return bars, "month"
	}
	years := map[int]int{}
	for k, n := range counts {
		years[k/12] += n
	}
	for y := lo / 12; y <= hi/12; y++ {
		bars = append(bars, viz.Bar{Label: fmt.Sprintf("%04d", y), Value: float64(years[y])})
	}
	return bars, "year"
}

// clip shortens s to n runes, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
