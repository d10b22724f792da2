package query_test

import (
	"strings"
	"testing"

	"github.com/tl-project/tl/query"
)

var benchQuery = "count by month where actor = RUS with USA and (type = summit or type in (visit, call)) and date between 2021-01-01 and 2024-12-31 and text contains \"قمة\" order by count desc limit 12"

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := query.Parse(benchQuery); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseCheck(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		q, err := query.Parse(benchQuery)
		if err != nil {
			b.Fatal(err)
		}
		if err := query.Check(q, checkOpts(nil)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLarge parses a query just under MaxLength: the cost grows
// linearly with the input.
func BenchmarkParseLarge(b *testing.B) {
	src := "events where " + strings.Repeat("actor = RUS or ", (query.MaxLength-100)/15) + "actor = USA"
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := query.Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}
