package engine

import "errors"

// Errors of the database's life cycle.
var (
	// ErrClosed is returned when a method is called on a closed DB.
	ErrClosed = errors.New("database closed")
	// ErrLocked is returned by Open when another process (or another DB in
	// this process) has the database directory open for writing. The
	// returned error names the holder's process id when it can be found.
	ErrLocked = errors.New("database in use")
	// ErrSchemaVersion is returned by Open when the database was written
	// with a schema version this build cannot read, or has none at all.
	ErrSchemaVersion = errors.New("unsupported schema version")
	// ErrReadOnly is returned when a write is attempted on a DB opened with
	// Options.ReadOnly.
	ErrReadOnly = errors.New("database is read-only")
)

// Errors about records and input.
var (
	// ErrNotFound is returned when an event, article or entity does not
	// exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalidArticle is returned by IngestArticle for an article that
	// cannot be ingested: nil, without text, with invalid UTF-8, or too
	// large to commit in one transaction.
	ErrInvalidArticle = errors.New("invalid article")
	// ErrBadInput is returned by IngestEvents for an event that cannot be
	// stored (unknown type, empty actors) and by Query for bad parameters.
	ErrBadInput = errors.New("bad input")
	// ErrCorrupt is returned when a stored record cannot be decoded.
	ErrCorrupt = errors.New("corrupt record")
)

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }
