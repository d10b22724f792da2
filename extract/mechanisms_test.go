package extract_test

import (
	"strings"
	"testing"
)

// TestMechanisms checks the general rules that keep talks, their outcomes
// and their background apart, each with sentences of its own.
func TestMechanisms(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string // brief() of each event, in order
	}{
		// What two sides "agreed" during talks is the talks' outcome.
		{"agreed during a call is the call", "2024-03-06",
			"أجرى الرئيس التركي أمس اتصالاً هاتفياً بنظيره الأذري، واتفقا خلاله على تعزيز التعاون.",
			[]string{
				"call 2024-03-05 occurred [AZE TUR ilham-aliyev recep-tayyip-erdogan] @"}},
		{"agreed after an anaphoric meeting is no accord", "2024-03-06",
			"التقى الرئيس الفرنسي المستشار الألماني في برلين أمس. وقال الجانبان في ختام اللقاء إنهما اتفقا على تنسيق المواقف.",
			[]string{
				"meeting 2024-03-05 occurred [DEU FRA emmanuel-macron olaf-scholz] @berlin"}},
		{"agreed with named parties stands beside the talks", "2024-03-06",
			"اتفق الرئيس الفرنسي والمستشار الألماني، خلال لقاء عقداه أمس في برلين، على تعزيز التعاون الدفاعي.",
			[]string{
				"agreement 2024-03-05 occurred [DEU FRA emmanuel-macron olaf-scholz] @berlin",
				"meeting 2024-03-05 occurred [DEU FRA emmanuel-macron olaf-scholz] @berlin"}},
		// A definite noun with a relative clause that names the parties.
		{"relative clause names the summit's parties", "2023-09-05",
			"قمة سوتشي: تفاهمات جديدة\n\nانتهت أمس القمة التي جمعت الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين في سوتشي.",
			[]string{
				"summit 2023-09-04 occurred [RUS TUR recep-tayyip-erdogan vladimir-putin] @sochi"}},
		{"relative clause names the call's parties", "2025-02-20",
			"وجاءت المحادثات بعد أيام من الاتصال الهاتفي الذي أجراه المستشار الألماني بالرئيس الفرنسي يوم الأحد الماضي.",
			[]string{
				"call 2025-02-16 occurred [DEU FRA emmanuel-macron olaf-scholz] @"}},
		// Delegations "from" countries are parties; the host is the venue.
		{"delegations from two countries", "2025-04-13",
			"عقدت في جنيف أمس محادثات بين وفدين من إيران والولايات المتحدة.",
			[]string{
				"meeting 2025-04-12 occurred [IRN USA] @geneva"}},
		{"the host country is the venue of others' talks", "2025-04-13",
			"استضافت سلطنة عمان، أمس السبت، في مسقط محادثات بين وفدين من إيران والولايات المتحدة.",
			[]string{
				"meeting 2025-04-12 occurred [IRN USA] @muscat"}},
		// Calls.
		{"a call has no venue", "2024-03-06",
			"أجرى الرئيس الفرنسي من قصر الإليزيه في باريس أمس اتصالاً هاتفياً بنظيره الأوكراني.",
			[]string{
				"call 2024-03-05 occurred [FRA UKR emmanuel-macron volodymyr-zelensky] @"}},
		{"a call by the person reached", "2024-03-06",
			"اتصل المستشار الألماني أمس بالرئيس الأمريكي.",
			[]string{
				"call 2024-03-05 occurred [DEU USA joe-biden olaf-scholz] @"}},
		{"an undated meeting of the call's two people is the call", "2021-11-16",
			"عقد الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ، يوم الاثنين، قمة ثنائية في اتصال مرئي استمر أكثر من ثلاث ساعات.\n\nوقال مراقبون إن اللقاء الأخير بين بايدن وشي خفف حدة التوتر بين البلدين.",
			[]string{
				"call 2021-11-15 occurred [CHN USA joe-biden xi-jinping] @"}},
		{"another call to someone else", "2024-03-06",
			"أجرى الرئيس الأمريكي أمس اتصالاً هاتفياً بالرئيس الروسي. وبعد المكالمة مع موسكو، أجرى اتصالاً آخر بالرئيس الأوكراني.",
			[]string{
				"call 2024-03-05 occurred [RUS USA joe-biden vladimir-putin] @",
				"call  occurred [UKR USA joe-biden volodymyr-zelensky] @"}},
		{"a call as the manner of talks", "2024-03-10",
			"بحث الرئيس عبد الفتاح السيسي مع نظيره الفرنسي إيمانويل ماكرون في اتصال هاتفي أمس تطورات الأوضاع في غزة.",
			[]string{
				"call 2024-03-09 occurred [EGY FRA abdel-fattah-el-sisi emmanuel-macron] @"}},
		{"a call as the manner of talks, in a parenthesis", "2024-04-03",
			"بحث بايدن، في اتصال هاتفي أمس، مع الرئيس الصيني العلاقات بين البلدين.",
			[]string{
				"call 2024-04-02 occurred [CHN USA joe-biden xi-jinping] @"}},
		// A clause of place after "حيث" is where and when the clause before was.
		{"a clause after «حيث» takes the date, plan and place of the clause before", "2024-05-05",
			"ومن المقرر أن يشارك الرئيس الصيني غداً الاثنين في منتدى اقتصادي في باريس، حيث يلتقي الرئيس الفرنسي.",
			[]string{
				"meeting 2024-05-06 planned [CHN FRA emmanuel-macron xi-jinping] @paris"}},
		// Separate meetings.
		{"a second meeting in a later clause", "2023-08-24",
			"التقى الرئيس الصيني أمس رئيس الوزراء الهندي، كما اجتمع مع الرئيس البرازيلي.",
			[]string{
				"meeting 2023-08-23 occurred [CHN IND narendra-modi xi-jinping] @",
				"meeting 2023-08-23 occurred [BRA CHN luiz-inacio-lula-da-silva xi-jinping] @"}},
		{"two bilateral meetings", "2023-08-24",
			"عقد الرئيس الصيني أمس لقاءين ثنائيين مع الرئيس البرازيلي ورئيس الوزراء الهندي.",
			[]string{
				"meeting 2023-08-23 occurred [BRA CHN luiz-inacio-lula-da-silva xi-jinping] @",
				"meeting 2023-08-23 occurred [CHN IND narendra-modi xi-jinping] @"}},
		{"bilaterals on the sidelines keep the summit's organisation out", "2023-08-24",
			"التقى الرئيس الصيني أمس على هامش قمة مجموعة بريكس الرئيس البرازيلي ورئيس الوزراء الهندي.",
			[]string{
				"meeting 2023-08-23 occurred [BRA CHN luiz-inacio-lula-da-silva xi-jinping] @",
				"meeting 2023-08-23 occurred [CHN IND narendra-modi xi-jinping] @",
				"summit 2023-08-23 occurred [BRA BRICS CHN IND luiz-inacio-lula-da-silva narendra-modi xi-jinping] @"}},
		{"two summits named by their organisations", "2023-07-20",
			"شارك الرئيس الفرنسي في قمة مجموعة العشرين في الهند وقمة حلف شمال الأطلسي في فيلنيوس.",
			[]string{
				"summit  occurred [FRA G20 IND emmanuel-macron] @IND",
				"summit  occurred [FRA LTU NATO emmanuel-macron] @vilnius"}},
		// Dates.
		{"a summit spans its days", "2024-11-06",
			"تختتم اليوم الأربعاء في باكو أعمال قمة منظمة الدول التركية التي انطلقت الاثنين وتستمر من 4 إلى 6 نوفمبر.",
			[]string{
				"summit 2024-11-04 occurred [AZE OTS] @baku"}},
		{"a month refines a year", "2024-06-01",
			"عقدت قمة مجموعة العشرين لعام 2023 في نيودلهي في سبتمبر من العام الماضي.",
			[]string{
				"summit 2023-09 occurred [G20 IND] @new-delhi"}},
		{"the next day", "2024-05-20",
			"وصل الرئيس الروسي إلى بكين يوم الخميس 16 مايو 2024. وفي اليوم التالي، وقع الرئيسان الروسي والصيني بياناً مشتركاً.",
			[]string{
				"visit 2024-05-16 occurred [CHN RUS vladimir-putin] @beijing",
				"agreement 2024-05-17 occurred [CHN RUS vladimir-putin xi-jinping] @beijing"}},
		{"a since phrase dates no event", "2021-06-17",
			"اختتم الرئيس الأمريكي أول جولة له منذ توليه منصبه في يناير الماضي، وشملت قمة مجموعة السبع في بريطانيا.",
			[]string{
				"summit  occurred [G7 GBR USA joe-biden] @GBR"}},
		// Series of summits.
		{"the previous summit of the series", "2022-11-02",
			"اختتمت في الجزائر أمس القمة العربية. وكانت السعودية قد استضافت القمة السابقة في الظهران في أبريل 2018.",
			[]string{
				"summit 2022-11-01 occurred [ARAB_LEAGUE DZA] @DZA",
				"summit 2018-04 occurred [ARAB_LEAGUE SAU] @dhahran"}},
		{"the organisation's summit of another year", "2024-07-05",
			"انطلقت في أستانا قمة منظمة شنغهاي للتعاون. يذكر أن قمة المنظمة لعام 2022 عقدت في سمرقند في سبتمبر من ذلك العام.",
			[]string{
				"summit  occurred [KAZ SCO] @astana",
				"summit 2022 occurred [SCO UZB] @samarkand"}},
		// Topics, circumstances and clauses.
		{"the topic is neither party nor venue", "2024-03-06",
			"استقبل الرئيس المصري في القاهرة أمس العاهل الأردني لبحث إيصال المساعدات إلى غزة ودعم الشعب الفلسطيني.",
			[]string{
				"meeting 2024-03-05 occurred [EGY JOR abdel-fattah-el-sisi abdullah-ii] @cairo"}},
		{"an arrival as the time of a handshake", "2022-11-15",
			"تصافح الرئيسان الأمريكي والصيني أمس لدى وصولهما إلى القصر الرئاسي في بالي.",
			[]string{
				"meeting 2022-11-14 occurred [CHN USA joe-biden xi-jinping] @bali"}},
		{"a relative clause is about the name before it", "2024-10-24",
			"التقى الرئيس الروسي أمس الأمين العام للأمم المتحدة أنطونيو غوتيريش، الذي وصل إلى موسكو أمس.",
			[]string{
				"meeting 2024-10-23 occurred [RUS UN antonio-guterres vladimir-putin] @moscow",
				"visit 2024-10-23 occurred [RUS UN antonio-guterres] @moscow"}},
		{"a clause of place takes the subject and destination", "2024-06-20",
			"غادر الرئيس الروسي موسكو متجهاً إلى أنقرة، حيث يجري اليوم الخميس محادثات مع نظيره التركي.",
			[]string{
				"meeting 2024-06-20 occurred [RUS TUR recep-tayyip-erdogan vladimir-putin] @ankara"}},
		{"a stop of the trip under way", "2025-04-07",
			"وصل الرئيس الفرنسي إلى القاهرة أمس في زيارة رسمية. ومن المقرر أن يزور ماكرون غداً مستودعات المساعدات المخصصة لقطاع غزة.",
			[]string{
				"visit 2025-04-06 occurred [EGY FRA emmanuel-macron] @cairo",
				"visit 2025-04-08 planned [EGY FRA emmanuel-macron] @"}},
		{"a palace stands in the capital", "2025-04-07",
			"عقد الرئيس المصري أمس مباحثات مع نظيره الفرنسي بقصر الاتحادية.",
			[]string{
				"meeting 2025-04-06 occurred [EGY FRA abdel-fattah-el-sisi emmanuel-macron] @cairo"}},
		{"talks followed by a summit", "2025-04-07",
			"عقد الرئيس المصري أمس جلسة مباحثات مع الرئيس الفرنسي، تلتها قمة ثلاثية مع العاهل الأردني.",
			[]string{
				"meeting 2025-04-06 occurred [EGY FRA abdel-fattah-el-sisi emmanuel-macron] @",
				"summit 2025-04-06 occurred [EGY FRA JOR abdel-fattah-el-sisi abdullah-ii emmanuel-macron] @"}},
		{"a later name of the summit's city", "2021-06-17",
			"عقد الرئيسان الأمريكي والروسي أمس قمتهما الأولى في جنيف. وتأتي قمة جنيف بعد أشهر من التوتر.",
			[]string{
				"summit 2021-06-16 occurred [RUS USA joe-biden vladimir-putin] @geneva"}},
		// An event named after "منذ" is an earlier event with the date
		// after it; the current one keeps its own.
		{"the earlier summit after since", "2023-11-16",
			"عقد الرئيس الأمريكي والرئيس الصيني قمة أمس. وهذا اللقاء هو الأول بين الزعيمين منذ قمتهما في نوفمبر من العام الماضي.",
			[]string{
				"summit 2023-11-15 occurred [CHN USA joe-biden xi-jinping] @",
				"summit 2022-11 occurred [CHN USA joe-biden xi-jinping] @"}},
		{"a since-date without an event noun dates nothing", "2024-05-07",
			"زار الرئيس الصيني فرنسا أمس في أول زيارة له منذ عام 2019.",
			[]string{
				"visit 2024-05-06 occurred [CHN FRA xi-jinping] @FRA"}},
		// A visitor named in the clause with a destination is a whole visit.
		{"a visit's own visitor, not the forum before it", "2023-11-16",
			"وجاءت القمة على هامش منتدى أبيك الذي تستضيفه سان فرانسيسكو، في أول زيارة يقوم بها شي إلى الولايات المتحدة منذ عام 2017.",
			[]string{
				"summit  occurred [APEC USA] @san-francisco",
				"visit  occurred [CHN USA xi-jinping] @USA"}},
		// A bare role is its holder in a country of the event before.
		{"a bare role held in one country of the event before", "2022-12-10",
			"وقع الملك سلمان بن عبدالعزيز والرئيس شي جين بينغ أمس اتفاقية الشراكة، قبل أن يعقد ولي العهد والرئيس الصيني جلسة مباحثات.",
			[]string{
				"agreement 2022-12-09 occurred [CHN SAU salman-bin-abdulaziz xi-jinping] @",
				"meeting 2022-12-09 occurred [CHN SAU mohammed-bin-salman xi-jinping] @"}},
		// A country that will not take part is not a party.
		{"whereas clause keeps its country out", "2024-11-27",
			"ويشارك الرئيس الروسي غداً الخميس في قمة منظمة معاهدة الأمن الجماعي في أستانا، في حين أعلنت أرمينيا أنها لن تشارك في القمة.",
			[]string{
				"summit 2024-11-28 planned [CSTO KAZ RUS vladimir-putin] @astana"}},
		{"tomorrow on the page's own day is still the future", "2024-11-28",
			"ويشارك الرئيس الروسي غداً الخميس في قمة منظمة معاهدة الأمن الجماعي في أستانا.",
			[]string{
				"summit 2024-11-28 planned [CSTO KAZ RUS vladimir-putin] @astana"}},
		// A bare role names the protagonist who holds it.
		{"a bare role is the protagonist named before", "2023-07-19",
			"أجرى رئيس الجمهورية، السيد عبد المجيد تبون، أمس محادثات مع الرئيس الصيني شي جين بينغ.\n\nوكان رئيس الجمهورية قد وصل أول أمس إلى بكين.",
			[]string{
				"meeting 2023-07-18 occurred [CHN DZA abdelmadjid-tebboune xi-jinping] @",
				"visit 2023-07-17 occurred [CHN DZA abdelmadjid-tebboune] @beijing"}},
		{"a bare role never names someone named earlier in its sentence", "2025-03-04",
			"وكان الرئيس الفرنسي إيمانويل ماكرون قد زار بيروت في 17 كانون الثاني الماضي، حيث التقى الرئيس اللبناني.",
			[]string{
				"visit 2025-01-17 occurred [FRA LBN emmanuel-macron] @beirut",
				"meeting 2025-01-17 occurred [FRA LBN emmanuel-macron joseph-aoun] @beirut"}},
		{"a noun after a demonstrative is the event reported", "2023-09-13",
			"التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون اليوم في قاعدة فوستوتشني الفضائية شرقي روسيا.\n\nويعد هذا اللقاء الأول بين بوتين وكيم منذ 4 أعوام، وجاء غداة إعلان الكرملين موعده.",
			[]string{
				"meeting 2023-09-13 occurred [PRK RUS kim-jong-un vladimir-putin] @RUS"}},
		{"'غداة' and a noun counts from that noun's event, not the event before", "2023-09-14",
			"التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في سوتشي يوم الاثنين 4 سبتمبر 2023.\n\nوالتقى بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوتشني الفضائية غداة وصول كيم إلى روسيا على متن قطاره المصفح.",
			[]string{
				"meeting 2023-09-04 occurred [RUS TUR recep-tayyip-erdogan vladimir-putin] @sochi",
				"meeting  occurred [PRK RUS kim-jong-un vladimir-putin] @",
				"visit  occurred [PRK RUS kim-jong-un] @RUS"}},
		// An agency dispatch: its lead event with no date of its own is
		// on the dateline's day, a plan is not.
		{"the dateline dates the dispatch's undated lead event", "2023-10-12",
			"الرياض 11 أكتوبر 2023 (واس) - تلقى ولي العهد السعودي اتصالاً هاتفياً من الرئيس الإيراني إبراهيم رئيسي.",
			[]string{
				"call 2023-10-11 occurred [IRN SAU ebrahim-raisi mohammed-bin-salman] @"}},
		{"the dateline dates no plan", "2023-10-12",
			"الرياض 11 أكتوبر 2023 (واس) - يعتزم ولي العهد السعودي زيارة باريس.",
			[]string{
				"visit  planned [FRA SAU mohammed-bin-salman] @paris"}},
		{"the two presidents are no one person", "2025-10-09",
			"التقى الرئيس الأذري إلهام علييف نظيره الروسي أمس. وكان آخر لقاء بين الرئيسين في أكتوبر من العام الماضي.",
			[]string{
				"meeting 2025-10-08 occurred [AZE RUS ilham-aliyev vladimir-putin] @",
				"meeting 2024-10 occurred [AZE RUS ilham-aliyev vladimir-putin] @"}},
		{"a span after an event of another kind is that event's", "2023-07-19",
			"أجرى الرئيس الجزائري يوم الثلاثاء 18 جويلية 2023 محادثات مع الرئيس الصيني، وذلك في اليوم الثاني من زيارة الدولة التي يقوم بها إلى الصين من 17 إلى 21 جويلية الجاري.",
			[]string{
				"meeting 2023-07-18 occurred [CHN DZA abdelmadjid-tebboune xi-jinping] @",
				"visit 2023-07-17 occurred [CHN DZA abdelmadjid-tebboune] @CHN"}},
		{"a date in another event's relative clause is that event's", "2024-02-14",
			"وبحث رئيس الإمارات محمد بن زايد ورئيس الوزراء الهندي ناريندرا مودي خلال جلسة مباحثات رسمية العلاقات، في ضوء نتائج اتفاقية الشراكة بين البلدين التي وقعت في فبراير 2022.",
			[]string{
				"meeting  occurred [ARE IND mohamed-bin-zayed-al-nahyan narendra-modi] @",
				"agreement 2022-02 occurred [ARE IND mohamed-bin-zayed-al-nahyan narendra-modi] @"}},
		{"the body's first dated report of a headline's summit", "2023-05-19",
			"ولي العهد السعودي يترأس القمة العربية في جدة\n\nافتتح ولي العهد السعودي، اليوم، أعمال القمة العربية في جدة.",
			[]string{
				"summit 2023-05-19 occurred [ARAB_LEAGUE SAU mohammed-bin-salman] @jeddah"}},
		// An article's own dateline is its reference day.
		{"a session named by its ordinal is another summit of the series, its host taking part", "2024-12-02",
			"افتتح أمير الكويت أمس أعمال الدورة الـ45 للمجلس الأعلى لمجلس التعاون في الكويت. ووافق القادة على عقد الدورة السادسة والأربعين في مملكة البحرين العام المقبل.",
			[]string{
				"summit 2024-12-01 occurred [GCC KWT mishal-al-ahmad-al-jaber-al-sabah] @KWT",
				"summit 2025 planned [BHR GCC] @BHR"}},
		{"a numbered round of the talks reported is another meeting of their parties", "2025-04-13",
			"أجرى وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف أمس في مسقط محادثات غير مباشرة بوساطة عمانية. ومن المقرر أن تعقد الجولة المقبلة من المحادثات يوم السبت المقبل.",
			[]string{
				"meeting 2025-04-12 occurred [IRN USA abbas-araghchi steve-witkoff] @muscat",
				"meeting 2025-04-19 planned [IRN USA abbas-araghchi steve-witkoff] @"}},
		{"a dateline before the publication day dates today", "2025-02-04",
			"الرئيس السوري يلتقي ولي العهد السعودي\n2025-02-02\n\nالتقى الرئيس السوري أحمد الشرع اليوم ولي العهد السعودي الأمير محمد بن سلمان في الرياض.",
			[]string{
				"meeting 2025-02-02 occurred [SAU SYR ahmed-al-sharaa mohammed-bin-salman] @riyadh"}},
		{"a dateline with place and agency", "2025-02-04",
			"الرياض 2 فبراير 2025 (واس)\n\nالتقى الرئيس السوري أحمد الشرع اليوم ولي العهد السعودي الأمير محمد بن سلمان في الرياض.",
			[]string{
				"meeting 2025-02-02 occurred [SAU SYR ahmed-al-sharaa mohammed-bin-salman] @riyadh"}},
		// Different people for one party are different talks.
		{"the president's meeting and the secretary's are two", "2024-04-16",
			"التقى رئيس الوزراء العراقي محمد شياع السوداني أمس الرئيس الأمريكي جو بايدن في البيت الأبيض. وخلال الزيارة، عقد السوداني ووزير الخارجية الأمريكي أنتوني بلينكن اجتماعاً في مقر وزارة الخارجية.",
			[]string{
				"meeting 2024-04-15 occurred [IRQ USA joe-biden mohammed-shia-al-sudani] @washington",
				"meeting  occurred [IRQ USA antony-blinken mohammed-shia-al-sudani] @"}},
		{"leaders of some nationalities taking part in the summit reported are no summit of their own", "2023-10-22",
			"استضاف الرئيس عبد الفتاح السيسي أمس في العاصمة الإدارية الجديدة قمة القاهرة للسلام بحضور الأمين العام للأمم المتحدة أنطونيو غوتيريش.\n\nوشارك في القمة عدد من القادة العرب والأوروبيين، من بينهم العاهل الأردني الملك عبد الله الثاني ورئيسة الوزراء الإيطالية جورجيا ميلوني.",
			[]string{
				"summit 2023-10-21 occurred [EGY UN abdel-fattah-el-sisi antonio-guterres] @new-administrative-capital"}},
		{"a numbered summit of the series is another summit", "2024-12-02",
			"افتتح أمير الكويت أمس أعمال القمة الخليجية في الكويت. وتأتي القمة بعد القمة الـ44 التي عقدت في الدوحة في الخامس من ديسمبر 2023.",
			[]string{
				"summit 2024-12-01 occurred [GCC KWT mishal-al-ahmad-al-jaber-al-sabah] @KWT",
				"summit 2023-12-05 occurred [GCC QAT] @doha"}},
		{"a dateline opening the paragraph is not the event's date", "2025-02-12",
			"واشنطن 12 شباط (بترا) - التقى الملك عبدالله الثاني، أمس الثلاثاء، الرئيس الأميركي دونالد ترمب في البيت الأبيض.",
			[]string{
				"meeting 2025-02-11 occurred [JOR USA abdullah-ii donald-trump] @washington"}},
		{"a paragraph dateline is the reference day", "2025-02-14",
			"العقبة 12 شباط (بترا) - التقى الملك عبدالله الثاني اليوم الرئيس الفلسطيني محمود عباس.",
			[]string{
				"meeting 2025-02-12 occurred [JOR PSE abdullah-ii mahmoud-abbas] @"}},
		{"a visit verb in a later clause with its own visitor", "2025-02-04",
			"وزار الرئيس الصيني شي جين بينغ الرياض في ديسمبر 2022، فيما زار الملك سلمان بكين في مارس 2017.",
			[]string{
				"visit 2022-12 occurred [CHN SAU xi-jinping] @riyadh",
				"visit 2017-03 occurred [CHN SAU salman-bin-abdulaziz] @beijing"}},
		{"talks during a visit were in the visit's city", "2023-05-29",
			"وصل السلطان هيثم بن طارق إلى طهران أمس في زيارة رسمية. واستقبل المرشد الإيراني علي خامنئي السلطان هيثم بن طارق.",
			[]string{
				"visit 2023-05-28 occurred [IRN OMN haitham-bin-tariq] @tehran",
				"meeting 2023-05-28 occurred [IRN OMN ali-khamenei haitham-bin-tariq] @tehran"}}, // the day of the one-day visit
		{"the article's own dateline beats the site's date line", "2023-09-14",
			"وكالة أنباء البحرين\nالخميس 14 سبتمبر 2023\n\nواشنطن في 13 سبتمبر / بنا / التقى ولي العهد البحريني سلمان بن حمد آل خليفة اليوم وزير الخارجية الأمريكي أنتوني بلينكن.",
			[]string{
				"meeting 2023-09-13 occurred [BHR USA antony-blinken salman-bin-hamad-al-khalifa] @"}},
		{"a definite noun whose parties follow its adjectives is an event of its own", "2025-04-17",
			"وتأتي الزيارة بعد أسبوع من جولة المحادثات غير المباشرة بين إيران والولايات المتحدة التي استضافتها العاصمة العمانية مسقط يوم السبت الماضي.",
			[]string{
				"meeting 2025-04-12 occurred [IRN USA] @muscat"}},
		{"the first handshake, dated, is an earlier meeting", "2024-02-15",
			"التقى الرئيس التركي رجب طيب أردوغان نظيره المصري عبد الفتاح السيسي أمس في القاهرة. وكانت أول مصافحة بين الرئيسين في العاصمة القطرية الدوحة، على هامش افتتاح بطولة كأس العالم لكرة القدم في 20 نوفمبر 2022.",
			[]string{
				"meeting 2024-02-14 occurred [EGY TUR abdel-fattah-el-sisi recep-tayyip-erdogan] @cairo",
				"meeting 2022-11-20 occurred [EGY TUR abdel-fattah-el-sisi recep-tayyip-erdogan] @doha"}},
		// Heads of delegations named after the talks join them.
		{"heads of the delegations join the talks", "2025-02-19",
			"عقدت في الرياض أمس محادثات بين وفدين من الولايات المتحدة وروسيا. وترأس الوفد الأمريكي وزير الخارجية ماركو روبيو، فيما ترأس الجانب الروسي وزير الخارجية سيرغي لافروف.",
			[]string{
				"meeting 2025-02-18 occurred [RUS USA marco-rubio sergey-lavrov] @riyadh"}},
		{"an expected meeting is planned", "2025-02-19",
			"رجح ترامب أن يلتقي نظيره الروسي في السعودية.",
			[]string{
				"meeting  planned [RUS USA donald-trump vladimir-putin] @SAU"}},
		// Places: the venue, not the topic; the occasion's venue.
		{"the host of an organisation's summit takes part", "2023-11-12",
			"انطلقت أمس في الرياض القمة العربية الإسلامية المشتركة بمشاركة قادة الجامعة العربية ومنظمة التعاون الإسلامي.",
			[]string{
				"summit 2023-11-11 occurred [ARAB_LEAGUE OIC SAU] @riyadh"}},
		{"the host of a multilateral summit named by its city takes part", "2024-07-05",
			"اختتمت أمس قمة أستانا لمنظمة شنغهاي للتعاون بمشاركة الرئيس الصيني والرئيس الروسي ورئيس الوزراء الباكستاني.",
			[]string{
				"summit 2024-07-04 occurred [CHN KAZ PAK RUS SCO shehbaz-sharif vladimir-putin xi-jinping] @astana"}},
		{"a meeting on the summit's sidelines was held where the summit was", "2024-07-04",
			"اختتمت اليوم في أستانا قمة منظمة شنغهاي للتعاون. وكان الرئيس الروسي قد التقى أمس على هامش القمة نظيره التركي.",
			[]string{
				"summit 2024-07-04 occurred [KAZ SCO] @astana",
				"meeting 2024-07-03 occurred [RUS TUR recep-tayyip-erdogan vladimir-putin] @astana"}},
		{"a place after a situation noun is the topic", "2024-02-07",
			"بحث الرئيس المصري أمس مع وزير الخارجية الأمريكي الأوضاع في قطاع غزة.",
			[]string{
				"meeting 2024-02-06 occurred [EGY USA abdel-fattah-el-sisi antony-blinken] @"}},
		{"a place after a topic marker is the topic", "2024-02-07",
			"التقى الرئيس المصري أمس في القاهرة وزير الخارجية الأمريكي، وتباحثا بشأن غزة.",
			[]string{
				"meeting 2024-02-06 occurred [EGY USA abdel-fattah-el-sisi antony-blinken] @cairo"}},
		// A tour is one visit per place its verb lists, on the tour's date.
		{"a tour's stops are visits; a country stop takes the city named after the list", "2022-01-10",
			"قام الرئيس الفرنسي إيمانويل ماكرون في ديسمبر 2021 بجولة خليجية شملت الإمارات وقطر والسعودية، التقى خلالها ولي العهد السعودي في جدة.",
			[]string{
				"visit 2021-12 occurred [ARE FRA emmanuel-macron] @ARE",
				"visit 2021-12 occurred [FRA QAT emmanuel-macron] @QAT",
				"visit 2021-12 occurred [FRA SAU emmanuel-macron] @jeddah",
				"meeting 2021-12 occurred [FRA SAU emmanuel-macron mohammed-bin-salman] @jeddah"}},
		{"a tour that lists no places is no visit", "2024-01-20",
			"وأجرى الرئيس الفرنسي في يناير 2024 جولة شملت لقاءات مع قادة المنطقة.",
			nil},
		// The ministers of a group of states meet as its organisation.
		{"the foreign ministers of the Arab and Islamic states", "2023-11-25",
			"والتقى وزير الخارجية الصيني وانغ يي في بكين يوم 20 نوفمبر 2023 وفداً من وزراء خارجية الدول العربية والإسلامية.",
			[]string{
				"meeting 2023-11-20 occurred [ARAB_LEAGUE CHN OIC wang-yi] @beijing"}},
		{"a prime minister is no body of ministers", "2024-03-06",
			"استقبل رئيس الوزراء العراقي أمس في بغداد وزير الخارجية الإيراني.",
			[]string{
				"meeting 2024-03-05 occurred [IRN IRQ hossein-amir-abdollahian mohammed-shia-al-sudani] @baghdad"}},
		// An event after "بعد أن" beside one of its type is an earlier one;
		// the clause after it goes on with the event reported.
		{"after they had met: an earlier meeting, and the clause after goes on with today's", "2024-07-04",
			"التقى الرئيس الروسي أمس في أستانا نظيره الصيني، بعد أن التقيا في بكين في مايو الماضي، كما التقى الرئيس التركي.",
			[]string{
				"meeting 2024-07-03 occurred [CHN RUS vladimir-putin xi-jinping] @astana",
				"meeting 2024-05 occurred [CHN RUS vladimir-putin xi-jinping] @beijing",
				"meeting 2024-07-03 occurred [RUS TUR recep-tayyip-erdogan vladimir-putin] @astana"}},
		// A later clause that names only whom it was with.
		{"a clause naming only its counterparts takes the subject before", "2023-11-20",
			"ووصل وزير الخارجية الأمريكي أنتوني بلينكن إلى العاصمة الأردنية في 4 نوفمبر 2023، وعقد فيها اجتماعاً مع وزراء خارجية الأردن ومصر والسعودية وقطر والإمارات.",
			[]string{
				"visit 2023-11-04 occurred [JOR USA antony-blinken] @amman",
				"meeting 2023-11-04 occurred [ARE EGY JOR QAT SAU USA antony-blinken ayman-safadi] @amman"}},
		// Bare "عمان" is Oman unless the text says Amman: a shadda, or
		// Jordan named in the sentence or its section and Oman not.
		{"عمّان with a shadda is Amman", "2023-11-05",
			"وصل وزير الخارجية الأمريكي أنتوني بلينكن أمس إلى عمّان.",
			[]string{
				"visit 2023-11-04 occurred [JOR USA antony-blinken] @amman"}},
		{"عمان in a sentence naming the Jordanian king is Amman", "2023-10-26",
			"استقبل العاهل الأردني الملك عبدالله الثاني في عمان أمس الرئيس الفرنسي إيمانويل ماكرون.",
			[]string{
				"meeting 2023-10-25 occurred [FRA JOR abdullah-ii emmanuel-macron] @amman"}},
		{"عمان in a section naming the Jordanian king is Amman", "2023-10-26",
			"وصل الرئيس الفرنسي إيمانويل ماكرون أمس إلى عمان. ويلتقي ماكرون خلال الزيارة العاهل الأردني.",
			[]string{
				"visit 2023-10-25 occurred [FRA JOR emmanuel-macron] @amman",
				"meeting 2023-10-25 occurred [FRA JOR abdullah-ii emmanuel-macron] @amman"}},
		{"عمان in a sentence naming the Sultan is Oman", "2023-05-30",
			"وصل الرئيس الإيراني إبراهيم رئيسي أمس إلى عمان في زيارة يلتقي خلالها السلطان هيثم بن طارق.",
			[]string{
				"visit 2023-05-29 occurred [IRN OMN ebrahim-raisi] @OMN",
				"meeting 2023-05-29 occurred [IRN OMN ebrahim-raisi haitham-bin-tariq] @OMN"}},
		{"bare عمان with no cue is Oman", "2023-05-30",
			"وصل الرئيس الإيراني إبراهيم رئيسي أمس إلى عمان.",
			[]string{
				"visit 2023-05-29 occurred [IRN OMN ebrahim-raisi] @OMN"}},
		// A palace in a capital is a venue in that capital.
		{"a palace in a capital gives the capital", "2023-09-11",
			"عقد رئيس الوزراء الهندي ناريندرا مودي أمس محادثات مع ولي العهد السعودي الأمير محمد بن سلمان في قصر حيدر آباد.",
			[]string{
				"meeting 2023-09-10 occurred [IND SAU mohammed-bin-salman narendra-modi] @new-delhi"}},
		// Signings named by the noun of the act.
		{"the signing noun with its object is a first mention", "2023-03-22",
			"وشهد الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين أمس في موسكو التوقيع على بيان مشترك بشأن تعميق الشراكة بين البلدين.",
			[]string{
				"agreement 2023-03-21 occurred [CHN RUS vladimir-putin xi-jinping] @moscow"}},
		{"an impersonal signing after talks is the talks' countries'", "2025-05-14",
			"عقد ولي العهد السعودي الأمير محمد بن سلمان والرئيس الأمريكي دونالد ترامب أمس في الرياض جلسة مباحثات.\n\nوبعد ذلك تم توقيع عدد من الاتفاقيات بين المملكة والولايات المتحدة.",
			[]string{
				"meeting 2025-05-13 occurred [SAU USA donald-trump mohammed-bin-salman] @riyadh",
				"agreement 2025-05-13 occurred [SAU USA] @riyadh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.published, tt.text)
			var got []string
			for _, e := range res.Events {
				got = append(got, brief(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
