package engine

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// kv is one key and value to write.
type kv struct {
	key, val []byte
}

// dimension names of the rollup counters.
const (
	dimAll    = "*" // all events, by start month
	dimActor  = "a" // per actor key, by start month
	dimPlace  = "p" // per place key, by start month
	dimType   = "t" // per type, by start month
	dimTotals = "#" // totals: "events", "articles"
)

// indexedKey returns ns|value|day|id: the shape of every dated index key.
func indexedKey[V, S string | []byte](ns keys.Namespace, value V, day timeline.Day, id S) []byte {
	k := keys.Prefix(make([]byte, 0, 8+len(value)+len(id)), ns)
	if ns != keys.NSDate {
		k = keys.AppendString(k, value)
	}
	k = keys.AppendDay(k, day)
	return keys.AppendString(k, id)
}

func typeValue(t timeline.Type) string { return t.String() }

func sourceKey(doc, id string) []byte {
	k := keys.AppendString(keys.Prefix(nil, keys.NSSource), doc)
	return keys.AppendString(k, id)
}

// indexEntries returns every index entry of s.
func indexEntries(s *stored) []kv {
	e := &s.ev
	day := keys.IndexDay(e.Date)
	sum := appendSummary(nil, e)
	out := []kv{{indexedKey(keys.NSDate, "", day, e.ID), sum}}
	for _, a := range s.actorKeys {
		out = append(out, kv{indexedKey(keys.NSActor, a, day, e.ID), sum})
	}
	for _, p := range s.placeKeys {
		out = append(out, kv{indexedKey(keys.NSPlace, p, day, e.ID), sum})
	}
	if isLong(e.Date) {
		for _, a := range s.actorKeys {
			out = append(out, kv{indexedKey(keys.NSLong, a, day, e.ID), sum})
		}
	}
	out = append(out, kv{indexedKey(keys.NSType, typeValue(e.Type), day, e.ID), sum})
	for _, d := range e.Docs() {
		out = append(out, kv{sourceKey(d, e.ID), nil})
	}
	for _, w := range eventWords(e) {
		out = append(out, kv{indexedKey(keys.NSWord, w, day, e.ID), sum})
	}
	return out
}

// shortSpan is the longest interval, in days beyond the first, of a
// "short" event; longer ones (month and year precision, long ranges) also
// go into the long-event merge index.
const shortSpan = 31

// longSpan bounds how far back the merge search looks for long events.
// Events spanning more than this are merge targets only by id.
const longSpan = 800

func isLong(d timeline.Date) bool { return !d.IsZero() && d.End-d.Start > shortSpan }

// counterKey returns c|dim|value|month.
func counterKey(dim, value string, m keys.Month) []byte {
	k := keys.AppendString(keys.Prefix(nil, keys.NSCounter), dim)
	k = keys.AppendString(k, value)
	return keys.AppendMonth(k, m)
}

// counterKeys returns the rollup counters an event adds one to.
func counterKeys(s *stored) [][]byte {
	m := keys.MonthOf(keys.IndexDay(s.ev.Date))
	out := [][]byte{counterKey(dimAll, "", m), counterKey(dimType, typeValue(s.ev.Type), m)}
	for _, a := range s.actorKeys {
		out = append(out, counterKey(dimActor, a, m))
	}
	for _, p := range s.placeKeys {
		out = append(out, counterKey(dimPlace, p, m))
	}
	return out
}

// entityLookup finds entity records; the writer and Check implement it.
type entityLookup func(id string) (timeline.Entity, bool)

// expandActors returns the actor index values of e: every actor, plus the
// party each person acts for (their country, or the organisation of an
// organisation office they held at the time).
func expandActors(e *timeline.Event, lookup entityLookup) []string {
	out := slices.Clone(e.Actors)
	for _, id := range e.Actors {
		ent, ok := lookup(id)
		if !ok || ent.Kind != timeline.KindPerson {
			continue
		}
		if ent.Country != "" {
			out = append(out, ent.Country)
			continue
		}
		for _, t := range ent.Terms {
			if t.Org != "" && (e.Date.IsZero() || t.Covers(e.Date.Start)) {
				out = append(out, t.Org)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// expandPlaces returns the place index values of e: every place, plus the
// country each city lies in.
func expandPlaces(e *timeline.Event, lookup entityLookup) []string {
	out := slices.Clone(e.Places)
	for _, id := range e.Places {
		if ent, ok := lookup(id); ok && ent.Kind == timeline.KindCity && ent.Country != "" {
			out = append(out, ent.Country)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// parties returns the set of parties of e: countries and organisations
// among the actors, each person mapped to what they stand for. An actor the
// lookup does not know stands for itself. Cities are not parties.
func parties(e *timeline.Event, lookup entityLookup) []string {
	var out []string
	for _, id := range e.Actors {
		ent, ok := lookup(id)
		switch {
		case !ok:
			out = append(out, id)
		case ent.Kind == timeline.KindCity:
		case ent.Kind == timeline.KindPerson:
			p := ent.Party()
			if p == "" {
				p = id
			}
			out = append(out, p)
		default:
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// normalizeText is the text normalisation shared by ingest and queries.
func normalizeText(s string) string { return arabic.Normalize(s) }

// splitWords splits normalised text into words: runs of letters, digits
// and combining marks.
func splitWords(norm string) []string {
	return strings.FieldsFunc(norm, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

// proclitics are the Arabic prefixes a word may carry (و ف ب ل ك ال and
// their combinations), longest first, in normalised form.
var proclitics = []string{"وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك"}

// wordForms returns a normalised word and the forms it has with a proclitic
// stripped (each at least two letters), so that "قمة" finds "القمة" and
// "وقمة".
func wordForms(w string) []string {
	out := []string{w}
	for _, p := range proclitics {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
			out = append(out, rest)
		}
	}
	return out
}

// queryWords returns the words of normalised query text that the text
// index can look up (at least two letters): the words eventWords takes
// from a sentence (normalising again changes nothing).
func queryWords(norm string) []string { return arabic.AppendWords(nil, norm, 2) }

// textMatches reports whether a source sentence matches normalised query
// text: every query word is one of the sentence's word forms (so a word
// matches with or without a proclitic, and a part of a word does not),
// and the normalised phrase occurs in the normalised sentence.
func textMatches(sentence, norm string) bool {
	ns := normalizeText(sentence)
	if !strings.Contains(ns, norm) {
		return false
	}
	qw := queryWords(norm)
	if len(qw) == 0 {
		return true
	}
	forms := map[string]bool{}
	for _, w := range splitWords(ns) {
		for _, f := range wordForms(w) {
			forms[f] = true
		}
	}
	for _, w := range qw {
		if !forms[w] {
			return false
		}
	}
	return true
}

// eventWords returns the distinct words (at least two letters) of the
// event's normalised source sentences: the values of its text index
// entries. Forms without a proclitic are not indexed; a query looks a word
// up under every form it may take in a sentence (queryForms), which finds
// the same events with about half the keys.
func eventWords(e *timeline.Event) []string {
	out := sentenceWords(nil, e)
	slices.Sort(out)
	return slices.Compact(out)
}

// sentenceWords appends to dst the words of eventWords as the sentences
// give them: in their order, repeats included.
func sentenceWords(dst []string, e *timeline.Event) []string {
	for _, s := range e.Sources {
		// The words of splitWords(normalizeText(s.Sentence)), in one pass.
		dst = arabic.AppendWords(dst, s.Sentence, 2)
	}
	return dst
}

// queryForms returns the sentence words a query word q (at least two
// letters) matches: q itself and q behind each proclitic. A sentence word w
// has q among its wordForms exactly when w is one of these.
func queryForms(q string) []string {
	out := make([]string, 0, 1+len(proclitics))
	out = append(out, q)
	for _, p := range proclitics {
		out = append(out, p+q)
	}
	return out
}
