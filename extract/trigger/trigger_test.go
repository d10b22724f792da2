package trigger_test

import (
	"strings"
	"testing"

	"github.com/tl-project/tl/arabic"
	"github.com/tl-project/tl/extract/trigger"
	"github.com/tl-project/tl/timeline"
)

func find(s string) []trigger.Trigger { return trigger.Find(arabic.Tokenize(s)) }

func TestFindTypes(t *testing.T) {
	tests := []struct {
		text string
		want string // "type:word" of each trigger, space separated
	}{
		{"عقد الزعيمان قمة في جنيف", "summit:قمة"},
		{"بعد قمّتهما الأولى", "summit:قمّتهما"},
		{"مؤتمر القمة العربية", "summit:القمة"},
		{"التقى الرئيس نظيره", "meeting:التقى"},
		{"يلتقي الوزيران غداً", "meeting:يلتقي"},
		{"أجرى محادثات مع نظيره", "meeting:محادثات"},
		{"جولة مباحثات في الرياض", "meeting:مباحثات"},
		{"قام بجولة خليجية شملت الرياض والدوحة", "visit:بجولة"},
		{"في إطار جولة إقليمية", ""},
		{"بحث الرئيس مع نظيره الملفات", "meeting:بحث"},
		{"وصل الرئيس الروسي إلى أستانا", "visit:وصل"},
		{"في زيارة رسمية", "visit:زيارة"},
		{"أجرى اتصالاً هاتفياً مع نظيره", "call:اتصالاً هاتفياً"},
		{"خلال مكالمة هاتفية", "call:مكالمة"},
		{"عقدت قمة عبر الفيديو", "summit:قمة call:عبر الفيديو"},
		{"وقّع البلدان اتفاقية تعاون", "agreement:وقّع agreement:اتفاقية"},
		{"مذكرة تفاهم في مجال الطاقة", "agreement:مذكرة تفاهم"},
		{"اتفقا على مواصلة المشاورات", "agreement:اتفقا meeting:المشاورات"},
		{"أكد الرئيس خلال استقباله رئيس الوزراء الهندي", "meeting:استقباله"},
		{"لدى استقبالها وزير الخارجية", "meeting:استقبالها"},
		// Words that are not triggers in context.
		{"الحادث الذي وقع أمس", ""},
		{"وكان في استقباله لدى وصوله ولي العهد", ""},
		{"مراسم استقبال رسمية", ""},
		{"وصل عدد الضحايا", ""},
		{"في أعلى قمة الجبل", ""},
		{"قنوات الاتصال مفتوحة", ""},
		{"بحث ملف الطاقة", ""},
		{"بحث أردوغان وبوتين أمس الملفات", "meeting:بحث"},
		{"إعادة إحياء اتفاق الحبوب", ""},
		{"وبحث ملف الطاقة والتعاون", ""},
		// Returning a visit is a visit; "was stated in" and "replied to" are not.
		{"ورد وزير الخارجية المصري الزيارة إلى أنقرة", "visit:ورد visit:الزيارة"},
		{"ورد في البيان الختامي للزيارة", "visit:للزيارة"},
		{"رد الوزير على أسئلة حول الزيارة", "visit:الزيارة"},
		// A call by the preposition ب of the person reached.
		{"اتصل الرئيس بنظيره الفرنسي", "call:اتصل"},
		{"أجرى الوزير اتصالاً بنظيره التركي", "call:اتصالاً"},
		{"أجرى اتصالاً آخر بالمستشار الألماني", "call:اتصالاً"},
		{"سيتصل بالرئيس الأوكراني", "call:سيتصل"},
		{"القضايا التي تتصل بالأمن الإقليمي", ""},
		{"اتصال بعد الظهر", ""},
		// A session of a supreme council is a summit.
		{"افتتح الأمير أعمال الدورة الـ45 للمجلس الأعلى لمجلس التعاون", "summit:الدورة"},
		{"الدورة العادية الثانية والثلاثين لمجلس الجامعة على مستوى القمة", "summit:الدورة summit:القمة"},
		{"الدورة الرياضية العربية", ""},
		// A session named by its number or ordinal is one of a series.
		{"وافق القادة على عقد الدورة العادية الثالثة والثلاثين في البحرين", "summit:الدورة"},
		{"الدورة غير العادية الثانية", "summit:الدورة"},
		{"الدورة الرياضية الثانية", ""},
		// A handshake between two is a meeting; a handshake alone is not.
		{"وكانت أول مصافحة بين الرئيسين في الدوحة", "meeting:مصافحة"},
		{"مصافحة الزعيمين في الدوحة", "meeting:مصافحة"},
		{"مصافحة حارة", ""},
		// "حلّ" arrives when a guest or a place with ب follows; "لحل" and
		// "إلى حل" are solutions.
		{"حلّ الرئيس التركي ضيفاً على الجزائر", "visit:حلّ"},
		{"وكان الوفد قد حل صباح اليوم بمطار الرباط", "visit:حل"},
		{"التوصل إلى حل سياسي للأزمة بالحوار", ""},
		{"سعياً لحل الأزمة بالطرق السلمية", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, tr := range find(tt.text) {
				got = append(got, tr.Type.String()+":"+tr.Word)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestStatusCues(t *testing.T) {
	tests := []struct {
		text               string
		planned, neg, hypo bool
		cue                string
	}{
		{text: "سيزور الرئيس موسكو", planned: true, cue: "س+يزور"},
		{text: "ستوقع الحكومتان اتفاقية", planned: true},
		{text: "من المقرر أن يلتقي الوزيران", planned: true, cue: "المقرر"},
		{text: "القمة المرتقبة في الرياض", planned: true, cue: "المرتقبه"},
		{text: "التقى الرئيسان أمس"},
		{text: "لم يلتق الرئيسان منذ عام", neg: true},
		{text: "ولم يلتق الرئيسان منذ عام", neg: true},
		{text: "فشل الطرفان في التوصل إلى اتفاق", neg: true},
		{text: "لم تسفر القمة التي جمعتهما عن اتفاق", neg: true},
		{text: "إذا التقى الرئيسان", hypo: true},
		{text: "في حال زار الرئيس المنطقة", hypo: true},
		{text: "توجه إلى موسكو ليلتقي نظيره", hypo: true},
		{text: "دعا بوتين ترامب لزيارة موسكو", hypo: true},
		{text: "انتهت المحادثات دون الإعلان عن اتفاق", neg: true},
		{text: "اختتمت القمة من دون التوصل إلى اتفاق", neg: true},
		{text: "انفض الاجتماع دون إبرام اتفاق", neg: true},
		{text: "أعلن الطرفان عن اتفاق", neg: false},
		{text: "لا سلام حتى يكون هناك اتفاق", hypo: true},
		// What they could have done, however far the event word.
		{text: "كان في وسع الرئيسين الاتفاق، على أقل تقدير، على إطار مفاوضات أو موعد في قمة مجموعة العشرين", hypo: true},
		{text: "وأكد أن بإمكان البلدين في المرحلة الحالية توقيع اتفاقية", hypo: true},
		{text: "حتى الآن وقع الجانبان اتفاقية", neg: false},
		// An imperfect verb after "أن" is intended or expected.
		{text: "رجح ترامب أن يلتقي نظيره الروسي", planned: true, cue: "أن يلتقي"},
		{text: "قرر الرئيس أن يزور موسكو", planned: true, cue: "أن يزور"},
		{text: "وصل إلى بكين قبل أن يلتقي نظيره"},
		{text: "وبعد أن يلتقي الوزيران"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ts := find(tt.text)
			if len(ts) == 0 {
				t.Fatalf("Find(%q) found no trigger", tt.text)
			}
			tr := ts[len(ts)-1]
			if tr.Planned != tt.planned || tr.Negated != tt.neg || tr.Hypothetical != tt.hypo {
				t.Errorf("Find(%q) last = %v: planned %v negated %v hypothetical %v, want %v %v %v",
					tt.text, tr, tr.Planned, tr.Negated, tr.Hypothetical, tt.planned, tt.neg, tt.hypo)
			}
			if tt.cue != "" && tr.Cue != tt.cue {
				t.Errorf("Find(%q) cue = %q, want %q", tt.text, tr.Cue, tt.cue)
			}
		})
	}
	// "لم تسفر قمة" denies the result, not the summit.
	ts := find("لم تسفر القمة التي جمعتهما عن اتفاق")
	if ts[0].Type != timeline.TypeSummit || ts[0].Negated {
		t.Errorf("summit before a negated result verb: %v negated=%v", ts[0], ts[0].Negated)
	}
}

func TestTriggerFlags(t *testing.T) {
	ts := find("القمة انتهت ولقاؤهما كان مفيداً والاتفاقات كثيرة")
	if len(ts) != 3 {
		t.Fatalf("got %v", ts)
	}
	if !ts[0].Definite || ts[0].Possessive {
		t.Errorf("القمة: definite=%v possessive=%v", ts[0].Definite, ts[0].Possessive)
	}
	if ts[1].Definite || !ts[1].Possessive {
		t.Errorf("لقاؤهما: definite=%v possessive=%v", ts[1].Definite, ts[1].Possessive)
	}
	if !ts[2].Plural {
		t.Errorf("الاتفاقات: plural=%v", ts[2].Plural)
	}
	v := find("زار الرئيس موسكو")[0]
	if !v.Verb || !v.Past {
		t.Errorf("زار: verb=%v past=%v", v.Verb, v.Past)
	}
	// Offsets point into the original text.
	text := "وقد عقدت القمّة الثلاثاء"
	tr := trigger.Find(arabic.Tokenize(text))[0]
	if text[tr.Start:tr.End] != tr.Word || tr.Word != "القمّة" {
		t.Errorf("offsets %d:%d = %q, word %q", tr.Start, tr.End, text[tr.Start:tr.End], tr.Word)
	}
}

func TestPlanned(t *testing.T) {
	for text, want := range map[string]bool{
		"سوف يعقد الاجتماع":        true,
		"ستعقد القمة الشهر المقبل": true,
		"عقدت القمة أمس":           false,
		"الاجتماع المقبل":          true,
	} {
		if got := trigger.Planned(arabic.Tokenize(text)); got != want {
			t.Errorf("Planned(%q) = %v, want %v", text, got, want)
		}
	}
}
