package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/render"
)

// session is an open database and where it lives.
type session struct {
	dir  string
	db   *engine.DB
	opts *engine.Options // from the global flags, for reopen
}

// open opens the database the global flags name, creating it if needed.
func (m *Main) open() (*session, error) {
	dir, err := m.DBDir()
	if err != nil {
		return nil, err
	}
	opts := m.options()
	db, err := engine.Open(dir, opts)
	if err != nil {
		return nil, err
	}
	return &session{dir: dir, db: db, opts: opts}, nil
}

// close closes the database; closing a closed session does nothing.
func (s *session) close() error {
	if s == nil || s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	return err
}

// reopen switches the session to another database directory. The session
// keeps the old database when the new one cannot be opened; an error
// closing the old one is returned after the switch.
func (s *session) reopen(dir string) error {
	db, err := engine.Open(dir, s.opts)
	if err != nil {
		return err
	}
	old, oldDir := s.db, s.dir
	s.db, s.dir = db, dir
	if err := old.Close(); err != nil {
		return fmt.Errorf("close %s: %w", oldDir, err)
	}
	return nil
}

// describe says which database the session has open and how much it holds.
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

// runQuery runs src and prints its result with render.WriteRows: events
// through the event view, projections, aggregates and plans as tables with
// entity names in the session language.
func (m *Main) runQuery(ctx context.Context, s *session, src string, params map[string]string, f render.Format, w io.Writer) error {
	rows, err := s.db.Query(ctx, src, params)
	if err != nil {
		return queryError(src, err)
	}
	defer rows.Close()
	return render.WriteRows(w, rows, s.db.Lookup, m.renderOptions(f))
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
