package temporal

import "strings"

// monthEntry is one spelling of a month name: its first word (looked up
// with clitics stripped) and, for two-word names, its second word.
type monthEntry struct {
	next  string // normalised second word, "" for a one-word name
	month int
	hijri bool
	// weak names are also ordinary words ("مارس" practised, "آب" father,
	// "صفر" zero, "رجب" and "رمضان" given names); they count as a month
	// only beside a day, a year, "شهر" or another month name.
	weak bool
}

var monthNames = map[string][]monthEntry{}

func addMonths(hijri bool, weak bool, month int, names ...string) {
	for _, n := range names {
		first, second, _ := strings.Cut(n, " ")
		e := monthEntry{next: normalize(second), month: month, hijri: hijri, weak: weak}
		k := normalize(first)
		monthNames[k] = append(monthNames[k], e)
	}
}

func init() {
	g := func(m int, names ...string) { addMonths(false, false, m, names...) }
	gw := func(m int, names ...string) { addMonths(false, true, m, names...) }
	// Egyptian/Gulf transliterations, Maghreb (French-derived in Algeria and
	// Tunisia, Spanish-derived in Morocco) and Levantine/Iraqi (Syriac) names.
	g(1, "يناير", "جانفي", "كانون الثاني", "كانون ثاني", "ينايِر")
	g(2, "فبراير", "فبرايِر", "فيفري", "شباط", "فبرير")
	gw(3, "مارس")
	g(3, "آذار")
	g(4, "أبريل", "إبريل", "ابريل", "أفريل", "افريل", "نيسان", "أبرِيل")
	g(5, "مايو", "أيار")
	gw(5, "ماي")
	g(6, "يونيو", "يونيه", "جوان", "حزيران")
	g(7, "يوليو", "يوليه", "يوليوز", "جويلية", "جويلة", "تموز")
	g(8, "أغسطس", "اغسطس", "أغسطُس", "غشت", "أوت", "اوت")
	gw(8, "آب")
	g(9, "سبتمبر", "سيبتمبر", "شتنبر", "أيلول")
	g(10, "أكتوبر", "اكتوبر", "أكتوبـر", "تشرين الأول", "تشرين أول")
	g(11, "نوفمبر", "نونبر", "نوفنبر", "تشرين الثاني", "تشرين ثاني")
	g(12, "ديسمبر", "دجنبر", "ديسنبر", "كانون الأول", "كانون أول")

	// Hijri months are all weak: several are given names or common words.
	h := func(m int, names ...string) { addMonths(true, true, m, names...) }
	h(1, "محرم")
	h(2, "صفر")
	h(3, "ربيع الأول", "ربيع أول")
	h(4, "ربيع الآخر", "ربيع الثاني", "ربيع ثاني")
	h(5, "جمادى الأولى", "جمادى الأول", "جمادى أولى")
	h(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى ثانية")
	h(7, "رجب")
	h(8, "شعبان")
	h(9, "رمضان")
	h(10, "شوال")
	h(11, "ذو القعدة", "ذي القعدة", "ذا القعدة")
	h(12, "ذو الحجة", "ذي الحجة", "ذا الحجة")
}

// words builds a normalised word set.
func words(ws ...string) map[string]int {
	m := make(map[string]int, len(ws))
	for _, w := range ws {
		m[normalize(w)] = 1
	}
	return m
}

// valued builds a normalised word → value table from alternating pairs.
func valued(pairs map[string]int) map[string]int {
	m := make(map[string]int, len(pairs))
	for w, v := range pairs {
		m[normalize(w)] = v
	}
	return m
}

var (
	// weekdays map to time.Weekday values.
	weekdays = valued(map[string]int{
		"الأحد": 0, "الاحد": 0,
		"الاثنين": 1, "الإثنين": 1, "الأثنين": 1,
		"الثلاثاء": 2, "الثلاثا": 2,
		"الأربعاء": 3, "الاربعاء": 3, "الأربعا": 3,
		"الخميس": 4,
		"الجمعة": 5,
		"السبت":  6,
	})

	// dayParts precede a weekday or "أمس"/"اليوم": "مساء الأربعاء".
	dayParts = words("يوم", "صباح", "مساء", "ليلة", "ليل", "ظهر", "عصر", "فجر", "نهار", "صبيحة", "ظهيرة", "عشية", "ضحى")

	// anchors are the days named relative to the reference day.
	anchors = valued(map[string]int{
		"اليوم": 0, "الليلة": 0,
		"أمس": -1, "الأمس": -1, "البارحة": -1, "بالأمس": -1,
		"غدا": 1, "غداً": 1, "الغد": 1,
	})

	// pastMods, futureMods and currentMods follow a month, weekday or unit.
	pastMods    = words("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي", "المنقضية", "السابق", "السابقة")
	futureMods  = words("المقبل", "المقبلة", "القادم", "القادمة", "الآتي", "الآتية")
	currentMods = words("الجاري", "الجارية", "الحالي", "الحالية")

	// ordinalUnits are the first word of a day ordinal; ordinalTens
	// complete it ("الحادي" + "والعشرين") or stand alone ("العشرين").
	ordinalUnits = valued(map[string]int{
		"الأول": 1, "الحادي": 1, "الواحد": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4,
		"الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9,
	})
	ordinalTens = valued(map[string]int{
		"العاشر": 10, "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30,
	})
	ordinalTeen  = words("عشر", "عشرة")
	ordinalTwnty = valued(map[string]int{"والعشرين": 20, "والعشرون": 20, "والثلاثين": 30, "والثلاثون": 30})

	// cardinals for "منذ ثلاثة أيام".
	cardinals = valued(map[string]int{
		"واحد": 1, "واحدة": 1, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5,
		"ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8,
		"تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
	})

	// units of time: value is the unit; plural/singular and dual forms.
	unitDay, unitWeek, unitMonth, unitYear = 1, 2, 3, 4
	timeUnits                              = valued(map[string]int{
		"يوم": 1, "أيام": 1, "يوما": 1, "يوماً": 1,
		"أسبوع": 2, "أسابيع": 2, "أسبوعا": 2, "اسبوع": 2,
		"شهر": 3, "أشهر": 3, "شهور": 3, "شهرا": 3,
		"عام": 4, "أعوام": 4, "عاما": 4, "سنة": 4, "سنوات": 4, "سنين": 4, "سنه": 4,
	})
	dualUnits = valued(map[string]int{
		"يومين": 1, "يومان": 1, "أسبوعين": 2, "أسبوعان": 2, "شهرين": 3, "شهران": 3,
		"عامين": 4, "عامان": 4, "سنتين": 4, "سنتان": 4,
	})
	// hourUnits are durations finer than a day: never dates.
	hourUnits = words("ساعة", "ساعات", "ساعتين", "دقيقة", "دقائق", "ثانية", "ثوان", "ثواني")

	// quantityUnits follow a number that is an amount, not a date.
	quantityUnits = words(
		"%", "بالمائة", "بالمئة", "كيلومتر", "كيلومترا", "كيلومترات", "كم", "كلم", "متر", "مترا", "أمتار", "ميل", "أميال",
		"كيلوغرام", "كغ", "كيلو", "طن", "أطنان", "برميل", "براميل", "مليار", "مليارات", "مليون", "ملايين", "ألف", "آلاف", "تريليون",
		"دولار", "دولارا", "دولارات", "يورو", "روبل", "جنيه", "ريال", "درهم", "دينار", "ليرة", "يوان", "ين", "روبية",
		"شخص", "شخصا", "أشخاص", "جندي", "جنديا", "جنود", "قتيل", "قتيلا", "قتلى", "جريح", "جرحى", "دولة", "دول",
		"مرة", "مرات", "نقطة", "نقاط", "صاروخ", "صاروخا", "صواريخ", "طائرة", "طائرات", "مسيرة", "مسيرات", "عضوا", "عضو", "أعضاء",
		"مشروع", "مشروعا", "اتفاقية", "اتفاقيات", "وثيقة", "وثائق", "مذكرة", "مذكرات", "بند", "بندا", "ميغاواط", "غيغاواط", "درجة", "درجات",
		"لاجئ", "لاجئا", "لاجئين", "أسير", "أسرى", "رهينة", "رهائن", "مواطن", "مواطنا", "سفينة", "سفن", "شاحنة", "شاحنات",
	)
	// percentWords: "في المائة".
	percentWords = words("المائة", "المئة")

	// planWords name a plan, vision or budget whose year is not an event date.
	planWords = words("خطة", "رؤية", "استراتيجية", "إستراتيجية", "الاستراتيجية", "الإستراتيجية", "موازنة", "ميزانية",
		"أجندة", "اجندة", "مخطط", "برنامج", "الخطة", "الرؤية", "الموازنة", "الميزانية", "الأجندة", "مئوية", "هدف", "أهداف")

	// sinceWords introduce a starting point; deadlineWords an end bound.
	sinceWords    = words("منذ", "مُنذ")
	deadlineWords = words("حتى", "بحلول", "لغاية", "لحين", "قبل")

	// durationWords introduce a duration: "لمدة 3 سنوات".
	durationWords = words("لمدة", "مدة", "مدته", "مدتها", "خلال", "طوال", "طيلة", "لفترة")

	// yearWords introduce a year number: "عام 2011", "سنة 2011".
	yearWords  = words("عام", "العام", "سنة", "السنة", "لعام", "للعام", "لسنة", "للسنة")
	yearsWords = words("عامي", "سنتي", "العامين")
	// weekWords, monthWords and yearUnitWords are the units of "الشهر الماضي".
	weekWords     = words("الأسبوع", "الاسبوع", "أسبوع")
	monthWords    = words("الشهر")
	yearUnitWords = words("العام", "السنة")
	thisWords     = words("هذا", "هذه")

	// partWords narrow a month or a year: early, middle, late.
	partWords = valued(map[string]int{
		"مطلع": 1, "أوائل": 1, "بداية": 1, "بدايات": 1, "مستهل": 1, "أول": 1, "مطالع": 1, "أولى": 1,
		"منتصف": 2, "أواسط": 2, "وسط": 2,
		"أواخر": 3, "نهاية": 3, "نهايات": 3, "آخر": 3, "ختام": 3, "أخريات": 3,
	})

	// rangeLead introduces a range; rangeSep separates its two ends.
	rangeLead = words("يومي", "أيام", "بين", "من", "ما", "الفترة", "فترة", "خلال")
	rangeSep  = words("و", "إلى", "الى", "حتى", "وحتى", "لغاية", "ولغاية", "وإلى", "إلي", "-", "لـ")

	hijriMarks     = words("هـ", "ه", "هجري", "هجرية", "للهجرة", "هجريا")
	gregorianMarks = words("م", "ميلادي", "ميلادية", "للميلاد", "ميلاديا")
	agreeWords     = words("الموافق", "الموافقة", "الموافقين", "ويوافق", "يوافق", "والموافق")

	anniversaryWords = words("الذكرى", "ذكرى", "بالذكرى", "العيد", "اليوبيل")
	ageWords         = words("عمر", "العمر", "عمره", "عمرها", "سن", "السن", "البالغ", "البالغة", "ناهز", "يناهز", "عمري")
	hourWords        = words("الساعة", "الساعه", "ساعة", "تمام")
	clockParts       = words("صباحا", "صباحاً", "مساء", "مساءً", "ظهرا", "ظهراً", "فجرا", "ليلا", "عصرا", "بتوقيت", "ص", "م")
	refNounWords     = words("القرار", "قرار", "رقم", "المادة", "الفقرة", "البند", "الفصل", "الصفحة", "العدد")
	prayerWords      = words("صلاة", "خطبة", "صلاه", "خطبه", "جمعة")
	weekdayBlockers  = words("بين", "كلا", "كلتا", "هذين")
	nameWords        = words("ثورة", "مدينة", "جامعة", "ميدان", "جسر", "كوبري", "شارع", "حرب", "أحداث", "هجمات", "انتفاضة", "حركة", "تفجيرات", "مجزرة")
	borderWords      = words("حدود", "خطوط", "خط")
	coverWords       = words("للفترة", "للأعوام", "للسنوات")
	halfWords        = words("النصف")
	ghurraWords      = words("غرة")
	followingWords   = words("التالي", "التالية", "الموالي", "الموالية", "اللاحق", "اللاحقة")
	lastWords        = words("الأخير", "الاخير")
	femOrdinalValues = valued(map[string]int{"الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5})
	laterEarlier     = valued(map[string]int{"سابق": -1, "لاحق": 1})
)
