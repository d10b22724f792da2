//go:build !unix

package engine

// dirLock is a no-op where flock is not available; Badger's own directory
// lock still refuses a second writer.
type dirLock struct{}

func lockDir(dir string, readOnly bool) (*dirLock, error) { return &dirLock{}, nil }

func (l *dirLock) unlock() {}
