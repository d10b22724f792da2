// Package packtext stores mostly-Arabic UTF-8 text in about half its
// bytes, and gives it back byte for byte.
//
// UTF-8 spends two bytes on every letter of the Arabic block, one on every
// ASCII byte. The packed form keeps ASCII as it is, writes each of the
// runes U+0600–U+067E (the letters, marks, digits and punctuation of Arabic
// text) as the one byte 0x80 + (r − 0x600), and writes any other rune as the
// escape byte 0xFF followed by its UTF-8. Arabic news text then takes
// 55–60% of its UTF-8 length: 57.7% over the lines of examples/corpus, 56%
// for the benchmark corpus's sentences.
//
// Only valid UTF-8 packs: Append reports false for invalid text, and for
// text the packed form would not make shorter (ASCII, or text mostly
// outside the Arabic block), which the caller then stores as it is.
package packtext

import (
	"errors"
	"slices"
	"unicode/utf8"
	"unsafe"
)

const (
	// first is the first rune of the one-byte range, last its last.
	first = 0x600
	last  = first + 0x7e
	// escape introduces a rune outside the range, in UTF-8.
	escape = 0xff
)

// ErrTruncated is returned for packed text that ends inside an escape.
var ErrTruncated = errors.New("packtext: escape at the end of the text")

// Append appends s packed to dst and reports true, if s is valid UTF-8 and
// its packed form is shorter; otherwise it returns dst as it was and false.
func Append(dst []byte, s string) ([]byte, bool) {
	start := len(dst)
	dst = slices.Grow(dst, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		if (c == 0xd8 || c == 0xd9) && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			// The two-byte UTF-8 of U+0600–U+067F, the bulk of the text.
			if r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f); r <= last {
				dst = append(dst, byte(0x80+r-first))
				i += 2
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return dst[:start], false
		}
		dst = append(dst, escape)
		dst = append(dst, s[i:i+w]...)
		i += w
	}
	if len(dst)-start >= len(s) {
		return dst[:start], false
	}
	return dst, true
}

// String returns the UTF-8 text that p packs.
func String(p []byte) (string, error) {
	n, err := unpackedSize(p)
	if err != nil || n == 0 {
		return "", err
	}
	// One spare byte: every packed byte writes two and moves on by its
	// UTF-8 length, which keeps the loop free of a branch on the kind of
	// byte.
	b := make([]byte, n+1)
	j := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == escape {
			_, w := utf8.DecodeRune(p[i+1:])
			j += copy(b[j:], p[i+1:i+1+w])
			i += w
			continue
		}
		u := unpacked[c]
		b[j] = u[0]
		b[j+1] = u[1]
		j += int(1 + c>>7)
	}
	// b is not written again: the string may share it, as
	// strings.Builder's does.
	return unsafe.String(&b[0], n), nil
}

// unpacked holds each packed byte's UTF-8: the byte itself for ASCII, two
// bytes for the Arabic range.
var unpacked = func() (t [256][2]byte) {
	for c := range 0x80 {
		t[c][0] = byte(c)
	}
	for c := 0x80; c < escape; c++ {
		utf8.EncodeRune(t[c][:], rune(c-0x80+first))
	}
	return t
}()

// unpackedSize returns the length of the UTF-8 text that p packs.
func unpackedSize(p []byte) (int, error) {
	n := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == escape {
			if i+1 == len(p) {
				return 0, ErrTruncated
			}
			_, w := utf8.DecodeRune(p[i+1:])
			n += w
			i += w
			continue
		}
		n += int(1 + c>>7)
	}
	return n, nil
}
