package engine_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

// testGazetteer is a small gazetteer for tests: a handful of countries,
// people, a city and an organisation.
type testGazetteer struct{ byID map[string]timeline.Entity }

func newTestGazetteer() *testGazetteer {
	g := &testGazetteer{byID: map[string]timeline.Entity{}}
	for _, e := range []timeline.Entity{
		{ID: "RUS", Kind: timeline.KindCountry, Name: "Russia", NameAR: "روسيا", ISO3: "RUS"},
		{ID: "USA", Kind: timeline.KindCountry, Name: "United States", NameAR: "الولايات المتحدة", ISO3: "USA"},
		{ID: "CHN", Kind: timeline.KindCountry, Name: "China", NameAR: "الصين", ISO3: "CHN"},
		{ID: "TJK", Kind: timeline.KindCountry, Name: "Tajikistan", NameAR: "طاجيكستان", ISO3: "TJK"},
		{ID: "KAZ", Kind: timeline.KindCountry, Name: "Kazakhstan", NameAR: "كازاخستان", ISO3: "KAZ"},
		{ID: "EGY", Kind: timeline.KindCountry, Name: "Egypt", NameAR: "مصر", ISO3: "EGY"},
		{ID: "vladimir-putin", Kind: timeline.KindPerson, Name: "Vladimir Putin", NameAR: "فلاديمير بوتين", Country: "RUS"},
		{ID: "joe-biden", Kind: timeline.KindPerson, Name: "Joe Biden", NameAR: "جو بايدن", Country: "USA"},
		{ID: "xi-jinping", Kind: timeline.KindPerson, Name: "Xi Jinping", NameAR: "شي جين بينغ", Country: "CHN"},
		{ID: "dushanbe", Kind: timeline.KindCity, Name: "Dushanbe", NameAR: "دوشنبه", Country: "TJK"},
		{ID: "geneva", Kind: timeline.KindCity, Name: "Geneva", NameAR: "جنيف", Country: "CHE"},
		{ID: "SAU", Kind: timeline.KindCountry, Name: "Saudi Arabia", NameAR: "السعودية", ISO3: "SAU"},
		{ID: "SYR", Kind: timeline.KindCountry, Name: "Syria", NameAR: "سوريا", ISO3: "SYR"},
		{ID: "antony-blinken", Kind: timeline.KindPerson, Name: "Antony Blinken", NameAR: "أنتوني بلينكن", Country: "USA"},
		{ID: "sergey-lavrov", Kind: timeline.KindPerson, Name: "Sergey Lavrov", NameAR: "سيرغي لافروف", Country: "RUS"},
		{ID: "riyadh", Kind: timeline.KindCity, Name: "Riyadh", NameAR: "الرياض", Country: "SAU"},
		{ID: "damascus", Kind: timeline.KindCity, Name: "Damascus", NameAR: "دمشق", Country: "SYR"},
		{ID: "CSTO", Kind: timeline.KindOrganisation, Name: "Collective Security Treaty Organization", Members: []string{"RUS", "TJK", "KAZ"}},
	} {
		g.byID[e.ID] = e
	}
	return g
}

func (g *testGazetteer) Entity(id string) (timeline.Entity, bool) {
	e, ok := g.byID[id]
	return e, ok
}

func (g *testGazetteer) Resolve(name string) ([]timeline.Entity, error) {
	for _, e := range g.byID {
		if strings.EqualFold(e.ID, name) || strings.EqualFold(e.Name, name) || e.NameAR == name {
			return []timeline.Entity{e}, nil
		}
	}
	return nil, &query.UnknownNameError{Name: name}
}

// fixedNow is the clock of test databases.
var fixedNow = time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)

func testOptions() *engine.Options {
	return &engine.Options{InMemory: true, Gazetteer: newTestGazetteer(), Now: func() time.Time { return fixedNow }}
}

// mustOpen opens an in-memory database closed at the end of the test.
func mustOpen(t testing.TB) *engine.DB {
	t.Helper()
	db, err := engine.Open("", testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// ev builds an event: ev("meeting", "2021-06-16", "RUS,USA", "geneva", "doc1", "sentence").
func ev(typ, date, actors, places, doc, sentence string) timeline.Event {
	t, err := timeline.ParseType(typ)
	if err != nil {
		panic(err)
	}
	e := timeline.Event{Type: t, Date: timeline.MustParseDate(date)}
	if actors != "" {
		e.Actors = strings.Split(actors, ",")
	}
	if places != "" {
		e.Places = strings.Split(places, ",")
	}
	pub := e.Date.End + 1
	if e.Date.IsZero() {
		pub = timeline.DayOf(2024, 1, 1)
	}
	e.Sources = []timeline.Source{{Doc: doc, Published: pub, Sentence: sentence, Start: 0, End: len(sentence), Confidence: 0.8}}
	e.Normalize()
	return e
}

func mustIngest(t testing.TB, db *engine.DB, events ...timeline.Event) engine.IngestStats {
	t.Helper()
	st, err := db.IngestEvents(context.Background(), events)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// queryIDs runs src and returns the ids of the events, or the first cell of
// each aggregate row.
func queryRows(t testing.TB, db *engine.DB, src string) []string {
	t.Helper()
	rows, err := db.Query(context.Background(), src, nil)
	if err != nil {
		t.Fatalf("Query(%q): %v", src, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		if rows.Kind() == engine.ResultEvents {
			out = append(out, rows.Event().ID)
		} else {
			out = append(out, strings.Join(rows.Row(), " "))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("Query(%q): %v", src, err)
	}
	return out
}
