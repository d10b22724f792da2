package browsertest

import (
	"bytes"
	"context"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Browser is a Chromium binary.
type Browser struct {
	// Path is the binary's path.
	Path string
}

// candidates are the names Chromium goes by, Debian's first.
var candidates = []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"}

// Find returns the installed Chromium, or skips tb when there is none or
// testing.Short() is set.
func Find(tb testing.TB) *Browser {
	tb.Helper()
	if testing.Short() {
		tb.Skip("browser test skipped in -short mode")
	}
	for _, name := range candidates {
		if p, err := exec.LookPath(name); err == nil {
			return &Browser{Path: p}
		}
	}
	tb.Skip("chromium not installed (apt-get install -y chromium)")
	return nil
}

// LoadOptions tune Load. The zero value loads a 1280×900 window and lets
// scripts run for up to five seconds of virtual time.
type LoadOptions struct {
	// Screenshot, when not "", is the path of a PNG screenshot to save.
	Screenshot string
	// Width and Height are the window size; 0 means 1280×900.
	Width, Height int
	// Budget is the virtual time scripts get before the DOM is taken; 0
	// means five seconds.
	Budget time.Duration
	// Timeout bounds the whole run in real time; 0 means 90 seconds.
	Timeout time.Duration
}

// Page is what the browser ended with.
type Page struct {
	// HTML is the serialised DOM after scripts ran.
	HTML string
	// Root is HTML parsed.
	Root *html.Node
	// Console is the browser's log, including the page's console messages
	// and Content-Security-Policy violations.
	Console string
}

// Load loads url in a fresh headless browser and returns the page; it
// fails tb if the browser fails.
func (b *Browser) Load(tb testing.TB, url string, opts LoadOptions) *Page {
	tb.Helper()
	if opts.Width == 0 || opts.Height == 0 {
		opts.Width, opts.Height = 1280, 900
	}
	if opts.Budget == 0 {
		opts.Budget = 5 * time.Second
	}
	if opts.Timeout == 0 {
		opts.Timeout = 90 * time.Second
	}
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
		"--user-data-dir=" + tb.TempDir(), "--enable-logging=stderr", "--v=0",
		"--window-size=" + strconv.Itoa(opts.Width) + "," + strconv.Itoa(opts.Height),
		"--virtual-time-budget=" + strconv.FormatInt(opts.Budget.Milliseconds(), 10),
		"--dump-dom"}
	if opts.Screenshot != "" {
		args = append(args, "--screenshot="+opts.Screenshot)
	}
	ctx, cancel := context.WithTimeout(context.Background(), opts.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, b.Path, append(args, url)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		tb.Fatalf("chromium %s: %v\n%s", url, err, errb.String())
	}
	root, err := html.Parse(strings.NewReader(out.String()))
	if err != nil {
		tb.Fatalf("parse the DOM of %s: %v", url, err)
	}
	return &Page{HTML: out.String(), Root: root, Console: errb.String()}
}

// Find returns the elements of the page for which match is true, in
// document order.
func (p *Page) Find(match func(*html.Node) bool) []*html.Node {
	return Elements(p.Root, match)
}

// Elements returns the elements below root (root included) for which match
// is true, in document order.
func Elements(root *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
	}
	return out
}

// Attr returns the value of attribute key of n and whether it is present.
func Attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// Text returns the text content of n.
func Text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
