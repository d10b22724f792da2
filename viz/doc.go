// Package viz draws events as a picture: a self-contained SVG timeline, or
// an HTML page with that SVG inlined and a little JavaScript to show the
// sentence and the article behind each mark. It also draws the bar chart of
// counts by period that the web view shows.
//
// # Basics
//
//   - [Render] draws a timeline of events: a time axis whose ticks follow
//     the span (years, months or days), one lane per actor or per country,
//     one colour per event type, planned events hollow, and the date's
//     precision visible (a day is a dot, several days or a month are a bar
//     over the days they cover).
//   - [Options] choose the format ("svg" or "html"), the lanes ("actor" or
//     "country"), the language of names ("en" or "ar"), a title and a width.
//   - [RenderBars] draws [Bar] values (counts by month, by type…) as an SVG
//     bar chart.
//
// Every mark carries a <title> tooltip (date, type, actors, place, sentence,
// article) and a data-ev attribute holding the index of its event in the
// slice given to Render, so that a page can attach details to it.
//
// # Caveats
//
// Every string that comes from an article (sentences, document ids, entity
// names) is untrusted: the SVG is written with XML escaping throughout and
// the HTML page with html/template, and neither ever puts such a string into
// a script or an attribute that a browser would execute. The SVG uses
// presentation attributes only (no <style>, no style=""), so it can be
// inlined under a strict Content-Security-Policy; the HTML page carries its
// own policy that admits only its embedded script and stylesheet by hash.
//
// Arabic text is marked dir="rtl" (SVG direction="rtl") and, inside
// tooltips, wrapped in Unicode bidi isolates, so that right-to-left names
// read correctly next to left-to-right dates. The time axis itself always
// runs left to right.
//
// Events with an unknown date cannot be placed; Render leaves them out and
// says how many it left out under the axis.
package viz
