package engine

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// namedPosting is a posting with its value's name.
type namedPosting struct {
	name string
	day  timeline.Day
	id   uint32
}

// TestPostingsSort checks the sort of postings against a comparison sort
// of the same entries, for lists that take the counting sort by value
// (entries by day and id, as Load files them, with unknown, negative and
// clustered days) and lists that fall back to comparing (entries in id
// order, or in none), on the heap and in a file; and for the source
// index, whose values are numbered apart (permuteApart), repeats included.
func TestPostingsSort(t *testing.T) {
	spread := func(r *rand.Rand) timeline.Day { return timeline.Day(r.IntN(13000)) }
	unknownAndNegative := func(r *rand.Rand) timeline.Day {
		if r.IntN(5) == 0 {
			return keys.UnknownDay
		}
		return timeline.Day(r.IntN(2000) - 1000)
	}
	tests := []struct {
		name    string
		n       int
		day     func(r *rand.Rand) timeline.Day
		shuffle bool // ids out of order: the comparison sort
		byDay   bool // entries come by day and id, as Load files them: one counting sort by value
		ns      keys.Namespace
		values  int // distinct values (0: 50)
	}{
		{"by day", 5000, spread, false, true, 0, 0},
		{"by day, unknown and negative days", 5000, unknownAndNegative, false, true, 0, 0},
		{"days", 5000, spread, false, false, 0, 0},
		{"unknown and negative days", 5000, unknownAndNegative, false, false, 0, 0},
		{"one day", 3000, func(*rand.Rand) timeline.Day { return 0 }, false, false, 0, 0},
		{"only unknown days", 300, func(*rand.Rand) timeline.Day { return keys.UnknownDay }, false, false, 0, 0},
		{"days too spread", 3000, func(r *rand.Rand) timeline.Day {
			return timeline.Day(r.Int32N(math.MaxInt32) - math.MaxInt32/2)
		}, false, false, 0, 0},
		{"ids out of order", 3000, func(r *rand.Rand) timeline.Day { return timeline.Day(r.IntN(100)) }, true, false, 0, 0},
		{"one posting", 1, func(*rand.Rand) timeline.Day { return 7 }, false, false, 0, 0},
		{"source", 3000, func(*rand.Rand) timeline.Day { return 0 }, false, false, keys.NSSource, 0},
		{"one value, by day", 3000, spread, false, true, 0, 1},
		{"one value, days out of order", 3000, spread, false, false, 0, 1},
		{"source, ids out of order", 3000, func(*rand.Rand) timeline.Day { return 0 }, true, false, keys.NSSource, 0},
	}
	for _, tt := range tests {
		for _, dir := range []string{"", t.TempDir()} {
			t.Run(fmt.Sprintf("%s/file=%v", tt.name, dir != ""), func(t *testing.T) {
				r := rand.New(rand.NewPCG(5, uint64(tt.n)))
				ns := cmp.Or(tt.ns, keys.NSWord)
				p := newPostings(ns, dir)
				if p.apart != (ns == keys.NSSource) {
					t.Fatalf("namespace %c: apart = %v", ns, p.apart)
				}
				defer p.release()
				ids := make([]uint32, tt.n)
				for i := range ids {
					ids[i] = uint32(i / 3) // several entries an id
				}
				if tt.shuffle {
					r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
				}
				var want []namedPosting
				for _, id := range ids {
					w, d := fmt.Sprint("w", r.IntN(cmp.Or(tt.values, 50))), tt.day(r)
					want = append(want, namedPosting{w, d, id})
				}
				if tt.byDay {
					slices.SortStableFunc(want, func(a, b namedPosting) int { return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.id, b.id)) })
				}
				for _, x := range want {
					p.add(x.name, x.day, x.id)
				}
				slices.SortStableFunc(want, func(a, b namedPosting) int {
					return cmp.Or(strings.Compare(a.name, b.name), cmp.Compare(a.day, b.day), cmp.Compare(a.id, b.id))
				})
				p.sort()
				if len(p.list) != len(want) {
					t.Fatalf("%d postings after the sort, want %d", len(p.list), len(want))
				}
				for i, x := range p.list {
					w := want[i]
					if string(p.name(x.val)) != w.name || x.day != w.day || x.id != w.id {
						t.Fatalf("posting %d is (%s, %d, %d), want (%s, %d, %d)", i, string(p.name(x.val)), x.day, x.id, w.name, w.day, w.id)
					}
				}
			})
		}
	}
}

// TestDayOrder checks loader.dayOrder against a comparison sort: ranks by
// index day (undated first), then by rank, with days that can be counted
// and days spread too far apart to count.
func TestDayOrder(t *testing.T) {
	for _, tt := range []struct {
		name string
		day  func(r *rand.Rand) timeline.Date
	}{
		{"counted", func(r *rand.Rand) timeline.Date {
			if r.IntN(6) == 0 {
				return timeline.Date{}
			}
			d := timeline.Day(r.IntN(3000) - 1500)
			return timeline.Date{Start: d, End: d, Precision: timeline.PrecisionDay}
		}},
		{"spread", func(r *rand.Rand) timeline.Date {
			d := timeline.Day(r.Int32N(math.MaxInt32) - math.MaxInt32/2)
			return timeline.Date{Start: d, End: d, Precision: timeline.PrecisionDay}
		}},
		{"undated", func(*rand.Rand) timeline.Date { return timeline.Date{} }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(8, 9))
			l := &loader{}
			n := 2000
			ids := make([]int32, n)
			for i := range n {
				l.slots.add(loadSlot{date: tt.day(r)})
				ids[i] = int32(i)
			}
			r.Shuffle(n, func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
			want := make([]int32, n)
			for i := range want {
				want[i] = int32(i)
			}
			day := func(rank int32) timeline.Day { return keys.IndexDay(l.slots.at(ids[rank]).date) }
			slices.SortFunc(want, func(a, b int32) int { return cmp.Or(cmp.Compare(day(a), day(b)), cmp.Compare(a, b)) })
			if got := l.dayOrder(ids); !slices.Equal(got, want) {
				t.Errorf("dayOrder differs from a comparison sort by day and rank")
			}
		})
	}
	if got := (&loader{}).dayOrder(nil); len(got) != 0 {
		t.Errorf("dayOrder of nothing: %v", got)
	}
}
