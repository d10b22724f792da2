// Package render prints query results: events and aggregate tables, as a
// terminal table, JSON, JSONL, CSV or Markdown.
//
// # Basics
//
//   - [Format] names an output format; [ParseFormat] reads one from a flag.
//   - [EventWriter] writes events one at a time, so a long result streams
//     (JSONL and CSV write each event as it comes; table, JSON and Markdown
//     hold the rows until Close).
//   - [EventJSON] is the JSON shape of an event: the one scripts and
//     ../shared/eval/score.py read.
//   - [Table] and [WriteTable] print aggregate results (counts by period, top
//     actors) in the same formats.
//   - [WriteRows] prints a whole query result (a [Rows], such as
//     *engine.Rows): events through the event view, anything else as a
//     table whose entity ids show as names ([DisplayCells]). The tl command,
//     its shell and reports print queries through it.
//
// Entity ids are resolved to display names through a [Lookup]; English
// names by default, Arabic with Options.Lang = "ar".
package render
