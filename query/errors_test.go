package query_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tl-project/tl/query"
)

// markerRE matches an expected-error marker: -- ERROR [HERE] "regexp".
var markerRE = regexp.MustCompile(`--\s*ERROR(?:\s+(HERE))?\s+("(?:\\.|[^"\\])*")`)

type expectedError struct {
	pos Position
	rx  *regexp.Regexp
}

// Position is line:col, as in the errors.
type Position struct{ Line, Col int }

// expectedErrors finds the markers of one query. A marker's position is
// the start of the token before it, or with HERE just after that token
// (where "unexpected end of query" errors point).
func expectedErrors(t *testing.T, src string) []expectedError {
	var out []expectedError
	for _, m := range markerRE.FindAllStringSubmatchIndex(src, -1) {
		lit := src[m[4]:m[5]]
		rx, err := regexp.Compile(strings.ReplaceAll(lit[1:len(lit)-1], `\"`, `"`))
		if err != nil {
			t.Fatalf("bad marker %s: %v", src[m[0]:m[1]], err)
		}
		var off int
		mode := ""
		if m[2] >= 0 {
			mode = src[m[2]:m[3]]
		}
		switch mode {
		case "HERE":
			off = tokenEnd(src, m[0])
		default:
			off = tokenStart(src, tokenEnd(src, m[0]))
		}
		line := 1 + strings.Count(src[:off], "\n")
		col := 1 + utf8.RuneCountInString(src[strings.LastIndexByte(src[:off], '\n')+1:off])
		out = append(out, expectedError{Position{line, col}, rx})
	}
	return out
}

// tokenEnd returns the end of the last token before offset off.
func tokenEnd(src string, off int) int {
	return len(strings.TrimRight(src[:off], " \t\n"))
}

// tokenStart returns the start of the token ending at end.
func tokenStart(src string, end int) int {
	s := src[:end]
	switch last := s[len(s)-1]; {
	case last == '"' || last == '\'':
		return strings.LastIndexByte(s[:len(s)-1], last)
	case strings.IndexByte("(),", last) >= 0:
		return end - 1
	case strings.IndexByte("=<>!~", last) >= 0:
		return len(strings.TrimRight(s, "=<>!~"))
	}
	return strings.LastIndexAny(s, " \t\n(),=<>!~") + 1
}

// TestErrorFiles runs the queries of testdata/errors/*.tlq, each followed
// by markers of the errors it must produce (see the files' headers).
func TestErrorFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/errors/*.tlq")
	if err != nil || len(files) == 0 {
		t.Fatalf("no error files: %v", err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, src := range splitQueries(string(data)) {
			want := expectedErrors(t, src)
			if len(want) == 0 {
				continue // a comment paragraph
			}
			t.Run(filepath.Base(file)+"/"+strconv.Itoa(i), func(t *testing.T) {
				q, err := query.Parse(src)
				if err == nil {
					err = query.Check(q, checkOpts(nil))
				}
				var got query.ErrorList
				var list query.ErrorList
				var one *query.Error
				switch {
				case errors.As(err, &list):
					got = list
				case errors.As(err, &one):
					got = query.ErrorList{one}
				default:
					t.Fatalf("query\n%s\ngave %v, want errors", src, err)
				}
				for _, e := range got {
					p := Position{e.Pos.Line, e.Pos.Column}
					found := false
					for j, w := range want {
						if w.rx != nil && w.pos == p && w.rx.MatchString(e.Msg) {
							want[j].rx = nil
							found = true
							break
						}
					}
					if !found {
						t.Errorf("unexpected error %v in\n%s", e, src)
					}
				}
				for _, w := range want {
					if w.rx != nil {
						t.Errorf("missing error at %d:%d matching %q in\n%s", w.pos.Line, w.pos.Col, w.rx, src)
					}
				}
			})
		}
	}
}

// splitQueries splits a file into paragraphs separated by blank lines.
func splitQueries(s string) []string {
	var out []string
	for _, p := range regexp.MustCompile(`\n[ \t]*\n`).Split(s, -1) {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimLeft(p, "\n"))
		}
	}
	return out
}

func TestFormatError(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{
			"events where date = فى",
			"1:21: expected a date, found \"فى\"\n" +
				" | events where date = فى\n" +
				" |                     ^",
		},
		{
			"events\n\twhere actor = Putni",
			"2:16: unknown actor \"Putni\" (did you mean \"Putin\"?)\n" +
				" | \twhere actor = Putni\n" +
				" | \t              ^",
		},
		{
			"events where actor = بوتين and type = sumit",
			"1:39: unknown event type \"sumit\" (expected summit, meeting, visit, call or agreement) (did you mean \"summit\"?)\n" +
				" | events where actor = بوتين and type = sumit\n" +
				" |                                       ^",
		},
		{
			"count by colour where type = sumit",
			"1:10: unknown key \"colour\" after count by\n" +
				" | count by colour where type = sumit\n" +
				" |          ^\n" +
				"1:30: unknown event type \"sumit\" (expected summit, meeting, visit, call or agreement) (did you mean \"summit\"?)\n" +
				" | count by colour where type = sumit\n" +
				" |                              ^",
		},
	}
	for _, tt := range tests {
		q, err := query.Parse(tt.src)
		if err == nil {
			err = query.Check(q, checkOpts(nil))
		}
		if got := query.FormatError(tt.src, err); got != tt.want {
			t.Errorf("FormatError:\n%s\nwant:\n%s", got, tt.want)
		}
	}
	if got := query.FormatError("x", errors.New("plain")); got != "plain" {
		t.Errorf("plain error rendered as %q", got)
	}
	if got := query.FormatError("x", nil); got != "" {
		t.Errorf("nil error rendered as %q", got)
	}
}

func TestErrorList(t *testing.T) {
	var l query.ErrorList
	if l.Err() != nil || l.Error() != "no errors" {
		t.Fatal("empty list is not nil")
	}
	l.Add(query.Position{Line: 2, Column: 5}, query.ErrCheck, "b")
	l.Add(query.Position{Line: 1, Column: 9}, query.ErrCheck, "a")
	l.Add(query.Position{Line: 2, Column: 1}, query.ErrParse, "c")
	l.Add(query.Position{Line: 1, Column: 3}, query.ErrCheck, "d")
	l.Sort()
	var got []string
	for _, e := range l {
		got = append(got, e.Error())
	}
	if want := "1:3: d|1:9: a|2:1: c|2:5: b"; strings.Join(got, "|") != want {
		t.Errorf("sorted = %v", got)
	}
	if l.Error() != "1:3: d (and 3 more errors)" {
		t.Errorf("Error() = %q", l.Error())
	}
	if !errors.Is(l.Err(), query.ErrParse) || !errors.Is(l.Err(), query.ErrCheck) {
		t.Error("a mixed list matches both kinds")
	}
	l.RemoveMultiples()
	if len(l) != 2 || l[0].Msg != "d" || l[1].Msg != "c" {
		t.Errorf("RemoveMultiples kept %v", l)
	}
	one := query.ErrorList{l[0]}
	if _, ok := one.Err().(*query.Error); !ok {
		t.Error("a list of one should give the error itself")
	}
	// The zero Kind is a parse error.
	if !errors.Is(&query.Error{Msg: "x"}, query.ErrParse) {
		t.Error("zero Kind is not ErrParse")
	}
}

// A query error on a huge line shows the runes around the error, not the
// whole line, and the caret still lands under the offending token.
func TestFormatErrorLongLine(t *testing.T) {
	src := "events where actor = RUS and " + strings.Repeat("actor = USA and ", 20000) + "date between 2021 and"
	_, err := query.Parse(src)
	if err == nil {
		t.Fatal("want an error")
	}
	out := query.FormatError(src, err)
	if len(out) > 2000 {
		t.Fatalf("formatted error is %d bytes", len(out))
	}
	lines := strings.Split(out, "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "…") {
		t.Fatalf("want message, snippet with …, caret; got:\n%s", out)
	}
	caret := []rune(lines[2])
	srcLine := []rune(lines[1])
	i := len(caret) - 1
	if caret[i] != '^' || i >= len(srcLine) {
		t.Fatalf("caret out of the snippet:\n%s", out)
	}
}
