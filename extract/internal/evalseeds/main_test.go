package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tl-project/tl/corpus"
	"github.com/tl-project/tl/render"
)

const genevaPassage = `{"id": "p001", "published": "2021-06-20", "text": "التقى الرئيس الأمريكي جو بايدن الرئيس الروسي فلاديمير بوتين في جنيف يوم 16 يونيو 2021، في أول قمة بينهما.", "events": [{"type": "summit", "date": "2021-06-16", "status": "occurred", "actors": ["Joe Biden", "Vladimir Putin", "USA", "RUS"], "place": "Geneva"}]}`

// decode reads JSONL predictions in the shape the scorer reads.
func decode(t *testing.T, b []byte) []render.EventJSON {
	t.Helper()
	var out []render.EventJSON
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var ev render.EventJSON
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		out = append(out, ev)
	}
	return out
}

// hasSummit reports whether evs hold the Geneva summit of 2021-06-16 with
// Putin and Biden, places and actors resolved to names.
func hasSummit(evs []render.EventJSON) bool {
	for _, ev := range evs {
		if ev.Type != "summit" || ev.Date != "2021-06-16" || len(ev.Places) == 0 || ev.Places[0].Name != "Geneva" {
			continue
		}
		names := map[string]bool{}
		for _, a := range ev.Actors {
			names[a.Name] = true
		}
		if names["Vladimir Putin"] && names["Joe Biden"] {
			return true
		}
	}
	return false
}

func TestRunPassages(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "passages.jsonl")
	if err := os.WriteFile(in, []byte(genevaPassage+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	goldPath := filepath.Join(dir, "gold.jsonl")
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-passages", in, "-gold-out", goldPath}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if evs := decode(t, stdout.Bytes()); !hasSummit(evs) {
		t.Errorf("no Geneva summit among the predictions:\n%s", stdout.String())
	}
	gold, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"p001-1","doc":"p001","type":"summit","date":"2021-06-16","accept_dates":[],"status":"occurred","actors":["Joe Biden","Vladimir Putin","USA","RUS"],"place":"Geneva","optional":false}` + "\n"
	if string(gold) != want {
		t.Errorf("gold =\n%s\nwant\n%s", gold, want)
	}
}

func TestRunFilesWithManifest(t *testing.T) {
	dir := t.TempDir()
	var text struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal([]byte(genevaPassage), &text); err != nil {
		t.Fatal(err)
	}
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte(text.Text+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "manifest.jsonl")
	if err := os.WriteFile(manifest, []byte(`{"doc": "a.txt", "published": "2021-06-20"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-manifest", manifest, article}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	evs := decode(t, stdout.Bytes())
	if !hasSummit(evs) {
		t.Errorf("no Geneva summit among the predictions:\n%s", stdout.String())
	}
	if len(evs[0].Sources) == 0 || evs[0].Sources[0].Doc != "a.txt" || evs[0].Sources[0].Published != "2021-06-20" {
		t.Errorf("sources = %+v, want a.txt published 2021-06-20 (from the manifest)", evs[0].Sources)
	}

	// A malformed manifest is an error, not a silently undated corpus.
	if err := os.WriteFile(manifest, []byte(`{"doc": "a.txt", "published": "June"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-manifest", manifest, article}, &stdout, &stderr); err == nil || !errors.Is(err, corpus.ErrManifest) {
		t.Errorf("bad manifest: err = %v, want corpus.ErrManifest", err)
	}
}
