package corpus_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/tl-project/tl/corpus"
	"github.com/tl-project/tl/timeline"
)

func TestReadManifest(t *testing.T) {
	m, err := corpus.ReadManifest(strings.NewReader(`{"doc":"a.txt","published":"2021-06-18","note":"x"}

{"doc":"dir/b.txt","published":"2025-10-09"}
`))
	if err != nil {
		t.Fatal(err)
	}
	if m["a.txt"].String() != "2021-06-18" || m["b.txt"].String() != "2025-10-09" {
		t.Fatalf("manifest = %v", m)
	}
	for _, bad := range []string{
		`{"doc":"a.txt","published":"2021-13-01"}`,
		`{"doc":"a.txt","published":"2021-06"}`,
		`{"published":"2021-06-01"}`,
		`{"doc":"a.txt",`,
	} {
		_, err := corpus.ReadManifest(strings.NewReader("\n" + bad + "\n"))
		if !errors.Is(err, corpus.ErrManifest) || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("ReadManifest(%s) err = %v, want ErrManifest naming line 2", bad, err)
		}
	}
}

func TestCollect(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "نص")
	write("a.html", "<p>نص</p>")
	write("sub/c.jsonl", "{}")
	write("sub/skip.png", "x")
	write(".hidden.txt", "x")
	write(corpus.ManifestName, `{"doc":"a.html","published":"2024-11-27"}`)
	write("sub/"+corpus.ManifestName, `{"doc":"c.jsonl","published":"2025-01-02"}`)

	def := timeline.DayOf(2020, 1, 1)
	docs, err := corpus.Collect([]string{dir}, corpus.Options{Published: def,
		Manifest: corpus.Manifest{"b.txt": timeline.DayOf(2021, 6, 18)}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.Name+"@"+d.Published.String())
	}
	want := "a.html@2024-11-27 b.txt@2021-06-18 c.jsonl@2025-01-02"
	if strings.Join(got, " ") != want {
		t.Errorf("Collect = %v, want %s", got, want)
	}
	if _, err := corpus.Collect([]string{filepath.Join(dir, "missing.txt")}, corpus.Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file err = %v", err)
	}
	empty := t.TempDir()
	if _, err := corpus.Collect([]string{empty}, corpus.Options{}); !errors.Is(err, corpus.ErrNoInput) {
		t.Errorf("empty folder err = %v", err)
	}
}

func TestDocReadLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(p, make([]byte, 2048), 0o644)
	docs, err := corpus.Collect([]string{p}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := docs[0].Read(nil, 1024); !errors.Is(err, corpus.ErrTooLarge) {
		t.Errorf("Read over limit err = %v", err)
	}
	b, err := docs[0].Read(nil, 4096)
	if err != nil || len(b) != 2048 {
		t.Errorf("Read = %d bytes, %v", len(b), err)
	}
	stdin := corpus.Doc{Name: "stdin", Path: "-"}
	if _, err := stdin.Read(strings.NewReader(strings.Repeat("x", 100)), 10); !errors.Is(err, corpus.ErrTooLarge) {
		t.Errorf("stdin over limit err = %v", err)
	}
}

// TestWalkOrder checks that Walk visits what filepath.WalkDir would, in the
// same order: names bytewise, folders where their names fall, hidden
// entries and the manifest skipped, the paths in the order given.
func TestWalkOrder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"b.txt", "a.TXT", "B.html", "c/z.htm", "c/a.jsonl", "c/d/e.txt", "ca.txt", "c.txt",
		"_x.txt", "é.txt", "10.txt", "9.txt", ".h/x.txt", ".x.txt", "c/.y.txt", "skip.png", corpus.ManifestName,
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		text := name
		if name == corpus.ManifestName {
			text = "\n"
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	single := filepath.Join(dir, "skip.png")
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"folder", []string{dir}, []string{"10.txt", "9.txt", "B.html", "_x.txt", "a.TXT", "b.txt",
			"c/a.jsonl", "c/d/e.txt", "c/z.htm", "c.txt", "ca.txt", "é.txt"}},
		{"paths in the order given", []string{single, filepath.Join(dir, "c"), "-"},
			[]string{"skip.png", "c/a.jsonl", "c/d/e.txt", "c/z.htm", "-"}},
		{"hidden folder named", []string{filepath.Join(dir, ".h")}, []string{".h/x.txt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, err := corpus.Scan(tc.paths, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			var bytes int64
			err = in.Walk(func(d corpus.Doc) error {
				rel, _ := filepath.Rel(dir, d.Path)
				if d.Path == "-" {
					rel = "-"
				}
				got = append(got, filepath.ToSlash(rel))
				bytes += d.Size
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Walk = %q\nwant   %q", got, tc.want)
			}
			if in.Files != len(tc.want) || in.Bytes != bytes {
				t.Errorf("Scan counted %d files, %d bytes; Walk saw %d, %d", in.Files, in.Bytes, len(got), bytes)
			}
		})
	}
}

// TestWalkErrors covers Walk's failure paths: fn's error stops it, and a
// file removed after listing is still visited so that Read reports it.
func TestWalkErrors(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("نص"), 0o644)
	}
	in, err := corpus.Scan([]string{dir}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	n := 0
	if err := in.Walk(func(corpus.Doc) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Walk with a failing fn: %v after %d docs, want stop after 1", err, n)
	}
	var readErrs []string
	err = in.Walk(func(d corpus.Doc) error {
		if d.Name == "a.txt" {
			os.Remove(filepath.Join(dir, "b.txt"))
		}
		if _, err := d.Read(nil, 0); err != nil {
			readErrs = append(readErrs, d.Name)
			if !errors.Is(err, os.ErrNotExist) || d.Size != 0 {
				t.Errorf("%s: size %d, err %v; want 0 and ErrNotExist", d.Name, d.Size, err)
			}
		}
		return nil
	})
	if err != nil || !slices.Equal(readErrs, []string{"b.txt"}) {
		t.Errorf("Walk = %v, read errors %q; want nil and b.txt", err, readErrs)
	}
	if _, err := corpus.Scan([]string{dir, filepath.Join(dir, "nope")}, corpus.Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Scan of a missing path err = %v", err)
	}
}

// heapDuringWalk walks n files and returns the live heap, beyond what was
// live before, at the last document.
func heapDuringWalk(t *testing.T, paths []string, collect bool) (perFile float64) {
	t.Helper()
	var before, at runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	n := 0
	last := func() {
		runtime.GC()
		runtime.ReadMemStats(&at)
	}
	if collect {
		docs, err := corpus.Collect(paths, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		last()
		n = len(docs)
		runtime.KeepAlive(docs)
	} else {
		in, err := corpus.Scan(paths, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		err = in.Walk(func(corpus.Doc) error {
			if n++; n == in.Files {
				last()
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return float64(int64(at.HeapAlloc)-int64(before.HeapAlloc)) / float64(n)
}

// TestWalkMemory guards issue 7's "a million tiny files": Walk keeps a
// packed, sorted name list of the folder it is in, allocated at its exact
// size (21 bytes a file for these 12-byte names; the test allows 48),
// where a list of Docs, as Collect returns and ingest once held, costs
// over 100.
func TestWalkMemory(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 5000
	}
	dir := filepath.Join(t.TempDir(), "a-folder-name-as-long-as-some")
	os.MkdirAll(dir, 0o755)
	for i := range n {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("t%07d.txt", i)))
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	walk := heapDuringWalk(t, []string{dir}, false)
	list := heapDuringWalk(t, []string{dir}, true)
	t.Logf("%d files: Walk holds %.1f bytes a file, Collect %.1f", n, walk, list)
	if walk > 48 {
		t.Errorf("Walk holds %.1f bytes a file at its last document; want at most 48", walk)
	}
	// The measurement sees a per-file list when there is one.
	if list < 100 {
		t.Errorf("Collect holds %.1f bytes a file; the measurement should see its list (over 100)", list)
	}
}
