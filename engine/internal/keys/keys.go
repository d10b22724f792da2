package keys

import (
	"encoding/binary"
	"fmt"
	"math"
	"time"

	"github.com/tl-project/tl/timeline"
)

// Namespace is the first byte of every key: it says what kind of record the
// key addresses. The values are part of the on-disk format (docs/storage.md)
// and never change meaning.
type Namespace byte

// The namespaces. All but NSPacked date from schema version 1; NSPacked
// came with version 3.
const (
	// NSMeta holds database metadata: the schema version and creation time.
	NSMeta Namespace = 'm'
	// NSArticle maps an article content hash to its record.
	NSArticle Namespace = 'a'
	// NSEvent maps an event id to its record.
	NSEvent Namespace = 'e'
	// NSEntity maps an entity id to its record.
	NSEntity Namespace = 'n'
	// NSDate is the date index: start day, event id.
	NSDate Namespace = 'd'
	// NSActor is the actor index: actor or party id, start day, event id.
	NSActor Namespace = 'A'
	// NSPlace is the place index: place or its country, start day, event id.
	NSPlace Namespace = 'P'
	// NSType is the type index: type byte, start day, event id.
	NSType Namespace = 'T'
	// NSSource is the source index: article doc id, event id.
	NSSource Namespace = 'S'
	// NSLong is the merge index of long events (spanning more than a
	// month): actor or party id, start day, event id.
	NSLong Namespace = 'L'
	// NSWord is the text index: normalised word, start day, event id.
	NSWord Namespace = 'W'
	// NSCounter holds rollup counters: dimension, value, month.
	NSCounter Namespace = 'c'
	// NSPacked holds the packed lists of the dated indexes (schema
	// version 3): the namespace of the index, its value, and the day and
	// id of the list's last entry.
	NSPacked Namespace = 'p'
)

// String returns a short lower-case name of the namespace.
func (n Namespace) String() string {
	switch n {
	case NSMeta:
		return "meta"
	case NSArticle:
		return "article"
	case NSEvent:
		return "event"
	case NSEntity:
		return "entity"
	case NSDate:
		return "date"
	case NSActor:
		return "actor"
	case NSPlace:
		return "place"
	case NSType:
		return "type"
	case NSSource:
		return "source"
	case NSWord:
		return "word"
	case NSLong:
		return "long"
	case NSCounter:
		return "counter"
	case NSPacked:
		return "packed"
	}
	return fmt.Sprintf("ns(%#x)", byte(n))
}

// Prefix appends the namespace byte to dst.
func Prefix(dst []byte, ns Namespace) []byte { return append(dst, byte(ns)) }

// UnknownDay is the day under which events with an unknown date are indexed:
// the smallest Day, so that they sort before every dated event, as
// timeline.Date.Compare orders them.
const UnknownDay = timeline.Day(math.MinInt32)

// MinDay and MaxDay are the smallest and largest days a dated event can be
// indexed under.
const (
	MinDay = timeline.Day(math.MinInt32 + 1)
	MaxDay = timeline.Day(math.MaxInt32)
)

// AppendUint32 appends v as 4 big-endian bytes.
func AppendUint32(dst []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(dst, v) }

// DecodeUint32 reads a value written by AppendUint32.
func DecodeUint32(b []byte) (uint32, int, error) {
	if len(b) < 4 {
		return 0, 0, ErrCorrupt
	}
	return binary.BigEndian.Uint32(b), 4, nil
}

// AppendUint64 appends v as 8 big-endian bytes.
func AppendUint64(dst []byte, v uint64) []byte { return binary.BigEndian.AppendUint64(dst, v) }

// DecodeUint64 reads a value written by AppendUint64.
func DecodeUint64(b []byte) (uint64, int, error) {
	if len(b) < 8 {
		return 0, 0, ErrCorrupt
	}
	return binary.BigEndian.Uint64(b), 8, nil
}

// AppendInt32 appends v as 4 big-endian bytes with the sign bit flipped, so
// that negative values sort before positive ones.
func AppendInt32(dst []byte, v int32) []byte {
	return binary.BigEndian.AppendUint32(dst, uint32(v)^0x80000000)
}

// DecodeInt32 reads a value written by AppendInt32.
func DecodeInt32(b []byte) (int32, int, error) {
	if len(b) < 4 {
		return 0, 0, ErrCorrupt
	}
	return int32(binary.BigEndian.Uint32(b) ^ 0x80000000), 4, nil
}

// AppendDay appends d in the order-preserving 4-byte form.
func AppendDay(dst []byte, d timeline.Day) []byte { return AppendInt32(dst, int32(d)) }

// DecodeDay reads a day written by AppendDay.
func DecodeDay(b []byte) (timeline.Day, int, error) {
	v, n, err := DecodeInt32(b)
	return timeline.Day(v), n, err
}

// IndexDay returns the day an event with date d is indexed under: its start,
// or UnknownDay for an unknown date.
func IndexDay(d timeline.Date) timeline.Day {
	if d.IsZero() {
		return UnknownDay
	}
	return d.Start
}

// Month is a calendar month counted as year*12 + (month-1): the unit of the
// rollup counters. It orders like the months it stands for.
type Month int32

// UnknownMonth is the counter bucket of events with an unknown date.
const UnknownMonth = Month(math.MinInt32)

// MonthOf returns the month of day d.
func MonthOf(d timeline.Day) Month {
	if d == UnknownDay {
		return UnknownMonth
	}
	y, m, _ := d.Civil()
	return Month(int32(y)*12 + int32(m) - 1)
}

// Year returns the month's year and month of year.
func (m Month) Year() (int, int) {
	y := int(m) / 12
	mo := int(m) % 12
	if mo < 0 {
		mo += 12
		y--
	}
	return y, mo + 1
}

// FirstDay returns the first day of the month.
func (m Month) FirstDay() timeline.Day {
	y, mo := m.Year()
	return timeline.DayOf(y, time.Month(mo), 1)
}

// String formats the month as YYYY-MM, or "unknown".
func (m Month) String() string {
	if m == UnknownMonth {
		return "unknown"
	}
	y, mo := m.Year()
	return fmt.Sprintf("%04d-%02d", y, mo)
}

// AppendMonth appends m in the order-preserving 4-byte form.
func AppendMonth(dst []byte, m Month) []byte { return AppendInt32(dst, int32(m)) }

// DecodeMonth reads a month written by AppendMonth.
func DecodeMonth(b []byte) (Month, int, error) {
	v, n, err := DecodeInt32(b)
	return Month(v), n, err
}

// AppendString appends s escaped and terminated: each 0x00 byte becomes
// 0x00 0xFF and the string ends with 0x00 0x01. Encoded strings compare like
// the strings themselves, and none is a prefix of another.
func AppendString[S ~string | ~[]byte](dst []byte, s S) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0 {
			dst = append(dst, 0, 0xFF)
			continue
		}
		dst = append(dst, c)
	}
	return append(dst, 0, 1)
}

// DecodeString reads a string written by AppendString.
func DecodeString(b []byte) (string, int, error) {
	n, escaped, err := scanString(b)
	if err != nil {
		return "", 0, err
	}
	if !escaped {
		return string(b[:n-2]), n, nil
	}
	out := make([]byte, 0, n-2)
	for j := 0; j < n-2; j++ {
		out = append(out, b[j])
		if b[j] == 0 {
			j++ // skip the 0xFF of the escape
		}
	}
	return string(out), n, nil
}

// scanString finds the terminator of the encoded string at the start of b.
func scanString(b []byte) (n int, escaped bool, err error) {
	for i := 0; i+1 < len(b); i++ {
		if b[i] != 0 {
			continue
		}
		switch b[i+1] {
		case 1:
			return i + 2, escaped, nil
		case 0xFF:
			escaped = true
			i++
		default:
			return 0, false, ErrCorrupt
		}
	}
	return 0, false, ErrCorrupt
}

// SkipString returns the length of the encoded string at the start of b
// without decoding it.
func SkipString(b []byte) (int, error) {
	n, _, err := scanString(b)
	return n, err
}

// PrefixEnd returns the smallest key greater than every key starting with
// prefix, or nil when there is none (prefix is all 0xFF). It is the exclusive
// upper bound of a prefix scan.
func PrefixEnd(prefix []byte) []byte {
	end := append([]byte(nil), prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xFF {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}
