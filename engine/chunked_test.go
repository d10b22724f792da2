package engine

import "testing"

// TestChunkedList appends across chunk boundaries and checks that every
// element keeps its index, its value and its address.
func TestChunkedList(t *testing.T) {
	var c chunkedList[int64]
	n := 3<<chunkBits + 5
	var first *int64
	for i := range n {
		if got := c.add(int64(i) * 3); got != i {
			t.Fatalf("add returned index %d, want %d", got, i)
		}
		if i == 0 {
			first = c.at(0)
		}
	}
	if c.len() != n || len(c.chunks) != 4 {
		t.Fatalf("len %d, %d chunks; want %d, 4", c.len(), len(c.chunks), n)
	}
	if first != c.at(0) {
		t.Error("the first element moved")
	}
	for i := range n {
		if got := *c.at(int32(i)); got != int64(i)*3 {
			t.Fatalf("at(%d) = %d, want %d", i, got, i*3)
		}
	}
	*c.at(1 << chunkBits) = -1
	if *c.at(1 << chunkBits) != -1 || *c.at(1<<chunkBits - 1) != (1<<chunkBits-1)*3 {
		t.Error("writing through at changed the wrong element")
	}
}
