package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tl-project/tl/timeline"
)

// Errors returned by this package; test with errors.Is.
var (
	// ErrManifest is returned when a manifest line is not valid JSON, lacks
	// a doc name, or carries a bad date.
	ErrManifest = errors.New("bad manifest")
	// ErrNoInput is returned when the paths name no document at all.
	ErrNoInput = errors.New("no input documents")
	// ErrTooLarge is returned by Doc.Read when a document exceeds the size
	// limit.
	ErrTooLarge = errors.New("document too large")
)

// DefaultMaxSize is the largest document Read accepts unless told otherwise:
// 64 MiB, far above any news article, small enough to keep memory bounded.
const DefaultMaxSize = 64 << 20

// ManifestName is the file a folder may hold to date its documents.
const ManifestName = "manifest.jsonl"

// Manifest maps a document's base name to its publication day.
type Manifest map[string]timeline.Day

// ReadManifest reads JSONL lines {"doc": NAME, "published": "YYYY-MM-DD"}.
// Blank lines are skipped; other fields are ignored. Errors name the line.
func ReadManifest(r io.Reader) (Manifest, error) {
	m := Manifest{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var rec struct {
			Doc       string `json:"doc"`
			Published string `json:"published"`
		}
		if err := json.Unmarshal([]byte(text), &rec); err != nil {
			return nil, fmt.Errorf("%w: line %d: %v", ErrManifest, line, err)
		}
		if rec.Doc == "" {
			return nil, fmt.Errorf("%w: line %d: no \"doc\"", ErrManifest, line)
		}
		d, err := timeline.ParseDate(rec.Published)
		if err != nil || d.Precision != timeline.PrecisionDay {
			return nil, fmt.Errorf("%w: line %d: published %q is not a YYYY-MM-DD date", ErrManifest, line, rec.Published)
		}
		m[filepath.Base(rec.Doc)] = d.Start
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	return m, nil
}

// LoadManifest reads the manifest file at path.
func LoadManifest(path string) (Manifest, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ReadManifest(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Doc is one input document, not yet read.
type Doc struct {
	// Name is the document's id in sources: the file's base name, or
	// "stdin".
	Name string
	// Path is the file path; "-" for standard input.
	Path string
	// Size is the file size in bytes (0 for standard input).
	Size int64
	// Published is the publication day from the manifest or the default;
	// zero when unknown.
	Published timeline.Day
}

// Read returns the document's bytes, refusing more than max bytes (0 means
// DefaultMaxSize). stdin is read from in when Path is "-".
func (d Doc) Read(in io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxSize
	}
	var r io.Reader = in
	if d.Path != "-" {
		if d.Size > max {
			return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, d.Size, max)
		}
		f, err := os.Open(d.Path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return b, nil
}

// Options control Collect.
type Options struct {
	// Manifest dates documents by name; it wins over folder manifests.
	Manifest Manifest
	// Published is the day for documents no manifest dates.
	Published timeline.Day
	// Extensions are the file endings taken from folders (files named
	// explicitly are always taken). Nil means .txt, .html, .htm and
	// .jsonl.
	Extensions []string
}

var defaultExt = []string{".txt", ".html", ".htm", ".jsonl"}

// Collect expands paths into documents: a file is itself, a folder is every
// file below it with a known extension (sorted, hidden files and the
// manifest skipped), "-" is standard input. A folder's manifest.jsonl, if
// present, dates its files.
func Collect(paths []string, opts Options) ([]Doc, error) {
	exts := opts.Extensions
	if exts == nil {
		exts = defaultExt
	}
	var docs []Doc
	folderManifests := Manifest{}
	for _, p := range paths {
		if p == "-" {
			docs = append(docs, Doc{Name: "stdin", Path: "-"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			docs = append(docs, Doc{Name: filepath.Base(p), Path: p, Size: info.Size()})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				mp := filepath.Join(path, ManifestName)
				if _, err := os.Stat(mp); err == nil {
					m, err := LoadManifest(mp)
					if err != nil {
						return err
					}
					for k, v := range m {
						folderManifests[k] = v
					}
				}
				return nil
			}
			if name == ManifestName || !slices.Contains(exts, strings.ToLower(filepath.Ext(name))) {
				return nil
			}
			fi, err := d.Info()
			if err != nil {
				return err
			}
			docs = append(docs, Doc{Name: name, Path: path, Size: fi.Size()})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(docs) == 0 {
		return nil, ErrNoInput
	}
	for i := range docs {
		d := &docs[i]
		switch day, ok := opts.Manifest[d.Name]; {
		case ok:
			d.Published = day
		default:
			if day, ok := folderManifests[d.Name]; ok {
				d.Published = day
			} else {
				d.Published = opts.Published
			}
		}
	}
	return docs, nil
}
