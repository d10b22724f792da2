package query

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// lowerer turns a participle parse tree into the public AST, collecting
// the syntax errors the grammar cannot express (bad counts, misplaced
// "with", unknown relative units).
type lowerer struct {
	errs ErrorList
}

func pos(p lexer.Position) Position {
	return Position{Offset: p.Offset, Line: p.Line, Column: p.Column}
}

func (lw *lowerer) errorf(p lexer.Position, format string, args ...any) {
	lw.errs.Add(pos(p), ErrParse, fmt.Sprintf(format, args...))
}

func (lw *lowerer) query(g *gQuery, src string) *Query {
	st := lw.stmt(g.Stmt)
	if g.Explain {
		st = &ExplainStmt{From: pos(g.Pos), Stmt: st}
	}
	return &Query{Stmt: st, Src: src}
}

func (lw *lowerer) stmt(g *gStmt) Stmt {
	var cl Clauses
	if g.Where != nil {
		cl.Where = lw.or(g.Where)
	}
	if g.Bare != nil {
		cl.Where = lw.or(g.Bare)
	}
	if g.Order != nil {
		cl.Order = &OrderBy{From: pos(g.Order.Pos), To: pos(g.Order.EndPos), KeyPos: pos(g.Order.Key.Pos), Key: lower(g.Order.Key.Text), Desc: g.Order.Dir == "desc"}
	}
	if g.Limit != nil {
		cl.Limit = lw.count(g.Limit, "limit", 0)
	}
	if g.Offset != nil {
		cl.Offset = lw.count(g.Offset, "offset", 0)
	}
	from, to := pos(g.Pos), pos(g.EndPos)
	switch {
	case g.Events != nil:
		return &EventsStmt{From: from, To: to, Columns: lw.columns(g.Events.Cols), Clauses: cl}
	case g.Select != nil:
		return &EventsStmt{From: from, To: to, Columns: lw.columns(g.Select.Cols), Clauses: cl}
	case g.Count != nil:
		return &CountStmt{From: from, To: to, By: lw.key(g.Count.By, false), Clauses: cl}
	case g.Top != nil:
		s := &TopStmt{From: from, To: to, Of: lw.key(g.Top.Of, true), Clauses: cl}
		if g.Top.N != nil {
			s.N = lw.count(g.Top.N, "top", 1)
		}
		return s
	case g.First != nil:
		return &FirstStmt{From: from, To: to, Last: g.First.Which == "last", By: lw.key(g.First.By, false), Clauses: cl}
	case g.Distinct != nil:
		return &DistinctStmt{From: from, To: to, Of: lw.key(g.Distinct.Of, true), Clauses: cl}
	case g.Gaps != nil:
		return &GapsStmt{From: from, To: to, A: lw.value(g.Gaps.A), B: lw.value(g.Gaps.B), Clauses: cl}
	default:
		return &EventsStmt{From: from, To: to, Clauses: cl}
	}
}

// maxCount bounds limit, offset and top N so that they fit any int.
const maxCount = 1_000_000_000

func (lw *lowerer) count(g *gNum, what string, min int) int {
	text := asciiDigits(g.Text)
	n, err := strconv.Atoi(text)
	if err != nil || n < min || n > maxCount {
		if strings.Contains(text, ".") {
			lw.errorf(g.Pos, "expected a whole number after %s, found %q", what, g.Text)
		} else {
			lw.errorf(g.Pos, "expected a number from %d to %d after %s, found %q", min, maxCount, what, g.Text)
		}
		return 0
	}
	return n
}

func (lw *lowerer) columns(ws []*gWord) []*Column {
	if len(ws) == 0 {
		return nil
	}
	out := make([]*Column, len(ws))
	for i, w := range ws {
		name := lower(w.Text)
		c := LookupCol(name)
		if c != ColUnknown {
			name = c.String()
		}
		out[i] = &Column{From: pos(w.Pos), To: pos(w.EndPos), Name: name, Col: c}
	}
	return out
}

// key lowers a grouping key, canonicalising its spelling: plural after top
// and distinct, singular after by.
func (lw *lowerer) key(w *gWord, plural bool) *GroupBy {
	if w == nil {
		return nil
	}
	name := lower(w.Text)
	k := LookupKey(name)
	if k != KeyNone {
		if plural {
			name = k.Plural()
		} else {
			name = k.String()
		}
	}
	return &GroupBy{From: pos(w.Pos), To: pos(w.EndPos), Name: name, Key: k}
}

func (lw *lowerer) or(g *gOr) Expr {
	var list []Expr
	for _, a := range g.List {
		e := lw.and(a)
		if o, ok := e.(*OrExpr); ok {
			list = append(list, o.List...)
		} else {
			list = append(list, e)
		}
	}
	if len(list) == 1 {
		return list[0]
	}
	return &OrExpr{From: pos(g.Pos), To: pos(g.EndPos), List: list}
}

func (lw *lowerer) and(g *gAnd) Expr {
	var list []Expr
	for _, u := range g.List {
		e := lw.unary(u)
		if a, ok := e.(*AndExpr); ok {
			list = append(list, a.List...)
		} else {
			list = append(list, e)
		}
	}
	if len(list) == 1 {
		return list[0]
	}
	return &AndExpr{From: pos(g.Pos), To: pos(g.EndPos), List: list}
}

func (lw *lowerer) unary(g *gUnary) Expr {
	switch {
	case g.Not != nil:
		return &NotExpr{From: pos(g.Pos), To: pos(g.EndPos), X: lw.unary(g.Not)}
	case g.Paren != nil:
		return lw.or(g.Paren)
	default:
		return lw.cond(g.Cond)
	}
}

var cmpOps = map[string]Op{"=": OpEq, "!=": OpNe, "<": OpLt, "<=": OpLe, ">": OpGt, ">=": OpGe}

func (lw *lowerer) cond(g *gCond) *Cond {
	name := lower(g.Field.Text)
	f := LookupField(name)
	if f != FieldUnknown {
		name = f.String()
	}
	c := &Cond{From: pos(g.Pos), To: pos(g.EndPos), FieldName: name, Field: f}
	switch {
	case g.Cmp != nil:
		c.OpPos = pos(g.Cmp.Pos)
		c.Op = cmpOps[g.Cmp.Op]
		c.Values = []*Value{lw.value(g.Cmp.Value)}
		if len(g.Cmp.With) > 0 {
			if c.Op != OpEq {
				lw.errorf(g.Cmp.Pos, "expected \"=\" before a \"with\" list, found %q", g.Cmp.Op)
			}
			c.Op = OpWith
			for _, w := range g.Cmp.With {
				c.Values = append(c.Values, lw.value(w))
			}
		}
	case g.In != nil:
		c.OpPos = pos(g.In.Pos)
		c.Op = OpIn
		if g.In.Not {
			c.Op = OpNotIn
		}
		if g.In.Single != nil {
			c.Values = []*Value{lw.value(g.In.Single)}
		} else {
			c.Paren = true
			for _, v := range g.In.List {
				c.Values = append(c.Values, lw.value(v))
			}
		}
	case g.Between != nil:
		c.OpPos = pos(g.Between.Pos)
		c.Op = OpBetween
		c.Values = []*Value{lw.value(g.Between.A), lw.value(g.Between.B)}
	case g.Within != nil:
		c.OpPos = pos(g.Within.Pos)
		c.Op = OpWithin
		c.Values = []*Value{lw.value(g.Within.Value)}
	case g.Contains != nil:
		c.OpPos = pos(g.Contains.Pos)
		c.Op = OpContains
		c.Values = []*Value{lw.value(g.Contains.Value)}
	case g.Member != nil:
		c.OpPos = pos(g.Member.Pos)
		c.Op = OpMemberOf
		c.Values = []*Value{lw.value(g.Member.Value)}
	}
	return c
}

func (lw *lowerer) value(g *gValue) *Value {
	v := &Value{From: pos(g.Pos), To: pos(g.EndPos)}
	switch {
	case g.Param != nil:
		v.Kind, v.Text = ValueParam, strings.TrimPrefix(*g.Param, "$")
	case g.Date != nil:
		v.Kind, v.Text = ValueDate, asciiDigits(*g.Date)
	case g.Number != nil:
		v.Kind, v.Text = ValueNumber, asciiDigits(*g.Number)
	case g.String != nil:
		v.Kind, v.Text = ValueString, unquote(*g.String)
	case g.Rel != nil:
		v.Kind = ValueRelative
		v.Rel = lw.relative(g.Rel)
		v.Text = v.Rel.String()
	case g.Name != nil:
		v.Kind, v.Text = ValueName, *g.Name
	}
	v.Bound = v.Text
	return v
}

func (lw *lowerer) relative(g *gRel) Relative {
	switch {
	case g.Today:
		return Relative{Anchor: AnchorToday}
	case g.Yesterday:
		return Relative{Anchor: AnchorYesterday}
	case g.This != nil:
		return Relative{Anchor: AnchorThis, Unit: lw.unit(g.This)}
	}
	r := Relative{Anchor: AnchorLast, Unit: lw.unit(g.Unit)}
	if g.N != nil {
		r.N = lw.count(g.N, "last", 1)
	}
	return r
}

func (lw *lowerer) unit(w *gWord) Unit {
	u := unitNames[lower(w.Text)]
	if u == UnitNone {
		lw.errorf(w.Pos, "expected day, week, month or year, found %q", w.Text)
	}
	return u
}

// asciiDigits turns Arabic-Indic and Persian digits into ASCII digits.
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r > 0x7f }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0x0660 && r <= 0x0669:
			return '0' + r - 0x0660
		case r >= 0x06F0 && r <= 0x06F9:
			return '0' + r - 0x06F0
		}
		return r
	}, s)
}
