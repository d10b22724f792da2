package viz_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/tl-project/tl/timeline"
	"github.com/tl-project/tl/viz"
)

// FuzzRender feeds arbitrary article strings (sentence, entity name,
// document id, title) through both formats and checks that the SVG stays
// well-formed XML with only the elements viz draws, and that the HTML page
// keeps exactly its own script and no event handler attributes.
func FuzzRender(f *testing.F) {
	for _, s := range hostile {
		f.Add(s, s, s, s, false)
	}
	f.Add("عقد الرئيسان قمة", "بوتين", "a.txt", "الخط", true)
	f.Add("\u202e\u2066x\u2069", "\x00", "]]>", "<!--", false)
	f.Fuzz(func(t *testing.T, sentence, name, doc, title string, ar bool) {
		lk := func(id string) (timeline.Entity, bool) {
			return timeline.Entity{ID: id, Kind: timeline.KindPerson, Name: name, NameAR: name, Country: name}, true
		}
		evs := []timeline.Event{
			{Type: timeline.TypeCall, Date: timeline.MustParseDate("2022-03-04"), Actors: []string{"x", "y"}, Places: []string{"z"},
				Sources: []timeline.Source{{Doc: doc, Sentence: sentence}}},
			{Type: timeline.TypeVisit, Status: timeline.StatusPlanned, Date: timeline.MustParseDate("2022-05"), Actors: []string{"x"},
				Sources: []timeline.Source{{Doc: doc, Sentence: sentence}}},
		}
		lang := "en"
		if ar {
			lang = "ar"
		}
		for _, lanes := range []string{"actor", "country"} {
			var b bytes.Buffer
			if err := viz.Render(&b, evs, lk, viz.Options{Lang: lang, Lanes: lanes, Title: title}); err != nil {
				t.Fatal(err)
			}
			for _, n := range parseSVG(t, b.Bytes()) {
				if !slices.Contains(svgElements, n.name) {
					t.Fatalf("element <%s> in the SVG", n.name)
				}
				for a := range n.attrs {
					if strings.HasPrefix(strings.ToLower(a), "on") {
						t.Fatalf("attribute %s in the SVG", a)
					}
				}
			}
		}
		var b bytes.Buffer
		if err := viz.Render(&b, evs, lk, viz.Options{Format: "html", Lang: lang, Title: title}); err != nil {
			t.Fatal(err)
		}
		page, err := html.Parse(&b)
		if err != nil {
			t.Fatal(err)
		}
		scripts := 0
		for n := range page.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			if n.Data == "script" {
				scripts++
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Fatalf("attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
			}
		}
		if scripts != 1 {
			t.Fatalf("%d scripts in the page", scripts)
		}
	})
}
