package trigger

import (
	"slices"
	"strings"
	"unicode"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/timeline"
)

// Windows, in tokens, around a trigger.
const (
	// CueBefore is how far before a trigger a planned cue counts.
	CueBefore = 8
	// CueAfter is how far after a trigger a planned cue counts ("قمة
	// مقبلة", "الزيارة المرتقبة").
	CueAfter = 3
	// NegWindow is how far before a trigger a negation or condition
	// counts ("لم يلتق", "إذا التقى").
	NegWindow = 3
	// FailWindow is how far before a trigger a word of failure counts
	// ("فشل في التوصل إلى اتفاق").
	FailWindow = 6
	// ResultWindow is how far before a trigger a negated verb of result
	// counts ("لم تسفر القمة التي … عن اتفاق").
	ResultWindow = 14
)

// Trigger is a word or phrase that announces an event.
type Trigger struct {
	// TokStart and TokEnd are the token indexes of the trigger in the
	// slice given to Find, TokEnd exclusive.
	TokStart, TokEnd int
	// Start and End are the byte offsets of the trigger in the original
	// text, End exclusive.
	Start, End int
	// Type is the event type the trigger announces.
	Type timeline.Type
	// Word is the trigger as written in the text.
	Word string
	// Lemma is the lexicon entry the word matched, for explanations.
	Lemma string
	// Planned reports a future reading: a future prefix ("سيزور") or a
	// planned cue near the trigger ("من المقرر", "المرتقبة").
	Planned bool
	// Cue is the word that made the trigger planned, or "" .
	Cue string
	// Negated reports a negation right before the trigger ("لم يلتق").
	Negated bool
	// Hypothetical reports a condition or possibility right before the
	// trigger ("إذا", "في حال").
	Hypothetical bool
	// Verb reports a verbal trigger; Past a past-tense verb.
	Verb, Past bool
	// Definite reports a noun with the definite article and no pronoun
	// suffix ("القمة"): it may refer back to an event named earlier.
	Definite bool
	// Possessive reports a noun with a pronoun suffix ("لقاءه", "قمتهما").
	Possessive bool
	// Plural reports a plural noun ("الاتفاقات", "لقاءات", "القمم"): a
	// generic mention rather than one event. Nouns plural in their base
	// form ("محادثات") are not Plural.
	Plural bool
	// Mode reports a manner word ("عبر الفيديو", "هاتفياً") that makes a
	// meeting or summit in the same sentence a call.
	Mode bool
	// Tour reports a tour noun ("جولة … شملت"): the assembler makes
	// one visit of each place its verb lists, and none without them.
	Tour bool
	// Return reports a verb of returning a visit ("ردّ الزيارة"): a visit
	// of its own, whose host is the visitor of the visit it returns.
	Return bool
	// Session reports a session noun with its number or ordinal
	// ("الدورة العادية الثالثة والثلاثين"): one session of a series, not
	// the one reported before.
	Session bool
	// Arrival reports a verb of arrival whose place follows ب ("حلّ
	// الرئيس بالرياض"): without a place of arrival it is no visit ("حل
	// الدولتين بالاستناد إلى …" is a solution).
	Arrival bool
	// Strength is how reliably the trigger announces an event, 0..1.
	Strength float64
}

// String formats the trigger for debugging and explanations.
func (t Trigger) String() string {
	var b strings.Builder
	b.WriteString(t.Type.String())
	b.WriteString(" «")
	b.WriteString(t.Word)
	b.WriteString("»")
	if t.Planned {
		b.WriteString(" planned")
		if t.Cue != "" {
			b.WriteString(" (" + t.Cue + ")")
		}
	}
	if t.Negated {
		b.WriteString(" negated")
	}
	if t.Hypothetical {
		b.WriteString(" hypothetical")
	}
	return b.String()
}

// Find returns the triggers among tokens, in order of position, without
// overlaps (a multi-word trigger consumes its words). Negated and
// hypothetical triggers are returned with their flags set; the caller
// decides whether to drop them.
func Find(tokens []arabic.Token) []Trigger {
	var out []Trigger
	f := &finder{toks: tokens, cands: make([][]string, len(tokens))}
	for i := 0; i < len(tokens); i++ {
		t, ok := f.match(i)
		if !ok {
			continue
		}
		out = append(out, t)
		i = t.TokEnd - 1
	}
	Annotate(tokens, out)
	return out
}

// stem is one reading of a token with its proclitics stripped.
type stem struct {
	word     string
	definite bool
	future   bool
	purpose  bool // ل before an imperfect verb
}

// stems returns the readings of a normalised token: with proclitics
// stripped (longest form first), and with a future prefix س removed from
// an imperfect verb.
func stems(norm string) []stem { return stemsOf(norm, arabic.Candidates(norm)) }

// stemsOf is stems over forms already computed by arabic.Candidates.
func stemsOf(norm string, cands []string) []stem {
	var out []stem
	for _, c := range cands {
		prefix := norm[:len(norm)-len(c)]
		def := strings.HasSuffix(prefix, "ال") || strings.HasSuffix(prefix, "لل")
		purpose := strings.HasSuffix(prefix, "ل") && !def
		out = append(out, stem{word: c, definite: def, purpose: purpose})
		if strings.HasPrefix(c, "س") {
			if rest := c[len("س"):]; imperfects[rest] {
				out = append(out, stem{word: rest, future: true})
			}
		}
	}
	return out
}

// finder holds a token run and the proclitic-stripped forms of its
// tokens, computed once.
type finder struct {
	toks  []arabic.Token
	cands [][]string
}

// forms returns the forms of token k with and without proclitics.
func (f *finder) forms(k int) []string {
	if f.cands[k] == nil {
		f.cands[k] = arabic.Candidates(f.toks[k].Norm)
	}
	return f.cands[k]
}

// match tries to read a trigger starting at token i.
func (f *finder) match(i int) (Trigger, bool) {
	tokens := f.toks
	for _, s := range stemsOf(tokens[i].Norm, f.forms(i)) {
		if lexicon[s.word] == nil {
			continue
		}
		for _, e := range lexicon[s.word] {
			if e.bare && !bareForm(tokens[i].Norm, s.word) {
				continue
			}
			end, ok := f.fits(i, e)
			if !ok {
				continue
			}
			words := make([]string, 0, end-i)
			for _, tk := range tokens[i:end] {
				words = append(words, tk.Text)
			}
			t := Trigger{
				Word:     strings.Join(words, " "),
				TokStart: i, TokEnd: end,
				Start: tokens[i].Start, End: tokens[end-1].End,
				Type: e.typ, Lemma: e.lemma,
				Verb:     e.form == formPast || e.form == formImperfect,
				Past:     e.form == formPast,
				Mode:     e.mode,
				Tour:     e.tour,
				Return:   e.returned,
				Session:  e.numbered,
				Arrival:  e.arrival,
				Strength: e.strength,
			}
			if e.form == formNoun {
				t.Definite = s.definite && !hasSuffix(s.word, e)
				t.Possessive = hasSuffix(s.word, e)
				t.Plural = pluralForms[s.word]
			}
			if s.future {
				t.Planned, t.Cue = true, "س"+"+"+s.word
			}
			if e.future {
				t.Planned, t.Cue = true, s.word
			}
			if e.form == formImperfect && s.purpose {
				// "ليلتقي", "ليصل": a purpose, not a report.
				t.Hypothetical = true
			}
			return t, true
		}
	}
	return Trigger{}, false
}

// hasSuffix reports whether a noun form carries a pronoun suffix.
func hasSuffix(w string, e entry) bool {
	if e.form != formNoun {
		return false
	}
	for _, s := range []string{"ه", "ها", "هما", "هم", "نا"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+4 {
			// A final ه is the feminine ending of the base itself
			// ("قمه", "زياره"), not a suffix, unless a ت precedes it.
			if s == "ه" && !strings.HasSuffix(w, "ته") && !strings.HasSuffix(w, "اؤه") &&
				!strings.HasSuffix(w, "ائه") && !strings.HasSuffix(w, "اءه") && !strings.HasSuffix(w, "عه") {
				continue
			}
			return true
		}
	}
	return false
}

// fits checks an entry's context conditions at token i and returns the
// end of the trigger.
func (f *finder) fits(i int, e entry) (int, bool) {
	tokens := f.toks
	if len(e.notAfter) > 0 && i > 0 {
		for _, w := range e.notAfter {
			if f.hasStem(i-1, w) {
				return 0, false
			}
		}
	}
	if len(e.onlyAfter) > 0 && (i == 0 || !slices.ContainsFunc(e.onlyAfter, func(w string) bool { return f.hasStem(i-1, w) })) {
		return 0, false
	}
	end := i + 1
	if e.coordinated {
		// "بحث أردوغان وبوتين": a name (no article) then a word with و.
		if i+2 >= len(tokens) || strings.HasPrefix(tokens[i+1].Norm, "ال") ||
			!strings.HasPrefix(tokens[i+2].Norm, "و") || strings.HasPrefix(tokens[i+2].Norm, "وال") {
			return 0, false
		}
	}
	if len(e.follow) > 0 {
		matched := false
		for _, seq := range e.follow {
			if i+1+len(seq) > len(tokens) {
				continue
			}
			ok := true
			for k, w := range seq {
				if !f.hasStem(i+1+k, w) {
					ok = false
					break
				}
			}
			if ok {
				end, matched = i+1+len(seq), true
				break
			}
		}
		if !matched {
			return 0, false
		}
	}
	if e.withB > 0 {
		found := false
		for k := end; k < len(tokens) && k < end+e.withB && !found; k++ {
			found = takesB(tokens[k].Norm)
		}
		if !found {
			return 0, false
		}
	}
	if e.numbered && !Numbered(tokens, end) {
		return 0, false
	}
	if len(e.near) > 0 {
		found := false
		for k := end; k < len(tokens) && k < end+e.window && !found && !f.stops(k, e); k++ {
			for _, w := range e.near {
				if f.hasStem(k, w) {
					found = true
					break
				}
			}
		}
		if !found {
			return 0, false
		}
	}
	return end, true
}

// sessionKinds name the kind of a session between its noun and its
// number: "الدورة العادية الـ32", "الدورة غير العادية الثانية".
var sessionKinds = map[string]bool{"العاديه": true, "الاستثنائيه": true, "غير": true}

// feminineOrdinals are the first word of the ordinal of a session
// ("الثالثة والثلاثين", "الحادية عشرة").
var feminineOrdinals = map[string]bool{
	"الاولي": true, "الثانيه": true, "الثالثه": true, "الرابعه": true, "الخامسه": true, "السادسه": true,
	"السابعه": true, "الثامنه": true, "التاسعه": true, "العاشره": true, "الحاديه": true,
}

// Numbered reports whether the tokens from k, past words naming the
// session's kind, begin with a session number ("الـ41", "44") or an
// ordinal ("الثالثة والثلاثين"): after a session noun they name one
// session of a series.
func Numbered(tokens []arabic.Token, k int) bool {
	for k < len(tokens) && sessionKinds[tokens[k].Norm] {
		k++
	}
	return k < len(tokens) && (feminineOrdinals[tokens[k].Norm] || SessionNumber(tokens[k].Norm))
}

// SessionNumber reports a session number after an event noun: "القمة
// الـ41", "الدورة 44" name one summit of a series by its number.
func SessionNumber(n string) bool {
	n = strings.TrimLeft(strings.TrimPrefix(n, "ال"), "ـ")
	if n == "" {
		return false
	}
	for _, r := range n {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// stops reports whether token k is one of an entry's stop words, which end
// the search for its near words.
func (f *finder) stops(k int, e entry) bool {
	for _, w := range e.stopAt {
		if f.toks[k].Norm == w {
			return true
		}
	}
	return false
}

// bareForm reports whether the normalised token is the word w with at most
// the conjunction و or ف before it.
func bareForm(norm, w string) bool {
	switch strings.TrimSuffix(norm, w) {
	case "", "و", "ف":
		return strings.HasSuffix(norm, w)
	}
	return false
}

// takesB reports whether a normalised word carries the preposition ب
// before a definite noun or a name of at least three letters: "بالرئيس",
// "بنظيره", "ببوتين". Words that merely begin with ب ("بعد", "بين",
// "بشأن") do not count.
func takesB(n string) bool {
	for _, p := range []string{"وب", "ب"} {
		if !strings.HasPrefix(n, p) {
			continue
		}
		rest := n[len(p):]
		if notB[n] || notB[rest] || len([]rune(rest)) < 3 {
			return false
		}
		return true
	}
	return false
}

// notB are words that begin with ب without carrying the preposition, or
// whose ب introduces a manner or topic rather than a person.
var notB = map[string]bool{
	"بعد": true, "بين": true, "بشان": true, "بخصوص": true, "بهدف": true, "بحث": true, "بحضور": true,
	"بمشاركه": true, "بشكل": true, "بصوره": true, "بالتزامن": true, "بناء": true, "بمناسبه": true,
	"بالهاتف": true, "بالفيديو": true, "بعض": true, "بعيد": true, "بلاده": true, "بلد": true,
	"شان": true, "خصوص": true, "هدف": true, "حضور": true, "مشاركه": true, "شكل": true, "صوره": true,
	"التزامن": true, "مناسبه": true, "الهاتف": true, "الفيديو": true,
}

// hasStem reports whether token k, with or without its proclitics, is w.
func (f *finder) hasStem(k int, w string) bool {
	for _, c := range f.forms(k) {
		if c == w {
			return true
		}
	}
	return false
}

// possibleBefore reports a word of possibility before token k in its
// sentence: "كان في وسع الرئيسين الاتفاق … على موعد لقاء".
func possibleBefore(tokens []arabic.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		w := strings.TrimPrefix(tokens[j].Norm, "و")
		if possibilities[w] || possibilities[tokens[j].Norm] ||
			j > 0 && possibilitiesAfterIn[tokens[j].Norm] && strings.TrimPrefix(tokens[j-1].Norm, "و") == "في" {
			return true
		}
	}
	return false
}

// Annotate sets the status, negation and hypothetical flags of triggers
// found in tokens from the words around each. Find calls it; it is
// exported for callers that build triggers themselves.
func Annotate(tokens []arabic.Token, ts []Trigger) {
	for k := range ts {
		t := &ts[k]
		for j := t.TokStart - 1; j >= 0 && j >= t.TokStart-NegWindow; j-- {
			w := tokens[j].Norm
			if len(w) > 2 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && negations[w[2:]] {
				w = w[2:] // "ولم", "فلا"
			}
			// A negation denies the verb it stands before: a verbal
			// trigger within the window, a noun only right after it
			// ("لا اتفاق"); "لم تسفر قمة" does not deny the summit.
			if negations[w] && (t.Verb || j == t.TokStart-1) {
				t.Negated = true
			}
			if hypotheticals[w] || hypotheticals[strings.TrimPrefix(w, "و")] {
				t.Hypothetical = true
			}
		}
		// "دون الإعلان عن اتفاق", "من دون التوصل إلى اتفاق": a
		// negation before the verbal noun of reaching or announcing
		// denies the outcome it introduces.
		if !t.Verb {
			j := t.TokStart - 1
			if j >= 0 && outcomeLinks[tokens[j].Norm] {
				j--
			}
			if j >= 1 && j < t.TokStart && outcomeNouns[tokens[j].Norm] && negations[strings.TrimPrefix(tokens[j-1].Norm, "و")] {
				t.Negated = true
			}
		}
		if possibleBefore(tokens, t.TokStart) {
			t.Hypothetical = true
		}
		// "حتى يكون هناك اتفاق": a condition still to be met.
		for j := t.TokStart - 1; j >= 0 && j >= t.TokStart-NegWindow; j-- {
			if n := tokens[j].Norm; (n == "حتي" || n == "حتى") && j+1 < len(tokens) && j+1 < t.TokStart &&
				isImperfect(tokens[j+1].Norm) {
				t.Hypothetical = true
			}
		}
		// "لم يجر … أي اتصال": a negated light verb denies its object.
		for j := t.TokStart - 1; j > 0 && j >= t.TokStart-FailWindow; j-- {
			if lightVerbs[tokens[j].Norm] && (negations[tokens[j-1].Norm] || negations[strings.TrimPrefix(tokens[j-1].Norm, "و")]) {
				t.Negated = true
			}
		}
		for j := t.TokStart - 1; j >= 0 && j >= t.TokStart-FailWindow; j-- {
			if failures[tokens[j].Norm] || failures[strings.TrimPrefix(tokens[j].Norm, "و")] {
				t.Negated = true
			}
		}
		// The result of a negated "أسفر عن": the trigger right after عن.
		result := t.TokStart > 0 && (tokens[t.TokStart-1].Norm == "عن" || tokens[t.TokStart-1].Norm == "الي")
		for j := t.TokStart - 1; result && j > 0 && j >= t.TokStart-ResultWindow; j-- {
			if resultVerbs[tokens[j].Norm] && negations[tokens[j-1].Norm] {
				t.Negated = true
			}
		}
		if t.Planned {
			continue
		}
		lo := max(0, t.TokStart-CueBefore)
		hi := min(len(tokens), t.TokEnd+CueAfter)
		for j := lo; j < hi; j++ {
			if j >= t.TokStart && j < t.TokEnd {
				continue
			}
			if cue, ok := plannedCue(tokens[j].Norm); ok {
				t.Planned, t.Cue = true, cue
				break
			}
		}
		// "رجح أن يلتقي", "قرر أن يزور": an imperfect verb after "أن" is
		// intended or expected, not done, except in narrative "قبل أن
		// يلتقي" (before he met).
		if k := t.TokStart - 1; !t.Planned && t.Verb && !t.Past && k >= 0 && subjunctiveAn[tokens[k].Norm] &&
			(k == 0 || !narrativeAn[strings.TrimPrefix(tokens[k-1].Norm, "و")]) {
			t.Planned, t.Cue = true, tokens[k].Text+" "+t.Word
		}
	}
}

// subjunctiveAn are the forms of "أن" that put the imperfect verb after
// them in the subjunctive: an intended or expected act.
var subjunctiveAn = map[string]bool{"ان": true, "بان": true, "وان": true}

// narrativeAn are the words before "أن" that make it narrate a past act:
// "قبل أن يلتقي" (before he met).
var narrativeAn = map[string]bool{"قبل": true, "بعد": true, "منذ": true, "عقب": true, "قبيل": true}

// outcomeNouns are verbal nouns of reaching or announcing a result:
// "التوصل إلى اتفاق", "الإعلان عن اتفاق".
var outcomeNouns = map[string]bool{
	"التوصل": true, "توصل": true, "الاعلان": true, "اعلان": true, "ابرام": true, "عقد": true,
	"الخروج": true, "تحقيق": true,
}

// outcomeLinks join an outcome noun to its object.
var outcomeLinks = map[string]bool{"الي": true, "الى": true, "عن": true, "ب": true}

// isImperfect reports whether a normalised word looks like an imperfect
// verb: it begins with ي or ت and is at least three letters long.
func isImperfect(n string) bool {
	r := []rune(n)
	return len(r) >= 3 && (r[0] == 'ي' || r[0] == 'ت')
}

// plannedCue reports whether a normalised token is a planned cue: a cue
// word, or an imperfect verb with the future prefix س.
func plannedCue(norm string) (string, bool) {
	for _, s := range stems(norm) {
		if plannedCues[s.word] {
			return s.word, true
		}
		if s.future {
			return "س+" + s.word, true
		}
	}
	return "", false
}

// Planned reports whether tokens hold a cue for the future: a planned cue
// word ("من المقرر", "المرتقبة", "سوف") or a future-prefixed imperfect
// verb ("سيعقد", "ستزور").
func Planned(tokens []arabic.Token) bool {
	for _, t := range tokens {
		if _, ok := plannedCue(t.Norm); ok {
			return true
		}
	}
	return false
}
