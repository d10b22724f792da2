package viz

import (
	"io"
	"math"
	"strconv"
)

// Bar is one bar of a bar chart: a period ("2021-06") or a name, and its
// value.
type Bar struct {
	Label string
	Value float64
}

// Geometry of the bar chart, in pixels.
const (
	barsHeight   = 280.0
	barsTop      = 44.0
	barsBottom   = 40.0
	barsLeft     = 56.0
	barLabelRoom = 64.0 // space one x label needs
)

// RenderBars draws bars as an SVG bar chart (whatever opts.Format says),
// in their order, with a value axis from zero. Labels are untrusted text
// and are escaped; right-to-left labels are drawn right-to-left. Negative
// values are drawn as zero.
func RenderBars(w io.Writer, bars []Bar, opts Options) error {
	opts, err := opts.normalize()
	if err != nil {
		return err
	}
	words := vocab[opts.Lang]
	width := float64(opts.Width)
	x0, x1 := barsLeft+marginX, width-marginX
	y0, y1 := barsTop, barsHeight-barsBottom // top and bottom of the plot

	maxV := 0.0
	for _, b := range bars {
		maxV = max(maxV, finite(b.Value))
	}
	top, step := niceScale(maxV)

	x := newXMLWriter(w)
	ws, hs := num(width), num(barsHeight)
	x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "tl-bars",
		"width", ws, "height", hs, "viewBox", "0 0 "+ws+" "+hs,
		"font-family", fontFamily, "font-size", "11", "role", "img")
	x.raw("\n")
	title := opts.Title
	if title != "" {
		x.element("title", title)
		x.label(marginX, 24, title, "left", "font-size", "15", "font-weight", "bold", "fill", "#111111")
		x.raw("\n")
	}
	yOf := func(v float64) float64 { return y1 - v/top*(y1-y0) }
	x.start("g", "class", "axis", "fill", "#444444")
	for v := 0.0; v <= top+step/2; v += step {
		py := num(yOf(v))
		x.empty("line", "x1", num(x0), "x2", num(x1), "y1", py, "y2", py, "stroke", "#e1e5ea", "stroke-width", "1")
		x.label(x0-6, yOf(v)+4, strconv.FormatFloat(v, 'f', -1, 64), "right")
	}
	x.end("g")
	x.raw("\n")
	if len(bars) == 0 {
		x.label((x0+x1)/2, (y0+y1)/2, words.noData, "middle", "fill", "#555555")
	}
	slot := (x1 - x0) / float64(max(len(bars), 1))
	every := int(math.Ceil(barLabelRoom / slot))
	x.start("g", "class", "bars")
	x.raw("\n")
	for i, b := range bars {
		v := max(finite(b.Value), 0)
		bx := x0 + float64(i)*slot + slot*0.1
		x.start("g", "class", "bar")
		x.element("title", isolate(b.Label)+": "+strconv.FormatFloat(b.Value, 'f', -1, 64))
		x.empty("rect", "x", num(bx), "y", num(yOf(v)), "width", num(max(slot*0.8, 1)), "height", num(y1-yOf(v)), "fill", "#0072B2")
		x.end("g")
		if i%every == 0 {
			x.label(x0+(float64(i)+0.5)*slot, y1+16, b.Label, "middle", "fill", "#444444")
		}
		x.raw("\n")
	}
	x.end("g")
	x.raw("\n")
	x.empty("line", "x1", num(x0), "x2", num(x1), "y1", num(y1), "y2", num(y1), "stroke", "#8a939e", "stroke-width", "1")
	x.raw("\n")
	x.end("svg")
	x.raw("\n")
	return x.flush()
}

// niceScale returns a round top for an axis from zero to at least maxV, and
// a step of 1, 2 or 5 times a power of ten giving at most five intervals.
func niceScale(maxV float64) (top, step float64) {
	if maxV <= 0 || math.IsNaN(maxV) || math.IsInf(maxV, 0) {
		return 1, 1
	}
	raw := maxV / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step = 10 * mag
	for _, m := range []float64{1, 2, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	if maxV < 5 {
		step = 1
	}
	top = math.Ceil(maxV/step) * step
	return top, step
}

// finite returns f, or 0 for NaN and infinities.
func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}
