package engine

import "github.com/tl-project/tl/gazetteer"

// defaultGazetteer returns the gazetteer used when Options.Gazetteer is
// nil: the embedded one.
func defaultGazetteer() Gazetteer { return gazetteer.Default() }

// defaultExtractor returns the extractor used when Options.Extractor is
// nil. Until the extract package offers its pipeline (extract.New), there
// is none, and IngestArticle returns ErrNoExtractor.
func defaultExtractor(g Gazetteer) Extractor { return nil }
