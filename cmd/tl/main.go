// Command tl is the command-line front end of the tl event-timeline
// database: ingest Arabic news articles, query the timeline, and explore it
// in a REPL, reports or a local web view. Run "tl help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		m.PrintError(err)
		os.Exit(exitCode(err))
	}
}
