package viz

import "errors"

// Errors returned by Render and RenderBars for bad options. The returned
// errors wrap them with the offending value; test them with errors.Is.
var (
	// ErrFormat is returned when Options.Format is neither "svg" nor
	// "html".
	ErrFormat = errors.New("unknown visual format")

	// ErrLanes is returned when Options.Lanes is neither "actor" nor
	// "country".
	ErrLanes = errors.New("unknown lane mode")

	// ErrLang is returned when Options.Lang is neither "en" nor "ar".
	ErrLang = errors.New("unknown language")

	// ErrWidth is returned when Options.Width is negative or too small to
	// draw anything in.
	ErrWidth = errors.New("bad width")
)
