package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// actor is one resolved party mention of a sentence.
type actor struct {
	id    string // entity id: person, country or organisation
	party string // the country or organisation it stands for
	tok   int    // token index of the mention
	field Field
	// host marks a country named only as the host ("استضافت السعودية
	// محادثات بين …"): a party of a summit it hosts, a place otherwise.
	host bool
}

// placeRef is one place mention of a sentence.
type placeRef struct {
	id       string // city or country id
	country  string // the country it lies in (its own id for a country)
	city     bool
	tok      int
	locative bool // after في، إلى، من، ب…
	toward   bool // after إلى: the destination of a movement
	metonym  bool // a capital standing for its government
	purpose  bool // after ل: for whom or what ("مساعدات لقطاع غزة"), not where
	topic    bool // what the event was about ("الحرب في غزة", "بشأن السودان"), not where
	field    Field
}

// locatives are prepositions after which a country or city is a place,
// not a party.
var locatives = map[string]bool{
	"في": true, "الي": true, "الى": true, "من": true, "نحو": true, "داخل": true, "قرب": true,
	"لدي": true, "لدى": true, "عبر": true, "بمدينه": true, "مدينه": true, "المدينه": true, "منطقه": true,
	"جنوب": true, "شمال": true, "شرق": true, "غرب": true, "غربي": true, "شرقي": true, "جنوبي": true,
	"شمالي": true, "وسط": true, "انحاء": true, "مطار": true,
}

// delegationNouns before "من" make the countries after it parties:
// "وفدين من الولايات المتحدة وروسيا", "قادة من عشرين دولة".
var delegationNouns = map[string]bool{
	"وفد": true, "وفدين": true, "وفدان": true, "وفود": true, "ممثلين": true, "ممثلي": true, "ممثلون": true,
	"مسؤولين": true, "مسؤولون": true, "مسؤولي": true, "قاده": true, "زعماء": true, "رؤساء": true,
	"وزراء": true, "مبعوثين": true, "دبلوماسيين": true, "مفاوضين": true, "مفاوضون": true,
}

// fromDelegation reports whether token k is "من" after a delegation noun
// within three words: "وفدين رفيعي المستوى من …".
func (s *sentence) fromDelegation(k int) bool {
	if k < 1 || s.toks[k].Norm != "من" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.hasFormAt(j, delegationNouns) {
			return true
		}
	}
	return false
}

// hostSubject reports whether the mention starting at token k is the
// subject of a host verb: right after it, or after it and a date set off
// by commas ("استضافت المملكة، أمس الثلاثاء، …").
func (s *sentence) hostSubject(k int) bool {
	return k > 0 && s.hasFormAt(k-1, hostVerbs)
}

// towards are the prepositions of a destination.
var towards = map[string]bool{"الي": true, "الى": true, "نحو": true}

// partyNouns are nouns after which a demonym names a party: "الجانب
// الروسي", "الوفد الأمريكي", "الحكومة التركية".
var partyNouns = map[string]bool{
	"جانب": true, "طرف": true, "وفد": true, "حكومه": true, "سلطات": true, "قياده": true,
	"رئاسه": true, "خارجيه": true, "دبلوماسيه": true, "اداره": true, "نظام": true, "دوله": true,
	"جانبين": true, "طرفين": true, "وفدين": true, "نظيره": true, "نظيرتها": true, "نظيرها": true,
	"مسؤول": true, "مسؤولين": true, "مسؤولون": true, "مسؤولي": true, "دبلوماسيين": true, "ممثلين": true,
	"مفاوضين": true, "قاده": true, "زعماء": true, "مبعوث": true,
}

// absentWords before a name say it took no part: "في غياب أرمينيا",
// "باستثناء تركيا".
var absentWords = map[string]bool{
	"غياب": true, "استثناء": true, "باستثناء": true, "عدا": true, "مقاطعه": true, "تغيب": true,
}

// hostVerbs have the host city or country as subject: "استضافت الرياض",
// "احتضنت الدوحة".
var hostVerbs = map[string]bool{
	"استضافت": true, "استضاف": true, "تستضيف": true, "يستضيف": true, "احتضنت": true, "احتضن": true,
	"تحتضن": true, "يحتضن": true, "ستستضيف": true, "ستحتضن": true, "استضافتها": true, "استضافها": true,
	"احتضنتها": true, "احتضنها": true, "تستضيفها": true, "يستضيفها": true, "تحتضنها": true,
}

// topicNouns before "في X" make X the subject matter: "الحرب في
// أوكرانيا", "الأوضاع في غزة", "السلام في المنطقة".
var topicNouns = map[string]bool{
	"حرب": true, "اوضاع": true, "وضع": true, "ازمه": true, "سلام": true, "تطورات": true,
	"نزاع": true, "صراع": true, "استقرار": true, "امن": true, "تصعيد": true, "قتال": true,
	"عمليات": true, "هدنه": true, "النار": true, "الحرب": true, "الاوضاع": true, "الوضع": true,
	"التسويه": true, "تسويه": true, "انتخابات": true, "استثمار": true, "استثمارات": true,
	"معارك": true, "احداث": true, "اعمار": true, "مجاعه": true, "عدوان": true, "هجمات": true,
	"هجوم": true, "احتلال": true, "توتر": true, "توترات": true, "استيطان": true, "حصار": true,
	"انسانيه": true, "مدنيين": true, "نازحين": true, "لاجئين": true,
}

// topicOpeners open the subject matter of talks: the countries and
// places named after them, up to the next comma, are what was discussed,
// not parties or the venue ("لبحث الأوضاع في غزة", "بشأن الملف النووي
// الإيراني", "دعم الشعب الفلسطيني", "قضية الصحراء").
var topicOpeners = map[string]bool{
	"لبحث": true, "بحث": true, "لمناقشه": true, "مناقشه": true, "بشان": true, "حول": true, "حيال": true,
	"ازاء": true, "بخصوص": true, "الشعب": true, "قضيه": true, "القضيه": true, "ملف": true, "الملف": true,
	"لتناول": true, "تناول": true, "تناولت": true, "تطرق": true, "تطرقت": true, "لدعم": true,
	"ملفات": true, "مستقبل": true,
}

// topicClosers end a topic zone: a relative pronoun starts a clause about
// something else.
var topicClosers = map[string]bool{"الذي": true, "التي": true, "حيث": true, "بينما": true, "فيما": true}

// inTopic reports whether token k lies in a topic zone: after a topic
// opener with no comma, clause word, trigger or relative pronoun between.
func (s *sentence) inTopic(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		n := s.toks[j].Norm
		if topicClosers[n] || s.commaBetween(j, j+1) || s.clause[j] != s.clause[k] {
			return false
		}
		for _, t := range s.trigs {
			if j >= t.TokStart && j < t.TokEnd {
				return false
			}
		}
		if topicOpeners[n] || topicOpeners[strings.TrimPrefix(n, "و")] {
			return true
		}
	}
	return false
}

// regionForL are region nouns with the preposition ل before a city name:
// "مساعدات لقطاع غزة", "لمدينة القدس": for, not in.
var regionForL = map[string]bool{
	"لقطاع": true, "لمدينه": true, "لمنطقه": true, "لاقليم": true, "لجزيره": true, "للمدينه": true, "للقطاع": true,
}

// capitalNouns are nouns after which a demonym names the capital city:
// "العاصمة الطاجيكية".
var capitalNouns = map[string]bool{"عاصمه": true}

// forms returns the normalised forms of token k without proclitics,
// computed once per sentence.
func (s *sentence) forms(k int) []string {
	if s.cands == nil {
		s.cands = make([][]string, len(s.toks))
	}
	if s.cands[k] == nil {
		s.cands[k] = arabic.Candidates(s.toks[k].Norm)
	}
	return s.cands[k]
}

// hasFormAt reports whether one of the forms of token k is in set.
func (s *sentence) hasFormAt(k int, set map[string]bool) bool {
	for _, c := range s.forms(k) {
		if set[c] {
			return true
		}
	}
	return false
}

// hasPrefixB reports whether the token carries the preposition ب (or وب,
// فب) before a name that does not itself begin with ب.
func hasPrefixB(t arabic.Token, name string) bool {
	n := t.Norm
	for _, p := range []string{"وب", "فب", "ب"} {
		if strings.HasPrefix(n, p) {
			return !strings.HasPrefix(arabic.Normalize(name), "ب")
		}
	}
	return false
}

// hasPrefixL reports whether the token carries the preposition ل before a
// name that does not itself begin with ل.
func hasPrefixL(t arabic.Token, name string) bool {
	n := t.Norm
	for _, p := range []string{"ول", "فل", "ل"} {
		if strings.HasPrefix(n, p) && !strings.HasPrefix(n, p+"ل") {
			return !strings.HasPrefix(arabic.Normalize(name), "ل")
		}
	}
	return false
}

// mentionsIn resolves the mentions whose first token lies in [lo, hi) of a
// sentence into actors and places. day is the day role phrases are
// resolved at (0: no holders). trig is the token index of the event's
// first trigger, used to recognise demonyms attached to a trigger noun
// ("القمة الأميركية الروسية").
func (x *Extractor) mentionsIn(s *sentence, lo, hi int, day timeline.Day, trigEnds map[int]bool) ([]actor, []placeRef) {
	var acts []actor
	var places []placeRef
	ms := s.ments
	// partyDemonym marks demonyms already taken as parties, for chains.
	var lastParty = -1 // index in ms of the last mention taken as party through a demonym/role
	for k, m := range ms {
		if m.TokStart < lo || m.TokStart >= hi {
			continue
		}
		text := s.text[m.Start:m.End]
		fld := func(value, reason string) Field {
			return Field{Value: value, Text: text, Start: s.base + m.Start, End: s.base + m.End, Reason: reason}
		}
		prevTok := -1
		if m.TokStart > 0 {
			prevTok = m.TokStart - 1
		}
		if prevTok >= 0 && s.hasFormAt(prevTok, absentWords) {
			continue // "في غياب أرمينيا": not a party
		}
		if prevTok >= 1 && (s.toks[prevTok].Norm == "في" || s.toks[prevTok].Norm == "حول") &&
			s.hasFormAt(prevTok-1, topicNouns) && m.Kind != timeline.KindPerson && m.Kind != timeline.KindOrganisation {
			continue // "الأوضاع في غزة", "الحرب في أوكرانيا": a topic, not the venue or a party
		}
		if m.Kind != timeline.KindPerson && m.Via != gazetteer.ViaRole && s.inTopic(m.TokStart) {
			continue // "لبحث وقف إطلاق النار في غزة", "دعم الشعب الفلسطيني": the subject matter
		}
		nextAdjacentPerson := k+1 < len(ms) && ms[k+1].TokStart == m.TokEnd && ms[k+1].Kind == timeline.KindPerson
		switch m.Via {
		case gazetteer.ViaRole:
			if m.Former {
				continue
			}
			where := m.Country
			if where == "" {
				where = m.Org
			}
			role := m.Role
			if role == "counterpart" {
				role = x.counterpartRole(s, k, day)
			}
			if where == "" {
				// A bare role: the name after it, if any, resolves
				// itself; else the holder named before.
				if !nextAdjacentPerson {
					if ca := x.corefActors(s, k, role, day, fld); ca != nil {
						acts = append(acts, ca...)
						lastParty = k
					}
				}
				continue
			}
			lastParty = k
			if nextAdjacentPerson {
				acts = append(acts, actor{id: where, party: where, tok: m.TokStart,
					field: fld(where, "role phrase of "+where+", named by the name that follows")})
				continue
			}
			acts = append(acts, actor{id: where, party: where, tok: m.TokStart, field: fld(where, "role phrase of "+where)})
			if role != "" && day != 0 {
				if h, ok := x.g.Holder(role, where, day); ok {
					acts = append(acts, actor{id: h.ID, party: where, tok: m.TokStart,
						field: fld(h.ID, fmt.Sprintf("%s of %s on %s", role, where, day))})
				}
			}
		case gazetteer.ViaDemonym:
			if prevTok >= 0 && s.hasFormAt(prevTok, capitalNouns) {
				if !(k+1 < len(ms) && ms[k+1].TokStart == m.TokEnd && ms[k+1].Kind == timeline.KindCity) {
					if c, ok := x.g.CapitalOf(m.Country); ok {
						places = append(places, placeRef{id: c.ID, country: m.Country, city: true, tok: m.TokStart,
							locative: true, field: fld(c.ID, "the capital of "+m.Country)})
					}
				}
				continue
			}
			attached := trigEnds[m.TokStart] || (m.TokStart > 0 && trigEnds[m.TokStart-1] && s.isSummitEnd(m.TokStart-1))
			chained := lastParty >= 0 && ms[lastParty].TokEnd >= m.TokStart-3 &&
				(strings.HasPrefix(s.toks[m.TokStart].Norm, "و") || ms[lastParty].TokEnd == m.TokStart)
			party := prevTok >= 0 && s.hasFormAt(prevTok, partyNouns)
			if !attached && !chained && !party {
				// "عقد السوداني ووزير الخارجية الأمريكي اجتماعاً": a
				// demonym standing as a noun, not after one, may be a
				// person's name.
				if p, ok := x.demonymPerson(s, m, prevTok); ok {
					acts = append(acts, actor{id: p.ID, party: p.Country, tok: m.TokStart, field: fld(p.ID, "name (not the demonym: no noun before it)")},
						actor{id: p.Country, party: p.Country, tok: m.TokStart, field: fld(p.Country, "country of "+p.ID)})
					lastParty = k
				}
				continue
			}
			id := m.Country
			if id == "" {
				id = m.EntityID
			}
			reason := "demonym after the trigger"
			switch {
			case party:
				reason = "demonym of a party noun"
			case chained && !attached:
				reason = "demonym coordinated with a party"
			}
			if attached {
				trigEnds[m.TokEnd] = true // a chain: "الأميركية الروسية"
			}
			acts = append(acts, actor{id: id, party: id, tok: m.TokStart, field: fld(id, reason)})
			if chained && ms[lastParty].Via == gazetteer.ViaRole && ms[lastParty].Role != "" && day != 0 &&
				!nextAdjacentPerson {
				if h, ok := x.g.Holder(ms[lastParty].Role, id, day); ok {
					acts = append(acts, actor{id: h.ID, party: id, tok: m.TokStart,
						field: fld(h.ID, fmt.Sprintf("%s of %s on %s (shared role)", ms[lastParty].Role, id, day))})
				}
			}
			lastParty = k
		case gazetteer.ViaMetonym:
			if k+1 < len(ms) && ms[k+1].TokStart == m.TokEnd && ms[k+1].Kind == timeline.KindCity && ms[k+1].Country != m.Country {
				continue // "قصر السلام بجدة": a building of that name in another city
			}
			id := m.Country
			if id == "" {
				id = m.EntityID
			}
			acts = append(acts, actor{id: id, party: id, tok: m.TokStart, field: fld(id, "metonym")})
			// "في الكرملين", "في البيت الأبيض", "بقصر الاتحادية": in the
			// capital.
			byB := strings.HasPrefix(s.toks[m.TokStart].Norm, "ب") || strings.HasPrefix(s.toks[m.TokStart].Norm, "وب")
			if (prevTok >= 0 && (locatives[s.toks[prevTok].Norm] || s.hasFormAt(prevTok, locatives))) || byB {
				if c, ok := x.g.CapitalOf(m.Country); ok {
					places = append(places, placeRef{id: c.ID, country: m.Country, city: true, tok: m.TokStart,
						locative: true, field: fld(c.ID, "the seat of the metonym, in the capital")})
				}
			}
		default:
			e, _ := x.g.Entity(m.EntityID)
			toward := prevTok >= 0 && (towards[s.toks[prevTok].Norm] || s.hasFormAt(prevTok, towards))
			loc := prevTok >= 0 && (s.hasFormAt(prevTok, locatives) || locatives[s.toks[prevTok].Norm])
			loc = loc || hasPrefixB(s.toks[m.TokStart], e.NameAR)
			if prevTok >= 0 && s.fromDelegation(prevTok) {
				loc = false // "وفدين من الولايات المتحدة وروسيا": whose delegations
			}
			if m.Kind == timeline.KindCountry && hasPrefixL(s.toks[m.TokStart], e.NameAR) {
				loc, toward = true, true // "لتركمانستان": to, for
			}
			// "في سوريا وليبيا": a place coordinated with a place.
			if !loc && k > 0 && strings.HasPrefix(s.toks[m.TokStart].Norm, "و") && ms[k-1].TokEnd == m.TokStart {
				for _, p := range places {
					if p.tok == ms[k-1].TokStart && p.locative {
						loc = true
					}
				}
			}

			switch m.Kind {
			case timeline.KindPerson:
				acts = append(acts, actor{id: m.EntityID, party: m.Country, tok: m.TokStart, field: fld(m.EntityID, m.Via)})
				if m.Country != "" {
					acts = append(acts, actor{id: m.Country, party: m.Country, tok: m.TokStart,
						field: fld(m.Country, "country of "+m.EntityID)})
				}
				lastParty = k
			case timeline.KindOrganisation:
				acts = append(acts, actor{id: m.EntityID, party: m.EntityID, tok: m.TokStart, field: fld(m.EntityID, m.Via)})
			case timeline.KindCountry:
				if loc {
					places = append(places, placeRef{id: m.EntityID, country: m.EntityID, tok: m.TokStart, locative: true,
						toward: toward, topic: s.topicAt(m.TokStart), field: fld(m.EntityID, "country after a preposition")})
					continue
				}
				if s.hostSubject(m.TokStart) {
					// "استضافت السعودية محادثات بين …": the venue; a
					// party only of a summit it hosts.
					acts = append(acts, actor{id: m.EntityID, party: m.EntityID, tok: m.TokStart, host: true,
						field: fld(m.EntityID, "host country")})
					places = append(places, placeRef{id: m.EntityID, country: m.EntityID, tok: m.TokStart, locative: true,
						field: fld(m.EntityID, "host country")})
					continue
				}
				acts = append(acts, actor{id: m.EntityID, party: m.EntityID, tok: m.TokStart, field: fld(m.EntityID, m.Via)})
				// A country right after a visit verb is also where it went.
				places = append(places, placeRef{id: m.EntityID, country: m.EntityID, tok: m.TokStart,
					field: fld(m.EntityID, "country named")})
			case timeline.KindCity:
				capital := false
				if c, ok := x.g.CapitalOf(m.Country); ok && c.ID == m.EntityID {
					capital = true
				}
				afterCapNoun := prevTok >= 0 && (s.hasFormAt(prevTok, capitalNouns) ||
					(k > 0 && ms[k-1].TokEnd == m.TokStart && ms[k-1].Via == gazetteer.ViaDemonym))
				// "قمة سنغافورة", "لقاء هلسنكي": a city named by the
				// trigger noun is where it was; "استضافت الرياض القمة":
				// the host city is the venue.
				venue := trigEnds[m.TokStart] || (prevTok >= 0 && s.hasFormAt(prevTok, hostVerbs))
				metonym := capital && !loc && !afterCapNoun && !venue
				if metonym {
					// "موسكو وواشنطن اتفقتا": a capital for its government;
					// kept as a place too, for a visit's destination.
					acts = append(acts, actor{id: m.Country, party: m.Country, tok: m.TokStart,
						field: fld(m.Country, "capital "+m.EntityID+" for its government")})
				}
				reason := "city"
				if venue {
					reason = "city hosting the event"
					acts = append(acts, actor{id: m.Country, party: m.Country, tok: m.TokStart, host: true,
						field: fld(m.Country, "country of the host city "+m.EntityID)})
				}
				places = append(places, placeRef{id: m.EntityID, country: m.Country, city: true, tok: m.TokStart,
					locative: loc || afterCapNoun || venue, toward: toward, metonym: metonym, field: fld(m.EntityID, reason),
					topic:   !venue && s.topicAt(m.TokStart),
					purpose: !loc && (hasPrefixL(s.toks[m.TokStart], e.NameAR) || (prevTok >= 0 && regionForL[s.toks[prevTok].Norm]))})
			}
		}
	}
	acts = append(acts, x.groupMinisters(s, lo, hi)...)
	// "في العاصمة" with no name after it: the capital of the country the
	// sentence takes the reader to.
	for k := lo; k < hi && k < len(s.toks); k++ {
		if !slices.Contains(s.forms(k), "العاصمه") || k == 0 || !locatives[s.toks[k-1].Norm] {
			continue
		}
		named := false
		for _, m := range ms {
			if m.TokStart == k+1 {
				named = true
			}
		}
		if named {
			continue
		}
		for _, m := range ms {
			if m.Kind != timeline.KindCountry || m.Via == gazetteer.ViaDemonym {
				continue
			}
			if c, ok := x.g.CapitalOf(m.Country); ok {
				tk := s.toks[k]
				places = append(places, placeRef{id: c.ID, country: m.Country, city: true, tok: k, locative: true,
					field: Field{Value: c.ID, Text: tk.Text, Start: s.base + tk.Start, End: s.base + tk.End,
						Reason: "the capital of " + m.Country + ", the country named"}})
				break
			}
		}
	}
	return acts, places
}

// counterpartRole returns the role of the other actor of "نظيره": the
// nearest role phrase before mention k, else the office held on day by the
// nearest person named before it.
func (x *Extractor) counterpartRole(s *sentence, k int, day timeline.Day) string {
	for j := k - 1; j >= 0; j-- {
		m := s.ments[j]
		if m.Via == gazetteer.ViaRole && m.Role != "" && m.Role != "counterpart" {
			return m.Role
		}
		if m.Kind == timeline.KindPerson {
			if e, ok := x.g.Entity(m.EntityID); ok {
				for _, t := range e.Terms {
					if day == 0 || t.Covers(day) {
						return t.Role
					}
				}
			}
			break
		}
	}
	return "president"
}

// isSummitEnd reports whether a summit trigger ends at token index end-1…
// it lets a demonym after one intervening word ("قمة «العالم التركي»")
// count as attached.
func (s *sentence) isSummitEnd(tok int) bool {
	for _, t := range s.trigs {
		if t.TokEnd == tok && t.Type == timeline.TypeSummit {
			return true
		}
	}
	return false
}

// regionNouns stand between a preposition and a place name: "في قطاع غزة".
var regionNouns = map[string]bool{
	"قطاع": true, "مدينه": true, "منطقه": true, "اقليم": true, "ولايه": true, "محافظه": true,
	"جزيره": true, "شمال": true, "جنوب": true, "شرق": true, "غرب": true, "العاصمه": true,
}

// topicAt reports whether the place named at token k is a topic of the
// sentence rather than a venue: after "في" behind a topic noun, with a
// region noun between at most ("الحرب في غزة", "وقف إطلاق النار في قطاع
// غزة"), or in a topic zone (inTopic: "بشأن السودان", "ملف غزة").
func (s *sentence) topicAt(k int) bool {
	j := k - 1
	if j >= 0 && regionNouns[s.toks[j].Norm] {
		j-- // "في قطاع غزة", "في مدينة حلب"
	}
	if j >= 1 && s.toks[j].Norm == "في" && s.hasFormAt(j-1, topicNouns) {
		return true
	}
	return s.inTopic(k)
}

// demonymPerson returns the person whose name a definite demonym is
// ("السوداني" is also Mohammed Shia al-Sudani) when it stands as a noun:
// not after a definite noun it could qualify ("الرئيس السوداني").
func (x *Extractor) demonymPerson(s *sentence, m gazetteer.Mention, prevTok int) (timeline.Entity, bool) {
	if m.TokEnd != m.TokStart+1 {
		return timeline.Entity{}, false
	}
	w := strings.TrimPrefix(s.toks[m.TokStart].Norm, "و")
	if !strings.HasPrefix(w, "ال") {
		return timeline.Entity{}, false
	}
	if prevTok >= 0 && strings.HasPrefix(strings.TrimPrefix(s.toks[prevTok].Norm, "و"), "ال") {
		return timeline.Entity{}, false
	}
	for _, e := range x.g.Named(strings.TrimPrefix(s.toks[m.TokStart].Text, "و")) {
		if e.Kind == timeline.KindPerson && e.Country != "" {
			return e, true
		}
	}
	return timeline.Entity{}, false
}

// ministryWords name the portfolio of a body of ministers: "وزراء
// الخارجية", "وزراء خارجية", "وزراء الدفاع".
var ministryWords = map[string]bool{
	"الخارجيه": true, "خارجيه": true, "الدفاع": true, "دفاع": true, "الماليه": true, "ماليه": true,
	"الداخليه": true, "داخليه": true, "الاقتصاد": true, "الطاقه": true, "النفط": true,
}

// groupAdjectives after the ministers of a group of states name the
// organisation those states meet in: "وزراء الخارجية العرب", "وزراء
// خارجية الدول العربية والإسلامية", "وزراء الخارجية الخليجيين".
var groupAdjectives = map[string]string{
	"العرب": "ARAB_LEAGUE", "العربيه": "ARAB_LEAGUE", "الاسلاميه": "OIC", "الخليجيين": "GCC", "الخليجيون": "GCC",
	"الخليجيه": "GCC", "الافارقه": "AU", "الافريقيه": "AU", "الاوروبيين": "EU", "الاوروبيون": "EU", "الاوروبيه": "EU",
}

// groupMinisters returns the organisations whose member states' ministers
// are named as a body in tokens [lo, hi): "وزراء الخارجية العرب" meet as
// the Arab League's council, "وزراء خارجية الدول العربية والإسلامية" as
// the Arab League's and the OIC's. A prime minister ("رئيس الوزراء") is
// no such body.
func (x *Extractor) groupMinisters(s *sentence, lo, hi int) []actor {
	var out []actor
	for k := lo; k+2 < len(s.toks) && k < hi; k++ {
		if !slices.Contains(s.forms(k), "وزراء") || !s.hasFormAt(k+1, ministryWords) ||
			(k > 0 && s.hasFormAt(k-1, map[string]bool{"رئيس": true})) {
			continue
		}
		j := k + 2
		if s.toks[j].Norm == "الدول" && j+1 < len(s.toks) {
			j++ // "وزراء خارجية الدول العربية"
		}
		for ; j < len(s.toks) && j <= k+5; j++ {
			org := groupAdjectives[strings.TrimPrefix(s.toks[j].Norm, "و")]
			if org == "" || (j > k+3 && !strings.HasPrefix(s.toks[j].Norm, "و")) {
				break
			}
			if a, ok := x.orgActor(s, org, k, j, "ministers of the organisation's members"); ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// orgActor returns organisation org as a party of its own, found through
// the word at token at and placed at token tok, if the gazetteer knows it.
func (x *Extractor) orgActor(s *sentence, org string, tok, at int, reason string) (actor, bool) {
	if _, known := x.g.Entity(org); !known {
		return actor{}, false
	}
	tk := s.toks[at]
	return actor{id: org, party: org, tok: tok, field: Field{Value: org, Text: tk.Text,
		Start: s.base + tk.Start, End: s.base + tk.End, Reason: reason}}, true
}
