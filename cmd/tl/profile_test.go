package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestStartProfiles checks that the hidden leading profile flags are taken
// off the arguments, and that the profiles they name are written.
func TestStartProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	tests := []struct {
		name    string
		args    []string
		rest    []string
		files   []string
		wantErr bool
	}{
		{"none", []string{"--db", "x", "stats"}, []string{"--db", "x", "stats"}, nil, false},
		{"both, two forms", []string{"--cpuprofile", cpu, "-memprofile=" + mem, "stats"}, []string{"stats"}, []string{cpu, mem}, false},
		{"only leading", []string{"stats", "--memprofile", mem}, []string{"stats", "--memprofile", mem}, nil, false},
		{"no file", []string{"--memprofile"}, nil, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			os.Remove(cpu)
			os.Remove(mem)
			rest, stop, err := startProfiles(tc.args)
			if tc.wantErr {
				if err == nil {
					stop()
					t.Fatal("want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			stop()
			if !slices.Equal(rest, tc.rest) {
				t.Errorf("rest = %q, want %q", rest, tc.rest)
			}
			for _, f := range tc.files {
				if fi, err := os.Stat(f); err != nil || fi.Size() == 0 {
					t.Errorf("profile %s not written: %v", f, err)
				}
			}
		})
	}
}
