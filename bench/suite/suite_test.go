package suite

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tl-project/tl/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestParseSizes(t *testing.T) {
	tests := []struct {
		in   string
		want []int
		err  bool
	}{
		{"10k", []int{10_000}, false},
		{"10k,1M,10M", []int{10_000, 1_000_000, 10_000_000}, false},
		{" 2500 , 3K ", []int{2500, 3000}, false},
		{"1m", []int{1_000_000}, false},
		{"", nil, true},
		{"0", nil, true},
		{"-5k", nil, true},
		{"ten", nil, true},
	}
	for _, tt := range tests {
		got, err := ParseSizes(tt.in)
		if (err != nil) != tt.err || !slices.Equal(got, tt.want) {
			t.Errorf("ParseSizes(%q) = %v, %v", tt.in, got, err)
		}
		if err != nil && !errors.Is(err, ErrBadSize) {
			t.Errorf("ParseSizes(%q) error %v, want ErrBadSize", tt.in, err)
		}
	}
	for n, want := range map[int]string{10_000: "10k", 1_000_000: "1M", 2500: "2500", 10_000_000: "10M", 1500: "1500"} {
		if got := SizeLabel(n); got != want {
			t.Errorf("SizeLabel(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestPercentileAndSummary(t *testing.T) {
	xs := make([]float64, 200)
	for i := range xs {
		xs[i] = float64(i + 1) // 1..200
	}
	tests := []struct {
		p    float64
		want float64
	}{{50, 100}, {99, 198}, {100, 200}, {1, 2}, {0, 1}}
	for _, tt := range tests {
		if got := percentile(xs, tt.p); got != tt.want {
			t.Errorf("percentile(1..200, %v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if got := percentile(nil, 50); got != 0 {
		t.Errorf("percentile(nil) = %v", got)
	}
	l := summarize([]float64{5, 1, 3}, 12)
	if l.N != 3 || l.P50 != 3 || l.P99 != 5 || l.Mean != 3 || l.Rows != 4 {
		t.Errorf("summarize = %+v", l)
	}
}

func TestQueryText(t *testing.T) {
	from, to := timeline.DayOf(2021, time.January, 1), timeline.DayOf(2021, time.March, 31)
	tests := []struct {
		q    Query
		want string
	}{
		{Query{Kind: KindActorRange, A: "RUS", From: from, To: to}, "events where actor = RUS and date between 2021-01-01 and 2021-03-31"},
		{Query{Kind: KindPlace, A: "moscow", From: from, To: to}, "events where place = moscow and date between 2021-01-01 and 2021-03-31"},
		{Query{Kind: KindCoActors, A: "RUS", B: "USA", From: from, To: to}, "events where actor = RUS and actor = USA and date between 2021-01-01 and 2021-03-31"},
		{Query{Kind: KindLimit10}, "events limit 10"},
		{Query{Kind: KindCountMonth}, "count by month"},
		{Query{Kind: KindCountMonthActor, A: "rus-0002"}, "count by month where actor = rus-0002"},
	}
	for _, tt := range tests {
		if got := tt.q.String(); got != tt.want {
			t.Errorf("%v: String() = %q, want %q", tt.q.Kind, got, tt.want)
		}
		if _, ok := sqliteQueries[tt.q.Kind]; !ok {
			t.Errorf("%v has no SQLite statement", tt.q.Kind)
		}
	}
	if Kind(99).String() != "kind(99)" {
		t.Error("unknown kind string")
	}
}

func TestResultCompare(t *testing.T) {
	a := &Result{IDs: []string{"a", "b", "c"}}
	tests := []struct {
		b     *Result
		equal bool
		diff  string
	}{
		{&Result{IDs: []string{"a", "b", "c"}}, true, ""},
		{&Result{IDs: []string{"a", "c", "b"}}, false, "different order"},
		{&Result{IDs: []string{"a", "b"}}, false, "only in first [c]"},
		{&Result{IDs: []string{"a", "b", "c", "d"}}, false, "only in second [d]"},
	}
	for _, tt := range tests {
		if got := a.Equal(tt.b); got != tt.equal {
			t.Errorf("Equal(%v) = %v", tt.b.IDs, got)
		}
		if !tt.equal && !strings.Contains(a.Diff(tt.b), tt.diff) {
			t.Errorf("Diff(%v) = %q, want it to mention %q", tt.b.IDs, a.Diff(tt.b), tt.diff)
		}
	}
	c1 := &Result{Counts: map[string]int64{"2021-01": 3, "2021-02": 1}}
	c2 := &Result{Counts: map[string]int64{"2021-01": 3, "2021-03": 1}}
	if c1.Equal(c2) || !c1.Equal(c1) {
		t.Error("count results compare wrongly")
	}
	if d := c1.Diff(c2); !strings.Contains(d, "2021-02: 1 vs 0") || !strings.Contains(d, "2021-03: 0 vs 1") {
		t.Errorf("Diff = %q", d)
	}
	if c1.Rows() != 2 || a.Rows() != 3 {
		t.Error("Rows")
	}
}

func TestMonthLabels(t *testing.T) {
	d := timeline.DayOf(2021, time.March, 15)
	if monthLabel(d) != "2021-03" || labelOfMonth(monthIndex(d)) != "2021-03" {
		t.Errorf("month of %v: %s, %s", d, monthLabel(d), labelOfMonth(monthIndex(d)))
	}
	d = timeline.DayOf(1990, time.December, 31)
	if labelOfMonth(monthIndex(d)) != "1990-12" {
		t.Errorf("December: %s", labelOfMonth(monthIndex(d)))
	}
}

// sampleReport is a fixed report for the table golden file.
func sampleReport() *Report {
	ph := []PhaseResult{
		{Job: Job{Store: StoreTL, Phase: PhaseIngest}, Seconds: 10, Events: 10000, MaxRSSKB: 300 << 10, MaxAnonKB: 120 << 10},
		{Job: Job{Store: StoreTL, Phase: PhaseRaw}, Seconds: 5, Events: 10000, KVs: 500000, Bytes: 30 << 20},
		{Job: Job{Store: StoreTL, Phase: PhaseQuery}, OpenMs: 30, MaxRSSKB: 90 << 10, MaxAnonKB: 30 << 10, Queries: map[string]Latency{
			KindActorRange.String(): {N: 50, P50: 2, P99: 8, Rows: 45}, KindCountMonth.String(): {N: 50, P50: 0.4, P99: 1}}},
		{Job: Job{Store: StoreSQLite, Phase: PhaseIngest}, Seconds: 2, Events: 10000, MaxRSSKB: 50 << 10, MaxAnonKB: 45 << 10},
		{Job: Job{Store: StoreSQLite, Phase: PhaseQuery}, OpenMs: 5, MaxRSSKB: 40 << 10, MaxAnonKB: 35 << 10, Queries: map[string]Latency{
			KindActorRange.String(): {N: 50, P50: 1, P99: 4, Rows: 45}, KindCountMonth.String(): {N: 50, P50: 4, P99: 8}}},
	}
	return &Report{
		Machine: Machine{CPUs: 2, CPU: "Test CPU", MemoryMB: 1024, Go: "go1.x", OS: "linux/amd64"},
		Config:  ReportConfig{Seed: 1, Queries: 50, Budget: 2, Batch: 5000, FTS: true},
		Sizes: []SizeReport{{Events: 10000, Seconds: 20, Phases: ph,
			Lines: lines(ph, map[string]int64{StoreTL: 40 << 20, StoreSQLite: 10 << 20})}},
		Seconds: 20,
	}
}

func TestLines(t *testing.T) {
	r := sampleReport()
	ls := r.Sizes[0].Lines
	get := func(metric string) Line {
		for _, l := range ls {
			if l.Metric == metric {
				return l
			}
		}
		t.Fatalf("no line %q", metric)
		return Line{}
	}
	if l := get("bulk ingest"); l.TL != 1000 || l.SQLite != 5000 || l.Ratio != 0.2 {
		t.Errorf("ingest line %+v", l)
	}
	if l := get("Badger raw batch write, same bytes"); l.TL != 2000 || l.Ratio != 0.5 {
		t.Errorf("raw line %+v", l)
	}
	if l := get("actor + date range p50"); l.TL != 2 || l.SQLite != 1 || l.Ratio != 2 {
		t.Errorf("p50 line %+v", l)
	}
	if l := get("size on disk"); l.Ratio != 4 {
		t.Errorf("size line %+v", l)
	}
	if l := get("peak RSS, queries"); l.TL != 90 || l.SQLite != 40 {
		t.Errorf("rss line %+v", l)
	}
}

func TestTableGolden(t *testing.T) {
	var b bytes.Buffer
	if err := sampleReport().WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "table.golden")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("table differs from %s (run with -update):\n%s", golden, b.String())
	}
	b.Reset()
	if err := sampleReport().WriteJSON(&b); err != nil || !strings.Contains(b.String(), `"ratio": 0.2`) {
		t.Errorf("JSON: %v\n%s", err, b.String())
	}
}

// TestWorkerPhases runs every phase in-process on a small corpus: the
// same code path as the CI quick mode, so it cannot rot.
func TestWorkerPhases(t *testing.T) {
	if testing.Short() {
		t.Skip("runs all phases")
	}
	ctx := context.Background()
	dir := t.TempDir()
	wl := filepath.Join(dir, "workload.json")
	base := Job{Events: 1500, Seed: 3, Workload: wl, Queries: 10, Budget: time.Second, Batch: 500, FTS: true}
	run := func(phase, store string) *PhaseResult {
		j := base
		j.Phase, j.Store, j.Dir = phase, store, filepath.Join(dir, store)
		if phase == PhaseIngest && store == StoreSQLite {
			j.Workload = ""
		}
		r, err := Worker(ctx, j)
		if err != nil {
			t.Fatalf("%s %s: %v", store, phase, err)
		}
		return r
	}
	ti := run(PhaseIngest, StoreTL)
	if ti.Events != 1500 || ti.Seconds <= 0 || ti.MaxRSSKB <= 0 {
		t.Errorf("tl ingest %+v", ti)
	}
	raw := run(PhaseRaw, StoreTL)
	if raw.KVs < 1500*10 || raw.Bytes <= 0 || raw.Seconds <= 0 {
		t.Errorf("raw %+v: fewer KVs than events have index entries", raw)
	}
	if _, err := os.Stat(filepath.Join(dir, StoreTL) + "-raw"); !os.IsNotExist(err) {
		t.Errorf("raw copy left behind: %v", err)
	}
	// A sample of a quarter of the events' key-values: about a quarter of
	// the key-values, reported as a quarter of the events.
	base.RawEvents = 375
	part := run(PhaseRaw, StoreTL)
	if part.Sample != 0.25 || part.Events != 375 || part.KVs < raw.KVs/5 || part.KVs > raw.KVs/3 {
		t.Errorf("raw sample of 375/1500 events: %+v (all: %d KVs)", part, raw.KVs)
	}
	base.RawEvents = 0
	run(PhaseIngest, StoreSQLite)
	for _, s := range []string{StoreTL, StoreSQLite} {
		q := run(PhaseQuery, s)
		if q.OpenMs <= 0 || len(q.Queries) != len(Kinds) {
			t.Errorf("%s query phase %+v", s, q)
		}
		for k, l := range q.Queries {
			if l.N == 0 || l.P50 <= 0 || l.P99 < l.P50 {
				t.Errorf("%s %s: %+v", s, k, l)
			}
		}
		if n, err := DirSize(filepath.Join(dir, s)); err != nil || n == 0 {
			t.Errorf("%s size %d, %v", s, n, err)
		}
	}
	if _, err := Worker(ctx, Job{Phase: "nope"}); !errors.Is(err, ErrPhase) {
		t.Errorf("unknown phase error %v", err)
	}
}

func TestStatusField(t *testing.T) {
	status := []byte("Name:\ttlbench\nVmRSS:\t  204800 kB\nRssAnon:\t   51200 kB\nRssFile:\t  153600 kB\n")
	tests := []struct {
		name string
		want int64
		ok   bool
	}{
		{"RssAnon:", 51200, true},
		{"VmRSS:", 204800, true},
		{"RssShmem:", 0, false},
		{"Name:", 0, false},
	}
	for _, tt := range tests {
		got, ok := statusField(status, tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("statusField(%q) = %d, %v; want %d, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestAnonSamplerSeesThisProcess(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc")
	}
	s := startAnonSampler()
	if peak := s.Stop(); peak <= 0 {
		t.Errorf("peak anonymous RSS = %d KiB, want > 0", peak)
	}
}

// TestAssemble rebuilds a size's report from phase results saved one by
// one, as a run cut short leaves them.
func TestAssemble(t *testing.T) {
	dir := t.TempDir()
	save := func(store, phase string, r PhaseResult) {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, store+"-"+phase+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	save(StoreTL, PhaseIngest, PhaseResult{Seconds: 100, Events: 1000, Wall: 101})
	save(StoreSQLite, PhaseIngest, PhaseResult{Seconds: 10, Events: 1000, Wall: 11})
	save(StoreTL, PhaseQuery, PhaseResult{OpenMs: 40, Wall: 5, Queries: map[string]Latency{KindLimit10.String(): {N: 5, P50: 2, P99: 3}}})
	save(StoreSQLite, PhaseQuery, PhaseResult{OpenMs: 10, Wall: 5, Queries: map[string]Latency{KindLimit10.String(): {N: 5, P50: 1, P99: 6}}})
	rep, err := Assemble(dir, 1000)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]float64{ // tl, sqlite, ratio
		"bulk ingest":                        {10, 100, 0.1},
		"Badger raw batch write, same bytes": {0, 0, 0}, // not run
		KindLimit10.String() + " p50":        {2, 1, 2},
		KindLimit10.String() + " p99":        {3, 6, 0.5},
		"cold open + first query":            {40, 10, 4},
	}
	got := map[string]Line{}
	for _, l := range rep.Sizes[0].Lines {
		got[l.Metric] = l
	}
	for m, w := range want {
		l, ok := got[m]
		if !ok || l.TL != w[0] || l.SQLite != w[1] || l.Ratio != w[2] {
			t.Errorf("%s: got %+v, want tl %v sqlite %v ratio %v", m, l, w[0], w[1], w[2])
		}
	}
	if rep.Sizes[0].Seconds != 122 {
		t.Errorf("seconds = %v, want 122", rep.Sizes[0].Seconds)
	}
}
