//go:build !linux

package engine

import "errors"

// postingFile is Linux's (postfile_linux.go); elsewhere a Load keeps its
// index entries on the heap.
type postingFile struct{}

func openPostingFile(string) (*postingFile, error) {
	return nil, errors.New("index entries in a file: Linux only")
}

func (*postingFile) grow(int, int) ([]posting, error) { return nil, errors.ErrUnsupported }

func (*postingFile) close() error { return nil }
