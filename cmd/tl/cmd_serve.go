package main

import (
	"context"
	"errors"
	"fmt"
	"net"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/server"
	"github.com/tl-project/tl/timeline"
)

func init() {
	register(command{name: "serve", usage: "serve [--addr 127.0.0.1:8080]",
		summary: "a local, read-only web view: query box, timeline, table, counts by month", run: (*Main).cmdServe})
}

// dbQuerier adapts an engine.DB to the web server's Querier.
type dbQuerier struct{ db *engine.DB }

// posError carries a query error's position for the web page.
type posError struct {
	err       error
	line, col int
}

func (e *posError) Error() string             { return e.err.Error() }
func (e *posError) Unwrap() error             { return e.err }
func (e *posError) Position() (line, col int) { return e.line, e.col }

func withPosition(err error) error {
	var qe *query.Error
	var ql query.ErrorList
	switch {
	case errors.As(err, &qe) && qe.Pos.IsValid():
		return &posError{err, qe.Pos.Line, qe.Pos.Column}
	case errors.As(err, &ql) && len(ql) > 0 && ql[0].Pos.IsValid():
		return &posError{err, ql[0].Pos.Line, ql[0].Pos.Column}
	}
	return err
}

// errNotEvents tells the server to ask Table instead.
var errNotEvents = errors.New("the query does not return events")

func (q dbQuerier) Events(ctx context.Context, src string) ([]timeline.Event, error) {
	rows, err := q.db.Query(ctx, src, nil)
	if err != nil {
		return nil, withPosition(err)
	}
	defer rows.Close()
	if rows.Kind() != engine.ResultEvents {
		return nil, errNotEvents
	}
	var out []timeline.Event
	for rows.Next() {
		out = append(out, *rows.Event())
	}
	return out, rows.Err()
}

func (q dbQuerier) Table(ctx context.Context, src string) ([]string, [][]string, error) {
	rows, err := q.db.Query(ctx, src, nil)
	if err != nil {
		return nil, nil, withPosition(err)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		out = append(out, rows.Row())
	}
	return rows.Columns(), out, rows.Err()
}

func (q dbQuerier) Entity(id string) (timeline.Entity, bool) { return q.db.Lookup(id) }

func (m *Main) cmdServe(ctx context.Context, args []string) error {
	fs := m.newFlags("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address` (loopback by default; the view is read-only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return m.withDB(func(s *session) error {
		h := server.New(dbQuerier{s.db}, server.Options{Lang: m.lang, Examples: []string{
			"events order by date desc limit 50",
			"events where actor = RUS and date in 2025",
			"events where type = summit",
			"count by month",
			"top 10 actors",
		}})
		ln, err := server.Listen(*addr)
		if err != nil {
			return err
		}
		host, port, _ := net.SplitHostPort(ln.Addr().String())
		fmt.Fprintf(m.Stdout, "tl: serving %s at http://%s/ (Ctrl-C to stop)\n", s.dir, net.JoinHostPort(host, port))
		return server.Serve(ctx, ln, h)
	})
}
