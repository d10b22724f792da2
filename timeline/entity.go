package timeline

import (
	"fmt"
	"strings"
)

// Kind is the kind of an entity.
type Kind uint8

// The entity kinds.
const (
	KindUnknown Kind = iota
	// KindCountry is a sovereign state (or a territory with an ISO code);
	// its ID is its ISO 3166-1 alpha-3 code.
	KindCountry
	// KindOrganisation is an international organisation (BRICS, CSTO, UN);
	// its ID is its code.
	KindOrganisation
	// KindPerson is a person, who acts for Country.
	KindPerson
	// KindCity is a city or other place inside Country.
	KindCity
)

var kindNames = [...]string{"unknown", "country", "organisation", "person", "city"}

// String returns the lower-case English name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// ParseKind is the inverse of Kind.String; it also accepts "organization"
// and "org".
func ParseKind(s string) (Kind, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "organization", "org":
		return KindOrganisation, nil
	}
	for i, n := range kindNames {
		if i > 0 && n == s {
			return Kind(i), nil
		}
	}
	return KindUnknown, fmt.Errorf("%w: %q", ErrBadKind, s)
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Term is a span of days during which a person held an office. A zero End
// means the term is still running.
type Term struct {
	// Role is the office, as a role key such as "president",
	// "prime-minister" or "foreign-minister".
	Role string `json:"role"`
	// Country is the ISO3 code of the country the office is of; empty for an
	// organisation's office.
	Country string `json:"country,omitempty"`
	// Org is the organisation code for an organisation's office (e.g. UN
	// secretary-general).
	Org string `json:"org,omitempty"`
	// From and To are the first and last days in office, as YYYY-MM-DD.
	// An empty To means still in office.
	From string `json:"from"`
	To   string `json:"to,omitempty"`
}

// Covers reports whether the term includes day d.
func (t Term) Covers(d Day) bool {
	from, err := ParseDate(t.From)
	if err != nil || from.IsZero() {
		return false
	}
	if d < from.Start {
		return false
	}
	if t.To == "" {
		return true
	}
	to, err := ParseDate(t.To)
	if err != nil {
		return false
	}
	return d <= to.End
}

// Entity is a country, organisation, person or city that events refer to by
// ID.
type Entity struct {
	// ID is the stable identifier: ISO3 for countries ("RUS"), the code for
	// organisations ("CSTO"), a lower-case slug for people and cities
	// ("vladimir-putin", "dushanbe").
	ID string `json:"id"`
	// Kind is what the entity is.
	Kind Kind `json:"kind"`
	// Name is the English display name.
	Name string `json:"name"`
	// NameAR is the Arabic display name.
	NameAR string `json:"name_ar,omitempty"`
	// Aliases are further names, in any language and spelling, under which
	// the entity is mentioned ("ترمب" for Trump, "دوشنبه" for Dushanbe).
	Aliases []string `json:"aliases,omitempty"`
	// ISO3 is the ISO 3166-1 alpha-3 code of a country.
	ISO3 string `json:"iso3,omitempty"`
	// Country is the ISO3 code of the country a person acts for or a city
	// lies in.
	Country string `json:"country,omitempty"`
	// Lat and Lon are the coordinates of a city or of a country's capital,
	// in degrees; both zero when unknown.
	Lat float64 `json:"lat,omitempty"`
	Lon float64 `json:"lon,omitempty"`
	// Terms are the offices a person held, used to resolve role phrases
	// ("الرئيس الروسي") by the event's date.
	Terms []Term `json:"terms,omitempty"`
	// Members are, for an organisation, the ISO3 codes of its member
	// states.
	Members []string `json:"members,omitempty"`
}

// Party returns the code the entity stands for in an event: its own ID for a
// country or organisation, its country for a person, "" for a city.
func (e *Entity) Party() string {
	switch e.Kind {
	case KindCountry, KindOrganisation:
		return e.ID
	case KindPerson:
		return e.Country
	}
	return ""
}

// DisplayName returns the name in the requested language ("ar" for Arabic,
// anything else for English), falling back to the other one, then to ID.
func (e *Entity) DisplayName(lang string) string {
	if lang == "ar" && e.NameAR != "" {
		return e.NameAR
	}
	if e.Name != "" {
		return e.Name
	}
	if e.NameAR != "" {
		return e.NameAR
	}
	return e.ID
}
