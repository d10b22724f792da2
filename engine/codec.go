package engine

import (
	"encoding/binary"
	"fmt"
	"math"
	"time"

	"github.com/tl-project/tl/engine/internal/packtext"
	"github.com/tl-project/tl/timeline"
)

// eventFormat is the first byte of an event record: the version of its
// binary layout (docs/storage.md, "Records"). Format 1 stored the sources'
// documents and sentences as UTF-8; format 2 stores them as packed text
// where that is shorter (appendText). decodeEvent reads both.
const (
	eventFormat   = 2
	eventFormatV1 = 1
)

// encodeEvent returns the stored form of an event: a compact binary
// record. Integers are varints, strings and lists are length-prefixed,
// confidences are float64 bits.
func encodeEvent(s *stored) ([]byte, error) {
	e := &s.ev
	n := 64 + len(e.ID)
	for _, l := range [][]string{e.Actors, e.Places, s.actorKeys, s.placeKeys} {
		for _, x := range l {
			n += len(x) + 2
		}
	}
	for _, src := range e.Sources {
		n += len(src.Doc) + len(src.Sentence) + 32
	}
	b := make([]byte, 0, n)
	b = append(b, eventFormat)
	b = appendStr(b, e.ID)
	b = append(b, byte(e.Type), byte(e.Date.Precision), byte(e.Status))
	b = binary.AppendVarint(b, int64(e.Date.Start))
	b = binary.AppendVarint(b, int64(e.Date.End))
	for _, l := range [][]string{e.Actors, e.Places, s.actorKeys, s.placeKeys} {
		b = binary.AppendUvarint(b, uint64(len(l)))
		for _, x := range l {
			b = appendStr(b, x)
		}
	}
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(e.Confidence))
	b = binary.AppendVarint(b, int64(e.FirstReported))
	var ingested int64
	if !e.Ingested.IsZero() {
		ingested = e.Ingested.UnixNano()
	}
	b = binary.AppendVarint(b, ingested)
	b = binary.AppendUvarint(b, uint64(len(e.Sources)))
	for _, src := range e.Sources {
		b = appendText(b, src.Doc)
		b = binary.AppendVarint(b, int64(src.Published))
		b = appendText(b, src.Sentence)
		b = binary.AppendUvarint(b, uint64(max(src.Start, 0)))
		b = binary.AppendUvarint(b, uint64(max(src.End, 0)))
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(src.Confidence))
	}
	return b, nil
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendText appends free text (a source's sentence or document name): its
// length shifted left by one, with the low bit set when the bytes that
// follow are packtext's packed form, which takes about 56% of the UTF-8 of
// Arabic text; text that would not pack shorter stays UTF-8.
func appendText(b []byte, s string) []byte {
	// The length comes first, but is known only once the text is packed:
	// room is left for the longest it can be, the UTF-8 length's, and the
	// text moved back if the packed length is shorter to write.
	var hdr [binary.MaxVarintLen64]byte
	mark := len(b)
	room := binary.PutUvarint(hdr[:], uint64(len(s))<<1|1)
	b = append(b, make([]byte, room)...)
	b, ok := packtext.Append(b, s)
	if !ok {
		b = binary.AppendUvarint(b[:mark], uint64(len(s))<<1)
		return append(b, s...)
	}
	n := len(b) - mark - room
	h := binary.PutUvarint(hdr[:], uint64(n)<<1|1)
	copy(b[mark:], hdr[:h])
	if h < room {
		copy(b[mark+h:], b[mark+room:])
		b = b[:len(b)-(room-h)]
	}
	return b
}

// decoder reads a record, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = fmt.Errorf("%w: event record truncated", ErrCorrupt)
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) day() timeline.Day {
	v := d.varint()
	if v < math.MinInt32 || v > math.MaxInt32 {
		d.fail()
		return 0
	}
	return timeline.Day(v)
}

func (d *decoder) float() float64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	v := math.Float64frombits(binary.BigEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *decoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// text reads what appendText wrote.
func (d *decoder) text() string {
	n := d.uvarint()
	packed := n&1 == 1
	n >>= 1
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	p := d.b[:n]
	d.b = d.b[n:]
	if !packed {
		return string(p)
	}
	s, err := packtext.String(p)
	if err != nil && d.err == nil {
		d.err = fmt.Errorf("%w: event record text: %w", ErrCorrupt, err)
		d.b = nil
	}
	return s
}

// count reads a list length; each element takes at least min bytes, which
// bounds what a corrupt length can make the decoder allocate.
func (d *decoder) count(min int) int {
	n := d.uvarint()
	if n > uint64(len(d.b)/min) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) strs() []string {
	n := d.count(1)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

// decodeEvent reads a record written by encodeEvent. The result shares no
// memory with b.
func decodeEvent(b []byte) (*stored, error) { return decodeRecord(b, true) }

// decodeEventHead reads a record without its sources: what the merge
// search compares (dates, actors, places), without the sentences' text.
func decodeEventHead(b []byte) (*stored, error) { return decodeRecord(b, false) }

func decodeRecord(b []byte, sources bool) (*stored, error) {
	d := &decoder{b: b}
	format := d.byte()
	if d.err == nil && format != eventFormat && format != eventFormatV1 {
		return nil, fmt.Errorf("%w: event record format %d", ErrCorrupt, format)
	}
	text := d.text
	if format == eventFormatV1 {
		text = d.str
	}
	s := &stored{}
	e := &s.ev
	e.ID = d.str()
	e.Type = timeline.Type(d.byte())
	e.Date.Precision = timeline.Precision(d.byte())
	e.Status = timeline.Status(d.byte())
	e.Date.Start = d.day()
	e.Date.End = d.day()
	e.Actors = d.strs()
	e.Places = d.strs()
	s.actorKeys = d.strs()
	s.placeKeys = d.strs()
	e.Confidence = d.float()
	e.FirstReported = d.day()
	if ns := d.varint(); ns != 0 {
		e.Ingested = time.Unix(0, ns).UTC()
	}
	if !sources {
		return s, d.err
	}
	if n := d.count(12); n > 0 {
		e.Sources = make([]timeline.Source, n)
		for i := range e.Sources {
			src := &e.Sources[i]
			src.Doc = text()
			src.Published = d.day()
			src.Sentence = text()
			src.Start = int(d.uvarint() & math.MaxInt32)
			src.End = int(d.uvarint() & math.MaxInt32)
			src.Confidence = d.float()
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the event record", ErrCorrupt, len(d.b))
	}
	return s, nil
}
