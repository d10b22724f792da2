package suite

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// maxRSSKB returns the peak resident set of this process in KiB
// (getrusage): anonymous memory (the Go heap, SQLite's page cache) and the
// pages of memory-mapped files (Badger maps its tables and logs) alike.
func maxRSSKB() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return int64(ru.Maxrss)
}

// anonSampler tracks the peak of RssAnon (/proc/self/status): the resident
// memory that is not a file's pages. Badger reads and writes its files
// through memory maps, whose resident pages getrusage counts as the
// process's although the kernel can drop them at any time; the anonymous
// peak is what the process itself holds.
type anonSampler struct {
	mu   sync.Mutex
	peak int64
	stop chan struct{}
	done chan struct{}
}

// sampleEvery is the period of anonSampler.
const sampleEvery = 100 * time.Millisecond

// startAnonSampler starts sampling; Stop returns the peak in KiB (0 where
// /proc is not available).
func startAnonSampler() *anonSampler {
	s := &anonSampler{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		t := time.NewTicker(sampleEvery)
		defer t.Stop()
		for {
			s.sample()
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *anonSampler) sample() {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	if kb, ok := statusField(b, "RssAnon:"); ok {
		s.mu.Lock()
		s.peak = max(s.peak, kb)
		s.mu.Unlock()
	}
}

// Stop ends sampling, takes a last sample and returns the peak in KiB.
func (s *anonSampler) Stop() int64 {
	close(s.stop)
	<-s.done
	s.sample()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peak
}

// statusField returns the value in KiB of a "Name:   123 kB" line of
// /proc/PID/status.
func statusField(status []byte, name string) (int64, bool) {
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) >= 2 && string(f[0]) == name {
			v, err := strconv.ParseInt(string(f[1]), 10, 64)
			return v, err == nil
		}
	}
	return 0, false
}
