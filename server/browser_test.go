package server_test

import (
	"context"
	"flag"
	"image"
	"image/png"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/tl-project/tl/server"
	"github.com/tl-project/tl/server/browsertest"
)

var screenshot = flag.String("screenshot", "", "also save the browser test's screenshot (the timeline with the hostile event's details open) to this path")

// serve starts h on a free loopback port and returns its base URL; the
// server stops when the test ends.
func serve(t *testing.T, h http.Handler) string {
	t.Helper()
	ln, err := server.Listen("")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, ln, h) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// withoutCSP serves h with its Content-Security-Policy header removed, to
// show that escaping alone keeps article text inert.
func withoutCSP(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(&cspStripper{ResponseWriter: w}, r)
	})
}

type cspStripper struct {
	http.ResponseWriter
	wrote bool
}

func (c *cspStripper) WriteHeader(code int) {
	if !c.wrote {
		c.wrote = true
		c.Header().Del("Content-Security-Policy")
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *cspStripper) Write(b []byte) (int, error) {
	if !c.wrote {
		c.WriteHeader(http.StatusOK)
	}
	return c.ResponseWriter.Write(b)
}

// TestBrowser drives the real page in headless Chromium: it runs a query,
// checks the events the browser rendered, proves that the script in an
// article sentence did not run while the page's own script did (with the
// Content-Security-Policy, and without it, on escaping alone), opens one
// event's details through the page's script, and takes a screenshot.
func TestBrowser(t *testing.T) {
	b := browsertest.Find(t)
	query := "/?" + url.Values{"q": {"all"}}.Encode()

	// With the server as it is: check the DOM and take the screenshot in
	// the same browser run.
	shot := filepath.Join(t.TempDir(), "timeline.png")
	checkDOM(t, b, serve(t, server.New(newMem(), server.Options{}))+query, shot)
	// The screenshot: the right size, and the timeline drawn in it (the
	// summit's orange and the call's pink are on screen).
	checkScreenshot(t, shot, 1280, 900, map[string][3]uint8{"summit": {0xE6, 0x9F, 0x00}, "call": {0xCC, 0x79, 0xA7}})
	t.Logf("screenshot: %s", shot)
	if *screenshot != "" {
		data, err := os.ReadFile(shot)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(*screenshot), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*screenshot, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Without the Content-Security-Policy: escaping alone must keep the
	// article's script inert.
	t.Run("escaping-alone", func(t *testing.T) {
		checkDOM(t, b, serve(t, withoutCSP(server.New(newMem(), server.Options{})))+query, "")
	})
}

// checkDOM loads target in Chromium, lets scripts run, and checks the DOM
// the browser ends with; when shot is not "", it also saves a 1280×900
// screenshot there.
func checkDOM(t *testing.T, b *browsertest.Browser, target, shot string) {
	t.Helper()
	// The hostile sentence is event 3; open its details by fragment, which
	// the page's script handles.
	p := b.Load(t, target+"#tl-ev-3", browsertest.LoadOptions{Screenshot: shot})
	htmlEl := p.Find(func(n *html.Node) bool { return n.Data == "html" })[0]
	if v, _ := attr(htmlEl, "data-tl-js"); v != "ready" {
		t.Fatalf("the page's own script did not run (no data-tl-js on <html>); DOM:\n%.2000s", p.HTML)
	}
	if v, ok := attr(htmlEl, pwnedAttr); ok {
		t.Errorf("script from an article ran: %s=%q", pwnedAttr, v)
	}
	titles := p.Find(func(n *html.Node) bool { return n.Data == "title" && n.Parent != nil && n.Parent.Data == "head" })
	if len(titles) != 1 || strings.Contains(textOf(titles[0]), pwnedTitle) {
		t.Errorf("document title changed by an article's script: %q", textOf(titles[0]))
	}
	if n := len(p.Find(func(n *html.Node) bool { return n.Data == "img" })); n != 0 {
		t.Errorf("%d <img> elements made from article text", n)
	}
	// The events are there: five events, the summit in four lanes.
	marks := p.Find(func(n *html.Node) bool { return n.Data == "g" && hasClass(n, "mark") })
	evs := map[string]int{}
	for _, m := range marks {
		v, _ := attr(m, "data-ev")
		evs[v]++
	}
	if len(evs) != 5 || evs["0"] != 4 {
		t.Errorf("rendered marks per event = %v, want 5 events, the summit in 4 lanes", evs)
	}
	// The fragment opened event 3: its detail is shown, with the hostile
	// sentence as plain text, the others hidden, its marks selected.
	for _, d := range p.Find(func(n *html.Node) bool { return hasClass(n, "tl-detail") }) {
		id, _ := attr(d, "id")
		_, hidden := attr(d, "hidden")
		if (id == "tl-ev-3") == hidden {
			t.Errorf("detail %s hidden=%v after opening #tl-ev-3", id, hidden)
		}
		if id == "tl-ev-3" && !strings.Contains(textOf(d), hostileSentence) {
			t.Errorf("detail 3 does not show the sentence as text: %q", textOf(d))
		}
	}
	for _, m := range marks {
		if v, _ := attr(m, "data-ev"); (v == "3") != hasClass(m, "selected") {
			t.Errorf("mark %s selected=%v", v, hasClass(m, "selected"))
		}
	}
	// Chromium logs a blocked script as a console message naming the
	// Content Security Policy: there must be none (nothing tried to run).
	if strings.Contains(p.Console, "Content Security Policy") {
		t.Errorf("something on the page was blocked by the Content-Security-Policy:\n%s", p.Console)
	}
}

// checkScreenshot decodes a PNG and checks its size and that each named
// colour appears in it.
func checkScreenshot(t *testing.T, path string, w, h int, colours map[string][3]uint8) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Errorf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), w, h)
	}
	for name, c := range colours {
		if !hasColour(img, c) {
			t.Errorf("no %s colour #%02X%02X%02X in the screenshot", name, c[0], c[1], c[2])
		}
	}
}

func hasColour(img image.Image, c [3]uint8) bool {
	b := img.Bounds()
	near := func(a uint32, b uint8) bool { d := int(a>>8) - int(b); return d > -6 && d < 6 }
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if near(r, c[0]) && near(g, c[1]) && near(bl, c[2]) {
				return true
			}
		}
	}
	return false
}
