package server_test

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/server"
	"github.com/tl-project/tl/server/browsertest"
	"github.com/tl-project/tl/viz"
)

// get performs a GET on h and returns the response.
func get(t *testing.T, h http.Handler, target string) *http.Response {
	t.Helper()
	return do(t, h, http.MethodGet, target)
}

func do(t *testing.T, h http.Handler, method, target string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(method, target, nil)
	r.Host = "127.0.0.1:8080" // httptest's example.com is not a host the server answers to
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func page(q string, extra ...string) string {
	v := url.Values{"q": {q}}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	return "/?" + v.Encode()
}

// doc parses an HTML page.
func doc(t *testing.T, s string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// The DOM helpers of the browser test serve the static pages too.
var (
	attr   = browsertest.Attr
	textOf = browsertest.Text
	find   = browsertest.Elements
)

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return slices.Contains(strings.Fields(v), class)
}

func TestPageTimeline(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	res := get(t, h, page("all"))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	root := doc(t, body(t, res))
	marks := find(root, func(n *html.Node) bool { return n.Data == "g" && hasClass(n, "mark") })
	evs := map[string]bool{}
	for _, m := range marks {
		v, _ := attr(m, "data-ev")
		evs[v] = true
	}
	if len(evs) != 5 {
		t.Errorf("marks for %d events, want 5 (%d marks)", len(evs), len(marks))
	}
	details := find(root, func(n *html.Node) bool { return hasClass(n, "tl-detail") })
	if len(details) != 5 {
		t.Errorf("%d details, want 5", len(details))
	}
	for _, d := range details {
		if _, hidden := attr(d, "hidden"); !hidden {
			t.Error("a detail is shown before any click")
		}
	}
	lanes := find(root, func(n *html.Node) bool { return n.Data == "text" && hasClass(n, "lane") })
	var names []string
	for _, l := range lanes {
		names = append(names, textOf(l))
	}
	if want := []string{"Russia", "Vladimir Putin", "United States", "Joe Biden", "China"}; !slices.Equal(names, want) {
		t.Errorf("lanes = %q, want %q", names, want)
	}
	// Country lanes and Arabic names by parameter.
	root = doc(t, body(t, get(t, h, page("all", "lanes", "country", "lang", "ar"))))
	names = nil
	for _, l := range find(root, func(n *html.Node) bool { return n.Data == "text" && hasClass(n, "lane") }) {
		names = append(names, textOf(l))
		if d, _ := attr(l, "direction"); d != "rtl" {
			t.Errorf("Arabic lane %q without direction=rtl", textOf(l))
		}
	}
	if want := []string{"روسيا", "الولايات المتحدة", "الصين"}; !slices.Equal(names, want) {
		t.Errorf("country lanes = %q, want %q", names, want)
	}
	if htmlNode := find(root, func(n *html.Node) bool { return n.Data == "html" }); len(htmlNode) != 1 {
		t.Fatal("no html element")
	} else if dir, _ := attr(htmlNode[0], "dir"); dir != "rtl" {
		t.Errorf("Arabic page dir = %q", dir)
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	for _, target := range []string{"/", page("all"), "/export.csv?q=all", "/static/app.js", "/nope"} {
		res := get(t, h, target)
		if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options = %q", target, got)
		}
		csp := res.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", target, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe") {
			t.Errorf("%s: CSP allows unsafe: %q", target, csp)
		}
	}
}

// TestPageHasNoInlineScript checks what the CSP relies on: the page's only
// script is the external one, and it has no inline style or handlers.
func TestPageHasNoInlineScript(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	for _, target := range []string{"/", page("all"), page("all", "view", "table"), page("all", "view", "chart"), page("bogus")} {
		root := doc(t, body(t, get(t, h, target)))
		scripts := find(root, func(n *html.Node) bool { return n.Data == "script" })
		if len(scripts) != 1 {
			t.Fatalf("%s: %d scripts, want 1", target, len(scripts))
		}
		if src, _ := attr(scripts[0], "src"); src != "/static/app.js" || textOf(scripts[0]) != "" {
			t.Errorf("%s: script src=%q with %q inline", target, src, textOf(scripts[0]))
		}
		for _, n := range find(root, func(*html.Node) bool { return true }) {
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
					t.Errorf("%s: <%s %s=%q>", target, n.Data, a.Key, a.Val)
				}
			}
			if n.Data == "style" || n.Data == "img" || n.Data == "iframe" {
				t.Errorf("%s: <%s> element", target, n.Data)
			}
		}
	}
}

func TestPageEscapesArticleText(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	for _, view := range []string{"timeline", "table"} {
		s := body(t, get(t, h, page("actor CHN", "view", view)))
		for _, bad := range []string{"<script>document", "<img", `"><script>alert(9)`} {
			if strings.Contains(s, bad) {
				t.Errorf("%s view: raw %q in the page", view, bad)
			}
		}
		root := doc(t, s)
		var texts []string
		for _, n := range find(root, func(n *html.Node) bool { return n.Data == "blockquote" || n.Data == "td" }) {
			texts = append(texts, textOf(n))
		}
		if !slices.Contains(texts, hostileSentence) {
			t.Errorf("%s view: the sentence is not shown as text", view)
		}
	}
	// The query itself is echoed (textarea, title, error) escaped.
	q := `</textarea><script>alert(1)</script>`
	s := body(t, get(t, h, page(q)))
	if strings.Contains(s, "<script>alert") {
		t.Errorf("the query is echoed unescaped:\n%s", s)
	}
	root := doc(t, s)
	ta := find(root, func(n *html.Node) bool { return n.Data == "textarea" })
	if len(ta) != 1 || textOf(ta[0]) != q {
		t.Errorf("textarea does not hold the query")
	}
}

func TestQueryErrorPosition(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	tests := []struct {
		q                 string
		pos               string
		before, at, after string
	}{
		{"actor RUS بتاريخ 2021", "line 1, column 11", "actor RUS ", "بتاريخ", " 2021"},
		{"actor RUS\nall\n  oops", "line 3, column 3", "  ", "oops", ""},
		{"wrong", "line 1, column 1", "", "wrong", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			root := doc(t, body(t, get(t, h, page(tt.q))))
			errs := find(root, func(n *html.Node) bool { return hasClass(n, "error") })
			if len(errs) != 1 {
				t.Fatalf("%d error sections", len(errs))
			}
			pos := find(errs[0], func(n *html.Node) bool { return hasClass(n, "pos") })
			if len(pos) != 1 || textOf(pos[0]) != tt.pos {
				t.Errorf("position = %q, want %q", textOf(errs[0]), tt.pos)
			}
			snip := find(errs[0], func(n *html.Node) bool { return hasClass(n, "snippet") })
			mark := find(errs[0], func(n *html.Node) bool { return n.Data == "mark" })
			if len(snip) != 1 || len(mark) != 1 {
				t.Fatal("no snippet with a mark")
			}
			want := tt.before + tt.at + tt.after
			if textOf(snip[0]) != want || textOf(mark[0]) != tt.at {
				t.Errorf("snippet %q with mark %q, want %q with %q", textOf(snip[0]), textOf(mark[0]), want, tt.at)
			}
			msg := find(errs[0], func(n *html.Node) bool { return hasClass(n, "msg") })
			if len(msg) != 1 || !strings.Contains(textOf(msg[0]), "unexpected") {
				t.Errorf("message missing: %q", textOf(errs[0]))
			}
		})
	}
}

func TestErrorWithoutPosition(t *testing.T) {
	h := server.New(&failing{}, server.Options{})
	root := doc(t, body(t, get(t, h, page("anything"))))
	errs := find(root, func(n *html.Node) bool { return hasClass(n, "error") })
	if len(errs) != 1 || !strings.Contains(textOf(errs[0]), "database is closed") {
		t.Fatalf("error not shown")
	}
	if len(find(errs[0], func(n *html.Node) bool { return hasClass(n, "snippet") })) != 0 {
		t.Error("a snippet for an error without position")
	}
}

func TestPageTable(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	root := doc(t, body(t, get(t, h, page("actor RUS", "view", "table"))))
	var head []string
	for _, th := range find(root, func(n *html.Node) bool { return n.Data == "th" }) {
		head = append(head, textOf(th))
	}
	if want := append(append([]string{}, render.EventColumns...), "sentence"); !slices.Equal(head, want) {
		t.Errorf("columns = %q, want %q", head, want)
	}
	rows := find(root, func(n *html.Node) bool { return n.Data == "tr" })
	if len(rows) != 1+3 {
		t.Errorf("%d rows, want header + 3", len(rows))
	}
	// An aggregate query is a table whatever the view.
	root = doc(t, body(t, get(t, h, page("count by month actor RUS"))))
	cells := find(root, func(n *html.Node) bool { return n.Data == "td" })
	var got []string
	for _, c := range cells {
		got = append(got, textOf(c))
	}
	if want := []string{"2021-06", "1", "2022-02", "1", "2022-06", "1"}; !slices.Equal(got, want) {
		t.Errorf("aggregate cells = %q, want %q", got, want)
	}
	if !strings.Contains(textOf(root), "returns a table, not events") {
		t.Error("no note that an aggregate has no timeline")
	}
	// With MaxRows the table is cut and says so.
	h = server.New(newMem(), server.Options{MaxRows: 2})
	root = doc(t, body(t, get(t, h, page("all", "view", "table"))))
	if n := len(find(root, func(n *html.Node) bool { return n.Data == "tr" })); n != 3 {
		t.Errorf("%d rows with MaxRows 2", n)
	}
	if !strings.Contains(textOf(root), "first 2 of 5 rows") {
		t.Error("the cut is not said")
	}
}

// bars returns the bar heights and labels (from their tooltips) of a chart.
func bars(t *testing.T, s string) (labels []string) {
	t.Helper()
	root := doc(t, s)
	for _, g := range find(root, func(n *html.Node) bool { return n.Data == "g" && hasClass(n, "bar") }) {
		labels = append(labels, textOf(g))
	}
	return labels
}

func TestPageChart(t *testing.T) {
	// Without CountQuery the server counts by month itself, empty months
	// included.
	m := newMem()
	h := server.New(m, server.Options{})
	got := bars(t, body(t, get(t, h, page("actor RUS", "view", "chart"))))
	if len(got) != 13 || got[0] != "2021-06: 1" || got[8] != "2022-02: 1" || got[3] != "2021-09: 0" || got[12] != "2022-06: 1" {
		t.Errorf("bars = %q", got)
	}
	// With CountQuery the chart comes from the count query's table.
	m = newMem()
	h = server.New(m, server.Options{CountQuery: func(q string) string { return "count by month " + q }})
	got = bars(t, body(t, get(t, h, page("actor USA", "view", "chart"))))
	if want := []string{"2021-06: 1", "2022-06: 1"}; !slices.Equal(got, want) {
		t.Errorf("bars = %q, want %q", got, want)
	}
	if tq := m.tableQueries(); !slices.Equal(tq, []string{"count by month actor USA"}) {
		t.Errorf("Table queries = %q", tq)
	}
	// An aggregate query typed in the box is charted directly.
	got = bars(t, body(t, get(t, h, page("count by month all", "view", "chart"))))
	if want := []string{"2021-06: 1", "2021-12: 1", "2022-02: 2", "2022-06: 1"}; !slices.Equal(got, want) {
		t.Errorf("aggregate chart bars = %q, want %q", got, want)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, "PROPFIND"} {
		for _, target := range []string{"/", "/export.csv?q=all", "/static/app.js", "/nope"} {
			res := do(t, h, method, target)
			if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d Allow=%q", method, target, res.StatusCode, res.Header.Get("Allow"))
			}
		}
	}
	res := do(t, h, http.MethodHead, page("all"))
	if res.StatusCode != http.StatusOK || body(t, res) != "" {
		t.Errorf("HEAD: %d", res.StatusCode)
	}
}

func TestExportCSV(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	res := get(t, h, "/export.csv?q="+url.QueryEscape("actor RUS"))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", res.StatusCode, body(t, res))
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("Content-Type = %q", ct)
	}
	if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") {
		t.Errorf("Content-Disposition = %q", cd)
	}
	recs, err := csv.NewReader(res.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || !slices.Equal(recs[0][:len(render.EventColumns)], render.EventColumns) {
		t.Fatalf("CSV = %q", recs)
	}
	if recs[1][0] != "2021-06-16" || recs[1][1] != "summit" || !strings.Contains(recs[1][3], "Vladimir Putin") {
		t.Errorf("first row = %q", recs[1])
	}
	// Arabic names on request; aggregates as tables.
	recs, _ = csv.NewReader(get(t, h, "/export.csv?lang=ar&q="+url.QueryEscape("actor CHN")).Body).ReadAll()
	if len(recs) < 2 || !strings.Contains(recs[1][3], "الصين") {
		t.Errorf("Arabic CSV = %q", recs)
	}
	recs, _ = csv.NewReader(get(t, h, "/export.csv?q="+url.QueryEscape("count by month all")).Body).ReadAll()
	if len(recs) != 5 || !slices.Equal(recs[0], []string{"month", "count"}) {
		t.Errorf("aggregate CSV = %q", recs)
	}
}

func TestExportJSONL(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	res := get(t, h, "/export.jsonl?q=all")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/x-ndjson") {
		t.Errorf("Content-Type = %q", ct)
	}
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(nil, 1<<20)
	var evs []render.EventJSON
	for sc.Scan() {
		var e render.EventJSON
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		evs = append(evs, e)
	}
	if len(evs) != 5 {
		t.Fatalf("%d events", len(evs))
	}
	if evs[3].Sources[0].Sentence != hostileSentence || evs[2].Precision != "month" {
		t.Errorf("JSONL lost data: %+v", evs[3])
	}
}

func TestExportErrors(t *testing.T) {
	h := server.New(newMem(), server.Options{MaxQueryBytes: 64})
	tests := []struct {
		target string
		status int
		want   string
	}{
		{"/export.csv", http.StatusBadRequest, "no query"},
		{"/export.jsonl?q=", http.StatusBadRequest, "no query"},
		{"/export.csv?q=" + url.QueryEscape("actor RUS بتاريخ"), http.StatusBadRequest, "1:11:"},
		{"/export.csv?q=" + strings.Repeat("all+", 20), http.StatusBadRequest, "query too long"},
		{"/export.csv?q=all&lang=fr", http.StatusBadRequest, "bad parameter"},
	}
	for _, tt := range tests {
		res := get(t, h, tt.target)
		if b := body(t, res); res.StatusCode != tt.status || !strings.Contains(b, tt.want) {
			t.Errorf("%s: %d %q, want %d with %q", tt.target, res.StatusCode, b, tt.status, tt.want)
		}
	}
}

func TestBadParams(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	for _, target := range []string{page("all", "view", "map"), page("all", "lanes", "place"), page("all", "lang", "<b>")} {
		res := get(t, h, target)
		b := body(t, res)
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(b, "bad parameter") {
			t.Errorf("%s: %d", target, res.StatusCode)
		}
		if strings.Contains(b, "<b>") {
			t.Errorf("%s: parameter echoed unescaped", target)
		}
	}
}

func TestHostCheck(t *testing.T) {
	tests := []struct {
		host string
		opts server.Options
		ok   bool
	}{
		{"127.0.0.1:8080", server.Options{}, true},
		{"localhost:8080", server.Options{}, true},
		{"LOCALHOST", server.Options{}, true},
		{"[::1]:8080", server.Options{}, true},
		{"app.localhost", server.Options{}, true},
		{"127.1.2.3", server.Options{}, true},
		{"evil.example:8080", server.Options{}, false},
		{"10.0.0.5:8080", server.Options{}, false},
		{"localhost.evil.example", server.Options{}, false},
		{"tl.lan:8080", server.Options{AllowedHosts: []string{"tl.lan"}}, true},
		{"evil.example", server.Options{AnyHost: true}, true},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Host = tt.host
		w := httptest.NewRecorder()
		server.New(newMem(), tt.opts).ServeHTTP(w, r)
		if ok := w.Code == http.StatusOK; ok != tt.ok {
			t.Errorf("Host %q (%+v): status %d", tt.host, tt.opts, w.Code)
		}
	}
}

func TestStatic(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	res := get(t, h, "/static/app.js")
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/javascript") {
		t.Errorf("app.js Content-Type = %q", ct)
	}
	if b := body(t, res); b != viz.Script() {
		t.Error("app.js is not viz's script")
	}
	res = get(t, h, "/static/app.css")
	if b := body(t, res); !strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") || !strings.Contains(b, viz.Stylesheet()) {
		t.Error("app.css does not carry viz's stylesheet")
	}
	if res := get(t, h, "/static/other.js"); res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown static file: %d", res.StatusCode)
	}
}

func TestEmptyPageExamples(t *testing.T) {
	h := server.New(newMem(), server.Options{Examples: []string{"actor RUS", "count by month all"}})
	root := doc(t, body(t, get(t, h, "/")))
	var hrefs []string
	for _, a := range find(root, func(n *html.Node) bool { return n.Data == "a" }) {
		if v, _ := attr(a, "href"); strings.HasPrefix(v, "/?") {
			hrefs = append(hrefs, v)
		}
	}
	if want := []string{page("actor RUS"), page("count by month all")}; !slices.Equal(hrefs, want) {
		t.Errorf("example links = %q, want %q", hrefs, want)
	}
}

func TestTimelineLimit(t *testing.T) {
	h := server.New(newMem(), server.Options{MaxEvents: 2})
	root := doc(t, body(t, get(t, h, page("all"))))
	if n := len(find(root, func(n *html.Node) bool { return hasClass(n, "tl-detail") })); n != 2 {
		t.Errorf("%d details with MaxEvents 2", n)
	}
	if !strings.Contains(textOf(root), "first 2 of 5 events") {
		t.Error("the cut is not said")
	}
}

func TestViewLinksKeepChoices(t *testing.T) {
	h := server.New(newMem(), server.Options{})
	root := doc(t, body(t, get(t, h, page("all", "lanes", "country", "lang", "ar", "view", "table"))))
	var links []string
	for _, a := range find(root, func(n *html.Node) bool { return n.Data == "a" }) {
		v, _ := attr(a, "href")
		links = append(links, v)
	}
	var selected []string
	for _, o := range find(root, func(n *html.Node) bool { return n.Data == "option" }) {
		if _, ok := attr(o, "selected"); ok {
			v, _ := attr(o, "value")
			selected = append(selected, v)
		}
	}
	if want := []string{"country", "ar"}; !slices.Equal(selected, want) {
		t.Errorf("selected options = %q, want %q", selected, want)
	}
	var views, exports []string
	for _, l := range links {
		switch {
		case strings.HasPrefix(l, "/?"):
			views = append(views, l)
		case strings.HasPrefix(l, "/export."):
			exports = append(exports, l)
		}
	}
	if len(views) != 3 {
		t.Fatalf("view links = %q", views)
	}
	for _, v := range views {
		u, _ := url.Parse(v)
		if u.Query().Get("lanes") != "country" || u.Query().Get("lang") != "ar" || u.Query().Get("q") != "all" {
			t.Errorf("view link %q drops a choice", v)
		}
	}
	if want := []string{"/export.csv?lang=ar&q=all", "/export.jsonl?q=all"}; !slices.Equal(exports, want) {
		t.Errorf("download links = %q, want %q", exports, want)
	}
}

func TestBadDefaultsFallBack(t *testing.T) {
	h := server.New(newMem(), server.Options{Lanes: "place", Lang: "fr", Width: 10})
	res := get(t, h, page("all"))
	root := doc(t, body(t, res))
	if res.StatusCode != http.StatusOK || len(find(root, func(n *html.Node) bool { return hasClass(n, "tl-detail") })) != 5 {
		t.Fatalf("status %d; the page does not draw with bad defaults", res.StatusCode)
	}
	if errs := find(root, func(n *html.Node) bool { return hasClass(n, "error") }); len(errs) != 0 {
		t.Errorf("error with bad defaults: %q", textOf(errs[0]))
	}
}
