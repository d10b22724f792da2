package engine

import (
	"github.com/tl-project/tl/extract"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// defaultGazetteer returns the gazetteer used when Options.Gazetteer is
// nil: the embedded one.
func defaultGazetteer() Gazetteer { return gazetteer.Default() }

// defaultExtractor returns the extractor used when Options.Extractor is
// nil: the Arabic pipeline of package extract, over g when g is a
// *gazetteer.Gazetteer and over the embedded gazetteer otherwise.
func defaultExtractor(g Gazetteer) Extractor {
	gz, _ := g.(*gazetteer.Gazetteer)
	return pipeline{extract.New(gz)}
}

// pipeline adapts *extract.Extractor to Extractor.
type pipeline struct{ x *extract.Extractor }

func (p pipeline) Extract(a *timeline.Article) ([]timeline.Event, error) {
	res, err := p.x.Extract(a)
	if err != nil {
		return nil, err
	}
	return res.Events, nil
}
