package report

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// Display is how a query block's result is shown.
type Display string

// The displays a ```tl block can ask for.
const (
	DisplayTable    Display = "table"
	DisplayTimeline Display = "timeline"
)

// Block is one part of a report body: Markdown text, or a query.
type Block struct {
	// Text is Markdown, copied through; empty for a query block.
	Text string
	// Query is the query source of a ```tl block.
	Query string
	// Display is how to show the query's result.
	Display Display
	// Line is the 1-based line of the block in the file, for errors.
	Line int
}

// Report is a parsed report file.
type Report struct {
	// Title is the front matter's title ("" if none).
	Title string
	// Params are the default parameter values, by name without "$".
	Params map[string]string
	// Blocks is the body in order.
	Blocks []Block
}

// Exec runs one query with the given parameters and writes its result to w
// as Markdown: a table for DisplayTable, a list of dated lines for
// DisplayTimeline.
type Exec func(ctx context.Context, query string, params map[string]string, display Display, w io.Writer) error

// Parse reads a report file.
func Parse(r io.Reader) (*Report, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	var lines []string
	for sc.Scan() {
		lines = append(lines, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read report: %w", err)
	}
	rep := &Report{Params: map[string]string{}}
	i := 0
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		end := -1
		for j := 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "---" {
				end = j
				break
			}
		}
		if end < 0 {
			return nil, fmt.Errorf("%w: line 1: front matter is not closed by ---", ErrSyntax)
		}
		if err := rep.parseFrontMatter(lines[1:end], 2); err != nil {
			return nil, err
		}
		i = end + 1
	}
	var text []string
	textStart := i + 1
	flush := func() {
		for len(text) > 0 && strings.TrimSpace(text[0]) == "" {
			text = text[1:]
			textStart++
		}
		t := strings.Trim(strings.Join(text, "\n"), "\n")
		if t != "" {
			rep.Blocks = append(rep.Blocks, Block{Text: t, Line: textStart})
		}
		text = nil
	}
	for ; i < len(lines); i++ {
		l := lines[i]
		trim := strings.TrimSpace(l)
		if strings.HasPrefix(trim, "```tl") && (len(trim) == 5 || trim[5] == ' ') {
			flush()
			display := Display(strings.TrimSpace(trim[5:]))
			if display == "" {
				display = DisplayTable
			}
			if display != DisplayTable && display != DisplayTimeline {
				return nil, fmt.Errorf("%w: line %d: unknown display %q (want table or timeline)", ErrSyntax, i+1, display)
			}
			start := i + 1
			var q []string
			closed := false
			for i++; i < len(lines); i++ {
				if strings.TrimSpace(lines[i]) == "```" {
					closed = true
					break
				}
				q = append(q, lines[i])
			}
			if !closed {
				return nil, fmt.Errorf("%w: line %d: ```tl block is not closed", ErrSyntax, start)
			}
			rep.Blocks = append(rep.Blocks, Block{Query: strings.TrimSpace(strings.Join(q, "\n")), Display: display, Line: start})
			textStart = i + 2
			continue
		}
		text = append(text, l)
	}
	flush()
	return rep, nil
}

func (rep *Report) parseFrontMatter(lines []string, first int) error {
	inParams := false
	for k, l := range lines {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		indented := strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")
		key, val, ok := strings.Cut(strings.TrimSpace(l), ":")
		if !ok {
			return fmt.Errorf("%w: line %d: want \"key: value\"", ErrSyntax, first+k)
		}
		key, val = strings.TrimSpace(key), unquote(strings.TrimSpace(val))
		switch {
		case indented && inParams:
			rep.Params[strings.TrimPrefix(key, "$")] = val
		case key == "title":
			rep.Title, inParams = val, false
		case key == "params":
			inParams = true
		default:
			return fmt.Errorf("%w: line %d: unknown front matter key %q (want title or params)", ErrSyntax, first+k, key)
		}
	}
	return nil
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

var paramRE = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// Bind merges overrides into the report's defaults and checks that every
// $param a query uses has a value.
func (rep *Report) Bind(overrides map[string]string) (map[string]string, error) {
	params := make(map[string]string, len(rep.Params)+len(overrides))
	for k, v := range rep.Params {
		params[k] = v
	}
	for k, v := range overrides {
		params[strings.TrimPrefix(k, "$")] = v
	}
	var missing []string
	for _, b := range rep.Blocks {
		for _, m := range paramRE.FindAllStringSubmatch(b.Query, -1) {
			if _, ok := params[m[1]]; !ok {
				missing = append(missing, fmt.Sprintf("$%s (line %d)", m[1], b.Line))
			}
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("%w: %s; give it with --param NAME=VALUE", ErrParam, strings.Join(missing, ", "))
	}
	return params, nil
}

// Render runs the report's queries and writes it as Markdown.
func (rep *Report) Render(ctx context.Context, exec Exec, overrides map[string]string, w io.Writer) error {
	params, err := rep.Bind(overrides)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if rep.Title != "" {
		fmt.Fprintf(&buf, "# %s\n\n", expand(rep.Title, params))
	}
	if len(params) > 0 {
		keys := make([]string, 0, len(params))
		for k := range params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s = %s", k, params[k]))
		}
		fmt.Fprintf(&buf, "_Parameters: %s_\n\n", strings.Join(parts, ", "))
	}
	for _, b := range rep.Blocks {
		if b.Query == "" {
			buf.WriteString(expand(b.Text, params))
			buf.WriteString("\n\n")
			continue
		}
		if err := exec(ctx, b.Query, params, b.Display, &buf); err != nil {
			return fmt.Errorf("report line %d: %w", b.Line, err)
		}
		buf.WriteString("\n")
	}
	_, err = w.Write(bytes.TrimRight(buf.Bytes(), "\n"))
	if err == nil {
		_, err = io.WriteString(w, "\n")
	}
	return err
}

// expand replaces $name in prose and titles with the parameter's value, so
// a heading can say "Meetings of $actor".
func expand(s string, params map[string]string) string {
	return paramRE.ReplaceAllStringFunc(s, func(m string) string {
		if v, ok := params[m[1:]]; ok {
			return v
		}
		return m
	})
}

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left;unicode-bidi:plaintext}
th{background:#f3f3f3}code{background:#f6f6f6;padding:0 .2rem}li{unicode-bidi:plaintext}
</style></head>
<body>
{{.Body}}
</body></html>
`))

// RenderHTML runs the report and writes a self-contained HTML page: the
// Markdown of Render converted with goldmark (tables extension). Raw HTML in
// the report or in article text is escaped, never passed through.
func (rep *Report) RenderHTML(ctx context.Context, exec Exec, overrides map[string]string, w io.Writer) error {
	var md bytes.Buffer
	if err := rep.Render(ctx, exec, overrides, &md); err != nil {
		return err
	}
	var body bytes.Buffer
	conv := goldmark.New(goldmark.WithExtensions(extension.Table))
	if err := conv.Convert(md.Bytes(), &body); err != nil {
		return fmt.Errorf("convert report to html: %w", err)
	}
	title := rep.Title
	if title == "" {
		title = "tl report"
	}
	return pageTmpl.Execute(w, struct {
		Title string
		Body  template.HTML
	}{title, template.HTML(body.String())}) // goldmark escapes raw HTML by default (no WithUnsafe)
}
