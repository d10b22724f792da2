package extract_test

import (
	"fmt"

	"github.com/tl-project/tl/extract"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

func ExampleExtractor_Extract() {
	x := extract.New(gazetteer.Default())
	res, err := x.Extract(&timeline.Article{
		ID:        "geneva.txt",
		Published: timeline.MustParseDate("2021-06-18").Start,
		Text:      "عقد الرئيس الأمريكي قمة مع نظيره الروسي في جنيف أول من أمس.",
	})
	if err != nil {
		panic(err)
	}
	for _, e := range res.Events {
		fmt.Println(e.Type, e.Date, e.Status, e.Actors, e.Places)
	}
	// Output:
	// summit 2021-06-16 occurred [RUS USA joe-biden vladimir-putin] [geneva]
}
