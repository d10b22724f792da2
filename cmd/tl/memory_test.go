package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  bool
	}{
		{"256MiB", 256 << 20, false},
		{"256M", 256 << 20, false},
		{"256 mb", 256 << 20, false},
		{"1GiB", 1 << 30, false},
		{"1.5G", 3 << 29, false},
		{"65536K", 64 << 20, false},
		{"33554432", 32 << 20, false},
		{"0", 0, false},
		{"off", 0, false},
		{"none", 0, false},
		{"12", 0, true},    // too small
		{"16MiB", 0, true}, // too small
		{"-1G", 0, true},   // negative
		{"lots", 0, true},  // not a number
		{"1TB", 0, true},   // no such unit
		{"1e20G", 0, true}, // absurd
		{"", 0, true},      // empty
		{"MiB", 0, true},   // unit alone
		{"2 GiB", 2 << 30, false},
	}
	for _, tc := range tests {
		got, err := parseSize(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, error %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

// TestBudget checks that a budget sets the block cache and Go's soft
// memory limit while the command runs, and restores the limit after.
func TestBudget(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	m := &Main{memory: 256 << 20}
	restore := m.applyBudget()
	if got := debug.SetMemoryLimit(-1); got != 192<<20 {
		t.Errorf("soft memory limit during the command = %d, want %d", got, 192<<20)
	}
	if m.cacheSize != 32<<20 {
		t.Errorf("cache = %d, want %d", m.cacheSize, 32<<20)
	}
	if o := m.options(); o == nil || o.CacheSize != 32<<20 {
		t.Errorf("engine options %+v, want CacheSize %d", o, 32<<20)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("soft memory limit after = %d, want %d restored", got, before)
	}

	m = &Main{} // no budget: engine defaults, no limit set
	restore = m.applyBudget()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("no budget changed the soft limit to %d", got)
	}
	if o := m.options(); o != nil {
		t.Errorf("no budget, no --now: options %+v, want nil", o)
	}
	restore()
	if before != math.MaxInt64 {
		t.Logf("soft limit was %d before the test", before)
	}
}

// TestIngestHasBudget checks the default budgets: ingest has one, a query
// has none.
func TestIngestHasBudget(t *testing.T) {
	for name, want := range map[string]int64{"ingest": ingestMemory, "query": 0, "import": 0} {
		c, ok := findCommand(name)
		if !ok {
			t.Fatalf("no command %s", name)
		}
		if c.memory != want {
			t.Errorf("%s: default budget %d, want %d", name, c.memory, want)
		}
	}
}
