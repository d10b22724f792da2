package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/tl-project/tl/render"
)

func init() {
	register(command{name: "query", usage: "query [--format table|json|jsonl|csv|md] [--param NAME=VALUE]... QUERY",
		summary: "run a query and print the result", run: (*Main).cmdQuery})
	register(command{name: "explain", usage: "explain QUERY",
		summary: "show a query's plan, the index it uses and the keys it reads", run: (*Main).cmdExplain})
}

// paramFlag collects repeated --param NAME=VALUE flags.
type paramFlag map[string]string

func (p paramFlag) String() string { return "" }

func (p paramFlag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || k == "" {
		return fmt.Errorf("want NAME=VALUE, got %q", s)
	}
	p[strings.TrimPrefix(k, "$")] = v
	return nil
}

func (m *Main) cmdQuery(ctx context.Context, args []string) error {
	fs := m.newFlags("query")
	format := fs.String("format", "table", "output `format`: table, json, jsonl, csv or md")
	params := paramFlag{}
	fs.Var(params, "param", "bind a query parameter: `NAME=VALUE` (repeatable)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("query needs a QUERY, e.g. tl query 'events where actor = RUS limit 5'")
	}
	f, err := render.ParseFormat(*format)
	if err != nil {
		return usagef("%v", err)
	}
	src := strings.Join(pos, " ")
	return m.withDB(func(s *session) error { return m.runQuery(ctx, s, src, params, f, m.Stdout) })
}

func (m *Main) cmdExplain(ctx context.Context, args []string) error {
	fs := m.newFlags("explain")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("explain needs a QUERY")
	}
	src := strings.Join(pos, " ")
	return m.withDB(func(s *session) error { return m.explain(ctx, s, src, m.Stdout) })
}
