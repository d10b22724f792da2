package gazetteer

import (
	"errors"
	"fmt"
	"strings"
)

// Errors returned by the gazetteer. Callers test them with errors.Is.
var (
	// ErrUnknown is returned by Resolve when a name denotes no entity. The
	// error is an *UnknownError that carries suggestions.
	ErrUnknown = errors.New("unknown entity")

	// ErrBadEntity is returned by Add, Load and LoadFile when an entity
	// record lacks an id or a kind, or has a kind that cannot be merged
	// with the entity of the same id.
	ErrBadEntity = errors.New("bad entity")

	// ErrBadData is returned when an embedded or user data file cannot be
	// parsed.
	ErrBadData = errors.New("bad gazetteer data")
)

// UnknownError is the error Resolve returns for a name that denotes no
// entity. It wraps ErrUnknown.
type UnknownError struct {
	// Name is the name as the caller gave it.
	Name string
	// Suggestions are display names of entities with a similar name,
	// closest first; possibly empty.
	Suggestions []string
}

// Error returns "unknown entity "x"" followed by a did-you-mean list when
// there are suggestions.
func (e *UnknownError) Error() string {
	msg := fmt.Sprintf("unknown entity %q", e.Name)
	if len(e.Suggestions) > 0 {
		msg += " (did you mean " + quoteJoin(e.Suggestions) + "?)"
	}
	return msg
}

// Unwrap returns ErrUnknown.
func (e *UnknownError) Unwrap() error { return ErrUnknown }

func quoteJoin(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " or " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
