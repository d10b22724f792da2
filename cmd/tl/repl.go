package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/peterh/liner"

	"github.com/tl-project/tl/render"
)

// shell is the interactive (or scripted) tl prompt. Every line that is not a
// meta-command is a query, run through the session's database.
type shell struct {
	m      *Main
	sess   *session
	out    io.Writer
	format render.Format
	timer  bool
	quit   bool
}

// metaCommand is one ".name" command of the shell.
type metaCommand struct {
	name, args, help string
	run              func(sh *shell, ctx context.Context, arg string) error
}

var metaCommands []metaCommand

func init() {
	metaCommands = []metaCommand{
		{".help", "", "show this help", func(sh *shell, _ context.Context, _ string) error { sh.help(); return nil }},
		{".format", "table|json|jsonl|csv|md", "set the output format", func(sh *shell, _ context.Context, arg string) error {
			if arg == "" {
				fmt.Fprintln(sh.out, sh.format)
				return nil
			}
			f, err := render.ParseFormat(arg)
			if err == nil {
				sh.format = f
			}
			return err
		}},
		{".lang", "en|ar", "language of entity names", func(sh *shell, _ context.Context, arg string) error {
			if arg == "" {
				fmt.Fprintln(sh.out, sh.m.lang)
				return nil
			}
			if arg != "en" && arg != "ar" {
				return fmt.Errorf(".lang takes en or ar, not %q", arg)
			}
			sh.m.lang = arg
			return nil
		}},
		{".open", "DIR", "open another database", func(sh *shell, _ context.Context, arg string) error {
			if arg == "" {
				return errors.New(".open needs a directory")
			}
			return sh.sess.reopen(arg)
		}},
		{".ingest", "PATH...", "ingest files or folders", func(sh *shell, ctx context.Context, arg string) error {
			if arg == "" {
				return errors.New(".ingest needs a path")
			}
			return sh.m.ingestPaths(ctx, sh.sess, strings.Fields(arg), ingestOptions{}, sh.out)
		}},
		{".entities", "[NAME]", "list or search known entities", func(sh *shell, ctx context.Context, arg string) error {
			return sh.m.listEntities(ctx, sh.sess, arg, sh.format, sh.out)
		}},
		{".explain", "QUERY", "show the plan of a query", func(sh *shell, ctx context.Context, arg string) error {
			return sh.m.explain(ctx, sh.sess, arg, sh.out)
		}},
		{".stats", "", "counts of articles, events, entities", func(sh *shell, _ context.Context, _ string) error {
			return sh.m.printStats(sh.sess, sh.format, sh.out)
		}},
		{".timer", "on|off", "print how long each query takes", func(sh *shell, _ context.Context, arg string) error {
			switch arg {
			case "on":
				sh.timer = true
			case "off":
				sh.timer = false
			default:
				return errors.New(".timer takes on or off")
			}
			return nil
		}},
		{".quit", "", "leave the shell (also .exit, Ctrl-D)", func(sh *shell, _ context.Context, _ string) error { sh.quit = true; return nil }},
		{".exit", "", "", func(sh *shell, _ context.Context, _ string) error { sh.quit = true; return nil }},
	}
}

func (sh *shell) help() {
	fmt.Fprintln(sh.out, "Type a query (events where actor = RUS and date in 2025 limit 5) or a command:")
	for _, c := range metaCommands {
		if c.help == "" {
			continue
		}
		fmt.Fprintf(sh.out, "  %-9s %-24s %s\n", c.name, c.args, c.help)
	}
	fmt.Fprintln(sh.out, "A query continues on the next line while it ends in and/or/where/by/( or a backslash.")
}

// complete reports whether src is a whole statement, or the user is still
// typing it (open parenthesis or quote, trailing connective or backslash).
func complete(src string) bool {
	s := strings.TrimSpace(src)
	if s == "" {
		return true
	}
	if strings.HasSuffix(s, `\`) {
		return false
	}
	depth, inQuote := 0, false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote = !inQuote
		case inQuote:
		case r == '(':
			depth++
		case r == ')':
			depth--
		}
	}
	if inQuote || depth > 0 {
		return false
	}
	fields := strings.Fields(strings.ToLower(s))
	switch fields[len(fields)-1] {
	case "and", "or", "where", "not", "by", "between", "in", ",", "=", "!=", "order", "with", "explain":
		return false
	}
	return true
}

// exec runs one complete statement: a meta-command or a query.
func (sh *shell) exec(ctx context.Context, stmt string) {
	stmt = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(stmt), ";"))
	stmt = strings.ReplaceAll(stmt, "\\\n", "\n")
	if stmt == "" {
		return
	}
	start := time.Now()
	var err error
	if strings.HasPrefix(stmt, ".") {
		name, arg, _ := strings.Cut(stmt, " ")
		found := false
		for _, c := range metaCommands {
			if c.name == name {
				err, found = c.run(sh, ctx, strings.TrimSpace(arg)), true
				break
			}
		}
		if !found {
			err = fmt.Errorf("unknown command %s (try .help)", name)
		}
	} else {
		err = sh.m.runQuery(ctx, sh.sess, stmt, nil, sh.format, sh.out)
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			err = errors.New("query cancelled")
		}
		fmt.Fprintf(sh.m.Stderr, "error: %s\n", strings.TrimRight(err.Error(), "\n"))
	}
	if sh.timer {
		fmt.Fprintf(sh.out, "time: %s\n", time.Since(start).Round(time.Microsecond))
	}
}

// runScript executes statements read from r without prompts: the shell's
// non-interactive mode ("echo 'events limit 3' | tl").
func (sh *shell) runScript(ctx context.Context, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 8<<20)
	var buf strings.Builder
	for sc.Scan() && !sh.quit {
		line := sc.Text()
		if buf.Len() == 0 && strings.HasPrefix(strings.TrimSpace(line), "--") {
			continue
		}
		buf.WriteString(line)
		buf.WriteString("\n")
		if complete(buf.String()) {
			sh.exec(ctx, buf.String())
			buf.Reset()
		}
	}
	if buf.Len() > 0 && !sh.quit {
		sh.exec(ctx, buf.String())
	}
	return sc.Err()
}

// interactive runs the line-editing prompt with history and completion.
func (sh *shell) interactive(ctx context.Context, words func() []string) error {
	ln := liner.NewLiner()
	defer ln.Close()
	ln.SetCtrlCAborts(true)
	ln.SetMultiLineMode(true)
	histPath := sh.m.historyPath()
	if f, err := os.Open(histPath); err == nil {
		ln.ReadHistory(f)
		f.Close()
	}
	ln.SetWordCompleter(func(line string, pos int) (string, []string, string) {
		head := line[:pos]
		i := strings.LastIndexAny(head, " (,=") + 1
		prefix := strings.ToLower(head[i:])
		// Candidates keep the order of words(): keywords first, then
		// meta-commands, types and entity names.
		var out []string
		seen := map[string]bool{}
		for _, w := range words() {
			if strings.HasPrefix(strings.ToLower(w), prefix) && !seen[w] {
				seen[w] = true
				if strings.ContainsRune(w, ' ') {
					w = `"` + w + `"`
				}
				out = append(out, w)
			}
		}
		return head[:i], out, line[pos:]
	})
	fmt.Fprintf(sh.out, "tl — %s. Type .help for help, Ctrl-D to leave.\n", sh.sess.describe())
	var buf strings.Builder
	for !sh.quit {
		prompt := "tl> "
		if buf.Len() > 0 {
			prompt = "...> "
		}
		line, err := ln.Prompt(prompt)
		if errors.Is(err, liner.ErrPromptAborted) {
			buf.Reset() // Ctrl-C at the prompt drops the half-typed query
			continue
		}
		if errors.Is(err, io.EOF) {
			fmt.Fprintln(sh.out)
			break
		}
		if err != nil {
			return err
		}
		buf.WriteString(line)
		buf.WriteString("\n")
		if !complete(buf.String()) {
			continue
		}
		stmt := buf.String()
		buf.Reset()
		if strings.TrimSpace(stmt) != "" {
			ln.AppendHistory(strings.TrimSpace(stmt))
		}
		// Ctrl-C while the statement runs cancels it, not the shell.
		qctx, cancel := context.WithCancel(ctx)
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt)
		go func() {
			select {
			case <-sig:
				cancel()
			case <-qctx.Done():
			}
		}()
		sh.exec(qctx, stmt)
		signal.Stop(sig)
		cancel()
	}
	if err := os.MkdirAll(filepath.Dir(histPath), 0o755); err == nil {
		if f, err := os.Create(histPath); err == nil {
			ln.WriteHistory(f)
			f.Close()
		}
	}
	return nil
}

// historyPath is $XDG_STATE_HOME/tl/history, else ~/.local/state/tl/history.
func (m *Main) historyPath() string {
	if x := m.Getenv("XDG_STATE_HOME"); x != "" {
		return filepath.Join(x, "tl", "history")
	}
	home := m.Getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	return filepath.Join(home, ".local", "state", "tl", "history")
}
