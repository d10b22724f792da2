package query

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Limits on the input, checked before parsing so that a hostile or
// mistaken query costs little and cannot exhaust the stack.
const (
	// MaxLength is the longest query source Parse accepts, in bytes.
	MaxLength = 64 << 10
	// MaxDepth is the deepest nesting of parentheses and "not" Parse
	// accepts.
	MaxDepth = 64
)

// Parse parses one query. It checks syntax only: names, fields, dates
// and parameters are left for Check. The error is an *Error or an
// ErrorList, matching ErrParse with errors.Is; FormatError renders it with
// the offending line and a caret.
func Parse(src string) (*Query, error) {
	if err := precheck(src); err != nil {
		return nil, err
	}
	g, err := parser.ParseString("", src)
	if err != nil {
		return nil, convertError(src, err)
	}
	var lw lowerer
	q := lw.query(g, src)
	if len(lw.errs) > 0 {
		lw.errs.Sort()
		return nil, lw.errs.Err()
	}
	return q, nil
}

// MustParse is Parse for queries known to be valid, as in tests and
// tables; it panics on error.
func MustParse(src string) *Query {
	q, err := Parse(src)
	if err != nil {
		panic(err)
	}
	return q
}

// precheck enforces MaxLength, valid UTF-8 and MaxDepth, and reports
// lexical errors (unterminated strings, stray characters) in our words.
func precheck(src string) error {
	if len(src) > MaxLength {
		return &Error{Pos: posAt(src, MaxLength), Kind: ErrParse, Err: ErrLimit,
			Msg: fmt.Sprintf("query too long: %d bytes (the limit is %d)", len(src), MaxLength)}
	}
	if !utf8.ValidString(src) {
		off := 0
		for off < len(src) {
			r, n := utf8.DecodeRuneInString(src[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return &Error{Pos: posAt(src, off), Kind: ErrParse, Msg: fmt.Sprintf("invalid UTF-8 byte %#02x", src[off])}
	}
	lx := &scanner{src: src, line: 1, col: 1}
	var (
		depth int
		opens []lexer.Token
		nots  int // the length of the current run of "not"
	)
	for {
		t, err := lx.nextSignificant()
		if err != nil {
			return lexErr(err)
		}
		if t.EOF() {
			return nil
		}
		switch {
		case t.Type == tokPunct && t.Value == "(":
			depth++
			opens = append(opens, t)
		case t.Type == tokPunct && t.Value == ")":
			if depth > 0 {
				depth--
				opens = opens[:len(opens)-1]
			}
		}
		if t.Type == tokKeyword && t.Value == "not" {
			nots++
			if depth+nots > MaxDepth {
				return depthError(t)
			}
		} else {
			nots = 0
		}
		if depth > MaxDepth {
			return depthError(opens[len(opens)-1])
		}
	}
}

// lexErr converts a scanner error.
func lexErr(err error) error {
	if le, ok := err.(*lexError); ok {
		return &Error{Pos: pos(le.pos), Kind: ErrParse, Msg: le.msg}
	}
	return &Error{Pos: Position{Line: 1, Column: 1}, Kind: ErrParse, Msg: err.Error()}
}

// lastTokenEnd returns the byte offset just after the last token of src
// that is not white space or a comment (0 if there is none).
func lastTokenEnd(src string) int {
	lx := &scanner{src: src, line: 1, col: 1}
	end := 0
	for {
		t, err := lx.nextSignificant()
		if err != nil || t.EOF() {
			return end
		}
		end = t.Pos.Offset + len(t.Value)
	}
}

func depthError(t lexer.Token) error {
	return &Error{Pos: pos(t.Pos), Kind: ErrParse, Err: ErrLimit,
		Msg: fmt.Sprintf("condition nested too deeply at %q (the limit is %d levels of parentheses and \"not\")", t.Value, MaxDepth)}
}

// convertError turns participle's errors into ours: the single boundary
// between the two.
func convertError(src string, err error) error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return &Error{Pos: Position{Line: 1, Column: 1}, Kind: ErrParse, Msg: err.Error()}
	}
	p := pos(perr.Position())
	if !p.IsValid() {
		p = posAt(src, 0)
	}
	var ut *participle.UnexpectedTokenError
	if errors.As(err, &ut) {
		if ut.Unexpected.EOF() {
			// Point just after the last token, not at the end of any
			// trailing comment or blank lines.
			p = posAt(src, lastTokenEnd(src))
		}
		return &Error{Pos: p, Kind: ErrParse, Msg: unexpectedMessage(src, ut)}
	}
	return &Error{Pos: p, Kind: ErrParse, Msg: perr.Message()}
}

// unexpectedMessage words an unexpected-token error: the token quoted,
// and what the query needed at that point.
func unexpectedMessage(src string, ut *participle.UnexpectedTokenError) string {
	tok := fmt.Sprintf("token %q", ut.Unexpected.Value)
	if ut.Unexpected.EOF() {
		tok = "end of query"
	}
	exp := expectAt(src, ut.Unexpected.Pos.Offset)
	if exp == "" {
		exp = ut.Expect
	}
	if exp == "" {
		return "unexpected " + tok
	}
	msg := fmt.Sprintf("unexpected %s (expected %s)", tok, exp)
	if ut.Unexpected.Type == tokKeyword && (strings.HasPrefix(exp, "a name") || strings.HasPrefix(exp, "a value")) {
		orig := ut.Unexpected.Value
		if off := ut.Unexpected.Pos.Offset; off+len(orig) <= len(src) {
			orig = src[off : off+len(orig)]
		}
		msg += fmt.Sprintf("; %q is a keyword: quote it to use it as a name, as in %s", orig, Quote(orig))
	}
	return msg
}

// Descriptions of what may come next, used in syntax errors.
const (
	expStatement = "a statement (events, select, count, top, first, last, distinct, gaps, explain) or a condition"
	expCondition = "a condition, such as actor = RUS"
	expOperator  = "an operator: =, !=, <, <=, >, >=, in, not in, between, within, contains, member of"
	expValue     = "a value"
	expDate      = "a date: 2021, 2021-06, 2021-06-16, today, this year, last 30 days"
	expName      = "a name, such as RUS or \"Vladimir Putin\""
	expNumber    = "a number"
	expUnit      = "day, week, month or year"
	expColumn    = "a column: id, date, type, status, actors, places, confidence, reported, sources, text"
	expGroup     = "a key: year, month, week, day, type, status, actor, place, country"
	expRank      = "actors, places, countries or types"
	expOrderKey  = "an order key: date, reported, confidence, type, status, id (count or key for aggregates)"
	expClauses   = "where, order by, limit, offset or end of query"
)

// expectAt says what the query needed at byte offset off, from the tokens
// before it. participle's own expectations name grammar internals; this
// names the language.
func expectAt(src string, off int) string {
	lx := &scanner{src: src, line: 1, col: 1}
	var toks []lexer.Token
	for {
		t, err := lx.nextSignificant()
		if err != nil || t.EOF() || t.Pos.Offset >= off {
			break
		}
		toks = append(toks, t)
	}
	at := func(i int) lexer.Token { // i-th token back from the error, from 1
		if i > len(toks) {
			return lexer.Token{}
		}
		return toks[len(toks)-i]
	}
	kw := func(t lexer.Token) string {
		if t.Type == tokKeyword {
			return t.Value
		}
		return ""
	}
	isValue := func(t lexer.Token) bool {
		switch t.Type {
		case tokIdent, tokString, tokNumber, tokDate, tokParam:
			return true
		}
		return kw(t) == "today" || kw(t) == "yesterday"
	}
	// openParens returns the token before the innermost unclosed "(".
	openParens := func() (lexer.Token, bool) {
		depth := 0
		for i := len(toks) - 1; i >= 0; i-- {
			switch toks[i].Value {
			case ")":
				depth++
			case "(":
				if depth == 0 {
					if i > 0 {
						return toks[i-1], true
					}
					return lexer.Token{}, true
				}
				depth--
			}
		}
		return lexer.Token{}, false
	}
	// fieldOf returns the field name of the condition whose operator is
	// the i-th token back.
	fieldOf := func(i int) string {
		if kw(at(i)) == "in" && kw(at(i+1)) == "not" {
			i++
		}
		if kw(at(i)) == "of" {
			i++
		}
		return strings.ToLower(at(i + 1).Value)
	}
	valueFor := func(field string) string {
		switch LookupField(field) {
		case FieldDate:
			return expDate
		case FieldActor, FieldPlace:
			return expName
		case FieldConfidence:
			return expNumber
		case FieldType:
			return "an event type: summit, meeting, visit, call, agreement"
		case FieldStatus:
			return "a status: occurred or planned"
		case FieldText:
			return "a search text in quotes"
		}
		return expValue
	}
	afterCond := func() string {
		if before, open := openParens(); open && kw(before) != "in" {
			return "and, or or \")\""
		}
		return "and, or, order by, limit, offset or end of query"
	}
	p := at(1)
	if len(toks) == 0 {
		return expStatement
	}
	switch p.Value {
	case "=", "!=", "<", "<=", ">", ">=", "~":
		return valueFor(fieldOf(1))
	case "(":
		switch kw(at(2)) {
		case "in":
			return valueFor(fieldOf(2))
		case "events":
			return expColumn
		}
		return expCondition
	case ")":
		return afterCond()
	case ",":
		before, _ := openParens()
		if kw(before) == "events" {
			return expColumn
		}
		if kw(before) == "in" {
			// find the operator: the token before the "("
			for i := len(toks) - 1; i >= 0; i-- {
				if toks[i].Value == "(" {
					return valueFor(fieldOf(len(toks) - i + 1))
				}
			}
		}
		return expColumn // select a, b, ...
	}
	switch kw(p) {
	case "explain":
		return expStatement
	case "where", "or", "not":
		if kw(p) == "not" && at(2).Type == tokIdent && (len(toks) == 2 || kw(at(3)) != "") {
			return "\"in\""
		}
		return expCondition
	case "and":
		if kw(at(3)) == "between" {
			if kw(at(4)) == "gaps" {
				return expName
			}
			return valueFor(strings.ToLower(at(4).Value))
		}
		return expCondition
	case "in", "within", "contains", "of", "between":
		if kw(p) == "between" && kw(at(2)) == "gaps" {
			return expName
		}
		return valueFor(fieldOf(1))
	case "with":
		return expName
	case "member":
		return "\"of\""
	case "gaps":
		return "\"between\""
	case "order":
		return "\"by\""
	case "by":
		if kw(at(2)) == "order" {
			return expOrderKey
		}
		if kw(at(2)) == "count" {
			return expGroup
		}
		return "actor, place, country or type"
	case "top":
		return "a number or " + expRank
	case "distinct":
		return expRank + " or statuses"
	case "limit", "offset":
		return expNumber
	case "this":
		return expUnit
	case "last":
		if len(toks) == 1 || kw(at(2)) == "explain" {
			return "by, " + expClauses
		}
		return "a number or " + expUnit
	case "first":
		return "by, " + expClauses
	case "events":
		return "a column list in parentheses, " + expClauses
	case "select":
		return expColumn
	case "count":
		return "by, " + expClauses
	case "asc", "desc":
		return "limit, offset or end of query"
	}
	if isValue(p) {
		k2 := kw(at(2))
		switch {
		case k2 == "between":
			return "\"and\""
		case k2 == "last" && p.Type == tokNumber:
			return expUnit
		case k2 == "top":
			return expRank
		case k2 == "by" && kw(at(3)) == "order":
			return "asc, desc, limit, offset or end of query"
		case k2 == "by" || k2 == "distinct" || (k2 == "" && at(2).Type == tokNumber && kw(at(3)) == "top"):
			return expClauses
		case k2 == "limit":
			return "offset or end of query"
		case k2 == "offset":
			return "end of query"
		case k2 == "select" || (at(2).Value == "," && kw(at(3)) == ""):
			if before, open := openParens(); open && kw(before) == "events" {
				return "\",\" or \")\""
			}
			if before, open := openParens(); open && kw(before) == "in" {
				return "\",\" or \")\""
			}
			if at(2).Value == "," || k2 == "select" {
				return "\",\" or " + expClauses
			}
		case k2 == "where" || k2 == "and" || k2 == "or" || k2 == "not" || at(2).Value == "(" && kw(at(3)) != "in" && kw(at(3)) != "events":
			if p.Type == tokIdent {
				return expOperator
			}
			return expCondition
		case k2 == "" && len(toks) == 1:
			if p.Type == tokIdent {
				return expOperator
			}
			return expStatement
		}
		if before, open := openParens(); open && (kw(before) == "in" || kw(before) == "events") {
			return "\",\" or \")\""
		}
		return afterCond()
	}
	return ""
}
