package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// run drives the CLI in-process, as a user would from a shell, and returns
// what it printed and its error.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv:     func(k string) string { return map[string]string{"HOME": t.TempDir()}[k] },
		IsTerminal: func(any) bool { return false },
		Width:      func() int { return 0 },
	}
	err = m.Run(context.Background(), args)
	if err != nil {
		m.PrintError(err)
	}
	return out.String(), errb.String(), err
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Bad input gets a clear one-line error and a non-zero exit, and nothing of
// it is written.
func TestIngestBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "db")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"},
		{"nul.txt", []byte("قمة\x00\x00\x00 بين"), "binary"},
		{"bad-utf8.txt", []byte("قمة \xff\xfe\xfd\xc3\x28 جنيف"), "UTF-8"},
		{"empty.txt", []byte(""), "empty"},
		{"blank.txt", []byte("  \n\t\n"), "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, dir, tt.name, tt.data)
			_, stderr, err := run(t, "", "--db", db, "ingest", "--published", "2021-06-18", p)
			if err == nil || exitCode(err) != 1 {
				t.Fatalf("err = %v, want a failure with exit 1", err)
			}
			if !strings.Contains(stderr, tt.name) || !strings.Contains(strings.ToLower(stderr), strings.ToLower(tt.want)) {
				t.Errorf("stderr = %q, want it to name the file and say %q", stderr, tt.want)
			}
		})
	}
	out, _, err := run(t, "", "--db", db, "stats", "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "articles,0") || !strings.Contains(out, "events,0") {
		t.Errorf("bad inputs left data behind:\n%s", out)
	}
}

func TestIngestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	good := writeFile(t, dir, "a.txt", []byte("نص"))
	badManifest := writeFile(t, dir, "m.jsonl", []byte(`{"doc":"a.txt","published":"2021-02-30"}`+"\n"))
	for _, tc := range []struct {
		args []string
		want string
		code int
	}{
		{[]string{"ingest", filepath.Join(dir, "missing.txt")}, "no such file", 1},
		{[]string{"ingest", "--published", "18/06/2021", good}, "not a YYYY-MM-DD date", 2},
		{[]string{"ingest", "--manifest", badManifest, good}, "line 1", 1},
		{[]string{"ingest"}, "needs at least one PATH", 2},
		{[]string{"frobnicate"}, "unknown command", 2},
		{[]string{"--lang", "fr", "stats"}, "--lang must be en or ar", 2},
		{[]string{"--memory", "lots", "ingest", good}, "--memory: \"lots\" is not a size", 2},
		{[]string{"--memory", "1MiB", "stats"}, "too small a budget", 2},
	} {
		_, stderr, err := run(t, "", append([]string{"--db", db}, tc.args...)...)
		if err == nil || exitCode(err) != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("tl %v: err=%v code=%d stderr=%q, want code %d and %q", tc.args, err, exitCode(err), stderr, tc.code, tc.want)
		}
	}
}

func TestQueryErrorHasCaret(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	_, stderr, err := run(t, "", "--db", db, "query", "events where date between 2021 and")
	if err == nil {
		t.Fatal("malformed query succeeded")
	}
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	if len(lines) < 3 || !regexp.MustCompile(`^tl: 1:\d+: `).MatchString(lines[0]) || !strings.Contains(lines[len(lines)-1], "^") {
		t.Errorf("want line:col, the query line and a caret; got:\n%s", stderr)
	}
}

func TestScriptedShellHasNoPrompts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	out, stderr, err := run(t, ".format csv\n-- a comment\ncount by\n  type\n.help\n.quit\nevents\n", "--db", db)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if strings.Contains(out, "tl>") || strings.Contains(out, "...>") {
		t.Errorf("prompt printed in non-interactive mode:\n%s", out)
	}
	if !strings.HasPrefix(out, "type,count\n") {
		t.Errorf("multi-line statement in csv: got\n%s", out)
	}
	if !strings.Contains(out, ".explain") {
		t.Errorf(".help did not list meta-commands:\n%s", out)
	}
}

// A second process opening a database in use gets a clear message naming the
// holder, not a Badger stack trace.
func TestSecondProcessLocked(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "db")
	holder := exec.Command(bin, "--db", db, "repl")
	stdin, _ := holder.StdinPipe()
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); holder.Wait() }()
	// Wait until the holder has the database open: its pid is in the lock
	// file. (Probing with a second tl before that would race for the lock.)
	pid := strconv.Itoa(holder.Process.Pid)
	deadline := time.Now().Add(20 * time.Second)
	for {
		b, _ := os.ReadFile(filepath.Join(db, "tl.lock"))
		if strings.HasPrefix(string(b), pid+"\n") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("holder never locked the database (lock file: %q)", b)
		}
		time.Sleep(20 * time.Millisecond)
	}
	out, err := exec.Command(bin, "--db", db, "stats").CombinedOutput()
	msg := string(out)
	if err == nil || !strings.Contains(msg, "in use") || strings.Contains(msg, "goroutine") || strings.Count(strings.TrimSpace(msg), "\n") > 1 {
		t.Fatalf("second process: err=%v output:\n%s", err, msg)
	}
	if !strings.Contains(msg, "process "+pid) {
		t.Errorf("message does not name the holding process: %s", msg)
	}
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// buildBinary builds the tl binary once per test run, for tests that need a
// real process (locking, the pty-driven shell).
func buildBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tl-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "tl")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}
