package engine_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/tl-project/tl/engine"
	"github.com/tl-project/tl/timeline"
)

// A user entity added with PutEntity is found by queries at once, by the
// extractor on the next ingest, and still after the database is reopened.
func TestUserEntityTakesEffect(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	db, err := engine.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	// An envoy the embedded gazetteer does not know, with an Arabic alias.
	envoy := timeline.Entity{ID: "test-envoy-karimov", Kind: timeline.KindPerson, Name: "Farid Testov",
		NameAR: "فريد تستوف", Aliases: []string{"تستوف"}, Country: "UZB"}
	if rows, err := db.Query(ctx, `events where actor = "Farid Testov"`, nil); err == nil {
		rows.Close()
		t.Fatal("an unknown name resolved before the entity was added")
	}
	if err := db.PutEntity(ctx, envoy); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(ctx, `events where actor = "Farid Testov"`, nil)
	if err != nil {
		t.Fatalf("query after PutEntity: %v", err)
	}
	rows.Close()
	a := &timeline.Article{ID: "envoy.txt", Published: timeline.DayOf(2025, 3, 5),
		Text: "التقى المبعوث الأوزبكي فريد تستوف وزير الخارجية الروسي سيرغي لافروف في موسكو أمس الثلاثاء."}
	if _, err := db.IngestArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	count := func(db *engine.DB, q string) string {
		t.Helper()
		rows, err := db.Query(ctx, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		if !rows.Next() {
			t.Fatalf("%s: no row (%v)", q, rows.Err())
		}
		return rows.Row()[0]
	}
	if got := count(db, `count where actor = test-envoy-karimov`); got != "1" {
		t.Fatalf("the extractor did not find the user entity in the next ingest: count = %s", got)
	}
	db.Close()
	db, err = engine.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := count(db, `count where actor = "فريد تستوف"`); got != "1" {
		t.Fatalf("after reopening, the user entity's Arabic name does not resolve: count = %s", got)
	}
}
