// Package engine stores tl's timeline in Badger and answers queries over
// it: the library behind the tl command.
//
// A database holds events (timeline.Event), the articles they were
// extracted from, the entities they reference, and indexes by date,
// actor, place, type, source article and word, with rollup counters per
// month. docs/storage.md describes the key layout, which is versioned
// (SchemaVersion).
//
//	db, err := engine.Open(dir, nil)
//	if err != nil { ... }
//	defer db.Close()
//	stats, err := db.IngestArticle(ctx, article)
//	rows, err := db.Query(ctx, `events where actor = RUS and date in 2021 limit 10`, nil)
//	for rows.Next() { ev := rows.Event(); ... }
//	if err := rows.Err(); err != nil { ... }
//
// # Basics
//
//   - [DB]: a handle from [Open], safe for concurrent use. [DB.IngestArticle]
//     extracts and stores one article in one transaction (the same article
//     twice is a no-op); [DB.IngestEvents] stores pre-structured events;
//     [DB.Load] bulk-loads them into an empty database, merging in memory
//     and writing the finished database once, in key order. Incoming
//     events merge into stored ones that describe the same fact.
//   - [Rows]: the streaming result of [DB.Query]: events, aggregate rows,
//     or the lines of an explain.
//   - [Tx]: a read-only snapshot from [DB.View], for several reads that
//     must agree (events, entities, queries).
//   - [Plan]: how a query runs: the index scans the planner chose (the most
//     selective, intersected when several are selective), the residual
//     filter, sort and limit. Its String is the EXPLAIN text, and
//     [DB.Explain] reports the estimated and actual keys read.
//   - [Options]: in-memory and read-only modes, the extractor and the
//     gazetteer.
//
// Maintenance: [DB.Check] verifies the indexes against the records (and
// repairs on request), [DB.Stats] counts, [DB.Backup] and [DB.Restore] use
// Badger's backup stream, [DB.Export] and [DB.Import] JSON lines of
// events.
//
// # Caveats
//
// Only one read-write handle may hold a database directory at a time; a
// second Open returns an error wrapping [ErrLocked] that names the process
// holding it. Writes (ingests) are serialised; queries read a consistent
// snapshot taken when they start and never block ingests. A [Rows] holds
// its snapshot until it is closed or exhausted, and [DB.Close] waits for
// every open Rows: always close them. Events and entities returned by the
// engine are copies, valid after the transaction that read them ended;
// no Badger type or buffer leaves the package.
package engine
