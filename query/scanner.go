package query

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// The lexer is hand-written rather than built from regular expressions:
// it runs in time linear in the input (a regexp lexer re-scans the rest of
// the input for each token), it words its own errors, and it gives
// reserved words their own token type so the grammar can tell a keyword
// from a name.

// Token types, in participle's convention (EOF is -1).
const (
	tokEOF     lexer.TokenType = lexer.EOF
	tokParam   lexer.TokenType = -(iota + 1) // $name
	tokDate                                  // 2021-06, 2021-06-16
	tokNumber                                // 30, 0.8, 2021
	tokString                                // "…" or '…', quotes included
	tokIdent                                 // a word that is not reserved
	tokKeyword                               // a reserved word, lower-cased
	tokOp                                    // = != < <= > >= ~
	tokPunct                                 // ( ) ,
	tokSpace                                 // white space (elided by the parser)
	tokComment                               // -- to the end of the line (elided)
)

var tokenSymbols = map[string]lexer.TokenType{
	"EOF": tokEOF, "Param": tokParam, "Date": tokDate, "Number": tokNumber,
	"String": tokString, "Ident": tokIdent, "Keyword": tokKeyword, "Op": tokOp, "Punct": tokPunct,
	"Whitespace": tokSpace, "Comment": tokComment,
}

// tlLexer is the lexer definition the parser uses.
var tlLexer lexerDef

type lexerDef struct{}

// Symbols implements lexer.Definition.
func (lexerDef) Symbols() map[string]lexer.TokenType { return tokenSymbols }

// Lex implements lexer.Definition.
func (d lexerDef) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexString implements lexer.StringDefinition.
func (lexerDef) LexString(_ string, src string) (lexer.Lexer, error) {
	return &scanner{src: src, line: 1, col: 1}, nil
}

// scanner produces the tokens of a query, white space and comments
// included (the parser elides them; emitting them keeps participle's end
// positions at the end of a node's last token).
type scanner struct {
	src       string
	off       int
	line, col int
}

func (s *scanner) pos() lexer.Position {
	return lexer.Position{Offset: s.off, Line: s.line, Column: s.col}
}

// peek returns the rune at byte offset off (and its size), or -1 at the
// end.
func (s *scanner) peekAt(off int) (rune, int) {
	if off >= len(s.src) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(s.src[off:])
}

func (s *scanner) advance() rune {
	r, n := s.peekAt(s.off)
	s.off += n
	if r == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	return r
}

// lexError is a lexical error at a position.
type lexError struct {
	pos lexer.Position
	msg string
}

// Error returns "line:col: msg".
func (e *lexError) Error() string { return fmt.Sprintf("%d:%d: %s", e.pos.Line, e.pos.Column, e.msg) }

// Next implements lexer.Lexer.
func (s *scanner) Next() (lexer.Token, error) {
	start := s.pos()
	r, _ := s.peekAt(s.off)
	tok := func(t lexer.TokenType) lexer.Token {
		return lexer.Token{Type: t, Value: s.src[start.Offset:s.off], Pos: start}
	}
	switch {
	case isSpace(r):
		for r, _ := s.peekAt(s.off); isSpace(r); r, _ = s.peekAt(s.off) {
			s.advance()
		}
		return tok(tokSpace), nil
	case r == '-' && strings.HasPrefix(s.src[s.off:], "--"):
		for r, _ := s.peekAt(s.off); r >= 0 && r != '\n'; r, _ = s.peekAt(s.off) {
			s.advance()
		}
		return tok(tokComment), nil
	case r < 0:
		return lexer.Token{Type: tokEOF, Pos: start}, nil
	case r == '$':
		s.advance()
		if c, _ := s.peekAt(s.off); !isIdentStart(c) {
			return lexer.Token{}, &lexError{start, `expected a parameter name after "$"`}
		}
		s.ident()
		return tok(tokParam), nil
	case isDigit(r):
		return tok(s.number()), nil
	case r == '"' || r == '\'':
		s.advance()
		for {
			c := s.advance()
			switch c {
			case -1:
				return lexer.Token{}, &lexError{start, "unterminated string: expected a closing " + string(r)}
			case '\\':
				if s.advance() == -1 {
					return lexer.Token{}, &lexError{start, "unterminated string: expected a closing " + string(r)}
				}
			case r:
				return tok(tokString), nil
			}
		}
	case isIdentStart(r):
		s.ident()
		t := tok(tokIdent)
		if l := strings.ToLower(t.Value); keywordSet[l] {
			t.Type, t.Value = tokKeyword, l
		}
		return t, nil
	case r == '(' || r == ')' || r == ',':
		s.advance()
		return tok(tokPunct), nil
	case r == '=' || r == '~':
		s.advance()
		return tok(tokOp), nil
	case r == '<' || r == '>' || r == '!':
		s.advance()
		if c, _ := s.peekAt(s.off); c == '=' {
			s.advance()
		} else if r == '!' {
			return lexer.Token{}, &lexError{start, `unexpected character '!' (expected "!=")`}
		}
		return tok(tokOp), nil
	}
	return lexer.Token{}, &lexError{start, fmt.Sprintf("unexpected character %q", r)}
}

// nextSignificant returns the next token that is not white space or a
// comment.
func (s *scanner) nextSignificant() (lexer.Token, error) {
	for {
		t, err := s.Next()
		if err != nil || (t.Type != tokSpace && t.Type != tokComment) {
			return t, err
		}
	}
}

// ident scans the rest of a word: letters, marks, digits, "_", joiners,
// and "-" between such characters.
func (s *scanner) ident() {
	for {
		r, n := s.peekAt(s.off)
		switch {
		case isIdentPart(r):
			s.advance()
		case r == '-':
			if c, _ := s.peekAt(s.off + n); isIdentPart(c) {
				s.advance()
				continue
			}
			return
		default:
			return
		}
	}
}

// number scans a number or a date: digits, then either "-MM[-DD]" after
// four digits (a date) or ".digits" (a fraction).
func (s *scanner) number() lexer.TokenType {
	n := s.digits(-1)
	r, size := s.peekAt(s.off)
	if n == 4 && r == '-' {
		if c, _ := s.peekAt(s.off + size); isDigit(c) {
			s.advance()
			s.digits(2)
			if r, size := s.peekAt(s.off); r == '-' {
				if c, _ := s.peekAt(s.off + size); isDigit(c) {
					s.advance()
					s.digits(2)
				}
			}
			return tokDate
		}
	}
	if r == '.' {
		if c, _ := s.peekAt(s.off + size); isDigit(c) {
			s.advance()
			s.digits(-1)
		}
	}
	return tokNumber
}

// digits scans up to max digits (no limit if max < 0) and returns how many.
func (s *scanner) digits(max int) int {
	n := 0
	for max < 0 || n < max {
		r, _ := s.peekAt(s.off)
		if !isDigit(r) {
			break
		}
		s.advance()
		n++
	}
	return n
}

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

func isIdentStart(r rune) bool { return r == '_' || unicode.IsLetter(r) }

func isIdentPart(r rune) bool {
	return r == '_' || r == 0x200C || r == 0x200D || unicode.IsLetter(r) || unicode.IsDigit(r) ||
		unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.IsNumber(r)
}

// isSpace reports white space, including Unicode spaces and the invisible
// direction marks editors put around right-to-left text.
func isSpace(r rune) bool {
	switch r {
	case 0x200E, 0x200F, 0x061C, 0xFEFF:
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Z, r) || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// isWord reports whether s lexes as exactly one identifier or keyword.
func isWord(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !isIdentStart(r) {
		return false
	}
	sc := &scanner{src: s, line: 1, col: 1}
	sc.ident()
	return sc.off == len(s)
}
