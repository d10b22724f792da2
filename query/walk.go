package query

// Visitor is what Walk calls for each node: Visit is called with the node,
// and if the returned visitor w is not nil, Walk visits each child of the
// node with w, then calls w.Visit(nil).
type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree rooted at n in depth-first order: statements,
// their group keys and columns, the where expression, conditions, values
// and the order by clause.
func Walk(v Visitor, n Node) {
	if n == nil {
		return
	}
	if v = v.Visit(n); v == nil {
		return
	}
	switch x := n.(type) {
	case *Query:
		if x.Stmt != nil {
			Walk(v, x.Stmt)
		}
	case *ExplainStmt:
		Walk(v, x.Stmt)
	case *EventsStmt:
		for _, c := range x.Columns {
			Walk(v, c)
		}
		walkClauses(v, &x.Clauses)
	case *CountStmt:
		if x.By != nil {
			Walk(v, x.By)
		}
		walkClauses(v, &x.Clauses)
	case *TopStmt:
		if x.Of != nil {
			Walk(v, x.Of)
		}
		walkClauses(v, &x.Clauses)
	case *FirstStmt:
		if x.By != nil {
			Walk(v, x.By)
		}
		walkClauses(v, &x.Clauses)
	case *DistinctStmt:
		if x.Of != nil {
			Walk(v, x.Of)
		}
		walkClauses(v, &x.Clauses)
	case *GapsStmt:
		Walk(v, x.A)
		Walk(v, x.B)
		walkClauses(v, &x.Clauses)
	case *AndExpr:
		for _, e := range x.List {
			Walk(v, e)
		}
	case *OrExpr:
		for _, e := range x.List {
			Walk(v, e)
		}
	case *NotExpr:
		Walk(v, x.X)
	case *Cond:
		for _, val := range x.Values {
			Walk(v, val)
		}
	case *Value, *Column, *GroupBy, *OrderBy:
		// leaves
	}
	v.Visit(nil)
}

func walkClauses(v Visitor, c *Clauses) {
	if c.Where != nil {
		Walk(v, c.Where)
	}
	if c.Order != nil {
		Walk(v, c.Order)
	}
}

type inspector func(Node) bool

// Visit calls f and descends while it returns true.
func (f inspector) Visit(n Node) Visitor {
	if n != nil && f(n) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at n in depth-first order, calling f for
// each node; if f returns false, Inspect skips the node's children.
func Inspect(n Node, f func(Node) bool) {
	Walk(inspector(f), n)
}
