package engine

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/dgraph-io/badger/v4"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// Packed index lists (schema version 3).
//
// Load writes the entries of the dated indexes (d A P T W L) not as one
// key each but in lists of up to packMax consecutive entries of one index
// value, under NSPacked:
//
//	p | ns | S(value) | D(last day) | S(last id)  →  packed list
//
// (no value for the date index): the packed key of a list is "p" followed
// by the key its last entry would have as a single entry, so that a
// forward Seek lands on the list that holds the target, or on the next.
// The lists are never rewritten. Ingests after the load write single
// entries as before; a single entry overrides a packed entry with the same
// key, and a single entry with an empty value (a tombstone) hides it.
// indexIter merges the two into the entries of the index.

// packMax is the most entries a packed list holds. A list is read whole
// (from the value log: lists are larger than valueThreshold) and decoded
// whole; 128 entries are about 4 KiB.
const packMax = 128

// packedEntry is one entry of a packed list: its start day, event id
// and summary (the value its single entry would have).
type packedEntry struct {
	day timeline.Day
	id  []byte
	sum [summaryLen]byte
}

// appendPackedList appends the list encoding of es, which must be in
// (day, id) order: the count, then per entry
//
//   - the day: the first as a signed varint, the others as the unsigned
//     difference from the one before;
//   - the id: an id of tl's own form ("ev-" and 16 lower-case hex digits)
//     as a zero byte and its 8 bytes, any other as its length plus one (a
//     varint) and its bytes;
//   - the summary: the end day as a signed varint difference from the
//     start, then the precision, type and status bytes.
//
// An entry of tl's form takes about 13 bytes, against 27 written out.
func appendPackedList(dst []byte, es []packedEntry) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(es)))
	for i, e := range es {
		prev := e.day
		if i > 0 {
			prev = es[i-1].day
		}
		h, ok := hexID(e.id)
		dst = appendPackedEntry(dst, i == 0, prev, e.day, e.id, h, ok, e.sum[:])
	}
	return dst
}

// appendPackedEntry appends one entry of a packed list after the count:
// the first of its list, or one after an entry of day prev. When isHex,
// hex is the id's 8 bytes (hexID) and id is not read.
func appendPackedEntry[S string | []byte](dst []byte, first bool, prev, day timeline.Day, id S, hex uint64, isHex bool, sum []byte) []byte {
	if first {
		dst = binary.AppendVarint(dst, int64(day))
	} else {
		dst = binary.AppendUvarint(dst, uint64(int64(day)-int64(prev)))
	}
	if isHex {
		dst = append(dst, 0)
		dst = binary.BigEndian.AppendUint64(dst, hex)
	} else {
		dst = binary.AppendUvarint(dst, uint64(len(id))+1)
		dst = append(dst, id...)
	}
	end, _, _ := keys.DecodeDay(sum)
	dst = binary.AppendVarint(dst, int64(end)-int64(day))
	return append(dst, sum[4:summaryLen]...)
}

// hexID returns the 8 bytes an id of the form "ev-" and 16 lower-case hex
// digits stands for.
func hexID[S string | []byte](id S) (uint64, bool) {
	if len(id) != 19 || string(id[:3]) != "ev-" {
		return 0, false
	}
	var h uint64
	for i := 3; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= '0' && c <= '9':
			h = h<<4 | uint64(c-'0')
		case c >= 'a' && c <= 'f':
			h = h<<4 | uint64(c-'a'+10)
		default:
			return 0, false
		}
	}
	return h, true
}

const hexDigits = "0123456789abcdef"

// decodePackedList decodes a list written by appendPackedList into dst
// (reusing its array); the ids are written into ids (reused too) or point
// into v. A list that is empty, truncated, out of order or longer than its
// bytes allow is ErrCorrupt.
func decodePackedList(v []byte, dst []packedEntry, ids []byte) ([]packedEntry, []byte, error) {
	dst, ids = dst[:0], ids[:0]
	corrupt := func(what string) ([]packedEntry, []byte, error) {
		return dst, ids, fmt.Errorf("%w: packed list %s", ErrCorrupt, what)
	}
	n, k := binary.Uvarint(v)
	if k <= 0 || n == 0 || n > uint64(len(v)) {
		return corrupt("header")
	}
	v = v[k:]
	// The ids of tl's form take 19 bytes each: room for all, so that ids
	// never moves while entries point into it.
	if need := int(n) * 19; cap(ids) < need {
		ids = make([]byte, 0, need)
	}
	var day int64
	for i := uint64(0); i < n; i++ {
		if i == 0 {
			d, k := binary.Varint(v)
			if k <= 0 {
				return corrupt("day")
			}
			day, v = d, v[k:]
		} else {
			d, k := binary.Uvarint(v)
			if k <= 0 || d > 1<<32 {
				return corrupt("day")
			}
			day, v = day+int64(d), v[k:]
		}
		if day < int64(keys.UnknownDay) || day > int64(keys.MaxDay) {
			return corrupt("day")
		}
		e := packedEntry{day: timeline.Day(day)}
		l, k := binary.Uvarint(v)
		if k <= 0 {
			return corrupt("id")
		}
		v = v[k:]
		if l == 0 {
			if len(v) < 8 {
				return corrupt("id")
			}
			h := binary.BigEndian.Uint64(v)
			v = v[8:]
			start := len(ids)
			ids = append(ids, "ev-"...)
			for s := 60; s >= 0; s -= 4 {
				ids = append(ids, hexDigits[h>>uint(s)&15])
			}
			e.id = ids[start:len(ids):len(ids)]
		} else {
			l--
			if l > uint64(len(v)) {
				return corrupt("id")
			}
			e.id, v = v[:l:l], v[l:]
		}
		span, k := binary.Varint(v)
		if k <= 0 || len(v)-k < 3 || day+span < int64(keys.UnknownDay) || day+span > int64(keys.MaxDay) {
			return corrupt("summary")
		}
		v = v[k:]
		keys.AppendDay(e.sum[:0], timeline.Day(day+span))
		copy(e.sum[4:], v[:3])
		v = v[3:]
		if i > 0 {
			prev := dst[len(dst)-1]
			if prev.day == e.day && bytes.Compare(prev.id, e.id) >= 0 {
				return corrupt("out of order")
			}
		}
		dst = append(dst, e)
	}
	if len(v) != 0 {
		return dst, ids, fmt.Errorf("%w: %d bytes after a packed list", ErrCorrupt, len(v))
	}
	return dst, ids, nil
}

// packedKey returns the packed key of a list whose last entry has the
// single-entry key k.
func packedKey(k []byte) []byte {
	return append(keys.Prefix(make([]byte, 0, len(k)+1), keys.NSPacked), k...)
}

// packedBase returns the length of the part of packed key pk that names
// the index and its value ("p" | ns | S(value)).
func packedBase(pk []byte) (int, error) {
	if len(pk) < 2 || keys.Namespace(pk[0]) != keys.NSPacked {
		return 0, fmt.Errorf("%w: packed key %q", ErrCorrupt, pk)
	}
	if keys.Namespace(pk[1]) == keys.NSDate {
		return 2, nil
	}
	n, err := keys.SkipString(pk[2:])
	if err != nil {
		return 0, fmt.Errorf("%w: packed key %q", ErrCorrupt, pk)
	}
	return 2 + n, nil
}

// packedIndex reports whether the entries of index ns may be packed.
func packedIndex(ns keys.Namespace) bool {
	switch ns {
	case keys.NSDate, keys.NSActor, keys.NSPlace, keys.NSType, keys.NSWord, keys.NSLong:
		return true
	}
	return false
}

// indexIter iterates the entries of one dated index under a prefix (the
// namespace, or the namespace and a value) in key order or its reverse,
// merging the single entries with the packed lists, like a Badger
// iterator over the single entries alone would if every entry were single.
// Key is always the single-entry key. Tombstones are skipped.
type indexIter struct {
	txn     *badger.Txn
	reverse bool
	prefix  []byte // single-entry prefix: ns, or ns | S(value)
	pprefix []byte // "p" + prefix
	s, p    *badger.Iterator
	own     bool             // s and p were opened here, with prefixes
	loc     *badger.Iterator // reverse only: forward over the lists, to find the one holding a target
	err     error

	// skipCorrupt makes the iterator pass over lists that do not decode
	// (Check), noting their keys in corrupt.
	skipCorrupt bool
	corrupt     [][]byte

	sOK  bool
	sval []byte // the current single entry's value

	pOK  bool          // a list is loaded and pos is in it
	pkey []byte        // the packed key of the loaded list
	val  []byte        // the loaded list's value
	list []packedEntry // decoded
	ids  []byte        // the decoded ids of tl's form
	pos  int
	base []byte // single-entry prefix of the list's entries (ns | S(value))
	ekey []byte // single-entry key of list[pos]

	cur int8 // 0: invalid, 1: single, 2: packed
}

// openIndexIter opens an indexIter over the entries under prefix in txn;
// packed says whether the database may hold packed lists.
func openIndexIter(txn *badger.Txn, prefix []byte, reverse, packed bool) *indexIter {
	it := &indexIter{txn: txn, reverse: reverse, prefix: prefix, own: true}
	it.s = txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Reverse: reverse, Prefix: prefix})
	if packed {
		it.pprefix = packedKey(prefix)
		it.p = txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Reverse: reverse, Prefix: it.pprefix})
	}
	return it
}

// wrapIndexIter makes an indexIter over prefix from forward iterators
// opened without a prefix (p nil when the database has no packed lists);
// Close leaves them open.
func wrapIndexIter(s, p *badger.Iterator, prefix []byte) *indexIter {
	it := &indexIter{s: s, p: p, prefix: prefix}
	if p != nil {
		it.pprefix = packedKey(prefix)
	}
	return it
}

// Close closes the iterators the indexIter opened.
func (it *indexIter) Close() {
	if it.loc != nil {
		it.loc.Close()
		it.loc = nil
	}
	if it.own {
		it.s.Close()
		if it.p != nil {
			it.p.Close()
		}
		it.own = false
	}
}

// Err returns the error that ended the iteration, if any (a corrupt
// packed list).
func (it *indexIter) Err() error { return it.err }

// Valid reports whether the iterator is at an entry.
func (it *indexIter) Valid() bool { return it.cur != 0 }

// Key returns the single-entry key of the current entry; it is valid
// until the next move.
func (it *indexIter) Key() []byte {
	if it.cur == 1 {
		return it.s.Item().Key()
	}
	return it.ekey
}

// Value returns the current entry's summary; it is valid until the next
// move.
func (it *indexIter) Value() []byte {
	if it.cur == 1 {
		return it.sval
	}
	return it.list[it.pos].sum[:]
}

// Seek moves to the first entry at or after k (in reverse, at or before
// k).
func (it *indexIter) Seek(k []byte) {
	it.s.Seek(k)
	it.sOK = it.s.ValidForPrefix(it.prefix)
	if it.p != nil {
		it.seekPacked(k)
	}
	it.settle()
}

// Next moves to the next entry.
func (it *indexIter) Next() {
	switch it.cur {
	case 1:
		it.s.Next()
		it.sOK = it.s.ValidForPrefix(it.prefix)
	case 2:
		it.nextPacked()
	}
	it.settle()
}

// settle makes the current entry the first (in scan order) of the single
// and packed heads, the single winning a tie and a tombstone hiding both.
func (it *indexIter) settle() {
	for {
		it.cur = 0
		if it.err != nil {
			return
		}
		if !it.sOK && !it.pOK {
			return
		}
		if it.pOK && it.sOK {
			c := bytes.Compare(it.s.Item().Key(), it.ekey)
			if it.reverse {
				c = -c
			}
			if c == 0 {
				it.nextPacked() // the single entry overrides it
				continue
			}
			if c > 0 {
				it.cur = 2
				return
			}
		} else if it.pOK {
			it.cur = 2
			return
		}
		// The single entry comes first.
		var err error
		it.sval, err = it.s.Item().ValueCopy(it.sval[:0])
		if err != nil {
			it.err = err
			return
		}
		if len(it.sval) == 0 {
			it.s.Next() // a tombstone
			it.sOK = it.s.ValidForPrefix(it.prefix)
			continue
		}
		it.cur = 1
		return
	}
}

// seekPacked positions the packed side at the first entry at or after k
// (in reverse, at or before k).
func (it *indexIter) seekPacked(k []byte) {
	pk := packedKey(k)
	if !it.reverse {
		it.p.Seek(pk)
		if !it.load(it.p) {
			return
		}
		it.pos = sort.Search(len(it.list), func(i int) bool { return bytes.Compare(it.entryKey(i), k) >= 0 })
		it.setPos()
		return
	}
	// In reverse, the list holding k may end after it: find it going
	// forward, then go on backwards from it.
	if it.loc == nil {
		it.loc = it.txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: it.pprefix})
	}
	it.loc.Seek(pk)
	if it.loc.ValidForPrefix(it.pprefix) {
		if !it.load(it.loc) {
			return
		}
		if bytes.Compare(it.entryKey(0), k) <= 0 {
			it.pos = sort.Search(len(it.list), func(i int) bool { return bytes.Compare(it.entryKey(i), k) > 0 }) - 1
			it.p.Seek(it.pkey) // on this list: the next move leaves it
			it.setPos()
			return
		}
	}
	it.p.Seek(pk)
	if it.load(it.p) {
		it.pos = len(it.list) - 1
		it.setPos()
	}
}

// nextPacked moves the packed side one entry on.
func (it *indexIter) nextPacked() {
	if it.reverse {
		it.pos--
	} else {
		it.pos++
	}
	if it.pos >= 0 && it.pos < len(it.list) {
		it.setPos()
		return
	}
	it.p.Next()
	if it.load(it.p) {
		it.pos = 0
		if it.reverse {
			it.pos = len(it.list) - 1
		}
		it.setPos()
	}
}

// load decodes the list under src, reporting whether there is one. With
// skipCorrupt, a list that does not decode is noted and passed over;
// otherwise it ends the iteration with an error.
func (it *indexIter) load(src *badger.Iterator) bool {
	it.pOK = false
	for ; src.ValidForPrefix(it.pprefix); src.Next() {
		item := src.Item()
		it.pkey = item.KeyCopy(it.pkey[:0])
		n, err := packedBase(it.pkey)
		if err == nil {
			it.base = append(it.base[:0], it.pkey[1:n]...)
			it.val, err = item.ValueCopy(it.val[:0])
		}
		if err == nil {
			it.list, it.ids, err = decodePackedList(it.val, it.list, it.ids)
		}
		if err == nil {
			return true
		}
		if !it.skipCorrupt {
			it.err = fmt.Errorf("index %s: %w", describeKey(it.pkey), err)
			return false
		}
		it.corrupt = append(it.corrupt, bytes.Clone(it.pkey))
	}
	return false
}

// setPos builds the key of the entry at pos, or drops the list when pos
// is outside it.
func (it *indexIter) setPos() {
	if it.pos < 0 || it.pos >= len(it.list) {
		it.pOK = false
		return
	}
	it.ekey = it.appendEntryKey(it.ekey[:0], it.pos)
	it.pOK = true
}

func (it *indexIter) appendEntryKey(dst []byte, i int) []byte {
	dst = append(dst, it.base...)
	dst = keys.AppendDay(dst, it.list[i].day)
	return keys.AppendString(dst, it.list[i].id)
}

// entryKey returns the single-entry key of list[i] in a scratch buffer.
func (it *indexIter) entryKey(i int) []byte {
	it.ekey = it.appendEntryKey(it.ekey[:0], i)
	return it.ekey
}
