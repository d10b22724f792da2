package main

import (
	"github.com/tl-project/tl/corpus"
	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/timeline"
)

// readArticles decodes a document and splits it into articles.
func readArticles(d corpus.Doc, data []byte) ([]timeline.Article, error) {
	text, _, err := page.Decode(data)
	if err != nil {
		return nil, err
	}
	return []timeline.Article{{ID: d.Name, Published: d.Published, Text: text}}, nil
}
