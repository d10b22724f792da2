package page

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/timeline"
)

// DefaultMaxSize is the size limit of one input when Options.MaxSize is
// zero: 64 MiB.
const DefaultMaxSize = 64 << 20

// Format is an input format.
type Format uint8

// The input formats.
const (
	// FormatAuto picks the format from the file name's extension, else
	// from the content.
	FormatAuto Format = iota
	// FormatText is plain text: the whole input is one article.
	FormatText
	// FormatHTML is an HTML page: one article of its readable text.
	FormatHTML
	// FormatJSONL is one JSON object a line, one article each.
	FormatJSONL
)

var formatNames = [...]string{"auto", "text", "html", "jsonl"}

// String returns "auto", "text", "html" or "jsonl".
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("format(%d)", int(f))
}

// Options configure ReadWith. The zero value is ready to use.
type Options struct {
	// MaxSize is the largest input accepted, in bytes; zero means
	// DefaultMaxSize.
	MaxSize int64
	// Published is the publication day given to articles whose input
	// does not carry one (plain text, HTML, JSONL lines without
	// "published"); zero leaves it unknown.
	Published timeline.Day
	// Format forces a format; FormatAuto detects it.
	Format Format
}

// Read reads the articles of one input with default options. name is the
// file name (its base name becomes the article id; "-" or "" reads as
// "stdin"). See ReadWith.
func Read(name string, r io.Reader) ([]timeline.Article, error) {
	return ReadWith(name, r, Options{})
}

// ReadWith reads the articles of one input: plain text and HTML give one
// article, JSONL one article a line. The input is decoded (UTF-8 with or
// without BOM, UTF-16 with BOM, Windows-1256); errors wrap ErrTooLarge,
// ErrBinary, ErrInvalidUTF8, ErrEmpty or ErrBadJSONL.
func ReadWith(name string, r io.Reader, o Options) ([]timeline.Article, error) {
	limit := o.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", displayName(name), err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("read %s: %w (limit %d bytes)", displayName(name), ErrTooLarge, limit)
	}
	return ReadBytes(name, data, o)
}

// ReadBytes is ReadWith over a byte slice already in memory.
func ReadBytes(name string, data []byte, o Options) ([]timeline.Article, error) {
	limit := o.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("read %s: %w (limit %d bytes)", displayName(name), ErrTooLarge, limit)
	}
	text, _, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", displayName(name), err)
	}
	// Invisible format characters (bidi marks, zero-width joiners, the
	// soft hyphen) carry no meaning for extraction but split words and
	// date expressions; they go before anything reads the text, so the
	// stored article text and every source offset agree.
	text = dropFormat(text)
	id := displayName(name)
	f := o.Format
	if f == FormatAuto {
		f = Detect(name, text)
	}
	switch f {
	case FormatHTML:
		title, body := HTMLText(text)
		if strings.TrimSpace(body) == "" {
			return nil, fmt.Errorf("read %s: %w: no text in the HTML", id, ErrEmpty)
		}
		return []timeline.Article{{ID: id, Published: o.Published, Title: title, Text: body}}, nil
	case FormatJSONL:
		arts, err := readJSONL(id, text, o.Published)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", id, err)
		}
		return arts, nil
	}
	return []timeline.Article{{ID: id, Published: o.Published, Text: text}}, nil
}

// dropFormat removes the characters arabic.IsFormat names.
func dropFormat(s string) string {
	if strings.IndexFunc(s, arabic.IsFormat) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if arabic.IsFormat(r) {
			return -1
		}
		return r
	}, s)
}

func displayName(name string) string {
	if name == "" || name == "-" {
		return "stdin"
	}
	return filepath.Base(name)
}

// Detect picks the format of an input from its name's extension, else from
// its first non-blank character: "<" with an HTML tag → HTML, "{" on a line
// that parses as a JSON object → JSONL, otherwise text.
func Detect(name, text string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".txt", ".text":
		return FormatText
	}
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	switch {
	case strings.HasPrefix(t, "<"):
		head := strings.ToLower(t[:min(len(t), 4096)])
		for _, tag := range []string{"<html", "<!doctype html", "<body", "<p", "<div", "<article", "<h1", "<head"} {
			if strings.Contains(head, tag) {
				return FormatHTML
			}
		}
	case strings.HasPrefix(t, "{"):
		first, _, _ := strings.Cut(t, "\n")
		var m map[string]any
		if json.Unmarshal([]byte(first), &m) == nil {
			return FormatJSONL
		}
	}
	return FormatText
}

// jsonArticle is one JSONL line.
type jsonArticle struct {
	ID        string `json:"id"`
	Doc       string `json:"doc"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Body      string `json:"body"`
	Published string `json:"published"`
}

func readJSONL(id, text string, pub timeline.Day) ([]timeline.Article, error) {
	var out []timeline.Article
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), len(text)+1)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var ja jsonArticle
		if err := json.Unmarshal(line, &ja); err != nil {
			return nil, &LineError{Line: n, Err: fmt.Errorf("%w: %v", ErrBadJSONL, err)}
		}
		body := ja.Text
		if body == "" {
			body = ja.Body
		}
		if strings.TrimSpace(body) == "" {
			return nil, &LineError{Line: n, Err: fmt.Errorf("%w: no \"text\" or \"body\"", ErrBadJSONL)}
		}
		a := timeline.Article{ID: ja.ID, Title: ja.Title, Text: body, Published: pub}
		if a.ID == "" {
			a.ID = ja.Doc
		}
		if a.ID == "" {
			a.ID = fmt.Sprintf("%s#%d", id, n)
		}
		if ja.Published != "" {
			d, err := parsePublished(ja.Published)
			if err != nil {
				return nil, &LineError{Line: n, Err: fmt.Errorf("%w: %v", ErrBadJSONL, err)}
			}
			a.Published = d
		}
		if a.Title != "" && !strings.HasPrefix(strings.TrimSpace(a.Text), strings.TrimSpace(a.Title)) {
			// The headline is part of what the extractor reads; put it
			// first so that offsets stay inside Text.
			a.Text = a.Title + "\n\n" + a.Text
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, ErrEmpty
	}
	return out, nil
}

// parsePublished reads "YYYY-MM-DD" or an RFC 3339 time.
func parsePublished(s string) (timeline.Day, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return timeline.DayFromTime(t), nil
		}
	}
	d, err := timeline.ParseDate(s)
	if err != nil {
		return 0, err
	}
	if d.Precision != timeline.PrecisionDay {
		return 0, fmt.Errorf("published %q is not a day", s)
	}
	return d.Start, nil
}
