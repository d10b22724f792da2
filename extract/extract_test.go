package extract_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/tl-project/tl/extract"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

var ex = extract.New(gazetteer.Default())

func extractText(t testing.TB, published, text string) *extract.Result {
	t.Helper()
	a := &timeline.Article{ID: "test.txt", Text: text}
	if published != "" {
		a.Published = timeline.MustParseDate(published).Start
	}
	res, err := ex.Extract(a)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return res
}

// brief renders an event as "type date status [actors] @places".
func brief(e timeline.Event) string {
	return e.Type.String() + " " + e.Date.String() + " " + e.Status.String() +
		" [" + strings.Join(e.Actors, " ") + "] @" + strings.Join(e.Places, ",")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string // brief() of each event, in order
	}{
		{"roles resolved by date", "2021-06-20",
			"التقى الرئيس الأمريكي نظيره الروسي في جنيف يوم 16 يونيو 2021.",
			[]string{"meeting 2021-06-16 occurred [RUS USA joe-biden vladimir-putin] @geneva"}},
		{"same role in another year", "2025-08-20",
			"التقى الرئيس الأمريكي نظيره الروسي في ألاسكا يوم 15 أغسطس 2025.",
			[]string{"meeting 2025-08-15 occurred [RUS USA donald-trump vladimir-putin] @"}},
		{"counterpart by the other actor's office", "2025-10-09",
			"أجرى بوتين الخميس جولة محادثات مع نظيره الطاجيكي في دوشنبه.",
			[]string{"meeting 2025-10-09 occurred [RUS TJK emomali-rahmon vladimir-putin] @dushanbe"}},
		{"pronoun subject takes the parties before", "2024-11-27",
			"التقى بوتين وتوكاييف في أستانا الأربعاء. ووقع البلدان عدة اتفاقيات.",
			[]string{"meeting 2024-11-27 occurred [KAZ RUS kassym-jomart-tokayev vladimir-putin] @astana",
				"agreement 2024-11-27 occurred [KAZ RUS] @astana"}}, // "البلدان": the countries, not their leaders
		{"future prefix plans a visit", "2023-03-13",
			"سيزور الرئيس الصيني موسكو الأسبوع المقبل.",
			[]string{"visit 2023-03-18 planned [CHN RUS xi-jinping] @moscow"}},
		{"a video summit is a call", "2021-12-08",
			"عقد الرئيسان الأمريكي جو بايدن والروسي فلاديمير بوتين الثلاثاء قمة عبر الفيديو.",
			[]string{"call 2021-12-07 occurred [RUS USA joe-biden vladimir-putin] @"}},
		{"negated", "2025-01-01", "لم يلتق بوتين وترامب منذ سنوات.", nil},
		{"metonyms", "2024-08-02",
			"اتفق الكرملين والبيت الأبيض على تبادل السجناء أمس.",
			[]string{"agreement 2024-08-01 occurred [RUS USA] @"}},
		{"summit adjective names the organisation", "2024-05-17",
			"انعقدت القمة العربية في المنامة يوم 16 مايو 2024.",
			[]string{"summit 2024-05-16 occurred [ARAB_LEAGUE BHR] @manama"}},
		{"meeting on the sidelines of a summit", "2025-10-09",
			"اجتمع بوتين وعلييف خلال سبتمبر الماضي على هامش قمة لمنظمة شنغهاي للتعاون عقدت في الصين.",
			[]string{"meeting 2025-09 occurred [AZE RUS ilham-aliyev vladimir-putin] @CHN",
				"summit 2025-09 occurred [AZE CHN RUS SCO ilham-aliyev vladimir-putin] @CHN"}},
		{"no date expression leaves the date unknown", "2025-04-05",
			"زار كيريل دميترييف العاصمة الأميركية واشنطن.",
			[]string{"visit  occurred [RUS USA kirill-dmitriev] @washington"}},
		{"a topic is not the venue", "2025-04-07",
			"عقد الرئيس المصري اليوم في القاهرة مباحثات مع نظيره الفرنسي حول الأوضاع في غزة.",
			[]string{"meeting 2025-04-07 occurred [EGY FRA abdel-fattah-el-sisi emmanuel-macron] @cairo"}},
		{"a plural mention is not an event", "2017-07-13",
			"وأبرمت عدة اتفاقات مماثلة في السنة الماضية.", nil},
		{"one party is not a meeting", "2024-01-01", "التقى بوتين أمس.", nil},
		{"a distance from the reporting day dates the event", "2025-10-09",
			"جاء اللقاء بعد ثلاثة أيام من قمة مجموعة العشرين.",
			[]string{"summit 2025-10-06 occurred [G20] @"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.published, tt.text)
			var got []string
			for _, e := range res.Events {
				got = append(got, brief(e))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("events:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
				for _, x := range res.Explanations {
					t.Log(x)
				}
			}
		})
	}
}

func TestExtractPage(t *testing.T) {
	// A headline, a caption printed twice, and a lead: one event with
	// three sources, dated by the lead.
	text := "بوتين يلتقي توكاييف في أستانا\n\n" +
		"بوتين وتوكاييف خلال لقائهما في أستانا (رويترز)\n" +
		"بوتين وتوكاييف خلال لقائهما في أستانا (رويترز)\n\n" +
		"التقى الرئيس الروسي فلاديمير بوتين نظيره الكازاخستاني قاسم جومارت توكاييف في أستانا الأربعاء.\n" +
		"اشترك في النشرة الإخبارية"
	res := extractText(t, "2024-11-27", text)
	if len(res.Events) != 1 {
		t.Fatalf("got %d events, want 1: %v", len(res.Events), res.Events)
	}
	e := res.Events[0]
	if brief(e) != "meeting 2024-11-27 occurred [KAZ RUS kassym-jomart-tokayev vladimir-putin] @astana" {
		t.Errorf("event = %s", brief(e))
	}
	if len(e.Sources) != 3 {
		t.Errorf("sources = %d, want 3 (headline, caption once, lead)", len(e.Sources))
	}
	for _, s := range e.Sources {
		if text[s.Start:s.End] != s.Sentence || s.Doc != "test.txt" || s.Confidence <= 0 || s.Confidence > 1 {
			t.Errorf("bad source %+v", s)
		}
	}
	if e.Confidence < e.Sources[0].Confidence || e.ID == "" {
		t.Errorf("event confidence %.2f, id %q", e.Confidence, e.ID)
	}
	if len(res.Explanations) != 1 || res.Explanations[0].EventID != e.ID || len(res.Explanations[0].Evidence) != 3 {
		t.Fatalf("explanations = %+v", res.Explanations)
	}
	out := res.Explanations[0].String()
	for _, want := range []string{"trigger:", "«الأربعاء» → 2024-11-27", "role phrase", "kassym-jomart-tokayev"} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
	if len(res.Layout.Removed()) != 2 {
		t.Errorf("removed lines = %v", res.Layout.Removed())
	}
}

func TestLaterArticleOnPage(t *testing.T) {
	// The second article's captions carry a date after the publication
	// day: its weekdays resolve from there.
	text := "قمة في جنيف\n\nعقد الرئيسان قمة في جنيف أمس، واستمرت ساعات طويلة جداً.\n\n\n" +
		"بوتين في أستانا\n\nبوتين وتوكاييف في أستانا في 27 نوفمبر 2024 (أ.ف.ب)\n\n" +
		"وصل الرئيس الروسي فلاديمير بوتين إلى كازاخستان الأربعاء في زيارة تستمر يومين.\n"
	res := extractText(t, "2021-06-18", text)
	var visit *timeline.Event
	for i := range res.Events {
		if res.Events[i].Type == timeline.TypeVisit {
			visit = &res.Events[i]
		}
	}
	if visit == nil || visit.Date.String() != "2024-11-27" || !visit.HasActor("KAZ") {
		t.Fatalf("visit = %v\nall: %v", visit, res.Events)
	}
}

func TestExtractErrors(t *testing.T) {
	if _, err := ex.Extract(nil); !errors.Is(err, extract.ErrNilArticle) {
		t.Errorf("nil article: %v", err)
	}
	if _, err := ex.Extract(&timeline.Article{ID: "x", Text: " \n "}); !errors.Is(err, extract.ErrNoText) {
		t.Errorf("blank article: %v", err)
	}
	res, err := ex.Extract(&timeline.Article{ID: "x", Text: "لا شيء هنا يستحق الذكر."})
	if err != nil || len(res.Events) != 0 {
		t.Errorf("no events: %v %v", res, err)
	}
}

func TestDeterministic(t *testing.T) {
	text := "التقى الرئيس الأمريكي نظيره الروسي في جنيف يوم 16 يونيو 2021. ووقع الجانبان اتفاقاً."
	a := extractText(t, "2021-06-20", text)
	b := extractText(t, "2021-06-20", text)
	if len(a.Events) == 0 || len(a.Events) != len(b.Events) {
		t.Fatalf("events %d vs %d", len(a.Events), len(b.Events))
	}
	for i := range a.Events {
		if a.Events[i].ID != b.Events[i].ID {
			t.Errorf("event %d id %s vs %s", i, a.Events[i].ID, b.Events[i].ID)
		}
	}
}

// "They agreed to …" during talks is the talks' outcome, not a second,
// agreement event; a signed accord in the same sentence still is one.
func TestAgreedDuringTalksIsNotAnAgreement(t *testing.T) {
	x := extract.New(nil)
	for _, tc := range []struct {
		text string
		want string // the event types, in order
	}{
		{"أجرى الرئيس الأمريكي دونالد ترامب اتصالاً هاتفياً بالرئيس الروسي فلاديمير بوتين يوم الأربعاء، واتفقا خلاله على بدء مفاوضات فورية.", "call"},
		{"التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان في أنقرة أمس، واتفق الجانبان على مواصلة التشاور.", "meeting"},
		{"التقى الرئيس الروسي فلاديمير بوتين الرئيس الكازاخستاني قاسم جومارت توكاييف في أستانا أمس، ووقعا اتفاقية للتعاون في مجال الطاقة.", "meeting agreement"},
		{"اتفقت روسيا وكازاخستان أمس على تمديد التعاون في مجال الطاقة.", "agreement"},
	} {
		res, err := x.Extract(&timeline.Article{ID: "t", Published: timeline.DayOf(2025, 2, 13), Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var types []string
		for _, ev := range res.Events {
			types = append(types, ev.Type.String())
		}
		if got := strings.Join(types, " "); got != tc.want {
			t.Errorf("%s\n  types = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A place after a locative preposition is where the event was; a city
// named as the topic ("إعادة إعمار غزة") is not.
func TestPlacePrefersLocative(t *testing.T) {
	x := extract.New(nil)
	res, err := x.Extract(&timeline.Article{ID: "t", Published: timeline.DayOf(2025, 3, 5),
		Text: "أقرت القمة العربية الطارئة خطة إعادة إعمار غزة في القاهرة أمس."})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) == 0 || strings.Join(res.Events[0].Places, ",") != "cairo" {
		var got [][]string
		for _, ev := range res.Events {
			got = append(got, ev.Places)
		}
		t.Fatalf("places = %v, want [cairo] for the summit", got)
	}
}
