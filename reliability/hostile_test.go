package reliability

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var tinyFiles = flag.Int("hostile.tiny", 0, "tiny files in TestHostileManyTinyFiles (default 20000, 2000 with -short; 1000000 for the full run, which also bounds the RSS per file)")

// run is one tl run with its peak resident memory.
type run struct {
	result
	maxRSS int64   // bytes: the whole resident set, file pages included
	mem    memPeak // its anonymous and file-backed parts, sampled
}

// timeBin is GNU time, which measures a child's peak RSS free of the
// test process's own (a forked child inherits its parent's high-water
// mark in the kernel's rusage).
var timeBin = func() string {
	if _, err := os.Stat("/usr/bin/time"); err == nil {
		return "/usr/bin/time"
	}
	return ""
}()

// tlRSS runs tl with stdin and reports its result and peak RSS: from GNU
// time when installed, else from the kernel's rusage of the child.
func tlRSS(t testing.TB, stdin []byte, args ...string) run {
	t.Helper()
	return tlRSSWithin(t, 3*time.Minute, stdin, args...)
}

// tlRSSWithin is tlRSS with a deadline of its own.
func tlRSSWithin(t testing.TB, timeout time.Duration, stdin []byte, args ...string) run {
	t.Helper()
	return tlRun(t, runOptions{timeout: timeout, stdin: stdin}, args...)
}

// runOptions are how tlRun runs tl.
type runOptions struct {
	timeout time.Duration
	stdin   []byte
	wrap    []string // words before tl's command line (memoryCgroup)
}

// tlRun runs tl and reports its result, its peak RSS (GNU time when
// installed, else the kernel's rusage of the child) and the peaks of its
// anonymous and file-backed memory (sampled every 20 ms on Linux).
func tlRun(t testing.TB, o runOptions, args ...string) run {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	argv := append(append(slices.Clone(o.wrap), tlBin), args...)
	if timeBin != "" {
		argv = append([]string{timeBin, "-f", "\nTLRSS %M"}, argv...)
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Stdin = bytes.NewReader(o.stdin)
	err := cmd.Start()
	if err != nil {
		t.Fatalf("tl %s: %v", strings.Join(args, " "), err)
	}
	stop := watchMemory(cmd.Process.Pid)
	err = cmd.Wait()
	r := run{result: result{stdout: out.String(), stderr: errb.String()}, mem: stop()}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("tl %s: %v", strings.Join(args, " "), err)
		}
		r.code = ee.ExitCode()
	}
	if i := strings.LastIndex(r.stderr, "\nTLRSS "); timeBin != "" && i >= 0 {
		kb, err := strconv.ParseInt(strings.TrimSpace(r.stderr[i+len("\nTLRSS "):]), 10, 64)
		if err != nil {
			t.Fatalf("GNU time output: %q", r.stderr[i:])
		}
		r.maxRSS = kb * 1024
		r.stderr = r.stderr[:i]
		if j := strings.LastIndex(r.stderr, "Command exited with non-zero status"); j >= 0 {
			r.stderr = r.stderr[:j]
		}
	} else if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return r
}

// memLimit is the peak RSS any hostile input may cost the tl process.
const memLimit = 256 << 20

// facts reduces an export to what the extractor decided, independent of
// byte offsets and sentence text: type, date, status, actors, places.
func facts(t testing.TB, lines []string) []string {
	t.Helper()
	var out []string
	for _, l := range lines {
		var e struct {
			Type, Date, End, Status string
			Actors, Places          []string
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatal(err)
		}
		sort.Strings(e.Actors)
		sort.Strings(e.Places)
		out = append(out, fmt.Sprintf("%s %s..%s %s %v %v", e.Type, e.Date, e.End, e.Status, e.Actors, e.Places))
	}
	sort.Strings(out)
	return out
}

// ingestOne writes data as dir/name and ingests it into a fresh database
// with a fixed publication day.
func ingestOne(t testing.TB, dir, name string, data []byte) (db string, r run) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	db = filepath.Join(dir, "db")
	return db, tlRSS(t, nil, "--db", db, "ingest", "--published", "2024-10-23", p)
}

// sampleText is the Arabic text of one example article with events.
func sampleText(t testing.TB) []byte {
	t.Helper()
	for _, a := range baseArticles(t) {
		if strings.HasSuffix(a.name, ".txt") {
			return a.data
		}
	}
	t.Fatal("no .txt article in the example corpus")
	return nil
}

// TestHostileInput feeds tl ingest inputs meant to break it. Each must
// give a clear error naming the problem or the correct result (the same
// events as the clean UTF-8 text), never a panic, in bounded memory.
func TestHostileInput(t *testing.T) {
	text := sampleText(t)
	refDB, refRun := ingestOne(t, filepath.Join(t.TempDir(), "ref"), "doc.txt", text)
	if refRun.code != 0 {
		t.Fatalf("clean ingest: %s", refRun.result)
	}
	want := facts(t, export(t, refDB))
	if len(want) == 0 {
		t.Fatal("the sample article gives no events")
	}

	enc := func(e interface {
		Bytes([]byte) ([]byte, error)
	}, b []byte) []byte {
		out, err := e.Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	marks := func(b []byte) []byte {
		// An RLM, a ZWJ and a ZWNJ inside every word of four or more
		// Arabic letters (numbers, punctuation and the line structure are
		// left alone, so only the marks differ from the plain text).
		words := regexp.MustCompile(`[^\s]+`)
		return words.ReplaceAllFunc(b, func(w []byte) []byte {
			r := []rune(string(w))
			if len(r) >= 4 && allArabic(r) {
				return []byte(string(r[:1]) + "\u200f" + string(r[1:2]) + "\u200d" + string(r[2:3]) + "\u200c" + string(r[3:]))
			}
			return w
		})
	}
	shallowDB, r := ingestOne(t, filepath.Join(t.TempDir(), "shallow"), "doc.html", deepHTML(text, 1))
	if r.code != 0 {
		t.Fatalf("HTML ingest: %s", r.result)
	}
	wantHTML := facts(t, export(t, shallowDB))
	deep := func(n int) []byte { return deepHTML(text, n) }
	longLine := func(n int) []byte {
		line := bytes.ReplaceAll(text, []byte("\n"), []byte(" "))
		var b bytes.Buffer
		for b.Len() < n {
			b.Write(line)
			b.WriteByte(' ')
		}
		return b.Bytes()
	}

	tests := []struct {
		name string
		file string
		data []byte
		// refuse, when set, is a phrase the error must contain; otherwise
		// the ingest must succeed. same asks for the reference events.
		refuse string
		same   bool
		html   bool // compare with the text in one <div>, not the plain text
	}{
		{"invalid UTF-8", "bad.txt", append(append(slices.Clone(text[:200]), 0xff, 0xfe, 0xc3), text[200:]...), "UTF-8", false, false},
		{"NUL bytes", "nul.txt", bytes.ReplaceAll(text, []byte(" "), []byte{0}), "binary", false, false},
		{"PNG header", "image.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), bytes.Repeat([]byte{0, 0xff, 7}, 4000)...), "binary", false, false},
		{"empty", "empty.txt", nil, "empty", false, false},
		{"Windows-1256", "cp1256.txt", enc(charmap.Windows1256.NewEncoder(), text), "", true, false},
		{"UTF-16 LE with BOM", "le.txt", enc(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), text), "", true, false},
		{"UTF-16 BE with BOM", "be.txt", enc(unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder(), text), "", true, false},
		{"UTF-16 LE without BOM", "le-nobom.txt", enc(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder(), text), "binary", false, false},
		{"UTF-8 BOM", "bom.txt", append([]byte("\ufeff"), text...), "", true, false},
		{"RTL marks, ZWJ and ZWNJ inside words", "marks.txt", marks(text), "", true, false},
		{"100k nested div", "deep.html", deep(100_000), "", true, true},
		{"10 MB single line", "long.txt", longLine(10 << 20), "more than", false, false},
		{"1 MB single line", "long1.txt", longLine(1 << 20), "", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db, r := ingestOne(t, t.TempDir(), tc.file, tc.data)
			noPanic(t, tc.name, r.result)
			t.Logf("%s: %d bytes, exit %d, peak RSS %.1f MiB", tc.name, len(tc.data), r.code, float64(r.maxRSS)/(1<<20))
			if r.maxRSS > memLimit {
				t.Errorf("peak RSS %d MiB > %d MiB", r.maxRSS>>20, memLimit>>20)
			}
			if tc.refuse != "" {
				if r.code == 0 {
					t.Fatalf("accepted; want an error about %q: %s", tc.refuse, r.result)
				}
				msg := strings.ToLower(r.stderr)
				if !strings.Contains(msg, strings.ToLower(tc.refuse)) || !strings.Contains(r.stderr, tc.file) {
					t.Errorf("error should name the file and say %q: %s", tc.refuse, r.stderr)
				}
				return
			}
			if r.code != 0 {
				t.Fatalf("refused: %s", r.result)
			}
			checkOK(t, db)
			if tc.same {
				want := want
				if tc.html {
					want = wantHTML
				}
				if got := facts(t, export(t, db)); !slices.Equal(got, want) {
					t.Errorf("events differ from the UTF-8 text:\n got %q\nwant %q", got, want)
				}
			}
		})
	}
}

// TestHostileHugeFile ingests a 200 MB (sparse) file: it must be refused
// by the size limit before it is read, with a clear message, in bounded
// memory.
func TestHostileHugeFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(sampleText(t)); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	r := tlRSS(t, nil, "--db", filepath.Join(dir, "db"), "ingest", "--published", "2024-01-01", p)
	noPanic(t, "200 MB file", r.result)
	t.Logf("200 MB file: exit %d, peak RSS %.1f MiB, stderr %q", r.code, float64(r.maxRSS)/(1<<20), strings.TrimSpace(r.stderr))
	if r.code == 0 {
		t.Fatalf("a 200 MB file was accepted: %s", r.result)
	}
	if !strings.Contains(r.stderr, "huge.txt") || !strings.Contains(strings.ToLower(r.stderr), "large") {
		t.Errorf("message should name the file and say it is too large: %s", r.stderr)
	}
	if r.maxRSS > memLimit {
		t.Errorf("peak RSS %d MiB > %d MiB", r.maxRSS>>20, memLimit>>20)
	}
	// Standard input is bounded the same way.
	big := make([]byte, 70<<20)
	r = tlRSS(t, big, "--db", filepath.Join(dir, "db2"), "ingest", "--published", "2024-01-01", "-")
	noPanic(t, "70 MB on stdin", r.result)
	t.Logf("70 MB on stdin: exit %d, peak RSS %.1f MiB", r.code, float64(r.maxRSS)/(1<<20))
	if r.code == 0 || !strings.Contains(strings.ToLower(r.stderr), "large") {
		t.Errorf("70 MB of stdin should be refused as too large: %s", r.result)
	}
}

// tinyGrowthFrom is the folder size from which TestHostileManyTinyFiles
// also reports the peak RSS each file adds, against an ingest of 20,000
// (below it, whether one more memtable arena, about 21 MiB for Badger's
// 16 MiB memtables, is alive at the peak hides any per-file cost).
const tinyGrowthFrom = 500_000

// tinyIngest ingests a fresh folder of n tiny files, one per line of a
// short Arabic text, into a fresh database.
func tinyIngest(t *testing.T, n int) (db string, r run) {
	t.Helper()
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	words := []string{"قمة", "اجتماع", "زيارة", "اتصال هاتفي", "اتفاق"}
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("%s رقم %d\n", words[i%len(words)], i)
		if err := os.WriteFile(filepath.Join(docs, fmt.Sprintf("t%07d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	db = filepath.Join(dir, "db")
	prof := filepath.Join(dir, "heap.pprof")
	o := runOptions{timeout: tinyTimeout(n)}
	wrap, why, limited := memoryCgroup(t, memLimit)
	if limited {
		o.wrap = wrap
	} else {
		t.Logf("no memory cgroup (%s): the anonymous and file-backed peaks are bounded instead", why)
	}
	r = tlRun(t, o, "--memprofile", prof, "--db", db, "ingest", "--published", "2024-01-01", docs)
	noPanic(t, "tiny files", r.result)
	t.Logf("%d tiny files: exit %d in %v, peak RSS %.1f MiB (anonymous %.1f, file-backed %.1f), in a %d MiB cgroup: %v: %s",
		n, r.code, time.Since(start).Round(time.Millisecond), mib(r.maxRSS), mib(r.mem.anon), mib(r.mem.file), memLimit>>20, limited, strings.TrimSpace(r.stdout))
	if r.code != 0 {
		if limited {
			t.Fatalf("ingest of tiny files failed inside a memory cgroup of %d MiB (killed when over it): %s", memLimit>>20, r.result)
		}
		t.Fatalf("ingest of tiny files failed: %s", r.result)
	}
	if want := fmt.Sprintf("ingested %d articles (0 already present)", n); !strings.Contains(r.stdout, want) {
		t.Errorf("summary should say %q: %s", want, r.stdout)
	}
	boundMapped(t, r, db)
	if held := corpusHeap(t, prof); n*maxCorpusFileBytes < 8*profileStep {
		// A few samples of the heap profile: too coarse to bound.
		t.Logf("package corpus holds %d bytes at the heap's peak (%d files: too few to bound with a profile sampled every %d bytes)", held, n, profileStep)
	} else if float64(held)/float64(n) > maxCorpusFileBytes {
		t.Errorf("package corpus holds %d bytes at the heap's peak, %.0f a file; want at most %d a file", held, float64(held)/float64(n), maxCorpusFileBytes)
	} else {
		t.Logf("package corpus holds %d bytes at the heap's peak, %.1f a file", held, float64(held)/float64(n))
	}
	return db, r
}

// boundMapped checks the memory of an ingest into db: its anonymous
// memory (what the process itself holds) under memLimit, and the rest of
// its peak RSS no more than the pages it may map: the tl binary, the
// database's files and its two memtables. Without a sample of the
// anonymous part (not Linux), the whole peak RSS is bounded by memLimit.
func boundMapped(t *testing.T, r run, db string) {
	t.Helper()
	if r.mem.anon == 0 {
		if r.maxRSS > memLimit {
			t.Errorf("peak RSS %d MiB > %d MiB", r.maxRSS>>20, memLimit>>20)
		}
		return
	}
	if r.mem.anon > memLimit {
		t.Errorf("peak anonymous memory %.1f MiB > %d MiB", mib(r.mem.anon), memLimit>>20)
	}
	mapped := dirSize(t, db) + dirSize(t, tlBin) + 2*memtableSize
	if r.maxRSS > memLimit+mapped {
		t.Errorf("peak RSS %.1f MiB > %d MiB and the %.1f MiB of files it maps", mib(r.maxRSS), memLimit>>20, mib(mapped))
	}
}

// memtableSize is the size of each of Badger's two memtables, whose logs
// are mapped files (engine/db.go).
const memtableSize = 16 << 20

// mib converts bytes to MiB.
func mib(n int64) float64 { return float64(n) / (1 << 20) }

// dirSize returns the bytes of the regular files under path (or of path).
func dirSize(t *testing.T, path string) int64 {
	t.Helper()
	var n int64
	err := filepath.WalkDir(path, func(_ string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			fi, err := d.Info()
			if err != nil {
				return err
			}
			n += fi.Size()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// profileStep is the sampling step of tl's heap profile
// (runtime.MemProfileRate under --memprofile, cmd/tl/main.go): a folder
// small enough that package corpus holds a few steps gives a profile too
// coarse to bound it by (2,000 files showed 0 in one run and 99 bytes a
// file in another).
const profileStep = 64 << 10

// maxCorpusFileBytes bounds the heap package corpus may hold per input
// file while tl ingests a folder: its packed name list, allocated at its
// exact size, is 21 bytes a file for these names. The Doc list and
// directory entries it held before corpus.Input.Walk cost 88 to 111 bytes
// a file (heap profiles at 1M and 20k files, docs/reliability.md).
const maxCorpusFileBytes = 48

// corpusHeap reads a heap profile written by tl's hidden --memprofile flag
// (the heap near its peak) and returns the bytes live in allocations made
// under package corpus, with "go tool pprof": those under a corpus frame
// but not under the engine or the extractor, which the ingest calls from
// inside corpus.Input.Walk (Badger's block cache would count otherwise).
func corpusHeap(t *testing.T, prof string) int64 {
	t.Helper()
	out, err := exec.Command("go", "tool", "pprof", "-sample_index=inuse_space", "-unit=B",
		`-focus=tl-project/tl/corpus\.`, `-ignore=tl-project/tl/(engine|extract)`, "-top", tlBin, prof).CombinedOutput()
	if err != nil {
		t.Fatalf("go tool pprof: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`Showing nodes accounting for (\d+)B?,`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("go tool pprof printed no total:\n%s", out)
	}
	n, err := strconv.ParseInt(string(m[1]), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// tinyTimeout allows an ingest of n tiny files about 20 minutes a million
// on a loaded two-core machine (it takes 4 to 8).
func tinyTimeout(n int) time.Duration {
	return 3*time.Minute + time.Duration(n)*20*time.Minute/1_000_000
}

// TestHostileManyTinyFiles ingests a folder of many tiny files: every file
// is ingested, in bounded memory (inside a memory cgroup of memLimit when
// the machine allows one; anonymous memory under memLimit and file pages
// no more than the files tl maps; package corpus holding at most
// maxCorpusFileBytes a file at the heap's peak),
// tl check is clean, and ingesting the folder again adds nothing. From
// tinyGrowthFrom files on (-hostile.tiny=1000000) it also reports the peak
// RSS each file adds.
func TestHostileManyTinyFiles(t *testing.T) {
	n := *tinyFiles
	if n == 0 {
		n = 20000
		if testing.Short() {
			n = 2000
		}
	}
	db, r := tinyIngest(t, n)
	checkOK(t, db)
	again := tlRSSWithin(t, tinyTimeout(n), nil, "--db", db, "ingest", "--published", "2024-01-01", filepath.Join(filepath.Dir(db), "docs"))
	noPanic(t, "tiny files again", again.result)
	if want := fmt.Sprintf("ingested 0 articles (%d already present): 0 events", n); again.code != 0 || !strings.Contains(again.stdout, want) {
		t.Errorf("second ingest should say %q: %s", want, again.result)
	}
	if n < tinyGrowthFrom {
		return
	}
	const small = 20000
	_, ref := tinyIngest(t, small)
	// Reported, not bounded: the file-backed part grows with the database
	// (its mapped tables); the anonymous part is bounded above.
	t.Logf("peak RSS %.1f MiB at %d files, %.1f MiB at %d: %.1f bytes a file; anonymous %.1f and %.1f MiB: %.1f bytes a file",
		mib(r.maxRSS), n, mib(ref.maxRSS), small, float64(r.maxRSS-ref.maxRSS)/float64(n-small),
		mib(r.mem.anon), mib(ref.mem.anon), float64(r.mem.anon-ref.mem.anon)/float64(n-small))
}

// maxErrorOutput bounds what tl may print for one hostile query's error:
// no more than the longest query it accepts (query.MaxLength).
const maxErrorOutput = 64 << 10

// TestHostileQueries sends queries meant to break the parser and the
// planner: each gets a clear error (or a correct empty result), no panic.
func TestHostileQueries(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	ingest(t, db, exampleCorpus)
	tests := []struct {
		name  string
		query string
		stdin bool   // through the shell on stdin (too long for argv)
		want  string // phrase of the error; "" means success
	}{
		{"1 MB query", "events where source = '" + strings.Repeat("ق", 512<<10) + "'\n", true, "long"},
		{"1 MB of operators", "events where " + strings.Repeat("type = summit or ", 60000) + "type = call\n", true, "long"},
		{"10000 nested parentheses", "events where " + strings.Repeat("(", 10000) + "type = summit" + strings.Repeat(")", 10000), false, "nest"},
		{"65 nested parentheses", "events where " + strings.Repeat("(", 65) + "type = summit" + strings.Repeat(")", 65), false, "nest"},
		{"unbalanced parentheses", "events where ((type = summit", false, ""},
		{"NUL in a query", "events where source = '\x00'", true, ""},
		{"invalid UTF-8 in a query", "events where source = '\xff\xfe'\n", true, ""},
		{"60 nested parentheses", "events where " + strings.Repeat("(", 60) + "type = summit" + strings.Repeat(")", 60), false, "ok"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r run
			if tc.stdin {
				r = tlRSS(t, []byte(tc.query), "--db", db, "repl")
			} else {
				r = tlRSS(t, nil, "--db", db, "query", "--format", "jsonl", tc.query)
			}
			noPanic(t, tc.name, r.result)
			if r.maxRSS > memLimit {
				t.Errorf("peak RSS %d MiB > %d MiB", r.maxRSS>>20, memLimit>>20)
			}
			out := strings.ToLower(r.stdout + r.stderr)
			// An error quotes the query around the fault, not all of it.
			if n := len(out); tc.want != "ok" && n > maxErrorOutput {
				t.Errorf("%d bytes of output for one error (limit %d): the message echoes the whole query; starts %q",
					n, maxErrorOutput, clip(out[:200]))
			}
			switch tc.want {
			case "ok":
				if r.code != 0 || strings.Count(r.stdout, "\n") == 0 {
					t.Errorf("want summit events: %s", r.result)
				}
			case "":
				if !strings.Contains(out, "error") && r.code == 0 {
					// The shell reports errors on its output and goes on.
					t.Logf("accepted: %s", clip(r.stdout))
				}
			default:
				if !strings.Contains(out, tc.want) {
					t.Errorf("want an error about %q: %s", tc.want, r.result)
				}
			}
		})
	}
}

// TestHostileManifest gives a manifest with a bad date: refused with the
// line named, nothing ingested.
func TestHostileManifest(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, sampleText(t), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, manifest, want string }{
		{"bad date", "{\"doc\":\"a.txt\",\"published\":\"2021-13-45\"}\n", "line 1"},
		{"not JSON", "{\"doc\":\"a.txt\"\n", "line 1"},
		{"no doc", "\n{\"published\":\"2021-01-01\"}\n", "line 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := filepath.Join(dir, tc.name+".jsonl")
			if err := os.WriteFile(m, []byte(tc.manifest), 0o644); err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(dir, "db-"+tc.name)
			r := tl(t, "", "--db", db, "ingest", "--manifest", m, doc)
			noPanic(t, tc.name, r)
			if r.code == 0 || !strings.Contains(r.stderr, "manifest") || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("want a manifest error naming %q: %s", tc.want, r)
			}
		})
	}
}

// deepHTML wraps text in n nested <div> elements.
func deepHTML(text []byte, n int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body>")
	b.WriteString(strings.Repeat("<div>", n))
	b.Write(text)
	b.WriteString(strings.Repeat("</div>", n))
	b.WriteString("</body></html>")
	return b.Bytes()
}

// allArabic reports whether every rune of r is an Arabic letter.
func allArabic(r []rune) bool {
	for _, c := range r {
		if c < 0x0621 || c > 0x064A {
			return false
		}
	}
	return true
}
