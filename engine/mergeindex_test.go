package engine

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tl-project/tl/timeline"
)

// TestMergeIndexCandidates holds mergeIndex.candidates to the rule it
// implements, checked slot by slot: for groups small enough to be walked,
// groups filed by bucket, and groups that crossed from one to the other.
func TestMergeIndexCandidates(t *testing.T) {
	// Days before the epoch too: buckets and their lines floor.
	for _, c := range []struct {
		slots int
		base  timeline.Day
	}{{5, timeline.DayOf(2020, 1, 1)}, {40, timeline.DayOf(2020, 1, 1)}, {2000, timeline.DayOf(2020, 1, 1)}, {2000, timeline.DayOf(1970, 3, 1)}} {
		slots, base := c.slots, c.base
		t.Run(fmt.Sprint(slots, "/", base), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(slots), uint64(base)))
			m := newMergeIndex()
			types := []timeline.Type{timeline.TypeMeeting, timeline.TypeVisit}
			parties := [][]string{{"RUS"}, {"RUS", "USA"}, {"CHN", "RUS", "USA"}}
			type slot struct {
				g    uint32
				date timeline.Date
			}
			var all []slot
			for i := range slots {
				g := m.group(types[r.IntN(len(types))], parties[r.IntN(len(parties))])
				var d timeline.Date
				start := base + timeline.Day(r.IntN(2000)) - 1000
				switch r.IntN(6) {
				case 0: // undated
				case 1: // long
					d = timeline.Date{Start: start, End: start + timeline.Day(shortSpan+1+r.IntN(700)), Precision: timeline.PrecisionYear}
				default:
					d = timeline.Date{Start: start, End: start + timeline.Day(r.IntN(3)), Precision: timeline.PrecisionDay}
				}
				m.file(int32(i), g, d)
				all = append(all, slot{g, d})
			}
			if g := m.group(types[0], []string{"RUS"}); g != m.group(types[0], []string{"RUS"}) || g == m.group(types[1], []string{"RUS"}) {
				t.Fatal("group numbers are not a function of the type and the parties")
			}
			for q := range 300 {
				g := uint32(r.IntN(len(m.groups)))
				from := base + timeline.Day(r.IntN(2400)) - 1200
				to := from + timeline.Day(r.IntN(40))
				if q%3 == 0 { // a long event's window: several lines
					to = from + timeline.Day(r.IntN(800))
				}
				if q%50 == 0 { // the window of an undated event without a publication day
					from, to = searchWindow(&stored{})
				}
				var got, want []int32
				m.candidates(g, from, to, func(i int32) { got = append(got, i) })
				for i, s := range all {
					if s.g != g {
						continue
					}
					lo := int64(from) - shortSpan
					if isLong(s.date) {
						lo = int64(from) - longSpan
					}
					if start := int64(s.date.Start); s.date.IsZero() || int64(to)-lo > 4*longSpan || start >= lo && start <= int64(to) {
						want = append(want, int32(i))
					}
				}
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("group %d, window %v..%v: candidates %v, want %v", g, from, to, got, want)
				}
			}
		})
	}
}

// TestMergeIndexIDs checks the id maps: hex ids and others, forgetting,
// and the live slots in id order.
func TestMergeIndexIDs(t *testing.T) {
	for _, ids := range [][]string{
		{"ev-00000000000000ff", "ev-0000000000000001", "ev-a000000000000000", "ev-0000000000000010"},
		{"ev-00000000000000ff", "custom-id", "ev-0000000000000001", "EV-0000000000000001", "ev-00000000000000FF", "a"},
	} {
		m := newMergeIndex()
		for i, id := range ids {
			m.setSlot(id, int32(i))
		}
		for i, id := range ids {
			if got, ok := m.slot(id); !ok || got != int32(i) {
				t.Errorf("slot(%q) = %d, %v; want %d", id, got, ok, i)
			}
		}
		m.forget(ids[1])
		if _, ok := m.slot(ids[1]); ok {
			t.Errorf("%q still has a slot after forget", ids[1])
		}
		m.setSlot(ids[1], int32(len(ids)))
		live := m.live(func(i int32) string {
			if int(i) == len(ids) {
				return ids[1]
			}
			return ids[i]
		})
		var got []string
		for _, i := range live {
			if int(i) == len(ids) {
				i = 1
			}
			got = append(got, ids[i])
		}
		want := slices.Sorted(slices.Values(ids))
		if !slices.Equal(got, want) {
			t.Errorf("live in id order: %q, want %q", got, want)
		}
	}
}
