package main

import (
	"io"
	"strings"
	"testing"
	"time"
)

// TestReadProgress: an import's bar shows the share read, then that the
// database is being written, and clears its line at the end; off a
// terminal it draws nothing. (screen, from the REPL's pty test, is a
// buffer safe for the drawing goroutine.)
func TestReadProgress(t *testing.T) {
	data := strings.Repeat("x", 1000)
	var out screen
	p := newReadProgress(strings.NewReader(data), &out, int64(len(data)), true)
	buf := make([]byte, 500)
	if _, err := io.ReadFull(p, buf); err != nil {
		t.Fatal(err)
	}
	time.Sleep(450 * time.Millisecond)
	if got := out.String(); !strings.Contains(got, " 50%") || !strings.Contains(got, "500 B/1000 B read") {
		t.Errorf("half read: %q", got)
	}
	if _, err := io.ReadAll(p); err != nil {
		t.Fatal(err)
	}
	time.Sleep(450 * time.Millisecond)
	p.done()
	p.done()
	got := out.String()
	if !strings.Contains(got, "read 1000 B; merging and writing the database") || !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("after the last byte: %q", got)
	}

	var quiet screen
	q := newReadProgress(strings.NewReader(data), &quiet, int64(len(data)), false)
	io.ReadAll(q)
	time.Sleep(250 * time.Millisecond)
	q.done()
	if quiet.String() != "" {
		t.Errorf("off a terminal the bar drew %q", quiet.String())
	}
}
