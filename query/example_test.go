package query_test

import (
	"fmt"

	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

func ExampleParse() {
	q, err := query.Parse(`COUNT BY month
		-- Russia with the United States, in 2021
		WHERE actor = RUS with USA AND date in 2021`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(q)
	s := q.Stmt.(*query.CountStmt)
	fmt.Println("by:", s.By.Key)
	for _, c := range s.Conds() {
		fmt.Printf("%s %s %d value(s) at %d:%d\n", c.Field, c.Op, len(c.Values), c.Pos().Line, c.Pos().Column)
	}
	// Output:
	// count by month where actor = RUS with USA and date in 2021
	// by: month
	// actor with 2 value(s) at 3:9
	// date in 1 value(s) at 3:34
}

func ExampleFormatError() {
	src := "events where date = 2021-13"
	q, err := query.Parse(src)
	if err == nil {
		err = query.Check(q, query.CheckOptions{})
	}
	fmt.Println(query.FormatError(src, err))
	// Output:
	// 1:21: invalid date "2021-13": month 13 is not 1..12
	//  | events where date = 2021-13
	//  |                     ^
}

func ExampleCheck() {
	q := query.MustParse("events where actor = $who and date in last 30 days")
	err := query.Check(q, query.CheckOptions{
		Params: map[string]string{"who": "Vladimir Putin"},
		Now:    timeline.DayOf(2026, 11, 25),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	conds := q.Stmt.Tail().Conds()
	fmt.Println(conds[0].Values[0].Bound)
	fmt.Println(conds[1].Range.Start, conds[1].Range.End)
	fmt.Println(q.Stmt.Tail().Bounds.Start, q.Stmt.Tail().Bounds.End)
	// Output:
	// Vladimir Putin
	// 2026-10-27 2026-11-25
	// 2026-10-27 2026-11-25
}

func ExampleFormat() {
	q := query.MustParse("events (date, type, actors) where actor = RUS and type in (summit, visit) and date between 2021-01-01 and 2021-12-31 order by date desc limit 20")
	fmt.Println(query.Format(q))
	// Output:
	// events (date, type, actors)
	// where actor = RUS
	//   and type in (summit, visit)
	//   and date between 2021-01-01 and 2021-12-31
	// order by date desc
	// limit 20
}

func ExampleInspect() {
	q := query.MustParse("actor = RUS and (place = TJK or not type = call)")
	query.Inspect(q.Stmt, func(n query.Node) bool {
		if c, ok := n.(*query.Cond); ok {
			fmt.Println(c)
		}
		return true
	})
	// Output:
	// actor = RUS
	// place = TJK
	// type = call
}
