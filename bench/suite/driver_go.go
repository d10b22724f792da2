//go:build !sqlite_fts5

package suite

// DefaultDriver is the SQLite driver the benchmark uses unless told:
// built without -tags sqlite_fts5, SQLite's C library has no FTS5, so
// the default is SQLite translated to Go, which has it. Build with the
// tag to measure against the C library.
const DefaultDriver = DriverGo
