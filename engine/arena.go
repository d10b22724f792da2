package engine

import (
	"fmt"
	"os"
)

// recordArena holds encoded records in large chunks, so that millions of
// them cost the garbage collector a few pointers. With a spill file, each
// chunk that fills up is written to the file and read back through a
// read-only mapping, and its memory is reused for the next chunk: the
// records then live in the page cache, which the kernel can reclaim, not
// on the heap (a 10M-event Load holds 5 GB of records).
type recordArena struct {
	chunks [][]byte // full chunks (mapped when spilling) and, last, the current one
	spill  *os.File // nil: every chunk stays on the heap
	off    int64    // end of the spill file
	maps   [][]byte // mappings to release
	free   []byte   // a heap chunk to reuse
	size   int      // bytes a chunk; 0: arenaChunk
}

// recordRef locates a record in a recordArena.
type recordRef struct {
	chunk  uint32
	off, n uint32
}

const arenaChunk = 32 << 20

// loadChunk is the chunk size of Load's arena: arenaChunk, smaller in
// tests so that a few thousand events spill.
var loadChunk = arenaChunk

// spillTo makes the arena write its full chunks into a new, already
// unlinked file in dir (where it is: a crash leaves nothing behind) when
// the system can map files; elsewhere the chunks stay on the heap.
func (a *recordArena) spillTo(dir string) error {
	if !canMap {
		return nil
	}
	f, err := os.CreateTemp(dir, "load-records-*.tmp")
	if err != nil {
		return fmt.Errorf("load: spill file: %w", err)
	}
	os.Remove(f.Name()) // open files outlive their names on unix
	a.spill = f
	return nil
}

func (a *recordArena) add(b []byte) (recordRef, error) {
	last := len(a.chunks) - 1
	if last < 0 || len(a.chunks[last])+len(b) > cap(a.chunks[last]) {
		if last >= 0 {
			if err := a.retire(last); err != nil {
				return recordRef{}, err
			}
		}
		size := max(a.chunkSize(), len(b))
		c := a.free
		a.free = nil
		if cap(c) < size {
			c = make([]byte, 0, size)
		}
		a.chunks = append(a.chunks, c[:0])
		last++
	}
	c := a.chunks[last]
	r := recordRef{chunk: uint32(last), off: uint32(len(c)), n: uint32(len(b))}
	a.chunks[last] = append(c, b...)
	return r, nil
}

// retire writes full chunk i to the spill file and maps it in its place.
func (a *recordArena) retire(i int) error {
	if a.spill == nil {
		return nil
	}
	c := a.chunks[i]
	if len(c) == 0 {
		return nil
	}
	if _, err := a.spill.WriteAt(c, a.off); err != nil {
		return fmt.Errorf("load: spill records: %w", err)
	}
	m, err := mapFile(a.spill, a.off, len(c))
	if err != nil {
		return fmt.Errorf("load: map spilled records: %w", err)
	}
	a.maps = append(a.maps, m)
	a.chunks[i] = m[:len(c):len(c)]
	a.off += alignPage(int64(len(c)))
	if cap(c) == a.chunkSize() {
		a.free = c[:0]
	}
	return nil
}

func (a *recordArena) chunkSize() int {
	if a.size > 0 {
		return a.size
	}
	return arenaChunk
}

func (a *recordArena) get(r recordRef) []byte {
	return a.chunks[r.chunk][r.off : r.off+r.n : r.off+r.n]
}

// release unmaps the spilled chunks and closes the spill file; the
// records returned by get are invalid afterwards.
func (a *recordArena) release() error {
	var first error
	for _, m := range a.maps {
		if err := unmapFile(m); err != nil && first == nil {
			first = err
		}
	}
	if a.spill != nil {
		if err := a.spill.Close(); err != nil && first == nil {
			first = err
		}
	}
	*a = recordArena{}
	return first
}

// alignPage rounds n up to a multiple of the page size: every mapping
// starts at a page boundary of the file.
func alignPage(n int64) int64 {
	p := int64(os.Getpagesize())
	return (n + p - 1) / p * p
}
