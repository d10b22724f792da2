package suite

import "errors"

// Sentinel errors of the suite.
var (
	// ErrBadKind reports an unknown query kind.
	ErrBadKind = errors.New("suite: unknown query kind")
	// ErrBadSize reports a size that is not a positive count such as
	// 10000, 10k, 1M.
	ErrBadSize = errors.New("suite: bad size")
	// ErrPhase reports an unknown phase or store in a worker request.
	ErrPhase = errors.New("suite: unknown phase")
	// ErrResult reports a query result a store could not read back.
	ErrResult = errors.New("suite: bad result")
)
