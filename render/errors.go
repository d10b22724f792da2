package render

import "errors"

// Errors returned by this package; test with errors.Is.
var (
	// ErrFormat is returned by ParseFormat for an unknown format name.
	ErrFormat = errors.New("unknown output format")
)
