package query

import (
	"strconv"
	"strings"
)

// The printer writes the canonical form of a tree: lower-case keywords,
// single spaces, "events (...)" for a projection, "contains" for "~",
// parentheses only where precedence needs them. Parsing the output of any
// String method gives a tree equal to the printed one, positions aside.

// String returns the query in canonical syntax.
func (q *Query) String() string {
	if q == nil || q.Stmt == nil {
		return ""
	}
	return q.Stmt.String()
}

// String returns "explain " and the explained statement.
func (s *ExplainStmt) String() string { return "explain " + s.Stmt.String() }

// String returns the statement in canonical syntax.
func (s *EventsStmt) String() string {
	var b strings.Builder
	b.WriteString("events")
	if len(s.Columns) > 0 {
		b.WriteString(" (")
		for i, c := range s.Columns {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(c.String())
		}
		b.WriteString(")")
	}
	s.Clauses.print(&b)
	return b.String()
}

// String returns the statement in canonical syntax.
func (s *CountStmt) String() string {
	var b strings.Builder
	b.WriteString("count")
	if s.By != nil {
		b.WriteString(" by ")
		b.WriteString(s.By.String())
	}
	s.Clauses.print(&b)
	return b.String()
}

// String returns the statement in canonical syntax.
func (s *TopStmt) String() string {
	var b strings.Builder
	b.WriteString("top ")
	if s.N > 0 {
		b.WriteString(strconv.Itoa(s.N))
		b.WriteString(" ")
	}
	if s.Of != nil {
		b.WriteString(s.Of.String())
	}
	s.Clauses.print(&b)
	return b.String()
}

// String returns the statement in canonical syntax.
func (s *FirstStmt) String() string {
	var b strings.Builder
	if s.Last {
		b.WriteString("last")
	} else {
		b.WriteString("first")
	}
	if s.By != nil {
		b.WriteString(" by ")
		b.WriteString(s.By.String())
	}
	s.Clauses.print(&b)
	return b.String()
}

// String returns the statement in canonical syntax.
func (s *DistinctStmt) String() string {
	var b strings.Builder
	b.WriteString("distinct ")
	if s.Of != nil {
		b.WriteString(s.Of.String())
	}
	s.Clauses.print(&b)
	return b.String()
}

// String returns the statement in canonical syntax.
func (s *GapsStmt) String() string {
	var b strings.Builder
	b.WriteString("gaps between ")
	b.WriteString(s.A.String())
	b.WriteString(" and ")
	b.WriteString(s.B.String())
	s.Clauses.print(&b)
	return b.String()
}

func (c *Clauses) print(b *strings.Builder) {
	if c.Where != nil {
		b.WriteString(" where ")
		b.WriteString(c.Where.String())
	}
	if c.Order != nil {
		b.WriteString(" ")
		b.WriteString(c.Order.String())
	}
	if c.Limit > 0 {
		b.WriteString(" limit ")
		b.WriteString(strconv.Itoa(c.Limit))
	}
	if c.Offset > 0 {
		b.WriteString(" offset ")
		b.WriteString(strconv.Itoa(c.Offset))
	}
}

// String returns "order by KEY" or "order by KEY desc".
func (o *OrderBy) String() string {
	s := "order by " + o.Key
	if o.Desc {
		s += " desc"
	}
	return s
}

// String returns the column name.
func (c *Column) String() string { return c.Name }

// String returns the key as written (canonicalised by the parser).
func (g *GroupBy) String() string { return g.Name }

// String returns the conjunction, parenthesising disjunctions.
func (x *AndExpr) String() string {
	parts := make([]string, len(x.List))
	for i, e := range x.List {
		parts[i] = exprString(e, precAnd)
	}
	return strings.Join(parts, " and ")
}

// String returns the disjunction.
func (x *OrExpr) String() string {
	parts := make([]string, len(x.List))
	for i, e := range x.List {
		parts[i] = exprString(e, precOr)
	}
	return strings.Join(parts, " or ")
}

// String returns "not X", parenthesising X unless it is a condition or
// another not.
func (x *NotExpr) String() string { return "not " + exprString(x.X, precNot) }

const (
	precOr = iota
	precAnd
	precNot
)

func exprPrec(e Expr) int {
	switch e.(type) {
	case *OrExpr:
		return precOr
	case *AndExpr:
		return precAnd
	default:
		return precNot
	}
}

// exprString prints e in a context of precedence ctx, with parentheses when
// e binds more loosely.
func exprString(e Expr, ctx int) string {
	s := e.String()
	if exprPrec(e) < ctx {
		return "(" + s + ")"
	}
	return s
}

// String returns the condition in canonical syntax.
func (x *Cond) String() string {
	var b strings.Builder
	b.WriteString(x.FieldName)
	vals := make([]string, len(x.Values))
	for i, v := range x.Values {
		vals[i] = v.String()
	}
	first := func() string {
		if len(vals) > 0 {
			return vals[0]
		}
		return `""`
	}
	switch x.Op {
	case OpWith:
		b.WriteString(" = ")
		b.WriteString(strings.Join(vals, " with "))
	case OpIn, OpNotIn:
		b.WriteString(" ")
		b.WriteString(x.Op.String())
		b.WriteString(" ")
		if x.Paren || len(vals) != 1 {
			b.WriteString("(" + strings.Join(vals, ", ") + ")")
		} else {
			b.WriteString(vals[0])
		}
	case OpBetween:
		b.WriteString(" between ")
		b.WriteString(first())
		b.WriteString(" and ")
		if len(vals) > 1 {
			b.WriteString(vals[1])
		} else {
			b.WriteString(first())
		}
	default:
		b.WriteString(" ")
		b.WriteString(x.Op.String())
		b.WriteString(" ")
		b.WriteString(first())
	}
	return b.String()
}

// String returns the value as written, in canonical form: names that are
// keywords or not plain words are quoted.
func (v *Value) String() string {
	switch v.Kind {
	case ValueName:
		if isWord(v.Text) && !IsKeyword(v.Text) {
			return v.Text
		}
		return Quote(v.Text)
	case ValueString:
		return Quote(v.Text)
	case ValueNumber, ValueDate:
		return v.Text
	case ValueRelative:
		return v.Rel.String()
	case ValueParam:
		return "$" + v.Text
	}
	return Quote(v.Text)
}

// Quote returns s as a double-quoted string literal of the language:
// backslashes and double quotes are escaped, everything else is literal.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		if r == '"' || r == '\\' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

// unquote is the inverse of Quote for a literal delimited by " or ': a
// backslash makes the next character literal, except \n and \t.
func unquote(lit string) string {
	if len(lit) < 2 {
		return ""
	}
	body := lit[1 : len(lit)-1]
	if !strings.Contains(body, `\`) {
		return body
	}
	var b strings.Builder
	esc := false
	for _, r := range body {
		switch {
		case esc:
			switch r {
			case 'n':
				b.WriteRune('\n')
			case 't':
				b.WriteRune('\t')
			default:
				b.WriteRune(r)
			}
			esc = false
		case r == '\\':
			esc = true
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func lower(s string) string { return strings.ToLower(s) }

// formatWidth is the width under which Format keeps a query on one line.
const formatWidth = 72

// Format returns the query in canonical syntax laid out for reading: on one
// line when it is short, otherwise the statement on the first line, then
// the where clause with one conjunct (or disjunct) per line, then order
// by, limit and offset on lines of their own. Comments in the source are
// not kept. Parse(Format(q)) gives a tree equal to q.
func Format(q *Query) string {
	one := q.String()
	if len([]rune(one)) <= formatWidth && !strings.Contains(one, "\n") {
		return one
	}
	var b strings.Builder
	st := q.Stmt
	if e, ok := st.(*ExplainStmt); ok {
		b.WriteString("explain\n")
		st = e.Stmt
	}
	b.WriteString(headString(st))
	cl := st.Tail()
	if cl.Where != nil {
		b.WriteString("\nwhere ")
		switch w := cl.Where.(type) {
		case *AndExpr:
			for i, e := range w.List {
				if i > 0 {
					b.WriteString("\n  and ")
				}
				b.WriteString(exprString(e, precAnd))
			}
		case *OrExpr:
			for i, e := range w.List {
				if i > 0 {
					b.WriteString("\n   or ")
				}
				b.WriteString(exprString(e, precOr))
			}
		default:
			b.WriteString(w.String())
		}
	}
	if cl.Order != nil {
		b.WriteString("\n")
		b.WriteString(cl.Order.String())
	}
	if cl.Limit > 0 {
		b.WriteString("\nlimit ")
		b.WriteString(strconv.Itoa(cl.Limit))
	}
	if cl.Offset > 0 {
		b.WriteString("\noffset ")
		b.WriteString(strconv.Itoa(cl.Offset))
	}
	return b.String()
}

// headString prints a statement without its clauses.
func headString(s Stmt) string {
	switch s := s.(type) {
	case *EventsStmt:
		c := *s
		c.Clauses = Clauses{}
		return c.String()
	case *CountStmt:
		c := *s
		c.Clauses = Clauses{}
		return c.String()
	case *TopStmt:
		c := *s
		c.Clauses = Clauses{}
		return c.String()
	case *FirstStmt:
		c := *s
		c.Clauses = Clauses{}
		return c.String()
	case *DistinctStmt:
		c := *s
		c.Clauses = Clauses{}
		return c.String()
	case *GapsStmt:
		c := *s
		c.Clauses = Clauses{}
		return c.String()
	}
	return s.String()
}
