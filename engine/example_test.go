package engine_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// ExampleDB_Query stores two events and asks for Russia's events in 2021:
// Putin's meeting counts for Russia.
func ExampleDB_Query() {
	ctx := context.Background()
	db, err := engine.Open("", &engine.Options{InMemory: true}) // the embedded gazetteer
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	events := []timeline.Event{
		{Type: timeline.TypeMeeting, Date: timeline.MustParseDate("2021-06-16"),
			Actors: []string{"vladimir-putin", "joe-biden"}, Places: []string{"geneva"},
			Sources: []timeline.Source{{Doc: "a1", Sentence: "التقى بوتين بايدن في جنيف"}}},
		{Type: timeline.TypeVisit, Date: timeline.MustParseDate("2021-08"),
			Actors: []string{"RUS", "TJK"}, Places: []string{"dushanbe"},
			Sources: []timeline.Source{{Doc: "a2", Sentence: "زيارة إلى دوشنبه"}}},
	}
	if _, err := db.IngestEvents(ctx, events); err != nil {
		log.Fatal(err)
	}

	rows, err := db.Query(ctx, `events where actor = روسيا and date in 2021`, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		ev := rows.Event()
		fmt.Println(ev.Date, ev.Type, strings.Join(ev.Actors, " "), ev.Places)
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 2021-06-16 meeting joe-biden vladimir-putin [geneva]
	// 2021-08 visit RUS TJK [dushanbe]
}

// ExampleDB_Explain shows the plan of a query: the actor index, limited to
// the year, and the keys it read.
func ExampleDB_Explain() {
	ctx := context.Background()
	db, err := engine.Open("", &engine.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	_, err = db.IngestEvents(ctx, []timeline.Event{
		{Type: timeline.TypeCall, Date: timeline.MustParseDate("2022-01-10"), Actors: []string{"RUS", "CHN"}},
	})
	if err != nil {
		log.Fatal(err)
	}
	ex, err := db.Explain(ctx, `events where (actor = "Vladimir Putin" or actor = CHN) and date in 2022 limit 10`, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(ex)
	// Output:
	// union(index.Scan(actor, "vladimir-putin", [2022-01-01, 2022-12-31]), index.Scan(actor, "CHN", [2022-01-01, 2022-12-31])) | limit(10)
	// estimated keys: 1
	// actual keys: 2
	// rows: 1
}
