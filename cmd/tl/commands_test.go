package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// fixture is a JSONL export of 65 diplomatic events (2017–2026), loaded
// with tl import so these tests need no extraction.
const fixture = "../../internal/cookbook/testdata/fixture.jsonl"

// importedDB returns a database directory holding the fixture.
func importedDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "db")
	out, stderr, err := run(t, "", "--db", db, "import", fixture)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	if want := "imported 65 events: 65 new, 0 merged, 0 unchanged\n"; out != want {
		t.Fatalf("import printed %q, want %q", out, want)
	}
	return db
}

// TestImportScratch: tl import --scratch puts a bulk load's temporary
// files in the folder it names; a folder that cannot take them fails the
// import, which leaves the database without events.
func TestImportScratch(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	missing := filepath.Join(t.TempDir(), "missing")
	_, stderr, err := run(t, "", "--db", db, "import", "--scratch", missing, fixture)
	if err == nil || !strings.Contains(stderr, missing) {
		t.Fatalf("import --scratch %s: %v %q, want an error naming the folder", missing, err, stderr)
	}
	out, stderr, err := run(t, "", "--db", db, "import", "--scratch", t.TempDir(), fixture)
	if err != nil || out != "imported 65 events: 65 new, 0 merged, 0 unchanged\n" {
		t.Fatalf("import --scratch after the failed one: %v %q %q", err, out, stderr)
	}
}

func TestCommandUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"query"}, "query needs a QUERY"},
		{[]string{"query", "--format", "xml", "events"}, `unknown output format "xml"`},
		{[]string{"explain"}, "explain needs a QUERY"},
		{[]string{"stats", "--format", "pdf"}, `unknown output format "pdf"`},
		{[]string{"entities", "--format", "pdf"}, `unknown output format "pdf"`},
		{[]string{"entities", "add"}, "entities add needs one FILE"},
		{[]string{"import"}, "import needs one FILE"},
		{[]string{"backup"}, "backup needs one FILE"},
		{[]string{"backup", "a", "b"}, "backup needs one FILE"},
		{[]string{"restore"}, "restore needs one FILE"},
		{[]string{"export", "--format", "xml"}, "export --format is jsonl, csv, html or svg"},
		{[]string{"export", "--lanes", "city"}, "--lanes is actor or country"},
		{[]string{"report"}, "report needs one REPORT file"},
		{[]string{"report", "--format", "pdf", "r.md"}, "report --format is md or html"},
		{[]string{"query", "--param", "actor", "events"}, "want NAME=VALUE"},
		{[]string{"query", "--nosuchflag", "events"}, "flag provided but not defined"},
	} {
		_, stderr, err := run(t, "", append([]string{"--db", db}, tc.args...)...)
		if err == nil || exitCode(err) != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("tl %v: err=%v code=%d stderr=%q, want code 2 and %q", tc.args, err, exitCode(err), stderr, tc.want)
		}
	}
}

// TestQueryOutput checks what tl query and the shell print for each kind
// of result: events through the event view, a projection and an aggregate
// as tables with entity names in the --lang (.lang) language, plans through
// explain. The cases share one database, as opening one costs seconds on a
// busy disk.
func TestQueryOutput(t *testing.T) {
	db := importedDB(t)
	for _, tc := range []struct {
		args []string
		want string // the whole output
	}{
		{[]string{"query", "--format", "csv", "count where actor = $who", "--param", "who=RUS"}, "count\n61\n"},
		{[]string{"explain", "events where actor = RUS"},
			"index.Scan(actor, \"RUS\")\nestimated keys: 61\nactual keys: 122\nrows: 61\n"},
	} {
		out, stderr, err := run(t, "", append([]string{"--db", db}, tc.args...)...)
		if err != nil {
			t.Errorf("tl %v: %v\n%s", tc.args, err, stderr)
			continue
		}
		if out != tc.want {
			t.Errorf("tl %v printed\n%s\nwant\n%s", tc.args, out, tc.want)
		}
	}

	t.Run("jsonl", func(t *testing.T) {
		out, stderr, err := run(t, "", "--db", db, "query", "--format", "jsonl", "events where actor = بوتين and date in 2021")
		if err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		for _, l := range lines {
			var ev struct {
				Date   string `json:"date"`
				Actors []struct {
					ID string `json:"id"`
				} `json:"actors"`
			}
			if err := json.Unmarshal([]byte(l), &ev); err != nil {
				t.Fatalf("%v: %s", err, l)
			}
			putin := false
			for _, a := range ev.Actors {
				putin = putin || a.ID == "vladimir-putin"
			}
			if !strings.HasPrefix(ev.Date, "2021") || !putin {
				t.Errorf("event outside the query: %s", l)
			}
		}
		if len(lines) < 2 {
			t.Errorf("%d events of Putin in 2021, want several:\n%s", len(lines), out)
		}
	})

	// The shell prints queries as tl query does, and .open switches the
	// database (and back).
	t.Run("shell", func(t *testing.T) {
		empty := filepath.Join(t.TempDir(), "empty")
		script := ".format csv\n" +
			"top 2 countries\n" +
			".lang ar\n" +
			"top 2 countries\n" +
			"events (date, actors, places) where actor = RUS and date in 2021 order by date limit 2\n" +
			".lang en\n" +
			"events where actor = RUS order by date limit 1\n" +
			".entities بوتين\n" +
			".open " + empty + "\ncount\n.open\n.open " + db + "\ncount\n"
		out, stderr, err := run(t, script, "--db", db)
		if err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
		want := "country,name,count\nRUS,Russia,61\nUSA,United States,20\n" +
			"country,name,count\nRUS,روسيا,61\nUSA,الولايات المتحدة,20\n" +
			"date,actors,places\n2021,\"مصر, روسيا\",\n2021-05-19,\"أنتوني بلينكن, سيرغي لافروف\",ريكيافيك\n" +
			"date,type,status,actors,place,source,id\n?,summit,planned,\"Donald Trump, Vladimir Putin\",Budapest,wire-057.txt,fx-57\n" +
			"id,kind,name,name_ar,country\nvladimir-putin,person,Vladimir Putin,فلاديمير بوتين,RUS\n" +
			"count\n0\ncount\n65\n"
		if out != want {
			t.Errorf("shell printed\n%s\nwant\n%s", out, want)
		}
		if stderr != "error: .open needs a directory\n" {
			t.Errorf("stderr = %q, want only the .open usage error", stderr)
		}
	})
}

// TestBackupRestoreExportImport moves the fixture through backup/restore
// and export/import and checks that every copy holds the same events.
func TestBackupRestoreExportImport(t *testing.T) {
	db := importedDB(t)
	dir := t.TempDir()
	count := func(db string) string {
		t.Helper()
		out, stderr, err := run(t, "", "--db", db, "query", "--format", "csv", "count by year")
		if err != nil {
			t.Fatalf("count in %s: %v\n%s", db, err, stderr)
		}
		return out
	}
	want := count(db)

	backup := filepath.Join(dir, "tl.backup")
	if out, stderr, err := run(t, "", "--db", db, "backup", backup); err != nil || out != "backup written to "+backup+"\n" {
		t.Fatalf("backup: %v %q\n%s", err, out, stderr)
	}
	restored := filepath.Join(dir, "restored")
	if _, stderr, err := run(t, "", "--db", restored, "restore", backup); err != nil {
		t.Fatalf("restore: %v\n%s", err, stderr)
	}
	if got := count(restored); got != want {
		t.Errorf("restored database counts\n%s\nwant\n%s", got, want)
	}

	export := filepath.Join(dir, "events.jsonl")
	if _, stderr, err := run(t, "", "--db", db, "export", "--out", export); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	imported := filepath.Join(dir, "imported")
	if out, stderr, err := run(t, "", "--db", imported, "import", export); err != nil || !strings.HasPrefix(out, "imported 65 events: 65 new") {
		t.Fatalf("import: %v %q\n%s", err, out, stderr)
	}
	if got := count(imported); got != want {
		t.Errorf("re-imported database counts\n%s\nwant\n%s", got, want)
	}
}
