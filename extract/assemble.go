package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/extract/temporal"
	"github.com/tl-project/tl/extract/trigger"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// draft is an event under construction.
type draft struct {
	typ      timeline.Type
	date     timeline.Date
	explicit bool // the date came from an expression of the sentence
	status   timeline.Status
	actors   []actor
	places   []placeRef
	sources  []timeline.Source
	evidence []Evidence
	weak     bool // only headline, list or caption sources
	firm     bool // the status was stated (a future cue, a past verb)
	earlier  bool // named as an earlier event in another's phrase ("منذ قمتهما", "آخر لقاء جمعهما")
	// concluded marks a visit reported by its end ("اختتم … زيارة الدولة"):
	// its date is its last day.
	concluded bool
	conf      float64
	section   int
	ref       timeline.Day
}

// parties returns the set of countries and organisations of the draft.
func (d *draft) parties() map[string]bool {
	out := map[string]bool{}
	for _, a := range d.actors {
		if a.party != "" {
			out[a.party] = true
		}
	}
	return out
}

// group is a set of triggers of one sentence that announce one event.
type group struct {
	typ      timeline.Type
	trigs    []trigger.Trigger
	lo, hi   int // token scope
	clo, chi int // token range of the triggers' clauses
	// skipLo and skipHi bound the name of a summit on whose sidelines the
	// event took place, inside its scope: not its parties.
	skipLo, skipHi int
}

func (g *group) first() int { return g.trigs[0].TokStart }

// sinceWords open a phrase that names an earlier event: "الأول منذ قمتهما
// في بالي في نوفمبر الماضي".
var sinceWords = map[string]bool{"منذ": true, "ومنذ": true}

// since reports whether trigger t names an earlier event of its own,
// which the date after it in the phrase belongs to: the event after "منذ"
// (with "آخر" or "أول" between: "الأول منذ قمتهما في بالي"), or "the
// last" one of a pair — "آخر" before the noun, after a form of "كان"
// ("وكان آخر لقاء جمعهما في … في حزيران 2018") or before a verb of
// meeting held by the pair ("آخر قمة عقداها").
func (s *sentence) since(t trigger.Trigger) bool {
	if s.afterThat(t) || s.ownEarlier(t) || s.invitedDuring(t) {
		return true
	}
	k := t.TokStart - 1
	if k >= 0 && s.toks[k].Norm == "اخر" && !t.Verb {
		if k > 0 && wasForms[s.toks[k-1].Norm] {
			return true
		}
		if t.TokEnd < len(s.toks) && dualLightVerbs[s.toks[t.TokEnd].Norm] {
			return true
		}
	}
	if k >= 0 && (s.toks[k].Norm == "اخر" || s.toks[k].Norm == "اول") {
		k--
	}
	return k >= 0 && sinceWords[s.toks[k].Norm]
}

// afterWords open a clause of an earlier event: "بعد أن التقيا في عشق
// آباد في 11 أكتوبر", "بعدما عقدت القمة السابقة في جوهانسبرغ".
var afterWords = map[string]bool{"بعدما": true, "وبعدما": true}

// afterThat reports whether trigger t follows "بعد أن" or "بعدما" in its
// clause, directly or after its verb and subject ("بعد أن عقدت القمة",
// "بعد أن أجرى الرئيسان محادثات"), beside an earlier trigger of its type
// in the sentence: the event reported is after it, so it is an earlier
// event of its own.
func (s *sentence) afterThat(t trigger.Trigger) bool {
	other := slices.ContainsFunc(s.trigs, func(o trigger.Trigger) bool {
		return o.Type == t.Type && o.TokStart < t.TokStart
	})
	if !other {
		return false
	}
	for k := t.TokStart - 1; k >= 0 && k >= t.TokStart-4; k-- {
		if s.commaBetween(k, k+1) {
			return false
		}
		n := s.toks[k].Norm
		if afterWords[n] || (n == "ان" && k > 0 && slices.Contains(s.forms(k-1), "بعد")) {
			return true
		}
	}
	return false
}

// invitationWords name an invitation: "تلبية لدعوة تلقاها … خلال
// الاتصال الهاتفي", "بدعوة وجهها … خلال لقائهما".
var invitationWords = map[string]bool{"لدعوه": true, "بدعوه": true, "دعوه": true}

// invitationWindow is how many words before an event noun an invitation
// may stand: "بدعوة من ولي العهد السعودي الأمير محمد بن سلمان خلال اتصال".
const invitationWindow = 10

// invitedDuring reports a trigger noun named in the phrase of an
// invitation a few words before it: the event at which the invitation
// was given, earlier than the visit it brought about.
func (s *sentence) invitedDuring(t trigger.Trigger) bool {
	if t.Verb {
		return false
	}
	for k := t.TokStart - 1; k >= 0 && k >= t.TokStart-invitationWindow; k-- {
		if s.commaBetween(k, k+1) {
			return false
		}
		if invitationWords[s.toks[k].Norm] {
			return true
		}
	}
	return false
}

// earlierOrdinals after a possessive event noun make it an earlier one
// of the same person: "زيارته الأولى", "لقاؤهما السابق", "زيارته الأخيرة".
var earlierOrdinals = map[string]bool{
	"الاولي": true, "الاول": true, "السابقه": true, "السابق": true, "الاخيره": true, "الاخير": true,
	"الماضيه": true, "الماضي": true,
}

// ownEarlier reports a possessive event noun with an ordinal of an
// earlier event ("زيارته الأولى") dated in its phrase by a past date
// that does not count from the reference day's recent days ("في أغسطس
// 2015", "في يناير الماضي", not "أمس"): that earlier event, not the one
// under way.
func (s *sentence) ownEarlier(t trigger.Trigger) bool {
	if t.Verb || !t.Possessive || t.TokEnd >= len(s.toks) || !earlierOrdinals[s.toks[t.TokEnd].Norm] {
		return false
	}
	end := s.phraseEnd(t.TokEnd)
	if end < len(s.toks) {
		end = s.toks[end].Start
	} else {
		end = len(s.text)
	}
	for _, e := range s.exprs {
		if e.Start < t.End || e.End > end || !e.Dated() || s.sincePhrase(&e) {
			continue
		}
		recent := e.Relative && e.Date.Precision == timeline.PrecisionDay
		return !recent && s.ref != 0 && e.Date.End < s.ref
	}
	return false
}

// wasForms are the past forms of "كان" that put "the last" event before
// the one reported: "وكان آخر لقاء", "كانت آخر قمة".
var wasForms = map[string]bool{"كان": true, "وكان": true, "كانت": true, "وكانت": true}

// sinceGroup reports whether a group names an earlier event (since).
func (s *sentence) sinceGroup(g *group) bool { return s.since(g.trigs[0]) }

// listWindow is how many words around a trigger of a long list line
// count for its parties.
const listWindow = 6

// summitAdjectives are adjectives that, right after "قمة", name the
// organisation whose summit it is: "القمة العربية" is the Arab League's,
// "قمة عربية إسلامية" the Arab League's and the OIC's. They are not
// demonyms anywhere else ("العربية" is also the language).
var summitAdjectives = map[string]string{
	"عربيه": "ARAB_LEAGUE", "اسلاميه": "OIC", "خليجيه": "GCC", "افريقيه": "AU",
	"اوروبيه": "EU", "اسيويه": "", "اطلسيه": "NATO",
}

// summitOrgs returns the organisations named by adjectives after a summit
// trigger.
func (x *Extractor) summitOrgs(s *sentence, t trigger.Trigger) []actor {
	if t.Type != timeline.TypeSummit || t.Verb {
		return nil
	}
	var out []actor
	for k := t.TokEnd; k < len(s.toks) && k < t.TokEnd+4; k++ {
		org, ok := "", false
		for _, c := range s.forms(k) {
			if o, hit := summitAdjectives[c]; hit {
				org, ok = o, true
			}
		}
		if !ok {
			if k == t.TokEnd {
				continue // "القمة الخليجية الخامسة", "قمة طارئة عربية"
			}
			break
		}
		if org == "" {
			continue
		}
		if a, ok := x.orgActor(s, org, k, k, "adjective of a summit"); ok {
			out = append(out, a)
		}
	}
	return out
}

// pronounSubjects are words that refer to parties named before.
var pronounSubjects = map[string]bool{
	"الزعيمان": true, "الزعيمين": true, "الجانبان": true, "الجانبين": true, "البلدان": true,
	"البلدين": true, "الطرفان": true, "الطرفين": true, "الرئيسان": true, "الرئيسين": true,
	"الوزيران": true, "الوزيرين": true, "الزعماء": true, "القاده": true, "الدولتان": true, "الدولتين": true,
}

// countryPronouns refer to the countries of the event before, not to the
// people who acted for them.
var countryPronouns = map[string]bool{
	"البلدان": true, "البلدين": true, "الدولتان": true, "الدولتين": true,
	"والبلدان": true, "والبلدين": true, "والدولتان": true, "والدولتين": true,
}

// attachWords after a trigger noun introduce its parties.
var attachWords = map[string]bool{"بين": true, "مع": true, "ل": true}

// assemble builds the events of one sentence.
func (x *Extractor) assemble(a *timeline.Article, s *sentence, st *sectionState) []*draft {
	if len(s.trigs) == 0 {
		return nil
	}
	// Anaphoric triggers ("القمة" alone) refer to an earlier event.
	var live []trigger.Trigger
	var link *draft
	var linkTrig trigger.Trigger
	liveType := map[timeline.Type]bool{}
	for _, t := range s.trigs {
		if t.Tour {
			// A tour is its listed stops, or nothing.
			if len(s.tourStops(t)) > 0 {
				live = append(live, t)
			}
			continue
		}
		// A definite noun with no antecedent in the section is a first
		// mention ("القمة العربية الطارئة", "الاتصال الهاتفي الذي جرى").
		firstMention := (t.Type == timeline.TypeSummit && latest(st.events, t.Type) == nil) ||
			(t.Type == timeline.TypeCall && !hasType(st.events, t.Type)) ||
			(signingNoun(t) && !hasType(st.events, t.Type))
		// "ترأس ولي العهد اليوم أعمال القمة" after an undated headline
		// about it: the body's first dated report of the event.
		if t.Definite && s.kind == page.KindBody && s.datedClause(t) && undatedHeadline(topicOf(st.events, t.Type)) {
			firstMention = true
		}
		// "ويعد هذا اللقاء الأول بين …": a noun after a demonstrative
		// is the event reported before, whatever its phrase names —
		// unless it names the parties of an earlier event after "منذ"
		// ("هذا اللقاء الأول بين الزعيمين منذ قمتهما في بالي").
		pointed := t.Definite && s.demonstrativeBefore(t) && latest(st.events, t.Type) != nil &&
			!slices.ContainsFunc(s.trigs, s.since) && !s.nextRound(t)
		if (pointed || t.Definite && !x.attached(s, t) && !s.seriesNext(t) && !s.nextRound(t) && (liveType[t.Type] || !firstMention)) && !s.since(t) {
			if liveType[t.Type] {
				continue // "هذا اللقاء" after "اجتماع" names the same event
			}
			// "على هامش القمة" lends the summit's date; "يلي القمة",
			// "سبق القمتين" place the event before or after it: no date.
			if d := topicOf(st.events, t.Type); d != nil && link == nil && !s.relationBefore(t.TokStart) {
				link, linkTrig = d, t
			}
			continue
		}
		// "وبعد المكالمة مع موسكو، أجرى اتصالاً آخر ب…": an event named
		// after "بعد"/"قبل" beside a new one of its type is background.
		if t.Definite && s.relationBefore(t.TokStart) && s.newOfType(t) {
			s.background = append(s.background, [2]int{t.TokStart - 1, s.phraseEnd(t.TokEnd)})
			continue
		}
		live = append(live, t)
		liveType[t.Type] = true
	}
	live = dropTalksOutcome(s, live)
	live = dropCircumstance(s, live)
	groups := groupTriggers(s, live)
	var out []*draft
	var prev *draft
	for gi, g := range groups {
		d := x.build(a, s, st, g, link, linkTrig, prev, gi)
		if d == nil {
			continue
		}
		if t, ok := tourTrigger(g); ok {
			out = append(out, x.splitTour(s, t, d, s.tourStops(t))...)
			prev = d
			continue
		}
		if s.bilateral(g, link) {
			if parts := x.splitBilateral(d); len(parts) > 1 {
				out = append(out, parts...)
				prev = d
				continue
			}
		}
		out = append(out, d)
		if !d.earlier {
			// "يلتقي … بعد أن التقيا في …، كما يلتقي …": the clause
			// after an earlier event goes on with the one reported.
			prev = d
		}
	}
	return out
}

// signingNoun reports the noun of the act of signing with its object
// ("التوقيع على إعلان", "التوقيع على عدد من مذكرات التفاهم"): with no
// agreement before it in the section, its article marks no earlier event.
func signingNoun(t trigger.Trigger) bool {
	return t.Type == timeline.TypeAgreement && t.Lemma == "توقيع"
}

// roundNouns name one round of a series of talks: "الجولة الثانية من
// المحادثات".
var roundNouns = map[string]bool{"الجوله": true, "جوله": true}

// nextRound reports a talks noun named as one round of its series: "الجولة
// الثانية من هذه المحادثات", "الجولة المقبلة من المفاوضات". The noun names
// the talks reported before, the round another meeting of them.
func (s *sentence) nextRound(t trigger.Trigger) bool {
	k := t.TokStart - 1
	if k >= 0 && s.hasFormAt(k, demonstratives) {
		k--
	}
	if k < 2 || s.toks[k].Norm != "من" {
		return false
	}
	n := s.toks[k-1].Norm
	return roundNouns[s.toks[k-2].Norm] && (seriesWords[n] || trigger.Numbered(s.toks, k-1))
}

// demonstratives point back to something named before: "هذا اللقاء".
var demonstratives = map[string]bool{"هذا": true, "هذه": true, "ذلك": true, "تلك": true}

// demonstrativeBefore reports a demonstrative right before trigger t.
func (s *sentence) demonstrativeBefore(t trigger.Trigger) bool {
	return t.TokStart > 0 && s.hasFormAt(t.TokStart-1, demonstratives)
}

// newOfType reports whether the sentence has another, indefinite trigger
// of t's type after it.
func (s *sentence) newOfType(t trigger.Trigger) bool {
	for _, o := range s.trigs {
		if o.Type == t.Type && o.TokStart > t.TokStart && !o.Definite {
			return true
		}
	}
	return false
}

// phraseEnd returns the token index of the first comma after token k, or
// the sentence end.
func (s *sentence) phraseEnd(k int) int {
	for j := k; j+1 < len(s.toks); j++ {
		if s.commaBetween(j, j+1) {
			return j + 1
		}
	}
	return len(s.toks)
}

// another reports a word for "another" right after one of the group's
// trigger nouns: "اتصالاً آخر", "لقاء ثانياً".
func (s *sentence) another(g *group) bool {
	for _, t := range g.trigs {
		if k := t.TokEnd; k < len(s.toks) {
			switch s.toks[k].Norm {
			case "اخر", "آخر", "اخرا", "ثانيا", "ثان", "جديدا":
				return true
			}
		}
	}
	return false
}

// inBackground reports whether token k lies in a background phrase.
func (s *sentence) inBackground(k int) bool {
	for _, b := range s.background {
		if k >= b[0] && k < b[1] {
			return true
		}
	}
	return false
}

// attached reports whether a definite trigger noun has its own parties:
// a mention right after it, or "بين"/"مع" within two words, with no
// comma between.
func (x *Extractor) attached(s *sentence, t trigger.Trigger) bool {
	for _, m := range s.ments {
		// An adjective ("القمة الروسية", "القمة الخليجية") belongs to
		// the noun; a name right after a definite noun is the object of
		// the verb, not the noun's party.
		if m.TokStart == t.TokEnd && m.Via == gazetteer.ViaDemonym && !s.commaBetween(t.TokEnd-1, m.TokStart) {
			return true
		}
		// "القمة الخامسة والأربعين لقادة دول مجلس التعاون"; not a
		// demonym of the leaders taking part ("في القمة عدد من القادة
		// العرب والأوروبيين").
		if t.Type == timeline.TypeSummit && m.Kind == timeline.KindOrganisation && !s.leadersDemonym(m) &&
			m.TokStart > t.TokEnd && m.TokStart <= t.TokEnd+5 && !s.commaBetween(t.TokEnd-1, m.TokStart) {
			return true
		}
	}
	if len(x.summitOrgs(s, t)) > 0 {
		return true
	}
	if s.relativeParties(t) {
		return true
	}
	// "المحادثات مع", "المحادثات غير المباشرة بين إيران والولايات المتحدة":
	// the parties follow, after adjectives of the noun at most.
	for k := t.TokEnd; k < len(s.toks) && k <= t.TokEnd+3; k++ {
		if s.commaBetween(t.TokEnd-1, k) {
			break
		}
		n := s.toks[k].Norm
		if attachWords[n] {
			return true
		}
		if n != "غير" && !strings.HasPrefix(n, "ال") {
			break // not an adjective of the noun
		}
	}
	return false
}

// leadersDemonym reports whether mention m is a demonym of leaders
// ("القادة العرب والأوروبيين"): their nationality, not an organisation
// whose summit it is.
func (s *sentence) leadersDemonym(m gazetteer.Mention) bool {
	return m.Via == gazetteer.ViaDemonym && s.leadersOfOrg(m.TokStart, m.TokStart+1)
}

// seriesWords after a definite trigger noun name another event of the
// same series: "القمة السابقة", "القمة المماثلة", "اللقاء المقبل".
var seriesWords = map[string]bool{
	"السابقه": true, "الماضيه": true, "المماثله": true, "المقبله": true, "القادمه": true, "المقبل": true,
	"القادم": true, "السابق": true, "الماضي": true, "المماثل": true,
}

// seriesNext reports whether a definite trigger noun is followed by a
// word naming another event of the same series, or by its number.
func (s *sentence) seriesNext(t trigger.Trigger) bool {
	if t.Verb || t.TokEnd >= len(s.toks) {
		return false
	}
	return seriesWords[s.toks[t.TokEnd].Norm] || t.Session || trigger.SessionNumber(s.toks[t.TokEnd].Norm)
}

// orgNouns are definite nouns that refer to an organisation named before:
// "قمة المنظمة", "قادة المجموعة".
var orgNouns = map[string]bool{
	"المنظمه": true, "المجموعه": true, "الحلف": true, "التكتل": true, "الجامعه": true, "الرابطه": true,
	"الاتحاد": true, "المجلس": true, "للمنظمه": true, "للمجموعه": true,
}

// namedBySeries reports a summit named only by its series, its number or
// a definite noun for its organisation: "القمة السابقة", "الدورة الـ44",
// "قمة المنظمة".
func (s *sentence) namedBySeries(g *group) bool {
	if g.typ != timeline.TypeSummit {
		return false
	}
	for _, t := range g.trigs {
		if s.seriesNext(t) || (!t.Verb && t.TokEnd < len(s.toks) && orgNouns[s.toks[t.TokEnd].Norm]) {
			return true
		}
	}
	return false
}

// seriesOrgs returns the organisations of a summit named only by its
// series ("القمة السابقة", "القمة المماثلة") or by a definite noun for its
// organisation ("قمة المنظمة لعام 2024"): those of the latest summit of
// the section that names one.
func (x *Extractor) seriesOrgs(s *sentence, st *sectionState, g *group) []actor {
	if !s.namedBySeries(g) {
		return nil
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		e := st.events[i]
		if e.typ != timeline.TypeSummit {
			continue // "لقاء مع الأمين العام للأمم المتحدة" is no summit of the UN
		}
		var out []actor
		for _, a := range e.actors {
			if a.party == a.id && x.isOrg(a.id) {
				a.field.Reason = "the organisation of the " + e.typ.String() + " of the same series"
				a.tok = g.first()
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// relativePronouns open a relative clause after a noun.
var relativePronouns = map[string]bool{"الذي": true, "التي": true, "اللذي": true, "اللتي": true}

// relativeParties reports a relative clause right after a trigger noun
// whose verb names a party within its first words: "القمة التي جمعت
// الرئيسين …", "الاتصال الهاتفي الذي أجراه الرئيس …". The noun then
// introduces the event with its own parties; it does not refer back.
func (s *sentence) relativeParties(t trigger.Trigger) bool {
	k := t.TokEnd
	if k >= len(s.toks) || !relativePronouns[s.toks[k].Norm] || s.commaBetween(t.TokEnd-1, k) {
		return false
	}
	for _, m := range s.ments {
		if m.TokStart <= k+1 || m.TokStart > k+3 || s.commaBetween(k, m.TokStart) {
			continue
		}
		switch {
		case m.Via == gazetteer.ViaRole && (m.Country != "" || m.Org != ""):
			return true
		case m.Via == gazetteer.ViaDemonym || m.Via == gazetteer.ViaMetonym:
		case m.Kind == timeline.KindPerson || m.Kind == timeline.KindCountry || m.Kind == timeline.KindOrganisation:
			return true
		}
	}
	return false
}

// commaBetween reports a comma or full stop in the text between tokens i
// and j.
func (s *sentence) commaBetween(i, j int) bool {
	if i < 0 || j >= len(s.toks) || i >= j {
		return false
	}
	return strings.ContainsAny(s.text[s.toks[i].End:s.toks[j].Start], "،,.:؛;")
}

// relationWords place one event before, after or beside another: "يلي
// القمة", "سبق القمتين", "بالتزامن مع قمة", "على هامش قمة".
var relationWords = map[string]bool{
	"يلي": true, "تلي": true, "بعد": true, "قبل": true, "سبق": true, "تسبق": true, "يسبق": true,
	"عقب": true, "اعقاب": true, "تلت": true, "سبقت": true, "مع": true, "بالتزامن": true, "هامش": true,
	"تبعه": true, "تلاه": true, "يليه": true, "قبيل": true, "تلتها": true, "تلاها": true, "اعقبها": true,
	"اعقبتها": true, "اعقبه": true, "سبقتها": true, "سبقها": true, "سبقه": true, "تبعها": true, "تبعتها": true,
}

// relationBefore reports a relation word right before token i.
func (s *sentence) relationBefore(i int) bool {
	if i == 0 {
		return false
	}
	for _, c := range s.forms(i - 1) {
		if relationWords[c] && c != "هامش" && c != "مع" {
			return true
		}
	}
	return false
}

// topicOf returns the event of the section an anaphoric "القمة" or
// "اللقاء" most likely means: of the same type, a dated one first, then
// the one reported by the most sentences so far, the earliest among equals.
func topicOf(ds []*draft, typ timeline.Type) *draft {
	count := map[string]int{}
	firstOf := map[string]*draft{}
	best, bestN := "", -1
	for _, d := range ds {
		if d.typ != typ {
			continue
		}
		k := d.key()
		if firstOf[k] == nil {
			firstOf[k] = d
		}
		count[k]++
		n := count[k]
		if !d.date.IsZero() {
			n += 1000
		}
		if n > bestN {
			best, bestN = k, n
		}
	}
	return firstOf[best]
}

// key identifies the real event a draft describes for topicOf: its type,
// date and parties.
func (d *draft) key() string {
	ps := make([]string, 0, 4)
	for p := range d.parties() {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	return d.typ.String() + "|" + d.date.String() + "|" + strings.Join(ps, ",")
}

// latest returns the most recent event of a compatible type.
func latest(ds []*draft, typ timeline.Type) *draft {
	for i := len(ds) - 1; i >= 0; i-- {
		if family(ds[i].typ) == family(typ) {
			return ds[i]
		}
	}
	return nil
}

// hasType reports an event of type typ among ds: talks in person before
// it leave "الاتصال الهاتفي" a first mention.
func hasType(ds []*draft, typ timeline.Type) bool {
	return slices.ContainsFunc(ds, func(d *draft) bool { return d.typ == typ })
}

// family groups the consultation types: a summit, meeting or call may be
// referred to by one another's words.
func family(t timeline.Type) int {
	switch t {
	case timeline.TypeSummit, timeline.TypeMeeting, timeline.TypeCall:
		return 1
	case timeline.TypeVisit:
		return 2
	}
	return 3
}

// groupTriggers forms the events of a sentence: a manner word makes
// meetings and summits calls; a meeting and a summit not separated by
// "هامش" (sidelines) are one summit; triggers of one type are one event.
// Each group's scope runs from its first trigger to the next group's (the
// first also owns the words before it).
func groupTriggers(s *sentence, ts []trigger.Trigger) []*group {
	if len(ts) == 0 {
		return nil
	}
	ts = callManner(s, ts)
	modeClause := map[int]bool{}
	for _, t := range ts {
		if t.Mode {
			modeClause[s.clause[t.TokStart]] = true
		}
	}
	if len(modeClause) > 0 {
		var kept []trigger.Trigger
		consult := map[int]bool{}
		for _, t := range ts {
			if t.Type == timeline.TypeSummit || t.Type == timeline.TypeMeeting || (t.Type == timeline.TypeCall && !t.Mode) {
				consult[s.clause[t.TokStart]] = true
			}
		}
		for _, t := range ts {
			c := s.clause[t.TokStart]
			if modeClause[c] && (t.Type == timeline.TypeSummit || t.Type == timeline.TypeMeeting) {
				t.Type = timeline.TypeCall
			}
			if t.Mode && consult[c] {
				continue
			}
			kept = append(kept, t)
		}
		ts = kept
	}
	var gs []*group
	find := func(typ timeline.Type) *group {
		for _, g := range gs {
			if g.typ == typ {
				return g
			}
		}
		return nil
	}
	for _, t := range ts {
		var g *group
		for i := len(gs) - 1; i >= 0; i-- {
			if gs[i].typ == t.Type {
				g = gs[i]
				break
			}
		}
		// A tour is an event of its own: its stops are not another
		// visit's destinations.
		if g != nil && !t.Tour && !g.trigs[0].Tour && !s.startsAnother(g, t) && !s.since(t) && !s.sinceGroup(g) {
			g.trigs = append(g.trigs, t)
			continue
		}
		gs = append(gs, &group{typ: t.Type, trigs: []trigger.Trigger{t}})
	}
	// A meeting inside a summit's sentence is the summit, unless it is on
	// its sidelines.
	if sm, mt := find(timeline.TypeSummit), find(timeline.TypeMeeting); sm != nil && mt != nil && !s.sinceGroup(sm) && !s.sinceGroup(mt) {
		lo, hi := min(sm.first(), mt.first()), max(sm.first(), mt.first())
		sidelines := false
		for k := lo; k < hi; k++ {
			if slices.Contains(s.forms(k), "هامش") {
				sidelines = true
			}
		}
		// "لقاء ... في قمة": a meeting held at a summit; "بالتزامن مع
		// قمة", "بعد القمة": another event. "في إطار قمة" is the same.
		if at := sm.first() - 1; at >= 0 {
			w := s.toks[at].Norm
			if mt.first() < sm.first() && (w == "في" || w == "خلال" || w == "ضمن") {
				sidelines = true
			}
			for _, c := range s.forms(at) {
				if relationWords[c] {
					sidelines = true
				}
			}
		}
		if !sidelines {
			sm.trigs = append(sm.trigs, mt.trigs...)
			slices.SortFunc(sm.trigs, func(a, b trigger.Trigger) int { return a.TokStart - b.TokStart })
			gs = slices.DeleteFunc(gs, func(g *group) bool { return g == mt })
		}
	}
	slices.SortFunc(gs, func(a, b *group) int { return a.first() - b.first() })
	// A group starts at its first trigger, or at the comma before it when
	// the words between are its own: "…، قبل أن يعقد ولي العهد والرئيس
	// الصيني جلسة مباحثات" names the parties before the noun.
	starts := make([]int, len(gs))
	for i, g := range gs {
		starts[i] = g.first()
		if i == 0 {
			starts[i] = 0
			continue
		}
		prevEnd := 0
		for _, h := range gs[:i] {
			for _, t := range h.trigs {
				if t.TokStart < g.first() {
					prevEnd = max(prevEnd, t.TokEnd)
				}
			}
		}
		for k := g.first() - 1; k > prevEnd; k-- {
			if s.commaBetween(k-1, k) {
				starts[i] = k
				break
			}
		}
	}
	for i, g := range gs {
		g.lo, g.hi = starts[i], len(s.toks)
		if i+1 < len(gs) {
			g.hi = starts[i+1]
		}
		// Parties and dates stay inside the clauses of the triggers.
		clo, _ := s.clauseSpan(s.clause[g.first()])
		_, chi := s.clauseSpan(s.clause[g.trigs[len(g.trigs)-1].TokStart])
		g.lo, g.hi = max(g.lo, clo), min(g.hi, chi)
		g.clo, g.chi = clo, chi
	}
	// "التقى الرئيس على هامش قمة بريكس الرئيس البرازيلي": the summit is
	// only its name; the words after it belong to the meeting again.
	for i := 1; i < len(gs); i++ {
		g, p := gs[i], gs[i-1]
		if g.typ != timeline.TypeSummit || (p.typ != timeline.TypeMeeting && p.typ != timeline.TypeCall) ||
			p.hi != g.lo || s.clause[p.first()] != s.clause[g.first()] {
			continue
		}
		side := false
		for k := max(0, g.first()-3); k < g.first(); k++ {
			side = side || slices.Contains(s.forms(k), "هامش")
		}
		end := s.nameEnd(g.trigs[0])
		if !side || end >= g.hi {
			continue
		}
		p.hi, p.skipLo, p.skipHi = g.hi, g.first(), end
		g.hi = end
	}
	return gs
}

// mannerPrepositions put a call noun as the manner of a verb of talks:
// "بحث، في اتصال هاتفي، مع …", "تباحث خلال اتصال هاتفي".
var mannerPrepositions = map[string]bool{"في": true, "خلال": true, "عبر": true}

// mannerWindow is how many words a verb of talks may stand before the
// preposition of its manner: the verb, its subject, a comma.
const mannerWindow = 14

// callManner makes a verb of talks a call when the next trigger is a call
// noun after a preposition of manner in its clause ("وكان الملك قد بحث،
// في اتصال هاتفي الشهر الماضي، مع الرئيس"): one call, whose parties are
// on both sides of the noun.
func callManner(s *sentence, ts []trigger.Trigger) []trigger.Trigger {
	out := slices.Clone(ts)
	for i := 0; i+1 < len(out); i++ {
		t, c := out[i], out[i+1]
		if !t.Verb || t.Type != timeline.TypeMeeting || c.Verb || c.Mode || c.Type != timeline.TypeCall {
			continue
		}
		p := c.TokStart - 1
		if p < t.TokEnd || p-t.TokEnd > mannerWindow || s.clause[t.TokStart] != s.clause[c.TokStart] ||
			!mannerPrepositions[s.toks[p].Norm] {
			continue
		}
		out[i].Type = timeline.TypeCall
	}
	return out
}

// nameEnd returns the token after a summit trigger's own name ("قمة
// مجموعة بريكس"), or the trigger's end when it has none.
func (s *sentence) nameEnd(t trigger.Trigger) int {
	next := t.TokEnd
	for _, m := range s.ments {
		if m.TokStart == next && m.Via != gazetteer.ViaRole && m.Kind != timeline.KindPerson {
			next = m.TokEnd
		}
	}
	return next
}

// bilateralWords mark talks held one to one: "لقاءين ثنائيين",
// "محادثات ثنائية", "كل على حدة", "كلاً من".
var bilateralWords = map[string]bool{
	"ثنائي": true, "ثنائيه": true, "ثنائيين": true, "ثنائيتين": true, "ثنائيا": true, "منفصل": true,
	"منفصله": true, "منفصلين": true, "منفصلتين": true, "حده": true, "كلا": true,
}

// bilateralSeries reports whether a plural meeting noun names a series of
// one-to-one talks ("عقد بوتين سلسلة من اللقاءات الثنائية مع القادة،
// شملت رامافوزا ومودي وشي"): events, one per counterpart, not talks in
// general.
func (s *sentence) bilateralSeries(t trigger.Trigger) bool {
	if t.Type != timeline.TypeMeeting || t.Verb {
		return false
	}
	for k := t.TokEnd; k < len(s.toks) && k < t.TokEnd+2; k++ {
		if s.hasFormAt(k, bilateralWords) {
			return true
		}
	}
	return false
}

// bilateral reports whether a meeting group stands for separate one-to-one
// talks of its subject with each counterpart: a dual trigger noun
// ("لقاءين"), a word for bilateral or separate talks near the trigger, or
// a meeting on the sidelines of a summit ("التقى … على هامش القمة").
func (s *sentence) bilateral(g *group, link *draft) bool {
	if g.typ != timeline.TypeMeeting {
		return false
	}
	for _, t := range g.trigs {
		if !t.Verb && (strings.HasSuffix(t.Word, "ين") || strings.HasSuffix(t.Word, "ان")) && !strings.HasSuffix(t.Lemma, "ات") {
			return true // "لقاءين", "اجتماعين"
		}
		for k := t.TokEnd; k < len(s.toks) && k < t.TokEnd+3; k++ {
			if s.hasFormAt(k, bilateralWords) {
				return true
			}
		}
	}
	for k := g.clo; k < g.chi && k < len(s.toks); k++ {
		if slices.Contains(s.forms(k), "هامش") {
			return true
		}
	}
	return false
}

// splitBilateral splits a meeting of one subject with several
// counterparts into one meeting per counterpart. The subject is the party
// named first; a meeting with fewer than two counterparts stays whole.
func (x *Extractor) splitBilateral(d *draft) []*draft {
	subj := subjectOf(d.actors, 0)
	if len(subj) == 0 {
		return nil
	}
	party := subj[0].party
	var others []string
	seen := map[string]bool{party: true}
	for _, a := range d.actors {
		// An organisation is the summit's, on whose sidelines they met.
		if a.party != "" && !seen[a.party] && !x.isOrg(a.party) {
			seen[a.party] = true
			others = append(others, a.party)
		}
	}
	if len(others) < 2 {
		return nil
	}
	var out []*draft
	for _, o := range others {
		c := *d
		c.actors = nil
		for _, a := range d.actors {
			if a.party == party || a.party == o {
				c.actors = append(c.actors, a)
			}
		}
		c.evidence = slices.Clone(d.evidence)
		for i := range c.evidence {
			c.evidence[i].Actors = nil
			for _, a := range c.actors {
				c.evidence[i].Actors = append(c.evidence[i].Actors, a.field)
			}
			c.evidence[i].Trigger.Reason += ", one of separate bilateral talks"
		}
		c.sources = slices.Clone(d.sources)
		c.places = slices.Clone(d.places)
		out = append(out, &c)
	}
	return out
}

// startsAnother reports whether trigger t announces an event of its own
// rather than another word for the event of group g, of the same type:
// a summit named by another organisation, city or adjective ("قمة مجموعة
// السبع … وقمة حلف الأطلسي", "القمة العربية الصينية … القمة الخليجية
// الصينية"); a meeting or call in a later clause that names its own
// party ("التقى بوتين أردوغان، كما اجتمع مع الرئيس الإيراني").
func (s *sentence) startsAnother(g *group, t trigger.Trigger) bool {
	last := g.trigs[len(g.trigs)-1]
	if t.Return {
		return true // "زار … القاهرة، وردّ شكري الزيارة": the visit the other way
	}
	if t.Type == timeline.TypeSummit {
		a, b := s.ownName(last), s.ownName(t)
		return a != "" && b != "" && a != b
	}
	// "زار شي الرياض في 2022، فيما زار الملك سلمان بكين في 2017": a
	// visit verb in a later clause with its own visitor is another visit.
	if t.Type != timeline.TypeMeeting && t.Type != timeline.TypeCall && !(t.Type == timeline.TypeVisit && t.Verb) {
		return false
	}
	if s.clause[last.TokStart] == s.clause[t.TokStart] || (t.Definite && !t.Verb) {
		return false
	}
	_, hi := s.clauseSpan(s.clause[t.TokStart])
	for _, m := range s.ments {
		if m.TokStart < t.TokEnd || m.TokStart >= hi {
			continue
		}
		if m.Kind == timeline.KindPerson || m.Kind == timeline.KindOrganisation ||
			(m.Via == gazetteer.ViaRole && m.Country != "") || (m.Kind == timeline.KindCountry && m.Via != gazetteer.ViaDemonym) {
			return true
		}
	}
	return false
}

// ownName returns what names a summit trigger's own event: the
// organisations of the adjectives right after it ("القمة الخليجية"), else
// the run of mentions that starts right after it ("قمة مجموعة السبع",
// "قمة جنيف", "القمة الروسية الأمريكية"); "" when nothing does.
func (s *sentence) ownName(t trigger.Trigger) string {
	if t.Type != timeline.TypeSummit || t.Verb {
		return ""
	}
	var parts []string
	for k := t.TokEnd; k < len(s.toks) && k < t.TokEnd+3; k++ {
		org := ""
		for _, c := range s.forms(k) {
			if o := summitAdjectives[c]; o != "" {
				org = o
			}
		}
		if org == "" {
			break
		}
		parts = append(parts, org)
	}
	if len(parts) > 0 {
		return strings.Join(parts, "+")
	}
	next := t.TokEnd
	for _, m := range s.ments {
		if m.TokStart != next {
			continue
		}
		id := m.EntityID
		if id == "" || m.Via == gazetteer.ViaDemonym {
			id = m.Country
		}
		if id == "" {
			break
		}
		parts = append(parts, id)
		next = m.TokEnd
	}
	return strings.Join(parts, "+")
}

// build assembles the event of one trigger group, or returns nil when it
// lacks the parties an event needs.
func (x *Extractor) build(a *timeline.Article, s *sentence, st *sectionState, g *group,
	link *draft, linkTrig trigger.Trigger, prev *draft, gi int) *draft {
	d := &draft{typ: g.typ, section: s.section, ref: s.ref, earlier: s.sinceGroup(g), concluded: s.concluded(g)}
	ev := Evidence{Line: s.kind.String(), Section: s.section + 1}
	if s.ref != 0 {
		ev.Reference = s.ref.String()
	}
	// Trigger.
	var words []string
	strength := 0.0
	planned, cue := false, ""
	for _, t := range g.trigs {
		words = append(words, t.Word)
		strength = max(strength, t.Strength)
		if t.Planned && !planned {
			planned, cue = true, t.Cue
		}
	}
	t0 := g.trigs[0]
	// "ومن المقرر أن يشارك … في القمة، حيث يلتقي …": the clause of
	// place shares the plan of the clause before it.
	if lo, hi, ok := s.whereBefore(g); ok && !planned && !t0.Past && trigger.Planned(s.toks[lo:hi]) {
		planned, cue = true, s.toks[g.clo].Text
	}
	ev.Trigger = Field{Value: g.typ.String(), Text: strings.Join(words, " … "),
		Start: s.base + t0.Start, End: s.base + t0.End, Reason: "trigger " + t0.Lemma}
	if g.typ == timeline.TypeCall && t0.Type != timeline.TypeCall {
		ev.Trigger.Reason += ", a call by its manner word"
	}
	if g.typ == timeline.TypeMeeting && s.leadersOfOrg(g.lo, g.hi) {
		g.typ, d.typ = timeline.TypeSummit, timeline.TypeSummit
		ev.Trigger.Value = g.typ.String()
		ev.Trigger.Reason += ", a summit: a meeting of an organisation's leaders"
	}

	// Date.
	date, dfield := x.pickDate(s, st, g, link, linkTrig)
	d.date, d.explicit = date, dfield.Text != "" && dfield.Start >= s.base && dfield.End <= s.base+len(s.text)
	if date.IsZero() && prev != nil && prev.explicit && s.continues(g) && !d.earlier {
		date = prev.date
		d.date = date
		dfield = Field{Value: date.String(), Text: prev.evidence[0].Date.Text, Start: prev.evidence[0].Date.Start,
			End: prev.evidence[0].Date.End, Reason: "the date of the event before in the sentence"}
	}
	if date.IsZero() && s.habitual(g) {
		return nil // "تعقد القمة كل عام": a habit, not an event
	}
	ev.Date = dfield
	day := s.ref
	if !date.IsZero() {
		day = date.Start + (date.End-date.Start)/2
	}

	// Actors and places.
	trigEnds := map[int]bool{}
	for _, t := range g.trigs {
		trigEnds[t.TokEnd] = true
	}
	lo, hi := g.lo, g.hi
	if s.kind == page.KindList && len(s.toks) > page.ShortLine {
		// A ticker line runs headlines together: keep to the words
		// around the trigger.
		lo, hi = max(lo, g.first()-listWindow), min(hi, g.trigs[len(g.trigs)-1].TokEnd+listWindow)
	}
	acts, places := x.mentionsIn(s, lo, hi, day, trigEnds)
	acts = slices.DeleteFunc(acts, func(a actor) bool {
		return (a.tok >= g.skipLo && a.tok < g.skipHi) || s.inBackground(a.tok)
	})
	places = slices.DeleteFunc(places, func(p placeRef) bool { return s.inBackground(p.tok) })
	if d.earlier {
		// An earlier event named in the phrase of the one reported
		// ("… في ليما، وكان آخر لقاء جمعهما في …"): the places before
		// its noun are the reported event's.
		places = slices.DeleteFunc(places, func(p placeRef) bool { return p.tok < g.first() })
	}
	// "أجرى اتصالاً آخر بالرئيس الأوكراني": the subject of the latest
	// event of the type in the section makes another one.
	if len(partySet(acts)) < 2 && g.typ != timeline.TypeSummit && s.another(g) {
		if e := latest(st.events, g.typ); e != nil && e.typ == g.typ {
			for _, p := range subjectOf(e.actors, 0) {
				p.field.Reason += " (subject of the " + e.typ.String() + " before: «آخر»)"
				acts = append(acts, p)
			}
		}
	}
	if g.typ != timeline.TypeSummit {
		// The host of talks between others is where they were held.
		acts = slices.DeleteFunc(acts, func(a actor) bool { return a.host })
	}
	own := visitors(acts, x) // who travels, by the words of this event's own clause
	if g.typ == timeline.TypeSummit {
		for _, t := range g.trigs {
			acts = append(acts, x.summitOrgs(s, t)...)
		}
		if !x.hasOrg(acts) {
			acts = append(acts, x.seriesOrgs(s, st, g)...)
		}
	}
	need := 2
	if g.typ == timeline.TypeSummit {
		need = 1
	}
	// "وصل بايدن إلى جدة … وشارك في قمة جدة": the subject of the event
	// before in the sentence takes part in this one too.
	// A visitor with a destination is a whole visit: "في أول زيارة يقوم
	// بها شي إلى الولايات المتحدة" takes no one from the event before.
	// "أعرب عن سعادته بزيارة الإمارات …، مستذكراً زيارته الأولى في
	// أغسطس 2015": an earlier visit of the possessor, with no parties
	// of its own, is one of the same visitor to the same host.
	if d.earlier && g.typ == timeline.TypeVisit && t0.Possessive && len(partySet(acts)) < need {
		acts = append(acts, sameVisit(prev, link)...)
	}
	have := need
	if g.typ == timeline.TypeVisit && hasPerson(acts, x) && hasDestination(places, own) {
		have = 1
	}
	if (len(partySet(acts)) < have || (g.typ == timeline.TypeSummit && !hasPerson(acts, x))) && gi > 0 && prev != nil {
		switch {
		case g.typ == timeline.TypeSummit && prev.typ == timeline.TypeSummit:
			// "جولة لبايدن شملت قمة مجموعة السبع في بريطانيا وقمة الحلف
			// في بروكسل": two summits of their own, attended by the same
			// leader; the first one's organisation and host stay there.
			people := x.peopleParties(prev.actors)
			for _, p := range prev.actors {
				if people[p.party] && !p.host {
					p.field.Reason += " (a leader of the summit before in the sentence)"
					acts = append(acts, p)
				}
			}
		case g.typ == timeline.TypeSummit:
			for _, p := range prev.actors {
				p.field.Reason += " (shared with the event before in the sentence)"
				acts = append(acts, p)
			}
		case s.pronounSubject(g) != "" || s.bareRole(g):
			// "ولي العهد والرئيس الصيني": a bare role is its holder in a
			// country of the event before; "استقبل الرئيس نظيره وعقدا
			// محادثات": otherwise the pair before.
			acts = append(acts, x.bareRoleHolders(s, g, prev, day)...)
			if len(partySet(acts)) >= need {
				break
			}
			dual := strings.HasSuffix(s.pronounSubject(g), "هما")
			for _, p := range prev.actors {
				if dual && x.isOrg(p.id) {
					continue // "جمعهما" after a summit: the two, not the organisation
				}
				p.field.Reason += " (the parties of the event before in the sentence)"
				acts = append(acts, p)
			}
		case len(partySet(acts)) > 0 || (g.typ == timeline.TypeVisit && len(places) > 0):
			// "التقى بوتين أردوغان، كما اجتمع مع بزشكيان": only the
			// subject goes on to the next event; a clause that names no
			// party of its own ("ويلتقي عاملين في …") makes no event.
			// "… غوتيريش، الذي وصل إلى قازان": a relative clause's
			// subject is the name before it.
			subj := subjectOf(prev.actors, s.base)
			if ante := x.antecedent(s, g.first(), day); len(ante) > 0 {
				subj = ante
			}
			for _, p := range subj {
				p.field.Reason += " (subject of the event before in the sentence)"
				acts = append(acts, p)
			}
		}
	}
	// "قام بوتين بجولة …، أجرى خلالها محادثات مع رئيس الإمارات … ثم مع
	// ولي العهد السعودي": a later clause whose parties all follow the
	// "مع" after its trigger has no subject of its own; it is the subject
	// of the event before in the sentence.
	if gi > 0 && prev != nil && g.typ != timeline.TypeSummit && s.withOnly(g, acts) {
		have := partySet(acts)
		for _, p := range subjectOf(prev.actors, s.base) {
			if !have[p.party] {
				p.field.Reason += " (subject of the event before in the sentence: the clause names only whom it was with)"
				acts = append(acts, p)
			}
		}
	}
	// "انتقل بوتين إلى بكين، حيث سيجري محادثات مع نظيره": a clause of
	// place takes the subject and the destination of the clause before.
	if g.clo > 0 && slices.Contains(s.forms(g.clo), "حيث") && (len(partySet(acts)) < need || len(places) == 0) {
		pa, pp := x.mentionsIn(s, 0, g.clo, day, map[int]bool{})
		if len(partySet(acts)) < need {
			for _, p := range subjectOf(pa, s.base) {
				p.field.Reason += " (subject of the clause before «حيث»)"
				acts = append(acts, p)
			}
		}
		if g.typ != timeline.TypeVisit && len(pickPlace(places)) == 0 {
			for _, p := range pp {
				if p.toward {
					p.toward = false
					p.field.Reason = "the destination before «حيث»"
					places = append(places, p)
				}
			}
			// "يشارك غداً في القمة العالمية للحكومات في دبي، حيث يلتقي
			// …": "حيث" (where) is the place named right before it.
			if n := len(pp); len(places) == 0 && n > 0 && pp[n-1].tok >= g.clo-whereGap {
				p := pp[n-1]
				p.field.Reason = "the place «حيث» refers to"
				places = append(places, p)
			}
		}
	}
	// "تلتها قمة ثلاثية مع العاهل الأردني": a summit of three takes the
	// two of the event before in the sentence.
	if n := s.partyCount(g); g.typ == timeline.TypeSummit && n > len(partySet(acts)) && gi > 0 && prev != nil {
		for _, p := range prev.actors {
			if !p.host {
				p.field.Reason += fmt.Sprintf(" (a summit of %d: the parties of the event before)", n)
				acts = append(acts, p)
			}
		}
	}
	if (g.typ != timeline.TypeSummit && len(partySet(acts)) < need) ||
		(g.typ == timeline.TypeSummit && len(partySet(acts)) < 2 && s.sinceGroup(g) && s.pronounSubject(g) != "") {
		var from *draft
		acts, from = x.carry(s, st, g, acts, &ev)
		// "الزعيمان" at the same occasion: the talks after the arrival
		// are on the day of the current story.
		if d.date.IsZero() && from != nil && !from.date.IsZero() && currentStory(from) {
			d.date, d.explicit = from.date, false
			ev.Date = Field{Value: from.date.String(), Reason: "the date of the event its parties are carried from"}
		}
	}

	// Visits: the destination is the host.
	switch g.typ {
	case timeline.TypeVisit:
		visitor := own
		var dest *placeRef
		for i := range places {
			p := &places[i]
			if !p.destinationFor(visitor) {
				continue
			}
			if dest == nil || destRank(p) > destRank(dest) {
				dest = p
			}
		}
		if dest == nil && t0.Arrival {
			return nil // "حل الدولتين بالاستناد إلى …": no place, no arrival
		}
		if dest == nil && t0.Return {
			// "زار أردوغان أبوظبي …، وردّ محمد بن زايد الزيارة": the host
			// of a return visit is who came on the visit it returns.
			if h := returnedHost(prev, st, visitor, x); h != nil {
				acts = append(acts, *h)
			}
		} else if dest == nil {
			// "يتوجه ماكرون غداً إلى مدينة <unknown>": a stop of the trip
			// under way lies in the country he is visiting.
			if h := ongoingHost(st, visitor); h != nil {
				h.field.Reason = "host of the visit under way"
				acts = append(acts, *h)
			}
		}
		if dest != nil {
			if !visitor[dest.country] {
				acts = append(acts, actor{id: dest.country, party: dest.country, tok: dest.tok,
					field: Field{Value: dest.country, Text: dest.field.Text, Start: dest.field.Start, End: dest.field.End, Reason: "host of the visit"}})
			}
			places = []placeRef{*dest}
		} else {
			places = nil
		}
	default:
		places = pickPlace(places)
		// "التقى … في أستانا على هامش قمة": the summit was there too.
		if len(places) == 0 && prev != nil && len(prev.places) > 0 && s.continues(g) && !d.earlier {
			places = prev.places[:1]
		}
		// Talks and signings of a visit under way were where the
		// visitor was: "وصل السلطان إلى طهران … واستقبله المرشد".
		if g.typ != timeline.TypeCall && !d.earlier && (len(places) == 0 || (len(places) == 1 && !places[0].city)) {
			if p, ok := visitCity(st, partySet(acts), d.date); ok && (len(places) == 0 || places[0].country == p.country) {
				p.field.Reason = "the city of the visit under way"
				places = []placeRef{p}
			}
		}
		// "التقى … على هامش القمة", "وقّع الجانبان خلال الزيارة": an
		// event held at an occasion named before took place where it
		// did. A call has no venue.
		if len(places) == 0 && link != nil && len(link.places) > 0 && g.typ != timeline.TypeCall && !d.earlier {
			p := link.places[0]
			p.field.Reason = "the place of the " + link.typ.String() + " it refers to («" + linkTrig.Word + "»)"
			places = []placeRef{p}
		}
	}
	// The host of a multilateral summit takes part in it; a bilateral
	// summit in a third country (Geneva, Helsinki) does not make the host
	// a party. A summit of an organisation's series ("الدورة الـ44") is
	// multilateral whoever else its sentence names.
	if g.typ == timeline.TypeSummit {
		acts = dropBilateralHost(acts)
	}
	if ps := partySet(acts); g.typ == timeline.TypeSummit && len(places) > 0 && len(ps) > 0 && (countries(ps) != 2 || s.namedBySeries(g)) {
		host := places[0].country
		if host != "" && !ps[host] {
			acts = append(acts, actor{id: host, party: host, field: Field{Value: host, Reason: "host of the summit"}})
		}
	}
	parties := partySet(acts)
	if len(parties) < need && !(g.typ == timeline.TypeSummit && len(places) > 0) {
		return nil
	}
	d.actors, d.places = acts, places

	// "وعقد الرئيسان جلسة مباحثات" with no date, on the day of a
	// one-day visit under way by one of them to the other: that day.
	if d.date.IsZero() && !planned && g.typ != timeline.TypeVisit && s.kind == page.KindBody && len(s.exprs) == 0 {
		if e := oneDayVisit(st, parties); e != nil {
			d.date = e.date
			ev.Date = Field{Value: e.date.String(), Reason: "no date of its own: the day of the visit under way"}
		}
	}

	// Status.
	switch {
	case planned:
		d.status, d.firm = timeline.StatusPlanned, true
		ev.Status = Field{Value: "planned", Text: cue, Reason: "future cue"}
	case !d.date.IsZero() && s.ref != 0 && d.date.Start > s.ref:
		d.status = timeline.StatusPlanned
		ev.Status = Field{Value: "planned", Reason: "date after the reference day " + s.ref.String()}
	case !d.date.IsZero() && !t0.Past && futureDate(ev.Date.Text):
		// "ويشارك غداً الخميس في القمة" on a page dated that Thursday:
		// the text still speaks of the future.
		d.status = timeline.StatusPlanned
		ev.Status = Field{Value: "planned", Text: ev.Date.Text, Reason: "a date in the future of the text"}
	default:
		d.status = timeline.StatusOccurred
		reason := "no future cue"
		if t0.Past {
			reason, d.firm = "past-tense verb", true
		}
		ev.Status = Field{Value: "occurred", Reason: reason}
	}

	for _, a := range acts {
		ev.Actors = append(ev.Actors, a.field)
	}
	for _, p := range places {
		ev.Places = append(ev.Places, p.field)
	}
	d.weak = s.kind != page.KindBody
	d.conf = confidence(strength, len(parties), d.explicit, !d.date.IsZero(), planned, s.kind, ev.Date.Reason)
	src := timeline.Source{Doc: a.ID, Published: a.Published, Sentence: s.text,
		Start: s.base, End: s.base + len(s.text), Confidence: d.conf}
	ev.Source = src
	d.sources = []timeline.Source{src}
	d.evidence = []Evidence{ev}
	return d
}

// sameVisit returns the actors of the visit an earlier visit of the same
// visitor repeats: the event before in the sentence, else the visit an
// anaphoric noun of the sentence refers to, when it is a visit.
func sameVisit(prev, link *draft) []actor {
	src := prev
	if src == nil || src.typ != timeline.TypeVisit {
		src = link
	}
	if src == nil || src.typ != timeline.TypeVisit {
		return nil
	}
	out := make([]actor, 0, len(src.actors))
	for _, a := range src.actors {
		a.field.Reason += " (the visitor and host of the visit it repeats)"
		out = append(out, a)
	}
	return out
}

// withOnly reports whether all the parties of a group's words follow a
// "مع" right after one of its triggers ("أجرى خلالها محادثات مع …"):
// its subject is not named in its clause.
func (s *sentence) withOnly(g *group, acts []actor) bool {
	with := -1
	for _, t := range g.trigs {
		for k := t.TokEnd; k < len(s.toks) && k <= t.TokEnd+1 && with < 0; k++ {
			if s.toks[k].Norm == "مع" {
				with = k
			}
		}
	}
	if with < 0 || len(acts) == 0 {
		return false
	}
	for _, a := range acts {
		if a.tok < with {
			return false
		}
	}
	return true
}

// carry completes the parties of an event whose sentence names too few:
// a pronoun subject ("الجانبان", "البلدان") or a dual verb takes the
// parties of the latest event of the section; a sentence with no party at
// all takes those of the sentence before it on the same line.
func (x *Extractor) carry(s *sentence, st *sectionState, g *group, acts []actor, ev *Evidence) ([]actor, *draft) {
	pron := s.pronounSubject(g)
	var from []actor
	var src *draft
	reason := ""
	switch {
	case pron != "":
		for i := len(st.events) - 1; i >= 0; i-- {
			if len(st.events[i].parties()) >= 2 {
				from, reason = st.events[i].actors, "«"+pron+"» → the parties of the event before"
				src = st.events[i]
				break
			}
		}
		if prevAct := x.prevActors(st); from == nil && len(partySet(prevAct)) >= 2 {
			from, reason = prevAct, "«"+pron+"» → the parties of the sentence before"
		}
	case s.impersonalSigning(g):
		for i := len(st.events) - 1; i >= 0; i-- {
			if len(st.events[i].parties()) >= 2 {
				from, reason = countriesOf(st.events[i].actors), "«جرى/تم التوقيع» → the countries of the event before"
				src = st.events[i]
				break
			}
		}
	case g.typ == timeline.TypeVisit && s.honorific(g) != "" && !hasPerson(acts, x):
		// "زيارة العمل التي يقوم بها سموه": the honoured person named
		// before is the visitor ("وجدد سموه … الترحيب باتفاق" makes him
		// no party of what he welcomes).
		from, reason = x.honoured(st, s.honorific(g), s.ref), "«"+s.honorific(g)+"» → the person named before"
	case len(acts) == 0 && st.prev != nil && st.prev.line == s.line && len(partySet(x.prevActors(st))) >= 2 &&
		!s.pluralTrigger(g):
		from, reason = x.prevActors(st), "no party named: those of the sentence before"
	}
	for _, a := range from {
		if countryPronouns[pron] && a.party != a.id {
			continue // "البلدين" are the countries, not their leaders
		}
		a.field = Field{Value: a.id, Text: a.field.Text, Start: a.field.Start, End: a.field.End, Reason: reason}
		acts = append(acts, a)
	}
	return acts, src
}

// conclusionWords end a visit: "اختتم … زيارة الدولة", "في ختام زيارته".
var conclusionWords = map[string]bool{
	"اختتم": true, "اختتمت": true, "يختتم": true, "تختتم": true, "اختتام": true, "ختام": true,
}

// concluded reports a visit noun after a word of its conclusion in its
// scope: the visit is reported by its last day.
func (s *sentence) concluded(g *group) bool {
	t := g.trigs[0]
	if g.typ != timeline.TypeVisit || t.Verb {
		return false
	}
	for k := max(g.lo, 0); k < t.TokStart && k < len(s.toks); k++ {
		if slices.ContainsFunc(s.forms(k), func(c string) bool { return conclusionWords[c] }) {
			return true
		}
	}
	return false
}

// honorifics are pronouns of a style ("سموه", "جلالته") with the offices
// whose holders are first addressed by it.
var honorifics = map[string][]string{
	"سموه":   {"crown-prince", "emir", "prime-minister"},
	"جلالته": {"king", "sultan"},
	"فخامته": {"president", "vice-president"},
	"معاليه": {"foreign-minister", "defence-minister", "secretary-general"},
}

// honorific returns the honorific pronoun in a group's scope ("يقوم بها
// سموه"), or "".
func (s *sentence) honorific(g *group) string {
	for k := g.lo; k < g.hi && k < len(s.toks); k++ {
		for _, c := range s.forms(k) {
			if honorifics[c] != nil {
				return c
			}
		}
	}
	return ""
}

// honoured returns the person an honorific pronoun refers to, with his
// country: among the people of the latest event of the section that names
// one (else of the sentence before), the first who held an office of the
// honorific on the event's day, else the first named.
func (x *Extractor) honoured(st *sectionState, hon string, day timeline.Day) []actor {
	cands := x.prevActors(st)
	for i := len(st.events) - 1; i >= 0; i-- {
		if e := st.events[i]; hasPerson(e.actors, x) {
			cands = e.actors
			if !e.date.IsZero() {
				day = e.date.Start
			}
			break
		}
	}
	var first, styled *actor
	for i := range cands {
		a := &cands[i]
		e, ok := x.g.Entity(a.id)
		if !ok || e.Kind != timeline.KindPerson {
			continue
		}
		if first == nil || a.field.Start < first.field.Start {
			first = a
		}
		if styledAs(e, hon, day) && (styled == nil || a.field.Start < styled.field.Start) {
			styled = a
		}
	}
	if styled != nil {
		first = styled
	}
	if first == nil {
		return nil
	}
	var out []actor
	for _, a := range cands {
		if a.party == first.party && (a.id == first.id || a.id == a.party) {
			out = append(out, a)
		}
	}
	return out
}

// styledAs reports whether a person held, on day, an office addressed by
// the honorific.
func styledAs(e timeline.Entity, hon string, day timeline.Day) bool {
	for _, t := range e.Terms {
		if slices.Contains(honorifics[hon], t.Role) && (day == 0 || t.Covers(day)) {
			return true
		}
	}
	return false
}

// impersonalVerbs report an act without its agent: "جرى التوقيع", "تم
// توقيع".
var impersonalVerbs = map[string]bool{"جري": true, "جرى": true, "تم": true}

// impersonalSigning reports a group whose signing noun follows an
// impersonal verb ("وعقب المباحثات، جرى توقيع عدد من الاتفاقيات"): the
// agreement of the countries of the talks reported before it.
func (s *sentence) impersonalSigning(g *group) bool {
	for _, t := range g.trigs {
		if signingNoun(t) && t.TokStart > 0 && slices.ContainsFunc(s.forms(t.TokStart-1), func(c string) bool { return impersonalVerbs[c] }) {
			return true
		}
	}
	return false
}

// countriesOf keeps the countries and organisations among acts, not
// their people.
func countriesOf(acts []actor) []actor {
	var out []actor
	for _, a := range acts {
		if a.party == a.id {
			out = append(out, a)
		}
	}
	return out
}

// bareRole reports a role phrase without a country in the group's scope
// ("والتقى بالرئيس", "اجتمع بولي العهد"): a party the sentence names
// only through the event before.
func (s *sentence) bareRole(g *group) bool {
	for _, m := range s.ments {
		if m.TokStart >= g.lo && m.TokStart < g.hi && m.Via == gazetteer.ViaRole && m.Country == "" && m.Org == "" {
			return true
		}
	}
	return false
}

// pronounSubject returns the word of a group that refers to parties named
// before: a pronoun subject ("الجانبان", "البلدين") or a dual or plural
// verb ("التقيا", "اتفقوا"); "" if none.
func (s *sentence) pronounSubject(g *group) string {
	pron := ""
	for k := g.lo; k < g.hi && k < len(s.toks); k++ {
		for _, c := range s.forms(k) {
			if pronounSubjects[c] || pronounSubjects["ال"+c] {
				pron = s.toks[k].Text
			}
		}
	}
	for _, t := range g.trigs {
		if t.Verb && (strings.HasSuffix(t.Word, "ا") || strings.HasSuffix(t.Word, "ان")) && pron == "" {
			pron = t.Word
		}
	}
	// "خلال قمة عقداها", "في محادثات أجرياها": a dual light verb after
	// the noun, whose subject is the pair named before.
	for _, t := range g.trigs {
		if k := t.TokEnd; !t.Verb && k < len(s.toks) && pron == "" && dualLightVerbs[s.toks[k].Norm] {
			pron = s.toks[k].Text
		}
	}
	// "منذ قمتهما", "لقاؤهما": a possessive pronoun on the noun.
	for _, t := range g.trigs {
		if !t.Verb && pron == "" && (strings.HasSuffix(t.Word, "هما") || strings.HasSuffix(t.Word, "هم")) {
			pron = t.Word
		}
	}
	// "الجولة الثانية من هذه المحادثات": another round of the talks
	// named before, between the same parties.
	for _, t := range g.trigs {
		if pron == "" && s.nextRound(t) {
			pron = t.Word
		}
	}
	// "وعقد معه جلسة مباحثات": a pronoun object for the other party.
	for k := g.lo; k < g.hi && k < len(s.toks) && pron == ""; k++ {
		for _, c := range s.forms(k) {
			if withPronouns[c] {
				pron = s.toks[k].Text
			}
		}
	}
	return pron
}

// dualLightVerbs hold an event noun as their object with a plural
// subject: "قمة عقداها", "محادثات أجرياها".
var dualLightVerbs = map[string]bool{
	"عقداه": true, "عقداها": true, "عقدوه": true, "عقدوها": true, "اجرياه": true, "اجرياها": true,
	"اجروه": true, "اجروها": true, "جمعتهما": true, "جمعهما": true, "جمعتهم": true, "جمعهم": true,
}

// withPronouns are "with him/her/them" and "between them": the parties
// of the event before.
var withPronouns = map[string]bool{
	"معه": true, "معها": true, "معهما": true, "معهم": true, "بينهما": true, "بينهم": true,
}

// ongoingHost returns the host of the latest visit of the section by one
// of the visitors that is the article's current story, or nil.
func ongoingHost(st *sectionState, visitor map[string]bool) *actor {
	for i := len(st.events) - 1; i >= 0; i-- {
		e := st.events[i]
		if e.typ != timeline.TypeVisit || !currentStory(e) {
			continue
		}
		var host *actor
		shared := false
		for j, a := range e.actors {
			if strings.HasPrefix(a.field.Reason, "host of the visit") {
				host = &e.actors[j]
			} else if visitor[a.party] {
				shared = true
			}
		}
		if host != nil && shared && !visitor[host.party] {
			h := *host
			return &h
		}
	}
	return nil
}

// returnedHost returns the host of a return visit: the visitor of the
// visit before it in the sentence, else of the latest visit of the
// section, when it is not the returning visitor; or nil.
func returnedHost(prev *draft, st *sectionState, visitor map[string]bool, x *Extractor) *actor {
	src := prev
	if src == nil || src.typ != timeline.TypeVisit {
		src = latest(st.events, timeline.TypeVisit)
	}
	if src == nil {
		return nil
	}
	came := visitors(src.actors, x)
	for _, a := range src.actors {
		if came[a.party] && !visitor[a.party] {
			return &actor{id: a.party, party: a.party, tok: a.tok, field: Field{Value: a.party,
				Text: a.field.Text, Start: a.field.Start, End: a.field.End, Reason: "host of the visit: the visitor of the visit it returns"}}
		}
	}
	return nil
}

// visitors returns the parties of the people (and role phrases) among
// actors: who travels on a visit.
func visitors(acts []actor, x *Extractor) map[string]bool {
	out := map[string]bool{}
	for _, a := range acts {
		if e, ok := x.g.Entity(a.id); ok && e.Kind == timeline.KindPerson {
			out[a.party] = true
		}
		if strings.HasPrefix(a.field.Reason, "role phrase") {
			out[a.party] = true
		}
	}
	return out
}

// antecedent returns the actors of the party named right before a
// relative pronoun that opens the clause of the verb at token k ("…
// غوتيريش، الذي وصل"), or nil.
func (x *Extractor) antecedent(s *sentence, k int, day timeline.Day) []actor {
	if k < 1 || !relativePronouns[s.toks[k-1].Norm] {
		return nil
	}
	acts, _ := x.mentionsIn(s, 0, k-1, day, map[int]bool{})
	last := -1
	for i, a := range acts {
		if last < 0 || a.tok > acts[last].tok {
			last = i
		}
	}
	if last < 0 || acts[last].tok < k-6 {
		return nil
	}
	// The noun phrase before the pronoun: "الأمين العام للأمم المتحدة
	// أنطونيو غوتيريش، الذي …".
	var out []actor
	for _, a := range acts {
		if a.tok >= acts[last].tok-4 && !s.commaBetween(a.tok, acts[last].tok) {
			a.field.Reason += " (the name the relative clause is about)"
			out = append(out, a)
		}
	}
	if len(partySet(out)) == 0 {
		return nil
	}
	return out
}

// subjectOf returns the actors of the first party named in a sentence
// starting at byte base: the subject of its first clause. Actors carried
// from other sentences do not count.
func subjectOf(acts []actor, base int) []actor {
	first := -1
	for i, a := range acts {
		if a.field.Start < base || a.party == "" || a.host {
			continue
		}
		if first < 0 || a.field.Start < acts[first].field.Start {
			first = i
		}
	}
	if first < 0 {
		return nil
	}
	var out []actor
	for _, a := range acts {
		if a.party == acts[first].party && a.field.Start >= base {
			out = append(out, a)
		}
	}
	return out
}

// isOrg reports whether an entity id names an organisation.
func (x *Extractor) isOrg(id string) bool {
	e, ok := x.g.Entity(id)
	return ok && e.Kind == timeline.KindOrganisation
}

// peopleParties returns the parties of the people among actors.
func (x *Extractor) peopleParties(acts []actor) map[string]bool {
	out := map[string]bool{}
	for _, a := range acts {
		if e, ok := x.g.Entity(a.id); ok && e.Kind == timeline.KindPerson && a.party != "" {
			out[a.party] = true
		}
	}
	return out
}

// countWordsOf are adjectives that give a summit's number of parties.
var countWordsOf = map[string]int{
	"ثلاثيه": 3, "رباعيه": 4, "خماسيه": 5, "الثلاثيه": 3, "الرباعيه": 4, "الخماسيه": 5,
}

// partyCount returns the number of parties an adjective right after a
// summit trigger gives ("قمة ثلاثية"), or 0.
func (s *sentence) partyCount(g *group) int {
	for _, t := range g.trigs {
		if t.TokEnd < len(s.toks) {
			if n, ok := countWordsOf[s.toks[t.TokEnd].Norm]; ok {
				return n
			}
		}
	}
	return 0
}

// hasOrg reports whether an organisation is among the parties of acts.
func (x *Extractor) hasOrg(acts []actor) bool {
	for _, a := range acts {
		if a.party != "" && x.isOrg(a.party) {
			return true
		}
	}
	return false
}

// hasPerson reports whether a person is among actors.
func hasPerson(acts []actor, x *Extractor) bool {
	for _, a := range acts {
		if e, ok := x.g.Entity(a.id); ok && e.Kind == timeline.KindPerson {
			return true
		}
	}
	return false
}

// destRank orders the candidates for a visit's destination: after "إلى"
// first, then a city, then a place after a preposition.
func destRank(p *placeRef) int {
	r := 0
	if p.toward {
		r += 4
	}
	if p.city {
		r += 2
	}
	if p.locative {
		r++
	}
	return r
}

// pluralTrigger reports a plural trigger noun in the group's clauses
// ("الاتفاقات", "لقاءات"): a generic mention that names no one event.
func (s *sentence) pluralTrigger(g *group) bool {
	for _, t := range s.generic {
		if t.TokStart >= g.clo && t.TokStart < g.chi {
			return true
		}
	}
	return false
}

// partySet returns the parties of actors.
func partySet(acts []actor) map[string]bool {
	out := map[string]bool{}
	for _, a := range acts {
		if a.party != "" {
			out[a.party] = true
		}
	}
	return out
}

// pickPlace keeps the best place of an event: a city first, then a
// country named after a preposition.
func pickPlace(ps []placeRef) []placeRef {
	var best *placeRef
	for i := range ps {
		p := &ps[i]
		if (!p.city && !p.locative) || p.toward || p.metonym || p.topic {
			continue
		}
		if best == nil || placeRank(p) > placeRank(best) {
			best = p
		}
	}
	if best == nil {
		return nil
	}
	return []placeRef{*best}
}

// placeRank orders place mentions: a place after a locative preposition
// ("في القاهرة") is where the event was; a city named otherwise is often
// the topic ("إعادة إعمار غزة"). Among equals a city beats a country and
// the first mention wins.
func placeRank(p *placeRef) int {
	r := 0
	if p.locative {
		r += 2
	}
	if p.city {
		r++
	}
	return r
}

// pickDate chooses the date of a group: the expression nearest its
// triggers (inside its scope first); else the date of the event an
// anaphoric word refers to; else unknown.
func (x *Extractor) pickDate(s *sentence, st *sectionState, g *group, link *draft, linkTrig trigger.Trigger) (timeline.Date, Field) {
	// "وعقب زلزال 6 فبراير … أجرى السيسي اتصالاً بأردوغان في اليوم
	// التالي": the day after the date the sentence named before the
	// phrase, not that date.
	if d, f, ok := s.dayAfterNoun(g); ok {
		return d, f
	}
	if d, f, ok := s.dayAfterInSentence(g); ok {
		return d, f
	}
	// "وصل إلى طهران أمس الأحد … وعقد … جلسة مباحثات في اليوم ذاته":
	// the day named last before the phrase.
	if d, f, ok := s.sameDay(g, st); ok {
		return d, f
	}
	loB, hiB := 0, len(s.text)
	if g.lo > 0 && g.lo < len(s.toks) {
		loB = s.toks[g.lo].Start
	}
	if g.hi < len(s.toks) {
		hiB = s.toks[g.hi].Start
	}
	var best *temporal.Expr
	bestDist := 0
	for i := range s.exprs {
		e := &s.exprs[i]
		if e.Excluded || e.Date.IsZero() {
			continue
		}
		if s.sinceGroup(g) {
			// The event named after "منذ" takes the date after it.
			if e.Start < g.trigs[0].End {
				continue
			}
		} else if s.sinceBetween(g, e) || s.sincePhrase(e) || s.otherRelative(g, e) {
			continue
		}
		dist := len(s.text)
		for _, t := range g.trigs {
			dd := 0
			switch {
			case e.End <= t.Start:
				dd = t.Start - e.End
			case e.Start >= t.End:
				dd = e.Start - t.End
			}
			dist = min(dist, dd)
		}
		if e.Start < loB || e.End > hiB {
			if !s.inClauses(g, e.Start, e.End) {
				continue // another clause: not this event's date
			}
			dist += len(s.text) // outside the scope: only as a last resort
		}
		if best == nil || dist < bestDist {
			best, bestDist = e, dist
		}
	}
	if best != nil {
		reason := best.Reason
		if alt := s.refine(g, best); alt != nil {
			best, reason = alt, alt.Reason+" (the finer of two dates for the event)"
		}
		return best.Date, Field{Value: best.Date.String(), Text: best.Text,
			Start: s.base + best.Start, End: s.base + best.End, Reason: reason}
	}
	if d, f, ok := s.whereDate(g); ok {
		return d, f
	}
	if d, f, ok := s.ordinalDay(g, st, link, linkTrig); ok {
		return d, f
	}
	planned := false
	for _, t := range g.trigs {
		planned = planned || t.Planned
	}
	sameClause := linkTrig.TokStart >= g.clo && linkTrig.TokStart < g.chi
	if d, f, ok := s.offsetDate(g); ok {
		return d, f
	}
	if link != nil && sameClause && !link.date.IsZero() && (link.status == timeline.StatusOccurred || planned) {
		return link.date, Field{Value: link.date.String(), Text: linkTrig.Word,
			Start: s.base + linkTrig.Start, End: s.base + linkTrig.End,
			Reason: fmt.Sprintf("refers back to the %s dated before", link.typ)}
	}
	if d, f, ok := s.filedDate(g, planned); ok {
		return d, f
	}
	return timeline.Date{}, Field{Reason: "no date expression"}
}

// filedDate dates the lead event of a sentence that opens with a
// dateline, reported in the past with no date of its own, by the
// dateline: "الرياض 11 أكتوبر (واس) - تلقى ولي العهد اتصالاً هاتفياً
// من …" is a call of that day.
func (s *sentence) filedDate(g *group, planned bool) (timeline.Date, Field, bool) {
	if s.filed == nil || planned || len(s.trigs) == 0 || g.trigs[0].Start != s.trigs[0].Start || trigger.Planned(s.toks) {
		return timeline.Date{}, Field{}, false
	}
	e := s.filed
	return e.Date, Field{Value: e.Date.String(), Text: e.Text, Start: s.base + e.Start, End: s.base + e.End,
		Reason: "the dateline of the dispatch that reports it"}, true
}

// whereGap is how many words a place may end before "حيث" and still be
// the place it refers to: "في شرم الشيخ، حيث".
const whereGap = 3

// whereBefore returns the token range [lo, hi) of the clause before the
// group's when the group's clause opens with "حيث" ("يشارك غداً في القمة
// في دبي، حيث يلتقي …"), or ok false.
func (s *sentence) whereBefore(g *group) (lo, hi int, ok bool) {
	if g.clo == 0 || g.clo >= len(s.toks) || !slices.Contains(s.forms(g.clo), "حيث") {
		return 0, 0, false
	}
	lo, hi = s.clauseSpan(s.clause[g.clo] - 1)
	return lo, hi, true
}

// whereDate dates an event of a "حيث" clause with no date of its own by
// the last date of the clause before it, where it takes place: "يشارك
// غداً الأربعاء في القمة العالمية للحكومات في دبي، حيث يلتقي …".
func (s *sentence) whereDate(g *group) (timeline.Date, Field, bool) {
	lo, hi, ok := s.whereBefore(g)
	if !ok {
		return timeline.Date{}, Field{}, false
	}
	var last *temporal.Expr
	for i := range s.exprs {
		e := &s.exprs[i]
		if e.Dated() && e.Start >= s.toks[lo].Start && e.End <= s.toks[hi-1].End && !s.sincePhrase(e) {
			last = e
		}
	}
	if last == nil {
		return timeline.Date{}, Field{}, false
	}
	return last.Date, Field{Value: last.Date.String(), Text: last.Text, Start: s.base + last.Start,
		End: s.base + last.End, Reason: last.Reason + " (the date of the clause before «حيث»)"}, true
}

// refine returns a better expression than best for the group's date, or
// nil: one inside best's year with a finer precision ("قمة عام 2024 …
// في يوليو من العام الماضي"), or a span of days that contains best
// ("اختتمت اليوم القمة التي تستمر من 22 إلى 24": the event is the whole
// span, and its date is its first day).
func (s *sentence) refine(g *group, best *temporal.Expr) *temporal.Expr {
	var out *temporal.Expr
	for i := range s.exprs {
		e := &s.exprs[i]
		if e == best || e.Excluded || e.Date.IsZero() || !s.inClauses(g, e.Start, e.End) || s.sinceBetween(g, e) || s.sincePhrase(e) {
			continue
		}
		cur := best
		if out != nil {
			cur = out
		}
		finer := cur.Date.Precision == timeline.PrecisionYear && e.Date.Precision > cur.Date.Precision &&
			e.Date.Start >= cur.Date.Start && e.Date.End <= cur.Date.End
		span := e.Date.Precision == timeline.PrecisionDay && cur.Date.Precision == timeline.PrecisionDay &&
			e.Date.End > e.Date.Start && e.Date.Start <= cur.Date.Start && e.Date.End >= cur.Date.End &&
			(e.Date.Start != cur.Date.Start || e.Date.End != cur.Date.End)
		// "محادثات … في اليوم الثاني من زيارة الدولة … من 17 إلى 21
		// جويلية": a span after an event of another kind is that event's.
		if span && s.otherTriggerBefore(g, e) {
			span = false
		}
		if finer || span {
			out = e
		}
	}
	return out
}

// otherTriggerBefore reports a trigger of another type than the group's
// between the group's triggers and expression e.
func (s *sentence) otherTriggerBefore(g *group, e *temporal.Expr) bool {
	lo, hi := 0, e.Start
	for _, t := range g.trigs {
		lo = max(lo, t.End)
	}
	if e.End <= g.trigs[0].Start {
		lo, hi = e.End, g.trigs[0].Start
	}
	for _, t := range s.trigs {
		if t.Type != g.typ && t.Start >= lo && t.End <= hi {
			return true
		}
	}
	return false
}

// ordinalDays are the ordinal words of "اليوم الأول" and the like: the
// day of an event counted from its first, or -1 for its last.
var ordinalDays = map[string]int{
	"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "الاخير": -1, "الختامي": -1,
}

// ordinalDay dates an event by a day counted from another: "في اليوم
// الأول للقمة" (the first day of a summit dated before), "في اليوم
// التالي" or "غداة ذلك" (the day after the latest event dated to the day
// in the section).
func (s *sentence) ordinalDay(g *group, st *sectionState, link *draft, linkTrig trigger.Trigger) (timeline.Date, Field, bool) {
	for k := g.clo; k+1 < len(s.toks) && k < g.chi; k++ {
		if !slices.Contains(s.forms(k), "اليوم") && s.toks[k].Norm != "غداه" {
			continue
		}
		var day timeline.Day
		var why string
		n, ordinal := ordinalDays[s.toks[k+1].Norm]
		switch {
		case ordinal && link != nil && link.date.Precision == timeline.PrecisionDay && linkTrig.TokStart > k+1 && linkTrig.TokStart <= k+3:
			day, why = link.date.Start.AddDays(n-1), fmt.Sprintf("day %d of the %s dated %s", n, link.typ, link.date)
			if n < 0 {
				day, why = link.date.End, fmt.Sprintf("the last day of the %s dated %s", link.typ, link.date)
			}
			if day > link.date.End {
				continue
			}
		case s.toks[k].Norm == "غداه" && link != nil && linkTrig.TokStart == k+1:
			// "غداة القمة": the day after the event the noun refers to.
			if link.date.Precision != timeline.PrecisionDay || link.date.Start != link.date.End {
				continue
			}
			day, why = link.date.Start.AddDays(1), fmt.Sprintf("the day after the %s of %s", link.typ, link.date)
		case s.toks[k].Norm == "غداه" && !s.hasFormAt(k+1, demonstratives):
			// "غداة وصول كيم إلى روسيا": the day after the event its noun
			// names, not after the event before (dayAfterNoun).
			continue
		case s.toks[k].Norm == "غداه" || s.toks[k+1].Norm == "التالي":
			prev := lastDayEvent(st)
			if prev == nil {
				continue
			}
			day, why = prev.date.Start.AddDays(1), fmt.Sprintf("the day after the %s of %s", prev.typ, prev.date)
		default:
			continue
		}
		d := timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay}
		a, b := s.toks[k].Start, s.toks[min(k+1, len(s.toks)-1)].End
		return d, Field{Value: d.String(), Text: s.text[a:b], Start: s.base + a, End: s.base + b, Reason: why}, true
	}
	return timeline.Date{}, Field{}, false
}

// dayAfterInSentence dates an event by "في اليوم التالي" or "غداة" in its
// own words when the sentence names a day before the phrase: that day plus
// one ("وصل بوتين إلى بكين في 16 مايو، وفي اليوم التالي التقى شي": the
// arrival keeps its day, the meeting is the day after).
func (s *sentence) dayAfterInSentence(g *group) (timeline.Date, Field, bool) {
	for k := g.lo; k+1 < len(s.toks) && k < g.hi; k++ {
		if s.toks[k].Norm != "غداه" && !(slices.Contains(s.forms(k), "اليوم") && s.toks[k+1].Norm == "التالي") {
			continue
		}
		e := s.dayBefore(s.toks[k].Start)
		if e == nil {
			return timeline.Date{}, Field{}, false
		}
		day := e.Date.Start.AddDays(1)
		d := timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay}
		a, b := s.toks[k].Start, s.toks[k+1].End
		return d, Field{Value: d.String(), Text: s.text[a:b], Start: s.base + a, End: s.base + b,
			Reason: fmt.Sprintf("the day after «%s»", e.Text)}, true
	}
	return timeline.Date{}, Field{}, false
}

// dayAfterNoun dates an event by "غداة" and the noun of another event
// dated in the phrase after it: "التقى بوتين كيم غداة وصول كيم إلى روسيا
// يوم الثلاثاء 12 سبتمبر" is the 13th. The noun's own event keeps its date.
func (s *sentence) dayAfterNoun(g *group) (timeline.Date, Field, bool) {
	end := len(s.text)
	if g.chi < len(s.toks) {
		end = s.toks[g.chi].Start
	}
	for k := g.clo; k+1 < len(s.toks) && k < g.chi; k++ {
		if s.toks[k].Norm != "غداه" || g.trigs[0].TokStart >= k || s.hasFormAt(k+1, demonstratives) {
			continue
		}
		for i := range s.exprs {
			e := &s.exprs[i]
			if e.Excluded || e.Date.Precision != timeline.PrecisionDay || e.Date.Start != e.Date.End ||
				e.Start < s.toks[k].End || e.End > end {
				continue
			}
			day := e.Date.Start.AddDays(1)
			d := timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay}
			a, b := s.toks[k].Start, e.End
			return d, Field{Value: d.String(), Text: s.text[a:b], Start: s.base + a, End: s.base + b,
				Reason: fmt.Sprintf("the day after «%s»", e.Text)}, true
		}
	}
	return timeline.Date{}, Field{}, false
}

// sameDayAfter and sameDayBefore say "the same" after or before "اليوم":
// "في اليوم ذاته", "اليوم نفسه", "في نفس اليوم", "ذات اليوم".
var (
	sameDayAfter  = map[string]bool{"ذاته": true, "نفسه": true, "عينه": true}
	sameDayBefore = map[string]bool{"نفس": true, "ذات": true}
)

// sameDayPhrase returns the token range [a, b) of a phrase for "the same
// day" in [lo, hi), or ok false.
func (s *sentence) sameDayPhrase(lo, hi int) (a, b int, ok bool) {
	for k := lo; k < hi && k < len(s.toks); k++ {
		if !slices.Contains(s.forms(k), "اليوم") {
			continue
		}
		if k+1 < len(s.toks) && sameDayAfter[s.toks[k+1].Norm] {
			return k, k + 2, true
		}
		if k > 0 && sameDayBefore[s.toks[k-1].Norm] {
			return k - 1, k + 1, true
		}
	}
	return 0, 0, false
}

// sameDay dates an event by "في اليوم ذاته" (or "نفسه", "نفس اليوم") in
// its own words: the day of the last expression dated to one day before
// the phrase, in the sentence or else in the sentences before it in the
// section.
func (s *sentence) sameDay(g *group, st *sectionState) (timeline.Date, Field, bool) {
	a, b, ok := s.sameDayPhrase(g.lo, g.hi)
	if !ok {
		return timeline.Date{}, Field{}, false
	}
	e := s.dayBefore(s.toks[a].Start)
	for i := len(st.history) - 1; e == nil && i >= 0 && i >= len(st.history)-lookback; i-- {
		e = st.history[i].lastDay()
	}
	if e == nil {
		return timeline.Date{}, Field{}, false
	}
	day := e.Date.Start
	d := timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay}
	return d, Field{Value: d.String(), Text: s.text[s.toks[a].Start:s.toks[b-1].End], Start: s.base + s.toks[a].Start,
		End: s.base + s.toks[b-1].End, Reason: fmt.Sprintf("the same day as «%s»", e.Text)}, true
}

// lastDay returns the last expression of a sentence before the current
// one dated to one day, reading its dates when it had no trigger to read
// them for (its dateline left out), or nil.
func (s *sentence) lastDay() *temporal.Expr {
	if s.exprs != nil || len(s.toks) == 0 {
		return s.dayBefore(len(s.text))
	}
	h := *s
	h.exprs = temporal.Find(s.text, temporal.Context{Ref: s.ref, Tense: temporal.TensePast})
	if s.kind == page.KindBody && len(h.exprs) > 0 {
		if end, ok := datelineEnd(s.text, h.exprs[0]); ok {
			h.exprs = slices.DeleteFunc(h.exprs, func(e temporal.Expr) bool { return e.End <= end })
		}
	}
	return h.dayBefore(len(s.text))
}

// dayBefore returns the last expression of the sentence dated to one day
// that ends before byte offset at, or nil.
func (s *sentence) dayBefore(at int) *temporal.Expr {
	var best *temporal.Expr
	for i := range s.exprs {
		e := &s.exprs[i]
		if e.Excluded || e.End > at || e.Date.Precision != timeline.PrecisionDay || e.Date.Start != e.Date.End {
			continue
		}
		if best == nil || e.Start > best.Start {
			best = e
		}
	}
	return best
}

// lastDayEvent returns the latest event of the section dated to one day
// by its own words.
func lastDayEvent(st *sectionState) *draft {
	for i := len(st.events) - 1; i >= 0; i-- {
		d := st.events[i]
		if d.explicit && !d.weak && d.date.Precision == timeline.PrecisionDay && d.date.Start == d.date.End {
			return d
		}
	}
	return nil
}

// sincePhrase reports whether an expression closes a phrase opened by
// "منذ" a few words before it, with no comma between: "منذ توليه منصبه في
// يناير الماضي" dates the start of a period, not an event.
func (s *sentence) sincePhrase(e *temporal.Expr) bool {
	k := -1
	for i, tk := range s.toks {
		if tk.Start >= e.Start {
			k = i
			break
		}
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if sinceWords[s.toks[j].Norm] {
			return !strings.ContainsAny(s.text[s.toks[j].End:e.Start], "،,.;؛")
		}
	}
	return false
}

// sinceBetween reports whether "منذ" stands between the group's triggers
// and the expression: "زار … ليكون الأول منذ الغزو في عام 2022" dates the
// invasion, not the visit.
func (s *sentence) sinceBetween(g *group, e *temporal.Expr) bool {
	t := g.trigs[0]
	if e.Start < t.End {
		return false // "منذ" after the expression starts another phrase
	}
	lo, hi := t.End, e.Start
	for _, tk := range s.toks {
		if tk.Start >= lo && tk.End <= hi && sinceWords[tk.Norm] {
			return true
		}
	}
	return false
}

// continuers join a clause that goes on with the same time: "حيث التقى",
// "ثم التقى", "كما اجتمع".
var continuers = map[string]bool{"حيث": true, "ثم": true, "كما": true}

// continues reports whether the group's clause carries on the one before
// it in time: the same clause, or one opened by "حيث"/"ثم".
func (s *sentence) continues(g *group) bool {
	if g.clo == 0 {
		return true
	}
	for _, c := range s.forms(g.clo) {
		if continuers[c] {
			return true
		}
	}
	return s.clause[g.clo] == s.clause[max(0, g.clo-1)]
}

// habitualCues mark a habit rather than one event: "كل عام", "سنوياً",
// "عادة".
var habitualCues = map[string]bool{"سنويا": true, "عاده": true, "دوريا": true, "غالبا": true}

// habitual reports a habitual cue in the group's clauses.
func (s *sentence) habitual(g *group) bool {
	for k := g.clo; k < g.chi && k < len(s.toks); k++ {
		n := s.toks[k].Norm
		if habitualCues[n] {
			return true
		}
		if n == "كل" && k+1 < len(s.toks) {
			switch s.toks[k+1].Norm {
			case "عام", "سنه", "شهر", "اسبوع", "عامين", "سنتين":
				return true
			}
		}
	}
	return false
}

// durationDays maps duration words to days: "يومين", "أسبوع".
var durationDays = map[string]int{
	"يوم": 1, "يوما": 1, "يومين": 2, "يومان": 2, "اسبوع": 7, "اسبوعا": 7, "اسبوعين": 14, "اسبوعان": 14,
}

// countWords are small numbers before "أيام"/"أسابيع".
var countWords = map[string]int{
	"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10,
	"3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
}

// offsetDate dates an event named in a phrase of distance from the
// reporting day: "بعد (مرور) يومين على قمة …" puts the summit two days
// before the reference day, "قبل أسبوع من الزيارة" a week after it.
func (s *sentence) offsetDate(g *group) (timeline.Date, Field, bool) {
	if s.ref == 0 {
		return timeline.Date{}, Field{}, false
	}
	t := g.trigs[0]
	k := t.TokStart - 1
	if k < 0 || (s.toks[k].Norm != "علي" && s.toks[k].Norm != "على" && s.toks[k].Norm != "من") {
		return timeline.Date{}, Field{}, false
	}
	k--
	if k >= 0 && s.toks[k].Norm == "فقط" {
		k--
	}
	days := 0
	if k >= 0 {
		if n, ok := durationDays[s.toks[k].Norm]; ok {
			days = n
		} else if u := s.toks[k].Norm; (u == "ايام" || u == "اسابيع") && k > 0 {
			if n, ok := countWords[s.toks[k-1].Norm]; ok {
				days = n
				if u == "اسابيع" {
					days *= 7
				}
				k--
			}
		}
	}
	if days == 0 {
		return timeline.Date{}, Field{}, false
	}
	k--
	if k >= 0 && s.toks[k].Norm == "مرور" {
		k--
	}
	if k < 0 {
		return timeline.Date{}, Field{}, false
	}
	var day timeline.Day
	switch {
	case slices.Contains(s.forms(k), "بعد"):
		day = s.ref.AddDays(-days)
	case slices.Contains(s.forms(k), "قبل"):
		day = s.ref.AddDays(days)
	default:
		return timeline.Date{}, Field{}, false
	}
	d := timeline.Date{Start: day, End: day, Precision: timeline.PrecisionDay}
	a, b := s.toks[k].Start, s.toks[t.TokStart-1].End
	return d, Field{Value: d.String(), Text: s.text[a:b], Start: s.base + a, End: s.base + b,
		Reason: fmt.Sprintf("%d days from the reference day %s", days, s.ref)}, true
}

// inClauses reports whether the byte span [a, b) lies in the clauses of g.
func (s *sentence) inClauses(g *group, a, b int) bool {
	lo, hi := 0, len(s.text)
	if g.clo > 0 && g.clo < len(s.toks) {
		lo = s.toks[g.clo].Start
	}
	if g.chi < len(s.toks) {
		hi = s.toks[g.chi].Start
	}
	return a >= lo && b <= hi
}

// leaderWords name the heads of states; with an organisation they make a
// meeting a summit ("اجتماع لرؤساء بلدان رابطة الدول المستقلة").
var leaderWords = map[string]bool{"رؤساء": true, "قاده": true, "زعماء": true, "ملوك": true}

// leadersOfOrg reports whether an organisation mention in [lo, hi) follows
// a word for leaders within three tokens.
func (s *sentence) leadersOfOrg(lo, hi int) bool {
	for _, m := range s.ments {
		if m.TokStart < lo || m.TokStart >= hi || m.Kind != timeline.KindOrganisation {
			continue
		}
		for k := m.TokStart - 1; k >= 0 && k >= m.TokStart-3; k-- {
			for _, c := range s.forms(k) {
				if leaderWords[c] {
					return true
				}
			}
		}
	}
	return false
}

// confidence scores the evidence of one source, 0..1.
func confidence(strength float64, parties int, explicit, dated, cue bool, kind page.Kind, dateReason string) float64 {
	c := 0.35 * strength
	c += 0.12 * float64(min(parties, 3))
	switch {
	case explicit:
		c += 0.15
	case dated:
		c += 0.08
	}
	if cue {
		c += 0.03
	}
	switch kind {
	case page.KindList:
		c -= 0.15
	case page.KindHeadline, page.KindCaption:
		c -= 0.05
	}
	_ = dateReason
	return clamp(c, 0.05, 0.99)
}

func clamp(v, lo, hi float64) float64 {
	return max(lo, min(hi, v))
}

// dropTalksOutcome removes the verb "اتفق على" (agreed to) with a
// referring subject from the live triggers when the sentence also reports
// talks of any kind, even by an anaphoric word ("واتفقا خلال الاتصال على
// …", "أعلن الجانبان في ختام القمة أنهما اتفقا على …"): what the two sides
// agreed is an outcome of those talks, not an accord of its own.
func dropTalksOutcome(s *sentence, live []trigger.Trigger) []trigger.Trigger {
	talks := false
	for _, t := range s.trigs {
		if t.Type != timeline.TypeAgreement {
			talks = true
		}
	}
	for _, t := range s.generic {
		if t.Type != timeline.TypeAgreement {
			talks = true
		}
	}
	if !talks {
		return live
	}
	return slices.DeleteFunc(live, func(t trigger.Trigger) bool { return t.Lemma == "اتفق" && s.referringSubject(t) })
}

// whenWords before a verbal noun make it the time of the main event:
// "لدى وصولهما", "عند وصوله", "فور وصوله".
var whenWords = map[string]bool{
	"لدي": true, "لدى": true, "عند": true, "فور": true, "لحظه": true, "اثناء": true, "قبيل": true, "بعيد": true,
}

// dropCircumstance removes an arrival told as the time of another event
// of the sentence ("يتصافحان لدى وصولهما إلى القصر"): the arrival at the
// venue is not a visit of its own.
func dropCircumstance(s *sentence, live []trigger.Trigger) []trigger.Trigger {
	if len(live) < 2 {
		return live
	}
	return slices.DeleteFunc(live, func(t trigger.Trigger) bool {
		if t.Verb || t.Type != timeline.TypeVisit || t.TokStart == 0 || !strings.HasPrefix(t.Lemma, "وصول") {
			return false
		}
		if !s.hasFormAt(t.TokStart-1, whenWords) {
			return false
		}
		for _, o := range live {
			if o.Type != timeline.TypeVisit {
				return true
			}
		}
		return false
	})
}

// referringSubject reports whether a verb's subject refers back rather
// than names: a dual or plural ending ("اتفقا", "اتفقوا") or a pronoun
// subject right after it ("اتفق الجانبان"). "اتفق الرئيس الأمريكي
// والرئيس الصيني، خلال قمة …، على …" names its parties: an agreement
// of its own beside the summit.
func (s *sentence) referringSubject(t trigger.Trigger) bool {
	w := arabic.Normalize(t.Word)
	if strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "وا") || strings.HasSuffix(w, "تا") {
		return true
	}
	if k := t.TokEnd; k < len(s.toks) {
		for _, c := range s.forms(k) {
			if pronounSubjects[c] || pronounSubjects["ال"+c] {
				return true
			}
		}
	}
	return false
}

// dropBilateralHost removes the host country from a summit of two other
// parties: "قمة جنيف" between the American and Russian presidents has
// Switzerland as its venue only.
func dropBilateralHost(acts []actor) []actor {
	guests := map[string]bool{}
	for _, a := range acts {
		if !a.host && a.party != "" {
			guests[a.party] = true
		}
	}
	if countries(guests) != 2 {
		return acts
	}
	return slices.DeleteFunc(acts, func(a actor) bool { return a.host && !guests[a.party] })
}

// hasDestination reports a place that can be a visit's destination.
func hasDestination(places []placeRef, visitor map[string]bool) bool {
	for i := range places {
		if places[i].destinationFor(visitor) {
			return true
		}
	}
	return false
}

// destinationFor reports whether p can be the destination of a visit by
// visitor: not in a visitor's own country, not a purpose or a topic.
func (p *placeRef) destinationFor(visitor map[string]bool) bool {
	return !visitor[p.country] && !p.purpose && !p.topic
}

// countries counts the parties that are countries (ISO 3166 alpha-3
// codes), not organisations: a summit of the Arab League and the OIC is
// not a bilateral one.
func countries(parties map[string]bool) int {
	n := 0
	for p := range parties {
		if isISO3(p) {
			n++
		}
	}
	return n
}

// bareRoleHolders resolves the bare role phrases of a group ("ولي العهد",
// "الملك") to their holders on day in the countries of the event before:
// "وقّع الملك سلمان والرئيس شي اتفاقية، قبل أن يعقد ولي العهد والرئيس
// الصيني جلسة مباحثات" names the Saudi crown prince. A role held in none
// or in several of those countries resolves to no one.
func (x *Extractor) bareRoleHolders(s *sentence, g *group, prev *draft, day timeline.Day) []actor {
	var out []actor
	for _, m := range s.ments {
		if m.TokStart < g.lo || m.TokStart >= g.hi || m.Via != gazetteer.ViaRole || m.Country != "" || m.Org != "" || m.Role == "" || day == 0 {
			continue
		}
		var found []timeline.Entity
		var where []string
		for c := range prev.parties() {
			if !isISO3(c) {
				continue
			}
			if h, ok := x.g.Holder(m.Role, c, day); ok {
				found, where = append(found, h), append(where, c)
			}
		}
		if len(found) != 1 {
			continue
		}
		text := s.text[s.toks[m.TokStart].Start:s.toks[m.TokEnd-1].End]
		fld := Field{Value: found[0].ID, Text: text, Start: s.base + s.toks[m.TokStart].Start, End: s.base + s.toks[m.TokEnd-1].End,
			Reason: fmt.Sprintf("%s of %s on %s (the country of the event before that has one)", m.Role, where[0], day)}
		out = append(out, actor{id: found[0].ID, party: where[0], tok: m.TokStart, field: fld})
		cf := fld
		cf.Value = where[0]
		out = append(out, actor{id: where[0], party: where[0], tok: m.TokStart, field: cf})
	}
	return out
}

// futureWords mark a date expression that points forward from the text:
// "غداً", "بعد غد", "الأسبوع المقبل", "الشهر القادم".
var futureWords = map[string]bool{
	"غدا": true, "غد": true, "وغدا": true, "المقبل": true, "المقبله": true, "القادم": true, "القادمه": true,
}

// futureDate reports whether a date expression's words point forward.
func futureDate(text string) bool {
	for _, t := range arabic.Tokenize(text) {
		if futureWords[t.Norm] {
			return true
		}
	}
	return false
}

// otherRelative reports whether expression e lies in a relative clause of
// another event noun after the group's triggers: "بحث الجانبان … في ضوء
// اتفاقية الشراكة التي وُقّعت في فبراير 2022" dates the agreement, not the
// talks.
func (s *sentence) otherRelative(g *group, e *temporal.Expr) bool {
	last := g.trigs[len(g.trigs)-1]
	if e.Start < last.End {
		return false
	}
	for _, t := range s.trigs {
		if t.Start < last.End || t.End > e.Start || slices.Contains(g.trigs, t) {
			continue
		}
		for k := t.TokEnd; k < len(s.toks) && k <= t.TokEnd+3 && s.toks[k].End <= e.Start; k++ {
			if relativePronouns[s.toks[k].Norm] {
				return true
			}
		}
	}
	return false
}

// datedClause reports a date expression in the clause of trigger t that
// is not excluded.
func (s *sentence) datedClause(t trigger.Trigger) bool {
	if s.clause == nil {
		return false
	}
	lo, hi := s.clauseSpan(s.clause[t.TokStart])
	for _, e := range s.exprs {
		if e.Excluded || e.Date.IsZero() || lo >= len(s.toks) {
			continue
		}
		end := len(s.text)
		if hi < len(s.toks) {
			end = s.toks[hi].Start
		}
		if e.Start >= s.toks[lo].Start && e.End <= end {
			return true
		}
	}
	return false
}

// visitCity returns the city of the latest visit of the section that is
// the story under way, whose visitor and host are both among parties and
// whose date does not conflict with date.
func visitCity(st *sectionState, parties map[string]bool, date timeline.Date) (placeRef, bool) {
	for i := len(st.events) - 1; i >= 0; i-- {
		e := st.events[i]
		if e.typ != timeline.TypeVisit || !currentStory(e) || len(e.places) == 0 || !e.places[0].city {
			continue
		}
		if !date.IsZero() && !date.Overlaps(timeline.Date{Start: e.date.Start - 1, End: e.date.End + 3, Precision: timeline.PrecisionDay}) {
			continue
		}
		all := true
		for p := range e.parties() {
			all = all && parties[p]
		}
		if all {
			return e.places[0], true
		}
	}
	return placeRef{}, false
}

// undatedHeadline reports a draft known only from a headline, list or
// caption, without a date.
func undatedHeadline(d *draft) bool { return d != nil && d.weak && d.date.IsZero() }

// oneDayVisit returns the latest visit of the section that is the story
// under way, dated to one day, not planned, whose parties are exactly
// parties, or nil.
func oneDayVisit(st *sectionState, parties map[string]bool) *draft {
	e := latest(st.events, timeline.TypeVisit)
	if e == nil || e.date.Precision != timeline.PrecisionDay || e.date.Start != e.date.End ||
		e.status == timeline.StatusPlanned || !currentStory(e) || !sameSet(e.parties(), parties) {
		return nil
	}
	return e
}
