package engine

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
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
