package main

import (
	"fmt"
	"io"
	"strings"
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
