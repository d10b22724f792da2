// Command tl is the command-line front end of the tl event-timeline
// database: ingest Arabic news articles, query the timeline, and explore it
// in a REPL, reports or a local web view. Run "tl help" for the commands.
package main

import (
	"context"
	"os"
)

func main() {
	m := NewMain()
	if err := m.Run(context.Background(), os.Args[1:]); err != nil {
		m.PrintError(err)
		os.Exit(exitCode(err))
	}
}
