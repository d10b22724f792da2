package query_test

import (
	"reflect"
	"testing"

	"github.com/tl-project/tl/query"
)

// FuzzParse checks that no input makes Parse, String, Format or Check
// panic, and that every query that parses prints (both as String and as
// Format) to text that parses back to an equal tree. The seed corpus is in
// testdata/fuzz/FuzzParse; run with go test -fuzz FuzzParse ./query.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"events where actor = RUS with USA and date in 2021",
		"count by month where actor = بوتين and date in last 30 days",
		"top 5 actors where place within TJK order by count desc limit 3",
		"explain gaps between RUS and USA where not (type = call or date < 2020)",
		`select date, text where text ~ "قمة" and actor = $a`,
		"events where (((",
		"\"",
		"events where date between 2021 and",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		q, err := query.Parse(src)
		if err != nil {
			if q != nil {
				t.Fatalf("Parse returned a query and an error")
			}
			_ = query.FormatError(src, err)
			return
		}
		for _, text := range []string{q.String(), query.Format(q)} {
			q2, err := query.Parse(text)
			if err != nil {
				t.Fatalf("Parse(%q) printed %q, which does not parse: %v", src, text, err)
			}
			if !reflect.DeepEqual(stripped(q), stripped(q2)) {
				t.Fatalf("Parse(%q) printed %q, which parses to a different tree", src, text)
			}
		}
		if err := query.Check(q, checkOpts(map[string]string{"a": "RUS"})); err != nil {
			_ = query.FormatError(src, err)
		}
	})
}
