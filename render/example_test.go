package render_test

import (
	"os"

	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/timeline"
)

func ExampleWriteTable() {
	tab := &render.Table{Columns: []string{"month", "count"}, Rows: [][]string{{"2021-06", "3"}, {"2021-07", "0"}}}
	render.WriteTable(os.Stdout, tab, render.Options{Format: render.FormatMarkdown})
	// In JSON and JSONL, cells that are whole numbers become numbers.
	render.WriteTable(os.Stdout, tab, render.Options{Format: render.FormatJSONL})
	// Output:
	// |  month  | count |
	// |:--------|:------|
	// | 2021-06 | 3     |
	// | 2021-07 | 0     |
	// {"count":3,"month":"2021-06"}
	// {"count":0,"month":"2021-07"}
}

func ExampleWriteEvents() {
	entities := map[string]timeline.Entity{
		"RUS":            {ID: "RUS", Kind: timeline.KindCountry, Name: "Russia", NameAR: "روسيا"},
		"vladimir-putin": {ID: "vladimir-putin", Kind: timeline.KindPerson, Name: "Vladimir Putin", NameAR: "فلاديمير بوتين", Country: "RUS"},
		"dushanbe":       {ID: "dushanbe", Kind: timeline.KindCity, Name: "Dushanbe", NameAR: "دوشنبه", Country: "TJK"},
	}
	lookup := func(id string) (timeline.Entity, bool) { e, ok := entities[id]; return e, ok }
	ev := timeline.Event{ID: "ev-1", Type: timeline.TypeSummit, Date: timeline.MustParseDate("2025-10-09"),
		Status: timeline.StatusOccurred, Actors: []string{"vladimir-putin", "TKM"}, Places: []string{"dushanbe"},
		Sources: []timeline.Source{{Doc: "a.txt"}}}
	// Names in Arabic; an id the lookup does not know (TKM) stays an id.
	render.WriteEvents(os.Stdout, []timeline.Event{ev}, lookup, render.Options{Format: render.FormatCSV, Lang: "ar"})
	// Output:
	// date,type,status,actors,place,source,id
	// 2025-10-09,summit,occurred,"فلاديمير بوتين, TKM",دوشنبه,a.txt,ev-1
}
