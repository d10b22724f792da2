// Package page reads news inputs into articles and cleans pages for the
// extractor.
//
// Reading turns a file's bytes into [timeline.Article]s: plain text and HTML
// give one article, JSONL one article a line ({"id"|"doc", "title",
// "text"|"body", "published"}). The bytes are decoded first: UTF-8 (a byte
// order mark is dropped), UTF-16 with a byte order mark, and Windows-1256
// recognised by its Arabic letters. Inputs that are binary, not text in a
// known encoding, empty or too large are refused with typed errors.
//
// Cleaning works on the decoded text without changing it, so byte offsets
// into an article stay valid: [Clean] classifies each line (body,
// headline, caption, list; boilerplate, duplicate, junk and source lines
// are marked removed) and groups the lines into sections, one per article
// when a page holds several. [Sentences] splits a line into sentences.
//
// # Basics
//
//   - [Read], [ReadWith], [ReadBytes]: input → []timeline.Article.
//   - [Decode]: bytes → UTF-8 text and the [Encoding] found.
//   - [HTMLText]: the readable text of an HTML page.
//   - [Clean] → [Layout] of [Line]s and [Section]s; Layout.Explain shows
//     what was removed and why.
//   - [Sentences], [BodySentences]: sentence [Span]s with byte offsets.
//
// # Caveats
//
// The cleaning heuristics are made for news pages: a line of fewer than
// ShortLine words without final punctuation is a headline, a run of them a
// headline list. Unusual layouts may need the debug view to understand.
// HTML is read with a streaming tokenizer, so arbitrarily deep nesting
// costs no stack.
package page
