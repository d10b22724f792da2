package render

import (
	"io"
	"slices"
	"strings"

	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

// Rows is a streaming query result as WriteRows reads it. *engine.Rows
// satisfies it; render does not import the engine.
type Rows interface {
	// Columns returns the column names.
	Columns() []string
	// IsAggregate reports whether the rows are cells of an aggregate (or
	// the lines of a plan) rather than events.
	IsAggregate() bool
	// Next advances to the next row and reports whether there is one.
	Next() bool
	// Event returns the current event of an events result.
	Event() *timeline.Event
	// Row returns the cells of the current row, in Columns order.
	Row() []string
	// Err returns the error that ended the iteration, if any.
	Err() error
}

// defaultColumns are the column names of an events query without a
// projection: those results get the event view.
var defaultColumns = func() []string {
	out := make([]string, len(query.DefaultColumns))
	for i, c := range query.DefaultColumns {
		out[i] = c.String()
	}
	return out
}()

// WriteRows writes a query result in the chosen format; it is how the tl
// command and its REPL print every query. An events result with the
// default columns goes through the event view ([EventWriter]); a projection,
// an aggregate or a plan becomes a [Table] whose cells pass through
// [DisplayCells], so entity lists show names in opts.Lang. WriteRows reads
// rows to the end but does not close them.
func WriteRows(w io.Writer, rows Rows, lookup Lookup, opts Options) error {
	cols := rows.Columns()
	if !rows.IsAggregate() && slices.Equal(cols, defaultColumns) {
		ew := NewEventWriter(w, lookup, opts)
		for rows.Next() {
			if err := ew.Write(rows.Event()); err != nil {
				return err
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		return ew.Close()
	}
	tab := &Table{Columns: cols}
	for rows.Next() {
		tab.Rows = append(tab.Rows, DisplayCells(cols, rows.Row(), lookup, opts.Lang))
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return WriteTable(w, tab, opts)
}

// DisplayCells returns a copy of row, a row of cells named by cols, with
// entity ids shown as names in lang: the "actors" and "places" columns
// (comma-separated ids) become lists of names, and a "name" column (which
// an aggregate fills with the id in the column before it) is resolved
// again, so that lang "ar" shows Arabic names. Other id columns stay ids,
// so a row can be pasted back into a query; an id lookup does not know
// stays as it is.
func DisplayCells(cols, row []string, lookup Lookup, lang string) []string {
	out := slices.Clone(row)
	for i, c := range cols {
		if i >= len(out) {
			break
		}
		switch c {
		case "actors", "places":
			var ids []string
			for _, id := range strings.Split(out[i], ",") {
				if id = strings.TrimSpace(id); id != "" {
					ids = append(ids, id)
				}
			}
			out[i] = names(ids, lookup, lang)
		case "name":
			if i > 0 && out[i-1] != "" {
				out[i] = displayName(out[i-1], lookup, lang)
			}
		}
	}
	return out
}
