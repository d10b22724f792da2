package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// screen collects what the program writes to its terminal.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor waits until the screen shows want after position from, and
// returns the position just after it.
func (s *screen) waitFor(t *testing.T, from int, want string) int {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		out := s.String()
		if from <= len(out) {
			if i := strings.Index(out[from:], want); i >= 0 {
				return from + i + len(want)
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("screen never showed %q; it shows:\n%s", want, s.String())
	return 0
}

// TestShellInPTY drives the real binary in a pseudo-terminal, as a person
// at a keyboard would: prompt, a query, tab completion, a multi-line query,
// Ctrl-C at the prompt, meta-commands, and history kept across sessions.
func TestShellInPTY(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	db := filepath.Join(home, "db")
	start := func() (*exec.Cmd, *os.File, *screen) {
		cmd := exec.Command(bin, "--db", db)
		cmd.Env = append(os.Environ(), "HOME="+home, "XDG_STATE_HOME="+filepath.Join(home, "state"), "TERM=xterm")
		f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
		if err != nil {
			t.Fatal(err)
		}
		scr := &screen{}
		go io.Copy(scr, f)
		return cmd, f, scr
	}
	cmd, tty, scr := start()
	pos := scr.waitFor(t, 0, "tl> ")

	tty.Write([]byte(".format csv\r"))
	pos = scr.waitFor(t, pos, "tl> ")

	// Tab completes a keyword: "cou" + Tab -> "count".
	tty.Write([]byte("cou\t"))
	pos = scr.waitFor(t, pos, "count")
	tty.Write([]byte(" by\r")) // ends in "by": the shell waits for more
	pos = scr.waitFor(t, pos, "...> ")
	tty.Write([]byte("type\r"))
	pos = scr.waitFor(t, pos, "type,count")
	pos = scr.waitFor(t, pos, "tl> ")

	// Ctrl-C at the prompt drops the line, not the shell.
	tty.Write([]byte("events where\x03"))
	pos = scr.waitFor(t, pos, "tl> ")
	tty.Write([]byte(".timer on\r"))
	pos = scr.waitFor(t, pos, "tl> ")
	tty.Write([]byte("count\r"))
	pos = scr.waitFor(t, pos, "time: ")
	pos = scr.waitFor(t, pos, "tl> ")
	tty.Write([]byte("events where actor = Putni\r"))
	pos = scr.waitFor(t, pos, `unknown actor "Putni"`)
	pos = scr.waitFor(t, pos, "^")
	scr.waitFor(t, pos, "tl> ")
	tty.Write([]byte(".quit\r"))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shell exited with %v\n%s", err, scr.String())
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf(".quit did not end the shell:\n%s", scr.String())
	}
	tty.Close()

	hist, err := os.ReadFile(filepath.Join(home, "state", "tl", "history"))
	if err != nil || !strings.Contains(string(hist), "count by\ntype") && !strings.Contains(string(hist), "count by") {
		t.Fatalf("history not saved: %v %q", err, hist)
	}

	// A new session recalls the history with the up arrow.
	cmd, tty, scr = start()
	pos = scr.waitFor(t, 0, "tl> ")
	tty.Write([]byte("\x1b[A"))
	scr.waitFor(t, pos, ".quit")
	tty.Write([]byte("\r"))
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("recalled .quit did not end the shell:\n%s", scr.String())
	}
	tty.Close()
}
