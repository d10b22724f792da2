//go:build unix

package engine

import (
	"os"
	"syscall"
)

// canMap says whether recordArena can spill to a mapped file here.
const canMap = true

func mapFile(f *os.File, off int64, n int) ([]byte, error) {
	return syscall.Mmap(int(f.Fd()), off, n, syscall.PROT_READ, syscall.MAP_SHARED)
}

func unmapFile(b []byte) error { return syscall.Munmap(b) }
