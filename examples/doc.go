// Package examples holds runnable examples of tl as a Go library, checked by
// go test, and the example corpus under corpus/ that the README's main
// command ingests.
//
// Each Example function is a small program: open an in-memory database,
// ingest an article, run a query and iterate its rows, load pre-structured
// events from JSONL without the extractor, and use the extractor alone.
package examples
