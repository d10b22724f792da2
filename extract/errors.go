package extract

import "errors"

// Errors returned by the extractor. Callers test them with errors.Is.
var (
	// ErrNilArticle is returned when Extract is given a nil article.
	ErrNilArticle = errors.New("nil article")

	// ErrNoText is returned when an article has no text to read.
	ErrNoText = errors.New("article has no text")
)
