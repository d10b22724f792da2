package query

import (
	"math"

	"github.com/tl-project/tl/timeline"
)

// Position is a place in the query source. Line and Column count from 1;
// Column counts runes (not bytes), so a caret under Arabic text lands on the
// right character. Offset is the byte offset from the start of the source.
type Position struct {
	Offset int
	Line   int
	Column int
}

// IsValid reports whether p is a real position (Line >= 1).
func (p Position) IsValid() bool { return p.Line > 0 }

// Node is any node of the syntax tree. Pos is the position of the node's
// first character, End the position just after its last one; String prints
// the node in canonical syntax that parses back to an equal node.
type Node interface {
	Pos() Position
	End() Position
	String() string
}

// Stmt is a statement: what the query produces. The implementations are
// *EventsStmt, *CountStmt, *TopStmt, *FirstStmt, *DistinctStmt, *GapsStmt and
// the wrapper *ExplainStmt. Every statement carries the common [Clauses]
// (where, order by, limit, offset), returned by Tail.
type Stmt interface {
	Node
	// Tail returns the statement's where/order/limit/offset clauses; for an
	// *ExplainStmt, those of the explained statement.
	Tail() *Clauses
	stmtNode()
}

// Expr is a boolean condition of a where clause. The implementations are
// *AndExpr, *OrExpr, *NotExpr and *Cond.
type Expr interface {
	Node
	exprNode()
}

// Query is a parsed query: one statement, and the source it came from.
type Query struct {
	// Stmt is the statement; never nil in a query returned by Parse.
	Stmt Stmt
	// Src is the source text the query was parsed from (for error
	// snippets); empty for a query built by hand.
	Src string
}

// Pos returns the position of the statement.
func (q *Query) Pos() Position { return q.Stmt.Pos() }

// End returns the end of the statement.
func (q *Query) End() Position { return q.Stmt.End() }

// Explain reports whether the query is wrapped in explain.
func (q *Query) Explain() bool {
	_, ok := q.Stmt.(*ExplainStmt)
	return ok
}

// Inner returns the statement without an explain wrapper.
func (q *Query) Inner() Stmt {
	if e, ok := q.Stmt.(*ExplainStmt); ok {
		return e.Stmt
	}
	return q.Stmt
}

// Params returns the names (without "$") of the parameters the query uses,
// in order of first appearance.
func (q *Query) Params() []string {
	var names []string
	seen := map[string]bool{}
	Inspect(q.Stmt, func(n Node) bool {
		if v, ok := n.(*Value); ok && v.Kind == ValueParam && !seen[v.Text] {
			seen[v.Text] = true
			names = append(names, v.Text)
		}
		return true
	})
	return names
}

// Clauses are the parts every statement shares: the condition that selects
// events, their order, and the window of rows returned.
type Clauses struct {
	// Where is the condition; nil when there is no where clause (all
	// events).
	Where Expr
	// Order is the order by clause; nil for the statement's default order
	// (date ascending for events, the group key for aggregates).
	Order *OrderBy
	// Limit is the maximum number of rows; 0 means no limit.
	Limit int
	// Offset is the number of rows to skip first; 0 means none.
	Offset int

	// Bounds is set by Check: the intersection of the date ranges of the
	// date conditions in the top-level conjunction of Where (see
	// Conjuncts), or the zero Date when Where does not bound the date. An
	// unbounded side is MinDay or MaxDay. Aggregates by period use it to
	// show empty periods as zero; planners use it to limit a date scan.
	Bounds timeline.Date
}

// Conds returns the conditions of the top-level conjunction of Where that
// are plain conditions (not or/not), the ones a planner can serve from an
// index.
func (c *Clauses) Conds() []*Cond {
	var out []*Cond
	for _, e := range Conjuncts(c.Where) {
		if x, ok := e.(*Cond); ok {
			out = append(out, x)
		}
	}
	return out
}

// OrderBy is "order by KEY [asc|desc]".
type OrderBy struct {
	From, To Position
	// KeyPos is the position of the key.
	KeyPos Position
	// Key is the ordering key as written, lower-cased: for events one of
	// date, reported, confidence, type, status, id; for aggregates count
	// or key.
	Key string
	// Desc is true for descending order.
	Desc bool
}

// Pos returns the position of "order".
func (o *OrderBy) Pos() Position { return o.From }

// End returns the end of the clause.
func (o *OrderBy) End() Position { return o.To }

// EventsStmt lists events: "events [(col, ...)] ..." or "select col, ...
// ...". A query that starts with a condition is an EventsStmt too.
type EventsStmt struct {
	From, To Position
	// Columns is the projection; nil means the default columns.
	Columns []*Column
	Clauses
}

// Column is one projected column of an EventsStmt.
type Column struct {
	From, To Position
	// Name is the column name as written, lower-cased.
	Name string
	// Col is the column Name names; ColUnknown until Check rejects it.
	Col Col
}

// Pos returns the position of the column name.
func (c *Column) Pos() Position { return c.From }

// End returns the end of the column name.
func (c *Column) End() Position { return c.To }

// Col is a column of event output.
type Col uint8

// The columns, in the default output order.
const (
	ColUnknown Col = iota
	ColID
	ColDate
	ColType
	ColStatus
	ColActors
	ColPlaces
	ColConfidence
	ColReported // the day the event was first reported
	ColSources  // the article ids
	ColText     // the reporting sentences
)

// CountStmt counts events, in total or per group: "count [by KEY] ...".
type CountStmt struct {
	From, To Position
	// By is the grouping; nil for a single total.
	By *GroupBy
	Clauses
}

// TopStmt ranks the most frequent values: "top [N] actors|places|countries|types ...".
type TopStmt struct {
	From, To Position
	// N is the number of rows; 0 when not written (then DefaultTop).
	N int
	// Of is what is ranked.
	Of *GroupBy
	Clauses
}

// DefaultTop is the number of rows of "top" without a number.
const DefaultTop = 10

// Count returns N, or DefaultTop when N is 0.
func (s *TopStmt) Count() int {
	if s.N <= 0 {
		return DefaultTop
	}
	return s.N
}

// FirstStmt is "first [by KEY] ..." or "last [by KEY] ...": the earliest (or
// latest) matching event, overall or per actor/place/country/type.
type FirstStmt struct {
	From, To Position
	// Last is true for "last".
	Last bool
	// By is the grouping; nil for one event overall.
	By *GroupBy
	Clauses
}

// DistinctStmt lists the distinct values of a key among the matching
// events: "distinct actors|places|countries|types|statuses ...".
type DistinctStmt struct {
	From, To Position
	Of       *GroupBy
	Clauses
}

// GapsStmt is "gaps between A and B ...": the events in which both actors
// took part (further narrowed by Where), in date order, with the days since
// the previous co-occurrence, and the days from the last one to Now.
type GapsStmt struct {
	From, To Position
	// A and B are the two actors; Check resolves them (Value.Entity).
	A, B *Value
	Clauses
	// Now is set by Check from CheckOptions.Now: the day the "days since
	// they last met" figure counts to.
	Now timeline.Day
}

// ExplainStmt is "explain STMT": show the plan of Stmt instead of its rows.
type ExplainStmt struct {
	From Position
	Stmt Stmt
}

// GroupBy is the key of a grouping or ranking, as written ("month",
// "actors").
type GroupBy struct {
	From, To Position
	// Name is the key as written, lower-cased ("actors" for top/distinct).
	Name string
	// Key is the key Name names; KeyNone until Check rejects it.
	Key Key
}

// Pos returns the position of the key word.
func (g *GroupBy) Pos() Position { return g.From }

// End returns the end of the key word.
func (g *GroupBy) End() Position { return g.To }

// Key is a grouping key.
type Key uint8

// The grouping keys. Periods (year, month, week, day) group by the start of
// the event's date; week is the ISO week starting on Monday. Country groups
// by the parties' countries (a person counts for their country).
const (
	KeyNone Key = iota
	KeyYear
	KeyMonth
	KeyWeek
	KeyDay
	KeyType
	KeyStatus
	KeyActor
	KeyPlace
	KeyCountry
)

// IsPeriod reports whether k is year, month, week or day.
func (k Key) IsPeriod() bool { return k >= KeyYear && k <= KeyDay }

// AndExpr is "X and Y and ...": all of List hold. Lowering flattens nested
// conjunctions, so no element of List is an *AndExpr. From and To span the
// source, parentheses around the first or last term included; when zero
// (a tree built by hand), Pos and End fall back to the terms'.
type AndExpr struct {
	From, To Position
	List     []Expr
}

// OrExpr is "X or Y or ...": at least one of List holds. No element of List
// is an *OrExpr. From and To are as for AndExpr.
type OrExpr struct {
	From, To Position
	List     []Expr
}

// NotExpr is "not X". To is the end of X, a closing parenthesis
// included.
type NotExpr struct {
	From, To Position
	X        Expr
}

// Cond is one condition "FIELD OP VALUES".
//
// The operators and their operands:
//
//	OpEq, OpNe              one value           actor = RUS
//	OpWith                  two or more values   actor = RUS with USA (all took part)
//	OpIn, OpNotIn           one or more values   type in (summit, visit); date in 2021-06
//	OpLt, OpLe, OpGt, OpGe  one value           date >= 2021-06-01; confidence > 0.5
//	OpBetween               two values          date between 2021-06-10 and 2021-06-20
//	OpWithin                one value           place within TJK
//	OpContains              one value           text contains "قمة" (also written ~)
//	OpMemberOf              one value           actor member of CSTO
//
// What each keeps (the language reference, docs/query.md, is the user's
// version of this):
//
//   - actor/place OpEq: events with that entity among their actors (a
//     country also matches its people) or places (a country also matches
//     its cities). OpIn: any of the values; OpWith: all of them; OpNe and
//     OpNotIn: none of them.
//   - actor OpMemberOf and place OpWithin an organisation: any of the
//     organisation's member states (Entity.Members), as actor or as place
//     (a state's cities count). Place OpWithin a country or city is OpEq.
//     Cond.EntityIDs lists the ids to match for every actor and place
//     operator.
//   - date: the event's whole date lies within Range (OpIn with several
//     values: within one of Ranges); OpNe and OpNotIn negate. An event
//     with an unknown date matches no date range.
//   - type, status, id: equality with the value, any of a list.
//   - text OpContains: a reporting sentence contains the term, both
//     normalised (arabic.Normalize) with clitics tolerated.
//   - source OpEq/OpIn: an article id equals the value; OpContains: an
//     article id contains it as a substring.
//   - confidence: the comparison with Value.Num; OpBetween is inclusive at
//     both ends (Values[0].Num <= confidence <= Values[1].Num).
type Cond struct {
	From, To Position
	// FieldName is the field as written, lower-cased; Field is what it
	// names (FieldUnknown until Check rejects it).
	FieldName string
	Field     Field
	Op        Op
	OpPos     Position
	Values    []*Value
	// Paren records that the values were written in parentheses
	// ("in (2021)"); it matters only for printing.
	Paren bool

	// Range is set by Check on a date condition: the interval an event's
	// whole date must lie within for the condition to hold before the
	// operator's negation (OpNe, OpNotIn negate it). For OpIn with several
	// values it is their span and Ranges holds each one. Open sides are
	// MinDay and MaxDay.
	Range  timeline.Date
	Ranges []timeline.Date
}

// EntityIDs returns the entity ids an actor or place condition matches:
// the resolved entity of each value, and for "member of" and "within" an
// organisation, its member states instead. A value Check left unresolved
// (no Resolver) contributes its bound text. It returns nil for other
// fields.
func (x *Cond) EntityIDs() []string {
	if x.Field != FieldActor && x.Field != FieldPlace {
		return nil
	}
	var ids []string
	for _, v := range x.Values {
		switch {
		case v.Entity == nil:
			ids = append(ids, v.Bound)
		case (x.Op == OpMemberOf || x.Op == OpWithin) && v.Entity.Kind == timeline.KindOrganisation:
			ids = append(ids, v.Entity.Members...)
		default:
			ids = append(ids, v.Entity.ID)
		}
	}
	return ids
}

// Field is a condition's field.
type Field uint8

// The fields.
const (
	FieldUnknown    Field = iota
	FieldActor            // an actor entity (country, organisation, person)
	FieldPlace            // a place entity (country, city)
	FieldType             // summit, meeting, visit, call, agreement
	FieldStatus           // occurred, planned
	FieldDate             // the event's date interval
	FieldText             // the reporting sentences (normalised match)
	FieldConfidence       // 0..1
	FieldSource           // the article id ("doc" is a synonym)
	FieldID               // the event id
)

// Op is a condition's operator.
type Op uint8

// The operators.
const (
	OpInvalid Op = iota
	OpEq
	OpNe
	OpWith
	OpIn
	OpNotIn
	OpLt
	OpLe
	OpGt
	OpGe
	OpBetween
	OpWithin
	OpContains
	OpMemberOf
)

// Negated reports whether the operator negates its match (!=, not in).
func (op Op) Negated() bool { return op == OpNe || op == OpNotIn }

// ValueKind says how a value was written.
type ValueKind uint8

// The value kinds.
const (
	ValueInvalid  ValueKind = iota
	ValueName               // a bare word: RUS, putin, summit, بوتين (one that is a keyword or not a word prints quoted, and reads back as a ValueString)
	ValueString             // a quoted string: "Vladimir Putin"
	ValueNumber             // 30, 0.8, 2021
	ValueDate               // 2021-06, 2021-06-16
	ValueRelative           // today, last 30 days, this year
	ValueParam              // $actor
)

// Value is one operand as written, and what Check made of it.
type Value struct {
	From, To Position
	Kind     ValueKind
	// Text is the literal: the word, the string's contents (unquoted), the
	// number or date as written, or the parameter's name without "$".
	Text string
	// Rel is the relative date of a ValueRelative.
	Rel Relative

	// Set by Check.

	// Bound is the text a parameter was bound to; for other kinds, Text.
	// Field checks read Bound.
	Bound string
	// Entity is the resolved entity of an actor or place value (and of the
	// two actors of gaps); nil otherwise.
	Entity *timeline.Entity
	// Date is the interval of a date value (relative dates resolved
	// against CheckOptions.Now).
	Date timeline.Date
	// Type is the event type of a type value.
	Type timeline.Type
	// Status is the status of a status value.
	Status timeline.Status
	// Num is the number of a confidence value.
	Num float64
}

// Pos returns the position of the value's first character.
func (v *Value) Pos() Position { return v.From }

// End returns the end of the value.
func (v *Value) End() Position { return v.To }

// Relative is a date relative to the day the query is checked: "today",
// "yesterday", "this UNIT", "last UNIT" (the previous calendar unit) or
// "last N UNITs" (the N days, weeks, months or years up to and including
// today).
type Relative struct {
	Anchor Anchor
	// N is the count of "last N units"; 0 otherwise.
	N    int
	Unit Unit
}

// Anchor is the first word of a relative date.
type Anchor uint8

// The anchors.
const (
	AnchorNone Anchor = iota
	AnchorToday
	AnchorYesterday
	AnchorThis
	AnchorLast
)

// Unit is the unit of a relative date.
type Unit uint8

// The units.
const (
	UnitNone Unit = iota
	UnitDay
	UnitWeek
	UnitMonth
	UnitYear
)

// MinDay and MaxDay stand for an open side of a date range ("date >=
// 2021" has End MaxDay).
const (
	MinDay timeline.Day = math.MinInt32
	MaxDay timeline.Day = math.MaxInt32
)

// Conjuncts returns the terms of the top-level conjunction of e: the list of
// an *AndExpr, e alone for any other expression, nil for nil.
func Conjuncts(e Expr) []Expr {
	switch x := e.(type) {
	case nil:
		return nil
	case *AndExpr:
		return x.List
	default:
		return []Expr{e}
	}
}

// Pos and End of the composite nodes.

// Pos returns the start of the first term.
func (x *AndExpr) Pos() Position { return listPos(x.From, x.List) }

// End returns the end of the last term.
func (x *AndExpr) End() Position { return listEnd(x.To, x.List) }

// Pos returns the start of the first term.
func (x *OrExpr) Pos() Position { return listPos(x.From, x.List) }

// End returns the end of the last term.
func (x *OrExpr) End() Position { return listEnd(x.To, x.List) }

func listPos(p Position, list []Expr) Position {
	if p.IsValid() || len(list) == 0 {
		return p
	}
	return list[0].Pos()
}

func listEnd(p Position, list []Expr) Position {
	if p.IsValid() || len(list) == 0 {
		return p
	}
	return list[len(list)-1].End()
}

// Pos returns the position of "not".
func (x *NotExpr) Pos() Position { return x.From }

// End returns the end of the negated expression.
func (x *NotExpr) End() Position {
	if x.To.IsValid() {
		return x.To
	}
	return x.X.End()
}

// Pos returns the position of the field name.
func (x *Cond) Pos() Position { return x.From }

// End returns the end of the last value.
func (x *Cond) End() Position { return x.To }

// Pos returns the position of the statement's first word.
func (s *EventsStmt) Pos() Position { return s.From }

// End returns the end of the statement.
func (s *EventsStmt) End() Position { return s.To }

// Pos returns the position of "count".
func (s *CountStmt) Pos() Position { return s.From }

// End returns the end of the statement.
func (s *CountStmt) End() Position { return s.To }

// Pos returns the position of "top".
func (s *TopStmt) Pos() Position { return s.From }

// End returns the end of the statement.
func (s *TopStmt) End() Position { return s.To }

// Pos returns the position of "first" or "last".
func (s *FirstStmt) Pos() Position { return s.From }

// End returns the end of the statement.
func (s *FirstStmt) End() Position { return s.To }

// Pos returns the position of "distinct".
func (s *DistinctStmt) Pos() Position { return s.From }

// End returns the end of the statement.
func (s *DistinctStmt) End() Position { return s.To }

// Pos returns the position of "gaps".
func (s *GapsStmt) Pos() Position { return s.From }

// End returns the end of the statement.
func (s *GapsStmt) End() Position { return s.To }

// Pos returns the position of "explain".
func (s *ExplainStmt) Pos() Position { return s.From }

// End returns the end of the explained statement.
func (s *ExplainStmt) End() Position { return s.Stmt.End() }

// Tail returns the statement's clauses.
func (s *EventsStmt) Tail() *Clauses { return &s.Clauses }

// Tail returns the statement's clauses.
func (s *CountStmt) Tail() *Clauses { return &s.Clauses }

// Tail returns the statement's clauses.
func (s *TopStmt) Tail() *Clauses { return &s.Clauses }

// Tail returns the statement's clauses.
func (s *FirstStmt) Tail() *Clauses { return &s.Clauses }

// Tail returns the statement's clauses.
func (s *DistinctStmt) Tail() *Clauses { return &s.Clauses }

// Tail returns the statement's clauses.
func (s *GapsStmt) Tail() *Clauses { return &s.Clauses }

// Tail returns the clauses of the explained statement.
func (s *ExplainStmt) Tail() *Clauses { return s.Stmt.Tail() }

func (*EventsStmt) stmtNode()   {}
func (*CountStmt) stmtNode()    {}
func (*TopStmt) stmtNode()      {}
func (*FirstStmt) stmtNode()    {}
func (*DistinctStmt) stmtNode() {}
func (*GapsStmt) stmtNode()     {}
func (*ExplainStmt) stmtNode()  {}

func (*AndExpr) exprNode() {}
func (*OrExpr) exprNode()  {}
func (*NotExpr) exprNode() {}
func (*Cond) exprNode()    {}
