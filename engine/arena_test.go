package engine

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// TestRecordArena stores records of mixed sizes, some bigger than a chunk,
// with and without a spill file, and reads every one back.
func TestRecordArena(t *testing.T) {
	for _, spill := range []bool{false, true} {
		t.Run(fmt.Sprintf("spill=%v", spill), func(t *testing.T) {
			a := &recordArena{size: 64 << 10}
			if spill {
				if err := a.spillTo(t.TempDir()); err != nil {
					t.Fatal(err)
				}
			}
			r := rand.New(rand.NewPCG(1, 2))
			var want [][]byte
			var refs []recordRef
			for i := range 3000 {
				n := r.IntN(600)
				if i%500 == 7 {
					n = 100 << 10 // bigger than a chunk
				}
				b := make([]byte, n)
				for j := range b {
					b[j] = byte(r.Uint32())
				}
				ref, err := a.add(b)
				if err != nil {
					t.Fatal(err)
				}
				want, refs = append(want, b), append(refs, ref)
				// Reading while adding: a merge decodes earlier records.
				if k := r.IntN(len(refs)); !bytes.Equal(a.get(refs[k]), want[k]) {
					t.Fatalf("record %d of %d read back wrong while adding", k, len(refs))
				}
			}
			for i, ref := range refs {
				if !bytes.Equal(a.get(ref), want[i]) {
					t.Fatalf("record %d read back wrong", i)
				}
			}
			if got := len(a.maps) > 0; got != (spill && canMap) {
				t.Errorf("%d chunks mapped from the spill file, spill=%v", len(a.maps), spill)
			}
			if spill && canMap {
				if fi, err := a.spill.Stat(); err != nil || fi.Size() < 1<<20 {
					t.Errorf("spill file: %v, %v", fi, err)
				}
			}
			if err := a.release(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestPostingsInFile fills an index's postings past several growths of
// their file and checks that they sort and read back like heap ones.
func TestPostingsInFile(t *testing.T) {
	defer func(n int64) { postingGrowth = n }(postingGrowth)
	postingGrowth = 1 << 20
	heap := newPostings(keys.NSWord, "")
	file := newPostings(keys.NSWord, t.TempDir())
	if file.file == nil && runtime.GOOS == "linux" {
		t.Fatal("no file for the postings on Linux")
	}
	defer file.release()
	r := rand.New(rand.NewPCG(3, 4))
	n := int(3*postingGrowth/12) + 1000 // three growths and a bit
	for i := range n {
		w := fmt.Sprint("w", r.IntN(5000))
		d := timeline.Day(r.IntN(20000))
		heap.add(w, d, uint32(i))
		file.add(w, d, uint32(i))
	}
	if file.err != nil {
		t.Fatal(file.err)
	}
	heap.sort()
	file.sort()
	names := func(p *postings) (out []string) {
		for v := range p.dict.len() {
			out = append(out, string(p.name(uint32(v))))
		}
		return out
	}
	if !slices.Equal(names(heap), names(file)) || !slices.Equal(heap.list, file.list) {
		t.Fatalf("postings in a file differ from the heap's: %d and %d", len(file.list), len(heap.list))
	}
	if err := file.release(); err != nil || file.list != nil {
		t.Fatalf("release: %v", err)
	}
}
