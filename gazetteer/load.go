package gazetteer

import (
	"bufio"
	"encoding/json"

	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tl-project/tl/timeline"
)

func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}

// maxLine is the longest JSONL line Load accepts.
const maxLine = 1 << 20

// Load reads entities as JSON Lines, one timeline.Entity object a line, and
// adds each with Add: a line whose id already exists merges its names and
// aliases into that entity, so a file of {"id": "RUS", "kind": "country",
// "aliases": ["روسيا الاتحادية"]} lines adds spellings. Blank lines and
// lines starting with # or // are skipped. On a bad line it stops and
// returns an error naming the line; the lines before it stay added.
func (g *Gazetteer) Load(r io.Reader) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.dropAmbiguousDerived()
	return g.loadJSONL(r, "")
}

func (g *Gazetteer) loadJSONL(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	where := func() string {
		if name == "" {
			return fmt.Sprintf("line %d", line)
		}
		return fmt.Sprintf("%s:%d", name, line)
	}
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" || strings.HasPrefix(b, "#") || strings.HasPrefix(b, "//") {
			continue
		}
		var e timeline.Entity
		dec := json.NewDecoder(strings.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return fmt.Errorf("%s: %w: %v", where(), ErrBadEntity, err)
		}
		if err := g.add(e); err != nil {
			return fmt.Errorf("%s: %w", where(), err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: read: %w", where(), err)
	}
	return nil
}

// LoadFile is Load on the named file.
func (g *Gazetteer) LoadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("load entities: %w", err)
	}
	defer f.Close()
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.dropAmbiguousDerived()
	if err := g.loadJSONL(f, path); err != nil {
		return fmt.Errorf("load entities: %w", err)
	}
	return nil
}
