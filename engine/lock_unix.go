//go:build unix

package engine

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// dirLock is tl's own lock on a database directory: an flock on the file
// tl.lock, exclusive for a read-write handle, shared for a read-only one.
// The holder writes its process id and command into the file, so that a
// second Open can say who holds the database.
type dirLock struct{ f *os.File }

func lockDir(dir string, readOnly bool) (*dirLock, error) {
	path := filepath.Join(dir, lockFile)
	flag := os.O_RDWR | os.O_CREATE
	if readOnly {
		flag = os.O_RDONLY
	}
	f, err := os.OpenFile(path, flag, 0o644)
	if err != nil {
		if readOnly && errors.Is(err, os.ErrNotExist) {
			return &dirLock{}, nil // a database written before tl.lock existed
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	how := syscall.LOCK_EX
	if readOnly {
		how = syscall.LOCK_SH
	}
	if err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, lockedError(dir)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !readOnly {
		_ = f.Truncate(0)
		_, _ = f.WriteAt([]byte(fmt.Sprintf("%d\n%s\n", os.Getpid(), commandLine())), 0)
	}
	return &dirLock{f: f}, nil
}

func (l *dirLock) unlock() {
	if l == nil || l.f == nil {
		return
	}
	_ = syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
	l.f = nil
}
