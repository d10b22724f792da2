package reliability

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// memPeak is the peak resident memory of a tl process, sampled from
// /proc/PID/status: anonymous memory (the Go heap, Badger's caches and
// memtables) and file-backed pages (the binary and the database's mapped
// files, which the kernel reclaims at will).
type memPeak struct {
	anon, file int64 // bytes; 0 when not sampled (not Linux)
}

// watchMemory samples, every 20 ms until stop is called, the memory of the
// deepest descendant of process pid (tl itself when pid is GNU time or a
// shell that execs it), or of pid when it has none.
func watchMemory(pid int) (stop func() memPeak) {
	var (
		mu   sync.Mutex
		peak memPeak
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			anon, file, ok := procMemory(leafProcess(pid))
			if ok {
				mu.Lock()
				peak.anon, peak.file = max(peak.anon, anon), max(peak.file, file)
				mu.Unlock()
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() memPeak {
		close(done)
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// leafProcess follows the first child of pid down to a process with no
// children (Linux's /proc/PID/task/PID/children).
func leafProcess(pid int) int {
	for range 8 {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
		if err != nil {
			return pid
		}
		f := strings.Fields(string(b))
		if len(f) == 0 {
			return pid
		}
		c, err := strconv.Atoi(f[0])
		if err != nil {
			return pid
		}
		pid = c
	}
	return pid
}

// procMemory reads RssAnon and RssFile of a process.
func procMemory(pid int) (anon, file int64, ok bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			continue
		}
		switch k {
		case "RssAnon":
			anon, ok = kb<<10, true
		case "RssFile":
			file = kb << 10
		}
	}
	return anon, file, ok
}

// memoryCgroup makes a memory cgroup with a hard limit of limit bytes (and
// no swap) for one tl run, when this process may (Linux, cgroup v1 or v2
// with the memory controller writable: usually root). It returns the
// words to put before tl's command line, which move the process into the
// cgroup and exec it; the cgroup is removed when the test ends. ok is
// false, with the reason, when no cgroup can be made.
func memoryCgroup(t *testing.T, limit int64) (wrap []string, why string, ok bool) {
	t.Helper()
	b, err := os.ReadFile("/proc/self/cgroup")
	if err != nil {
		return nil, "no /proc/self/cgroup", false
	}
	name := fmt.Sprintf("tl-test-%d-%d", os.Getpid(), time.Now().UnixNano())
	var dir string
	var settings []cgroupSetting
	lim := strconv.FormatInt(limit, 10)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.SplitN(line, ":", 3)
		if len(f) != 3 {
			continue
		}
		switch {
		case strings.Contains(","+f[1]+",", ",memory,"): // cgroup v1
			dir = filepath.Join("/sys/fs/cgroup/memory", f[2], name)
			settings = []cgroupSetting{{"memory.limit_in_bytes", lim, limitFile},
				{"memory.memsw.limit_in_bytes", lim, swapFile}, {"memory.swappiness", "0", hintFile}}
		case f[0] == "0" && f[1] == "" && dir == "": // cgroup v2
			dir = filepath.Join("/sys/fs/cgroup", f[2], name)
			settings = []cgroupSetting{{"memory.max", lim, limitFile}, {"memory.swap.max", "0", swapFile}}
		}
	}
	if dir == "" {
		return nil, "no memory cgroup", false
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		return nil, err.Error(), false
	}
	t.Cleanup(func() {
		for i := 0; i < 50 && os.Remove(dir) != nil; i++ {
			time.Sleep(100 * time.Millisecond) // the killed process may linger
		}
	})
	for _, c := range settings {
		err := os.WriteFile(filepath.Join(dir, c.file), []byte(c.value), 0o644)
		switch {
		case err == nil:
		case c.role == limitFile:
			return nil, fmt.Sprintf("%s: %v", c.file, err), false
		case c.role == swapFile && swapOn():
			return nil, fmt.Sprintf("swap is on and %s cannot be set: %v", c.file, err), false
		}
	}
	procs := filepath.Join(dir, "cgroup.procs")
	wrap = []string{"/bin/sh", "-c", `echo $$ > "$0" && exec "$@"`, procs}
	// Some systems let a cgroup be made but no process be moved into it
	// (cgroup v2's rule against processes in inner nodes, delegation).
	if out, err := exec.Command(wrap[0], append(wrap[1:], "true")...).CombinedOutput(); err != nil {
		return nil, fmt.Sprintf("cannot move a process into %s: %v %s", dir, err, out), false
	}
	return wrap, "", true
}

// cgroupSetting is a file of a memory cgroup, the value memoryCgroup
// writes to it, and what a failure to write it means.
type cgroupSetting struct {
	file, value string
	role        int
}

// Roles of a cgroup setting: the limit itself must be set; the swap limit
// must be set when the machine has swap; a hint may fail.
const (
	limitFile = iota
	swapFile
	hintFile
)

// swapOn reports whether the machine has swap space, into which a cgroup
// without a swap limit could push memory instead of failing.
func swapOn() bool {
	b, err := os.ReadFile("/proc/swaps")
	return err == nil && strings.Count(strings.TrimSpace(string(b)), "\n") > 0
}

// TestMemoryCgroupEnforces checks that the cgroup TestHostileManyTinyFiles
// runs tl in does limit memory: a process that holds 128 MiB (tail keeping
// a line without end) is killed inside a 64 MiB one, and runs outside it.
func TestMemoryCgroupEnforces(t *testing.T) {
	wrap, why, ok := memoryCgroup(t, 64<<20)
	if !ok {
		t.Skipf("no memory cgroup: %s", why)
	}
	hold := `head -c 134217728 /dev/zero | tail -n 1 >/dev/null`
	if err := exec.Command("/bin/sh", "-c", hold).Run(); err != nil {
		t.Fatalf("outside a cgroup: %v", err)
	}
	err := exec.Command(wrap[0], append(wrap[1:], "/bin/sh", "-c", hold)...).Run()
	if err == nil {
		t.Fatalf("a process holding 128 MiB ran inside a 64 MiB cgroup: the limit is not enforced")
	}
	t.Logf("inside a 64 MiB cgroup: %v", err)
}
