package timeline

import "errors"

// Errors returned by parsing functions of this package. Callers test them
// with errors.Is; the returned errors wrap them with the offending text.
var (
	// ErrBadDate is returned when a date string is not YYYY, YYYY-MM or
	// YYYY-MM-DD, or names a day that does not exist.
	ErrBadDate = errors.New("bad date")

	// ErrBadType is returned when an event type name is not one of the
	// five known types.
	ErrBadType = errors.New("bad event type")

	// ErrBadStatus is returned when a status name is neither occurred nor
	// planned.
	ErrBadStatus = errors.New("bad status")

	// ErrBadKind is returned when an entity kind name is not known.
	ErrBadKind = errors.New("bad entity kind")
)
