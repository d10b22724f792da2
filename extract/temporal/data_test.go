package temporal_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/timeline"
)

// summary renders what Find returned in the notation of testdata/dates.tsv.
func summary(exprs []temporal.Expr) string {
	if len(exprs) == 0 {
		return "-"
	}
	parts := make([]string, len(exprs))
	for i, e := range exprs {
		switch {
		case e.Excluded:
			parts[i] = "excluded"
		case e.Date.IsZero():
			parts[i] = "?"
		default:
			parts[i] = e.Date.String()
			if end := e.Date.EndString(); end != "" {
				parts[i] += "/" + end
			}
		}
	}
	return strings.Join(parts, ";")
}

// TestDatesFile runs every case of testdata/dates.tsv.
func TestDatesFile(t *testing.T) {
	f, err := os.Open("testdata/dates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, cases := 0, 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			t.Errorf("dates.tsv:%d: %d columns, want 5: %q", n, len(cols), line)
			continue
		}
		cases++
		input, refs, tenses, want, comment := cols[0], cols[1], cols[2], cols[3], cols[4]
		var c temporal.Context
		if refs != "-" {
			d, err := timeline.ParseDate(refs)
			if err != nil || d.Precision != timeline.PrecisionDay {
				t.Errorf("dates.tsv:%d: bad reference day %q", n, refs)
				continue
			}
			c.Ref = d.Start
		}
		if c.Tense, err = temporal.ParseTense(tenses); err != nil {
			t.Errorf("dates.tsv:%d: %v", n, err)
			continue
		}
		got := temporal.Find(input, c)
		if s := summary(got); s != want {
			t.Errorf("dates.tsv:%d: %s\n\tinput: %s (ref %s, %s)\n\tgot:   %s\n\twant:  %s\n\texprs: %v",
				n, comment, input, refs, tenses, s, want, got)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if cases < 150 {
		t.Errorf("dates.tsv has %d cases, want at least 150", cases)
	}
}
