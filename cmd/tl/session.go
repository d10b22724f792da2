package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/render"
)

// session is an open database and where it lives.
type session struct {
	m   *Main
	dir string
	db  *engine.DB
}

// open opens the database the global flags name, creating it if needed.
func (m *Main) open() (*session, error) {
	dir, err := m.DBDir()
	if err != nil {
		return nil, err
	}
	db, err := engine.Open(dir, nil)
	if err != nil {
		return nil, err
	}
	return &session{m: m, dir: dir, db: db}, nil
}

func (s *session) close() error {
	if s == nil || s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	return err
}

// reopen switches the session to another database directory.
func (s *session) reopen(dir string) error {
	db, err := engine.Open(dir, nil)
	if err != nil {
		return err
	}
	s.db.Close()
	s.db, s.dir = db, dir
	return nil
}

func (s *session) describe() string {
	st, err := s.db.Stats()
	if err != nil {
		return s.dir
	}
	return fmt.Sprintf("%s: %d events from %d articles", s.dir, st.Events, st.Articles)
}

// withDB runs fn on the opened database and closes it after.
func (m *Main) withDB(fn func(s *session) error) error {
	s, err := m.open()
	if err != nil {
		return err
	}
	err = fn(s)
	if cerr := s.close(); err == nil {
		err = cerr
	}
	return err
}

// queryError turns a query error into a message with the source line and a
// caret under the offending token.
func queryError(src string, err error) error {
	var qe *query.Error
	var ql query.ErrorList
	if errors.As(err, &qe) || errors.As(err, &ql) {
		return errors.New(query.FormatError(src, err))
	}
	return err
}

func (m *Main) renderOptions(f render.Format) render.Options {
	w := 0
	if f == render.FormatTable && m.Width != nil {
		w = m.Width()
	}
	return render.Options{Format: f, Lang: m.lang, Width: w}
}

var defaultColumnNames = func() []string {
	var out []string
	for _, c := range query.DefaultColumns {
		out = append(out, c.String())
	}
	return out
}()

// runQuery runs src and prints its result: events through the event
// renderer, aggregates and projections as tables.
func (m *Main) runQuery(ctx context.Context, s *session, src string, params map[string]string, f render.Format, w io.Writer) error {
	rows, err := s.db.Query(ctx, src, params)
	if err != nil {
		return queryError(src, err)
	}
	defer rows.Close()
	opts := m.renderOptions(f)
	if rows.Kind() == engine.ResultEvents && slices.Equal(rows.Columns(), defaultColumnNames) {
		ew := render.NewEventWriter(w, s.db.Lookup, opts)
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
	tab := &render.Table{Columns: rows.Columns()}
	for rows.Next() {
		tab.Rows = append(tab.Rows, m.displayCells(s, rows.Columns(), rows.Row()))
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return render.WriteTable(w, tab, opts)
}

// displayCells shows entity ids as names in the session language: list
// columns (actors, places) become lists of names, and the "name" column of
// an aggregate (which names the id in the column before it) is re-resolved
// so that --lang ar shows Arabic names. Id columns stay ids, so a row can be
// pasted back into a query.
func (m *Main) displayCells(s *session, cols, row []string) []string {
	out := slices.Clone(row)
	name := func(id string) string {
		if e, ok := s.db.Lookup(id); ok {
			return e.DisplayName(m.lang)
		}
		return id
	}
	for i, c := range cols {
		if i >= len(out) {
			break
		}
		switch c {
		case "actors", "places":
			var names []string
			for _, id := range strings.Split(out[i], ",") {
				if id = strings.TrimSpace(id); id != "" {
					names = append(names, name(id))
				}
			}
			out[i] = strings.Join(names, ", ")
		case "name":
			if i > 0 && out[i-1] != "" {
				out[i] = name(out[i-1])
			}
		}
	}
	return out
}

// explain prints the plan of a query with estimated and actual keys read.
func (m *Main) explain(ctx context.Context, s *session, src string, w io.Writer) error {
	ex, err := s.db.Explain(ctx, src, nil)
	if err != nil {
		return queryError(src, err)
	}
	_, err = fmt.Fprintln(w, ex.String())
	return err
}
