package engine

import (
	"hash/maphash"
)

// interner numbers distinct strings in the order they first come, keeping
// their bytes in one array and their numbers in a map keyed by a 64-bit
// hash of the string. It holds no pointer per string: a Load numbers the
// values of its indexes (and keeps the source index's tens of millions of
// document ids at 10M events through push, without the map), and strings
// kept as strings, each in a map and a slice, were that many objects for
// the garbage collector to mark at every cycle.
// Two strings with the same hash are told apart by their bytes; the later
// one is numbered through a second map.
type interner struct {
	seed   maphash.Seed
	byHash map[uint64]uint32
	clash  map[string]uint32 // strings whose hash an earlier string has
	data   []byte
	ends   []int // ends[v]: where string v ends in data
}

func newInterner() *interner {
	return &interner{seed: maphash.MakeSeed(), byHash: map[uint64]uint32{}}
}

// intern returns the number of s, numbering it if it is new.
func (t *interner) intern(s string) uint32 {
	h := maphash.String(t.seed, s)
	v, ok := t.byHash[h]
	if !ok {
		v = t.push(s)
		t.byHash[h] = v
		return v
	}
	if string(t.bytes(v)) == s {
		return v
	}
	if v, ok := t.clash[s]; ok {
		return v
	}
	if t.clash == nil {
		t.clash = map[string]uint32{}
	}
	v = t.push(s)
	t.clash[s] = v
	return v
}

func (t *interner) push(s string) uint32 {
	t.data = append(t.data, s...)
	t.ends = append(t.ends, len(t.data))
	return uint32(len(t.ends) - 1)
}

// bytes returns the bytes of string v; they must not be modified.
func (t *interner) bytes(v uint32) []byte {
	start := 0
	if v > 0 {
		start = t.ends[v-1]
	}
	return t.data[start:t.ends[v]:t.ends[v]]
}

// len returns how many strings t numbered.
func (t *interner) len() int { return len(t.ends) }

// forget drops the hash maps: t numbers no more strings, and bytes still
// answers.
func (t *interner) forget() { t.byHash, t.clash = nil, nil }
