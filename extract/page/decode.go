package page

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Encoding names the character encoding Decode found.
type Encoding string

// The encodings Decode recognises.
const (
	// UTF8 is UTF-8 without a byte order mark.
	UTF8 Encoding = "utf-8"
	// UTF8BOM is UTF-8 with a byte order mark, which Decode drops.
	UTF8BOM Encoding = "utf-8-bom"
	// UTF16LE is little-endian UTF-16, recognised by its byte order mark.
	UTF16LE Encoding = "utf-16le"
	// UTF16BE is big-endian UTF-16, recognised by its byte order mark.
	UTF16BE Encoding = "utf-16be"
	// Windows1256 is the Arabic Windows code page, recognised when the
	// input is not UTF-8 and most of its high bytes are Arabic letters.
	Windows1256 Encoding = "windows-1256"
)

// magics are the leading bytes of binary formats.
var magics = [][]byte{
	[]byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"), []byte("%PDF"),
	[]byte("\x7fELF"), []byte("PK\x03\x04"), []byte("PK\x05\x06"), []byte("\x1f\x8b"),
	[]byte("BZh"), []byte("\xfd7zXZ"), []byte("7z\xbc\xaf"), []byte("MZ"),
	[]byte("\xcf\xfa\xed\xfe"), []byte("\xca\xfe\xba\xbe"), []byte("RIFF"), []byte("OggS"),
	[]byte("\x00asm"), []byte("SQLite format 3"),
}

// Decode returns data as UTF-8 text. It strips a UTF-8 byte order mark,
// decodes UTF-16 with a byte order mark, and decodes Windows-1256 when the
// data is not UTF-8 but most of its high bytes fall in the Arabic letter
// range of that code page. It returns an error wrapping ErrBinary for binary
// data, *InvalidUTF8Error for other non-UTF-8 data, and ErrEmpty for data
// that holds only white space.
func Decode(data []byte) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return checkUTF8(data[3:], 3)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		s, err := checkText(decodeUTF16(data[2:], false))
		return s, UTF16LE, err
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := checkText(decodeUTF16(data[2:], true))
		return s, UTF16BE, err
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, m) {
			return "", "", ErrBinary
		}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(data) {
		return checkUTF8(data, 0)
	}
	if looksCP1256(data) {
		out, err := charmap.Windows1256.NewDecoder().Bytes(data)
		if err == nil {
			s, err := checkText(string(out))
			return s, Windows1256, err
		}
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		off += size
	}
	return "", "", &InvalidUTF8Error{Offset: off}
}

func checkUTF8(data []byte, base int) (string, Encoding, error) {
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return "", "", &InvalidUTF8Error{Offset: base + off}
	}
	s, err := checkText(string(data))
	enc := UTF8
	if base > 0 {
		enc = UTF8BOM
	}
	return s, enc, err
}

// checkText rejects text that is empty or has a high share of control
// characters.
func checkText(s string) (string, error) {
	nonSpace, ctrl, total := 0, 0, 0
	for _, r := range s {
		total++
		switch {
		case r == 0:
			return "", ErrBinary
		case r == '\n' || r == '\r' || r == '\t' || r == ' ' || r == '\f' || r == '\v' || r == 0xA0 || r == 0xFEFF:
		case r < 0x20 || r == 0x7F:
			ctrl++
			nonSpace++
		default:
			nonSpace++
		}
	}
	if nonSpace == 0 {
		return "", ErrEmpty
	}
	if ctrl*10 > total && ctrl > 2 {
		return "", ErrBinary
	}
	return s, nil
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

// looksCP1256 reports whether most high bytes of data are Arabic letters
// of Windows-1256 (0xC1–0xFE without the Latin letters it keeps there)
// and at least a few of them exist.
func looksCP1256(data []byte) bool {
	high, arabic := 0, 0
	for _, c := range data {
		if c < 0x80 {
			continue
		}
		high++
		if isCP1256Arabic(c) {
			arabic++
		}
	}
	return high >= 4 && arabic*10 >= high*7
}

func isCP1256Arabic(c byte) bool {
	switch {
	case c >= 0xC1 && c <= 0xD6, c >= 0xD8 && c <= 0xDF:
		return true
	case c == 0xE1, c == 0xE3, c == 0xE4, c == 0xE5, c == 0xE6, c == 0xEC, c == 0xED:
		return true
	case c >= 0xF0 && c <= 0xF3, c == 0xF5, c == 0xF6, c == 0xF8, c == 0xFA:
		return true // tashkeel
	case c == 0xA1, c == 0xBA, c == 0xBF, c == 0x81, c == 0x8D, c == 0x8E, c == 0x90, c == 0x98:
		return true // Arabic comma, semicolon, question mark, پ چ ژ گ ک
	}
	return false
}
