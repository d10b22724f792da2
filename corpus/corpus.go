package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
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

// Options control Scan and Collect.
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

// Input is the set of documents some paths name, found by Scan and
// enumerated by Walk without being held in memory: a folder of a million
// files costs Walk the sorted names of one folder at a time (about the
// name's length plus 9 bytes a file), not a Doc per file.
type Input struct {
	paths []string
	exts  []string
	opts  Options
	// folder is the union of the folders' manifests, later folders (in
	// walk order) winning.
	folder Manifest
	// Files is the number of documents Walk will visit, and Bytes their
	// total size (0 for standard input), both as of Scan.
	Files int
	Bytes int64
}

// Scan checks that every path exists, loads the manifests of the folders
// below them and counts the documents, reading each folder in bounded
// chunks. It returns ErrNoInput when the paths name no document.
func Scan(paths []string, opts Options) (*Input, error) {
	in := &Input{paths: paths, exts: opts.Extensions, opts: opts, folder: Manifest{}}
	if in.exts == nil {
		in.exts = defaultExt
	}
	for _, p := range paths {
		if p == "-" {
			in.Files++
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			in.Files++
			in.Bytes += info.Size()
			continue
		}
		if err := in.scanDir(p); err != nil {
			return nil, err
		}
	}
	if in.Files == 0 {
		return nil, ErrNoInput
	}
	return in, nil
}

// readChunk is how many directory entries one read asks for.
const readChunk = 1024

// scanDir loads dir's manifest, counts its documents and recurses into
// its subfolders in sorted order, as Walk visits them.
func (in *Input) scanDir(dir string) error {
	if err := in.loadFolderManifest(dir); err != nil {
		return err
	}
	var subdirs []string
	err := readDir(dir, func(e fs.DirEntry) error {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "."):
		case e.IsDir():
			subdirs = append(subdirs, name)
		case in.takes(name):
			fi, err := e.Info()
			if err != nil {
				return err
			}
			in.Files++
			in.Bytes += fi.Size()
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.Sort(subdirs)
	for _, sd := range subdirs {
		if err := in.scanDir(filepath.Join(dir, sd)); err != nil {
			return err
		}
	}
	return nil
}

// loadFolderManifest merges dir's manifest.jsonl, if any, into the folder
// manifests.
func (in *Input) loadFolderManifest(dir string) error {
	mp := filepath.Join(dir, ManifestName)
	if _, err := os.Stat(mp); err != nil {
		return nil
	}
	m, err := LoadManifest(mp)
	if err != nil {
		return err
	}
	maps.Copy(in.folder, m)
	return nil
}

// takes reports whether a file of a folder is a document.
func (in *Input) takes(name string) bool {
	return name != ManifestName && slices.Contains(in.exts, strings.ToLower(filepath.Ext(name)))
}

// readDir calls fn for every entry of dir, in the order the file system
// lists them, reading readChunk entries at a time.
func readDir(dir string, fn func(fs.DirEntry) error) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	for {
		es, err := f.ReadDir(readChunk)
		for _, e := range es {
			if err := fn(e); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// Walk calls fn for every document, in a stable order: the paths in the
// order given; a folder's files and subfolders in byte order of their
// names, depth first; hidden files and folders and the manifest skipped.
// It holds the sorted names of the folders on the current path, never a
// list of all documents. A file that went missing since it was listed is
// still visited, with Size 0, so that Doc.Read reports it; one that
// appeared since Scan is visited too (Files is then off by one). Walk
// stops at fn's first error, or a folder it cannot read, and returns it.
func (in *Input) Walk(fn func(Doc) error) error {
	for _, p := range in.paths {
		if p == "-" {
			if err := fn(in.date(Doc{Name: "stdin", Path: "-"})); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return err
		}
		if !info.IsDir() {
			if err := fn(in.date(Doc{Name: filepath.Base(p), Path: p, Size: info.Size()})); err != nil {
				return err
			}
			continue
		}
		if err := in.walkDir(p, fn); err != nil {
			return err
		}
	}
	return nil
}

// walkDir visits dir's documents in name order, recursing into its
// subfolders where their names fall.
func (in *Input) walkDir(dir string, fn func(Doc) error) error {
	// The folder is listed twice: once to size the name list, once to
	// fill it, so that it is allocated once at its exact size (growing it
	// by append would hold the old and the new buffers at once).
	var names nameList
	entries, size := 0, 0
	for pass := range 2 {
		if pass == 1 {
			names.grow(entries, size)
		}
		err := readDir(dir, func(e fs.DirEntry) error {
			name := e.Name()
			if strings.HasPrefix(name, ".") || (!e.IsDir() && !in.takes(name)) {
				return nil
			}
			if pass == 0 {
				entries++
				size += 1 + len(name)
			} else {
				names.add(name, e.IsDir())
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	names.sort()
	for i := range names.len() {
		name, isDir := names.at(i)
		path := filepath.Join(dir, name)
		if isDir {
			if err := in.walkDir(path, fn); err != nil {
				return err
			}
			continue
		}
		d := Doc{Name: name, Path: path}
		if fi, err := os.Lstat(path); err == nil {
			d.Size = fi.Size()
		}
		if err := fn(in.date(d)); err != nil {
			return err
		}
	}
	return nil
}

// date sets d's publication day: the option manifest's, else a folder
// manifest's, else the default.
func (in *Input) date(d Doc) Doc {
	if day, ok := in.opts.Manifest[d.Name]; ok {
		d.Published = day
	} else if day, ok := in.folder[d.Name]; ok {
		d.Published = day
	} else {
		d.Published = in.opts.Published
	}
	return d
}

// nameList is a folder's entry names packed in one buffer: each entry is
// a kind byte ('d' for a folder, 'f' for a file) and the name, and refs
// holds where each starts and ends. A million names of 12 bytes take 21
// MB, where a []fs.DirEntry of them and a Doc each took 88 MB.
type nameList struct {
	buf  []byte
	refs []nameRef
}

type nameRef struct{ start, end uint32 }

func (l *nameList) add(name string, isDir bool) {
	kind := byte('f')
	if isDir {
		kind = 'd'
	}
	start := len(l.buf)
	l.buf = append(l.buf, kind)
	l.buf = append(l.buf, name...)
	l.refs = append(l.refs, nameRef{uint32(start), uint32(len(l.buf))})
}

func (l *nameList) len() int { return len(l.refs) }

func (l *nameList) name(r nameRef) []byte { return l.buf[r.start+1 : r.end] }

// grow makes room for n more entries of the given total size (names plus
// one kind byte each).
func (l *nameList) grow(n, size int) {
	l.buf = slices.Grow(l.buf, size)
	l.refs = slices.Grow(l.refs, n)
}

// sort orders the entries by name, bytewise, as filepath.WalkDir does.
func (l *nameList) sort() {
	slices.SortFunc(l.refs, func(a, b nameRef) int { return bytes.Compare(l.name(a), l.name(b)) })
}

func (l *nameList) at(i int) (name string, isDir bool) {
	r := l.refs[i]
	return string(l.name(r)), l.buf[r.start] == 'd'
}

// Collect expands paths into a list of documents, in Walk's order: a file
// is itself, a folder is every file below it with a known extension
// (hidden files and the manifest skipped), "-" is standard input. A
// folder's manifest.jsonl, if present, dates its files. Collect holds a
// Doc per document; for large folders use Scan and Walk, which do not.
func Collect(paths []string, opts Options) ([]Doc, error) {
	in, err := Scan(paths, opts)
	if err != nil {
		return nil, err
	}
	docs := make([]Doc, 0, in.Files)
	err = in.Walk(func(d Doc) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}
