package engine

import (
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/tl-project/tl/timeline"
)

func sampleStored() *stored {
	e := timeline.Event{ID: "ev-0123456789abcdef", Type: timeline.TypeMeeting, Date: timeline.MustParseDate("2021-06-16"),
		Actors: []string{"joe-biden", "vladimir-putin"}, Places: []string{"geneva"}, Confidence: 0.85,
		FirstReported: timeline.DayOf(2021, 6, 17),
		Sources: []timeline.Source{{Doc: "000_dbee707c817be0fc.txt", Published: timeline.DayOf(2021, 6, 17),
			Sentence: "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن في جنيف يوم الأربعاء", Start: 120, End: 260, Confidence: 0.85}}}
	return &stored{ev: e, actorKeys: []string{"RUS", "USA", "joe-biden", "vladimir-putin"}, placeKeys: []string{"CHE", "geneva"}}
}

// BenchmarkEncodeEvent and BenchmarkDecodeEvent measure the event record
// codec.
func BenchmarkEncodeEvent(b *testing.B) {
	s := sampleStored()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := encodeEvent(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeEvent(b *testing.B) {
	buf, _ := encodeEvent(sampleStored())
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := decodeEvent(buf); err != nil {
			b.Fatal(err)
		}
	}
}

func TestEventCodecRoundTrip(t *testing.T) {
	full := sampleStored()
	full.ev.Ingested = time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC)
	full.ev.Status = timeline.StatusPlanned
	neg := &stored{ev: timeline.Event{ID: "ev-old", Type: timeline.TypeSummit, Date: timeline.MustParseDate("1950-03"), Actors: []string{"EGY"}}}
	undated := &stored{ev: timeline.Event{ID: "ev-x", Type: timeline.TypeCall, Actors: []string{"RUS", "\x00odd"}}}
	for _, s := range []*stored{full, neg, undated} {
		b, err := encodeEvent(s)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeEvent(b)
		if err != nil {
			t.Fatalf("decode %s: %v", s.ev.ID, err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Errorf("round trip of %s:\n got %+v\nwant %+v", s.ev.ID, got, s)
		}
		// Every truncation is an error, never a panic.
		for i := 0; i < len(b); i++ {
			if _, err := decodeEvent(b[:i]); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("decode of %d of %d bytes: %v", i, len(b), err)
			}
		}
	}
}

// TestDecodeEventV1 reads a format-1 record, written by the encoder before
// format 2 packed the sources' text: databases made then stay readable.
func TestDecodeEventV1(t *testing.T) {
	h, err := os.ReadFile("testdata/record-v1.hex")
	if err != nil {
		t.Fatal(err)
	}
	b, err := hex.DecodeString(string(bytes.TrimSpace(h)))
	if err != nil {
		t.Fatal(err)
	}
	if b[0] != eventFormatV1 {
		t.Fatalf("format byte %d, want %d", b[0], eventFormatV1)
	}
	want := sampleStored()
	want.ev.Ingested = time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC)
	got, err := decodeEvent(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("format 1:\n got %+v\nwant %+v", got, want)
	}
	v2, _ := encodeEvent(want)
	if v2[0] != eventFormat || len(v2) >= len(b) {
		t.Fatalf("format %d record of %d bytes, format 1 took %d", v2[0], len(v2), len(b))
	}
	t.Logf("format 1: %d bytes, format %d: %d", len(b), eventFormat, len(v2))
}

// TestEventTextPacking: an Arabic sentence is stored packed, a Latin one
// and an invalid one as they are, and all three come back unchanged.
func TestEventTextPacking(t *testing.T) {
	arabic := sampleStored().ev.Sources[0].Sentence
	for _, tc := range []struct {
		sentence string
		packed   bool
	}{
		{arabic, true},
		// 72 bytes of UTF-8, whose length takes two bytes of uvarint,
		// pack into 39, whose length takes one: the text moves back.
		{"التقى بوتين بايدن في جنيف يوم الأربعاء", true},
		{"Putin met Biden in Geneva on Wednesday", false},
		{arabic + "\xff", false},
		{"", false},
	} {
		s := sampleStored()
		s.ev.Sources[0].Sentence = tc.sentence
		b, _ := encodeEvent(s)
		if got := bytes.Contains(b, []byte(tc.sentence)); got == tc.packed && tc.sentence != "" {
			t.Errorf("%q: UTF-8 in the record = %v, want packed = %v", tc.sentence, got, tc.packed)
		}
		got, err := decodeEvent(b)
		if err != nil || got.ev.Sources[0].Sentence != tc.sentence {
			t.Errorf("%q: decoded %q, %v", tc.sentence, got.ev.Sources[0].Sentence, err)
		}
	}
}

// FuzzDecodeEvent: arbitrary bytes never panic the decoder, and what it
// accepts re-encodes to the same bytes.
func FuzzDecodeEvent(f *testing.F) {
	b, _ := encodeEvent(sampleStored())
	f.Add(b)
	f.Add([]byte{eventFormat, 0xff, 0xff, 0xff, 0xff, 0x0f})
	if h, err := os.ReadFile("testdata/record-v1.hex"); err == nil {
		if v1, err := hex.DecodeString(string(bytes.TrimSpace(h))); err == nil {
			f.Add(v1)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := decodeEvent(b)
		if err != nil {
			return
		}
		again, err := encodeEvent(s)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := decodeEvent(again)
		if err != nil || !reflect.DeepEqual(s, s2) {
			t.Fatalf("re-encoding changed the record: %v", err)
		}
	})
}
