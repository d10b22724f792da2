// Package server is tl's local web view: a query box, the timeline of the
// answer drawn by package viz, a table view, counts by month as a bar chart,
// and CSV and JSONL downloads of the current query. Pages are rendered on
// the server with html/template; the only script is a small embedded file
// that shows an event's sentence and article when its mark is clicked.
//
// # Basics
//
//   - [Querier] is what the server needs from a database: events for an
//     event query, a table for any query, and entity records for names.
//     The engine satisfies it through a thin adapter.
//   - [New] returns the http.Handler; [Options] tune it (lanes and
//     language by default, the width of the drawing, limits, the hosts it
//     answers to).
//   - [Listen], [Serve] and [ListenAndServe] run it on a loopback address
//     by default and stop when the context is cancelled.
//
// Routes, all GET (HEAD too): "/" the page (parameters q, view = timeline,
// table or chart, lanes = actor or country, lang = en or ar),
// "/export.csv?q=…" and "/export.jsonl?q=…" the downloads, and "/static/…"
// the embedded stylesheet and script.
//
// # Caveats
//
// The server is read-only: any method but GET and HEAD gets 405. Every
// string from articles is untrusted and is escaped by html/template (and by
// viz for the SVG); responses carry a Content-Security-Policy that admits
// only the server's own script and stylesheet, and X-Content-Type-Options:
// nosniff. By default the handler only answers requests whose Host is a
// loopback name (localhost, 127.0.0.1, [::1]), which defeats DNS rebinding
// against a server on the loopback interface; set Options.AllowedHosts or
// Options.AnyHost when serving on another interface.
//
// Query errors are shown with their position when the error (or one it
// wraps) has a method Position() (line, col int); the offending part of the
// query is highlighted rather than pointed at with a caret, so that the mark
// stays right with right-to-left text.
package server
