package engine

import (
	"fmt"
	"os"
	"syscall"
	"unsafe"
)

// postingFile holds a list of postings in a new, unlinked file, mapped
// read-write: a Load's index entries (12 bytes each, 36 an event of the
// benchmark's) live in the page cache, which the kernel writes back and
// reclaims when memory is short, instead of on the heap, where 10M
// events' entries and the collector's headroom took 9 GiB.
//
// The whole reserve is mapped at once (address space, not memory) and
// the file grows under it with fallocate, so that a full disk is an error
// from add, not a SIGBUS when a page is first written.
type postingFile struct {
	f    *os.File
	m    []byte // the reserved mapping
	size int64  // bytes allocated in the file
}

// postingReserve is the address space reserved for one index's postings:
// 5.7 billion of them.
const postingReserve = 64 << 30

func openPostingFile(dir string) (*postingFile, error) {
	f, err := os.CreateTemp(dir, "load-postings-*.tmp")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name())
	m, err := syscall.Mmap(int(f.Fd()), 0, postingReserve, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		f.Close()
		return nil, err
	}
	pf := &postingFile{f: f, m: m}
	// The first growth, now: a file system without fallocate (or a
	// full disk) leaves the postings on the heap instead of failing Load.
	if _, err := pf.grow(0, 1); err != nil {
		pf.close()
		return nil, err
	}
	return pf, nil
}

// grow extends the file to hold n postings at least and returns the
// list, of length l, over the room it has.
func (pf *postingFile) grow(l, n int) ([]posting, error) {
	need := int64(n) * int64(unsafe.Sizeof(posting{}))
	if need > int64(len(pf.m)) {
		return nil, fmt.Errorf("load: more than %d index entries in one index", len(pf.m)/int(unsafe.Sizeof(posting{})))
	}
	if need > pf.size {
		size := min(max(need, pf.size+postingGrowth), int64(len(pf.m)))
		if err := syscall.Fallocate(int(pf.f.Fd()), 0, pf.size, size-pf.size); err != nil {
			return nil, fmt.Errorf("load: index entries file: %w", err)
		}
		pf.size = size
	}
	room := int(pf.size / int64(unsafe.Sizeof(posting{})))
	return unsafe.Slice((*posting)(unsafe.Pointer(unsafe.SliceData(pf.m))), room)[:l], nil
}

func (pf *postingFile) close() error {
	err := syscall.Munmap(pf.m)
	if cerr := pf.f.Close(); err == nil {
		err = cerr
	}
	return err
}
