package examples_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/extract"
	"github.com/tl-project/tl/timeline"
)

const article = `موسكو - وكالات

التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن في جنيف يوم 16 يونيو 2021، في أول قمة تجمع الزعيمين.`

// Open an in-memory database, ingest one Arabic article and list its events.
func Example() {
	ctx := context.Background()
	db, err := engine.Open("", &engine.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	a := &timeline.Article{ID: "geneva.txt", Published: timeline.DayOf(2021, 6, 17), Text: article}
	if _, err := db.IngestArticle(ctx, a); err != nil {
		log.Fatal(err)
	}

	rows, err := db.Query(ctx, `events where actor = "Vladimir Putin" and date in 2021`, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		ev := rows.Event()
		fmt.Println(ev.Date, ev.Type, ev.HasActor("joe-biden"), ev.Places)
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 2021-06-16 summit true [geneva]
}

// openGeneva opens an in-memory database holding the Geneva article, as
// Example does step by step.
func openGeneva(ctx context.Context) *engine.DB {
	db, err := engine.Open("", &engine.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	a := &timeline.Article{ID: "geneva.txt", Published: timeline.DayOf(2021, 6, 17), Text: article}
	if _, err := db.IngestArticle(ctx, a); err != nil {
		log.Fatal(err)
	}
	return db
}

// A person acts for their country: actor = RUS finds Putin's events, and a
// city lies in its country: place = CHE finds Geneva.
func ExampleDB_Query_conventions() {
	ctx := context.Background()
	db := openGeneva(ctx)
	defer db.Close()

	for _, q := range []string{
		"count where actor = RUS",
		"count where actor = USA and place = CHE",
		"count where date between 2021-06-10 and 2021-06-20",
		"count where actor = FRA",
	} {
		rows, err := db.Query(ctx, q, nil)
		if err != nil {
			log.Fatal(err)
		}
		for rows.Next() {
			fmt.Printf("%-52s %s\n", q, rows.Row()[0])
		}
		if err := rows.Err(); err != nil {
			log.Fatal(err)
		}
	}
	// Output:
	// count where actor = RUS                              1
	// count where actor = USA and place = CHE              1
	// count where date between 2021-06-10 and 2021-06-20   1
	// count where actor = FRA                              0
}

// Aggregates come back as rows of cells; empty periods are zero.
func ExampleDB_Query_aggregate() {
	ctx := context.Background()
	db := openGeneva(ctx)
	defer db.Close()

	rows, err := db.Query(ctx, "count by month where date between 2021-05-01 and 2021-07-31", nil)
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	fmt.Println(strings.Join(rows.Columns(), " "))
	for rows.Next() {
		fmt.Println(strings.Join(rows.Row(), " "))
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// month count
	// 2021-05 0
	// 2021-06 1
	// 2021-07 0
}

// Load events that are already structured (for example exported by another
// tool) without running the extractor.
func ExampleDB_Import() {
	ctx := context.Background()
	db, err := engine.Open("", &engine.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	jsonl := `{"type":"call","date":"2021-12-07","status":"occurred","actors":["joe-biden","vladimir-putin"],"sources":[{"doc":"wire-1","sentence":"Biden and Putin held a video call."}]}
{"type":"visit","date":"2021-10","status":"occurred","actors":["victoria-nuland","RUS"],"places":["moscow"],"sources":[{"doc":"wire-2","sentence":"Nuland visited Moscow."}]}
`
	st, err := db.Import(ctx, strings.NewReader(jsonl))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("imported", st.Events, "events")

	rows, err := db.Query(ctx, "events where actor = USA order by date", nil)
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		ev := rows.Event()
		fmt.Println(ev.Date, ev.Type, ev.Actors)
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// imported 2 events
	// 2021-10 visit [RUS victoria-nuland]
	// 2021-12-07 call [joe-biden vladimir-putin]
}

// Use the extractor alone, with no database: events and the reasons for
// each field.
func ExampleExtractor_Extract() {
	x := extract.New(nil) // the embedded gazetteer
	res, err := x.Extract(&timeline.Article{ID: "geneva.txt", Published: timeline.DayOf(2021, 6, 17), Text: article})
	if err != nil {
		log.Fatal(err)
	}
	for i, ev := range res.Events {
		fmt.Println(ev.Date, ev.Type, ev.Actors, ev.Places)
		ex := res.Explanations[i].Evidence[0]
		fmt.Println("trigger:", ex.Trigger.Text, "→", ex.Trigger.Value)
		fmt.Println("date:", ex.Date.Text, "→", ex.Date.Value)
	}
	// Output:
	// 2021-06-16 summit [RUS USA joe-biden vladimir-putin] [geneva]
	// trigger: التقى … قمة → summit
	// date: يوم 16 يونيو 2021 → 2021-06-16
}
