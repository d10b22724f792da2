package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"golang.org/x/term"

	"github.com/tl-project/tl/engine"
)

// Main is the CLI: its streams and environment are fields so tests drive it
// in-process with buffers.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment (XDG_DATA_HOME, HOME, COLUMNS, TL_DB).
	Getenv func(string) string
	// IsTerminal reports whether a stream is an interactive terminal; it
	// switches on progress bars and the REPL prompt.
	IsTerminal func(any) bool
	// Width returns the terminal width for tables, 0 when not a terminal.
	Width func() int

	// Global flags.
	dbDir string
	lang  string
	now   string // --now: the clock of relative dates, YYYY-MM-DD
	// memory is the budget of the running command (--memory, else the
	// command's default); 0 means none. cacheSize is the database cache it
	// allows.
	memory    int64
	cacheSize int64
	// scratchDir is tl import's --scratch: Options.ScratchDir.
	scratchDir string
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		IsTerminal: func(f any) bool {
			if fd, ok := f.(interface{ Fd() uintptr }); ok {
				return term.IsTerminal(int(fd.Fd()))
			}
			return false
		},
		Width: func() int {
			if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
				return w
			}
			return 0
		},
	}
}

// command is one subcommand of tl.
type command struct {
	name    string
	usage   string
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
	// memory is the command's default memory budget (--memory); 0 means
	// none.
	memory int64
}

var commands []command

func register(c command) { commands = append(commands, c) }

func findCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// usageError marks an error in how tl was called: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

func exitCode(err error) int {
	var u *usageError
	if errors.As(err, &u) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

// PrintError writes err to Stderr as "tl: …". Multi-line errors (a query
// error with its caret) keep their lines.
func (m *Main) PrintError(err error) {
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	fmt.Fprintf(m.Stderr, "tl: %s\n", strings.TrimRight(err.Error(), "\n"))
}

// Run parses the global flags and runs one subcommand. With no subcommand it
// starts the REPL.
func (m *Main) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("tl", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.StringVar(&m.dbDir, "db", "", "database `dir` (default $TL_DB, else $XDG_DATA_HOME/tl/db)")
	fs.StringVar(&m.lang, "lang", "en", "language of entity names in output: en or ar")
	fs.StringVar(&m.now, "now", "", "evaluate relative dates (now, last 30 days) as of `date` YYYY-MM-DD, for reproducible reports (default: today)")
	memory := fs.String("memory", "", "memory `budget` of the command, e.g. 256MiB, 1GiB, or 0 for none (default: 256MiB for ingest, none for the others)")
	fs.Usage = func() { m.printHelp(m.Stderr) }
	err := fs.Parse(args)
	if err != nil {
		return err
	}
	if m.lang != "en" && m.lang != "ar" {
		return usagef("--lang must be en or ar, not %q", m.lang)
	}
	if m.now != "" {
		if _, err := time.Parse(time.DateOnly, m.now); err != nil {
			return usagef("--now must be a date YYYY-MM-DD, not %q", m.now)
		}
	}
	rest := fs.Args()
	if len(rest) == 0 {
		rest = []string{"repl"}
	}
	if rest[0] == "help" || rest[0] == "-h" || rest[0] == "--help" {
		if len(rest) > 1 {
			if c, ok := findCommand(rest[1]); ok {
				fmt.Fprintf(m.Stdout, "usage: tl %s\n\n%s\n", c.usage, c.summary)
				return nil
			}
		}
		m.printHelp(m.Stdout)
		return nil
	}
	c, ok := findCommand(rest[0])
	if !ok {
		return usagef("unknown command %q (run \"tl help\")", rest[0])
	}
	m.memory = c.memory
	if *memory != "" {
		if m.memory, err = parseSize(*memory); err != nil {
			return usagef("--memory: %v", err)
		}
	}
	defer m.applyBudget()()
	if c.name != "repl" {
		// The REPL handles Ctrl-C itself (it cancels the running query,
		// not the shell); every other command stops on the first one.
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
		defer stop()
	}
	return c.run(m, ctx, rest[1:])
}

func (m *Main) printHelp(w io.Writer) {
	fmt.Fprint(w, `tl — a timeline database of diplomatic events from Arabic news

usage: tl [--db DIR] [--lang en|ar] [--now DATE] [--memory SIZE] COMMAND [ARGS]

commands:
`)
	cs := append([]command(nil), commands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Without a command, tl starts the interactive shell. "tl help COMMAND" shows a command's usage.
`)
}

// DBDir returns the database directory: --db, else $TL_DB, else
// $XDG_DATA_HOME/tl/db, else ~/.local/share/tl/db.
func (m *Main) DBDir() (string, error) {
	if m.dbDir != "" {
		return m.dbDir, nil
	}
	if d := m.Getenv("TL_DB"); d != "" {
		return d, nil
	}
	if x := m.Getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "tl", "db"), nil
	}
	home := m.Getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no --db given and no home directory: %w", err)
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "tl", "db"), nil
}

// options are the engine options the global flags ask for.
func (m *Main) options() *engine.Options {
	if m.now == "" && m.cacheSize == 0 && m.scratchDir == "" {
		return nil
	}
	o := &engine.Options{CacheSize: m.cacheSize, ScratchDir: m.scratchDir}
	if m.now != "" {
		t, _ := time.Parse(time.DateOnly, m.now) // checked in Run
		t = t.Add(12 * time.Hour)
		o.Now = func() time.Time { return t }
	}
	return o
}

// newFlags returns a flag set for a subcommand that prints its usage on
// error.
func (m *Main) newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("tl "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		if c, ok := findCommand(name); ok {
			fmt.Fprintf(m.Stderr, "usage: tl %s\n\n%s\n\nflags:\n", c.usage, c.summary)
		}
		fs.PrintDefaults()
	}
	return fs
}

// parseInterleaved parses flags that may come after positional arguments
// ("tl ingest a.txt --published 2021-06-18"), returning the positionals.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{err.Error()} // "--param actor": how tl was called
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
