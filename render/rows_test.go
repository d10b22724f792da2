package render_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/timeline"
)

// sliceRows is a finished query result held in memory, as render.Rows.
type sliceRows struct {
	cols      []string
	aggregate bool
	events    []timeline.Event // for an events result
	cells     [][]string       // for a table result, or projected events
	err       error            // returned by Err at the end
	i         int
}

func (r *sliceRows) Columns() []string { return r.cols }
func (r *sliceRows) IsAggregate() bool { return r.aggregate }
func (r *sliceRows) Next() bool {
	if r.i >= max(len(r.events), len(r.cells)) {
		return false
	}
	r.i++
	return true
}
func (r *sliceRows) Event() *timeline.Event {
	if r.i-1 < len(r.events) {
		return &r.events[r.i-1]
	}
	return nil
}
func (r *sliceRows) Row() []string {
	if r.i-1 < len(r.cells) {
		return r.cells[r.i-1]
	}
	return nil
}
func (r *sliceRows) Err() error { return r.err }

// defaultCols are the columns of an events query without a projection.
var defaultCols = []string{"id", "date", "type", "status", "actors", "places", "confidence", "sources"}

func TestWriteRows(t *testing.T) {
	evs := fixture()
	for _, tc := range []struct {
		name string
		rows *sliceRows
		opts render.Options
		want string // the whole output
	}{
		{
			name: "default columns use the event view",
			rows: &sliceRows{cols: defaultCols, events: evs[:1]},
			opts: render.Options{Format: render.FormatCSV},
			want: "date,type,status,actors,place,source,id\n" +
				"2021-06-16,summit,occurred,\"Russia, United States, Joe Biden, Vladimir Putin\",Geneva,a.txt," + evs[0].ID + "\n",
		},
		{
			name: "a projection is a table with names for the id lists",
			rows: &sliceRows{cols: []string{"date", "actors", "places"}, events: evs[:1],
				cells: [][]string{{"2021-06-16", "vladimir-putin,RUS", "geneva"}}},
			opts: render.Options{Format: render.FormatCSV},
			want: "date,actors,places\n2021-06-16,\"Vladimir Putin, Russia\",Geneva\n",
		},
		{
			name: "an aggregate's name column is resolved again in the language",
			rows: &sliceRows{cols: []string{"actor", "name", "count"}, aggregate: true,
				cells: [][]string{{"RUS", "Russia", "3"}, {"unknown-id", "unknown-id", "1"}}},
			opts: render.Options{Format: render.FormatCSV, Lang: "ar"},
			want: "actor,name,count\nRUS,روسيا,3\nunknown-id,unknown-id,1\n",
		},
		{
			name: "an aggregate with the default column names is still a table",
			rows: &sliceRows{cols: defaultCols, aggregate: true, cells: [][]string{{"x", "2021", "call", "planned", "USA", "", "1", "b.txt"}}},
			opts: render.Options{Format: render.FormatCSV},
			want: strings.Join(defaultCols, ",") + "\nx,2021,call,planned,United States,,1,b.txt\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.WriteRows(&buf, tc.rows, lookup, tc.opts); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// WriteRows prints the same bytes as WriteEvents for an events result.
func TestWriteRowsMatchesWriteEvents(t *testing.T) {
	for _, f := range render.Formats {
		opts := render.Options{Format: f}
		var rowsOut, eventsOut bytes.Buffer
		if err := render.WriteRows(&rowsOut, &sliceRows{cols: defaultCols, events: fixture()}, lookup, opts); err != nil {
			t.Fatal(err)
		}
		if err := render.WriteEvents(&eventsOut, fixture(), lookup, opts); err != nil {
			t.Fatal(err)
		}
		if rowsOut.String() != eventsOut.String() {
			t.Errorf("%s: WriteRows\n%s\nWriteEvents\n%s", f, rowsOut.String(), eventsOut.String())
		}
	}
}

func TestWriteRowsError(t *testing.T) {
	errScan := errors.New("scan failed")
	for _, rows := range []*sliceRows{
		{cols: defaultCols, events: fixture(), err: errScan},
		{cols: []string{"month", "count"}, aggregate: true, cells: [][]string{{"2021-06", "1"}}, err: errScan},
	} {
		var buf bytes.Buffer
		if err := render.WriteRows(&buf, rows, lookup, render.Options{}); !errors.Is(err, errScan) {
			t.Errorf("columns %v: err = %v, want %v", rows.cols, err, errScan)
		}
	}
}

func TestDisplayCells(t *testing.T) {
	for _, tc := range []struct {
		cols, row []string
		lang      string
		want      []string
	}{
		{[]string{"actors"}, []string{"RUS, USA ,"}, "en", []string{"Russia, United States"}},
		{[]string{"places"}, []string{"geneva"}, "ar", []string{"جنيف"}},
		{[]string{"actors"}, []string{""}, "en", []string{""}},
		{[]string{"country", "name", "n"}, []string{"USA", "United States", "2"}, "ar", []string{"USA", "الولايات المتحدة", "2"}},
		{[]string{"name"}, []string{"Russia"}, "ar", []string{"Russia"}},                      // no id column before it
		{[]string{"id", "actors"}, []string{"RUS"}, "en", []string{"RUS"}},                    // short row
		{[]string{"id", "sources"}, []string{"RUS", "a.txt"}, "en", []string{"RUS", "a.txt"}}, // ids stay ids
	} {
		row := append([]string(nil), tc.row...)
		got := render.DisplayCells(tc.cols, row, lookup, tc.lang)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("DisplayCells(%q, %q, %s) = %q, want %q", tc.cols, tc.row, tc.lang, got, tc.want)
		}
		if strings.Join(row, "|") != strings.Join(tc.row, "|") {
			t.Errorf("DisplayCells changed its input row to %q", row)
		}
	}
}
