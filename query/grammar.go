package query

import (
	"regexp"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The grammar, as participle structs. These types are private: lower.go
// turns a parse tree into the public AST, so the grammar can change
// without breaking the planner. Keywords are matched case-insensitively
// (the lexer lower-cases them and gives them the Keyword type, see
// scanner.go); field, key, column and unit words are plain identifiers,
// checked later.

var parser = participle.MustBuild[gQuery](
	participle.Lexer(tlLexer),
	participle.Elide("Whitespace", "Comment"),
	participle.UseLookahead(3),
)

// query = [ "explain" ] statement .
type gQuery struct {
	Pos     lexer.Position
	Explain bool   `parser:"@'explain'?"`
	Stmt    *gStmt `parser:"@@"`
}

// statement = ( ( events | select | count | top | first | distinct | gaps ) [ "where" condition ]
//
//	| condition )
//	[ order ] [ "limit" Number ] [ "offset" Number ] .
type gStmt struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Events   *gEvents   `parser:"( (  @@"`
	Select   *gSelect   `parser:"   | @@"`
	Count    *gCount    `parser:"   | @@"`
	Top      *gTop      `parser:"   | @@"`
	First    *gFirst    `parser:"   | @@"`
	Distinct *gDistinct `parser:"   | @@"`
	Gaps     *gGaps     `parser:"   | @@ )"`
	Where    *gOr       `parser:"  ( 'where' @@ )?"`
	Bare     *gOr       `parser:"| @@ )"`
	Order    *gOrder    `parser:"@@?"`
	Limit    *gNum      `parser:"( 'limit' @@ )?"`
	Offset   *gNum      `parser:"( 'offset' @@ )?"`
}

// order = "order" "by" Ident [ "asc" | "desc" ] .
type gOrder struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Key    *gKey  `parser:"'order' 'by' @@"`
	Dir    string `parser:"@( 'asc' | 'desc' )?"`
}

// events = "events" [ "(" Ident { "," Ident } ")" ] .
type gEvents struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Cols   []*gWord `parser:"'events' ( '(' @@ ( ',' @@ )* ')' )?"`
}

// select = "select" Ident { "," Ident } .
type gSelect struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Cols   []*gWord `parser:"'select' @@ ( ',' @@ )*"`
}

// count = "count" [ "by" Ident ] .
type gCount struct {
	Pos    lexer.Position
	EndPos lexer.Position
	By     *gWord `parser:"'count' ( 'by' @@ )?"`
}

// top = "top" [ Number ] Ident .
type gTop struct {
	Pos    lexer.Position
	EndPos lexer.Position
	N      *gNum  `parser:"'top' @@?"`
	Of     *gWord `parser:"@@"`
}

// first = ( "first" | "last" ) [ "by" Ident ] .
type gFirst struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Which  string `parser:"@( 'first' | 'last' )"`
	By     *gWord `parser:"( 'by' @@ )?"`
}

// distinct = "distinct" Ident .
type gDistinct struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Of     *gWord `parser:"'distinct' @@"`
}

// gaps = "gaps" "between" value "and" value .
type gGaps struct {
	Pos    lexer.Position
	EndPos lexer.Position
	A      *gValue `parser:"'gaps' 'between' @@"`
	B      *gValue `parser:"'and' @@"`
}

// condition = conjunction { "or" conjunction } .
type gOr struct {
	Pos    lexer.Position
	EndPos lexer.Position
	List   []*gAnd `parser:"@@ ( 'or' @@ )*"`
}

// conjunction = unary { "and" unary } .
type gAnd struct {
	Pos    lexer.Position
	EndPos lexer.Position
	List   []*gUnary `parser:"@@ ( 'and' @@ )*"`
}

// unary = "not" unary | "(" condition ")" | cond .
type gUnary struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Not    *gUnary `parser:"  'not' @@"`
	Paren  *gOr    `parser:"| '(' @@ ')'"`
	Cond   *gCond  `parser:"| @@"`
}

// cond = Ident ( cmp | in | between | within | contains | member ) .
type gCond struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Field    *gWord     `parser:"@@"`
	Cmp      *gCmp      `parser:"(  @@"`
	In       *gIn       `parser:" | @@"`
	Between  *gBetween  `parser:" | @@"`
	Within   *gWithin   `parser:" | @@"`
	Contains *gContains `parser:" | @@"`
	Member   *gMember   `parser:" | @@ )"`
}

// cmp = ( "=" | "!=" | "<" | "<=" | ">" | ">=" ) value { "with" value } .
type gCmp struct {
	Pos   lexer.Position
	Op    string    `parser:"@( '=' | '!=' | '<=' | '>=' | '<' | '>' )"`
	Value *gValue   `parser:"@@"`
	With  []*gValue `parser:"( 'with' @@ )*"`
}

// in = [ "not" ] "in" ( "(" value { "," value } ")" | value ) .
type gIn struct {
	Pos    lexer.Position
	Not    bool      `parser:"@'not'? 'in'"`
	List   []*gValue `parser:"(  '(' @@ ( ',' @@ )* ')'"`
	Single *gValue   `parser:" | @@ )"`
}

// between = "between" value "and" value .
type gBetween struct {
	Pos lexer.Position
	A   *gValue `parser:"'between' @@"`
	B   *gValue `parser:"'and' @@"`
}

// within = "within" value .
type gWithin struct {
	Pos   lexer.Position
	Value *gValue `parser:"'within' @@"`
}

// contains = ( "contains" | "~" ) value .
type gContains struct {
	Pos   lexer.Position
	Value *gValue `parser:"( 'contains' | '~' ) @@"`
}

// member = "member" "of" value .
type gMember struct {
	Pos   lexer.Position
	Value *gValue `parser:"'member' 'of' @@"`
}

// value = Param | Date | Number | String | relative | Ident .
type gValue struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Param  *string `parser:"  @Param"`
	Date   *string `parser:"| @Date"`
	Number *string `parser:"| @Number"`
	String *string `parser:"| @String"`
	Rel    *gRel   `parser:"| @@"`
	Name   *string `parser:"| @Ident"`
}

// relative = "today" | "yesterday" | "this" Ident | "last" [ Number ] Ident .
type gRel struct {
	Pos       lexer.Position
	Today     bool   `parser:"(  @'today'"`
	Yesterday bool   `parser:" | @'yesterday'"`
	This      *gWord `parser:" | 'this' @@"`
	Last      bool   `parser:" | @'last'"`
	N         *gNum  `parser:"    @@?"`
	Unit      *gWord `parser:"    @@ )"`
}

// word = Ident .
type gWord struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Text   string `parser:"@Ident"`
}

// key = Ident | "count" .
type gKey struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Text   string `parser:"@( Ident | 'count' )"`
}

// number = Number .
type gNum struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Text   string `parser:"@Number"`
}

// grammarNames renames participle's production names (the struct type
// names) to the names the language reference uses.
var grammarNames = map[string]string{
	"GQuery": "Query", "GStmt": "Statement", "GOr": "Condition", "GAnd": "Conjunction",
	"GUnary": "Unary", "GCond": "Predicate", "GCmp": "Comparison", "GRel": "Relative",
	"GNum": "Number", "GOrder": "OrderBy",
}

var productionRE = regexp.MustCompile(`\bG[A-Z][A-Za-z]*\b`)

// Grammar returns the grammar of the language in EBNF, generated from the
// parser itself, so it cannot drift from what Parse accepts. Lower-case
// names in angle brackets are tokens: <ident> a word (letters of any
// script, digits, "_" and inner "-"), <string> a quoted string, <number>,
// <date> (YYYY-MM or YYYY-MM-DD), <param> ($name). Keywords are matched in
// any case.
func Grammar() string {
	return productionRE.ReplaceAllStringFunc(parser.String(), func(s string) string {
		if n, ok := grammarNames[s]; ok {
			return n
		}
		return s[1:]
	}) + "\n"
}
