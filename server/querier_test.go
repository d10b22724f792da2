package server_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tl-project/tl/timeline"
)

// memQuerier is a test double of the database for the HTTP layer: an
// in-memory slice of events and a tiny query language of its own.
//
//	all                      every event
//	actor ID [actor ID…]     events with all these actors
//	count by month [actor ID…]  a table: month, count
//
// Any other word is an error positioned at that word.
type memQuerier struct {
	events   []timeline.Event
	entities map[string]timeline.Entity

	mu     sync.Mutex
	tables []string // queries run through Table
}

// posError is a query error that knows its position, like query.Error.
type posError struct {
	line, col int
	msg       string
}

func (e *posError) Error() string             { return fmt.Sprintf("%d:%d: %s", e.line, e.col, e.msg) }
func (e *posError) Position() (line, col int) { return e.line, e.col }

// word is a word of a query line and its column (in runes, from 1).
type word struct {
	text string
	col  int
}

func words(line string) []word {
	var out []word
	col, start := 1, -1
	for i, r := range line + " " {
		if r == ' ' || r == '\t' {
			if start >= 0 {
				out = append(out, word{line[start:i], col - utf8.RuneCountInString(line[start:i])})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		col++
	}
	return out
}

// parse returns the actor filters of q and whether it counts by month.
func (m *memQuerier) parse(q string) (actors []string, count bool, err error) {
	for lineNo, line := range strings.Split(q, "\n") {
		ws := words(line)
		for i := 0; i < len(ws); i++ {
			switch w := ws[i].text; {
			case w == "all":
			case w == "count" && i+2 < len(ws) && ws[i+1].text == "by" && ws[i+2].text == "month":
				count = true
				i += 2
			case w == "actor" && i+1 < len(ws):
				actors = append(actors, ws[i+1].text)
				i++
			default:
				return nil, false, fmt.Errorf("parse query: %w", &posError{line: lineNo + 1, col: ws[i].col, msg: fmt.Sprintf("unexpected %q", w)})
			}
		}
	}
	return actors, count, nil
}

func (m *memQuerier) match(actors []string) []timeline.Event {
	var out []timeline.Event
	for _, e := range m.events {
		ok := true
		for _, a := range actors {
			ok = ok && e.HasActor(a)
		}
		if ok {
			out = append(out, e)
		}
	}
	return out
}

func (m *memQuerier) Events(ctx context.Context, q string) ([]timeline.Event, error) {
	actors, count, err := m.parse(q)
	if err != nil {
		return nil, err
	}
	if count {
		return nil, fmt.Errorf("count by month returns a table, not events")
	}
	return m.match(actors), ctx.Err()
}

func (m *memQuerier) Table(ctx context.Context, q string) ([]string, [][]string, error) {
	m.mu.Lock()
	m.tables = append(m.tables, q)
	m.mu.Unlock()
	actors, count, err := m.parse(q)
	if err != nil {
		return nil, nil, err
	}
	evs := m.match(actors)
	if !count {
		rows := make([][]string, len(evs))
		for i, e := range evs {
			rows[i] = []string{e.Date.String(), e.Type.String()}
		}
		return []string{"date", "type"}, rows, nil
	}
	byMonth := map[string]int{}
	var months []string
	for _, e := range evs {
		k := e.Date.Start.String()[:7]
		if byMonth[k] == 0 {
			months = append(months, k)
		}
		byMonth[k]++
	}
	var rows [][]string
	for _, k := range months {
		rows = append(rows, []string{k, strconv.Itoa(byMonth[k])})
	}
	return []string{"month", "count"}, rows, nil
}

func (m *memQuerier) Entity(id string) (timeline.Entity, bool) {
	e, ok := m.entities[id]
	return e, ok
}

func (m *memQuerier) tableQueries() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.tables...)
}

var entities = map[string]timeline.Entity{
	"RUS":            {ID: "RUS", Kind: timeline.KindCountry, Name: "Russia", NameAR: "روسيا"},
	"USA":            {ID: "USA", Kind: timeline.KindCountry, Name: "United States", NameAR: "الولايات المتحدة"},
	"CHN":            {ID: "CHN", Kind: timeline.KindCountry, Name: "China", NameAR: "الصين"},
	"vladimir-putin": {ID: "vladimir-putin", Kind: timeline.KindPerson, Name: "Vladimir Putin", NameAR: "فلاديمير بوتين", Country: "RUS"},
	"joe-biden":      {ID: "joe-biden", Kind: timeline.KindPerson, Name: "Joe Biden", NameAR: "جو بايدن", Country: "USA"},
	"geneva":         {ID: "geneva", Kind: timeline.KindCity, Name: "Geneva", NameAR: "جنيف", Country: "CHE"},
}

// Markers the hostile sentence would leave if any of its script ran.
const (
	pwnedTitle = "PWNED-TITLE"
	pwnedAttr  = "data-pwned"
)

// hostileSentence is an article sentence carrying script in every form
// that would run if it reached the page unescaped.
var hostileSentence = `قال المتحدث <script>document.title="` + pwnedTitle + `";document.documentElement.setAttribute("` + pwnedAttr + `","1")</script>` +
	` و"><img src=x onerror="document.documentElement.setAttribute('` + pwnedAttr + `','2')"> انتهى`

func mkEvent(typ timeline.Type, date string, status timeline.Status, actors []string, doc, sentence string) timeline.Event {
	e := timeline.Event{Type: typ, Date: timeline.MustParseDate(date), Status: status, Actors: actors,
		Sources: []timeline.Source{{Doc: doc, Sentence: sentence, Published: timeline.DayOf(2022, 1, 1)}}}
	e.Normalize()
	return e
}

func newMem() *memQuerier {
	occ, pl := timeline.StatusOccurred, timeline.StatusPlanned
	return &memQuerier{entities: entities, events: []timeline.Event{
		mkEvent(timeline.TypeSummit, "2021-06-16", occ, []string{"RUS", "USA", "vladimir-putin", "joe-biden"}, "a-001.txt", "عقد الرئيسان قمة في جنيف."),
		mkEvent(timeline.TypeCall, "2021-12-07", occ, []string{"vladimir-putin", "joe-biden"}, "a-002.txt", "أجرى الرئيسان اتصالا مرئيا."),
		mkEvent(timeline.TypeVisit, "2022-02", occ, []string{"vladimir-putin", "CHN"}, "a-003.txt", "زار الرئيس الروسي الصين في فبراير."),
		mkEvent(timeline.TypeAgreement, "2022-02-04/2022-02-05", occ, []string{"RUS", "CHN"}, "a-003.txt", hostileSentence),
		mkEvent(timeline.TypeMeeting, "2022-06", pl, []string{"RUS", "USA"}, `doc"><script>alert(9)</script>`, "من المقرر أن يلتقي الوزيران في يونيو."),
	}}
}

// failing is a Querier whose every query fails with an error that has no
// position.
type failing struct{}

func (failing) Events(context.Context, string) ([]timeline.Event, error) {
	return nil, fmt.Errorf("query: database is closed")
}

func (failing) Table(context.Context, string) ([]string, [][]string, error) {
	return nil, nil, fmt.Errorf("query: database is closed")
}

func (failing) Entity(string) (timeline.Entity, bool) { return timeline.Entity{}, false }
