package temporal

import "github.com/tl-project/tl/arabic"

// normalize is the matching form of a word: arabic.Normalize (tashkeel and
// tatweel stripped, alef forms unified, ى→ي, ة→ه, Persian ی/ک folded,
// format characters dropped, Latin case folded). The lexicon is normalised
// with the same function, so the two always agree.
func normalize(s string) string { return arabic.Normalize(s) }
