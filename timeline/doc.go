// Package timeline defines the event model of tl: dated diplomatic events
// (summits, meetings, visits, calls, agreements), the entities that take part
// in them (countries, organisations, people, cities) and the provenance that
// ties each event to the sentences that reported it.
//
// timeline is a leaf package: it imports nothing from the rest of tl, and
// every other package (extraction, query, engine, CLI) speaks in its types.
//
// # Basics
//
//   - [Event]: one real-world event with a [Type], a [Date], a [Status],
//     actor and place entity ids, and the [Source] sentences behind it.
//   - [Date]: an interval of whole days with a [Precision]; a
//     month-precision date of June 2021 spans 2021-06-01..2021-06-30.
//   - [Day]: a calendar day as a count of days since 1970-01-01, the unit
//     the indexes store.
//   - [Entity]: a country, organisation, person or city, with English and
//     Arabic names and, for people and cities, the country they belong to.
//
// # Caveats
//
// Event ids are derived from content ([Event.ComputeID]); two extractions of
// the same fact give the same id. Events refer to entities by id only; the
// entity records themselves live beside the events (in the gazetteer and in
// the database) so that names can change without rewriting events.
package timeline
