package suite

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Config configures Run.
type Config struct {
	// Sizes are the corpus sizes, in events.
	Sizes []int
	Seed  uint64
	// Queries is the number of queries of each kind; Budget bounds the
	// time one store spends on one kind at one size.
	Queries int
	Budget  time.Duration
	// Batch is the number of events per ingest call (and per SQLite
	// transaction).
	Batch int
	// TLBatch is engine.Options.BatchSize (0 for the engine's default).
	TLBatch int
	// Incremental makes both stores ingest batch by batch into their
	// indexes (tl with IngestEvents, SQLite row by row into indexed
	// tables) instead of loading in bulk.
	Incremental bool
	// FTS gives SQLite a full-text index of the sentences (tl always has
	// its word index).
	FTS bool
	// SQLiteDriver is SQLiteOptions.Driver.
	SQLiteDriver string
	// RawEvents bounds the raw-write phase to a sample of this many
	// events' key-values (Job.RawEvents; 0: all of them).
	RawEvents int
	// Dir holds the databases; they are removed after each size unless
	// Keep is set.
	Dir  string
	Keep bool
	// Profile, when set, is a directory for CPU and allocation profiles
	// of every phase.
	Profile string
	// Exe is the program to run workers with: it must call Worker when
	// given the arguments "worker" and the job as JSON.
	Exe string
	// Log receives progress lines.
	Log io.Writer
}

// Report is the outcome of Run.
type Report struct {
	Started time.Time    `json:"started"`
	Command string       `json:"command"`
	Machine Machine      `json:"machine"`
	Config  ReportConfig `json:"config"`
	Sizes   []SizeReport `json:"sizes"`
	// Seconds is the whole run's duration.
	Seconds float64 `json:"seconds"`
}

// ReportConfig is the part of Config the report records.
type ReportConfig struct {
	Seed    uint64  `json:"seed"`
	Queries int     `json:"queries_per_kind"`
	Budget  float64 `json:"budget_seconds_per_kind"`
	Batch   int     `json:"batch"`
	TLBatch int     `json:"tl_batch,omitempty"`
	FTS     bool    `json:"sqlite_fts"`
	// SQLiteDriver and SQLiteVersion: the SQLite the run measured.
	SQLiteDriver  string `json:"sqlite_driver,omitempty"`
	SQLiteVersion string `json:"sqlite_version,omitempty"`
	// Incremental: both stores ingested batch by batch into their
	// indexes instead of loading in bulk.
	Incremental bool `json:"incremental,omitempty"`
	// RawEvents: the raw-write phase sampled this many events' key-values.
	RawEvents int `json:"raw_events,omitempty"`
}

// SizeReport holds the figures of one corpus size.
type SizeReport struct {
	Events int           `json:"events"`
	Lines  []Line        `json:"lines"`
	Phases []PhaseResult `json:"phases"`
	// Seconds is the wall time of this size, all phases.
	Seconds float64 `json:"seconds"`
}

// Line is one figure for both stores.
type Line struct {
	Metric string  `json:"metric"`
	Unit   string  `json:"unit"`
	TL     float64 `json:"tl"`
	SQLite float64 `json:"sqlite"`
	// Ratio is TL/SQLite (for the raw-write line, tl's ingest rate over
	// Badger's raw rate).
	Ratio float64 `json:"ratio"`
	// Better is "higher" or "lower".
	Better string `json:"better"`
	Note   string `json:"note,omitempty"`
}

// Run runs the benchmark: for each size, every phase in a child process.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	start := time.Now()
	rep := &Report{Started: start.UTC(), Command: strings.Join(os.Args, " "), Machine: ThisMachine(),
		Config: ReportConfig{Seed: cfg.Seed, Queries: cfg.Queries, Budget: cfg.Budget.Seconds(), Batch: cfg.Batch, TLBatch: cfg.TLBatch, FTS: cfg.FTS, Incremental: cfg.Incremental, RawEvents: cfg.RawEvents}}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if cfg.SQLiteDriver == "" {
		cfg.SQLiteDriver = DefaultDriver
	}
	v, err := CheckSQLite(cfg.SQLiteDriver, cfg.FTS)
	if err != nil {
		return nil, err
	}
	rep.Config.SQLiteDriver, rep.Config.SQLiteVersion = cfg.SQLiteDriver, v
	for _, n := range cfg.Sizes {
		sr, err := runSize(ctx, cfg, n)
		if err != nil {
			return rep, fmt.Errorf("%s events: %w", SizeLabel(n), err)
		}
		rep.Sizes = append(rep.Sizes, *sr)
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

func runSize(ctx context.Context, cfg Config, n int) (*SizeReport, error) {
	start := time.Now()
	label := SizeLabel(n)
	base := filepath.Join(cfg.Dir, label)
	if err := os.MkdirAll(base, 0o755); err != nil {
		return nil, err
	}
	if !cfg.Keep {
		defer os.RemoveAll(base)
	}
	tlDir, sqDir := filepath.Join(base, "tl"), filepath.Join(base, "sqlite")
	wl := filepath.Join(base, "workload.json")
	job := func(phase, store, dir string) Job {
		j := Job{Phase: phase, Store: store, Events: n, Seed: cfg.Seed, Dir: dir, Workload: wl,
			Queries: cfg.Queries, Budget: cfg.Budget, Batch: cfg.Batch, TLBatch: cfg.TLBatch, FTS: cfg.FTS, SQLiteDriver: cfg.SQLiteDriver, Incremental: cfg.Incremental, RawEvents: cfg.RawEvents}
		if cfg.Profile != "" {
			j.Profile = filepath.Join(cfg.Profile, label+"-"+store+"-"+phase)
		}
		return j
	}
	jobs := []Job{
		job(PhaseIngest, StoreTL, tlDir),
		job(PhaseRaw, StoreTL, tlDir),
		job(PhaseQuery, StoreTL, tlDir),
		job(PhaseIngest, StoreSQLite, sqDir),
		job(PhaseQuery, StoreSQLite, sqDir),
	}
	jobs[3].Workload = "" // the tl ingest wrote it
	sr := &SizeReport{Events: n}
	sizes := map[string]int64{}
	for _, j := range jobs {
		fmt.Fprintf(cfg.Log, "%s: %s %s ...", label, j.Store, j.Phase)
		t := time.Now()
		res, err := spawn(ctx, cfg.Exe, j)
		if err != nil {
			fmt.Fprintln(cfg.Log)
			return nil, fmt.Errorf("%s %s: %w", j.Store, j.Phase, err)
		}
		fmt.Fprintf(cfg.Log, " %.1fs (peak RSS %d MiB)\n", time.Since(t).Seconds(), res.MaxRSSKB>>10)
		// Each phase's result is kept beside its databases as soon as
		// it is known, so that a run cut short keeps what it measured.
		if b, err := json.Marshal(res); err == nil {
			os.WriteFile(filepath.Join(base, j.Store+"-"+j.Phase+".json"), b, 0o644)
		}
		if j.Phase == PhaseIngest {
			if sizes[j.Store], err = DirSize(j.Dir); err != nil {
				return nil, err
			}
		}
		sr.Phases = append(sr.Phases, *res)
	}
	sr.Lines = lines(sr.Phases, sizes)
	sr.Seconds = time.Since(start).Seconds()
	return sr, nil
}

// Assemble builds the report of one size from phase results saved by an
// earlier run (dir holds "<store>-<phase>.json" files, as Run leaves them
// beside the databases) and the store directories' sizes: for a run cut
// short, or phases run one by one with "tlbench worker". Missing phases
// count as zero.
func Assemble(dir string, events int) (*Report, error) {
	rep := &Report{Started: time.Now().UTC(), Command: strings.Join(os.Args, " "), Machine: ThisMachine()}
	sr := SizeReport{Events: events}
	sizes := map[string]int64{}
	for _, store := range []string{StoreTL, StoreSQLite} {
		for _, phase := range []string{PhaseIngest, PhaseRaw, PhaseQuery} {
			b, err := os.ReadFile(filepath.Join(dir, store+"-"+phase+".json"))
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, err
			}
			var res PhaseResult
			if err := json.Unmarshal(b, &res); err != nil {
				return nil, fmt.Errorf("%s %s: %w", store, phase, err)
			}
			res.Job.Store, res.Job.Phase = store, phase
			sr.Phases = append(sr.Phases, res)
			sr.Seconds += res.Wall
			if phase == PhaseQuery {
				rep.Config = ReportConfig{Seed: res.Job.Seed, Queries: res.Job.Queries, Budget: res.Job.Budget.Seconds(), Batch: res.Job.Batch, TLBatch: res.Job.TLBatch, FTS: res.Job.FTS, SQLiteDriver: res.Job.SQLiteDriver, Incremental: res.Job.Incremental}
			}
		}
		if n, err := DirSize(filepath.Join(dir, store)); err == nil {
			sizes[store] = n
		}
	}
	sr.Lines = lines(sr.Phases, sizes)
	rep.Sizes = []SizeReport{sr}
	rep.Seconds = sr.Seconds
	return rep, nil
}

// spawn runs a job in a child process and reads its result.
func spawn(ctx context.Context, exe string, j Job) (*PhaseResult, error) {
	b, err := json.Marshal(j)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, exe, "worker", string(b))
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	var res PhaseResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("worker output: %w", err)
	}
	return &res, nil
}

// lines turns the phase results of one size into report lines.
func lines(ph []PhaseResult, sizes map[string]int64) []Line {
	find := func(store, phase string) *PhaseResult {
		for i := range ph {
			if ph[i].Job.Store == store && ph[i].Job.Phase == phase {
				return &ph[i]
			}
		}
		return &PhaseResult{}
	}
	ti, si := find(StoreTL, PhaseIngest), find(StoreSQLite, PhaseIngest)
	raw := find(StoreTL, PhaseRaw)
	tq, sq := find(StoreTL, PhaseQuery), find(StoreSQLite, PhaseQuery)
	rate := func(p *PhaseResult) float64 {
		if p.Seconds == 0 {
			return 0
		}
		return float64(p.Events) / p.Seconds
	}
	var out []Line
	add := func(metric, unit, better string, tl, sqlite float64, note string) {
		out = append(out, Line{Metric: metric, Unit: unit, TL: tl, SQLite: sqlite, Ratio: ratio(tl, sqlite), Better: better, Note: note})
	}
	add("bulk ingest", "events/s", "higher", rate(ti), rate(si), "")
	rawRate := rate(raw)
	out = append(out, Line{Metric: "Badger raw batch write, same bytes", Unit: "events/s", TL: rawRate, Ratio: ratio(rate(ti), rawRate), Better: "higher",
		Note: rawNote(raw)})
	for _, k := range Kinds {
		a, b := tq.Queries[k.String()], sq.Queries[k.String()]
		note := fmt.Sprintf("%.1f rows/query; n = %d/%d", a.Rows, a.N, b.N)
		add(k.String()+" p50", "ms", "lower", a.P50, b.P50, note)
		add(k.String()+" p99", "ms", "lower", a.P99, b.P99, "")
	}
	add("cold open + first query", "ms", "lower", tq.OpenMs, sq.OpenMs, "fresh process, OS page cache warm")
	add("size on disk", "MiB", "lower", float64(sizes[StoreTL])/(1<<20), float64(sizes[StoreSQLite])/(1<<20), "")
	add("peak RSS, ingest", "MiB", "lower", float64(ti.MaxRSSKB)/1024, float64(si.MaxRSSKB)/1024, "includes the corpus generator and mapped file pages")
	add("peak anonymous RSS, ingest", "MiB", "lower", float64(ti.MaxAnonKB)/1024, float64(si.MaxAnonKB)/1024, "without mapped file pages")
	add("peak RSS, queries", "MiB", "lower", float64(tq.MaxRSSKB)/1024, float64(sq.MaxRSSKB)/1024, "includes mapped file pages")
	add("peak anonymous RSS, queries", "MiB", "lower", float64(tq.MaxAnonKB)/1024, float64(sq.MaxAnonKB)/1024, "without mapped file pages")
	return out
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// SizeLabel writes a size the way the flags take it: 10k, 1M, 2500.
func SizeLabel(n int) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return strconv.Itoa(n/1_000_000) + "M"
	case n >= 1000 && n%1000 == 0:
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

// ParseSizes reads a comma-separated list of sizes: 10k,1M,10M.
func ParseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		mult := 1
		switch {
		case strings.HasSuffix(f, "k"), strings.HasSuffix(f, "K"):
			mult, f = 1000, f[:len(f)-1]
		case strings.HasSuffix(f, "M"), strings.HasSuffix(f, "m"):
			mult, f = 1_000_000, f[:len(f)-1]
		}
		v, err := strconv.Atoi(f)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("%w: %q", ErrBadSize, s)
		}
		out = append(out, v*mult)
	}
	return out, nil
}

// Machine describes where a report was made.
type Machine struct {
	CPUs     int    `json:"cpus"`
	CPU      string `json:"cpu"`
	MemoryMB int64  `json:"memory_mib"`
	Go       string `json:"go"`
	OS       string `json:"os"`
}

// ThisMachine describes the machine this runs on, from /proc.
func ThisMachine() Machine {
	m := Machine{CPUs: runtime.NumCPU(), Go: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == "MemTotal:" {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				m.MemoryMB = kb >> 10
			}
		}
	}
	return m
}

// WriteTable writes the report as Markdown tables, one per size.
func (r *Report) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "Machine: %d CPUs, %s, %d MiB RAM, %s, %s\n", r.Machine.CPUs, r.Machine.CPU, r.Machine.MemoryMB, r.Machine.Go, r.Machine.OS)
	mode := "bulk: tl one Load, SQLite rows first and indexes after"
	if r.Config.Incremental {
		tlBatch := "engine default"
		if r.Config.TLBatch > 0 {
			tlBatch = strconv.Itoa(r.Config.TLBatch)
		}
		mode = "incremental: tl IngestEvents (transactions: " + tlBatch + "), SQLite rows into indexed tables"
	}
	fmt.Fprintf(w, "Seed %d; %d queries per kind (at most %.0f s per kind and store); batches of %d events; ingest %s; SQLite FTS5: %v\n",
		r.Config.Seed, r.Config.Queries, r.Config.Budget, r.Config.Batch, mode, r.Config.FTS)
	if r.Config.SQLiteDriver != "" {
		fmt.Fprintf(w, "SQLite %s, %s\n", r.Config.SQLiteVersion, driverText[r.Config.SQLiteDriver])
	}
	for _, s := range r.Sizes {
		fmt.Fprintf(w, "\n### %s events (%.0f s)\n\n", SizeLabel(s.Events), s.Seconds)
		fmt.Fprintln(w, "| metric | unit | tl | SQLite | tl/SQLite | note |")
		fmt.Fprintln(w, "|---|---|---:|---:|---:|---|")
		for _, l := range s.Lines {
			sq := num(l.SQLite)
			if l.SQLite == 0 && l.Metric != "" && strings.HasPrefix(l.Metric, "Badger") {
				sq = "–"
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", l.Metric, l.Unit, num(l.TL), sq, ratioText(l), l.Note)
		}
	}
	_, err := fmt.Fprintf(w, "\nTotal %.0f s.\n", r.Seconds)
	return err
}

// driverText describes the SQLite drivers.
var driverText = map[string]string{
	DriverC:  "its C library through cgo (github.com/mattn/go-sqlite3)",
	DriverGo: "translated to Go (modernc.org/sqlite)",
}

func ratioText(l Line) string {
	if l.Ratio == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", l.Ratio)
}

// num formats a figure with about three significant digits.
func num(x float64) string {
	switch {
	case x == 0:
		return "0"
	case x >= 100:
		return strconv.FormatFloat(x, 'f', 0, 64)
	case x >= 10:
		return strconv.FormatFloat(x, 'f', 1, 64)
	case x >= 1:
		return strconv.FormatFloat(x, 'f', 2, 64)
	}
	return strconv.FormatFloat(x, 'f', 3, 64)
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// rawNote describes what the raw phase wrote.
func rawNote(raw *PhaseResult) string {
	n := fmt.Sprintf("%d KVs, %.0f MiB; ratio = tl ingest ÷ raw", raw.KVs, float64(raw.Bytes)/(1<<20))
	if raw.Sample > 0 && raw.Sample < 1 {
		n = fmt.Sprintf("a %.0f%% sample: ", 100*raw.Sample) + n
	}
	return n
}
