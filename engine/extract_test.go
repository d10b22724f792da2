package engine_test

import (
	"context"
	"testing"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// TestDefaultExtractor ingests an Arabic article (our own sentences about
// a reported event) through the default pipeline and finds its event by
// the country a person stands for.
func TestDefaultExtractor(t *testing.T) {
	db, err := engine.Open("", &engine.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := &timeline.Article{
		ID:        "geneva.txt",
		Published: timeline.DayOf(2021, 6, 17),
		Text: "جنيف - التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن في جنيف يوم الأربعاء 16 يونيو 2021، " +
			"في أول قمة بين الرئيسين.\n",
	}
	ctx := context.Background()
	st, err := db.IngestArticle(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Events == 0 {
		t.Fatalf("stats = %+v, want the article and its events", st)
	}
	rows, err := db.Query(ctx, "events where actor = RUS and actor = USA and date in 2021-06", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	found := false
	for rows.Next() {
		e := rows.Event()
		found = found || (e.HasActor("vladimir-putin") && len(e.Sources) > 0 && e.Sources[0].Doc == "geneva.txt")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if !found {
		t.Error("the meeting of Putin and Biden was not found by actor = RUS and actor = USA")
	}
	again, err := db.IngestArticle(ctx, a)
	if err != nil || again.Duplicates != 1 {
		t.Errorf("second ingest: %+v %v", again, err)
	}
	mustCheck(t, db)
}
