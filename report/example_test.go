package report_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tl-project/tl/report"
)

func ExampleReport_Render() {
	src := "---\ntitle: The year of $actor\nparams:\n  actor: RUS\n---\n" +
		"Summits of $actor:\n\n```tl\ncount by month where actor = $actor and type = summit\n```\n"
	rep, err := report.Parse(strings.NewReader(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	// exec stands in for the database: tl report runs the query and writes
	// its result as a Markdown table.
	exec := func(_ context.Context, query string, params map[string]string, display report.Display, w io.Writer) error {
		_, err := fmt.Fprintf(w, "| %s (%s, actor=%s) |\n", query, display, params["actor"])
		return err
	}
	// A parameter given by the caller overrides the report's default.
	if err := rep.Render(context.Background(), exec, map[string]string{"actor": "CHN"}, os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # The year of CHN
	//
	// _Parameters: actor = CHN_
	//
	// Summits of CHN:
	//
	// | count by month where actor = $actor and type = summit (table, actor=CHN) |
}
