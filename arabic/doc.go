// Package arabic prepares Arabic news text for matching: it normalises
// spelling variants, splits text into tokens that keep byte offsets into the
// original text, and strips proclitics (و ف ب ل ك ال and their combinations)
// from a word.
//
// Everything downstream (the gazetteer, the trigger lexicon, the temporal
// parser) compares normalised forms, so that "أمريكا", "امريكا" and
// "أمْرِيكا" are one word, while the spans it reports still point at the
// bytes of the text as published.
//
// # Basics
//
//   - [Rule]: one named normalisation rule (strip tashkeel, unify alef
//     forms, fold digits ...). [Rules] lists them in the order
//     [Normalize] applies them; each is also a
//     golang.org/x/text/transform.Transformer through [Rule.Transformer].
//   - [Normalize]: all rules at once; [NormalizeOffsets] also returns, for
//     every byte of the result, the byte of the input it came from.
//   - [Tokenize]: words and numbers as [Token] values with Start/End byte
//     offsets into the original text and the normalised form.
//   - [Candidates]: the forms of a normalised word with its proclitics
//     removed, longest first, for dictionary look-up.
//
// # Caveats
//
// Normalisation is deliberately lossy (ة→ه, ى→ي, hamza-on-alef→ا): it is a
// matching form, never a display form. It does not turn ؤ or ئ into و or ي
// (a blanket "decompose and drop marks" would), because those letters
// distinguish words. [Candidates] over-generates on purpose ("وزير" yields
// "زير" too); the dictionary that consumes the candidates decides which one
// is a word, trying the longest first.
package arabic
