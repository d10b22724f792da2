// Package gen generates synthetic timelines for tl's benchmarks: events
// among ~200 real countries (ISO3 ids), ~400 real cities and 2000
// synthetic people, with Zipf-like frequencies, five types, dates from
// 1990 to 2026 at day (80%), month (15%) and year (5%) precision, one to
// four actors, one place and one to three sources with Arabic sentences.
//
//	g, err := gen.New(gen.Config{Events: 1_000_000, Seed: 1})
//	for batch := g.Next(5000); batch != nil; batch = g.Next(5000) { ... }
//
// The corpus is a pure function of the Config. Its World is also an
// engine.Gazetteer, so that queries can name the synthetic entities.
package gen
