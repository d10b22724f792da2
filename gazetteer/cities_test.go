package gazetteer_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/gazetteer"
	"github.com/tl-project/tl/timeline"
)

// cityProclitics are the prefixes tried on the first word of each common
// word, as Arabic text attaches them ("وصور", "بحجة", "لحماية").
var cityProclitics = []string{"", "و", "ف", "ب", "ل", "ك", "وب", "ول"}

// readLines returns the non-blank, non-comment lines of a testdata file.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" && !strings.HasPrefix(s, "#") {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCityFormsAreNotCommonWords fails when a common word or phrase
// (testdata/common_words.txt), alone or with a proclitic, is matched as a
// city: a city name that is also a word ("صور" pictures, "الخبر" the news,
// "حجة" pretext) must be qualified in cities.tsv ("مدينة صور") or guarded
// in the stop-list.
func TestCityFormsAreNotCommonWords(t *testing.T) {
	g := gazetteer.Default()
	words := readLines(t, "testdata/common_words.txt")
	if len(words) < 1000 {
		t.Fatalf("testdata/common_words.txt has %d entries, want at least 1000", len(words))
	}
	for _, w := range words {
		for _, p := range cityProclitics {
			text := p + w
			for _, m := range g.Match(arabic.Tokenize(text)) {
				if m.Kind == timeline.KindCity {
					t.Errorf("common word %q (as %q) matches city %s via %q", w, text, m.EntityID, m.Text(text))
				}
			}
		}
	}
}

// homographs are city forms that knowingly share a key with another
// entity, by city id: the other entity wins in text (a country outranks a
// city), and Resolve returns both.
var homographs = map[string]map[string]bool{
	// عمّان (Amman) and عمان (Oman) differ only by a shadda, which
	// normalisation drops; "العاصمة الأردنية عمان" names the city.
	"amman": {"عمّان": true},
	// Two capitals called Kingston: Jamaica's and Norfolk Island's
	// (generated from GeoNames).
	"kingston":    {"Kingston": true},
	"kingston-nf": {"Kingston": true},
}

// TestCityFormsAreUnambiguous fails when a city's name or alias is also a
// form of another entity (country, organisation, person, derived surname,
// another city) or is not matched whole as the city. A form shared with
// the city's own country (city-states, "الجزائر", "تونس") is allowed: the
// country wins, and it is the same place. A one-word form in the stop-list
// (a CLDR name such as "العيون", the eyes) is deliberately never matched.
func TestCityFormsAreUnambiguous(t *testing.T) {
	g := gazetteer.Default()
	stopped := map[string]bool{}
	for _, s := range readLines(t, "data/stoplist.txt") {
		stopped[arabic.Normalize(s)] = true
	}
	for _, e := range g.ByKind(timeline.KindCity) {
		for _, form := range append([]string{e.Name, e.NameAR}, e.Aliases...) {
			if form == "" || homographs[e.ID][form] {
				continue
			}
			es, err := g.Resolve(form)
			if err != nil {
				t.Errorf("city %s: Resolve(%q): %v", e.ID, form, err)
				continue
			}
			for _, o := range es {
				if o.ID != e.ID && o.ID != e.Country {
					t.Errorf("city %s: form %q is also %s %s", e.ID, form, o.Kind, o.ID)
				}
			}
			if !isArabic(form) {
				continue
			}
			toks := arabic.Tokenize(form)
			if len(toks) == 1 && stopped[toks[0].Norm] {
				continue
			}
			ms := g.Match(toks)
			if len(ms) != 1 || ms[0].TokStart != 0 || ms[0].TokEnd != len(toks) ||
				(ms[0].EntityID != e.ID && ms[0].EntityID != e.Country) {
				var got []string
				for _, m := range ms {
					got = append(got, m.Text(form)+"→"+m.EntityID+m.Role)
				}
				t.Errorf("city %s: Match(%q) = %q, want the city whole", e.ID, form, got)
			}
		}
	}
}

func isArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// TestCityHomographGuards checks the guards on city names that are also
// words, in sentences: the qualified form finds the city, the word does
// not.
func TestCityHomographGuards(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		text string
		want string // the city ids matched, space-separated
	}{
		{"عقد الاجتماع في مدينة صور جنوب لبنان", "tyre"},
		{"نشرت الوكالة صور الاجتماع", ""},
		{"وصل الوزير إلى مدينة الخبر", "khobar"},
		{"وفي الخبر أن الرئيس سيزور مصر", ""},
		{"التقى الرئيسان في العريش", "el-arish"},
		{"التقى بايدن وشي في وودسايد", "woodside"},
		{"قمة مجموعة العشرين في بالي", "bali"},
		{"خطر ببالي أن", ""},
		{"زار الرئيس كنيس المدينة", ""},
		{"اقتحم المستوطنون الكنيس", ""},
		{"وقع الاتفاق في مدينة نيس", "nice"},
		{"العملية العسكرية في جنين", "jenin"},
		{"صحة الجنين", ""},
		{"افتتح القنصلية في مدينة العيون", "laayoune"},
		{"رأته العيون", ""},
		{"اعتقل بحجة الإرهاب", ""},
		{"قصف مدينة حجة اليمنية", "hajjah"},
		{"القائم بالأعمال الأمريكي", ""},
		{"الكيل بمكيالين", ""},
		{"دعم المجتمع المدني", ""},
		{"حركة السفن في قناة السويس", ""},
		{"رئيس وزراء جامو وكشمير", ""},
		{"وصل الوزير إلى جامو", "jammu"},
		{"زار محافظ السويس الميناء", "suez"},
		{"اجتمعوا في كامب ديفيد", "camp-david"},
		{"في منتجع العلمين الجديدة", "el-alamein"},
		{"منتدى أنطاليا الدبلوماسي", "antalya"},
		{"قمة إسطنبول واستانبول", "istanbul istanbul"},
		{"اجتماع في شرم-الشيخ", "sharm-el-sheikh"},
		{"ولي العهد في الدرعية", "diriyah"},
		{"أعلن البيت الأبيض", ""},
		{"اجتماع في الدار البيضاء", "casablanca"},
		{"قمة قازان وسوتشي وووهان", "kazan sochi wuhan"},
		{"العاصمة الأردنية عمان", "amman"},
		{"ارتفعت البورصة أمس", ""},
		{"زار الرئيس مدينة بورصة", "bursa"},
		{"انقطاع الكابل البحري", ""},
		{"وصل الوفد إلى كابل", "kabul"},
		{"جرفت السيول المنازل", ""},
		{"قمة في سيول", "seoul"},
		{"أعلنت الشركة حالة القوة القاهرة", ""},
		{"زار القاهرة", "cairo"},
		{"في المشهد السياسي", ""},
		{"وصل إلى مدينة مشهد", "mashhad"},
		{"لتحقيق مآرب سياسية", ""},
		{"اجتماع في منتجع مار-أ-لاغو", "palm-beach"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, m := range g.Match(arabic.Tokenize(tt.text)) {
				if m.Kind == timeline.KindCity {
					got = append(got, m.EntityID)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("cities in %q = %q, want %q", tt.text, strings.Join(got, " "), tt.want)
			}
		})
	}
}
