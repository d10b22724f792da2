package engine

import (
	"fmt"
	"hash/maphash"
	"testing"
)

// TestInterner numbers strings in the order they come, gives a string its
// number again, and tells apart strings whose hashes collide.
func TestInterner(t *testing.T) {
	tr := newInterner()
	words := []string{"", "a", "موسكو", "b", "a\x00", "longer string", "b"}
	want := []uint32{0, 1, 2, 3, 4, 5, 3}
	for i, w := range words {
		if got := tr.intern(w); got != want[i] {
			t.Errorf("intern(%q) = %d, want %d", w, got, want[i])
		}
	}
	tr = newInterner()
	a := tr.intern("a")
	for _, w := range []string{"x", "y"} {
		// A collision: w's hash is taken by "a".
		tr.byHash[maphash.String(tr.seed, w)] = a
	}
	x, y := tr.intern("x"), tr.intern("y")
	if x == a || y == a || x == y || tr.intern("x") != x || tr.intern("a") != a {
		t.Errorf("colliding strings: a %d, x %d, y %d, x again %d", a, x, y, tr.intern("x"))
	}
	for v, w := range []string{"a", "x", "y"} {
		if got := string(tr.bytes(uint32(v))); got != w {
			t.Errorf("bytes(%d) = %q, want %q", v, got, w)
		}
	}
	tr.forget()
	if got := string(tr.bytes(2)); got != "y" || tr.len() != 3 {
		t.Errorf("after forget: bytes(2) = %q, len %d", got, tr.len())
	}
	// Many strings: numbers are dense and stable.
	tr = newInterner()
	for i := range 10000 {
		if got := tr.intern(fmt.Sprint("w", i)); got != uint32(i) {
			t.Fatalf("intern(w%d) = %d", i, got)
		}
	}
	for i := range 10000 {
		if got := tr.intern(fmt.Sprint("w", i)); got != uint32(i) {
			t.Fatalf("intern(w%d) again = %d", i, got)
		}
	}
}
