package viz

import (
	"fmt"
	"strings"

	"github.com/tl-project/tl/timeline"
)

// The formats Render writes.
const (
	// FormatSVG is a standalone SVG document.
	FormatSVG = "svg"
	// FormatHTML is an HTML page with the SVG inlined, embedded CSS and a
	// small script that shows an event's sentence and article on click.
	FormatHTML = "html"
)

// The lane modes.
const (
	// LanesActor draws one lane per actor id: a meeting of Putin and Biden
	// appears in both their lanes.
	LanesActor = "actor"
	// LanesCountry draws one lane per party: a person's events go to the
	// lane of the country they act for; countries and organisations keep
	// their own lanes.
	LanesCountry = "country"
)

// MinWidth is the narrowest drawing Render accepts, in pixels.
const MinWidth = 400

// DefaultWidth is the width used when Options.Width is zero.
const DefaultWidth = 1000

// Options control Render and RenderBars. The zero value draws an English
// SVG with one lane per actor, DefaultWidth pixels wide.
type Options struct {
	// Format is FormatSVG or FormatHTML; "" means FormatSVG. RenderBars
	// always writes SVG.
	Format string
	// Lanes is LanesActor or LanesCountry; "" means LanesActor.
	Lanes string
	// Lang is "en" or "ar", the language of entity names, type names and
	// labels; "" means "en".
	Lang string
	// Title is drawn above the chart; "" gives a title that counts the
	// events.
	Title string
	// Width is the width of the drawing in pixels; 0 means DefaultWidth.
	// The height follows from the number of lanes.
	Width int
}

// normalize fills defaults and validates.
func (o Options) normalize() (Options, error) {
	o.Format = strings.ToLower(strings.TrimSpace(o.Format))
	o.Lanes = strings.ToLower(strings.TrimSpace(o.Lanes))
	o.Lang = strings.ToLower(strings.TrimSpace(o.Lang))
	if o.Format == "" {
		o.Format = FormatSVG
	}
	if o.Lanes == "" {
		o.Lanes = LanesActor
	}
	if o.Lang == "" {
		o.Lang = "en"
	}
	if o.Width == 0 {
		o.Width = DefaultWidth
	}
	switch {
	case o.Format != FormatSVG && o.Format != FormatHTML:
		return o, fmt.Errorf("%w %q (want svg or html)", ErrFormat, o.Format)
	case o.Lanes != LanesActor && o.Lanes != LanesCountry:
		return o, fmt.Errorf("%w %q (want actor or country)", ErrLanes, o.Lanes)
	case o.Lang != "en" && o.Lang != "ar":
		return o, fmt.Errorf("%w %q (want en or ar)", ErrLang, o.Lang)
	case o.Width < MinWidth:
		return o, fmt.Errorf("%w %d (want at least %d)", ErrWidth, o.Width, MinWidth)
	}
	return o, nil
}

// words are the fixed labels of a drawing, by language.
type words struct {
	types        map[timeline.Type]string
	planned      string
	occurred     string
	day          string
	days         string
	span         string
	noActor      string
	undated      string // printf: count
	title        string // printf: count
	actors       string
	place        string
	article      string
	articles     string
	moreSources  string // printf: count
	precision    map[timeline.Precision]string
	noData       string
	hint         string
	detailsTitle string
}

var vocab = map[string]*words{
	"en": {
		types: map[timeline.Type]string{
			timeline.TypeSummit: "summit", timeline.TypeMeeting: "meeting", timeline.TypeVisit: "visit",
			timeline.TypeCall: "call", timeline.TypeAgreement: "agreement", timeline.TypeUnknown: "unknown",
		},
		planned: "planned", occurred: "occurred",
		day: "one day", days: "several days", span: "month or year (exact day unknown)",
		noActor: "(no actor)", undated: "%d event(s) without a date are not shown",
		title: "Timeline: %d event(s)", actors: "Actors", place: "Place", article: "Article",
		articles: "Articles", moreSources: "(+%d more source(s))",
		precision: map[timeline.Precision]string{
			timeline.PrecisionDay: "day", timeline.PrecisionMonth: "month", timeline.PrecisionYear: "year",
		},
		noData:       "No events to draw.",
		hint:         "Click a mark to see the sentence that reported it and its article.",
		detailsTitle: "Details",
	},
	"ar": {
		types: map[timeline.Type]string{
			timeline.TypeSummit: "قمة", timeline.TypeMeeting: "لقاء", timeline.TypeVisit: "زيارة",
			timeline.TypeCall: "اتصال", timeline.TypeAgreement: "اتفاق", timeline.TypeUnknown: "غير معروف",
		},
		planned: "مرتقب", occurred: "جرى",
		day: "يوم واحد", days: "عدة أيام", span: "شهر أو سنة (اليوم غير معروف)",
		noActor: "(بلا طرف)", undated: "%d حدث بلا تاريخ لم تُرسم",
		title: "الخط الزمني: %d حدث", actors: "الأطراف", place: "المكان", article: "المقال",
		articles: "المقالات", moreSources: "(+%d مصدر آخر)",
		precision: map[timeline.Precision]string{
			timeline.PrecisionDay: "يوم", timeline.PrecisionMonth: "شهر", timeline.PrecisionYear: "سنة",
		},
		noData:       "لا أحداث للرسم.",
		hint:         "انقر على علامة لعرض الجملة التي أوردتها ومقالها.",
		detailsTitle: "التفاصيل",
	},
}
