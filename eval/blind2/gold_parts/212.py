D="212_2fd46b2bc8354a8e.txt"
E=[
("meeting","2023-12-07",[],"occurred",["Vladimir Putin","RUS","Ebrahim Raisi","IRN"],"Moscow",False,"أجرى الرئيس الروسي، فلاديمير بوتين، اليوم الخميس، محادثات في الكرملين مع نظيره الإيراني، إبراهيم رئيسي"),
("visit","2023-12-07",[],"occurred",["Ebrahim Raisi","IRN","RUS"],"Moscow",False,"الذي يزور موسكو في زيارة عمل"),
("visit","2023-12-06",[],"occurred",["Vladimir Putin","RUS","ARE"],"Abu Dhabi",False,"وكان بوتين قد زار أمس الأربعاء العاصمة الإماراتية أبوظبي"),
("meeting","2023-12-06",[],"occurred",["Vladimir Putin","RUS","Mohamed bin Zayed Al Nahyan","ARE"],"Abu Dhabi",False,"حيث استقبله رئيس الدولة الشيخ محمد بن زايد آل نهيان في قصر الوطن"),
("visit","2023-12-06",[],"occurred",["Vladimir Putin","RUS","SAU"],"Riyadh",False,"ثم توجه مساء اليوم نفسه إلى الرياض"),
("meeting","2023-12-06",[],"occurred",["Vladimir Putin","RUS","Mohammed bin Salman","SAU"],"Riyadh",False,"وأجرى محادثات مع ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان"),
("agreement","2023-12-06",[],"occurred",["RUS","SAU"],"Riyadh",True,"وأشار بيان مشترك صدر في ختام الزيارة"),
("visit","",[],"planned",["Mohammed bin Salman","SAU","RUS"],"Moscow",True,"\"اللقاء المقبل يجب أن يكون في موسكو\""),
("visit","2019-10",[],"occurred",["Vladimir Putin","RUS","SAU"],"Riyadh",False,"منذ تشرين الأول/أكتوبر 2019، حين زار الرياض وأبوظبي على التوالي"),
("visit","2019-10",[],"occurred",["Vladimir Putin","RUS","ARE"],"Abu Dhabi",False,"منذ تشرين الأول/أكتوبر 2019، حين زار الرياض وأبوظبي على التوالي"),
("meeting","2023-11-30",[],"occurred",["OPEC"],"",False,"خلال اجتماعها الافتراضي في 30 تشرين الثاني/نوفمبر"),
("agreement","2023-11-30",[],"occurred",["OPEC"],"",True,"في الاتفاق الذي توصلت إليه المجموعة ... على تخفيضات طوعية إضافية لإنتاج النفط"),
("visit","2023-11-11",[],"occurred",["Ebrahim Raisi","IRN","SAU"],"Riyadh",False,"بعد أقل من شهر على زيارة رئيسي إلى الرياض في 11 تشرين الثاني/نوفمبر"),
("summit","2023-11-11",[],"occurred",["ARAB_LEAGUE","OIC","Ebrahim Raisi","IRN"],"Riyadh",False,"للمشاركة في القمة العربية الإسلامية المشتركة غير العادية بشأن غزة"),
("call","2023-10-11",[],"occurred",["Ebrahim Raisi","IRN","Mohammed bin Salman","SAU"],"",False,"وكان قد أجرى قبلها، في 11 تشرين الأول/أكتوبر، أول اتصال هاتفي مع ولي العهد السعودي"),
]
