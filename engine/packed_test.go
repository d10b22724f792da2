package engine

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

func TestPackedListRoundTrip(t *testing.T) {
	sum := func(b byte) [summaryLen]byte { return [summaryLen]byte{0x80, 0, 1, b, 4, 5, 6} }
	for _, es := range [][]packedEntry{
		{{day: keys.UnknownDay, id: []byte("ev-1"), sum: sum(1)}},
		{{day: keys.UnknownDay, id: []byte("a"), sum: sum(1)}, {day: keys.MinDay, id: []byte("b"), sum: sum(2)}, {day: keys.MaxDay, id: []byte("a"), sum: sum(3)}},
		{{day: -5, id: []byte("x\x00y"), sum: sum(4)}, {day: -5, id: []byte("z"), sum: sum(5)}, {day: 19000, id: nil, sum: sum(6)}},
		{{day: 7, id: []byte("ev-0123456789abcdef"), sum: sum(7)}, {day: 7, id: []byte("ev-0123456789abcdeg"), sum: sum(8)}, {day: 8, id: []byte("ev-FFFFFFFFFFFFFFFF"), sum: sum(9)}, {day: 9, id: []byte("ev-ffffffffffffffff"), sum: sum(9)}},
	} {
		v := appendPackedList(nil, es)
		got, _, err := decodePackedList(v, nil, nil)
		if err != nil {
			t.Fatalf("%v: %v", es, err)
		}
		if len(got) != len(es) {
			t.Fatalf("got %d entries, want %d", len(got), len(es))
		}
		for i := range es {
			if got[i].day != es[i].day || !bytes.Equal(got[i].id, es[i].id) || got[i].sum != es[i].sum {
				t.Errorf("entry %d: %+v, want %+v", i, got[i], es[i])
			}
		}
		// Every truncation is an error, never a panic.
		for n := range len(v) {
			if _, _, err := decodePackedList(v[:n], nil, nil); !errors.Is(err, ErrCorrupt) {
				t.Errorf("truncated to %d of %d bytes: %v", n, len(v), err)
			}
		}
	}
	// Out of order.
	v := appendPackedList(nil, []packedEntry{{day: 3, id: []byte("b"), sum: sum(1)}, {day: 3, id: []byte("a"), sum: sum(2)}})
	if _, _, err := decodePackedList(v, nil, nil); !errors.Is(err, ErrCorrupt) {
		t.Errorf("entries out of order: %v", err)
	}
}

func FuzzDecodePackedList(f *testing.F) {
	f.Add(appendPackedList(nil, []packedEntry{{day: 1, id: []byte("a")}, {day: 9, id: []byte("ev-0123456789abcdef")}}))
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, v []byte) {
		es, _, err := decodePackedList(v, nil, nil)
		if err != nil {
			return
		}
		if again := appendPackedList(nil, es); !bytes.Equal(again, v) {
			// Varints have one shortest form; anything that decodes and
			// re-encodes differently was not a list appendPackedList
			// writes, which is fine only for non-minimal varints.
			if es2, _, err := decodePackedList(again, nil, nil); err != nil || len(es2) != len(es) {
				t.Fatalf("re-encoded list does not decode alike: %v", err)
			}
		}
	})
}

// modelEntry is an entry of the index model TestIndexIter checks
// indexIter against.
type modelEntry struct {
	key []byte
	sum []byte
}

// TestIndexIter builds random indexes of single entries, packed lists,
// overriding single entries and tombstones, and checks that indexIter
// yields the entries a database of single entries alone would hold, in
// both directions and after seeks.
func TestIndexIter(t *testing.T) {
	for seed := range uint64(40) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { checkIndexIter(t, seed) })
	}
}

func checkIndexIter(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 99))
	bdb, err := badger.Open(badger.DefaultOptions("").WithInMemory(true).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	sum := func() [summaryLen]byte {
		return [summaryLen]byte{0x80, 0, byte(rng.IntN(2)), byte(rng.IntN(256)), 1, 2, 3}
	}
	var model []modelEntry
	wb := bdb.NewWriteBatch()
	set := func(k, v []byte) {
		if err := wb.Set(bytes.Clone(k), bytes.Clone(v)); err != nil {
			t.Fatal(err)
		}
	}
	for _, val := range []string{"EGY", "RUS", "RUSSIA"} { // RUS is a prefix of RUSSIA's bytes, not of its key
		prefix := keys.AppendString(keys.Prefix(nil, keys.NSActor), val)
		n := rng.IntN(400)
		var es []packedEntry
		for i := range n {
			day := keys.UnknownDay
			if rng.IntN(10) > 0 {
				day = timeline.Day(18000 + rng.IntN(60))
			}
			id := fmt.Appendf(nil, "ev-%04d", i)
			if rng.IntN(2) == 0 { // tl's own form, packed in 8 bytes
				id = fmt.Appendf(nil, "ev-%016x", rng.Uint64())
			}
			es = append(es, packedEntry{day: day, id: id, sum: sum()})
		}
		slices.SortFunc(es, func(a, b packedEntry) int {
			if a.day != b.day {
				return cmp.Compare(a.day, b.day)
			}
			return bytes.Compare(a.id, b.id)
		})
		key := func(e packedEntry) []byte {
			return keys.AppendString(keys.AppendDay(bytes.Clone(prefix), e.day), e.id)
		}
		for i := 0; i < len(es); {
			if rng.IntN(3) == 0 { // a single entry
				set(key(es[i]), es[i].sum[:])
				model = append(model, modelEntry{key(es[i]), es[i].sum[:]})
				i++
				continue
			}
			m := min(len(es)-i, 1+rng.IntN(packMax))
			list := es[i : i+m]
			set(packedKey(key(list[m-1])), appendPackedList(nil, list))
			for _, e := range list {
				switch rng.IntN(8) {
				case 0: // hidden by a tombstone
					set(key(e), nil)
				case 1: // overridden
					s := sum()
					set(key(e), s[:])
					model = append(model, modelEntry{key(e), s[:]})
				default:
					model = append(model, modelEntry{key(e), e.sum[:]})
				}
			}
			i += m
		}
		// Tombstones of entries that never were.
		for range 3 {
			set(keys.AppendString(keys.AppendDay(bytes.Clone(prefix), 18000), "ev-none"), nil)
		}
	}
	if err := wb.Flush(); err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(model, func(a, b modelEntry) int { return bytes.Compare(a.key, b.key) })

	err = bdb.View(func(txn *badger.Txn) error {
		for _, reverse := range []bool{false, true} {
			for _, val := range []string{"", "EGY", "RUS", "RUSSIA"} {
				prefix := keys.Prefix(nil, keys.NSActor)
				if val != "" {
					prefix = keys.AppendString(prefix, val)
				}
				var want []modelEntry
				for _, e := range model {
					if bytes.HasPrefix(e.key, prefix) {
						want = append(want, e)
					}
				}
				if reverse {
					slices.Reverse(want)
				}
				it := openIndexIter(txn, prefix, reverse, true)
				defer it.Close()
				start := prefix
				if reverse {
					start = keys.PrefixEnd(prefix)
				}
				var got []modelEntry
				for it.Seek(start); it.Valid(); it.Next() {
					got = append(got, modelEntry{bytes.Clone(it.Key()), bytes.Clone(it.Value())})
				}
				if err := it.Err(); err != nil {
					return err
				}
				if !slices.EqualFunc(got, want, func(a, b modelEntry) bool { return bytes.Equal(a.key, b.key) && bytes.Equal(a.sum, b.sum) }) {
					return fmt.Errorf("reverse %v, prefix %q: %d entries, want %d", reverse, prefix, len(got), len(want))
				}
				// Seeks to random targets, then a few steps.
				for range 50 {
					day := timeline.Day(17999 + rng.IntN(62))
					target := keys.AppendString(keys.AppendDay(bytes.Clone(prefix), day), fmt.Sprintf("ev-%04d", rng.IntN(420)))
					if val == "" {
						target = keys.AppendString(keys.Prefix(nil, keys.NSActor), "RUS")
						target = keys.AppendDay(target, day)
					}
					i, _ := slices.BinarySearchFunc(want, target, func(e modelEntry, k []byte) int {
						c := bytes.Compare(e.key, k)
						if reverse {
							c = -c // want is in descending order
						}
						return c
					})
					it.Seek(target)
					for j := i; j < min(i+5, len(want)); j++ {
						if !it.Valid() || !bytes.Equal(it.Key(), want[j].key) || !bytes.Equal(it.Value(), want[j].sum) {
							return fmt.Errorf("reverse %v: after Seek(%q), entry %d: valid %v, want %q", reverse, target, j-i, it.Valid(), want[j].key)
						}
						it.Next()
					}
					if i >= len(want) && it.Valid() {
						return fmt.Errorf("reverse %v: Seek(%q) past the end found %q", reverse, target, it.Key())
					}
				}
				it.Close()
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCheckRepairsPackedList: a packed list that does not decode fails the
// queries that read it with ErrCorrupt (never a panic, never a silent
// gap); Check reports it and the entries it held, and a repair deletes it
// and writes them as single entries, after which queries answer as
// before.
func TestCheckRepairsPackedList(t *testing.T) {
	ctx := context.Background()
	db := openLoadTest(t, t.TempDir())
	defer db.Close()
	if _, err := db.Load(ctx, eventSeq(mergeHeavy(300, 4))); err != nil {
		t.Fatal(err)
	}
	const q = "events where actor = RUS"
	want := queryIDs(t, db, q)
	if len(want) == 0 {
		t.Fatal("no events of RUS")
	}
	// Damage the first packed list of actor RUS.
	prefix := packedKey(keys.AppendString(keys.Prefix(nil, keys.NSActor), "RUS"))
	var damaged []byte
	err := db.bdb.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		it.Seek(prefix)
		if !it.ValidForPrefix(prefix) {
			it.Close()
			return errors.New("no packed list of RUS")
		}
		damaged = it.Item().KeyCopy(nil)
		it.Close()
		return txn.Set(damaged, []byte{3, 0xff})
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(ctx, q, nil)
	if err == nil {
		for rows.Next() {
		}
		err = rows.Err()
		rows.Close()
	}
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("query over a damaged list: %v, want ErrCorrupt", err)
	}
	rep, err := db.Check(ctx, CheckOptions{MaxProblems: 1000})
	if err != nil || rep.OK() || !strings.Contains(fmt.Sprint(rep.Problems), "packed list does not decode") {
		t.Fatalf("Check: %v %+v", err, rep)
	}
	if rep, err = db.Check(ctx, CheckOptions{Repair: true}); err != nil || rep.Repaired == 0 {
		t.Fatalf("repair: %v %+v", err, rep)
	}
	if rep, err = db.Check(ctx, CheckOptions{}); err != nil || !rep.OK() {
		t.Fatalf("Check after the repair: %v %+v", err, rep)
	}
	if got := queryIDs(t, db, q); !slices.Equal(got, want) {
		t.Errorf("after the repair: %d events, want %d", len(got), len(want))
	}
}

// queryIDs returns the ids of the events q finds.
func queryIDs(t *testing.T, db *DB, q string) []string {
	t.Helper()
	rows, err := db.Query(context.Background(), q, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		out = append(out, rows.Event().ID)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
