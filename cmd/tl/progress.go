package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dustin/go-humanize"
)

// progress draws a one-line progress bar on a terminal: files, bytes and
// events so far. On anything but a terminal it stays silent.
type progress struct {
	w          io.Writer
	on         bool
	totalFiles int
	totalBytes int64
	files      int
	bytes      int64
	events     int
	last       time.Time
	start      time.Time
}

func newProgress(w io.Writer, on bool, files int, bytes int64) *progress {
	return &progress{w: w, on: on, totalFiles: files, totalBytes: bytes, start: time.Now()}
}

func (p *progress) add(bytes int64, events int) {
	p.files++
	p.bytes += bytes
	p.events += events
	if !p.on || (time.Since(p.last) < 100*time.Millisecond && p.files < p.totalFiles) {
		return
	}
	p.last = time.Now()
	frac := 1.0
	if p.totalBytes > 0 {
		frac = float64(p.bytes) / float64(p.totalBytes)
	}
	const width = 24
	n := int(frac * width)
	bar := strings.Repeat("█", n) + strings.Repeat("░", width-n)
	fmt.Fprintf(p.w, "\r%s %3.0f%%  %d/%d files  %s/%s  %d events ", bar, frac*100,
		p.files, p.totalFiles, humanize.IBytes(uint64(p.bytes)), humanize.IBytes(uint64(p.totalBytes)), p.events)
}

// done ends the bar's line; calls after the first do nothing.
func (p *progress) done() {
	if p.on && p.files > 0 {
		fmt.Fprintln(p.w)
	}
	p.on = false
}

// readProgress draws how much of one input file an import has read, every
// 200 ms, on a terminal; once the file is read it says the database is
// being written (a bulk load writes everything at the end).
type readProgress struct {
	r     io.Reader
	w     io.Writer
	total int64
	n     atomic.Int64
	eof   atomic.Bool
	stop  chan struct{}
	wg    sync.WaitGroup
}

// newReadProgress wraps r, of total bytes, and starts drawing on w when on.
func newReadProgress(r io.Reader, w io.Writer, total int64, on bool) *readProgress {
	p := &readProgress{r: r, w: w, total: total, stop: make(chan struct{})}
	if on && total > 0 {
		p.wg.Go(p.draw)
	}
	return p
}

func (p *readProgress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n.Add(int64(n))
	if err == io.EOF {
		p.eof.Store(true)
	}
	return n, err
}

func (p *readProgress) draw() {
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			fmt.Fprint(p.w, "\r\033[K")
			return
		case <-t.C:
		}
		n := p.n.Load()
		if p.eof.Load() {
			fmt.Fprintf(p.w, "\r\033[Kread %s; merging and writing the database …", humanize.IBytes(uint64(n)))
			continue
		}
		frac := min(float64(n)/float64(p.total), 1)
		const width = 24
		k := int(frac * width)
		fmt.Fprintf(p.w, "\r\033[K%s %3.0f%%  %s/%s read", strings.Repeat("█", k)+strings.Repeat("░", width-k),
			frac*100, humanize.IBytes(uint64(n)), humanize.IBytes(uint64(p.total)))
	}
}

// done stops drawing and clears the line; calls after the first do
// nothing.
func (p *readProgress) done() {
	select {
	case <-p.stop:
	default:
		close(p.stop)
	}
	p.wg.Wait()
}
