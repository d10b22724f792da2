package viz_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/tl-project/tl/timeline"
	"github.com/tl-project/tl/viz"
)

func ExampleRender() {
	events := []timeline.Event{
		{Type: timeline.TypeCall, Date: timeline.MustParseDate("2021-12-07"), Actors: []string{"joe-biden", "vladimir-putin"}},
		{Type: timeline.TypeVisit, Date: timeline.MustParseDate("2022-02"), Actors: []string{"CHN", "vladimir-putin"}},
	}
	var b bytes.Buffer
	if err := viz.Render(&b, events, lookup, viz.Options{Lanes: viz.LanesCountry}); err != nil {
		fmt.Println(err)
		return
	}
	// One mark per event and lane, each with data-ev (the event's index)
	// and a tooltip.
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, `<g class="mark"`) {
			tip := line[strings.Index(line, "<title>")+7 : strings.Index(line, "</title>")]
			fmt.Println(line[:strings.Index(line, ">")+1], strings.ReplaceAll(tip, "&#xA;", " | "))
		}
	}
	// Output:
	// <g class="mark" data-ev="0" tabindex="0"> 2021-12-07 · call | Actors: Joe Biden, Vladimir Putin
	// <g class="mark" data-ev="0" tabindex="0"> 2021-12-07 · call | Actors: Joe Biden, Vladimir Putin
	// <g class="mark" data-ev="1" tabindex="0"> 2022-02 (month) · visit | Actors: China, Vladimir Putin
	// <g class="mark" data-ev="1" tabindex="0"> 2022-02 (month) · visit | Actors: China, Vladimir Putin
}

func ExampleRenderBars() {
	bars := []viz.Bar{{Label: "2022-01", Value: 2}, {Label: "2022-02", Value: 0}, {Label: "2022-03", Value: 5}}
	var b bytes.Buffer
	if err := viz.RenderBars(&b, bars, viz.Options{Width: 400}); err != nil {
		fmt.Println(err)
		return
	}
	// Each bar is a group with a tooltip and a rectangle from the axis up.
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, `<g class="bar">`) {
			fmt.Println(line[:strings.Index(line, "/></g>")+6])
		}
	}
	// Output:
	// <g class="bar"><title>2022-01: 2</title><rect x="82.4" y="161.6" width="83.2" height="78.4" fill="#0072B2"/></g>
	// <g class="bar"><title>2022-02: 0</title><rect x="186.4" y="240" width="83.2" height="0" fill="#0072B2"/></g>
	// <g class="bar"><title>2022-03: 5</title><rect x="290.4" y="44" width="83.2" height="196" fill="#0072B2"/></g>
}
