package corpus_test

import (
	"errors"
	"os"
	"path/filepath"
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
