package server

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/tl-project/tl/timeline"
	"github.com/tl-project/tl/viz"
)

// Querier answers queries for the server. Implementations must be safe for
// concurrent use: the server calls them from many requests at once.
type Querier interface {
	// Events runs an event query and returns its events in order. For a
	// query that does not return events (an aggregate such as "count by
	// month …") it returns an error; the server then asks Table.
	Events(ctx context.Context, query string) ([]timeline.Event, error)
	// Table runs any query and returns its result as a table of strings:
	// column names and rows.
	Table(ctx context.Context, query string) (columns []string, rows [][]string, err error)
	// Entity returns the record of an entity id.
	Entity(id string) (timeline.Entity, bool)
}

// Positioner is implemented by query errors that know where in the query
// they are. Line and column count from 1; the column counts runes.
type Positioner interface {
	Position() (line, col int)
}

// Defaults of Options.
const (
	DefaultMaxEvents     = 2000
	DefaultMaxRows       = 5000
	DefaultMaxQueryBytes = 4096
	DefaultTimeout       = 30 * time.Second
	DefaultWidth         = 1100
)

// Options configure New. The zero value is usable.
type Options struct {
	// Lanes is the default lane mode of the timeline, "actor" or
	// "country"; anything else means "actor". A request can choose with
	// ?lanes=.
	Lanes string
	// Lang is the default language of names, "en" or "ar"; anything else
	// means "en". A request can choose with ?lang=.
	Lang string
	// Width is the width of the drawings in pixels; 0 (or anything under
	// viz.MinWidth) means DefaultWidth. Pages scale them down to fit.
	Width int
	// MaxEvents is the most events the timeline draws; the rest are
	// counted but not drawn. 0 means DefaultMaxEvents.
	MaxEvents int
	// MaxRows is the most rows the table view shows (exports are not
	// limited). 0 means DefaultMaxRows.
	MaxRows int
	// MaxQueryBytes is the longest query accepted; 0 means
	// DefaultMaxQueryBytes.
	MaxQueryBytes int
	// Timeout bounds the time of one query; 0 means DefaultTimeout.
	Timeout time.Duration
	// CountQuery turns an event query into the query that counts its
	// events by month (for instance by wrapping its condition in
	// "count by month"), run through Querier.Table for the chart view.
	// Nil means the server counts the events of the query by the month
	// each starts in.
	CountQuery func(query string) string
	// Examples are queries offered as links on the empty page.
	Examples []string
	// AllowedHosts are further Host names (without port) the server
	// answers to, besides the loopback names.
	AllowedHosts []string
	// AnyHost turns the Host check off: for serving on a non-loopback
	// interface behind something that checks hosts itself.
	AnyHost bool
}

func (o Options) withDefaults() Options {
	if o.Lanes != viz.LanesCountry {
		o.Lanes = viz.LanesActor
	}
	if o.Lang != "ar" {
		o.Lang = "en"
	}
	if o.Width < viz.MinWidth {
		o.Width = DefaultWidth
	}
	if o.MaxEvents == 0 {
		o.MaxEvents = DefaultMaxEvents
	}
	if o.MaxRows == 0 {
		o.MaxRows = DefaultMaxRows
	}
	if o.MaxQueryBytes == 0 {
		o.MaxQueryBytes = DefaultMaxQueryBytes
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	return o
}

var (
	//go:embed assets/page.html.tmpl
	pageText string
	//go:embed assets/app.css
	appCSS string

	pageTmpl = template.Must(template.New("page").Parse(pageText))
	// staticCSS is viz's stylesheet followed by the page's own.
	staticCSS = viz.Stylesheet() + "\n" + appCSS
)

// ContentSecurityPolicy is sent with every response: scripts and styles
// only from the server itself (no inline script, no inline style, no
// eval), images only from itself or data: URLs, forms only to itself, no
// framing.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// handler is the http.Handler returned by New.
type handler struct {
	q    Querier
	opts Options
	mux  *http.ServeMux
}

// New returns the web view over q.
func New(q Querier, opts Options) http.Handler {
	h := &handler{q: q, opts: opts.withDefaults(), mux: http.NewServeMux()}
	h.mux.HandleFunc("/{$}", h.page)
	h.mux.HandleFunc("/export.csv", h.export)
	h.mux.HandleFunc("/export.jsonl", h.export)
	h.mux.HandleFunc("/static/app.js", static("text/javascript; charset=utf-8", viz.Script()))
	h.mux.HandleFunc("/static/app.css", static("text/css; charset=utf-8", staticCSS))
	return h
}

// ServeHTTP applies the checks every request passes (method, host) and the
// security headers every response carries, then routes.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", ContentSecurityPolicy)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	hd.Set("Cross-Origin-Resource-Policy", "same-origin")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed: this server is read-only", http.StatusMethodNotAllowed)
		return
	}
	if !h.hostAllowed(r.Host) {
		http.Error(w, fmt.Sprintf("403 %v: %q", ErrHost, r.Host), http.StatusForbidden)
		return
	}
	h.mux.ServeHTTP(w, r)
}

// hostAllowed reports whether the server answers to the Host header host.
func (h *handler) hostAllowed(host string) bool {
	if h.opts.AnyHost {
		return true
	}
	name := host
	if n, _, err := net.SplitHostPort(host); err == nil {
		name = n
	}
	name = strings.ToLower(strings.TrimSuffix(strings.Trim(name, "[]"), "."))
	if name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return true
	}
	if ip := net.ParseIP(name); ip != nil && ip.IsLoopback() {
		return true
	}
	for _, a := range h.opts.AllowedHosts {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

func static(ctype, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "", time.Time{}, strings.NewReader(body))
	}
}

// result is what a query returned: events, or a table.
type result struct {
	events  []timeline.Event
	columns []string
	rows    [][]string
	isTable bool
}

// run runs q as an event query, and as a table query if that fails. When
// both fail the event query's error is returned: it is the one that speaks
// of the query.
func (h *handler) run(ctx context.Context, q string) (result, error) {
	evs, err := h.q.Events(ctx, q)
	if err == nil {
		return result{events: evs}, nil
	}
	if ctx.Err() != nil {
		return result{}, err
	}
	cols, rows, terr := h.q.Table(ctx, q)
	if terr != nil {
		return result{}, err
	}
	return result{columns: cols, rows: rows, isTable: true}, nil
}

// queryParam returns the query of a request, checked for length.
func (h *handler) queryParam(r *http.Request) (string, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > h.opts.MaxQueryBytes {
		return "", fmt.Errorf("%w: %d bytes (at most %d)", ErrQueryTooLong, len(q), h.opts.MaxQueryBytes)
	}
	return q, nil
}

// choice returns the value of parameter name, def when absent, or an error
// when it is not one of allowed.
func choice(r *http.Request, name, def string, allowed ...string) (string, error) {
	v := strings.ToLower(strings.TrimSpace(r.URL.Query().Get(name)))
	if v == "" {
		return def, nil
	}
	for _, a := range allowed {
		if v == a {
			return v, nil
		}
	}
	return def, fmt.Errorf("%w: %s=%q (want %s)", ErrBadParam, name, v, strings.Join(allowed, ", "))
}

// writeBuffered sends a fully rendered body, so that a rendering error
// becomes a clean 500 instead of half a page.
func writeBuffered(w http.ResponseWriter, r *http.Request, status int, ctype string, body *bytes.Buffer) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(body.Len()))
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body.Bytes())
	}
}

// errorPosition finds the first error in err's tree that knows its
// position.
func errorPosition(err error) (line, col int, ok bool) {
	var p Positioner
	if errors.As(err, &p) {
		line, col = p.Position()
		return line, col, line > 0
	}
	return 0, 0, false
}
