package server

import "errors"

// Errors the server reports to clients (as 4xx responses). They are
// exported so that tests and callers can recognise them with errors.Is.
var (
	// ErrNoQuery is returned when an export is requested without a query.
	ErrNoQuery = errors.New("no query")

	// ErrQueryTooLong is returned when a query exceeds
	// Options.MaxQueryBytes.
	ErrQueryTooLong = errors.New("query too long")

	// ErrBadParam is returned when a parameter (view, lanes, lang) has a
	// value the server does not know.
	ErrBadParam = errors.New("bad parameter")

	// ErrHost is returned when a request names a Host the server does not
	// answer to.
	ErrHost = errors.New("host not allowed")
)
