// Package keys is the order-preserving key codec of the tl engine.
//
// Every function appends to a caller's buffer and every decoder returns the
// value and the number of bytes it consumed, so a key is built and taken
// apart field by field:
//
//	k := keys.AppendString(keys.Prefix(nil, keys.NSActor), "RUS")
//	k = keys.AppendDay(k, day)
//	k = keys.AppendString(k, eventID)
//
// The encodings preserve order: for two values a and b of one kind,
// bytes.Compare(enc(a), enc(b)) has the sign of the comparison of a and b,
// because Badger iterates keys in byte order and the engine relies on range
// scans over it.
//
// # Basics
//
//   - Day: a timeline.Day (int32) stored as 4 big-endian bytes with the sign
//     bit flipped, so that negative days (before 1970) sort before positive
//     ones.
//   - String: bytes with 0x00 escaped as 0x00 0xFF and a 0x00 0x01
//     terminator, so that no encoded string is a prefix of another and
//     "ab" < "ab\x00" < "abc" holds for the encodings too.
//   - Uint32, Uint64: big-endian.
//   - Namespace: one leading byte that separates record kinds.
//
// # Caveats
//
// Decoders never panic on short or malformed input: they return
// ErrCorrupt. Slices returned by decoders are copies unless documented
// otherwise, so they stay valid after the buffer they came from is reused.
package keys
