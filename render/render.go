package render

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/tl-project/tl/timeline"
)

// Format is an output format.
type Format string

// The output formats.
const (
	FormatTable    Format = "table"
	FormatJSON     Format = "json"
	FormatJSONL    Format = "jsonl"
	FormatCSV      Format = "csv"
	FormatMarkdown Format = "md"
)

// Formats lists the formats in the order help texts show them.
var Formats = []Format{FormatTable, FormatJSON, FormatJSONL, FormatCSV, FormatMarkdown}

// ParseFormat reads a format name; "markdown" is accepted for "md".
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "markdown" {
		return FormatMarkdown, nil
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w %q (want table, json, jsonl, csv or md)", ErrFormat, s)
}

// Lookup resolves an entity id to its record. A nil Lookup, or a miss, shows
// the bare id.
type Lookup func(id string) (timeline.Entity, bool)

// Options control rendering.
type Options struct {
	// Format is the output format; "" means table.
	Format Format
	// Lang is "en" (default) or "ar": the language of entity names in
	// tables, CSV and Markdown. JSON always carries both names.
	Lang string
	// Width is the terminal width a table must fit; 0 means unlimited.
	Width int
}

func (o Options) format() Format {
	if o.Format == "" {
		return FormatTable
	}
	return o.Format
}

// EntityJSON is an entity as it appears inside EventJSON.
type EntityJSON struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	NameAR  string  `json:"name_ar,omitempty"`
	Kind    string  `json:"kind"`
	ISO3    string  `json:"iso3,omitempty"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat,omitempty"`
	Lon     float64 `json:"lon,omitempty"`
}

// SourceJSON is a source as it appears inside EventJSON.
type SourceJSON struct {
	Doc        string  `json:"doc"`
	Published  string  `json:"published,omitempty"`
	Sentence   string  `json:"sentence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence,omitempty"`
}

// EventJSON is the JSON shape of an event, as printed by the json and jsonl
// formats and read back by import.
type EventJSON struct {
	ID            string       `json:"id"`
	Type          string       `json:"type"`
	Date          string       `json:"date"`
	End           string       `json:"end,omitempty"`
	Precision     string       `json:"precision"`
	Status        string       `json:"status"`
	Confidence    float64      `json:"confidence"`
	Actors        []EntityJSON `json:"actors"`
	Places        []EntityJSON `json:"places"`
	Sources       []SourceJSON `json:"sources"`
	PLOVER        string       `json:"plover,omitempty"`
	CAMEO         string       `json:"cameo,omitempty"`
	FirstReported string       `json:"first_reported,omitempty"`
}

// NewEntityJSON returns the JSON view of entity id, resolved through lookup.
func NewEntityJSON(id string, lookup Lookup) EntityJSON {
	e, ok := resolve(id, lookup)
	if !ok {
		return EntityJSON{ID: id, Name: id, Kind: timeline.KindUnknown.String()}
	}
	out := EntityJSON{ID: e.ID, Name: e.Name, NameAR: e.NameAR, Kind: e.Kind.String(),
		Country: e.Country, Lat: round2(e.Lat), Lon: round2(e.Lon)}
	if e.Kind == timeline.KindCountry {
		out.ISO3 = e.ISO3
		if out.ISO3 == "" {
			out.ISO3 = e.ID
		}
	}
	if out.Name == "" {
		out.Name = e.ID
	}
	return out
}

func round2(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 2, 64), 64)
	return v
}

func resolve(id string, lookup Lookup) (timeline.Entity, bool) {
	if lookup == nil {
		return timeline.Entity{}, false
	}
	return lookup(id)
}

// NewEventJSON returns the JSON view of ev.
func NewEventJSON(ev *timeline.Event, lookup Lookup) EventJSON {
	out := EventJSON{
		ID: ev.ID, Type: ev.Type.String(), Date: ev.Date.String(), End: ev.Date.EndString(),
		Precision: ev.Date.Precision.String(), Status: ev.Status.String(),
		Confidence: round2(ev.Confidence), CAMEO: ev.Type.CAMEO(),
		Actors: []EntityJSON{}, Places: []EntityJSON{}, Sources: []SourceJSON{},
	}
	if t, m := ev.Type.PLOVER(); t != "" {
		out.PLOVER = t + "/" + m
	}
	if ev.FirstReported != 0 {
		out.FirstReported = ev.FirstReported.String()
	}
	for _, id := range ev.Actors {
		out.Actors = append(out.Actors, NewEntityJSON(id, lookup))
	}
	for _, id := range ev.Places {
		out.Places = append(out.Places, NewEntityJSON(id, lookup))
	}
	for _, s := range ev.Sources {
		sj := SourceJSON{Doc: s.Doc, Sentence: s.Sentence, Start: s.Start, End: s.End, Confidence: round2(s.Confidence)}
		if s.Published != 0 {
			sj.Published = s.Published.String()
		}
		out.Sources = append(out.Sources, sj)
	}
	return out
}

// EventColumns are the columns of the table, CSV and Markdown event views.
var EventColumns = []string{"date", "type", "status", "actors", "place", "source"}

// EventRow returns ev as the cells of EventColumns, names in lang.
func EventRow(ev *timeline.Event, lookup Lookup, lang string) []string {
	date := ev.Date.String()
	if end := ev.Date.EndString(); end != "" {
		date += ".." + end
	}
	if date == "" {
		date = "?"
	}
	return []string{date, ev.Type.String(), ev.Status.String(),
		names(ev.Actors, lookup, lang), names(ev.Places, lookup, lang), strings.Join(ev.Docs(), " ")}
}

// names shows a list of entity ids as their names in lang, joined by ", ".
func names(ids []string, lookup Lookup, lang string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = displayName(id, lookup, lang)
	}
	return strings.Join(out, ", ")
}

// displayName is the name of entity id in lang, or the id when lookup does
// not know it.
func displayName(id string, lookup Lookup, lang string) string {
	if e, ok := resolve(id, lookup); ok {
		return e.DisplayName(lang)
	}
	return id
}

// EventWriter writes events in one format. Call Write for each event, then
// Close to flush; Close does not close the underlying writer.
type EventWriter struct {
	w      io.Writer
	opts   Options
	lookup Lookup
	csv    *csv.Writer
	tab    *Table
	json   []EventJSON
	n      int
}

// NewEventWriter returns a writer of events to w.
func NewEventWriter(w io.Writer, lookup Lookup, opts Options) *EventWriter {
	ew := &EventWriter{w: w, opts: opts, lookup: lookup}
	switch opts.format() {
	case FormatCSV:
		ew.csv = csv.NewWriter(w)
		ew.csv.Write(slices.Concat(EventColumns, []string{"id"}))
	case FormatTable, FormatMarkdown:
		ew.tab = &Table{Columns: EventColumns}
	}
	return ew
}

// Write adds one event.
func (ew *EventWriter) Write(ev *timeline.Event) error {
	ew.n++
	switch ew.opts.format() {
	case FormatJSONL:
		b, err := json.Marshal(NewEventJSON(ev, ew.lookup))
		if err != nil {
			return fmt.Errorf("encode event %s: %w", ev.ID, err)
		}
		_, err = ew.w.Write(append(b, '\n'))
		return err
	case FormatJSON:
		ew.json = append(ew.json, NewEventJSON(ev, ew.lookup))
	case FormatCSV:
		if err := ew.csv.Write(csvSafe(append(EventRow(ev, ew.lookup, ew.opts.Lang), ev.ID))); err != nil {
			return err
		}
		ew.csv.Flush()
		return ew.csv.Error()
	default:
		ew.tab.Rows = append(ew.tab.Rows, EventRow(ev, ew.lookup, ew.opts.Lang))
	}
	return nil
}

// Count returns how many events were written.
func (ew *EventWriter) Count() int { return ew.n }

// Close flushes buffered formats.
func (ew *EventWriter) Close() error {
	switch ew.opts.format() {
	case FormatJSON:
		if ew.json == nil {
			ew.json = []EventJSON{}
		}
		enc := json.NewEncoder(ew.w)
		enc.SetIndent("", "  ")
		return enc.Encode(ew.json)
	case FormatCSV:
		ew.csv.Flush()
		return ew.csv.Error()
	case FormatTable, FormatMarkdown:
		return WriteTable(ew.w, ew.tab, ew.opts)
	}
	return nil
}

// WriteEvents writes a whole slice of events.
func WriteEvents(w io.Writer, events []timeline.Event, lookup Lookup, opts Options) error {
	ew := NewEventWriter(w, lookup, opts)
	for i := range events {
		if err := ew.Write(&events[i]); err != nil {
			return err
		}
	}
	return ew.Close()
}

// Table is a generic result: named columns and rows of cells.
type Table struct {
	Columns []string
	Rows    [][]string
}

// WriteTable prints t in the chosen format. JSON is an array of objects
// keyed by column name; JSONL one such object a line.
func WriteTable(w io.Writer, t *Table, opts Options) error {
	switch opts.format() {
	case FormatJSON, FormatJSONL:
		objs := make([]map[string]any, 0, len(t.Rows))
		for _, r := range t.Rows {
			objs = append(objs, rowObject(t.Columns, r))
		}
		if opts.format() == FormatJSONL {
			for _, o := range objs {
				b, err := json.Marshal(o)
				if err != nil {
					return err
				}
				if _, err := w.Write(append(b, '\n')); err != nil {
					return err
				}
			}
			return nil
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(objs)
	case FormatCSV:
		cw := csv.NewWriter(w)
		cw.Write(csvSafe(t.Columns))
		for _, r := range t.Rows {
			cw.Write(csvSafe(r))
		}
		cw.Flush()
		return cw.Error()
	case FormatMarkdown:
		tab := tablewriter.NewTable(w, tablewriter.WithRenderer(renderer.NewMarkdown()),
			tablewriter.WithHeaderAutoFormat(tw.Off), tablewriter.WithRowAutoWrap(tw.WrapNone))
		if err := fill(tab, t); err != nil {
			return err
		}
		if len(t.Rows) == 0 {
			_, err := io.WriteString(w, "\n_(no rows)_\n")
			return err
		}
		return nil
	default:
		opt := []tablewriter.Option{tablewriter.WithHeaderAutoFormat(tw.Off)}
		if opts.Width > 0 {
			if widths := fitWidths(t, opts.Width); widths != nil {
				opt = append(opt, tablewriter.WithColumnWidths(widths), tablewriter.WithRowAutoWrap(tw.WrapBreak))
			}
		}
		tab := tablewriter.NewTable(w, opt...)
		if err := fill(tab, t); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "(%d %s)\n", len(t.Rows), plural(len(t.Rows), "row", "rows"))
		return err
	}
}

// fitWidths shares a terminal width among the columns. Each column gets its
// natural width until the total exceeds the terminal; then columns whose
// cells hold several words (actor lists) wrap first, down to eight cells or
// their header, and only then do single-word columns (dates, types) give way.
// It returns nil when the table fits as it is.
func fitWidths(t *Table, width int) tw.Mapper[int, int] {
	n := len(t.Columns)
	if n == 0 {
		return nil
	}
	nat := make([]int, n)
	hdr := make([]int, n)
	words := make([]bool, n)
	for i, c := range t.Columns {
		hdr[i] = max(runewidth.StringWidth(c), 3)
		nat[i] = hdr[i]
	}
	for _, r := range t.Rows {
		for i := 0; i < n && i < len(r); i++ {
			nat[i] = max(nat[i], runewidth.StringWidth(r[i]))
			words[i] = words[i] || strings.ContainsRune(r[i], ' ')
		}
	}
	budget := width - (3*n + 1) // borders and one space of padding each side
	total := 0
	for _, w := range nat {
		total += w
	}
	if total <= budget {
		return nil
	}
	shrink := func(floor func(i int) int) {
		for total > budget {
			widest := -1
			for i := range nat {
				if nat[i] > floor(i) && (widest < 0 || nat[i] > nat[widest]) {
					widest = i
				}
			}
			if widest < 0 {
				return
			}
			nat[widest]--
			total--
		}
	}
	shrink(func(i int) int {
		if words[i] {
			return max(hdr[i], 8)
		}
		return nat[i]
	})
	shrink(func(i int) int { return hdr[i] })
	m := tw.NewMapper[int, int]()
	for i, w := range nat {
		m.Set(i, w+2)
	}
	return m
}

// csvSafe defuses cells a spreadsheet would run as a formula (article text
// is untrusted): a cell starting with = + - @ (or a tab or carriage return)
// that is not a number gets a leading apostrophe, as OWASP recommends.
func csvSafe(row []string) []string {
	var out []string
	for i, c := range row {
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			if _, err := strconv.ParseFloat(c, 64); err != nil {
				if out == nil {
					out = slices.Clone(row)
				}
				out[i] = "'" + c
			}
		}
	}
	if out == nil {
		return row
	}
	return out
}

func fill(tab *tablewriter.Table, t *Table) error {
	tab.Header(anySlice(t.Columns)...)
	for _, r := range t.Rows {
		if err := tab.Append(mdEscape(r)); err != nil {
			return err
		}
	}
	return tab.Render()
}

// mdEscape keeps a pipe inside a cell from breaking a Markdown row; it is
// harmless in the plain table.
func mdEscape(r []string) []string {
	out := make([]string, len(r))
	for i, c := range r {
		out[i] = strings.ReplaceAll(strings.ReplaceAll(c, "|", `\|`), "\n", " ")
	}
	return out
}

func rowObject(cols, r []string) map[string]any {
	o := make(map[string]any, len(cols))
	for i, c := range cols {
		if i >= len(r) {
			break
		}
		if n, err := strconv.ParseInt(r[i], 10, 64); err == nil {
			o[c] = n
		} else {
			o[c] = r[i]
		}
	}
	return o
}

func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// TimelineLine formats ev as one line of a text timeline:
// "2021-06-16  summit     Vladimir Putin, Joe Biden @ Geneva".
// Planned events are marked "(planned)".
func TimelineLine(ev *timeline.Event, lookup Lookup, lang string) string {
	date := ev.Date.String()
	if end := ev.Date.EndString(); end != "" {
		date += ".." + end
	}
	if date == "" {
		date = "undated"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s  %-9s  %s", date, ev.Type, names(ev.Actors, lookup, lang))
	if len(ev.Places) > 0 {
		b.WriteString(" @ " + names(ev.Places, lookup, lang))
	}
	if ev.Status == timeline.StatusPlanned {
		b.WriteString(" (planned)")
	}
	return b.String()
}
