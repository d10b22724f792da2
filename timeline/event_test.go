package timeline_test

import (
	"errors"
	"testing"

	"github.com/tl-project/tl/timeline"
)

func TestEventIDStable(t *testing.T) {
	mk := func(actors ...string) timeline.Event {
		return timeline.Event{Type: timeline.TypeSummit, Date: timeline.MustParseDate("2021-06-16"),
			Actors: actors, Places: []string{"geneva"}}
	}
	a, b := mk("RUS", "USA", "joe-biden"), mk("joe-biden", "USA", "RUS", "RUS")
	a.Normalize()
	b.Normalize()
	if a.ID != b.ID || a.ID == "" {
		t.Fatalf("ids differ for the same content: %q %q", a.ID, b.ID)
	}
	c := mk("RUS", "USA")
	c.Normalize()
	if c.ID == a.ID {
		t.Fatal("different actors gave the same id")
	}
	if len(b.Actors) != 3 || !b.HasActor("USA") || b.HasActor("FRA") {
		t.Fatalf("Normalize did not sort and de-duplicate: %v", b.Actors)
	}
}

func TestEventNormalizeFirstReported(t *testing.T) {
	e := timeline.Event{Type: timeline.TypeCall, Sources: []timeline.Source{
		{Doc: "b", Published: timeline.DayOf(2021, 12, 9)},
		{Doc: "a", Published: timeline.DayOf(2021, 12, 8)},
		{Doc: "b", Published: timeline.DayOf(2021, 12, 9), Start: 5},
	}}
	e.Normalize()
	if e.FirstReported.String() != "2021-12-08" {
		t.Errorf("FirstReported = %s", e.FirstReported)
	}
	if docs := e.Docs(); len(docs) != 2 || docs[0] != "b" || docs[1] != "a" {
		t.Errorf("Docs = %v", docs)
	}
}

func TestEventNormalizeSourcesOncePerSpan(t *testing.T) {
	e := timeline.Event{Type: timeline.TypeSummit, Sources: []timeline.Source{
		{Doc: "a", Start: 10, End: 20, Confidence: 0.7},
		{Doc: "b", Start: 10, End: 20, Confidence: 0.5},
		{Doc: "a", Start: 10, End: 20, Confidence: 0.8},
		{Doc: "a", Start: 30, End: 40, Confidence: 0.6},
	}}
	e.Normalize()
	if len(e.Sources) != 3 || e.Sources[0].Confidence != 0.8 || e.Sources[1].Doc != "b" || e.Sources[2].Start != 30 {
		t.Errorf("Sources = %+v, want one per span in first-seen order, at the best confidence", e.Sources)
	}
}

func TestParseNames(t *testing.T) {
	for _, typ := range timeline.Types {
		got, err := timeline.ParseType(typ.String())
		if err != nil || got != typ {
			t.Errorf("ParseType(%q) = %v, %v", typ, got, err)
		}
		if et, mode := typ.PLOVER(); et == "" || mode == "" || typ.CAMEO() == "" {
			t.Errorf("%v has no PLOVER/CAMEO mapping", typ)
		}
	}
	if _, err := timeline.ParseType("party"); !errors.Is(err, timeline.ErrBadType) {
		t.Errorf("ParseType(party) err = %v", err)
	}
	if s, err := timeline.ParseStatus("planned"); err != nil || s != timeline.StatusPlanned {
		t.Errorf("ParseStatus(planned) = %v, %v", s, err)
	}
	if _, err := timeline.ParseStatus("maybe"); !errors.Is(err, timeline.ErrBadStatus) {
		t.Errorf("ParseStatus(maybe) err = %v", err)
	}
	if k, err := timeline.ParseKind("organization"); err != nil || k != timeline.KindOrganisation {
		t.Errorf("ParseKind(organization) = %v, %v", k, err)
	}
}

func TestTermCovers(t *testing.T) {
	putin := timeline.Term{Role: "president", Country: "RUS", From: "2012-05-07"}
	medvedev := timeline.Term{Role: "president", Country: "RUS", From: "2008-05-07", To: "2012-05-07"}
	d := timeline.DayOf(2021, 6, 16)
	if !putin.Covers(d) || medvedev.Covers(d) {
		t.Error("2021-06-16: Putin's term covers it, Medvedev's does not")
	}
	if !medvedev.Covers(timeline.DayOf(2010, 1, 1)) || putin.Covers(timeline.DayOf(2010, 1, 1)) {
		t.Error("2010-01-01: Medvedev's term covers it, Putin's second does not")
	}
}

func TestArticleHash(t *testing.T) {
	a := timeline.Article{ID: "x.txt", Published: 10, Text: "نص"}
	b := a
	if a.Hash() != b.Hash() {
		t.Fatal("same article, different hash")
	}
	b.Text = "نص آخر"
	if a.Hash() == b.Hash() {
		t.Fatal("different text, same hash")
	}
}
