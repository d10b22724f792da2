package main

import (
	"github.com/tl-project/tl/corpus"
	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/timeline"
)

// readArticles decodes a document (text, HTML or JSONL, in UTF-8, UTF-16 or
// Windows-1256) and returns its articles, dated by the document's
// publication day unless a JSONL line carries its own.
func readArticles(d corpus.Doc, data []byte, maxSize int64) ([]timeline.Article, error) {
	return page.ReadBytes(d.Name, data, page.Options{MaxSize: maxSize, Published: d.Published})
}
