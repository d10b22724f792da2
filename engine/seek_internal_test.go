package engine

import (
	"context"
	"fmt"
	"testing"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// TestSeekWalksLikeSeek checks indexScan.seek, which walks a few entries
// before it asks Badger to seek, against a fresh scan's Badger seek: for
// every pair of entries (from, to) of one actor's index, in both
// directions, a scan standing on from and asked for to must land where a
// fresh scan seeking to lands, also when to lies behind it or far ahead.
func TestSeekWalksLikeSeek(t *testing.T) {
	db, err := Open("", &Options{InMemory: true, Extractor: ExtractorFunc(func(*timeline.Article) ([]timeline.Event, error) { return nil, nil })})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var evs []timeline.Event
	for i := range 60 {
		d := timeline.DayOf(2020, 1, 1) + timeline.Day(i/2)
		evs = append(evs, timeline.Event{Type: timeline.TypeMeeting, Date: timeline.Date{Start: d, End: d, Precision: timeline.PrecisionDay},
			Actors: []string{"AAA", fmt.Sprintf("B%02d", i)}, Sources: []timeline.Source{{Doc: fmt.Sprintf("d%d", i), Sentence: "لقاء"}}})
	}
	if _, err := db.IngestEvents(context.Background(), evs); err != nil {
		t.Fatal(err)
	}
	txn := db.bdb.NewTransaction(false)
	defer txn.Discard()
	for _, reverse := range []bool{false, true} {
		x := &exec{ctx: context.Background(), txn: txn, reverse: reverse}
		open := func() *indexScan {
			s := newIndexScan(keys.NSActor, "AAA", keys.MinDay, keys.MaxDay, false)
			if err := s.open(x); err != nil {
				t.Fatal(err)
			}
			return s
		}
		all := open()
		var refs []*ref
		for r, err := all.next(); r != nil; r, err = all.next() {
			if err != nil {
				t.Fatal(err)
			}
			refs = append(refs, r)
		}
		all.close()
		if len(refs) != 60 {
			t.Fatalf("reverse=%v: %d entries, want 60", reverse, len(refs))
		}
		for i := range refs {
			for j := range refs {
				s := open()
				for range i + 1 {
					if _, err := s.next(); err != nil {
						t.Fatal(err)
					}
				}
				got, err := s.seek(refs[j])
				if err != nil {
					t.Fatal(err)
				}
				s.close()
				f := open()
				want, err := f.seek(refs[j])
				if err != nil {
					t.Fatal(err)
				}
				f.close()
				if got == nil || want == nil || got.id != want.id || got.day != want.day {
					t.Fatalf("reverse=%v: on entry %d, seek to entry %d gave %v, a fresh seek %v", reverse, i, j, got, want)
				}
			}
		}
	}
}
