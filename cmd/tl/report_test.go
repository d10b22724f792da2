package main

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tl-project/tl/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// reportNow is the day the report goldens were made: "gaps" measures the
// last gap up to now.
const reportNow = "2026-11-25"

// TestExampleReports renders the example reports over the example corpus and
// compares them with golden files (go test ./cmd/tl -run Reports -update).
func TestExampleReports(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	if _, stderr, err := run(t, "", "--db", db, "--now", reportNow, "ingest", "../../examples/corpus"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	reports, _ := filepath.Glob("../../examples/reports/*.md")
	if len(reports) < 3 {
		t.Fatalf("want at least three example reports, found %d", len(reports))
	}
	for _, rep := range reports {
		name := strings.TrimSuffix(filepath.Base(rep), ".md")
		for _, format := range []string{"md", "html"} {
			t.Run(name+"."+format, func(t *testing.T) {
				out, stderr, err := run(t, "", "--db", db, "--now", reportNow, "report", "--format", format, rep)
				if err != nil {
					t.Fatalf("%v\n%s", err, stderr)
				}
				if format == "md" && !strings.Contains(out, "| ") {
					t.Errorf("report has no table:\n%s", out)
				}
				if format == "html" && (!strings.Contains(out, "<table>") || strings.Contains(out, "<script")) {
					t.Errorf("html report lacks a table or carries a script:\n%s", out)
				}
				golden.Check(t, filepath.Join("testdata", "reports", name+"."+format), []byte(out), *update)
			})
		}
	}
	// A parameter given on the command line overrides the report's default.
	out, stderr, err := run(t, "", "--db", db, "report", "--param", "actor=CHN", "--param", "year=2023", "../../examples/reports/actor-year.md")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "# The diplomatic year of CHN in 2023") || !strings.Contains(out, "2023-12 ") && !strings.Contains(out, "| 2023-12 ") {
		t.Errorf("parameters not applied:\n%s", out)
	}
}
