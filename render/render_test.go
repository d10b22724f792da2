package render_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	goldenfile "github.com/tl-project/tl/internal/golden"
	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/timeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

var entities = map[string]timeline.Entity{
	"RUS":            {ID: "RUS", Kind: timeline.KindCountry, Name: "Russia", NameAR: "روسيا", ISO3: "RUS"},
	"USA":            {ID: "USA", Kind: timeline.KindCountry, Name: "United States", NameAR: "الولايات المتحدة", ISO3: "USA"},
	"vladimir-putin": {ID: "vladimir-putin", Kind: timeline.KindPerson, Name: "Vladimir Putin", NameAR: "فلاديمير بوتين", Country: "RUS"},
	"joe-biden":      {ID: "joe-biden", Kind: timeline.KindPerson, Name: "Joe Biden", NameAR: "جو بايدن", Country: "USA"},
	"geneva":         {ID: "geneva", Kind: timeline.KindCity, Name: "Geneva", NameAR: "جنيف", Country: "CHE", Lat: 46.2044, Lon: 6.1432},
}

func lookup(id string) (timeline.Entity, bool) { e, ok := entities[id]; return e, ok }

func fixture() []timeline.Event {
	evs := []timeline.Event{
		{Type: timeline.TypeSummit, Date: timeline.MustParseDate("2021-06-16"), Status: timeline.StatusOccurred,
			Actors: []string{"vladimir-putin", "joe-biden", "RUS", "USA"}, Places: []string{"geneva"}, Confidence: 0.9,
			Sources: []timeline.Source{{Doc: "a.txt", Published: timeline.DayOf(2021, 6, 18), Sentence: "القمة الأميركية الروسية في جنيف", Start: 10, End: 64, Confidence: 0.9}}},
		{Type: timeline.TypeCall, Date: timeline.MustParseDate("2021-12"), Status: timeline.StatusPlanned,
			Actors: []string{"RUS", "USA", "unknown-id"}, Confidence: 0.5,
			Sources: []timeline.Source{{Doc: "b|c.txt", Sentence: "اتصال \"هاتفي\", مرتقب", Start: 0, End: 30}}},
	}
	for i := range evs {
		evs[i].Normalize()
	}
	return evs
}

func TestFormatsGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts render.Options
	}{
		{"table", render.Options{Format: render.FormatTable}},
		{"table_ar", render.Options{Format: render.FormatTable, Lang: "ar"}},
		{"table_narrow", render.Options{Format: render.FormatTable, Width: 60}},
		{"json", render.Options{Format: render.FormatJSON}},
		{"jsonl", render.Options{Format: render.FormatJSONL}},
		{"csv", render.Options{Format: render.FormatCSV}},
		{"md", render.Options{Format: render.FormatMarkdown}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.WriteEvents(&buf, fixture(), lookup, tc.opts); err != nil {
				t.Fatal(err)
			}
			golden(t, "events_"+tc.name+".golden", buf.Bytes())
		})
	}
}

func TestTableFormatsGolden(t *testing.T) {
	tab := &render.Table{Columns: []string{"month", "count"}, Rows: [][]string{{"2021-06", "3"}, {"2021-07", "0"}, {"2021-08", "12"}}}
	for _, f := range render.Formats {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.WriteTable(&buf, tab, render.Options{Format: f}); err != nil {
				t.Fatal(err)
			}
			golden(t, "table_"+string(f)+".golden", buf.Bytes())
		})
	}
}

// The JSONL shape is a contract with scripts and the scorer: check the
// fields it reads, not just the bytes.
func TestJSONLShape(t *testing.T) {
	var buf bytes.Buffer
	if err := render.WriteEvents(&buf, fixture()[:1], lookup, render.Options{Format: render.FormatJSONL}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got["type"] != "summit" || got["date"] != "2021-06-16" || got["status"] != "occurred" || got["precision"] != "day" {
		t.Errorf("header fields wrong: %v", got)
	}
	actors := got["actors"].([]any)
	var sawPerson, sawCountry bool
	for _, a := range actors {
		m := a.(map[string]any)
		switch m["kind"] {
		case "person":
			sawPerson = m["country"] != nil && m["name"] != nil
		case "country":
			sawCountry = m["iso3"] == m["id"]
		}
	}
	if !sawPerson || !sawCountry {
		t.Errorf("actors lack person country or country iso3: %v", actors)
	}
	src := got["sources"].([]any)[0].(map[string]any)
	if src["doc"] != "a.txt" || src["start"].(float64) != 10 {
		t.Errorf("source = %v", src)
	}
}

func TestTableFitsWidth(t *testing.T) {
	var buf bytes.Buffer
	if err := render.WriteEvents(&buf, fixture(), lookup, render.Options{Width: 60}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if n := len([]rune(line)); n > 60 {
			t.Errorf("line of %d runes exceeds width 60: %q", n, line)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"table", "JSON", "jsonl", "csv", "md", "markdown"} {
		if _, err := render.ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
	if _, err := render.ParseFormat("xml"); !errors.Is(err, render.ErrFormat) {
		t.Errorf("ParseFormat(xml) err = %v", err)
	}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got, *update)
}

func TestCSVDefusesFormulas(t *testing.T) {
	tab := &render.Table{Columns: []string{"sentence", "days"}, Rows: [][]string{
		{"=HYPERLINK(\"http://x\")", "-2"}, {"@SUM(A1)", "3"}, {"+1+1", "0"}, {"قمة", "-0.5"},
	}}
	var buf bytes.Buffer
	if err := render.WriteTable(&buf, tab, render.Options{Format: render.FormatCSV}); err != nil {
		t.Fatal(err)
	}
	want := "sentence,days\n\"'=HYPERLINK(\"\"http://x\"\")\",-2\n'@SUM(A1),3\n'+1+1,0\nقمة,-0.5\n"
	if buf.String() != want {
		t.Errorf("csv =\n%s\nwant\n%s", buf.String(), want)
	}
}
