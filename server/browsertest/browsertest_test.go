package browsertest_test

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/tl-project/tl/server/browsertest"
)

func TestLoad(t *testing.T) {
	b := browsertest.Find(t)
	page := `<!DOCTYPE html><title>t</title><p id="x">مرحبا</p>` +
		`<script>document.body.setAttribute("data-ran", "yes"); console.log("hello from the page")</script>`
	shot := filepath.Join(t.TempDir(), "shot.png")
	p := b.Load(t, "data:text/html;charset=utf-8,"+url.PathEscape(page), browsertest.LoadOptions{Screenshot: shot, Width: 400, Height: 300})
	body := p.Find(func(n *html.Node) bool { return n.Data == "body" })
	if len(body) != 1 {
		t.Fatalf("no body in %q", p.HTML)
	}
	if v, ok := browsertest.Attr(body[0], "data-ran"); !ok || v != "yes" {
		t.Errorf("the page's script did not run: %q", p.HTML)
	}
	ps := p.Find(func(n *html.Node) bool { return n.Data == "p" })
	if len(ps) != 1 || browsertest.Text(ps[0]) != "مرحبا" {
		t.Errorf("paragraph = %v", ps)
	}
	if !strings.Contains(p.Console, "hello from the page") {
		t.Errorf("console log missing:\n%s", p.Console)
	}
	if fi, err := os.Stat(shot); err != nil || fi.Size() == 0 {
		t.Errorf("no screenshot: %v", err)
	}
}
