package engine

import (
	"hash/maphash"
	"math"
	"slices"
	"strings"

	"github.com/tl-project/tl/timeline"
)

// mergeIndex files the live slots of a Load for its merge search
// (loader.findMatch): by event id, and by merge group and start day.
//
// It is made of maps with fixed-size keys and values and of int32 lists,
// so that the garbage collector has next to nothing to trace in it however
// many events a Load holds: maps keyed by strings or holding slices are a
// pointer or two an event to mark at every cycle, and marking took 13% of
// the CPU of a 3M-event Load before (docs/performance.md). Lists are
// linked through the slots' records (indexSlot) and hold slot+1, so that
// 0 ends a list and a missing map entry is an empty list.
type mergeIndex struct {
	byHex  map[uint64]int32 // ids of the form ev-<16 hex digits>, by their 8 bytes
	byName map[string]int32 // other ids
	seeds  [2]maphash.Seed
	groups map[[2]uint64]uint32 // a merge group key's 128-bit hash → group number

	// By group: the heads of its lists of dated and of undated slots, how
	// many dated slots it filed and how many of them were long.
	dated, undated []int32
	count, long    []int32

	slots chunkedList[indexSlot]

	// The heads of the bucket lists of the groups with more than
	// smallGroup dated slots (a smaller group's list is walked whole,
	// which costs less than looking up the buckets of a window), eight
	// consecutive buckets a line: lines holds them, lineOf numbers them by
	// lineKey. A window's two or three short buckets, or its long ones,
	// take one map lookup, seldom two: the map is the cache miss of the
	// search, and a lookup a bucket was a fifth of a 10M-event Load's
	// merge (docs/performance.md).
	lineOf map[uint64]int32
	lines  chunkedList[bucketLine]
}

// bucketLine holds the heads of the lists of eight consecutive buckets of
// a group, long or short: bucket b at b&7 of line b>>3.
type bucketLine [8]int32

// lineKey packs a group, its long or short buckets and a line number.
// Line numbers are day>>8 or day>>5 shifted by 3 more: within ±2²⁴.
func lineKey(g uint32, long bool, line int32) uint64 {
	k := uint64(g)<<32 | uint64(uint32(line)&0x7fffffff)
	if long {
		k |= 1 << 31
	}
	return k
}

// line returns the line of bucket b of group g, nil when none is filed.
func (m *mergeIndex) line(g uint32, long bool, b int32) *bucketLine {
	i, ok := m.lineOf[lineKey(g, long, b>>3)]
	if !ok {
		return nil
	}
	return m.lines.at(i)
}

// indexSlot is what a mergeIndex holds of a slot, in one 16-byte record
// so that a walk through a list touches one cache line a slot: its start
// day, whether it is long, and the next slot of its group's list and of
// its bucket's list.
type indexSlot struct {
	start        timeline.Day
	gnext, bnext int32
	long         bool
}

// smallGroup is how many dated slots a merge group holds before they are
// also filed by start-day bucket.
const smallGroup = 16

// dayBucket is the bucket of a slot starting on day d (flooring, for days
// before the epoch too). Buckets file a slot by merge group and start
// day: short events (shortSpan days or less) in 32-day buckets, long ones
// apart in 256-day buckets (their window reaches longSpan days back: four
// or five buckets, not 26).
func dayBucket(d timeline.Day, long bool) int32 {
	if long {
		return int32(d) >> 8
	}
	return int32(d) >> 5
}

func newMergeIndex() *mergeIndex {
	return &mergeIndex{
		byHex: map[uint64]int32{}, byName: map[string]int32{},
		seeds:  [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()},
		groups: map[[2]uint64]uint32{}, lineOf: map[uint64]int32{},
	}
}

// slot returns the live slot of the event with the given id.
func (m *mergeIndex) slot(id string) (int32, bool) {
	if h, ok := hexID(id); ok {
		i, ok := m.byHex[h]
		return i, ok
	}
	i, ok := m.byName[id]
	return i, ok
}

// setSlot makes i the live slot of id.
func (m *mergeIndex) setSlot(id string, i int32) {
	if h, ok := hexID(id); ok {
		m.byHex[h] = i
		return
	}
	m.byName[id] = i
}

// forget removes id's live slot.
func (m *mergeIndex) forget(id string) {
	if h, ok := hexID(id); ok {
		delete(m.byHex, h)
		return
	}
	delete(m.byName, id)
}

// live returns the live slots in the order of their ids; idOf names a
// slot's id (read only when some id is not of the hex form).
func (m *mergeIndex) live(idOf func(int32) string) []int32 {
	out := make([]int32, 0, len(m.byHex)+len(m.byName))
	if len(m.byName) == 0 {
		// Hex ids sort as their 8 bytes do: sort those, not strings.
		type hexSlot struct {
			hex  uint64
			slot int32
		}
		all := make([]hexSlot, 0, len(m.byHex))
		for h, i := range m.byHex {
			all = append(all, hexSlot{h, i})
		}
		slices.SortFunc(all, func(a, b hexSlot) int {
			switch {
			case a.hex < b.hex:
				return -1
			case a.hex > b.hex:
				return 1
			}
			return 0
		})
		for _, x := range all {
			out = append(out, x.slot)
		}
		return out
	}
	for _, i := range m.byHex {
		out = append(out, i)
	}
	for _, i := range m.byName {
		out = append(out, i)
	}
	slices.SortFunc(out, func(a, b int32) int { return strings.Compare(idOf(a), idOf(b)) })
	return out
}

// group returns the number of the merge group of an event of type t with
// the given parties (sorted, as parties returns them), numbering a new
// group. Groups are told apart by a 128-bit hash of their key under two
// seeds drawn for this index: two keys collide with a probability of
// about n²/2¹²⁹ for n groups (below 10⁻²⁴ for ten million).
func (m *mergeIndex) group(t timeline.Type, parties []string) uint32 {
	var k [2]uint64
	for j, seed := range m.seeds {
		var h maphash.Hash
		h.SetSeed(seed)
		h.WriteString(t.String())
		for _, p := range parties {
			h.WriteByte(0)
			h.WriteString(p)
		}
		k[j] = h.Sum64()
	}
	g, ok := m.groups[k]
	if !ok {
		g = uint32(len(m.groups))
		m.groups[k] = g
		m.dated, m.undated = append(m.dated, 0), append(m.undated, 0)
		m.count, m.long = append(m.count, 0), append(m.long, 0)
	}
	return g
}

// file files slot i, the next slot (slots are filed in order), of group g
// and date d.
func (m *mergeIndex) file(i int32, g uint32, d timeline.Date) {
	if int(i) != m.slots.len() {
		panic("engine: mergeIndex: slots filed out of order")
	}
	long := isLong(d)
	if d.IsZero() {
		m.slots.add(indexSlot{gnext: m.undated[g]})
		m.undated[g] = i + 1
		return
	}
	m.slots.add(indexSlot{start: d.Start, gnext: m.dated[g], long: long})
	m.dated[g] = i + 1
	m.count[g]++
	if long {
		m.long[g]++
	}
	switch {
	case m.count[g] == smallGroup+1:
		// The group outgrew a walk: file all its dated slots by bucket.
		for j := m.dated[g]; j != 0; j = m.slots.at(j - 1).gnext {
			m.toBucket(j-1, g)
		}
	case m.count[g] > smallGroup+1:
		m.toBucket(i, g)
	}
}

func (m *mergeIndex) toBucket(i int32, g uint32) {
	s := m.slots.at(i)
	b := dayBucket(s.start, s.long)
	k := lineKey(g, s.long, b>>3)
	li, ok := m.lineOf[k]
	if !ok {
		li = int32(m.lines.len())
		m.lines.add(bucketLine{})
		m.lineOf[k] = li
	}
	line := m.lines.at(li)
	s.bnext, line[b&7] = line[b&7], i+1
}

// candidates calls fn for every slot of group g that the merge search for
// an event whose search window is [from, to] (searchWindow) looks at: the
// undated slots, the short slots starting from shortSpan days before from
// up to to, and the long ones starting from longSpan days before. A
// window wider than 4·longSpan (an undated event without a publication
// day) takes every slot of the group. Slots come in no particular order;
// fn may be called for dead slots.
func (m *mergeIndex) candidates(g uint32, from, to timeline.Day, fn func(int32)) {
	for j := m.undated[g]; j != 0; j = m.slots.at(j - 1).gnext {
		fn(j - 1)
	}
	// In 64 bits: the window of an undated event spans nearly all of
	// timeline.Day's range, and its width overflows 32.
	window := func(long bool) (lo timeline.Day, all bool) {
		l := int64(from) - shortSpan
		if long {
			l = int64(from) - longSpan
		}
		return timeline.Day(max(l, math.MinInt32)), int64(to)-l > 4*longSpan
	}
	if m.count[g] <= smallGroup {
		for j := m.dated[g]; j != 0; j = m.slots.at(j - 1).gnext {
			s := m.slots.at(j - 1)
			lo, all := window(s.long)
			if all || s.start >= lo && s.start <= to {
				fn(j - 1)
			}
		}
		return
	}
	scan := func(long bool) {
		lo, all := window(long)
		if all {
			for j := m.dated[g]; j != 0; j = m.slots.at(j - 1).gnext {
				if m.slots.at(j-1).long == long {
					fn(j - 1)
				}
			}
			return
		}
		last := dayBucket(to, long)
		for b := dayBucket(lo, long); b <= last; {
			end := min(b|7, last) // the last bucket of b's line in the window
			if line := m.line(g, long, b); line != nil {
				for ; b <= end; b++ {
					for j := line[b&7]; j != 0; j = m.slots.at(j - 1).bnext {
						if d := m.slots.at(j - 1).start; d >= lo && d <= to {
							fn(j - 1)
						}
					}
				}
			}
			b = end + 1
		}
	}
	scan(false)
	if m.long[g] > 0 {
		// Most groups hold no long event: the buckets of the long window
		// would be looked up for nothing.
		scan(true)
	}
}
