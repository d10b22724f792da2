// Package cookbook checks the cookbook of docs/query.md.
//
// It has no API: its tests load testdata/fixture.jsonl (events written from
// real diplomatic events of 2017–2025) into an in-memory database with a
// fixed clock, run every query of query/testdata/cookbook.tlq against it,
// render each result with render.WriteRows as Markdown (what tl query
// --format md prints; an explain is shown as its plan text), and compare
// the outputs with golden files in testdata. Running
//
//	go test ./internal/cookbook -update
//
// rewrites the golden files and the cookbook section of docs/query.md
// (between the cookbook:begin and cookbook:end markers), so the documented
// outputs are always the ones the engine produces.
package cookbook
