package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// A memory budget (tl --memory SIZE, or a command's default) bounds the
// memory the command's process may hold: Go's soft memory limit is set to
// heapShare of it, so the collector works harder before the heap passes it,
// and the database's block cache to cacheShare of it. The rest is left for
// what the Go limit does not count (the mapped pages of the binary and of
// the database's files, which the kernel reclaims at will) and for the
// collector's overshoot. $GOMEMLIMIT, when set, takes precedence over the
// soft limit.
const (
	heapShare  = 0.75
	cacheShare = 0.125
)

// applyBudget applies m.memory, if any, and returns a function that
// restores Go's soft memory limit (tl's tests run commands in one
// process).
func (m *Main) applyBudget() (restore func()) {
	m.cacheSize = 0
	if m.memory <= 0 {
		return func() {}
	}
	m.cacheSize = int64(float64(m.memory) * cacheShare)
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetMemoryLimit(int64(float64(m.memory) * heapShare))
	return func() { debug.SetMemoryLimit(prev) }
}

// parseSize reads a size in bytes: a number with an optional unit (K, M,
// G, KB, MB, GB, KiB, MiB, GiB, all powers of 1024), or 0, "off" or "none"
// for no budget.
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "off" || t == "none" {
		return 0, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"kb", 1 << 10}, {"mb", 1 << 20}, {"gb", 1 << 30},
		{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n < 0 || n*float64(mult) > 1<<50 {
		return 0, fmt.Errorf("%q is not a size (say 256MiB, 1GiB, or 0 for none)", s)
	}
	size := int64(n * float64(mult))
	if size > 0 && size < 32<<20 {
		return 0, fmt.Errorf("%s is too small a budget: tl needs at least 32MiB", s)
	}
	return size, nil
}
