package keys_test

import (
	"bytes"
	"cmp"
	"errors"
	"math"
	"testing"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

func sign(x int) int { return cmp.Compare(x, 0) }

func TestDayRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		day  timeline.Day
		want []byte
	}{
		{"epoch", 0, []byte{0x80, 0, 0, 0}},
		{"day before epoch", -1, []byte{0x7f, 0xff, 0xff, 0xff}},
		{"day after epoch", 1, []byte{0x80, 0, 0, 1}},
		{"BCE", timeline.DayOf(-500, 3, 1), nil},
		{"1969-12-31", timeline.DayOf(1969, 12, 31), []byte{0x7f, 0xff, 0xff, 0xff}},
		{"2021-06-16", timeline.DayOf(2021, 6, 16), nil},
		{"unknown (min)", keys.UnknownDay, []byte{0, 0, 0, 0}},
		{"min dated", keys.MinDay, []byte{0, 0, 0, 1}},
		{"max", keys.MaxDay, []byte{0xff, 0xff, 0xff, 0xff}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := keys.AppendDay([]byte("x"), tt.day)
			if tt.want != nil && !bytes.Equal(b[1:], tt.want) {
				t.Errorf("AppendDay(%d) = %x, want %x", tt.day, b[1:], tt.want)
			}
			got, n, err := keys.DecodeDay(b[1:])
			if err != nil || n != 4 || got != tt.day {
				t.Errorf("DecodeDay = %d, %d, %v; want %d, 4, nil", got, n, err, tt.day)
			}
		})
	}
}

func TestDayOrder(t *testing.T) {
	days := []timeline.Day{keys.UnknownDay, keys.MinDay, timeline.DayOf(-1, 1, 1), timeline.DayOf(1900, 1, 1), -1, 0, 1, timeline.DayOf(2021, 6, 16), keys.MaxDay}
	for i := range days {
		for j := range days {
			got := bytes.Compare(keys.AppendDay(nil, days[i]), keys.AppendDay(nil, days[j]))
			if got != cmp.Compare(days[i], days[j]) {
				t.Errorf("order of %d vs %d: bytes %d", days[i], days[j], got)
			}
		}
	}
}

func TestStringRoundTrip(t *testing.T) {
	tests := []struct {
		in   string
		want []byte
	}{
		{"", []byte{0, 1}},
		{"RUS", []byte{'R', 'U', 'S', 0, 1}},
		{"a\x00b", []byte{'a', 0, 0xff, 'b', 0, 1}},
		{"\x00", []byte{0, 0xff, 0, 1}},
		{"\x00\x00", []byte{0, 0xff, 0, 0xff, 0, 1}},
		{"\xff\x01", []byte{0xff, 1, 0, 1}},
		{"بوتين", nil},
	}
	for _, tt := range tests {
		b := keys.AppendString(nil, tt.in)
		if tt.want != nil && !bytes.Equal(b, tt.want) {
			t.Errorf("AppendString(%q) = %x, want %x", tt.in, b, tt.want)
		}
		// Followed by more fields, the decoder must stop at the terminator.
		b = keys.AppendDay(b, 42)
		got, n, err := keys.DecodeString(b)
		if err != nil || got != tt.in || n != len(b)-4 {
			t.Errorf("DecodeString(%x) = %q, %d, %v; want %q, %d", b, got, n, err, tt.in, len(b)-4)
		}
		if m, err := keys.SkipString(b); err != nil || m != n {
			t.Errorf("SkipString(%x) = %d, %v; want %d", b, m, err, n)
		}
	}
}

func TestStringPrefixesDoNotCollide(t *testing.T) {
	// An actor "US" must not see the keys of actor "USA": the prefix of the
	// encoded "US" is not a prefix of the encoded "USA".
	us := keys.AppendString(nil, "US")
	usa := keys.AppendString(nil, "USA")
	if bytes.HasPrefix(usa, us) {
		t.Fatalf("encoded %x is a prefix of %x", us, usa)
	}
	ordered := []string{"", "\x00", "\x00\x00", "\x00\x01", "U", "US", "US\x00", "USA", "USB", "\xff"}
	for i := range ordered {
		for j := range ordered {
			a, b := keys.AppendString(nil, ordered[i]), keys.AppendString(nil, ordered[j])
			if got := bytes.Compare(a, b); got != cmp.Compare(i, j) {
				t.Errorf("Compare(%q, %q) = %d", ordered[i], ordered[j], got)
			}
			if i != j && bytes.HasPrefix(b, a) {
				t.Errorf("%q encodes to a prefix of %q", ordered[i], ordered[j])
			}
		}
	}
}

func TestDecodeCorrupt(t *testing.T) {
	for _, b := range [][]byte{nil, {'a'}, {'a', 0}, {'a', 0, 2}, {0, 0xff}} {
		if _, _, err := keys.DecodeString(b); !errors.Is(err, keys.ErrCorrupt) {
			t.Errorf("DecodeString(%x) err = %v, want ErrCorrupt", b, err)
		}
	}
	if _, _, err := keys.DecodeDay([]byte{1, 2, 3}); !errors.Is(err, keys.ErrCorrupt) {
		t.Errorf("DecodeDay(short) err = %v", err)
	}
	if _, _, err := keys.DecodeUint64([]byte{1}); !errors.Is(err, keys.ErrCorrupt) {
		t.Errorf("DecodeUint64(short) err = %v", err)
	}
	if _, _, err := keys.DecodeUint32(nil); !errors.Is(err, keys.ErrCorrupt) {
		t.Errorf("DecodeUint32(nil) err = %v", err)
	}
}

func TestUintRoundTrip(t *testing.T) {
	for _, v := range []uint64{0, 1, 255, 256, math.MaxUint32, math.MaxUint64} {
		got, n, err := keys.DecodeUint64(keys.AppendUint64(nil, v))
		if err != nil || n != 8 || got != v {
			t.Errorf("uint64 %d -> %d", v, got)
		}
		got32, _, _ := keys.DecodeUint32(keys.AppendUint32(nil, uint32(v)))
		if got32 != uint32(v) {
			t.Errorf("uint32 %d -> %d", uint32(v), got32)
		}
	}
}

func TestMonth(t *testing.T) {
	tests := []struct {
		day  timeline.Day
		want string
	}{
		{timeline.DayOf(2021, 6, 16), "2021-06"},
		{timeline.DayOf(1969, 12, 31), "1969-12"},
		{timeline.DayOf(2000, 1, 1), "2000-01"},
		{keys.UnknownDay, "unknown"},
	}
	for _, tt := range tests {
		m := keys.MonthOf(tt.day)
		if m.String() != tt.want {
			t.Errorf("MonthOf(%s) = %s, want %s", tt.day, m, tt.want)
		}
		if m != keys.UnknownMonth && keys.MonthOf(m.FirstDay()) != m {
			t.Errorf("FirstDay of %s = %s", m, m.FirstDay())
		}
		got, _, _ := keys.DecodeMonth(keys.AppendMonth(nil, m))
		if got != m {
			t.Errorf("month round trip %s -> %s", m, got)
		}
	}
	if !(keys.MonthOf(timeline.DayOf(1969, 12, 1)) < keys.MonthOf(timeline.DayOf(1970, 1, 1))) {
		t.Error("months before 1970 must order before 1970")
	}
	if y, m := keys.Month(-1).Year(); y != -1 || m != 12 {
		t.Errorf("Month(-1).Year() = %d, %d", y, m)
	}
}

func TestPrefixEnd(t *testing.T) {
	tests := []struct{ in, want []byte }{
		{[]byte("A"), []byte("B")},
		{[]byte{'A', 0xff}, []byte("B")},
		{[]byte{0xff, 0xff}, nil},
		{[]byte{'A', 'R', 0, 1}, []byte{'A', 'R', 0, 2}},
	}
	for _, tt := range tests {
		if got := keys.PrefixEnd(tt.in); !bytes.Equal(got, tt.want) {
			t.Errorf("PrefixEnd(%x) = %x, want %x", tt.in, got, tt.want)
		}
	}
}

func TestNamespaceNames(t *testing.T) {
	seen := map[string]bool{}
	for _, ns := range []keys.Namespace{keys.NSMeta, keys.NSArticle, keys.NSEvent, keys.NSEntity, keys.NSDate,
		keys.NSActor, keys.NSPlace, keys.NSType, keys.NSSource, keys.NSWord, keys.NSLong, keys.NSCounter} {
		if seen[ns.String()] {
			t.Errorf("duplicate namespace name %s", ns)
		}
		seen[ns.String()] = true
	}
}

// indexKey builds the suffix every index shares: a string, a day, an id.
func indexKey(s string, d timeline.Day, id string) []byte {
	k := keys.AppendString(keys.Prefix(nil, keys.NSActor), s)
	k = keys.AppendDay(k, d)
	return keys.AppendString(k, id)
}

// FuzzOrder checks that composite keys order exactly like the tuples they
// encode, and that they decode back to the same tuple.
func FuzzOrder(f *testing.F) {
	f.Add("RUS", int32(18794), "ev-1", "RUSS", int32(-5), "ev-0")
	f.Add("US", int32(0), "a\x00", "USA", int32(0), "a")
	f.Add("", int32(math.MinInt32), "", "\x00", int32(math.MaxInt32), "\xff")
	f.Fuzz(func(t *testing.T, s1 string, d1 int32, id1 string, s2 string, d2 int32, id2 string) {
		a, b := indexKey(s1, timeline.Day(d1), id1), indexKey(s2, timeline.Day(d2), id2)
		want := cmp.Compare(s1, s2)
		if want == 0 {
			want = cmp.Compare(d1, d2)
		}
		if want == 0 {
			want = cmp.Compare(id1, id2)
		}
		if got := bytes.Compare(a, b); sign(got) != want {
			t.Fatalf("Compare(%q,%d,%q ; %q,%d,%q) = %d, want %d", s1, d1, id1, s2, d2, id2, got, want)
		}
		s, n, err := keys.DecodeString(a[1:])
		if err != nil || s != s1 {
			t.Fatalf("decode string: %q %v", s, err)
		}
		d, m, err := keys.DecodeDay(a[1+n:])
		if err != nil || int32(d) != d1 {
			t.Fatalf("decode day: %d %v", d, err)
		}
		id, _, err := keys.DecodeString(a[1+n+m:])
		if err != nil || id != id1 {
			t.Fatalf("decode id: %q %v", id, err)
		}
	})
}

// FuzzDecodeString feeds arbitrary bytes to the decoders: they must not
// panic, and anything they accept must re-encode to the bytes consumed.
func FuzzDecodeString(f *testing.F) {
	f.Add([]byte{'a', 0, 1})
	f.Add([]byte{0, 0xff, 0, 1, 9})
	f.Add([]byte{0, 2})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, n, err := keys.DecodeString(b)
		if err != nil {
			return
		}
		if enc := keys.AppendString(nil, s); !bytes.Equal(enc, b[:n]) {
			t.Fatalf("re-encoding %q gives %x, consumed %x", s, enc, b[:n])
		}
		_, _, _ = keys.DecodeDay(b)
		_, _ = keys.SkipString(b)
	})
}
