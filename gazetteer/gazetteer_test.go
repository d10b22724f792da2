package gazetteer_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

func TestMatch(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		text string
		want []string // "text|id|via|role|country|org"
	}{
		{"وصل الرئيس الروسي إلى دوشنبه", []string{"الرئيس الروسي||role|president|RUS|", "دوشنبه|dushanbe|name||TJK|"}},
		{"التقى وزير خارجية روسيا", []string{"وزير خارجية روسيا||role|foreign-minister|RUS|"}},
		{"قال الأمين العام للأمم المتحدة", []string{"الأمين العام للأمم المتحدة||role|secretary-general||UN"}},
		{"وبموسكو وللاتحاد الأوروبي", []string{"وبموسكو|moscow|name||RUS|", "وللاتحاد الأوروبي|EU|name|||EU"}},
		{"أعلن الكرملين", []string{"الكرملين|RUS|metonym||RUS|"}},
		{"والتقى بنظيره الأمريكي", []string{"بنظيره الأمريكي||role|counterpart|USA|"}},
		{"نائب رئيس الوزراء الروسي", []string{"نائب رئيس الوزراء الروسي||role|deputy-prime-minister|RUS|"}},
		{"رئيس كازاخستان", []string{"رئيس كازاخستان||role|president|KAZ|"}},
		{"الدعم المالي", nil},
		{"في مسقط رأسه", nil},
		{"الجانب الروسي", []string{"الروسي|RUS|demonym||RUS|"}},
		{"الوفد الأوروبي", []string{"الأوروبي|EU|demonym|||EU"}},
		{"الولايات المتحدة الأمريكية وروسيا", []string{"الولايات المتحدة الأمريكية|USA|alias||USA|", "وروسيا|RUS|name||RUS|"}},
		{"سانت بطرسبورغ", []string{"سانت بطرسبورغ|saint-petersburg|name||RUS|"}},
	}
	for _, tt := range tests {
		toks := arabic.Tokenize(tt.text)
		var got []string
		for _, m := range g.Match(toks) {
			got = append(got, strings.Join([]string{m.Text(tt.text), m.EntityID, m.Via, m.Role, m.Country, m.Org}, "|"))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Match(%q) =\n%s\nwant\n%s", tt.text, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestResolve(t *testing.T) {
	g := gazetteer.Default()
	for name, want := range map[string]string{
		"RUS": "RUS", "csto": "CSTO", "vladimir-putin": "vladimir-putin", "vladimir putin": "vladimir-putin",
		"Putin": "vladimir-putin", "بوتين": "vladimir-putin", "Sao Tome": "sao-tome", "روسيا الاتحادية": "RUS",
		"Geneva": "geneva", "Astana": "astana",
	} {
		es, err := g.Resolve(name)
		if err != nil || len(es) == 0 || es[0].ID != want {
			t.Errorf("Resolve(%q) = %v, %v; want %s", name, es, err, want)
		}
	}
	_, err := g.Resolve("Tajikstan")
	var ue *gazetteer.UnknownError
	if !errors.Is(err, gazetteer.ErrUnknown) || !errors.As(err, &ue) || len(ue.Suggestions) == 0 || ue.Suggestions[0] != "Tajikistan" {
		t.Errorf("Resolve(Tajikstan) = %v", err)
	}
}

func TestLoadFileMerges(t *testing.T) {
	g, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if err := g.LoadFile("testdata/people.jsonl"); err != nil {
		t.Fatal(err)
	}
	if es, err := g.Resolve("روسيا الفدرالية"); err != nil || es[0].ID != "RUS" {
		t.Errorf("merged alias: %v, %v", es, err)
	}
	if e, ok := g.Holder("president", "RUS", timeline.DayOf(2001, time.June, 1)); !ok || e.ID != "test-person" {
		t.Errorf("Holder after load = %q", e.ID)
	}
	if err := g.Add(timeline.Entity{ID: "RUS", Kind: timeline.KindCity}); !errors.Is(err, gazetteer.ErrBadEntity) {
		t.Errorf("kind clash: %v", err)
	}
	if err := g.Load(strings.NewReader(`{"id":""}`)); !errors.Is(err, gazetteer.ErrBadEntity) {
		t.Errorf("empty id: %v", err)
	}
}

func TestDataSanity(t *testing.T) {
	g := gazetteer.Default()
	for _, e := range g.All() {
		switch e.Kind {
		case timeline.KindCity:
			if c, ok := g.Entity(e.Country); !ok || c.Kind != timeline.KindCountry {
				t.Errorf("city %s: bad country %q", e.ID, e.Country)
			}
			if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 || (e.Lat == 0 && e.Lon == 0) {
				t.Errorf("city %s: bad coordinates %v,%v", e.ID, e.Lat, e.Lon)
			}
		case timeline.KindPerson:
			if _, ok := g.Entity(e.Country); e.Country != "" && !ok {
				t.Errorf("person %s: unknown country %q", e.ID, e.Country)
			}
		}
	}
	for _, code := range strings.Fields("BRICS CSTO CIS SCO GCC ARAB_LEAGUE EU NATO UN AU OIC G20 G7 OTS OSCE ASEAN APEC OPEC") {
		if e, ok := g.Entity(code); !ok || e.Kind != timeline.KindOrganisation {
			t.Errorf("organisation %s missing", code)
		}
	}
	if n := len(g.ByKind(timeline.KindCountry)); n != 250 {
		t.Errorf("%d countries, want 250", n)
	}
	if n := len(g.ByKind(timeline.KindCity)); n < 300 {
		t.Errorf("%d cities, want at least 300", n)
	}
	if c, ok := g.CapitalOf("TJK"); !ok || c.ID != "dushanbe" {
		t.Errorf("CapitalOf(TJK) = %q", c.ID)
	}
}

func BenchmarkMatch(b *testing.B) {
	g := gazetteer.Default()
	text := strings.Repeat("قال الرئيس الروسي فلاديمير بوتين في موسكو إن وزير خارجية روسيا سيزور دوشنبه للقاء نظيره الطاجيكي، ", 50)
	toks := arabic.Tokenize(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Match(toks)
	}
}
