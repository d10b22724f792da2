//go:build sqlite_fts5

package suite

// DefaultDriver is the SQLite driver the benchmark uses unless told:
// built with -tags sqlite_fts5, SQLite's C library, which then has FTS5.
const DefaultDriver = DriverC
