package engine_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tl-project/tl/query"
)

// TestPreparedTextReboundEachTime runs one query text with several
// parameter sets, in turn and again: the parse cache must give each run
// its own tree, so every answer is the one its parameters ask for.
func TestPreparedTextReboundEachTime(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db,
		ev("meeting", "2021-06-16", "RUS,USA", "geneva", "d1", "التقى الرئيسان في جنيف"),
		ev("visit", "2021-10-14", "RUS,TJK", "dushanbe", "d2", "وصل الرئيس إلى دوشنبه"),
		ev("call", "2022-03-01", "CHN,USA", "", "d3", "اتصال هاتفي"),
	)
	const src = "events where actor = $a and date between $from and $to"
	tests := []struct {
		a, from, to string
		want        []string // types in date order
	}{
		{"RUS", "2021-01-01", "2021-12-31", []string{"meeting", "visit"}},
		{"USA", "2021-01-01", "2022-12-31", []string{"meeting", "call"}},
		{"RUS", "2021-07-01", "2021-12-31", []string{"visit"}},
		{"CHN", "2021-01-01", "2021-12-31", nil},
	}
	for round := range 2 {
		for _, tt := range tests {
			params := map[string]string{"a": tt.a, "from": tt.from, "to": tt.to}
			rows, err := db.Query(context.Background(), src, params)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for rows.Next() {
				got = append(got, rows.Event().Type.String())
			}
			if err := rows.Close(); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("round %d, %v: got %v, want %v", round, params, got, tt.want)
			}
		}
	}
}

// TestPrepareReturnsOwnTree changes a prepared query's tree, down to the
// values of its conditions, and prepares the same text again: the change
// must not leak into the second query.
func TestPrepareReturnsOwnTree(t *testing.T) {
	db := mustOpen(t)
	const src = "events where actor = RUS and date in 2021 limit 5"
	q1, err := db.Prepare(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := query.Format(q1)
	for _, c := range q1.Stmt.Tail().Conds() {
		for _, v := range c.Values {
			v.Text, v.Bound = "CHANGED", "CHANGED"
		}
		c.FieldName = "changed"
	}
	q1.Stmt.Tail().Limit = 0
	q2, err := db.Prepare(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := query.Format(q2); got != want {
		t.Errorf("second Prepare of %q = %q, want %q", src, got, want)
	}
}

// TestPreparedTextConcurrent runs one query text with different parameters
// from several goroutines (run it with -race): the trees they check must
// not be shared.
func TestPreparedTextConcurrent(t *testing.T) {
	db := mustOpen(t)
	mustIngest(t, db, corpus(200)...)
	const src = "count where actor = $a and date between $from and $to"
	want := map[string]string{}
	actors := []string{"RUS", "USA", "KAZ", "TJK"}
	count := func(a string) (string, error) {
		rows, err := db.Query(context.Background(), src, map[string]string{"a": a, "from": "2000-01-01", "to": "2030-12-31"})
		if err != nil {
			return "", err
		}
		defer rows.Close()
		var out string
		for rows.Next() {
			out = strings.Join(rows.Row(), "|")
		}
		return out, rows.Err()
	}
	for _, a := range actors {
		n, err := count(a)
		if err != nil {
			t.Fatal(err)
		}
		want[a] = n
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				a := actors[(g+i)%len(actors)]
				got, err := count(a)
				if err != nil {
					errs <- err.Error()
					return
				}
				if got != want[a] {
					errs <- a + ": " + got + ", want " + want[a]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
