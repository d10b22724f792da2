package viz_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	goldenfile "github.com/tl-project/tl/internal/golden"
	"github.com/tl-project/tl/timeline"
	"github.com/tl-project/tl/viz"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got, *update)
}

func render(t *testing.T, events []timeline.Event, opts viz.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := viz.Render(&b, events, lookup, opts); err != nil {
		t.Fatalf("Render(%+v): %v", opts, err)
	}
	return b.Bytes()
}

func TestRenderGolden(t *testing.T) {
	tests := []struct {
		file string
		opts viz.Options
	}{
		{"timeline-actor-en.svg", viz.Options{Format: "svg", Lanes: "actor", Lang: "en", Title: "Fixture", Width: 1000}},
		{"timeline-country-ar.svg", viz.Options{Format: "svg", Lanes: "country", Lang: "ar", Width: 900}},
		{"timeline-actor-en.html", viz.Options{Format: "html", Lanes: "actor", Lang: "en", Title: "Fixture"}},
		{"timeline-country-ar.html", viz.Options{Format: "html", Lanes: "country", Lang: "ar"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := render(t, fixture(), tt.opts)
			golden(t, tt.file, got)
			// Rendering is deterministic.
			if again := render(t, fixture(), tt.opts); !bytes.Equal(got, again) {
				t.Error("two renderings of the same events differ")
			}
		})
	}
}

// node is a parsed SVG element.
type node struct {
	name  string
	attrs map[string]string
	text  string // direct character data
}

// parseSVG checks that b is well-formed XML and returns its elements in
// document order.
func parseSVG(t testing.TB, b []byte) []*node {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	var out, stack []*node
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, b)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			out = append(out, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			}
		}
	}
	return out
}

func TestRenderLanes(t *testing.T) {
	laneLabels := func(b []byte) []string {
		var out []string
		for _, n := range parseSVG(t, b) {
			if n.name == "text" && n.attrs["class"] == "lane" {
				out = append(out, n.text)
			}
		}
		return out
	}
	tests := []struct {
		opts viz.Options
		want []string
	}{
		// By actor: one lane per actor id, busiest first; the undated
		// event (USA only) draws no lane of its own beyond USA's.
		{viz.Options{Lanes: "actor"}, []string{"Vladimir Putin", "Russia", "Joe Biden", "China", "United States", "Collective Security Tre…", "Xi Jinping"}},
		// By country: people fold into their countries.
		{viz.Options{Lanes: "country"}, []string{"Russia", "China", "United States", "Collective Security Tre…"}},
		{viz.Options{Lanes: "country", Lang: "ar"}, []string{"روسيا", "الصين", "الولايات المتحدة", "منظمة معاهدة الأمن الجم…"}},
	}
	for _, tt := range tests {
		t.Run(tt.opts.Lanes+"-"+tt.opts.Lang, func(t *testing.T) {
			got := laneLabels(render(t, fixture(), tt.opts))
			if !slices.Equal(got, tt.want) {
				t.Errorf("lanes = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRenderMarks(t *testing.T) {
	nodes := parseSVG(t, render(t, fixture(), viz.Options{Lanes: "country"}))
	// Collect, for each event index, the shapes drawn for it.
	type shape struct {
		name, fill, dash string
	}
	marks := map[string][]shape{}
	var cur string
	for _, n := range nodes {
		if n.name == "g" && n.attrs["class"] == "mark" {
			cur = n.attrs["data-ev"]
			continue
		}
		if cur != "" && (n.name == "circle" || n.name == "rect") {
			marks[cur] = append(marks[cur], shape{n.name, n.attrs["fill"], n.attrs["stroke-dasharray"]})
			cur = ""
		}
	}
	tests := []struct {
		ev    string
		lanes int
		want  shape
	}{
		{"0", 2, shape{"circle", "#E69F00", ""}},  // summit, one day: a solid dot in RUS and USA
		{"1", 2, shape{"circle", "#CC79A7", ""}},  // call of two people: their two countries
		{"2", 2, shape{"rect", "#009E73", "3 2"}}, // visit known to the month: a dashed span
		{"3", 2, shape{"rect", "#D55E00", ""}},    // agreement over two days: a solid bar
		{"4", 2, shape{"rect", "#ffffff", "3 2"}}, // planned meeting in a month: hollow span
		{"5", 2, shape{"circle", "#ffffff", ""}},  // planned summit on a day: hollow dot
	}
	for _, tt := range tests {
		got := marks[tt.ev]
		if len(got) != tt.lanes {
			t.Errorf("event %s: %d marks, want %d", tt.ev, len(got), tt.lanes)
			continue
		}
		for _, s := range got {
			if s != tt.want {
				t.Errorf("event %s: mark %+v, want %+v", tt.ev, s, tt.want)
			}
		}
	}
	if _, ok := marks["6"]; ok {
		t.Error("the undated event was drawn")
	}
	var note string
	for _, n := range nodes {
		if n.attrs["class"] == "note" {
			note = n.text
		}
	}
	if !strings.Contains(note, "1 event") {
		t.Errorf("note about undated events = %q", note)
	}
}

func TestRenderTooltip(t *testing.T) {
	nodes := parseSVG(t, render(t, fixture()[:1], viz.Options{}))
	var tip string
	for i, n := range nodes {
		if n.name == "g" && n.attrs["class"] == "mark" {
			tip = nodes[i+1].text
			break
		}
	}
	for _, want := range []string{"2021-06-16", "summit", "Vladimir Putin", "Geneva", "\u2068عقد الرئيسان قمة في جنيف.\u2069", "Article: a-001.txt"} {
		if !strings.Contains(tip, want) {
			t.Errorf("tooltip %q lacks %q", tip, want)
		}
	}
}

func TestRenderArabicDirection(t *testing.T) {
	for _, n := range parseSVG(t, render(t, fixture(), viz.Options{Lang: "ar", Lanes: "actor"})) {
		if n.name != "text" || n.text == "" {
			continue
		}
		rtl := strings.ContainsFunc(n.text, func(r rune) bool { return r >= 0x0600 && r <= 0x06FF })
		if rtl && n.attrs["direction"] != "rtl" {
			t.Errorf("Arabic text %q is not marked direction=rtl: %v", n.text, n.attrs)
		}
		if !rtl && n.attrs["direction"] == "rtl" {
			t.Errorf("left-to-right text %q is marked rtl", n.text)
		}
	}
}

// hostile are strings an article could carry to break out of the markup.
var hostile = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(2)>`,
	`'><svg onload=alert(3)>`,
	`]]><script>alert(4)</script>`,
	`</title><script>alert(5)</script>`,
	"&lt;already&gt; \x00\x01 \ufffe",
}

func hostileEvents() []timeline.Event {
	var out []timeline.Event
	for i, s := range hostile {
		e := ev(timeline.TypeMeeting, "2022-03-0"+string(rune('1'+i)), timeline.StatusOccurred,
			[]string{"evil-" + s}, []string{"place-" + s}, "doc-"+s, "sentence "+s)
		out = append(out, e)
	}
	return out
}

var svgElements = []string{"svg", "title", "rect", "text", "g", "line", "circle"}

func TestRenderEscapesSVG(t *testing.T) {
	b := render(t, hostileEvents(), viz.Options{Title: hostile[0]})
	titles := ""
	for _, n := range parseSVG(t, b) {
		if !slices.Contains(svgElements, n.name) {
			t.Errorf("element <%s> in the SVG", n.name)
		}
		for a := range n.attrs {
			if strings.HasPrefix(strings.ToLower(a), "on") {
				t.Errorf("event handler attribute %s=%q in the SVG", a, n.attrs[a])
			}
		}
		if n.name == "title" {
			titles += n.text
		}
	}
	// The hostile strings survive as text, which is what escaping means.
	for _, s := range hostile[:5] {
		if !strings.Contains(titles, "sentence "+s) {
			t.Errorf("tooltip text lost %q", s)
		}
	}
}

func TestRenderEscapesHTML(t *testing.T) {
	b := render(t, hostileEvents(), viz.Options{Format: "html", Title: hostile[4]})
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var scripts []string
	var quotes []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("event handler attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			}
		}
		switch n.Data {
		case "script":
			scripts = append(scripts, text(n))
		case "img", "iframe", "object", "embed":
			t.Errorf("<%s> element in the page", n.Data)
		case "blockquote":
			quotes = append(quotes, text(n))
		}
	}
	if len(scripts) != 1 || scripts[0] != viz.Script() {
		t.Fatalf("page has %d scripts, want exactly the embedded one", len(scripts))
	}
	for _, s := range hostile[:5] {
		if !slices.Contains(quotes, "sentence "+s) {
			t.Errorf("details lost the sentence %q; have %q", s, quotes)
		}
	}
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// TestPageCSP checks that the policy admits exactly the page's own style
// and script, by hash, and nothing else.
func TestPageCSP(t *testing.T) {
	b := render(t, fixture(), viz.Options{Format: "html"})
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var csp, style, script string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "meta":
			var equiv, content string
			for _, a := range n.Attr {
				switch a.Key {
				case "http-equiv":
					equiv = a.Val
				case "content":
					content = a.Val
				}
			}
			if equiv == "Content-Security-Policy" {
				csp = content
			}
		case "style":
			style = text(n)
		case "script":
			script = text(n)
		}
	}
	sum := func(s string) string {
		h := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
	}
	for _, want := range []string{"default-src 'none'", "style-src " + sum(style), "script-src " + sum(script)} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP allows unsafe-inline: %q", csp)
	}
}

func TestRenderOptionsErrors(t *testing.T) {
	tests := []struct {
		opts viz.Options
		want error
	}{
		{viz.Options{Format: "png"}, viz.ErrFormat},
		{viz.Options{Lanes: "place"}, viz.ErrLanes},
		{viz.Options{Lang: "fr"}, viz.ErrLang},
		{viz.Options{Width: 120}, viz.ErrWidth},
		{viz.Options{Width: -5}, viz.ErrWidth},
	}
	for _, tt := range tests {
		err := viz.Render(io.Discard, fixture(), lookup, tt.opts)
		if !errors.Is(err, tt.want) {
			t.Errorf("Render(%+v) err = %v, want %v", tt.opts, err, tt.want)
		}
	}
	// Case and spaces do not matter.
	if err := viz.Render(io.Discard, fixture(), lookup, viz.Options{Format: " HTML", Lanes: "Country", Lang: "AR"}); err != nil {
		t.Errorf("Render with upper-case options: %v", err)
	}
}

func TestRenderEmpty(t *testing.T) {
	for _, f := range []string{"svg", "html"} {
		b := render(t, nil, viz.Options{Format: f})
		if !bytes.Contains(b, []byte("No events to draw.")) {
			t.Errorf("%s: an empty timeline does not say so", f)
		}
		if f == "svg" {
			parseSVG(t, b)
		}
	}
	// Only undated events: nothing drawn, the count said.
	b := render(t, fixture()[6:], viz.Options{})
	if !bytes.Contains(b, []byte("1 event(s) without a date")) {
		t.Errorf("undated-only timeline:\n%s", b)
	}
}

func TestRenderBars(t *testing.T) {
	bars := []viz.Bar{{"2021-06", 3}, {"2021-07", 0}, {"2021-08", 12}, {"الصين", 5}, {hostile[0], 1}}
	var b bytes.Buffer
	if err := viz.RenderBars(&b, bars, viz.Options{Title: "Events by month"}); err != nil {
		t.Fatal(err)
	}
	golden(t, "bars.svg", b.Bytes())
	var heights []string
	var yLabels []string
	for _, n := range parseSVG(t, b.Bytes()) {
		if !slices.Contains(svgElements, n.name) {
			t.Errorf("element <%s> in the SVG", n.name)
		}
		if n.name == "rect" && n.attrs["fill"] == "#0072B2" {
			heights = append(heights, n.attrs["height"])
		}
		if n.name == "text" && n.attrs["text-anchor"] == "end" {
			yLabels = append(yLabels, n.text)
		}
	}
	if len(heights) != 5 || heights[1] != "0" || heights[2] != "156.8" {
		t.Errorf("bar heights = %v (want 5 bars, the zero one flat, 12 at 12/15 of 196 px)", heights)
	}
	if want := []string{"0", "5", "10", "15"}; !slices.Equal(yLabels, want) {
		t.Errorf("value axis = %v, want %v", yLabels, want)
	}
}
