package engine

// defaultGazetteer returns the gazetteer used when Options.Gazetteer is nil.
func defaultGazetteer() Gazetteer { return nil }

// defaultExtractor returns the extractor used when Options.Extractor is nil.
func defaultExtractor(g Gazetteer) Extractor { return nil }
