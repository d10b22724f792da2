// Package query implements the tl query language: its grammar, the syntax
// tree, the checker that resolves names and dates, a canonical printer and
// positioned errors. It knows nothing of storage: the engine plans and runs
// the checked tree. The language reference is docs/query.md.
//
//	count by month where actor = RUS with USA and date in 2021
//	top 10 actors where type = summit and place within TJK
//	events (date, type, actors) where text contains "قمة" order by date desc limit 5
//
// # Basics
//
// A query goes through two stages here, then two in the engine:
//
//   - [Parse] reads the text into a [Query] holding one [Stmt]: an
//     [EventsStmt] (listing events), a [CountStmt], [TopStmt], [FirstStmt],
//     [DistinctStmt] or [GapsStmt] (aggregates), possibly wrapped in an
//     [ExplainStmt]. It checks syntax only.
//   - [Check] validates fields, operators and keys, binds parameters
//     ($actor) from [CheckOptions].Params, resolves names through a
//     [Resolver] (the gazetteer, via the engine) and dates (relative ones
//     against CheckOptions.Now), and records the results on the tree:
//     [Value].Entity, [Value].Date, [Cond].Range, [Clauses].Bounds.
//   - Every statement has [Clauses]: a where [Expr] made of [AndExpr],
//     [OrExpr], [NotExpr] and [Cond] nodes, an [OrderBy], a limit and an
//     offset. [Conjuncts] and [Clauses.Conds] give the top-level conjunction
//     a planner serves from its indexes.
//   - Every [Node] has a position and a String method printing canonical
//     syntax that parses back to an equal tree; [Walk] and [Inspect] visit
//     a tree.
//
// Errors are [*Error] values (or an [ErrorList]) with a line and a column
// counted in runes; they match [ErrParse] or [ErrCheck] with errors.Is, and
// [FormatError] renders them with the source line and a caret.
//
// # Caveats
//
// Check writes into the tree it checks, so a checked Query must not be
// checked concurrently, and relative dates ("last 30 days") are fixed when
// Check runs: check again to move them. Parse refuses input longer than
// [MaxLength] bytes or nested deeper than [MaxDepth], before running the
// (recursive) parser. Keywords are reserved in any case: a name spelled like
// one must be quoted ("AND" is Andorra).
package query
