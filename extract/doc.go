// Package extract turns Arabic news articles into diplomatic events: the
// pipeline from an article's text to []timeline.Event with provenance.
//
// The stages are small and separately tested:
//
//  1. page.Clean classifies the lines of the page (body, headline,
//     caption, list; boilerplate, duplicates and junk removed) and splits
//     it into sections, one per article on the page.
//  2. Each section gets a reference day: the article's publication day, or
//     for a later article on an aggregated page the day its captions carry.
//  3. page.Sentences splits each kept line into sentences.
//  4. In each sentence, trigger.Find finds the event words, the gazetteer
//     the mentions of people, countries, organisations, cities, roles,
//     demonyms and metonyms, and temporal.Find the date expressions.
//  5. Assembly groups the triggers of a sentence into events and gives
//     each its actors (role phrases resolved to their holder on the event's
//     date, "نظيره X" to the counterpart, a person's country added as a
//     party, pronoun subjects such as "الجانبان" resolved from the events
//     before), its place, its date (the nearest expression; an anaphoric
//     reference such as "على هامش القمة" lends the date of the event it
//     refers to; otherwise unknown) and its status.
//  6. Events of one article that describe the same real event (same or
//     compatible type, compatible dates, overlapping parties) are merged,
//     keeping every source sentence.
//  7. Each source and event gets a confidence from its evidence.
//
// # Basics
//
// [New] builds an [Extractor] over a gazetteer; [Extractor.Extract] reads
// one [timeline.Article] and returns a [Result]: the events, and an
// [Explanation] per event that says which trigger, date expression and
// mentions produced each field — what `tl extract` prints.
//
// # Caveats
//
// Extraction is rule based and reads one article at a time; merging across
// articles is the engine's business. An Extractor is safe for concurrent
// use when its gazetteer is.
package extract
