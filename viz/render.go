package viz

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
	"strings"

	"github.com/tl-project/tl/timeline"
)

var (
	//go:embed assets/viz.js
	script string
	//go:embed assets/viz.css
	stylesheet string
	//go:embed assets/page.html.tmpl
	pageText string

	pageTmpl = template.Must(template.New("page").Parse(pageText))
)

// Script returns the JavaScript that the HTML page embeds: clicking (or
// pressing Enter on) an SVG mark with data-ev="i" shows the element with id
// "tl-ev-i", hides the other ".tl-detail" elements, marks the event's marks
// "selected" and records "#tl-ev-i" in the URL; a page opened at that
// fragment starts with the event shown. It sets data-tl-js="ready" on the
// root element when it runs. It builds no HTML from data. A server can
// serve it as a static file.
func Script() string { return script }

// Stylesheet returns the CSS that the HTML page embeds.
func Stylesheet() string { return stylesheet }

// Render draws events as a timeline in the format opts.Format and writes it
// to w. lookup resolves actor and place ids to names (nil shows ids). The
// marks carry data-ev attributes indexing events; events with an unknown date
// are counted under the axis but not drawn.
func Render(w io.Writer, events []timeline.Event, lookup func(id string) (timeline.Entity, bool), opts Options) error {
	opts, err := opts.normalize()
	if err != nil {
		return err
	}
	l := newLayout(events, lookup, opts)
	if opts.Format == FormatSVG {
		x := newXMLWriter(w)
		writeSVG(x, l, events, lookup, true)
		return x.flush()
	}
	var svg bytes.Buffer
	x := newXMLWriter(&svg)
	writeSVG(x, l, events, lookup, false)
	if err := x.flush(); err != nil {
		return err
	}
	dir := "ltr"
	if opts.Lang == "ar" {
		dir = "rtl"
	}
	return pageTmpl.Execute(w, map[string]any{
		"Lang":         opts.Lang,
		"Dir":          dir,
		"CSP":          pageCSP,
		"Title":        l.title,
		"CSS":          template.CSS(stylesheet),
		"JS":           template.JS(script),
		"SVG":          template.HTML(svg.String()), // written by xmlWriter, every string escaped
		"DetailsTitle": l.w.detailsTitle,
		"Hint":         l.w.hint,
		"Details":      Details(events, lookup, opts.Lang),
	})
}

// pageCSP is the Content-Security-Policy of the HTML page: nothing may load
// from anywhere, and the only style and script allowed are the page's own,
// named by their SHA-256 hashes. An injected <script> or event handler
// would not run even if it escaped escaping.
var pageCSP = "default-src 'none'; style-src '" + hash(stylesheet) + "'; script-src '" + hash(script) +
	"'; img-src data:; base-uri 'none'; form-action 'none'"

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// Detail is what a page shows when an event's mark is clicked: every string
// in it is plain text (untrusted, to be escaped by the page's template).
type Detail struct {
	// Index is the event's index in the slice given to Details (and Render).
	Index int
	// ID is the event id.
	ID string
	// Date is the date with its end ("2021-06-16..2021-06-18") and, unless
	// it is known to the day, its precision ("2021-06 (month)").
	Date string
	// Type is the type name in the page's language; TypeKey the English
	// name, usable in a CSS class.
	Type    string
	TypeKey string
	// Status is the status in the page's language; Planned is true for a
	// planned event.
	Status  string
	Planned bool
	// Actors and Places are display names joined by commas.
	Actors string
	Places string
	// Sources are the sentences that report the event.
	Sources []DetailSource
	// Labels are the field labels in the page's language.
	Labels DetailLabels
}

// DetailSource is one reporting sentence in a Detail.
type DetailSource struct {
	Doc       string
	Published string
	Sentence  string
}

// DetailLabels are the captions of a Detail's fields.
type DetailLabels struct {
	Actors  string
	Place   string
	Article string
}

// Details returns the click-through details of events, in order, with names
// and labels in lang ("en" or "ar"; anything else is English).
func Details(events []timeline.Event, lookup func(id string) (timeline.Entity, bool), lang string) []Detail {
	w := vocab["en"]
	if v, ok := vocab[lang]; ok {
		w = v
	} else {
		lang = "en"
	}
	out := make([]Detail, len(events))
	for i := range events {
		ev := &events[i]
		date := dateLabel(ev.Date)
		if p, ok := w.precision[ev.Date.Precision]; ok && ev.Date.Precision != timeline.PrecisionDay {
			date += " (" + p + ")"
		}
		status := w.occurred
		if ev.Status == timeline.StatusPlanned {
			status = w.planned
		}
		d := Detail{
			Index: i, ID: ev.ID, Date: date, Type: w.types[ev.Type], TypeKey: typeKey(ev.Type),
			Status: status, Planned: ev.Status == timeline.StatusPlanned,
			Actors: names(ev.Actors, lookup, lang), Places: names(ev.Places, lookup, lang),
			Labels: DetailLabels{Actors: w.actors, Place: w.place, Article: w.article},
		}
		for _, s := range ev.Sources {
			ds := DetailSource{Doc: s.Doc, Sentence: strings.TrimSpace(s.Sentence)}
			if s.Published != 0 {
				ds.Published = s.Published.String()
			}
			d.Sources = append(d.Sources, ds)
		}
		out[i] = d
	}
	return out
}

// typeKey is the English type name, "unknown" for anything else.
func typeKey(t timeline.Type) string {
	if _, ok := typeColours[t]; ok {
		return t.String()
	}
	return "unknown"
}
