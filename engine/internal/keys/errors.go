package keys

import "errors"

// ErrCorrupt is returned when a key or value is shorter than its encoding
// needs or a string lacks its terminator.
var ErrCorrupt = errors.New("corrupt key")
