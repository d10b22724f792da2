package page

import (
	"errors"
	"fmt"
)

// Errors returned by Read and Decode. Callers test them with errors.Is;
// the returned errors wrap them with the file name and details.
var (
	// ErrInvalidUTF8 is returned when the input is neither valid UTF-8 nor
	// recognisably UTF-16 or Windows-1256. The error is an
	// *InvalidUTF8Error carrying the byte offset of the first bad byte.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")

	// ErrBinary is returned when the input looks like a binary file: it
	// holds NUL bytes, starts with the magic number of a known binary
	// format (PNG, JPEG, GIF, PDF, ELF, zip, gzip…), or has a high share of
	// control bytes.
	ErrBinary = errors.New("binary input")

	// ErrEmpty is returned when the input is empty or holds only white
	// space (for JSONL: no article with text).
	ErrEmpty = errors.New("empty input")

	// ErrTooLarge is returned when the input is larger than the size
	// limit (Options.MaxSize, DefaultMaxSize by default).
	ErrTooLarge = errors.New("input too large")

	// ErrBadJSONL is returned when a JSONL line is not a JSON object with
	// a text, or its published date is malformed. The error is a
	// *LineError carrying the line number.
	ErrBadJSONL = errors.New("bad JSONL")
)

// InvalidUTF8Error reports where the input stopped being UTF-8.
type InvalidUTF8Error struct {
	// Offset is the byte offset of the first invalid byte.
	Offset int
}

// Error returns "invalid UTF-8 at byte N".
func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 at byte %d", e.Offset)
}

// Unwrap returns ErrInvalidUTF8.
func (e *InvalidUTF8Error) Unwrap() error { return ErrInvalidUTF8 }

// LineError is an error on one line of a JSONL input.
type LineError struct {
	// Line is the 1-based line number.
	Line int
	// Err is the underlying problem.
	Err error
}

// Error returns "line N: ...".
func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error, which wraps ErrBadJSONL.
func (e *LineError) Unwrap() error { return e.Err }
