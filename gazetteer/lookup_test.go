package gazetteer_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// mentions returns the mentions of text as "text→id/via" strings (roles as
// "text→role:ROLE@COUNTRY").
func mentions(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, m := range gazetteer.Default().Match(arabic.Tokenize(text)) {
		s := m.Text(text) + "→"
		if m.Via == gazetteer.ViaRole {
			s += "role:" + m.Role + "@" + m.Country + m.Org
		} else {
			s += m.EntityID + "/" + m.Via
		}
		out = append(out, s)
	}
	return out
}

func TestMatchTable(t *testing.T) {
	tests := []struct {
		text string
		want string // one of the mentions, joined by " | "
	}{
		// Names, multiword names, surnames, clitics on the first token.
		{"التقى فلاديمير بوتين في جنيف", "فلاديمير بوتين→vladimir-putin/name | جنيف→geneva/name"},
		{"وقال بوتين إن", "بوتين→vladimir-putin/alias"},
		{"اتصال بين ترمب وبوتين", "ترمب→donald-trump/alias | وبوتين→vladimir-putin/alias"},
		{"وصل إلى دوشنبه", "دوشنبه→dushanbe/name"},
		{"وصل إلى دوشانبي", "دوشانبي→dushanbe/alias"},
		{"زيارة بموسكو", "بموسكو→moscow/name"},
		{"العلاقات بين روسيا والولايات المتحدة", "روسيا→RUS/name | والولايات المتحدة→USA/name"},
		// Organisations.
		{"قمة منظمة معاهدة الأمن الجماعي في أستانا", "منظمة معاهدة الأمن الجماعي→CSTO/name | أستانا→astana/name"},
		{"الأمين العام للأمم المتحدة", "الأمين العام للأمم المتحدة→role:secretary-general@UN"},
		// Metonyms.
		{"قال الكرملين", "الكرملين→RUS/metonym"},
		{"أعلن البيت الأبيض", "البيت الأبيض→USA/metonym"},
		// Palaces in a capital stand for their country; the capital is
		// the venue (extract).
		{"في قصر حيدر آباد", "قصر حيدر آباد→IND/metonym"},
		{"بقصر الحسينية", "بقصر الحسينية→JOR/metonym"},
		{"في قصر اليمامة", "قصر اليمامة→SAU/metonym"},
		{"في قصر العلم", "قصر العلم→OMN/metonym"},
		{"في قصر الوطن", "قصر الوطن→ARE/metonym"},
		// Role phrases.
		{"الرئيس الروسي", "الرئيس الروسي→role:president@RUS"},
		{"وزير الخارجية الأمريكي", "وزير الخارجية الأمريكي→role:foreign-minister@USA"},
		{"رئيس كازاخستان", "رئيس كازاخستان→role:president@KAZ"},
		{"نظيره الأذربيجاني", "نظيره الأذربيجاني→role:counterpart@AZE"},
		// A surname that is a common noun names its person after a title
		// or with the given name.
		{"قال رئيس الوزراء شرف", "رئيس الوزراء→role:prime-minister@ | شرف→essam-sharaf/alias"},
		{"قال الدكتور شرف", "شرف→essam-sharaf/alias"},
		{"التقى عصام شرف", "عصام شرف→essam-sharaf/name"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := strings.Join(mentions(t, tt.text), " | ")
			for _, w := range strings.Split(tt.want, " | ") {
				if !strings.Contains(" | "+got+" | ", " | "+w+" | ") {
					t.Errorf("Match(%q) = %q, want it to include %q", tt.text, got, w)
				}
			}
		})
	}
}

// Words that look like names but are not: the stop-list keeps them out.
func TestMatchFalseFriends(t *testing.T) {
	for _, text := range []string{
		"الوضع المالي صعب",           // financial, not Mali
		"في مسقط رأسه",               // his birthplace, not Muscat
		"زار السياح المتحف",          // tourists visited a museum: no entity
		"قال عبد العزيز",             // a theophoric name, not Shaukat Aziz (شوكت عزيز)
		"أقيمت مأدبة على شرف الضيوف", // in honour of, not Essam Sharaf
		"شارك ضيف شرف في المنتدى",    // guest of honour
		"طالب المتظاهرون بحكم مدني",  // civilian rule, not Iyad Madani
		"عقد مجلس التعاون الاستراتيجي رفيع المستوى اجتماعه", // a bilateral council, not the GCC
		"جرت مراسم الاستقبال بساحة قصر الشعب",               // a palace of Damascus, Algiers or Beijing
	} {
		if got := mentions(t, text); len(got) != 0 {
			t.Errorf("Match(%q) = %q, want no mention", text, got)
		}
	}
}

func TestHolderByDate(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		role, country, date, want string
	}{
		{"president", "RUS", "2021-06-16", "vladimir-putin"},
		{"president", "USA", "2021-06-16", "joe-biden"},
		{"president", "USA", "2025-02-12", "donald-trump"},
		{"president", "USA", "2025-06-01", "donald-trump"},
		{"president", "USA", "2018-07-16", "donald-trump"},
		{"foreign-minister", "USA", "2021-12-02", "antony-blinken"},
		{"foreign-minister", "USA", "2025-02-18", "marco-rubio"},
		{"foreign-minister", "RUS", "2021-12-02", "sergey-lavrov"},
		{"president", "KAZ", "2024-11-27", "kassym-jomart-tokayev"},
		{"chancellor", "DEU", "2019-01-01", "angela-merkel"},
	}
	for _, tt := range tests {
		d := timeline.MustParseDate(tt.date).Start
		e, ok := g.Holder(tt.role, tt.country, d)
		if !ok || e.ID != tt.want {
			t.Errorf("Holder(%s, %s, %s) = %q, %v; want %s", tt.role, tt.country, tt.date, e.ID, ok, tt.want)
		}
	}
}

func TestResolveNamesAndSuggestions(t *testing.T) {
	g := gazetteer.Default()
	for _, tc := range []struct{ name, want string }{
		{"RUS", "RUS"},
		{"rus", "RUS"},
		{"Russia", "RUS"},
		{"روسيا", "RUS"},
		{"Vladimir Putin", "vladimir-putin"},
		{"vladimir putin", "vladimir-putin"},
		{"بوتين", "vladimir-putin"},
		{"بُوتِين", "vladimir-putin"}, // diacritics
		{"vladimir-putin", "vladimir-putin"},
		{"CSTO", "CSTO"},
		{"Dushanbe", "dushanbe"},
	} {
		es, err := g.Resolve(tc.name)
		if err != nil || len(es) == 0 || es[0].ID != tc.want {
			var ids []string
			for _, e := range es {
				ids = append(ids, e.ID)
			}
			t.Errorf("Resolve(%q) = %v, %v; want %s first", tc.name, ids, err, tc.want)
		}
	}
	for _, tc := range []struct{ name, suggestion string }{
		{"Putni", "Putin"}, // a transposition is one edit
		{"Vladimir Putn", "Vladimir Putin"},
		{"Dushanbi", "Dushanbe"},
	} {
		_, err := g.Resolve(tc.name)
		var ue *gazetteer.UnknownError
		if !errors.Is(err, gazetteer.ErrUnknown) || !errors.As(err, &ue) {
			t.Errorf("Resolve(%q) err = %v, want ErrUnknown", tc.name, err)
			continue
		}
		if !strings.Contains(fmt.Sprint(ue.Suggestions), tc.suggestion) {
			t.Errorf("Resolve(%q) suggestions = %v, want %q among them", tc.name, ue.Suggestions, tc.suggestion)
		}
	}
}

// The embedded data hangs together: every person's and city's country
// exists, coordinates are on the globe, the organisations the scorer and
// users name exist, and ids are unique.
func TestEmbeddedDataHangsTogether(t *testing.T) {
	g := gazetteer.Default()
	seen := map[string]bool{}
	counts := map[timeline.Kind]int{}
	for _, e := range g.All() {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		counts[e.Kind]++
		if (e.Kind == timeline.KindPerson || e.Kind == timeline.KindCity) && e.Country != "" {
			if c, ok := g.Entity(e.Country); !ok || c.Kind != timeline.KindCountry {
				t.Errorf("%s %s: country %q is not a country", e.Kind, e.ID, e.Country)
			}
		}
		if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 {
			t.Errorf("%s: coordinates %v,%v off the globe", e.ID, e.Lat, e.Lon)
		}
		if e.Kind == timeline.KindCity && e.Country == "" {
			t.Errorf("city %s has no country", e.ID)
		}
	}
	for _, code := range []string{"BRICS", "CSTO", "CIS", "SCO", "GCC", "ARAB_LEAGUE", "EU", "NATO", "UN", "AU", "OIC", "G20", "G7", "OTS", "OSCE", "ASEAN", "APEC", "OPEC"} {
		if e, ok := g.Entity(code); !ok || e.Kind != timeline.KindOrganisation {
			t.Errorf("organisation %s missing", code)
		}
	}
	if counts[timeline.KindCountry] < 190 || counts[timeline.KindCity] < 300 || counts[timeline.KindPerson] < 500 {
		t.Errorf("gazetteer too small: %v", counts)
	}
	t.Logf("entities: %d countries, %d cities, %d organisations, %d people",
		counts[timeline.KindCountry], counts[timeline.KindCity], counts[timeline.KindOrganisation], counts[timeline.KindPerson])
}

func TestNamed(t *testing.T) {
	g := gazetteer.Default()
	if es := g.Named("السوداني"); len(es) == 0 || es[0].ID != "mohammed-shia-al-sudani" {
		t.Errorf("Named(السوداني) = %v", es)
	}
	if es := g.Named("no such name at all"); len(es) != 0 {
		t.Errorf("Named(unknown) = %v, want none", es)
	}
}
