D="216_320e01b26a87eefe.txt"
E=[
("agreement","2024-10-15",[],"occurred",["Abdel Fattah el-Sisi","EGY","Mohammed bin Salman","SAU"],"Cairo",False,"وقّع الرئيس عبد الفتاح السيسي، وصاحب السمو الملكي الأمير محمد بن سلمان ... مساء الثلاثاء، على بروتوكول تشكيل مجلس التنسيق الأعلى المصري السعودي"),
("visit","2024-10-15",[],"occurred",["Mohammed bin Salman","SAU","EGY"],"Cairo",False,"وذلك خلال زيارة ولي العهد السعودي إلى القاهرة"),
("meeting","2024-10-15",[],"occurred",["Abdel Fattah el-Sisi","EGY","Mohammed bin Salman","SAU"],"Cairo",False,"قبل أن يعقد الجانبان جلسة مباحثات ثنائية، أعقبتها مباحثات موسعة بحضور وفدي البلدين"),
("visit","2022-06",[],"occurred",["Mohammed bin Salman","SAU","EGY"],"EGY",False,"وتعد هذه أول زيارة لولي العهد السعودي إلى مصر منذ يونيو 2022"),
("visit","2023-11",[],"occurred",["Abdel Fattah el-Sisi","EGY","SAU"],"Riyadh",False,"الرئيس السيسي كان قد زار الرياض في نوفمبر من العام الماضي"),
("summit","2023-11",[],"occurred",["ARAB_LEAGUE","OIC","EGY"],"Riyadh",False,"للمشاركة في القمة العربية الإسلامية المشتركة غير العادية بشأن غزة"),
("meeting","2024-09-04",[],"occurred",["Abdel Fattah el-Sisi","EGY","Recep Tayyip Erdogan","TUR"],"Ankara",False,"ترأس الرئيس عبد الفتاح السيسي ونظيره التركي رجب طيب أردوغان، أمس الأربعاء، في العاصمة التركية أنقرة، الاجتماع الأول لمجلس التعاون الاستراتيجي رفيع المستوى"),
("visit","2024-09-04",[],"occurred",["Abdel Fattah el-Sisi","EGY","TUR"],"Ankara",False,"وذلك خلال أول زيارة لرئيس مصري إلى تركيا منذ 12 عاما"),
("meeting","2024-09-04",[],"occurred",["Abdel Fattah el-Sisi","EGY","Recep Tayyip Erdogan","TUR"],"Ankara",True,"وعقد الرئيسان جلسة مباحثات مغلقة"),
("agreement","2024-09-04",[],"occurred",["EGY","TUR"],"Ankara",False,"ووقّع البلدان على هامش الزيارة عددا من مذكرات التفاهم"),
("visit","2024-02-14",[],"occurred",["Recep Tayyip Erdogan","TUR","EGY"],"Cairo",False,"بعد نحو سبعة أشهر من زيارة أردوغان إلى القاهرة في 14 فبراير الماضي"),
]
