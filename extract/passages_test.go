package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/tl-project/tl/timeline"
)

// passageFloor is the share of passages of testdata/passages.jsonl that
// must come out exactly right. It records the level reached, so that a
// regression fails; raise it as the extractor improves.
const passageFloor = 0.90

type passage struct {
	ID        string          `json:"id"`
	Published string          `json:"published"`
	Text      string          `json:"text"`
	Events    []passageEvent  `json:"events"`
	Covers    []string        `json:"covers"`
	Raw       json.RawMessage `json:"-"`
}

type passageEvent struct {
	Type     string   `json:"type"`
	Date     string   `json:"date"`
	Status   string   `json:"status"`
	Actors   []string `json:"actors"`
	Place    string   `json:"place"`
	Optional bool     `json:"optional"`
}

// typeOK mirrors the scorer: which predicted types match a gold type.
var typeOK = map[string][]string{
	"summit":    {"summit", "meeting", "call"},
	"meeting":   {"meeting", "summit", "visit"},
	"visit":     {"visit", "meeting"},
	"call":      {"call", "summit", "meeting"},
	"agreement": {"agreement"},
}

// matches reports whether an extracted event fits an expected one: a
// compatible type, a date that does not contradict (a prefix either
// way), and the expected countries and organisations among its parties
// (at least two of them, or all when fewer).
func matches(want passageEvent, got timeline.Event) bool {
	ok := false
	for _, t := range typeOK[want.Type] {
		ok = ok || t == got.Type.String()
	}
	if !ok {
		return false
	}
	gd := got.Date.String()
	if want.Date != "" && gd != "" && !strings.HasPrefix(gd, want.Date) && !strings.HasPrefix(want.Date, gd) {
		return false
	}
	codes, hit := 0, 0
	for _, a := range want.Actors {
		if a != strings.ToUpper(a) {
			continue // a person: the scorer counts it through its country
		}
		codes++
		if got.HasActor(a) {
			hit++
		}
	}
	return hit >= min(2, codes)
}

// TestPassages runs the extractor over the written passages with expected
// events and reports how many come out exactly right: every expected
// event found, with its exact date, and nothing else.
func TestPassages(t *testing.T) {
	f, err := os.Open("testdata/passages.jsonl")
	if err != nil {
		t.Skip("no testdata/passages.jsonl:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	total, pass := 0, 0
	for sc.Scan() {
		var p passage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil || p.ID == "" {
			continue
		}
		total++
		res := extractText(t, p.Published, p.Text)
		used := make([]bool, len(res.Events))
		ok := true
		var why []string
		for _, w := range p.Events {
			found := false
			for i, e := range res.Events {
				if !used[i] && matches(w, e) {
					used[i], found = true, true
					if w.Date != e.Date.String() {
						why = append(why, "date "+e.Date.String()+" want "+w.Date)
						ok = false
					}
					break
				}
			}
			if !found && !w.Optional {
				why = append(why, "missing "+w.Type+" "+w.Date+" "+strings.Join(w.Actors, ","))
				ok = false
			}
		}
		for i, e := range res.Events {
			if !used[i] {
				why = append(why, "extra "+brief(e))
				ok = false
			}
		}
		if ok {
			pass++
		} else {
			t.Logf("%s (%s): %s", p.ID, strings.Join(p.Covers, ","), strings.Join(why, "; "))
		}
	}
	if total == 0 {
		t.Skip("no passages")
	}
	rate := float64(pass) / float64(total)
	t.Logf("passages exactly right: %d/%d = %.2f", pass, total, rate)
	if rate < passageFloor {
		t.Errorf("pass rate %.2f below the floor %.2f", rate, passageFloor)
	}
}
