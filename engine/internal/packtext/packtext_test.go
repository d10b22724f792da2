package packtext

import (
	"errors"
	"testing"
	"unicode/utf8"
)

func TestPack(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		size int // -1: does not pack
	}{
		{"empty", "", -1},
		{"ascii", "Geneva, 16 June", -1},
		{"arabic", "التقى بوتين", 11},
		{"arabic digits and comma", "١٦ يونيو، ٢٠٢١", 14},
		{"mixed with an escape", "قمة «جنيف» 2021", 19},       // « and » are outside the range: 3 bytes each
		{"last rune in range", "\u067e", 1},                   // پ
		{"first rune out of range", "\u067f\u067f\u067f", -1}, // 2 bytes in UTF-8, 3 packed
		{"mostly latin accents", "café élan", -1},
		{"four-byte rune among letters", "مرحبا 🙂 بكم", 15},
		{"invalid utf-8", "سلام\xff", -1},
		{"truncated rune", "سلام\xd8", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			prefix := []byte("x")
			p, ok := Append(prefix, tc.in)
			if !ok {
				if tc.size != -1 {
					t.Fatalf("%q does not pack, want %d bytes", tc.in, tc.size)
				}
				if string(p) != "x" {
					t.Fatalf("Append changed dst to %q though it did not pack", p)
				}
				return
			}
			if string(p[:1]) != "x" {
				t.Fatalf("Append lost dst's bytes: %q", p)
			}
			p = p[1:]
			if len(p) != tc.size {
				t.Fatalf("%q packs to %d bytes, want %d", tc.in, len(p), tc.size)
			}
			got, err := String(p)
			if err != nil || got != tc.in {
				t.Fatalf("String(Append(%q)) = %q, %v", tc.in, got, err)
			}
		})
	}
}

// TestPackEveryRune round-trips every rune, in a run of Arabic so that the
// text packs.
func TestPackEveryRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "بببببب" + string(r) + "ب"
		p, ok := Append(nil, s)
		if !ok {
			t.Fatalf("%U: does not pack", r)
		}
		got, err := String(p)
		if err != nil || got != s {
			t.Fatalf("%U: got %q, %v", r, got, err)
		}
	}
}

func TestStringTruncated(t *testing.T) {
	if _, err := String([]byte{'a', 0x81, escape}); !errors.Is(err, ErrTruncated) {
		t.Fatalf("err = %v, want ErrTruncated", err)
	}
	// An escape followed by half a rune gives back the byte that is there.
	if got, err := String([]byte{escape, 0xd8}); err != nil || got != "\xd8" {
		t.Fatalf("got %q, %v", got, err)
	}
}

// FuzzPack: whatever packs comes back byte for byte, shorter; arbitrary bytes never panic String, and what String returns
// packs back to a form that gives the same text.
func FuzzPack(f *testing.F) {
	f.Add("التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن في جنيف")
	f.Add("قمة «جنيف» ٢٠٢١ 🙂")
	f.Add("\xd8\xd8\xa7")
	f.Fuzz(func(t *testing.T, s string) {
		if p, ok := Append(nil, s); ok {
			if len(p) >= len(s) {
				t.Fatalf("packed %d bytes into %d", len(s), len(p))
			}
			if got, err := String(p); err != nil || got != s {
				t.Fatalf("String(Append(%q)) = %q, %v", s, got, err)
			}
		}
		got, err := String([]byte(s))
		if err != nil {
			return
		}
		if p, ok := Append(nil, got); ok {
			again, err := String(p)
			if err != nil || again != got {
				t.Fatalf("repacking %q gave %q, %v", got, again, err)
			}
		}
	})
}

func BenchmarkString(b *testing.B) {
	p, _ := Append(nil, "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن في جنيف يوم الأربعاء 16 يونيو")
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := String(p); err != nil {
			b.Fatal(err)
		}
	}
}
