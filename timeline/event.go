package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Type is the kind of diplomatic event.
type Type uint8

// The five event types tl extracts. TypeUnknown is the zero value and never
// stored.
const (
	TypeUnknown Type = iota
	// TypeSummit is a meeting of heads of state or government, or a summit
	// of an organisation ("قمة").
	TypeSummit
	// TypeMeeting is talks in person between officials ("لقاء", "اجتماع",
	// "محادثات").
	TypeMeeting
	// TypeVisit is an official visit to another country ("زيارة").
	TypeVisit
	// TypeCall is a telephone or video call ("اتصال هاتفي").
	TypeCall
	// TypeAgreement is the signing or conclusion of an agreement ("اتفاق",
	// "مذكرة تفاهم", "وقع").
	TypeAgreement
)

// Types lists the known types in their canonical order.
var Types = []Type{TypeSummit, TypeMeeting, TypeVisit, TypeCall, TypeAgreement}

var typeNames = [...]string{"unknown", "summit", "meeting", "visit", "call", "agreement"}

// String returns the lower-case English name of the type.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("type(%d)", int(t))
}

// ParseType is the inverse of Type.String for the five known types.
func ParseType(s string) (Type, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, t := range Types {
		if typeNames[t] == s {
			return t, nil
		}
	}
	return TypeUnknown, fmt.Errorf("%w: %q (want summit, meeting, visit, call or agreement)", ErrBadType, s)
}

// PLOVER returns the event's PLOVER type and mode, for example
// ("CONSULT", "phone") for a call.
func (t Type) PLOVER() (eventType, mode string) {
	switch t {
	case TypeSummit:
		return "CONSULT", "multilateral"
	case TypeMeeting:
		return "CONSULT", "meet"
	case TypeVisit:
		return "CONSULT", "visit"
	case TypeCall:
		return "CONSULT", "phone"
	case TypeAgreement:
		return "AGREE", "sign"
	}
	return "", ""
}

// CAMEO returns the CAMEO event code closest to the type: 040 consult, 041
// discuss by telephone, 042 make a visit, 043 host a visit, 057 sign formal
// agreement.
func (t Type) CAMEO() string {
	switch t {
	case TypeSummit:
		return "043"
	case TypeMeeting:
		return "040"
	case TypeVisit:
		return "042"
	case TypeCall:
		return "041"
	case TypeAgreement:
		return "057"
	}
	return ""
}

// Status says whether an event has happened, as of the article reporting it.
type Status uint8

// The statuses. StatusOccurred is the zero value.
const (
	// StatusOccurred is an event the text reports as done.
	StatusOccurred Status = iota
	// StatusPlanned is an event the text announces for the future
	// ("سيزور", "من المقرر", "المرتقبة").
	StatusPlanned
)

// String returns "occurred" or "planned".
func (s Status) String() string {
	if s == StatusPlanned {
		return "planned"
	}
	return "occurred"
}

// ParseStatus is the inverse of Status.String.
func ParseStatus(s string) (Status, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "occurred", "":
		return StatusOccurred, nil
	case "planned":
		return StatusPlanned, nil
	}
	return 0, fmt.Errorf("%w: %q (want occurred or planned)", ErrBadStatus, s)
}

// Source is one sentence of one article that reports an event: the
// provenance of the event.
type Source struct {
	// Doc is the article's id: for a file, its base name.
	Doc string `json:"doc"`
	// Published is the article's publication day, the reference for its
	// relative dates.
	Published Day `json:"-"`
	// Sentence is the text of the reporting sentence, as in the article.
	Sentence string `json:"sentence"`
	// Start and End are the byte offsets of Sentence in the article text
	// (after decoding to UTF-8), End exclusive.
	Start int `json:"start"`
	End   int `json:"end"`
	// Confidence is the extractor's confidence in this reading, 0..1.
	Confidence float64 `json:"confidence"`
}

// Event is one real-world diplomatic event, however many articles report it.
type Event struct {
	// ID is stable: derived from the content by ComputeID when the event is
	// first seen, and kept when later sources merge into it.
	ID string
	// Type is what happened.
	Type Type
	// Date is when, as an interval of days with a precision.
	Date Date
	// Status is occurred or planned, as of the latest source.
	Status Status
	// Actors are the entity ids of the parties: countries, organisations
	// and people. Sorted, without duplicates.
	Actors []string
	// Places are the entity ids of where it happened: usually one city or
	// country. Sorted, without duplicates.
	Places []string
	// Sources are the sentences that report the event, one per article
	// sentence, in the order they were merged.
	Sources []Source
	// Confidence is the event's confidence, 0..1: the highest of its
	// sources' confidences, raised a little by each further article.
	Confidence float64
	// FirstReported is the earliest publication day among the sources.
	FirstReported Day
	// Ingested is when the event first entered the database (UTC), zero
	// for events that were never stored.
	Ingested time.Time
}

// ComputeID derives the event id from its type, date, actors and places, so
// that extracting the same sentence again gives the same id. An undated
// event's id also holds its first publication day: "the next meeting" of
// two articles months apart are two events. It does not set e.ID.
func (e *Event) ComputeID() string {
	actors := slices.Clone(e.Actors)
	slices.Sort(actors)
	h := sha256.New()
	fmt.Fprintf(h, "%s|%d|%d|%d|%s|%s", e.Type, e.Date.Start, e.Date.End, e.Date.Precision,
		strings.Join(actors, ","), strings.Join(e.Places, ","))
	if e.Date.IsZero() && e.FirstReported != 0 {
		fmt.Fprintf(h, "|%d", e.FirstReported)
	}
	return "ev-" + hex.EncodeToString(h.Sum(nil))[:16]
}

// Normalize sorts and de-duplicates actors and places, keeps one source per
// cited span (doc, start, end) at its highest confidence, sets FirstReported
// from the sources, and sets ID if it is empty. Extractors and importers call
// it before handing an event on.
func (e *Event) Normalize() {
	e.Actors = sortedSet(e.Actors)
	e.Places = sortedSet(e.Places)
	e.Sources = dedupeSources(e.Sources)
	for i, s := range e.Sources {
		if s.Published != 0 && (i == 0 || e.FirstReported == 0 || s.Published < e.FirstReported) {
			e.FirstReported = s.Published
		}
	}
	if e.ID == "" {
		e.ID = e.ComputeID()
	}
}

// HasActor reports whether id is among the event's actors.
func (e *Event) HasActor(id string) bool {
	_, ok := slices.BinarySearch(e.Actors, id)
	return ok
}

// HasSource reports whether the event already cites the given article
// sentence (same doc and offsets).
func (e *Event) HasSource(s Source) bool {
	for _, x := range e.Sources {
		if x.Doc == s.Doc && x.Start == s.Start && x.End == s.End {
			return true
		}
	}
	return false
}

// Docs returns the distinct article ids among the sources, in first-seen
// order.
func (e *Event) Docs() []string {
	var out []string
	for _, s := range e.Sources {
		if !slices.Contains(out, s.Doc) {
			out = append(out, s.Doc)
		}
	}
	return out
}

func sortedSet(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// Article is one input document: the unit of ingest and of provenance.
type Article struct {
	// ID names the article in sources; for a file, its base name.
	ID string
	// Published is the publication day, the reference for relative dates
	// ("أمس", "الأربعاء"). Zero means unknown.
	Published Day
	// Title is the headline when the input format gives one.
	Title string
	// Text is the article text, UTF-8, as extracted from its container
	// (plain text, HTML or JSONL); source offsets point into it.
	Text string
}

// Hash returns the hex SHA-256 of the article's id, publication day and
// text: the key under which it is stored, so that ingesting the same article
// twice is a no-op.
func (a *Article) Hash() string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00", a.ID, a.Published)
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// dedupeSources keeps the first source citing each span (doc, start, end),
// raised to the highest confidence among those citing it, in order.
func dedupeSources(ss []Source) []Source {
	if len(ss) < 2 {
		return ss
	}
	type span struct {
		doc        string
		start, end int
	}
	at := make(map[span]int, len(ss))
	out := ss[:0:0]
	for _, s := range ss {
		k := span{s.Doc, s.Start, s.End}
		if i, ok := at[k]; ok {
			out[i].Confidence = max(out[i].Confidence, s.Confidence)
			continue
		}
		at[k] = len(out)
		out = append(out, s)
	}
	return out
}
