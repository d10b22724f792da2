package temporal

import "errors"

// Errors returned by this package. Callers test them with errors.Is.
var (
	// ErrBadTense is returned by ParseTense when a name is not "past",
	// "future" or "unknown".
	ErrBadTense = errors.New("bad tense")

	// ErrBadHijriDate is returned when a Hijri year, month or day is out of
	// range.
	ErrBadHijriDate = errors.New("bad hijri date")
)
