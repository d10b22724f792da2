//go:build !unix

package engine

import (
	"errors"
	"os"
)

// canMap says whether recordArena can spill to a mapped file here: not on
// this system, where a Load keeps its records on the heap.
const canMap = false

func mapFile(*os.File, int64, int) ([]byte, error) {
	return nil, errors.New("mapping files is not supported on this system")
}

func unmapFile([]byte) error { return nil }
