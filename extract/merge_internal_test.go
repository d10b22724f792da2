package extract

import (
	"testing"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/timeline"
)

// mkSeq numbers the sentences of drafts made by mk.
var mkSeq int

// mk builds a draft of a type, date and parties; people are "p:<party>".
func mk(typ timeline.Type, date string, weak bool, parties ...string) *draft {
	d := &draft{typ: typ, date: timeline.MustParseDate(date), weak: weak,
		ref: timeline.MustParseDate("2025-10-09").Start}
	for _, p := range parties {
		d.actors = append(d.actors, actor{id: p, party: p})
	}
	mkSeq++
	d.sources = []timeline.Source{{Doc: "d", Start: mkSeq, End: mkSeq + 1}} // a sentence of its own
	d.evidence = []Evidence{{}}
	return d
}

func withPerson(d *draft, id, party string) *draft {
	d.actors = append(d.actors, actor{id: id, party: party})
	return d
}

func TestMergeDrafts(t *testing.T) {
	S, M, C, V, A := timeline.TypeSummit, timeline.TypeMeeting, timeline.TypeCall, timeline.TypeVisit, timeline.TypeAgreement
	tests := []struct {
		name  string
		in    []*draft
		count int
	}{
		{"same type, date and parties", []*draft{mk(M, "2025-10-09", false, "RUS", "AZE"), mk(M, "2025-10-09", false, "AZE", "RUS")}, 1},
		{"undated joins the current story", []*draft{mk(M, "2025-10-09", false, "RUS", "AZE"), mk(M, "", false, "RUS", "AZE")}, 1},
		{"undated does not join last year's", []*draft{mk(M, "2024-10", false, "RUS", "AZE"), mk(M, "", false, "RUS", "AZE")}, 2},
		{"different dates", []*draft{mk(M, "2025-10-09", false, "RUS", "AZE"), mk(M, "2024-10", false, "RUS", "AZE")}, 2},
		{"one shared party of two", []*draft{mk(M, "2025-10-09", false, "RUS", "AZE"), mk(M, "2025-10-09", false, "RUS", "TJK")}, 1 + 1},
		{"headline meeting into a body summit", []*draft{mk(M, "", true, "RUS", "TJK"), mk(S, "2025-10-09", false, "RUS", "TJK", "KAZ")}, 1},
		{"body meeting beside a body summit", []*draft{mk(S, "2025-10-09", false, "RUS", "TJK", "KAZ"), mk(M, "2025-10-09", false, "RUS", "TJK")}, 2},
		{"meeting and call of the same parties that day", []*draft{mk(M, "2021-12-07", false, "RUS", "USA"), mk(C, "2021-12-07", false, "USA", "RUS")}, 1},
		{"visit and agreement stay apart", []*draft{mk(V, "2025-10-09", false, "RUS", "TJK"), mk(A, "2025-10-09", false, "RUS", "TJK")}, 2},
		{"summit of one organisation", []*draft{mk(S, "2025-10-10", false, "CIS"), mk(S, "", false, "CIS", "AZE", "ARM")}, 1},
		{"different people", []*draft{withPerson(mk(M, "", false, "RUS", "USA"), "lavrov", "RUS"),
			withPerson(mk(M, "", false, "RUS", "USA"), "putin", "RUS")}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(mergeDrafts(tt.in)); got != tt.count {
				t.Errorf("merged into %d events, want %d", got, tt.count)
			}
		})
	}
}

func TestAbsorb(t *testing.T) {
	m := mk(timeline.TypeMeeting, "", true, "RUS", "KAZ")
	m.status = timeline.StatusOccurred
	d := mk(timeline.TypeSummit, "2025-10", false, "RUS", "KAZ", "CSTO")
	d.places = []placeRef{{id: "astana", country: "KAZ", city: true}}
	m.absorb(d)
	if m.typ != timeline.TypeSummit || m.date.String() != "2025-10" || len(m.actors) != 3 || len(m.sources) != 2 || m.weak {
		t.Errorf("after absorb: %v %v %d actors %d sources weak=%v", m.typ, m.date, len(m.actors), len(m.sources), m.weak)
	}
	// The same sentence again is one source of the event, at its best
	// confidence.
	same := mk(timeline.TypeSummit, "2025-10", false, "RUS", "KAZ")
	same.sources[0] = d.sources[0]
	same.sources[0].Confidence = 0.9
	m.absorb(same)
	if ev, _ := m.finish(); len(ev.Sources) != 2 || ev.Sources[1].Confidence != 0.9 {
		t.Errorf("a sentence absorbed twice: %+v", ev.Sources)
	}
	m.absorb(mk(timeline.TypeSummit, "2025-10-09", false, "RUS", "KAZ"))
	if m.date.String() != "2025-10-09" {
		t.Errorf("the more precise date should win, got %v", m.date)
	}
	if len(m.places) != 1 || m.places[0].id != "astana" {
		t.Errorf("places = %v", m.places)
	}
	ev, ex := m.finish()
	if ev.ID == "" || ex.EventID != ev.ID || len(ex.Evidence) != 4 || ev.Confidence <= m.conf-1e-9 {
		t.Errorf("finish: %+v %+v", ev, ex)
	}
}

func TestConfidence(t *testing.T) {
	base := confidence(0.8, 2, true, true, false, page.KindBody, "")
	tests := []struct {
		name string
		c    float64
		less bool // c < base
	}{
		{"no date", confidence(0.8, 2, false, false, false, page.KindBody, ""), true},
		{"inferred date", confidence(0.8, 2, false, true, false, page.KindBody, ""), true},
		{"one party", confidence(0.8, 1, true, true, false, page.KindBody, ""), true},
		{"weak trigger", confidence(0.5, 2, true, true, false, page.KindBody, ""), true},
		{"headline list", confidence(0.8, 2, true, true, false, page.KindList, ""), true},
		{"three parties", confidence(0.8, 3, true, true, false, page.KindBody, ""), false},
		{"status cue", confidence(0.8, 2, true, true, true, page.KindBody, ""), false},
	}
	for _, tt := range tests {
		if (tt.c < base) != tt.less || tt.c < 0 || tt.c > 1 {
			t.Errorf("%s: %.3f vs base %.3f", tt.name, tt.c, base)
		}
	}
}

func TestClauses(t *testing.T) {
	s := &sentence{text: "زار الرئيس موسكو، فيما أعلن الناطق أن الاتصالات ضرورية"}
	s.toks = arabic.Tokenize(s.text)
	c := clauses(s.toks)
	if c[0] != 0 || c[len(c)-1] != 1 {
		t.Errorf("clauses = %v", c)
	}
	s.clause = c
	lo, hi := s.clauseSpan(1)
	if s.toks[lo].Text != "فيما" || hi != len(s.toks) {
		t.Errorf("clause 1 = %d:%d", lo, hi)
	}
}
