package extract

import (
	"strings"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// عمان is both Oman (عُمان) and Amman (عمّان): normalisation drops the
// shadda that tells them apart, and the gazetteer matches the bare word as
// the country. resolveAmman makes a bare "عمان" the city when the text
// says so; "سلطنة عمان" and "العاصمة الأردنية عمان" are whole names the
// gazetteer already tells apart.

const (
	ammanID = "amman"
	jordan  = "JOR"
	oman    = "OMN"
)

// agencyCues are news agencies whose dateline marks the country a report
// is from: "عمان (بترا)" is Amman.
var agencyCues = map[string]string{"بترا": jordan}

// seaNouns are the words before "عمان" that make it the sea, not a
// place on land: "خليج عمان", "بحر عمان".
var seaNouns = map[string]bool{"خليج": true, "بحر": true}

// bareOman reports whether mention m is "عمان" alone: the country by the
// one word that is also Amman's name.
func bareOman(toks []arabic.Token, m gazetteer.Mention) bool {
	if m.EntityID != oman || m.Kind != timeline.KindCountry || m.TokEnd-m.TokStart != 1 {
		return false
	}
	n := toks[m.TokStart].Norm
	for _, p := range []string{"", "و", "ب", "وب", "ل", "ول", "ف"} {
		if n == p+"عمان" {
			return true
		}
	}
	return false
}

// countryCue returns "JOR" or "OMN" when the mentions, other than a bare
// "عمان", name Jordan or Oman (a country, city, demonym, person or
// agency) and not both; "" otherwise.
func countryCue(toks []arabic.Token, ms []gazetteer.Mention) string {
	jor, omn := false, false
	for _, m := range ms {
		if bareOman(toks, m) {
			continue
		}
		switch m.Country {
		case jordan:
			jor = true
		case oman:
			omn = true
		}
		if m.EntityID == oman {
			omn = true
		}
	}
	for _, t := range toks {
		switch agencyCues[strings.TrimPrefix(t.Norm, "و")] {
		case jordan:
			jor = true
		case oman:
			omn = true
		}
	}
	switch {
	case jor && !omn:
		return jordan
	case omn && !jor:
		return oman
	}
	return ""
}

// sectionCue is countryCue over a whole section of the article.
func (x *Extractor) sectionCue(text string) string {
	toks := arabic.Tokenize(text)
	return countryCue(toks, x.g.Match(toks))
}

// resolveAmman turns each bare "عمان" of the sentence into the city of
// Amman when it is written with a shadda ("عمّان"), or when the sentence
// names Jordan and not Oman, or when the sentence names neither and its
// section (s.secCue) names Jordan and not Oman. Otherwise, and after
// "خليج" or "بحر", it stays Oman: with no cue at all the country is the
// likelier reading in diplomatic news.
func (x *Extractor) resolveAmman(s *sentence) {
	secCue := s.secCue
	var cue string
	cueOK := false
	for i, m := range s.ments {
		if !bareOman(s.toks, m) {
			continue
		}
		if m.TokStart > 0 && seaNouns[s.toks[m.TokStart-1].Norm] {
			continue
		}
		city := strings.ContainsRune(s.toks[m.TokStart].Text, '\u0651') // the shadda of عمّان
		if !city {
			if !cueOK {
				cue, cueOK = countryCue(s.toks, s.ments), true
			}
			city = cue == jordan || (cue == "" && secCue == jordan)
		}
		if !city {
			continue
		}
		if _, ok := x.g.Entity(ammanID); !ok {
			return
		}
		m.EntityID, m.Kind, m.Country, m.Via = ammanID, timeline.KindCity, jordan, gazetteer.ViaName
		s.ments[i] = m
	}
}
