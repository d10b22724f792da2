// Package trigger finds the words that announce a diplomatic event in
// Arabic text and says which of the five event types each announces, and
// whether the text reports it as planned, negated or hypothetical.
//
// The lexicon works on normalised tokens from package arabic, so it is
// insensitive to tashkeel, tatweel, alef and teh-marbuta spellings, and to
// the proclitics و ف ب ل ك ال. A future prefix س on an imperfect verb
// ("سيزور", "ستعقد") is recognised and marks the trigger planned.
//
// # Basics
//
// [Find] returns the [Trigger]s of a token slice, in order. Each carries its
// [timeline.Type], its byte span in the original text, the status cue that
// made it planned (if any), and flags for negation ("لم يلتق") and
// hypotheticals ("إذا التقى"). [Planned] reports whether a token run holds
// a status cue for the future.
//
// Some words are triggers only in context: "وقّع" is a signing when an
// object such as "اتفاقية" or "على" follows (otherwise "وقع" means
// "happened"), "بحث" is talks only as a verb with "مع" or in the dual,
// "اتصال" is a call only when qualified ("هاتفي", "مرئي"), and "قمة" after
// "أعلى" is a peak, not a summit.
//
// # Caveats
//
// The lexicon is a list of words, not a parser: it cannot tell whose
// meeting a trigger denotes. Assigning actors, dates and places is the
// business of package extract.
package trigger
