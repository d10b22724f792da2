package engine

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

// predOp is the kind of a predicate node.
type predOp uint8

const (
	pTrue predOp = iota
	pAnd
	pOr
	pNot
	pActor      // the event's actor keys contain val
	pPlace      // the event's place keys contain val
	pType       // the event's type is typ
	pStatus     // the event's status is status
	pDate       // the event's whole date lies in [from, to]
	pText       // a source sentence contains val (normalised)
	pSource     // a source's doc is val
	pID         // the event's id is val
	pConfidence // the event's confidence compares to num with cmp
)

// pred is the engine's form of a where clause: the checked query AST
// lowered to what the executor evaluates and the planner maps onto indexes.
type pred struct {
	op     predOp
	kids   []*pred
	val    string
	typ    timeline.Type
	status timeline.Status
	from   timeline.Day
	to     timeline.Day
	cmp    query.Op
	num    float64
	sub    bool // pSource: the article id contains val, not equals it
}

// lowerExpr turns a checked where clause into a pred. A nil expression is
// pTrue.
func lowerExpr(e query.Expr) (*pred, error) {
	switch x := e.(type) {
	case nil:
		return &pred{op: pTrue}, nil
	case *query.AndExpr:
		p := &pred{op: pAnd}
		for _, k := range x.List {
			kp, err := lowerExpr(k)
			if err != nil {
				return nil, err
			}
			p.kids = append(p.kids, kp)
		}
		return simplify(p), nil
	case *query.OrExpr:
		p := &pred{op: pOr}
		for _, k := range x.List {
			kp, err := lowerExpr(k)
			if err != nil {
				return nil, err
			}
			p.kids = append(p.kids, kp)
		}
		return simplify(p), nil
	case *query.NotExpr:
		kp, err := lowerExpr(x.X)
		if err != nil {
			return nil, err
		}
		return &pred{op: pNot, kids: []*pred{kp}}, nil
	case *query.Cond:
		return lowerCond(x)
	}
	return nil, fmt.Errorf("%w: unsupported expression %T", ErrBadInput, e)
}

func simplify(p *pred) *pred {
	var kids []*pred
	for _, k := range p.kids {
		if k.op == p.op {
			kids = append(kids, k.kids...)
			continue
		}
		if p.op == pAnd && k.op == pTrue {
			continue
		}
		kids = append(kids, k)
	}
	p.kids = kids
	switch len(kids) {
	case 0:
		return &pred{op: pTrue}
	case 1:
		return kids[0]
	}
	return p
}

// entityID returns the entity id of a checked actor or place value.
func entityID(v *query.Value) string {
	if v.Entity != nil {
		return v.Entity.ID
	}
	if v.Bound != "" {
		return v.Bound
	}
	return v.Text
}

func text(v *query.Value) string {
	if v.Bound != "" {
		return v.Bound
	}
	return v.Text
}

func lowerCond(c *query.Cond) (*pred, error) {
	var alts []*pred // one per value
	for i, v := range c.Values {
		var p *pred
		switch c.Field {
		case query.FieldActor, query.FieldPlace:
			op := pActor
			if c.Field == query.FieldPlace {
				op = pPlace
			}
			// "actor member of ORG" and "place within ORG" mean any of the
			// organisation's member states (see query.Cond).
			if (c.Op == query.OpMemberOf || c.Op == query.OpWithin) && v.Entity != nil && v.Entity.Kind == timeline.KindOrganisation {
				if len(v.Entity.Members) == 0 {
					return nil, fmt.Errorf("%w: %s has no known members", ErrBadInput, text(v))
				}
				or := &pred{op: pOr}
				for _, m := range v.Entity.Members {
					or.kids = append(or.kids, &pred{op: op, val: m})
				}
				p = simplify(or)
			} else {
				p = &pred{op: op, val: entityID(v)}
			}
		case query.FieldType:
			t := v.Type
			if t == timeline.TypeUnknown {
				var err error
				if t, err = timeline.ParseType(text(v)); err != nil {
					return nil, fmt.Errorf("%w: %v", ErrBadInput, err)
				}
			}
			p = &pred{op: pType, typ: t}
		case query.FieldStatus:
			s := v.Status
			if s == 0 {
				var err error
				if s, err = timeline.ParseStatus(text(v)); err != nil {
					return nil, fmt.Errorf("%w: %v", ErrBadInput, err)
				}
			}
			p = &pred{op: pStatus, status: s}
		case query.FieldDate:
			r := c.Range
			if len(c.Ranges) == len(c.Values) && len(c.Ranges) > 1 {
				r = c.Ranges[i]
			} else if i > 0 {
				continue // one range covers all values (between)
			}
			if r.IsZero() {
				return nil, fmt.Errorf("%w: date condition %s was not checked", ErrBadInput, c)
			}
			p = &pred{op: pDate, from: clampDay(r.Start), to: clampDay(r.End)}
		case query.FieldText:
			p = &pred{op: pText, val: normalizeText(text(v))}
		case query.FieldSource:
			p = &pred{op: pSource, val: text(v), sub: c.Op == query.OpContains}
		case query.FieldID:
			p = &pred{op: pID, val: text(v)}
		case query.FieldConfidence:
			n := v.Num
			if n == 0 {
				n, _ = strconv.ParseFloat(text(v), 64)
			}
			cmp := c.Op
			switch cmp {
			case query.OpNe, query.OpNotIn, query.OpIn:
				cmp = query.OpEq // the negation is applied once, below
			case query.OpBetween:
				if i > 0 {
					continue // the first value's pred covers both bounds
				}
				hi := c.Values[len(c.Values)-1]
				m := hi.Num
				if m == 0 {
					m, _ = strconv.ParseFloat(text(hi), 64)
				}
				p = &pred{op: pAnd, kids: []*pred{
					{op: pConfidence, cmp: query.OpGe, num: n},
					{op: pConfidence, cmp: query.OpLe, num: m},
				}}
			}
			if p == nil {
				p = &pred{op: pConfidence, cmp: cmp, num: n}
			}
		default:
			return nil, fmt.Errorf("%w: unknown field %q", ErrBadInput, c.FieldName)
		}
		alts = append(alts, p)
	}
	var out *pred
	switch {
	case len(alts) == 1:
		out = alts[0]
	case c.Op == query.OpWith:
		out = simplify(&pred{op: pAnd, kids: alts})
	default:
		out = simplify(&pred{op: pOr, kids: alts})
	}
	if c.Op.Negated() {
		out = &pred{op: pNot, kids: []*pred{out}}
	}
	return out, nil
}

// clampDay maps the query's open range ends onto the index's dated range
// (keys.UnknownDay is reserved for unknown dates).
func clampDay(d timeline.Day) timeline.Day {
	if d <= keys.UnknownDay {
		return keys.MinDay
	}
	return d
}

// String prints the predicate in query syntax, with entity ids.
func (p *pred) String() string {
	switch p.op {
	case pTrue:
		return "true"
	case pAnd, pOr:
		sep := " and "
		if p.op == pOr {
			sep = " or "
		}
		parts := make([]string, len(p.kids))
		for i, k := range p.kids {
			parts[i] = k.String()
			if k.op == pOr || (k.op == pAnd && p.op == pOr) {
				parts[i] = "(" + parts[i] + ")"
			}
		}
		return strings.Join(parts, sep)
	case pNot:
		return "not " + wrap(p.kids[0])
	case pActor:
		return "actor = " + quote(p.val)
	case pPlace:
		return "place = " + quote(p.val)
	case pType:
		return "type = " + p.typ.String()
	case pStatus:
		return "status = " + p.status.String()
	case pDate:
		return "date between " + dayString(p.from) + " and " + dayString(p.to)
	case pText:
		return "text contains " + strconv.Quote(p.val)
	case pSource:
		if p.sub {
			return "source contains " + strconv.Quote(p.val)
		}
		return "source = " + strconv.Quote(p.val)
	case pID:
		return "id = " + quote(p.val)
	case pConfidence:
		return "confidence " + p.cmp.String() + " " + strconv.FormatFloat(p.num, 'g', -1, 64)
	}
	return "?"
}

func wrap(p *pred) string {
	if p.op == pAnd || p.op == pOr {
		return "(" + p.String() + ")"
	}
	return p.String()
}

func quote(s string) string { return strconv.Quote(s) }

func dayString(d timeline.Day) string {
	switch {
	case d <= keys.MinDay:
		return "-inf"
	case d >= keys.MaxDay:
		return "+inf"
	}
	return d.String()
}

// conjuncts returns the terms of p's top-level conjunction.
func (p *pred) conjuncts() []*pred {
	switch p.op {
	case pAnd:
		return p.kids
	case pTrue:
		return nil
	}
	return []*pred{p}
}

// dateBounds returns the range of start days an event matching p can have,
// from the date conditions of its top-level conjunction.
func (p *pred) dateBounds() (from, to timeline.Day) {
	from, to = keys.MinDay, keys.MaxDay
	for _, c := range p.conjuncts() {
		if c.op == pDate {
			from, to = max(from, c.from), min(to, c.to)
		}
	}
	return from, to
}

// tri is a three-valued truth: a predicate evaluated on an index entry's
// summary may not be decidable without the event record.
type tri uint8

const (
	triFalse tri = iota
	triTrue
	triUnknown
)

// evalSummary evaluates p on what an index entry knows: the date, type and
// status of the event.
func (p *pred) evalSummary(r *ref) tri {
	switch p.op {
	case pTrue:
		return triTrue
	case pAnd:
		out := triTrue
		for _, k := range p.kids {
			switch k.evalSummary(r) {
			case triFalse:
				return triFalse
			case triUnknown:
				out = triUnknown
			}
		}
		return out
	case pOr:
		out := triFalse
		for _, k := range p.kids {
			switch k.evalSummary(r) {
			case triTrue:
				return triTrue
			case triUnknown:
				out = triUnknown
			}
		}
		return out
	case pNot:
		switch p.kids[0].evalSummary(r) {
		case triTrue:
			return triFalse
		case triFalse:
			return triTrue
		}
		return triUnknown
	case pType:
		return triOf(r.sum.Type == p.typ)
	case pStatus:
		return triOf(r.sum.Status == p.status)
	case pDate:
		return triOf(r.day != keys.UnknownDay && r.day >= p.from && r.sum.End <= p.to)
	case pID:
		return triOf(r.id == p.val)
	}
	return triUnknown
}

func triOf(b bool) tri {
	if b {
		return triTrue
	}
	return triFalse
}

// needsEvent reports whether evaluating p needs the event record.
func (p *pred) needsEvent() bool {
	switch p.op {
	case pAnd, pOr, pNot:
		return slices.ContainsFunc(p.kids, (*pred).needsEvent)
	case pActor, pPlace, pText, pSource, pConfidence:
		return true
	}
	return false
}

// eval evaluates p on a stored event.
func (p *pred) eval(s *stored) bool {
	e := &s.ev
	switch p.op {
	case pTrue:
		return true
	case pAnd:
		for _, k := range p.kids {
			if !k.eval(s) {
				return false
			}
		}
		return true
	case pOr:
		return slices.ContainsFunc(p.kids, func(k *pred) bool { return k.eval(s) })
	case pNot:
		return !p.kids[0].eval(s)
	case pActor:
		return slices.Contains(s.actorKeys, p.val)
	case pPlace:
		return slices.Contains(s.placeKeys, p.val)
	case pType:
		return e.Type == p.typ
	case pStatus:
		return e.Status == p.status
	case pDate:
		return !e.Date.IsZero() && e.Date.Start >= p.from && e.Date.End <= p.to
	case pText:
		return slices.ContainsFunc(e.Sources, func(src timeline.Source) bool {
			return textMatches(src.Sentence, p.val)
		})
	case pSource:
		if p.sub {
			return slices.ContainsFunc(e.Docs(), func(d string) bool { return strings.Contains(d, p.val) })
		}
		return slices.Contains(e.Docs(), p.val)
	case pID:
		return e.ID == p.val
	case pConfidence:
		c := e.Confidence
		switch p.cmp {
		case query.OpEq:
			return c == p.num
		case query.OpNe:
			return c != p.num
		case query.OpLt:
			return c < p.num
		case query.OpLe:
			return c <= p.num
		case query.OpGt:
			return c > p.num
		case query.OpGe:
			return c >= p.num
		}
	}
	return false
}
