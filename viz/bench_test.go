package viz_test

import (
	"io"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/tl-project/tl/timeline"
	"github.com/tl-project/tl/viz"
)

// benchEvents returns n events over ten years among 40 actors, with a mix
// of precisions and statuses.
func benchEvents(n int) []timeline.Event {
	r := rand.New(rand.NewPCG(1, 2))
	start := timeline.DayOf(2015, 1, 1)
	evs := make([]timeline.Event, n)
	for i := range evs {
		d := start + timeline.Day(r.IntN(3650))
		date := timeline.Date{Start: d, End: d, Precision: timeline.PrecisionDay}
		switch r.IntN(5) {
		case 0:
			y, m, _ := d.Civil()
			date = timeline.MonthDate(y, m)
		case 1:
			date.End = d + timeline.Day(1+r.IntN(3))
		}
		evs[i] = timeline.Event{
			Type: timeline.Types[r.IntN(len(timeline.Types))], Date: date, Status: timeline.Status(r.IntN(2)),
			Actors:  []string{"a" + strconv.Itoa(r.IntN(40)), "a" + strconv.Itoa(r.IntN(40))},
			Sources: []timeline.Source{{Doc: "doc-" + strconv.Itoa(i), Sentence: "جملة اختبار طويلة بعض الشيء عن لقاء بين طرفين."}},
		}
	}
	return evs
}

func BenchmarkRender(b *testing.B) {
	evs := benchEvents(2000)
	for _, format := range []string{"svg", "html"} {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				if err := viz.Render(io.Discard, evs, nil, viz.Options{Format: format}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
