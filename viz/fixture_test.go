package viz_test

import (
	"github.com/tl-project/tl/timeline"
)

// entities is a small gazetteer for the tests: countries, an organisation,
// people who act for countries and cities.
var entities = map[string]timeline.Entity{
	"RUS":            {ID: "RUS", Kind: timeline.KindCountry, Name: "Russia", NameAR: "روسيا", ISO3: "RUS"},
	"USA":            {ID: "USA", Kind: timeline.KindCountry, Name: "United States", NameAR: "الولايات المتحدة", ISO3: "USA"},
	"CHN":            {ID: "CHN", Kind: timeline.KindCountry, Name: "China", NameAR: "الصين", ISO3: "CHN"},
	"CSTO":           {ID: "CSTO", Kind: timeline.KindOrganisation, Name: "Collective Security Treaty Organisation", NameAR: "منظمة معاهدة الأمن الجماعي"},
	"vladimir-putin": {ID: "vladimir-putin", Kind: timeline.KindPerson, Name: "Vladimir Putin", NameAR: "فلاديمير بوتين", Country: "RUS"},
	"joe-biden":      {ID: "joe-biden", Kind: timeline.KindPerson, Name: "Joe Biden", NameAR: "جو بايدن", Country: "USA"},
	"xi-jinping":     {ID: "xi-jinping", Kind: timeline.KindPerson, Name: "Xi Jinping", NameAR: "شي جين بينغ", Country: "CHN"},
	"geneva":         {ID: "geneva", Kind: timeline.KindCity, Name: "Geneva", NameAR: "جنيف", Country: "CHE"},
	"beijing":        {ID: "beijing", Kind: timeline.KindCity, Name: "Beijing", NameAR: "بكين", Country: "CHN"},
}

func lookup(id string) (timeline.Entity, bool) {
	e, ok := entities[id]
	return e, ok
}

func ev(typ timeline.Type, date string, status timeline.Status, actors []string, places []string, doc, sentence string) timeline.Event {
	e := timeline.Event{Type: typ, Date: timeline.MustParseDate(date), Status: status, Actors: actors, Places: places,
		Sources: []timeline.Source{{Doc: doc, Sentence: sentence, Published: timeline.DayOf(2022, 1, 1), Confidence: 0.9}}}
	e.Normalize()
	return e
}

// fixture is a fixed set of events covering every shape: one day, several
// days, a month, planned and occurred, a person and their country, an
// organisation, and an event without a date. The sentences are written for
// the tests.
func fixture() []timeline.Event {
	occ, pl := timeline.StatusOccurred, timeline.StatusPlanned
	return []timeline.Event{
		ev(timeline.TypeSummit, "2021-06-16", occ, []string{"RUS", "USA", "vladimir-putin", "joe-biden"}, []string{"geneva"},
			"a-001.txt", "عقد الرئيسان قمة في جنيف."),
		ev(timeline.TypeCall, "2021-12-07", occ, []string{"vladimir-putin", "joe-biden"}, nil,
			"a-002.txt", "أجرى الرئيسان اتصالا مرئيا."),
		ev(timeline.TypeVisit, "2022-02", occ, []string{"vladimir-putin", "CHN"}, []string{"beijing"},
			"a-003.txt", "زار الرئيس الروسي بكين في فبراير."),
		ev(timeline.TypeAgreement, "2022-02-04/2022-02-05", occ, []string{"RUS", "CHN"}, []string{"beijing"},
			"a-003.txt", "وقع البلدان بيانا مشتركا خلال يومين من المحادثات."),
		ev(timeline.TypeMeeting, "2022-06", pl, []string{"CSTO", "RUS"}, nil,
			"a-004.txt", "من المقرر أن يجتمع وزراء المنظمة في يونيو."),
		ev(timeline.TypeSummit, "2022-09-15", pl, []string{"xi-jinping", "vladimir-putin"}, nil,
			"a-005.txt", "سيلتقي الزعيمان على هامش القمة المرتقبة."),
		ev(timeline.TypeMeeting, "", occ, []string{"USA"}, nil,
			"a-006.txt", "اجتمع المسؤولون دون ذكر موعد."),
	}
}
