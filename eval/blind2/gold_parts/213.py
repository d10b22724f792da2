D="213_04e793c2f8893e98.txt"
E=[
("visit","2024-10-28",["2024-10-29","2024-10-30"],"occurred",["Emmanuel Macron","FRA","MAR"],"Rabat",False,"في اليوم الثاني من زيارة الدولة التي يقوم بها ماكرون إلى المملكة ... والتي تستمر ثلاثة أيام، إلى غاية يوم غد الأربعاء"),
("meeting","2024-10-28",[],"occurred",["Emmanuel Macron","FRA","Mohammed VI","MAR"],"Rabat",False,"قبل أن يجري العاهل المغربي والرئيس الفرنسي مباحثات على انفراد بالقصر الملكي بالرباط"),
("agreement","2024-10-28",[],"occurred",["Emmanuel Macron","FRA","Mohammed VI","MAR"],"Rabat",False,"وترأس قائدا البلدين عقب ذلك حفل التوقيع على \"إعلان الشراكة الاستثنائية الوطيدة\""),
("agreement","2024-10-28",[],"occurred",["MAR","FRA"],"Rabat",True,"كما ترأسا مراسم التوقيع على 22 اتفاقية"),
("visit","2018-11",[],"occurred",["Emmanuel Macron","FRA","MAR"],"Tangier",False,"وهي أول زيارة للرئيس الفرنسي إلى المغرب منذ نونبر 2018، حين دشن رفقة جلالة الملك بمدينة طنجة"),
("meeting","2018-11",[],"occurred",["Emmanuel Macron","FRA","Mohammed VI","MAR"],"Tangier",True,"حين دشن رفقة جلالة الملك بمدينة طنجة القطار فائق السرعة"),
("visit","2024-02",[],"occurred",["Stéphane Séjourné","FRA","MAR"],"Rabat",False,"بعد زيارة وزير الخارجية الفرنسي الأسبق ستيفان سيجورني إلى الرباط في فبراير الماضي"),
("meeting","2024-02",[],"occurred",["Stéphane Séjourné","FRA","Nasser Bourita","MAR"],"Rabat",True,"حيث التقى نظيره ناصر بوريطة"),
]
