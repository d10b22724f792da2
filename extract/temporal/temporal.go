package temporal

import (
	"fmt"

	"github.com/tl-project/tl/timeline"
)

// Tense says how the sentence around a date expression reads, and so which
// way an incomplete date (a bare weekday, a day and month without a year) is
// resolved from the reference day.
type Tense uint8

// The tenses.
const (
	// TenseUnknown resolves an incomplete date to the occurrence nearest the
	// reference day in either direction; ties go to the past.
	TenseUnknown Tense = iota
	// TensePast resolves an incomplete date to its most recent occurrence on
	// or before the reference day (a day-and-month date may fall up to
	// PastWindow days after it, for same-week reporting).
	TensePast
	// TenseFuture resolves an incomplete date to its next occurrence on or
	// after the reference day.
	TenseFuture
)

var tenseNames = [...]string{"unknown", "past", "future"}

// String returns "unknown", "past" or "future".
func (t Tense) String() string {
	if int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return fmt.Sprintf("tense(%d)", int(t))
}

// ParseTense is the inverse of Tense.String; the empty string is
// TenseUnknown.
func ParseTense(s string) (Tense, error) {
	if s == "" {
		return TenseUnknown, nil
	}
	for i, n := range tenseNames {
		if n == s {
			return Tense(i), nil
		}
	}
	return TenseUnknown, fmt.Errorf("%w: %q", ErrBadTense, s)
}

// PastWindow is how many days after the reference day a day-and-month date
// without a year may fall and still be read as this year's in a past-tense
// sentence: an article dated Monday may report Tuesday's talks when its
// publication day is slightly off.
const PastWindow = 3

// Context is what Find needs to resolve relative and incomplete dates.
type Context struct {
	// Ref is the article's publication day. The zero Day means unknown:
	// then only complete dates ("27 نوفمبر 2024", "عام 2011") resolve, and
	// relative ones come back with a zero Date.
	Ref timeline.Day
	// Tense is how the caller's sentence reads.
	Tense Tense
}

// Expr is one date expression found in a text.
type Expr struct {
	// Start and End are byte offsets of the expression in the original text
	// given to Find; Text is text[Start:End].
	Start, End int
	Text       string
	// Date is the resolved date. It is zero (PrecisionNone) when the
	// expression is Excluded or cannot be resolved (a relative expression
	// with an unknown reference day).
	Date timeline.Date
	// Narrow is the part of Date the words point at, when they point at
	// less than Date: "أواخر أكتوبر" has Date October (month precision) and
	// Narrow 21..31 October. Date keeps the precision the text commits to;
	// Narrow is a hint. It is zero when there is no narrower reading.
	Narrow timeline.Date
	// Relative reports that the date depended on the reference day or the
	// tense: a weekday, "أمس", "الشهر الماضي", a day and month without a
	// year.
	Relative bool
	// Excluded marks numbers and phrases that look like dates but are not
	// the date of an event: plan and vision years ("رؤية 2030"), starting
	// points ("منذ عام 2022"), deadlines ("حتى عام 2036"), durations,
	// anniversaries, ages, quantities and times of day. Callers must never
	// date an event with an excluded expression; they are reported so that
	// their digits are not read as dates by anything else.
	Excluded bool
	// Reason says in words how the expression was read, e.g.
	// "weekday الأربعاء → past nearest to 2024-11-27".
	Reason string
}

// Dated reports whether e carries a date an event may take: it is not
// excluded and it resolved to a known date.
func (e Expr) Dated() bool { return !e.Excluded && !e.Date.IsZero() }

// String formats the expression for debugging and test failures.
func (e Expr) String() string {
	d := e.Date.String()
	if end := e.Date.EndString(); end != "" {
		d += "/" + end
	}
	switch {
	case e.Excluded:
		d = "excluded"
	case d == "":
		d = "-"
	}
	return fmt.Sprintf("%d:%d %q %s (%s)", e.Start, e.End, e.Text, d, e.Reason)
}

// Find returns the date expressions of text in order of position. The
// expressions do not overlap: where two readings compete, the one starting
// first wins, then the longer one.
func Find(text string, c Context) []Expr {
	p := newParser(text, c)
	return p.run()
}
