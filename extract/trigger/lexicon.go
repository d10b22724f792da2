package trigger

import (
	"strings"

	"github.com/tl-project/tl/timeline"
)

// form is the grammatical form of a lexicon word.
type form uint8

const (
	formNoun      form = iota // a noun ("قمة", "زيارته")
	formPast                  // a past-tense verb ("التقى")
	formImperfect             // a present/imperfect verb ("يلتقي"); with س it is future
	formAdverb                // an adverb of manner ("هاتفياً")
)

// entry is one lexicon word and the conditions under which it announces an
// event.
type entry struct {
	typ   timeline.Type
	lemma string // the dictionary form shown in explanations
	form  form
	// strength is how reliably the word alone announces an event, 0..1.
	strength float64
	// follow lists alternative exact continuations: one of them must
	// follow the word directly (multi-word triggers: "مذكرة تفاهم").
	follow [][]string
	// near lists words of which one must occur within window tokens after
	// the word ("وصل ... إلى", "وقّع ... اتفاقية").
	near   []string
	window int
	// notAfter lists words that cancel the trigger when they come right
	// before it ("أعلى قمة" is a peak).
	notAfter []string
	// onlyAfter lists words of which one must come right before the
	// word ("خلال استقباله": a reception as the setting of a remark).
	onlyAfter []string
	// future marks a form that carries its own future prefix ("ستوقع").
	future bool
	// coordinated requires two coordinated subjects after the verb, a
	// name and a word with و ("بحث أردوغان وبوتين"): the verb then means
	// talks, not research.
	coordinated bool
	// mode marks a manner word ("عبر الفيديو", "هاتفياً") that makes a
	// co-occurring meeting or summit a call.
	mode bool
	// withB requires, within this many tokens after the word, a word
	// carrying the preposition ب ("اتصل بالرئيس", "اتصالاً آخر بنظيره"):
	// the person called.
	withB int
	// tour marks a tour noun: a visit to each of the places listed after
	// its verb of inclusion ("جولة شملت الرياض والدوحة").
	tour bool
	// stopAt lists words that end the search for a near word: "ورد في
	// بيان الزيارة" (was stated in) is no return of the visit.
	stopAt []string
	// returned marks a verb of returning a visit ("ردّ الزيارة"): a visit
	// of its own, the other way round.
	returned bool
	// numbered requires a session number or ordinal after the word
	// ("الدورة الـ44", "الدورة العادية الثالثة والثلاثين").
	numbered bool
	// bare requires the word to carry no proclitic but و or ف: "وحلّ"
	// arrives, "لحل" is a noun of purpose.
	bare bool
	// arrival marks a verb of arrival that is a visit only with a place
	// of arrival after ب ("حلّ بالرياض").
	arrival bool
}

// lexicon maps a normalised word form to its entries.
var lexicon = map[string][]entry{}

// add registers e under each of the normalised forms.
func add(e entry, forms ...string) {
	for _, f := range forms {
		lexicon[f] = append(lexicon[f], e)
	}
}

// pronoun suffixes a noun may carry.
var nounSuffixes = []string{"ه", "ها", "هما", "هم", "ي", "نا"}

// nounForms returns a normalised noun with its dual and suffixed forms. A
// final ه (from ة) becomes ت before a suffix.
func nounForms(base string, plurals ...string) []string {
	out := []string{base}
	stem := base
	if strings.HasSuffix(base, "ه") {
		stem = strings.TrimSuffix(base, "ه") + "ت"
		out = append(out, stem+"ين", stem+"ان", stem+"ا")
	} else {
		out = append(out, base+"ين", base+"ان", base+"ا")
	}
	for _, s := range nounSuffixes {
		out = append(out, stem+s)
	}
	for _, p := range plurals {
		pluralForms[p] = true
		for _, s := range nounSuffixes {
			pluralForms[p+s] = true
		}
		out = append(out, p)
		for _, s := range nounSuffixes {
			out = append(out, p+s)
		}
	}
	return out
}

// pluralForms are the plural forms of trigger nouns ("اتفاقات",
// "لقاءات", "قمم"), with their suffixes. Nouns that are plural in their
// base form ("محادثات") are not listed: they name one event.
var pluralForms = map[string]bool{}

// imperfects are imperfect verb forms that, with a future prefix س, mark a
// planned event even when they are not triggers themselves ("ستعقد").
var imperfects = map[string]bool{}

func init() {
	T := timeline.TypeSummit
	// Summits.
	add(entry{typ: T, lemma: "قمة", strength: 0.9, notAfter: []string{"اعلي", "اعلى", "قمه"}},
		nounForms("قمه", "قمم")...)
	// "الدورة الـ45 للمجلس الأعلى لمجلس التعاون", "الدورة العادية الـ32
	// لمجلس الجامعة على مستوى القمة": a session of an organisation's
	// supreme council is its summit.
	add(entry{typ: T, lemma: "دورة المجلس الأعلى", strength: 0.7, near: []string{"الاعلي", "الاعلى", "القمه"}, window: 8},
		nounForms("دوره")...)
	// "الدورة الـ44 التي عقدت في الدوحة", "عقد الدورة العادية الثالثة
	// والثلاثين في مملكة البحرين": a numbered session is one summit of a
	// series, whose organisation the assembler takes from the latest
	// summit of the section.
	add(entry{typ: T, lemma: "دورة مرقمة", strength: 0.6, numbered: true}, "دوره")

	// Meetings.
	M := timeline.TypeMeeting
	lq := nounForms("لقاء", "لقاءات")
	lq = append(lq, "لقاؤه", "لقاؤها", "لقاؤهما", "لقائه", "لقائها", "لقائهما", "لقائي", "لقاءه", "لقاءا")
	add(entry{typ: M, lemma: "لقاء", strength: 0.8}, lq...)
	add(entry{typ: M, lemma: "اجتماع", strength: 0.8}, nounForms("اجتماع", "اجتماعات")...)
	add(entry{typ: M, lemma: "محادثات", strength: 0.8}, nounForms("محادثات")...)
	add(entry{typ: M, lemma: "مباحثات", strength: 0.8}, nounForms("مباحثات")...)
	add(entry{typ: M, lemma: "مشاورات", strength: 0.6}, nounForms("مشاورات")...)
	add(entry{typ: M, lemma: "التقى", form: formPast, strength: 0.9},
		"التقي", "التقت", "التقيا", "التقتا", "التقوا", "التقاه", "التقاها", "التقيت")
	add(entry{typ: M, lemma: "يلتقي", form: formImperfect, strength: 0.8},
		"يلتقي", "تلتقي", "يلتقيان", "تلتقيان", "يلتقون", "نلتقي", "يلتق", "تلتق", "يلتقيا", "يلتقوا")
	add(entry{typ: M, lemma: "اجتمع", form: formPast, strength: 0.9},
		"اجتمع", "اجتمعت", "اجتمعا", "اجتمعتا", "اجتمعوا")
	add(entry{typ: M, lemma: "يجتمع", form: formImperfect, strength: 0.8},
		"يجتمع", "تجتمع", "يجتمعان", "تجتمعان", "يجتمعون")
	add(entry{typ: M, lemma: "استقبل", form: formPast, strength: 0.7},
		"استقبل", "استقبلت", "استقبلا")
	add(entry{typ: M, lemma: "يستقبل", form: formImperfect, strength: 0.6},
		"يستقبل", "تستقبل")
	// "أكد الرئيس، خلال استقباله رئيس الوزراء الهندي، …", "لدى
	// استقبالها": the host's reception, named as the setting of what he
	// said. Not "وكان في استقباله" (he was the one received) nor
	// "مراسم استقبال".
	add(entry{typ: M, lemma: "خلال استقباله", strength: 0.6, onlyAfter: []string{"خلال", "لدي", "لدى", "اثناء", "عند"}},
		"استقباله", "استقبالها", "استقبالهما")
	add(entry{typ: M, lemma: "بحث مع", form: formPast, strength: 0.6, near: []string{"مع"}, window: 6},
		"بحث", "بحثت")
	add(entry{typ: M, lemma: "بحث X وY", form: formPast, strength: 0.6, coordinated: true}, "بحث", "بحثت")
	add(entry{typ: M, lemma: "بحثا", form: formPast, strength: 0.6}, "بحثا", "بحثتا", "بحثوا")
	add(entry{typ: M, lemma: "يبحثان", form: formImperfect, strength: 0.6},
		"يبحثان", "تبحثان", "يبحثون")
	add(entry{typ: M, lemma: "يبحث مع", form: formImperfect, strength: 0.5, near: []string{"مع"}, window: 6},
		"يبحث", "تبحث")
	add(entry{typ: M, lemma: "صافح", form: formPast, strength: 0.5},
		"صافح", "صافحت", "تصافح", "تصافحا", "تصافحت")
	add(entry{typ: M, lemma: "يصافح", form: formImperfect, strength: 0.5},
		"يصافح", "تصافح", "يتصافحان", "يتصافح")
	// "أول مصافحة بين الرئيسين في الدوحة", "مصافحة الزعيمين": the
	// handshake of a meeting.
	add(entry{typ: M, lemma: "مصافحة", strength: 0.5, near: []string{"بين", "الرئيسين", "الزعيمين", "الجانبين"}, window: 3},
		nounForms("مصافحه")...)

	// Visits.
	V := timeline.TypeVisit
	add(entry{typ: V, lemma: "زيارة", strength: 0.8}, nounForms("زياره", "زيارات")...)
	add(entry{typ: V, lemma: "زار", form: formPast, strength: 0.9},
		"زار", "زارت", "زارا", "زاروا", "زارتا")
	add(entry{typ: V, lemma: "يزور", form: formImperfect, strength: 0.8},
		"يزور", "تزور", "يزوران", "تزوران", "يزورون")
	// The subject between the verb and "إلى" may be a long name with
	// honorifics: "وصل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير
	// البلاد المفدى إلى طهران".
	add(entry{typ: V, lemma: "وصل إلى", form: formPast, strength: 0.7, near: []string{"الي", "الى"}, window: 15},
		"وصل", "وصلت", "وصلا", "وصلوا")
	add(entry{typ: V, lemma: "يصل إلى", form: formImperfect, strength: 0.6, near: []string{"الي", "الى"}, window: 15},
		"يصل", "تصل", "يصلان")
	add(entry{typ: V, lemma: "وصول", strength: 0.5, near: []string{"الي", "الى"}, window: 2},
		nounForms("وصول")...)
	add(entry{typ: V, lemma: "توجه إلى", form: formPast, strength: 0.6, near: []string{"الي", "الى"}, window: 15},
		"توجه", "توجهت", "توجها")
	add(entry{typ: V, lemma: "يتوجه إلى", form: formImperfect, strength: 0.6, near: []string{"الي", "الى"}, window: 15},
		"يتوجه", "تتوجه")
	// "جولة خليجية شملت الرياض والدوحة", "جولة تشمل …", "جولة إقليمية
	// قادته إلى …": a tour, one visit per place its verb lists. The
	// assembler keeps it only when places follow the verb.
	add(entry{typ: V, lemma: "جولة", strength: 0.7, tour: true, near: TourVerbs(), window: 8},
		nounForms("جوله")...)
	// "وردّ شكري الزيارة إلى أنقرة في أبريل": the return visit, by the
	// subject between the verb and its object. "ورد في", "ردّ على" (was
	// stated in, replied to) stop the search.
	returnStops := []string{"في", "علي", "على", "عن"}
	returnObjects := []string{"الزياره", "زيارته", "زيارتها", "زيارتهم", "زيارتهما"}
	add(entry{typ: V, lemma: "ردّ الزيارة", form: formPast, strength: 0.7, near: returnObjects, window: 10,
		stopAt: returnStops, returned: true}, "رد", "ردت")
	add(entry{typ: V, lemma: "يردّ الزيارة", form: formImperfect, strength: 0.6, near: returnObjects, window: 10,
		stopAt: returnStops, returned: true}, "يرد", "ترد")
	add(entry{typ: V, lemma: "حط في", form: formPast, strength: 0.6, near: []string{"في", "رحاله"}, window: 5},
		"حط", "حطت")
	// "حلّ ضيفاً على المغرب", "حلّ الرئيس … بالرياض": arrival. Only the
	// bare verb, not after a word it would be the object of ("إلى حل",
	// "لحل الأزمة", "إيجاد حل سياسي").
	hallForms := []string{"حل", "حلت", "حلا", "حلوا"}
	hallNotAfter := []string{"الي", "الى", "عن", "نحو", "ايجاد", "قبول", "رفض", "طرح", "اقتراح", "مقترح"}
	add(entry{typ: V, lemma: "حلّ ضيفاً", form: formPast, strength: 0.6, bare: true, notAfter: hallNotAfter,
		near: []string{"ضيفا", "ضيف", "ضيوفا"}, window: 12}, hallForms...)
	add(entry{typ: V, lemma: "حلّ ب", form: formPast, strength: 0.55, bare: true, notAfter: hallNotAfter,
		withB: 12, arrival: true}, hallForms...)

	// Calls.
	C := timeline.TypeCall
	hatif := [][]string{{"هاتفي"}, {"هاتفيا"}, {"هاتفيه"}, {"عبر", "الهاتف"}}
	add(entry{typ: C, lemma: "اتصال هاتفي", strength: 0.95, follow: hatif},
		"اتصال", "اتصالا", "اتصالات", "اتصالين", "اتصاله", "اتصالها", "اتصالهما")
	add(entry{typ: C, lemma: "اتصال", strength: 0.6, follow: [][]string{{"مع"}, {"بين"}}},
		"اتصالا", "اتصالهما")
	// "أجرى اتصالاً بالرئيس", "اتصالاً آخر بنظيره": the call by whom it
	// reached; "اتصل بنظيره", "سيتصل بالرئيس".
	add(entry{typ: C, lemma: "اتصال ب", strength: 0.75, withB: 2},
		"اتصال", "اتصالا", "اتصاله", "اتصالها")
	add(entry{typ: C, lemma: "اتصل ب", form: formPast, strength: 0.85, withB: 6},
		"اتصل", "اتصلت", "اتصلا")
	// The imperfect "يتصل ب" is also "relates to": only its future form
	// is a call.
	add(entry{typ: C, lemma: "سيتصل ب", form: formImperfect, strength: 0.8, withB: 6, future: true},
		"سيتصل", "ستتصل", "سيتصلان", "وسيتصل", "وستتصل")
	add(entry{typ: C, lemma: "مكالمة", strength: 0.9}, nounForms("مكالمه", "مكالمات")...)
	add(entry{typ: C, lemma: "محادثة هاتفية", strength: 0.9, follow: [][]string{{"هاتفيه"}, {"هاتفيا"}, {"مرئيه"}, {"عبر", "الفيديو"}}},
		nounForms("محادثه")...)
	add(entry{typ: C, lemma: "هاتفياً", form: formAdverb, strength: 0.7, mode: true}, "هاتفيا")
	add(entry{typ: C, lemma: "عبر الفيديو", form: formAdverb, strength: 0.8, mode: true,
		follow: [][]string{{"الفيديو"}, {"تقنيه", "الفيديو"}, {"الاتصال", "المرئي"}, {"الانترنت"}}}, "عبر")
	add(entry{typ: C, lemma: "اتصال مرئي", form: formAdverb, strength: 0.8, mode: true,
		follow: [][]string{{"مرئي"}, {"مرئيا"}, {"بالفيديو"}, {"عبر", "الفيديو"}, {"عبر", "تقنيه", "الفيديو"}}},
		"اتصال", "اتصالا", "اتصالات")
	add(entry{typ: C, lemma: "افتراضية", form: formAdverb, strength: 0.7, mode: true}, "افتراضيه", "افتراضي", "افتراضيا")

	// Agreements.
	A := timeline.TypeAgreement
	// An existing agreement acted upon ("إحياء اتفاق الحبوب", "تمديد
	// الاتفاقية") is not a new one.
	existing := []string{"احياء", "تمديد", "تنفيذ", "انتهاك", "خرق", "تعليق", "الغاء", "بنود", "شروط",
		"نص", "تجديد", "انهيار", "مصير", "بموجب", "وفق", "وفقا", "اطار"}
	add(entry{typ: A, lemma: "اتفاق", strength: 0.7, notAfter: existing}, nounForms("اتفاق", "اتفاقات")...)
	add(entry{typ: A, lemma: "اتفاقية", strength: 0.8, notAfter: existing}, nounForms("اتفاقيه", "اتفاقيات")...)
	add(entry{typ: A, lemma: "مذكرة تفاهم", strength: 0.9, follow: [][]string{{"تفاهم"}, {"للتفاهم"}, {"التفاهم"}}},
		"مذكره", "مذكرات", "مذكرتي", "مذكرتين", "مذكرتا")
	objects := []string{"علي", "على", "اتفاق", "اتفاقا", "اتفاقيه", "اتفاقيات", "اتفاقات", "مذكره", "مذكرات",
		"وثائق", "وثيقه", "عقد", "عقدا", "عقود", "حزمه", "اعلان", "بيان", "معاهده", "بروتوكول", "خطه", "الاتفاق",
		"الاتفاقيه", "الاتفاقيات", "الاتفاقات", "عده", "مجموعه", "سلسله", "اعلانا", "بيانا", "وثيقتين",
		"مذكرتي", "مذكرتين", "اتفاقيتين", "اتفاقيتي", "اتفاقين", "معاهدات"}
	add(entry{typ: A, lemma: "وقّع", form: formPast, strength: 0.9, near: objects, window: 9,
		notAfter: []string{"الذي", "التي", "ما", "قد"}},
		"وقع", "وقعت", "وقعا", "وقعتا", "وقعوا")
	// A document noun may come far after the verb, past the subjects,
	// place and date: "وقّع الرئيس … في البيت الأبيض يوم 8 غشت إعلاناً".
	strong := []string{"اتفاق", "اتفاقا", "اتفاقيه", "اتفاقيات", "اتفاقات", "مذكره", "مذكرات", "اعلان",
		"اعلانا", "معاهده", "وثيقه", "وثائق", "بروتوكول", "بروتوكولا"}
	add(entry{typ: A, lemma: "وقّع", form: formPast, strength: 0.85, near: strong, window: 20,
		notAfter: []string{"الذي", "التي", "ما", "قد"}},
		"وقع", "وقعت", "وقعا", "وقعتا", "وقعوا")
	add(entry{typ: A, lemma: "يوقّع", form: formImperfect, strength: 0.8, near: objects, window: 6},
		"يوقع", "يوقعان", "توقعان", "يوقعون")
	// "توقع" is also "expected": only its future form "ستوقع" is a signing.
	add(entry{typ: A, lemma: "ستوقّع", form: formImperfect, strength: 0.8, near: objects, window: 6, future: true},
		"ستوقع", "وستوقع")
	add(entry{typ: A, lemma: "توقيع", strength: 0.8, near: objects, window: 3}, nounForms("توقيع")...)
	add(entry{typ: A, lemma: "اتفق", form: formPast, strength: 0.6, near: []string{"علي", "على"}, window: 5},
		"اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا")
	// "اتفق الرئيس … والرئيس …، خلال قمة عقداها أمس في …، على": the
	// object may come after the subjects and a parenthetical; two full
	// names with titles and a clause of time and place run to 30 words.
	add(entry{typ: A, lemma: "اتفق", form: formPast, strength: 0.55, near: []string{"علي", "على"}, window: 32},
		"اتفق", "اتفقت")
	add(entry{typ: A, lemma: "أبرم", form: formPast, strength: 0.8},
		"ابرم", "ابرمت", "ابرما", "ابرموا")

	for w, es := range lexicon {
		for _, e := range es {
			if e.form == formImperfect {
				imperfects[w] = true
			}
		}
	}
	for _, w := range []string{"يعقد", "تعقد", "يجري", "تجري", "يشارك", "تشارك", "يقوم", "تقوم",
		"يوقع", "توقع", "يصدر", "تصدر", "يصدران", "يناقش", "تناقش", "يبحث", "تبحث", "يلتقي",
		"يستضيف", "تستضيف", "ينطلق", "تنطلق", "يتوجه", "يحل", "تحل"} {
		imperfects[w] = true
	}
}

// tourVerbs are the verbs that list a tour's stops: "شملت", "تشمل",
// "قادته إلى".
var tourVerbs = []string{
	"شملت", "تشمل", "ستشمل", "شمل", "يشمل", "سيشمل", "تضمنت", "تتضمن", "ستتضمن",
	"قادته", "قادتها", "قادتهم", "تقوده", "تقودها", "ستقوده", "ستقودها", "قادت", "تقود", "ستقود",
}

// TourVerbs returns the normalised verbs that list the stops of a tour
// after its noun ("جولة … شملت", "جولة … قادته إلى"). The slice is a copy.
func TourVerbs() []string { return append([]string(nil), tourVerbs...) }

// plannedCues are words that announce the future near a trigger.
var plannedCues = map[string]bool{
	"سوف": true, "المقرر": true, "مقرر": true, "المنتظر": true, "ينتظر": true, "يعتزم": true,
	"تعتزم": true, "يعتزمان": true, "المرتقب": true, "المرتقبه": true, "مرتقب": true,
	"مرتقبه": true, "المقبل": true, "المقبله": true, "مقبل": true, "مقبله": true,
	"القادم": true, "القادمه": true, "يتوقع": true, "يرتقب": true, "المزمع": true,
	"مزمع": true, "يزمع": true, "تزمع": true, "يستعد": true, "تستعد": true, "يعتزمون": true,
	"المزمعه": true, "مزمعه": true,
}

// negations cancel a trigger that follows within negWindow tokens.
var negations = map[string]bool{
	"لم": true, "لن": true, "ليس": true, "ليست": true, "عدم": true, "دون": true, "بدون": true,
	"لما": true, "ولا": true, "لا": true,
}

// resultVerbs, negated ("لم تسفر القمة عن اتفاق"), cancel the result
// they introduce rather than the event before them.
var resultVerbs = map[string]bool{
	"تسفر": true, "يسفر": true, "تفض": true, "يفض": true, "تفضي": true, "يفضي": true,
	"تتمخض": true, "يتمخض": true, "تثمر": true, "يثمر": true, "تسفرا": true, "تتوصل": true,
	"يتوصل": true, "يتوصلا": true, "يتوصلوا": true, "تنته": true, "ينته": true,
}

// failures cancel a trigger that follows within FailWindow tokens: "فشل
// في التوصل إلى اتفاق".
var failures = map[string]bool{
	"فشل": true, "فشلت": true, "فشلا": true, "اخفق": true, "اخفقت": true, "اخفقا": true,
	"تعثر": true, "تعثرت": true, "رفض": true, "رفضت": true, "عدم": true, "تعذر": true,
	"استبعد": true, "استبعدت": true, "يستبعد": true, "تستبعد": true, "نفي": true, "نفت": true,
	"ينفي": true, "تنفي": true, "الغي": true, "الغت": true, "الغاء": true, "ارجاء": true, "تاجيل": true,
}

// lightVerbs carry an event noun as their object ("أجرى اتصالاً",
// "عقد لقاءً"): negated, they deny the noun after them.
var lightVerbs = map[string]bool{
	"يجر": true, "يجري": true, "تجر": true, "تجري": true, "يعقد": true, "تعقد": true, "يقم": true,
	"تقم": true, "يقوم": true, "تقوم": true, "يشهد": true, "تشهد": true, "يحدث": true, "تحدث": true,
}

// possibilities say what someone could do or could have done ("كان في
// وسع بوتين وترامب الاتفاق على موعد لقاء", "بإمكان البلدين توقيع
// اتفاق"): no trigger after them in their sentence is reported. Each
// is one word, or the word after "في" ("في وسع", "في إمكان").
var possibilities = map[string]bool{
	"بوسع": true, "بامكان": true, "باستطاعه": true, "بمقدور": true,
}

// possibilitiesAfterIn are the nouns of possibility that follow "في".
var possibilitiesAfterIn = map[string]bool{"وسع": true, "امكان": true, "استطاعه": true, "مقدور": true}

// hypotheticals make a trigger that follows a condition or possibility.
var hypotheticals = map[string]bool{
	"اذا": true, "لو": true, "حال": true, "حاله": true, "لولا": true, "امكانيه": true,
	"احتمال": true, "ربما": true, "توقع": true, "يمكن": true,
	// An invitation is not the visit: "دعا ترامب لزيارة موسكو".
	"دعا": true, "دعت": true, "دعوه": true, "دعاه": true, "دعاها": true, "يدعو": true, "تدعو": true,
	"دعوته": true, "دعوتها": true,
}
