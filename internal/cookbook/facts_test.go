package cookbook

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tl-project/tl/engine"
)

// ids runs an events query and returns the ids of its events, in order.
func ids(t *testing.T, db *engine.DB, src string) []string {
	t.Helper()
	rows, err := db.Query(context.Background(), src, nil)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		out = append(out, rows.Event().ID)
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return out
}

// table runs an aggregate query and returns its rows.
func table(t *testing.T, db *engine.DB, src string) [][]string {
	t.Helper()
	rows, err := db.Query(context.Background(), src, nil)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		out = append(out, rows.Row())
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return out
}

// fixtureEvents reads the fixture as plain JSON, independently of the
// engine, to derive expected answers.
func fixtureEvents(t *testing.T) []engine.ExportEvent {
	t.Helper()
	b, err := os.ReadFile(fixturePath)
	if err != nil {
		t.Fatal(err)
	}
	var out []engine.ExportEvent
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var x engine.ExportEvent
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatal(err)
		}
		out = append(out, x)
	}
	return out
}

// TestFixtureEntities asserts that every actor and place of the fixture is
// an entity the database knows, so the cookbook shows names, not raw ids.
func TestFixtureEntities(t *testing.T) {
	db := openFixture(t)
	for _, x := range fixtureEvents(t) {
		for _, id := range slices.Concat(x.Actors, x.Places) {
			if _, ok := db.Lookup(id); !ok {
				t.Errorf("%s: unknown entity %q", x.ID, id)
			}
		}
	}
}

// TestCookbookFacts checks cookbook answers against facts of the fixture,
// so the golden files are not mere snapshots.
func TestCookbookFacts(t *testing.T) {
	db := openFixture(t)
	fixture := fixtureEvents(t)

	t.Run("every fixture event is stored, none merged", func(t *testing.T) {
		got := table(t, db, "count")
		if want := len(fixture); len(got) != 1 || got[0][0] != strconv.Itoa(want) {
			t.Errorf("count = %v, want %d", got, want)
		}
	})
	t.Run("this year is the fixed clock's year", func(t *testing.T) {
		want := 0
		for _, x := range fixture {
			if strings.HasPrefix(x.Date, "2025") {
				want++
			}
		}
		got := table(t, db, "count where date in this year")
		if len(got) != 1 || got[0][0] != strconv.Itoa(want) || want != 22 {
			t.Errorf("count this year = %v, want %d (22)", got, want)
		}
	})

	eventTests := []struct {
		q    string
		want []string // ids in result order
	}{
		// People count for their country: Putin, Lavrov, Biden and Blinken
		// events are Russia's; the G7 summit in June 2021 is not.
		{"events where actor = RUS and date in 2021",
			[]string{"fx-11", "fx-12", "fx-14", "fx-15", "fx-16", "fx-17", "fx-18", "fx-19", "fx-20", "fx-21"}},
		// The month-precision CSTO meeting (fx-14) lies in June but not in
		// the ten-day window.
		{"events where date in 2021-06", []string{"fx-14", "fx-13", "fx-15", "fx-16", "fx-17"}},
		{"events where date between 2021-06-10 and 2021-06-20", []string{"fx-13", "fx-15"}},
		{"events where type = summit and place within TJK", []string{"fx-18", "fx-19", "fx-54", "fx-56"}},
		{"events where type in (call, visit) and status = planned", []string{"fx-65", "fx-64", "fx-63"}},
		// 2025-10-02 .. 2025-12-31 from the fixed clock.
		{"events where date in last 90 days",
			[]string{"fx-53", "fx-54", "fx-55", "fx-56", "fx-58", "fx-59", "fx-60", "fx-61", "fx-62"}},
		{"last where actor = TUR", []string{"fx-52"}},
		{"events where date < 2020 order by date desc limit 5", []string{"fx-10", "fx-09", "fx-08", "fx-07", "fx-06"}},
	}
	for _, tt := range eventTests {
		t.Run(tt.q, func(t *testing.T) {
			got := ids(t, db, tt.q)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}

	// Membership and "within" derived from the fixture and the gazetteer's
	// records, not from the engine.
	country := func(id string) string {
		e, ok := db.Lookup(id)
		if !ok {
			t.Fatalf("unknown entity %s", id)
		}
		if e.Country != "" {
			return e.Country
		}
		return id
	}
	csto := []string{"RUS", "BLR", "KAZ", "KGZ", "TJK", "ARM"}
	brics := []string{"BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE", "IDN"}
	derived := []struct {
		q    string
		keep func(x engine.ExportEvent) bool
	}{
		{"events where place within CSTO", func(x engine.ExportEvent) bool {
			return slices.ContainsFunc(x.Places, func(p string) bool { return slices.Contains(csto, country(p)) })
		}},
		{"events where actor member of BRICS and type = summit", func(x engine.ExportEvent) bool {
			return x.Type == "summit" && slices.ContainsFunc(x.Actors, func(a string) bool { return slices.Contains(brics, country(a)) })
		}},
	}
	for _, tt := range derived {
		t.Run(tt.q, func(t *testing.T) {
			var want []string
			for _, x := range fixture {
				if tt.keep(x) {
					want = append(want, x.ID)
				}
			}
			got := ids(t, db, tt.q)
			if len(want) < 10 || !slices.Equal(slices.Sorted(slices.Values(got)), want) {
				t.Errorf("got %v\nwant %v", got, want)
			}
		})
	}

	t.Run("with equals two actor conditions", func(t *testing.T) {
		with := ids(t, db, "events where actor = RUS with USA")
		and := ids(t, db, "events where actor = RUS and actor = USA")
		if len(with) != 17 || !slices.Equal(with, and) {
			t.Errorf("with: %v\nand:  %v", with, and)
		}
	})
	t.Run("text search is Arabic-normalised", func(t *testing.T) {
		got := ids(t, db, `events where text contains "قمة"`)
		// fx-04 says only "وقمة", fx-36 only "القمة"; fx-13 has no summit word.
		for _, id := range []string{"fx-04", "fx-36"} {
			if !slices.Contains(got, id) {
				t.Errorf("%s missing from %v", id, got)
			}
		}
		if slices.Contains(got, "fx-13") {
			t.Errorf("fx-13 found: %v", got)
		}
	})
	t.Run("monthly series has no holes", func(t *testing.T) {
		got := table(t, db, "count by month where actor = RUS and date in 2025")
		want := []string{"1", "3", "1", "1", "1", "1", "0", "3", "2", "4", "2", "2"}
		var counts []string
		for _, r := range got {
			counts = append(counts, r[len(r)-1])
		}
		if !slices.Equal(counts, want) || got[6][0] != "2025-07" {
			t.Errorf("got %v, want counts %v", got, want)
		}
	})
	t.Run("gaps between summits", func(t *testing.T) {
		got := table(t, db, "gaps between RUS and USA where type = summit")
		var days []string
		for _, r := range got {
			days = append(days, r[len(r)-1])
		}
		// Helsinki -> Geneva -> Anchorage -> the fixed clock.
		if want := []string{"", "1066", "1521", "138"}; !slices.Equal(days, want) {
			t.Errorf("got %v, want days %v", got, want)
		}
	})
	t.Run("distinct types of Iran", func(t *testing.T) {
		got := table(t, db, "distinct types where actor = IRN")
		want := [][]string{{"agreement", "1"}, {"call", "1"}, {"meeting", "1"}, {"summit", "3"}}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
}
