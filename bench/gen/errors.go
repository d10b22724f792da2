package gen

import "errors"

// Sentinel errors of the generator.
var (
	// ErrWorld reports a malformed embedded world table.
	ErrWorld = errors.New("gen: bad world table")
	// ErrUnknownName is returned by World.Resolve for a name that denotes
	// no entity.
	ErrUnknownName = errors.New("gen: unknown name")
	// ErrConfig reports an unusable Config.
	ErrConfig = errors.New("gen: bad config")
)
