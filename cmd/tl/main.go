// Command tl is the command-line front end of the tl event-timeline
// database: ingest Arabic news articles, query the timeline, and explore it
// in a REPL, reports or a local web view. Run "tl help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync"
	"time"
)

// gcPercent is tl's garbage-collection target when $GOGC does not set
// one. Most of tl's heap is Badger's byte buffers (memtables, table
// builders, cached blocks), which hold no pointers and cost the collector
// little to mark, so collecting at 50% growth instead of Go's 100% keeps
// the peak of a long ingest about a quarter lower for a few percent of
// time (docs/reliability.md, "Memory with a million files").
const gcPercent = 50

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	args, stop, err := startProfiles(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "tl:", err)
		os.Exit(2)
	}
	m := NewMain()
	err = m.Run(context.Background(), args)
	stop()
	if err != nil {
		m.PrintError(err)
		os.Exit(exitCode(err))
	}
}

// startProfiles takes the hidden leading flags --cpuprofile FILE and
// --memprofile FILE (also as --flag=FILE) off args, for profiling a run;
// they are not in the help. It starts the CPU profile and returns the
// remaining arguments and a function that writes the profiles.
func startProfiles(args []string) (rest []string, stop func(), err error) {
	var cpu, mem string
	for len(args) > 0 {
		name, val, hasVal := strings.Cut(strings.TrimLeft(args[0], "-"), "=")
		if !strings.HasPrefix(args[0], "-") || (name != "cpuprofile" && name != "memprofile") {
			break
		}
		if !hasVal {
			if len(args) < 2 {
				return nil, nil, fmt.Errorf("--%s needs a file", name)
			}
			val, args = args[1], args[1:]
		}
		args = args[1:]
		if name == "cpuprofile" {
			cpu = val
		} else {
			mem = val
		}
	}
	var cpuFile *os.File
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err != nil {
			return nil, nil, err
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			cpuFile.Close()
			return nil, nil, err
		}
	}
	var peak *peakProfiler
	if mem != "" {
		// Allocations are sampled every 512 KiB on average by default;
		// 64 KiB sees the small per-file allocations of a long ingest.
		runtime.MemProfileRate = 64 << 10
		peak = startPeakProfiler(mem)
	}
	return args, func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		if peak != nil {
			peak.stop()
		}
	}, nil
}

// peakProfiler writes the heap profile to a file whenever the heap has
// grown over the largest it has seen (checked five times a second),
// so that the file shows the heap near its peak, not at the end of the run
// when most of it is freed.
type peakProfiler struct {
	path string
	done chan struct{}
	wg   sync.WaitGroup
}

func startPeakProfiler(path string) *peakProfiler {
	p := &peakProfiler{path: path, done: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var max uint64
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			if live := sample[0].Value.Uint64(); live > max {
				max = live
				p.write()
			}
			select {
			case <-p.done:
				return
			case <-tick.C:
			}
		}
	}()
	return p
}

func (p *peakProfiler) write() {
	f, err := os.Create(p.path)
	if err != nil {
		return
	}
	pprof.Lookup("heap").WriteTo(f, 0)
	f.Close()
}

func (p *peakProfiler) stop() {
	close(p.done)
	p.wg.Wait()
}
