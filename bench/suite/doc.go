// Package suite runs tl's whole-system benchmark: the same synthetic
// events (package gen) loaded into tl (package engine, on disk) and into
// SQLite (modernc.org/sqlite, with the indexes a competent user would
// create), the same queries asked of both, and a report of ingest rate,
// query latencies, open time, size on disk and peak memory, with the
// tl/SQLite ratio of every figure.
//
// A Store is one database under test: TL and SQLite implement it. A Query
// is one parameterised question of a Kind; both stores answer it with a
// Result (the event ids in order, or counts by month), so the same
// workload doubles as a cross-check that tl and SQLite agree.
//
// The benchmark proper (Run) measures every phase in a fresh child process
// (Worker), so that each figure of peak RSS belongs to one store and one
// phase.
package suite
