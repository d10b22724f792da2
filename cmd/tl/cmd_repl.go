package main

import (
	"context"
	"sync"

	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/render"
	"github.com/tl-project/tl/timeline"
)

func init() {
	register(command{name: "repl", usage: "repl",
		summary: "interactive shell (the default); reads statements from stdin when it is not a terminal", run: (*Main).cmdRepl})
}

func (m *Main) cmdRepl(ctx context.Context, args []string) error {
	fs := m.newFlags("repl")
	format := fs.String("format", "table", "initial output `format`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := render.ParseFormat(*format)
	if err != nil {
		return usagef("%v", err)
	}
	return m.withDB(func(s *session) error {
		sh := &shell{m: m, sess: s, out: m.Stdout, format: f}
		if m.IsTerminal == nil || !m.IsTerminal(m.Stdin) {
			return sh.runScript(ctx, m.Stdin)
		}
		return sh.interactive(ctx, completionWords)
	})
}

var (
	wordsOnce sync.Once
	words     []string
)

// completionWords are what tab completes: the query keywords and fields,
// meta-commands, event types, and every entity name in English and Arabic.
func completionWords() []string {
	wordsOnce.Do(func() {
		words = append(words, query.Keywords()...)
		for _, c := range metaCommands {
			words = append(words, c.name)
		}
		for _, t := range timeline.Types {
			words = append(words, t.String())
		}
		for _, e := range gazetteer.Default().All() {
			words = append(words, e.ID, e.Name)
			if e.NameAR != "" {
				words = append(words, e.NameAR)
			}
		}
	})
	return words
}
