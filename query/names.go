package query

import "strconv"

// The spellings of the enumerations. The first spelling of each value is
// the canonical one the printer uses; the others are accepted synonyms.

var fieldNames = map[string]Field{
	"actor":      FieldActor,
	"place":      FieldPlace,
	"type":       FieldType,
	"status":     FieldStatus,
	"date":       FieldDate,
	"text":       FieldText,
	"confidence": FieldConfidence,
	"source":     FieldSource,
	"doc":        FieldSource,
	"id":         FieldID,
}

var fieldCanon = [...]string{"", "actor", "place", "type", "status", "date", "text", "confidence", "source", "id"}

// String returns the canonical name of the field ("actor", "date", ...).
func (f Field) String() string {
	if int(f) < len(fieldCanon) && f != FieldUnknown {
		return fieldCanon[f]
	}
	return "field(" + strconv.Itoa(int(f)) + ")"
}

// LookupField returns the field named s (lower case), or FieldUnknown.
func LookupField(s string) Field { return fieldNames[s] }

var opNames = [...]string{"", "=", "!=", "with", "in", "not in", "<", "<=", ">", ">=", "between", "within", "contains", "member of"}

// String returns the operator as written in canonical syntax ("=", "not
// in", "member of"). OpWith prints as "with", the word between its values.
func (op Op) String() string {
	if int(op) < len(opNames) && op != OpInvalid {
		return opNames[op]
	}
	return "op(" + strconv.Itoa(int(op)) + ")"
}

// keyNames maps the spellings of grouping keys, singular and plural, to
// keys.
var keyNames = map[string]Key{
	"year": KeyYear, "years": KeyYear,
	"month": KeyMonth, "months": KeyMonth,
	"week": KeyWeek, "weeks": KeyWeek,
	"day": KeyDay, "days": KeyDay,
	"type": KeyType, "types": KeyType,
	"status": KeyStatus, "statuses": KeyStatus,
	"actor": KeyActor, "actors": KeyActor,
	"place": KeyPlace, "places": KeyPlace,
	"country": KeyCountry, "countries": KeyCountry,
}

var keySingular = [...]string{"", "year", "month", "week", "day", "type", "status", "actor", "place", "country"}
var keyPlural = [...]string{"", "years", "months", "weeks", "days", "types", "statuses", "actors", "places", "countries"}

// String returns the singular name of the key ("month", "actor").
func (k Key) String() string {
	if int(k) < len(keySingular) && k != KeyNone {
		return keySingular[k]
	}
	return "key(" + strconv.Itoa(int(k)) + ")"
}

// Plural returns the plural name of the key ("months", "countries").
func (k Key) Plural() string {
	if int(k) < len(keyPlural) && k != KeyNone {
		return keyPlural[k]
	}
	return k.String()
}

// LookupKey returns the key named s (singular or plural, lower case), or
// KeyNone.
func LookupKey(s string) Key { return keyNames[s] }

var colNames = map[string]Col{
	"id": ColID, "date": ColDate, "type": ColType, "status": ColStatus,
	"actors": ColActors, "actor": ColActors, "places": ColPlaces, "place": ColPlaces,
	"confidence": ColConfidence, "reported": ColReported, "sources": ColSources,
	"source": ColSources, "docs": ColSources, "doc": ColSources, "text": ColText,
}

var colCanon = [...]string{"", "id", "date", "type", "status", "actors", "places", "confidence", "reported", "sources", "text"}

// DefaultColumns are the columns of "events" without a projection.
var DefaultColumns = []Col{ColID, ColDate, ColType, ColStatus, ColActors, ColPlaces, ColConfidence, ColSources}

// String returns the canonical name of the column ("actors").
func (c Col) String() string {
	if int(c) < len(colCanon) && c != ColUnknown {
		return colCanon[c]
	}
	return "col(" + strconv.Itoa(int(c)) + ")"
}

// LookupCol returns the column named s (lower case), or ColUnknown.
func LookupCol(s string) Col { return colNames[s] }

var unitNames = map[string]Unit{
	"day": UnitDay, "days": UnitDay,
	"week": UnitWeek, "weeks": UnitWeek,
	"month": UnitMonth, "months": UnitMonth,
	"year": UnitYear, "years": UnitYear,
}

var unitCanon = [...]string{"", "day", "week", "month", "year"}

// String returns the singular name of the unit ("day").
func (u Unit) String() string {
	if int(u) < len(unitCanon) && u != UnitNone {
		return unitCanon[u]
	}
	return "unit(" + strconv.Itoa(int(u)) + ")"
}

// String returns the relative date in canonical syntax: "today",
// "yesterday", "this month", "last year", "last 30 days".
func (r Relative) String() string {
	switch r.Anchor {
	case AnchorToday:
		return "today"
	case AnchorYesterday:
		return "yesterday"
	case AnchorThis:
		return "this " + r.Unit.String()
	case AnchorLast:
		if r.N > 0 {
			s := "last " + strconv.Itoa(r.N) + " " + r.Unit.String()
			if r.N != 1 {
				s += "s"
			}
			return s
		}
		return "last " + r.Unit.String()
	}
	return ""
}

// eventOrderKeys are the keys "order by" accepts for an events statement;
// aggOrderKeys those for aggregates.
var (
	eventOrderKeys = []string{"date", "reported", "confidence", "type", "status", "id"}
	aggOrderKeys   = []string{"count", "key"}
)

// keywords are the reserved words: they cannot be used as bare names
// (quote them: "AND" is Andorra). Matching is case-insensitive.
var keywords = []string{
	"and", "asc", "between", "by", "contains", "count", "desc", "distinct",
	"events", "explain", "first", "gaps", "in", "last", "limit", "member",
	"not", "of", "offset", "or", "order", "select", "this", "today", "top",
	"where", "with", "within", "yesterday",
}

var keywordSet = func() map[string]bool {
	m := make(map[string]bool, len(keywords))
	for _, k := range keywords {
		m[k] = true
	}
	return m
}()

// IsKeyword reports whether s (in any case) is a reserved word of the
// language, which must be quoted to be used as a name.
func IsKeyword(s string) bool { return keywordSet[lower(s)] }

// Keywords returns the reserved words of the language, sorted (for
// completion in an interactive shell, say).
func Keywords() []string { return append([]string(nil), keywords...) }
