package viz

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tl-project/tl/timeline"
)

// Geometry of the timeline, in pixels.
const (
	marginX     = 16.0  // left and right page margins
	labelWidth  = 170.0 // the lane label column
	titleY      = 28.0  // baseline of the title
	legendY     = 52.0  // centre line of the legend
	plotTop     = 74.0  // top of the first lane
	rowHeight   = 16.0  // one sub-row of marks inside a lane
	lanePad     = 6.0   // space above and below the rows of a lane
	markHeight  = 10.0  // height of a bar
	dotRadius   = 5.0   // radius of a one-day dot
	minBarWidth = 6.0   // narrowest bar, so that a day of a long span still shows
	markGap     = 3.0   // space kept between marks on one row
	axisHeight  = 30.0  // tick labels under the lanes
	footHeight  = 20.0  // the line about undated events
	tickSpacing = 84.0  // minimum space between two tick labels
	maxLabel    = 24    // lane labels longer than this many runes are cut
	maxRows     = 6     // sub-rows per lane; beyond them marks overlap
)

// typeColours are colour-blind-safe (Okabe–Ito) colours for the types.
var typeColours = map[timeline.Type]string{
	timeline.TypeSummit:    "#E69F00",
	timeline.TypeMeeting:   "#0072B2",
	timeline.TypeVisit:     "#009E73",
	timeline.TypeCall:      "#CC79A7",
	timeline.TypeAgreement: "#D55E00",
	timeline.TypeUnknown:   "#777777",
}

func colourOf(t timeline.Type) string {
	if c, ok := typeColours[t]; ok {
		return c
	}
	return typeColours[timeline.TypeUnknown]
}

// markShape is how an event's date is drawn.
type markShape uint8

const (
	shapeDot  markShape = iota // one day
	shapeBar                   // several days, known to the day
	shapeSpan                  // a month or a year: the day is not known
)

// lane is one horizontal band of the chart.
type lane struct {
	key   string // actor or party id; "" for events without actors
	label string // display name
	full  string // the whole name when label was cut
	y     float64
	rows  int
}

func (l *lane) height() float64 { return float64(max(l.rows, 1))*rowHeight + 2*lanePad }

// mark is one event drawn in one lane.
type mark struct {
	ev     int // index into the events given to Render
	lane   int
	row    int
	x0, x1 float64 // horizontal extent in pixels
	shape  markShape
}

// cy is the vertical centre of the mark.
func (m *mark) cy(lanes []lane) float64 {
	return lanes[m.lane].y + lanePad + float64(m.row)*rowHeight + rowHeight/2
}

// layout is everything Render needs to write, computed once.
type layout struct {
	opts    Options
	w       *words
	width   float64
	height  float64
	plotX0  float64
	plotX1  float64
	plotBot float64
	scale   timeScale
	ticks   []tick
	lanes   []lane
	marks   []mark
	dated   int // events that have a date
	undated int
	title   string
}

// newLayout places the events.
func newLayout(events []timeline.Event, lookup func(string) (timeline.Entity, bool), opts Options) *layout {
	l := &layout{opts: opts, w: vocab[opts.Lang], width: float64(opts.Width)}
	l.plotX0 = marginX + labelWidth
	l.plotX1 = l.width - marginX
	l.title = opts.Title
	if l.title == "" {
		l.title = fmt.Sprintf(l.w.title, len(events))
	}

	first, last := timeline.Day(0), timeline.Day(0)
	for i := range events {
		d := events[i].Date
		if d.IsZero() {
			l.undated++
			continue
		}
		if l.dated == 0 || d.Start < first {
			first = d.Start
		}
		if l.dated == 0 || d.End > last {
			last = d.End
		}
		l.dated++
	}
	if l.dated == 0 {
		first = 0
		last = 0
	}
	l.scale = newTimeScale(first, last, l.plotX0, l.plotX1)
	l.ticks, _ = ticks(l.scale.from, l.scale.to, int((l.plotX1-l.plotX0)/tickSpacing))

	// Lanes: collect keys with their event counts.
	type laneStat struct {
		key   string
		count int
		seq   int // order of first appearance, to break ties
	}
	stats := map[string]*laneStat{}
	evLanes := make([][]string, len(events))
	for i := range events {
		if events[i].Date.IsZero() {
			continue
		}
		keys := laneKeys(&events[i], lookup, opts.Lanes)
		evLanes[i] = keys
		for _, k := range keys {
			s := stats[k]
			if s == nil {
				s = &laneStat{key: k, seq: len(stats)}
				stats[k] = s
			}
			s.count++
		}
	}
	order := make([]*laneStat, 0, len(stats))
	for _, s := range stats {
		order = append(order, s)
	}
	slices.SortFunc(order, func(a, b *laneStat) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		if (a.key == "") != (b.key == "") { // the no-actor lane goes last
			if a.key == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.seq, b.seq)
	})
	index := map[string]int{}
	for i, s := range order {
		index[s.key] = i
		name := l.w.noActor
		if s.key != "" {
			name = displayName(s.key, lookup, opts.Lang)
		}
		label, full := cut(name, maxLabel)
		l.lanes = append(l.lanes, lane{key: s.key, label: label, full: full})
	}

	// Marks, packed into rows inside each lane.
	perLane := make([][]mark, len(l.lanes))
	for i := range events {
		for _, k := range evLanes[i] {
			li := index[k]
			perLane[li] = append(perLane[li], l.markOf(i, &events[i], li))
		}
	}
	y := plotTop
	for li := range l.lanes {
		ms := perLane[li]
		slices.SortStableFunc(ms, func(a, b mark) int { return cmp.Compare(a.x0, b.x0) })
		var rowEnd []float64
		for j := range ms {
			row := -1
			for r, end := range rowEnd {
				if ms[j].x0 >= end+markGap {
					row = r
					break
				}
			}
			switch {
			case row >= 0:
			case len(rowEnd) < maxRows:
				row = len(rowEnd)
				rowEnd = append(rowEnd, 0)
			default:
				// The lane is full: overlap on the row that frees up
				// first, so a crowded month stays a bounded blot.
				row = 0
				for r, end := range rowEnd {
					if end < rowEnd[row] {
						row = r
					}
				}
			}
			rowEnd[row] = max(rowEnd[row], ms[j].x1)
			ms[j].row = row
		}
		l.lanes[li].rows = len(rowEnd)
		l.lanes[li].y = y
		y += l.lanes[li].height()
		l.marks = append(l.marks, ms...)
	}
	if len(l.lanes) == 0 {
		y += rowHeight + 2*lanePad // room for the "no events" line
	}
	l.plotBot = y
	l.height = y + axisHeight
	if l.undated > 0 {
		l.height += footHeight
	}
	l.height += 8
	// Draw in event order, so that the output follows the input.
	slices.SortStableFunc(l.marks, func(a, b mark) int {
		if c := cmp.Compare(a.ev, b.ev); c != 0 {
			return c
		}
		return cmp.Compare(a.lane, b.lane)
	})
	return l
}

// markOf returns the mark of event i in lane li (row not yet set).
func (l *layout) markOf(i int, ev *timeline.Event, li int) mark {
	m := mark{ev: i, lane: li}
	d := ev.Date
	switch {
	case d.Precision == timeline.PrecisionDay && d.Start == d.End:
		m.shape = shapeDot
		c := l.scale.xf(float64(d.Start) + 0.5)
		m.x0, m.x1 = c-dotRadius, c+dotRadius
		return m
	case d.Precision == timeline.PrecisionDay:
		m.shape = shapeBar
	default:
		m.shape = shapeSpan
	}
	m.x0, m.x1 = l.scale.x(d.Start), l.scale.x(d.End+1)
	if w := m.x1 - m.x0; w < minBarWidth {
		c := (m.x0 + m.x1) / 2
		m.x0, m.x1 = c-minBarWidth/2, c+minBarWidth/2
	}
	return m
}

// laneKeys returns the lanes an event belongs to: its actors, or in country
// mode the distinct parties its actors stand for. An event without actors
// goes to the lane "".
func laneKeys(ev *timeline.Event, lookup func(string) (timeline.Entity, bool), mode string) []string {
	if len(ev.Actors) == 0 {
		return []string{""}
	}
	var keys []string
	for _, id := range ev.Actors {
		k := id
		if mode == LanesCountry {
			k = partyOf(id, lookup)
		}
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// partyOf returns the lane key of an actor in country mode: a person's or a
// city's country, a country's or organisation's own id, the bare id when the
// entity is unknown.
func partyOf(id string, lookup func(string) (timeline.Entity, bool)) string {
	if lookup == nil {
		return id
	}
	e, ok := lookup(id)
	if !ok {
		return id
	}
	switch e.Kind {
	case timeline.KindPerson, timeline.KindCity:
		if e.Country != "" {
			return e.Country
		}
	}
	return id
}

// displayName returns the name of entity id in lang, or id itself.
func displayName(id string, lookup func(string) (timeline.Entity, bool), lang string) string {
	if lookup != nil {
		if e, ok := lookup(id); ok {
			return e.DisplayName(lang)
		}
	}
	return id
}

// names returns the display names of ids joined with ", " (Arabic comma in
// Arabic).
func names(ids []string, lookup func(string) (timeline.Entity, bool), lang string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = displayName(id, lookup, lang)
	}
	sep := ", "
	if lang == "ar" {
		sep = "، "
	}
	return strings.Join(out, sep)
}

// cut shortens s to at most n runes, ending it with "…"; full is s when it
// was cut and "" otherwise.
func cut(s string, n int) (label, full string) {
	if utf8.RuneCountInString(s) <= n {
		return s, ""
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…", s
}

// isRTL reports whether the first strongly directional letter of s is
// right-to-left (Arabic, Hebrew, Syriac, Thaana…), the rule of the Unicode
// bidi algorithm (P2) for a paragraph's direction.
func isRTL(s string) bool {
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko):
			if unicode.IsLetter(r) {
				return true
			}
		case unicode.IsLetter(r):
			return false
		}
	}
	return false
}

// isolate wraps s in Unicode first-strong isolates (U+2068 … U+2069) when
// it holds right-to-left text, so that it keeps its own direction inside a
// left-to-right line (and the other way round) in plain-text contexts such
// as tooltips.
func isolate(s string) string {
	if !containsRTL(s) {
		return s
	}
	return "\u2068" + s + "\u2069"
}

func containsRTL(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			return true
		}
	}
	return false
}

// dateLabel formats a date with its end, "2021-06-16..2021-06-18".
func dateLabel(d timeline.Date) string {
	s := d.String()
	if e := d.EndString(); e != "" {
		s += ".." + e
	}
	return s
}

// tooltip is the plain text shown when hovering over event ev.
func (l *layout) tooltip(ev *timeline.Event, lookup func(string) (timeline.Entity, bool)) string {
	w := l.w
	var b strings.Builder
	b.WriteString(dateLabel(ev.Date))
	if p, ok := w.precision[ev.Date.Precision]; ok && ev.Date.Precision != timeline.PrecisionDay {
		b.WriteString(" (" + p + ")")
	}
	b.WriteString(" · " + w.types[ev.Type])
	if ev.Status == timeline.StatusPlanned {
		b.WriteString(" · " + w.planned)
	}
	if len(ev.Actors) > 0 {
		b.WriteString("\n" + w.actors + ": " + isolate(names(ev.Actors, lookup, l.opts.Lang)))
	}
	if len(ev.Places) > 0 {
		b.WriteString("\n" + w.place + ": " + isolate(names(ev.Places, lookup, l.opts.Lang)))
	}
	if len(ev.Sources) > 0 {
		b.WriteString("\n" + isolate(ev.Sources[0].Sentence))
		if n := len(ev.Sources) - 1; n > 0 {
			b.WriteString(" " + fmt.Sprintf(w.moreSources, n))
		}
		docs := ev.Docs()
		label := w.article
		if len(docs) > 1 {
			label = w.articles
		}
		for i, d := range docs {
			docs[i] = isolate(d)
		}
		b.WriteString("\n" + label + ": " + strings.Join(docs, ", "))
	}
	return b.String()
}
