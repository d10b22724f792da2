package report

import "errors"

// Errors returned by this package; test with errors.Is.
var (
	// ErrSyntax is returned when a report file is malformed: an unclosed
	// front matter or code block, a bad param line.
	ErrSyntax = errors.New("report syntax")
	// ErrParam is returned when a query uses a $param that neither the
	// report nor the caller defines.
	ErrParam = errors.New("undefined report parameter")
)
