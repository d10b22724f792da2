package query

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Every error Parse and Check return is an *Error or an
// ErrorList whose errors match one of ErrParse and ErrCheck with errors.Is;
// the more specific sentinels are matched as well where they apply.
var (
	// ErrParse is returned when the query is not syntactically valid:
	// an unexpected token, an unterminated string, a query too long or
	// nested too deeply.
	ErrParse = errors.New("syntax error")

	// ErrCheck is returned when a syntactically valid query does not make
	// sense: an unknown field, name, type or key, an operator a field does
	// not support, a bad date, an unbound parameter.
	ErrCheck = errors.New("invalid query")

	// ErrUnknownName is returned (with ErrCheck) when an actor or place
	// name resolves to no entity.
	ErrUnknownName = errors.New("unknown name")

	// ErrUnboundParam is returned (with ErrCheck) when a query uses a
	// parameter that CheckOptions.Params does not bind.
	ErrUnboundParam = errors.New("unbound parameter")

	// ErrLimit is returned (with ErrParse) when a query exceeds MaxLength
	// or MaxDepth.
	ErrLimit = errors.New("query too large")
)

// Error is one positioned error in a query. It renders as "line:col: msg".
type Error struct {
	// Pos is where the offending token starts.
	Pos Position
	// Msg says what is wrong and, for syntax errors, what was expected.
	// It quotes the offending token.
	Msg string
	// Kind is ErrParse or ErrCheck; nil is taken as ErrParse.
	Kind error
	// Err is the underlying cause, if any: ErrUnknownName, ErrLimit, or a
	// resolver's error.
	Err error
}

// Error returns "line:col: msg".
func (e *Error) Error() string {
	if !e.Pos.IsValid() {
		return e.Msg
	}
	return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
}

// Unwrap returns the error's kind (ErrParse or ErrCheck) and its cause, so
// that errors.Is matches either.
func (e *Error) Unwrap() []error {
	kind := e.Kind
	if kind == nil {
		kind = ErrParse
	}
	if e.Err != nil {
		return []error{kind, e.Err}
	}
	return []error{kind}
}

// ErrorList is a list of query errors, as Check returns when it finds
// several problems. The zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Position, kind error, msg string) {
	*l = append(*l, &Error{Pos: pos, Msg: msg, Kind: kind})
}

// Len, Swap and Less implement sort.Interface, ordering by position.

// Len returns the number of errors.
func (l ErrorList) Len() int { return len(l) }

// Swap swaps errors i and j.
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

// Less orders errors by line, column, then message.
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	return l[i].Msg < l[j].Msg
}

// Sort sorts the list by position.
func (l ErrorList) Sort() { sort.Stable(l) }

// RemoveMultiples sorts the list and keeps only the first error on each
// line.
func (l *ErrorList) RemoveMultiples() {
	l.Sort()
	var last Position
	i := 0
	for _, e := range *l {
		if i == 0 || e.Pos.Line != last.Line {
			last = e.Pos
			(*l)[i] = e
			i++
		}
	}
	*l = (*l)[:i]
}

// Error returns the first error, and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil for an empty list, the only error for a list of one, and
// the list otherwise.
func (l ErrorList) Err() error {
	switch len(l) {
	case 0:
		return nil
	case 1:
		return l[0]
	}
	return l
}

// Unwrap returns the errors of the list, so that errors.Is and errors.As
// look into each.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// maxFormatted is the most errors FormatError renders.
const maxFormatted = 10

// FormatError renders err for a terminal: for each positioned query error,
// "line:col: msg", then the source line prefixed by " | " and a caret under
// the offending column (counted in runes). Errors that are not query errors
// render as err.Error().
func FormatError(src string, err error) string {
	if err == nil {
		return ""
	}
	var list ErrorList
	var l ErrorList
	var e *Error
	switch {
	case errors.As(err, &l):
		list = l
	case errors.As(err, &e):
		list = ErrorList{e}
	default:
		return err.Error()
	}
	lines := strings.Split(src, "\n")
	var b strings.Builder
	for i, e := range list {
		if i == maxFormatted {
			fmt.Fprintf(&b, "(and %d more errors)\n", len(list)-i)
			break
		}
		b.WriteString(e.Error())
		b.WriteByte('\n')
		if !e.Pos.IsValid() || e.Pos.Line > len(lines) {
			continue
		}
		line, col := snippet(strings.TrimRight(lines[e.Pos.Line-1], "\r"), e.Pos.Column)
		b.WriteString(" | ")
		b.WriteString(line)
		b.WriteByte('\n')
		b.WriteString(" | ")
		b.WriteString(caretPad(line, col))
		b.WriteString("^\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// snippetRadius is how many runes of a long source line FormatError shows
// on each side of the error column.
const snippetRadius = 60

// snippet cuts a long line down to the runes around column col, marking the
// cuts with "…", and returns the caret's column in the cut line. A 1 MB
// query on one line thus gives a two-line error, not a megabyte.
func snippet(line string, col int) (string, int) {
	rs := []rune(line)
	if len(rs) <= 2*snippetRadius+1 {
		return line, col
	}
	start := max(0, col-1-snippetRadius)
	end := min(len(rs), col-1+snippetRadius)
	if end < start {
		end = start
	}
	out := string(rs[start:end])
	col -= start
	if start > 0 {
		out = "…" + out
		col++
	}
	if end < len(rs) {
		out += "…"
	}
	return out, col
}

// caretPad returns the padding that puts a caret under rune column col of
// line: a space per rune, a tab for a tab.
func caretPad(line string, col int) string {
	var b strings.Builder
	n := 1
	for _, r := range line {
		if n >= col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		n++
	}
	for ; n < col; n++ {
		b.WriteByte(' ')
	}
	return b.String()
}

// posAt returns the Position of byte offset off in src.
func posAt(src string, off int) Position {
	if off > len(src) {
		off = len(src)
	}
	line := 1 + strings.Count(src[:off], "\n")
	start := strings.LastIndexByte(src[:off], '\n') + 1
	return Position{Offset: off, Line: line, Column: 1 + utf8.RuneCountInString(src[start:off])}
}
