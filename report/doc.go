// Package report renders scripted reports: Markdown files whose fenced
// ```tl blocks are queries, run against a tl database and replaced by their
// results.
//
// A report file looks like this:
//
//	---
//	title: Russia's diplomatic year
//	params:
//	  actor: RUS
//	  year: 2025
//	---
//	## Summits by month
//
//	```tl
//	count by month where actor = $actor and type = summit and date in $year
//	```
//
//	## Timeline
//
//	```tl timeline
//	events where actor = $actor and date in $year order by date
//	```
//
// Front-matter params are defaults; callers override them (tl report
// --param year=2024). A block's info string may name a display: "table"
// (default: a Markdown table) or "timeline" (a text timeline of events).
//
// # Basics
//
//   - [Parse] reads a report file into a [Report].
//   - [Report.Render] runs each query through an [Exec] function and writes
//     Markdown; [Report.RenderHTML] writes a self-contained HTML page.
package report
