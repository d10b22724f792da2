package viz

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/tl-project/tl/timeline"
)

// fontFamily lists fonts with Arabic glyphs before the generic fallback.
const fontFamily = "DejaVu Sans, Noto Sans, Noto Sans Arabic, Segoe UI, Arial, sans-serif"

// xmlWriter writes XML with every attribute value and text escaped. Errors
// are sticky: the first one is kept and reported by err.
type xmlWriter struct {
	w *bufio.Writer
	e error
}

func newXMLWriter(w io.Writer) *xmlWriter { return &xmlWriter{w: bufio.NewWriter(w)} }

func (x *xmlWriter) raw(s string) {
	if x.e == nil {
		_, x.e = x.w.WriteString(s)
	}
}

// text writes s as escaped character data. xml.EscapeText escapes < > & '
// " and control characters, and replaces characters XML cannot hold.
func (x *xmlWriter) text(s string) {
	if x.e == nil {
		x.e = xml.EscapeText(x.w, []byte(s))
	}
}

// start writes an opening tag; attrs are name, value pairs.
func (x *xmlWriter) start(name string, attrs ...string) {
	x.tag(name, attrs)
	x.raw(">")
}

// empty writes a self-closing element.
func (x *xmlWriter) empty(name string, attrs ...string) {
	x.tag(name, attrs)
	x.raw("/>")
}

func (x *xmlWriter) tag(name string, attrs []string) {
	x.raw("<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.raw(" " + attrs[i] + `="`)
		x.text(attrs[i+1])
		x.raw(`"`)
	}
}

func (x *xmlWriter) end(name string) { x.raw("</" + name + ">") }

// element writes <name attrs>text</name>.
func (x *xmlWriter) element(name, text string, attrs ...string) {
	x.start(name, attrs...)
	x.text(text)
	x.end(name)
}

func (x *xmlWriter) flush() error {
	if x.e == nil {
		x.e = x.w.Flush()
	}
	return x.e
}

// num formats a pixel value with at most one decimal.
func num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 1, 64)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		s = s[:len(s)-2]
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// textWidth estimates the drawn width of s at the given font size; good
// enough to space a legend.
func textWidth(s string, size float64) float64 {
	return float64(utf8.RuneCountInString(s)) * size * 0.6
}

// label writes a <text> at (x, y) aligned "left", "right" or "middle" on
// screen, whatever the direction of s. Right-to-left text gets
// direction="rtl" and bidi embedding, and the anchor is mirrored so that
// the text still lands on the intended side of x.
func (x *xmlWriter) label(px, py float64, s, align string, attrs ...string) {
	a := []string{"x", num(px), "y", num(py)}
	rtl := isRTL(s)
	anchor := "middle"
	switch {
	case align == "left" && !rtl, align == "right" && rtl:
		anchor = "start"
	case align == "right" && !rtl, align == "left" && rtl:
		anchor = "end"
	}
	if rtl {
		a = append(a, "direction", "rtl", "unicode-bidi", "embed")
	}
	if anchor != "start" {
		a = append(a, "text-anchor", anchor)
	}
	a = append(a, attrs...)
	x.element("text", s, a...)
}

// writeSVG writes the drawing; standalone adds the XML declaration.
func writeSVG(x *xmlWriter, l *layout, events []timeline.Event, lookup func(string) (timeline.Entity, bool), standalone bool) {
	if standalone {
		x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	}
	w, h := num(l.width), num(l.height)
	x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "tl-timeline",
		"width", w, "height", h, "viewBox", "0 0 "+w+" "+h,
		"font-family", fontFamily, "font-size", "12", "role", "img", "aria-labelledby", "tl-title")
	x.raw("\n")
	x.element("title", l.title, "id", "tl-title")
	x.raw("\n")
	x.empty("rect", "width", w, "height", h, "fill", "#ffffff")
	x.raw("\n")
	x.label(marginX, titleY, l.title, "left", "font-size", "16", "font-weight", "bold", "fill", "#111111")
	x.raw("\n")
	writeLegend(x, l)
	writeLanes(x, l)
	writeAxis(x, l)
	writeMarks(x, l, events, lookup)
	if l.undated > 0 {
		x.label(marginX, l.plotBot+axisHeight+14, fmt.Sprintf(l.w.undated, l.undated), "left",
			"class", "note", "font-size", "11", "fill", "#555555")
		x.raw("\n")
	}
	x.end("svg")
	x.raw("\n")
}

func writeLegend(x *xmlWriter, l *layout) {
	x.start("g", "class", "legend", "font-size", "11", "fill", "#333333")
	cx := marginX
	for _, t := range timeline.Types {
		name := l.w.types[t]
		x.empty("rect", "x", num(cx), "y", num(legendY-5), "width", "10", "height", "10", "rx", "2", "fill", colourOf(t))
		x.label(cx+14, legendY+4, name, "left")
		cx += 14 + textWidth(name, 11) + 14
	}
	cx += 10
	grey := "#555555"
	// One day: a dot.
	x.empty("circle", "cx", num(cx+5), "cy", num(legendY), "r", num(dotRadius), "fill", grey)
	x.label(cx+14, legendY+4, l.w.day, "left")
	cx += 14 + textWidth(l.w.day, 11) + 14
	// Several days: a solid bar.
	x.empty("rect", "x", num(cx), "y", num(legendY-markHeight/2), "width", "18", "height", num(markHeight), "rx", "2", "fill", grey)
	x.label(cx+22, legendY+4, l.w.days, "left")
	cx += 22 + textWidth(l.w.days, 11) + 14
	// A month or a year: a pale, dashed span.
	x.empty("rect", "x", num(cx), "y", num(legendY-markHeight/2), "width", "18", "height", num(markHeight), "rx", "2",
		"fill", grey, "fill-opacity", "0.3", "stroke", grey, "stroke-dasharray", "3 2")
	x.label(cx+22, legendY+4, l.w.span, "left")
	cx += 22 + textWidth(l.w.span, 11) + 14
	// Planned: hollow.
	x.empty("circle", "cx", num(cx+5), "cy", num(legendY), "r", num(dotRadius-0.75), "fill", "#ffffff", "stroke", grey, "stroke-width", "1.5")
	x.label(cx+14, legendY+4, l.w.planned, "left")
	x.end("g")
	x.raw("\n")
}

func writeLanes(x *xmlWriter, l *layout) {
	x.start("g", "class", "lanes")
	x.raw("\n")
	for i, ln := range l.lanes {
		fill := "#ffffff"
		if i%2 == 0 {
			fill = "#f3f5f8"
		}
		x.empty("rect", "x", num(marginX), "y", num(ln.y), "width", num(l.width-2*marginX), "height", num(ln.height()), "fill", fill)
		ty := ln.y + lanePad + rowHeight/2 + 4
		if ln.full != "" {
			// A cut label keeps its whole name as a tooltip.
			a := []string{"x", num(l.plotX0 - 8), "y", num(ty), "text-anchor", "end", "fill", "#222222", "class", "lane"}
			if isRTL(ln.label) {
				a = []string{"x", num(l.plotX0 - 8), "y", num(ty), "direction", "rtl", "unicode-bidi", "embed", "fill", "#222222", "class", "lane"}
			}
			x.start("text", a...)
			x.element("title", ln.full)
			x.text(ln.label)
			x.end("text")
		} else {
			x.label(l.plotX0-8, ty, ln.label, "right", "fill", "#222222", "class", "lane")
		}
		x.raw("\n")
	}
	if len(l.lanes) == 0 {
		x.label((l.plotX0+l.plotX1)/2, plotTop+lanePad+rowHeight/2+4, l.w.noData, "middle", "fill", "#555555")
		x.raw("\n")
	}
	x.end("g")
	x.raw("\n")
}

func writeAxis(x *xmlWriter, l *layout) {
	x.start("g", "class", "axis", "font-size", "11", "fill", "#444444")
	x.raw("\n")
	for _, t := range l.ticks {
		px := num(l.scale.x(t.day))
		x.empty("line", "x1", px, "x2", px, "y1", num(plotTop), "y2", num(l.plotBot+4), "stroke", "#d5dae1", "stroke-width", "1")
		x.label(l.scale.x(t.day), l.plotBot+17, t.label, "middle")
		x.raw("\n")
	}
	x.empty("line", "x1", num(l.plotX0), "x2", num(l.plotX1), "y1", num(l.plotBot), "y2", num(l.plotBot), "stroke", "#8a939e", "stroke-width", "1")
	x.end("g")
	x.raw("\n")
}

func writeMarks(x *xmlWriter, l *layout, events []timeline.Event, lookup func(string) (timeline.Entity, bool)) {
	// Links: a faint line joining the marks of one event across lanes,
	// so that who met whom reads at a glance.
	x.start("g", "class", "links")
	for i := 0; i < len(l.marks); {
		j := i
		lo, hi := l.marks[i].cy(l.lanes), l.marks[i].cy(l.lanes)
		for j < len(l.marks) && l.marks[j].ev == l.marks[i].ev {
			lo, hi = min(lo, l.marks[j].cy(l.lanes)), max(hi, l.marks[j].cy(l.lanes))
			j++
		}
		if j-i > 1 {
			m := l.marks[i]
			px := num((m.x0 + m.x1) / 2)
			x.empty("line", "x1", px, "x2", px, "y1", num(lo), "y2", num(hi),
				"stroke", colourOf(events[m.ev].Type), "stroke-opacity", "0.35", "stroke-width", "1.5")
		}
		i = j
	}
	x.end("g")
	x.raw("\n")

	x.start("g", "class", "marks")
	x.raw("\n")
	var tip string
	for k, m := range l.marks {
		ev := &events[m.ev]
		if k == 0 || l.marks[k-1].ev != m.ev {
			tip = l.tooltip(ev, lookup)
		}
		colour := colourOf(ev.Type)
		fill := colour
		if ev.Status == timeline.StatusPlanned {
			fill = "#ffffff"
		}
		x.start("g", "class", "mark", "data-ev", strconv.Itoa(m.ev), "tabindex", "0")
		x.element("title", tip)
		cy := m.cy(l.lanes)
		switch m.shape {
		case shapeDot:
			x.empty("circle", "cx", num((m.x0+m.x1)/2), "cy", num(cy), "r", num(dotRadius-0.75),
				"fill", fill, "stroke", colour, "stroke-width", "1.5")
		case shapeBar:
			x.empty("rect", "x", num(m.x0), "y", num(cy-markHeight/2), "width", num(m.x1-m.x0), "height", num(markHeight), "rx", "2",
				"fill", fill, "stroke", colour, "stroke-width", "1.5")
		case shapeSpan:
			a := []string{"x", num(m.x0), "y", num(cy - markHeight/2), "width", num(m.x1 - m.x0), "height", num(markHeight), "rx", "2",
				"fill", fill}
			if fill != "#ffffff" {
				a = append(a, "fill-opacity", "0.3")
			}
			a = append(a, "stroke", colour, "stroke-width", "1.5", "stroke-dasharray", "3 2")
			x.empty("rect", a...)
		}
		x.end("g")
		x.raw("\n")
	}
	x.end("g")
	x.raw("\n")
}
