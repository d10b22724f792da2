// Package golden compares a test's output with a golden file in testdata,
// and rewrites the file when the test runs with -update.
//
// Each test package keeps its own -update flag and passes its value:
//
//	var update = flag.Bool("update", false, "rewrite the golden files")
//
//	func TestTable(t *testing.T) {
//		golden.Check(t, "testdata/table.golden", render(...), *update)
//	}
//
// A failure names the first line that differs, not the whole output, so a
// long HTML or JSON golden stays readable; review the full change with
// -update and git diff.
package golden
