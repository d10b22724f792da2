package extract

import (
	"fmt"
	"strings"

	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/timeline"
)

// Result is what Extract found in one article.
type Result struct {
	// Events are the events of the article, merged within it, in order of
	// their first source. Each has been Normalized (sorted actors and
	// places, an ID).
	Events []timeline.Event
	// Explanations has one entry per event, in the same order: why each
	// field of the event has its value.
	Explanations []Explanation
	// Layout is the page cleaning of the article: its lines, what was
	// removed and why, and its sections.
	Layout *page.Layout
}

// Field is one value of an event and the evidence behind it.
type Field struct {
	// Value is the resolved value: an entity id, a date, a status.
	Value string `json:"value"`
	// Text is the words of the article it came from; empty when inferred.
	Text string `json:"text,omitempty"`
	// Start and End are the byte offsets of Text in the article text.
	Start int `json:"start,omitempty"`
	End   int `json:"end,omitempty"`
	// Reason says how Text became Value.
	Reason string `json:"reason"`
}

// String formats the field as «text» → value (reason).
func (f Field) String() string {
	var b strings.Builder
	if f.Text != "" {
		fmt.Fprintf(&b, "«%s» → ", f.Text)
	}
	v := f.Value
	if v == "" {
		v = "-"
	}
	b.WriteString(v)
	if f.Reason != "" {
		fmt.Fprintf(&b, " (%s)", f.Reason)
	}
	return b.String()
}

// Evidence is the reading of one source sentence of an event.
type Evidence struct {
	// Source is the sentence and its offsets in the article text.
	Source timeline.Source `json:"source"`
	// Line is the kind of page line the sentence stood on (body,
	// headline, caption, list).
	Line string `json:"line"`
	// Section is the 1-based article of the page the sentence is in.
	Section int `json:"section"`
	// Reference is the day relative dates were resolved from, "" if none.
	Reference string `json:"reference,omitempty"`
	// Trigger is the word that announced the event, with its type.
	Trigger Field `json:"trigger"`
	// Date is the date expression used and how it was resolved.
	Date Field `json:"date"`
	// Status is the status and the cue behind it.
	Status Field `json:"status"`
	// Actors are the actor mentions and how each resolved.
	Actors []Field `json:"actors"`
	// Places are the place mentions and how each resolved.
	Places []Field `json:"places"`
}

// Explanation says why an event of a Result is there and has its fields.
type Explanation struct {
	// EventID is the ID of the event explained.
	EventID string `json:"event"`
	// Evidence holds one reading per source sentence, in the order the
	// sources were merged.
	Evidence []Evidence `json:"evidence"`
}

// String renders the explanation as indented text, one field a line: what
// `tl extract` prints under each event.
func (x Explanation) String() string {
	var b strings.Builder
	for i, ev := range x.Evidence {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "source %d: [%d:%d] %s line, section %d, confidence %.2f\n", i+1,
			ev.Source.Start, ev.Source.End, ev.Line, ev.Section, ev.Source.Confidence)
		fmt.Fprintf(&b, "  sentence:  %s\n", ev.Source.Sentence)
		fmt.Fprintf(&b, "  trigger:   %s\n", ev.Trigger)
		ref := ""
		if ev.Reference != "" {
			ref = " [reference " + ev.Reference + "]"
		}
		fmt.Fprintf(&b, "  date:      %s%s\n", ev.Date, ref)
		fmt.Fprintf(&b, "  status:    %s\n", ev.Status)
		for _, a := range ev.Actors {
			fmt.Fprintf(&b, "  actor:     %s\n", a)
		}
		for _, p := range ev.Places {
			fmt.Fprintf(&b, "  place:     %s\n", p)
		}
	}
	return b.String()
}
