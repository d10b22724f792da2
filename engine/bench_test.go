package engine_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/timeline"
)

// benchDB returns an in-memory database with the synthetic countries
// C000..C199 as user entities and n events.
func benchDB(b *testing.B, n int) *engine.DB {
	db, err := engine.Open("", &engine.Options{InMemory: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	ctx := context.Background()
	for i := 0; i <= 200; i++ {
		id := fmt.Sprintf("C%03d", i)
		if i == 200 {
			id = "C999"
		}
		if err := db.PutEntity(ctx, timeline.Entity{ID: id, Kind: timeline.KindCountry, Name: "Country " + id}); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := db.IngestEvents(ctx, benchCorpus(n)); err != nil {
		b.Fatal(err)
	}
	return db
}

// benchCorpus returns n events over many actors and 36 years, so that an
// actor+date query is selective, as in a real timeline.
func benchCorpus(n int) []timeline.Event {
	out := make([]timeline.Event, 0, n)
	start := timeline.DayOf(1990, 1, 1)
	for i := 0; i < n; i++ {
		a := fmt.Sprintf("C%03d", (i*7)%200)
		b := fmt.Sprintf("C%03d", (i*13+1)%200)
		if a == b {
			b = "C999"
		}
		day := start + timeline.Day((i*7919)%13149)
		e := timeline.Event{
			Type:    timeline.Types[i%5],
			Date:    timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay},
			Actors:  []string{a, b},
			Sources: []timeline.Source{{Doc: fmt.Sprintf("d%d", i), Published: day + 1, Sentence: "التقى الرئيس نظيره في العاصمة", Confidence: 0.7}},
		}
		e.Normalize()
		out = append(out, e)
	}
	return out
}

// BenchmarkIngestEvents measures bulk ingest into an in-memory database;
// it reports events/s.
func BenchmarkIngestEvents(b *testing.B) {
	events := benchCorpus(20000)
	b.ResetTimer()
	start := time.Now()
	total := 0
	for i := 0; i < b.N; i++ {
		db, err := engine.Open("", &engine.Options{InMemory: true})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.IngestEvents(context.Background(), events); err != nil {
			b.Fatal(err)
		}
		total += len(events)
		db.Close()
	}
	b.ReportMetric(float64(total)/time.Since(start).Seconds(), "events/s")
}

// BenchmarkActorDateQuery measures an actor + one-year query over 20k
// events.
func BenchmarkActorDateQuery(b *testing.B) {
	db := benchDB(b, 20000)
	q, err := db.Prepare("events where actor = C007 and date in 2005", nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	rowsTotal := 0
	for i := 0; i < b.N; i++ {
		rows, err := db.Run(context.Background(), q)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			rowsTotal++
		}
		if err := rows.Err(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rowsTotal)/float64(b.N), "rows/op")
}

// BenchmarkCountByMonth measures count by month over all events (from the
// rollup counters).
func BenchmarkCountByMonth(b *testing.B) {
	db := benchDB(b, 20000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rows, err := db.Query(context.Background(), "count by month", nil)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
		}
		if err := rows.Err(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIngestEventsDisk measures bulk ingest into a database on disk.
func BenchmarkIngestEventsDisk(b *testing.B) {
	events := benchCorpus(20000)
	b.ResetTimer()
	start := time.Now()
	total := 0
	for i := 0; i < b.N; i++ {
		db, err := engine.Open(b.TempDir(), nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.IngestEvents(context.Background(), events); err != nil {
			b.Fatal(err)
		}
		total += len(events)
		db.Close()
	}
	b.ReportMetric(float64(total)/time.Since(start).Seconds(), "events/s")
}

// exampleArticles reads the example corpus (real news articles, plain text
// and HTML, dated by its manifest).
func exampleArticles(b *testing.B) []timeline.Article {
	dir := filepath.Join("..", "examples", "corpus")
	f, err := os.Open(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var arts []timeline.Article
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m struct{ Doc, Published string }
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			b.Fatal(err)
		}
		raw, err := os.Open(filepath.Join(dir, m.Doc))
		if err != nil {
			b.Fatal(err)
		}
		as, err := page.Read(m.Doc, raw)
		raw.Close()
		if err != nil {
			b.Fatal(err)
		}
		pub, err := timeline.ParseDate(m.Published)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range as {
			a.Published = pub.Start
			arts = append(arts, a)
		}
	}
	if len(arts) == 0 {
		b.Fatal("no example articles")
	}
	return arts
}

// BenchmarkIngestArticles measures IngestArticle of real-size articles (the
// example corpus) into a database on disk with the default extractor: one
// transaction per article, extraction included. Each round opens a new
// database and ingests every article twice, the second time under another
// id with a line appended, so that its events merge into those of the
// first, as reports of one event from two outlets do. It reports
// articles/s and MB/s of article text; opening and closing the database
// are not timed.
func BenchmarkIngestArticles(b *testing.B) {
	arts := exampleArticles(b)
	size := 0
	for _, a := range arts {
		size += 2*len(a.Text) + 2
	}
	b.SetBytes(int64(size))
	ctx := context.Background()
	n := 0
	var busy time.Duration
	for b.Loop() {
		b.StopTimer()
		db, err := engine.Open(b.TempDir(), nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		for round := range 2 {
			for _, a := range arts {
				if round == 1 {
					a.ID += "#2"
					a.Text += "\n."
				}
				st, err := db.IngestArticle(ctx, &a)
				if err != nil {
					b.Fatal(err)
				}
				if st.Articles != 1 {
					b.Fatalf("%s: stored %d articles, want 1", a.ID, st.Articles)
				}
				n++
			}
		}
		busy += time.Since(start)
		b.StopTimer()
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/busy.Seconds(), "articles/s")
}

// BenchmarkPrepare measures parsing and checking a query with parameters:
// the fixed cost every query pays before it reads anything.
func BenchmarkPrepare(b *testing.B) {
	db := benchDB(b, 100)
	params := map[string]string{"a": "C007", "b": "C013", "from": "2005-01-01", "to": "2005-12-31"}
	for b.Loop() {
		if _, err := db.Prepare("events where actor = $a and actor = $b and date between $from and $to", params); err != nil {
			b.Fatal(err)
		}
	}
}
