D="211_546bcb0c1ffa8f5f.txt"
E=[
("meeting","2024-05-30",[],"occurred",["Xi Jinping","CHN","ARAB_LEAGUE","Abdel Fattah el-Sisi","EGY","Hamad bin Isa Al Khalifa","BHR","Mohamed bin Zayed Al Nahyan","ARE","Kais Saied","TUN"],"Beijing",False,"حضر الرئيس الصيني شي جين بينغ صباح يوم الخميس حفل افتتاح الاجتماع الوزاري العاشر لمنتدى التعاون الصيني-العربي"),
("summit","2022-12",[],"occurred",["CHN","ARAB_LEAGUE"],"Riyadh",False,"القمة الصينية-العربية الأولى التي عقدت في الرياض في ديسمبر 2022"),
("summit","2026",[],"planned",["CHN","ARAB_LEAGUE"],"CHN",False,"معلنا أن الصين ستستضيف القمة الصينية-العربية الثانية في عام 2026"),
("meeting","2024-05-29",[],"occurred",["Xi Jinping","CHN","Abdel Fattah el-Sisi","EGY"],"Beijing",False,"وكان شي قد أجرى أمس (الأربعاء) محادثات مع الرئيس السيسي في قاعة الشعب الكبرى"),
("agreement","2024-05-29",[],"occurred",["Xi Jinping","CHN","Abdel Fattah el-Sisi","EGY"],"Beijing",False,"وشهد الرئيسان توقيع عدد من وثائق التعاون"),
("visit","",["2024-05","2024-05-28","2024-05-29","2024-05-30"],"occurred",["Abdel Fattah el-Sisi","EGY","CHN"],"Beijing",True,"الذين يقومون بزيارات دولة إلى الصين"),
("meeting","2024-05-30",[],"occurred",["Xi Jinping","CHN","Mohamed bin Zayed Al Nahyan","ARE"],"Beijing",False,"وفي وقت سابق من اليوم، أجرى شي محادثات مع رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان"),
("visit","2024-05-30",["2024-05-31"],"occurred",["Mohamed bin Zayed Al Nahyan","ARE","CHN"],"Beijing",False,"الذي يقوم بزيارة دولة إلى الصين تستمر يومين"),
("meeting","",["2024-05","2024-05-30","2024-05-31","2024-06-01"],"planned",["Xi Jinping","CHN","Hamad bin Isa Al Khalifa","BHR"],"Beijing",False,"ومن المقرر أن يجري شي محادثات منفصلة مع ملك البحرين حمد بن عيسى آل خليفة"),
("meeting","",["2024-05","2024-05-30","2024-05-31","2024-06-01"],"planned",["Xi Jinping","CHN","Kais Saied","TUN"],"Beijing",False,"والرئيس التونسي قيس سعيد خلال زيارتيهما"),
("visit","",["2024-05","2024-05-30"],"occurred",["Hamad bin Isa Al Khalifa","BHR","CHN"],"Beijing",True,"الذين يقومون بزيارات دولة إلى الصين"),
("visit","",["2024-05","2024-05-30"],"occurred",["Kais Saied","TUN","CHN"],"Beijing",True,"الذين يقومون بزيارات دولة إلى الصين"),
("meeting","2024-05-29",[],"occurred",["Wang Yi","CHN","SAU"],"",True,"وانغ يي يلتقي وزير الخارجية السعودي 2024:05:29"),
("agreement","2024-05-29",[],"occurred",["CHN","EGY"],"",True,"الصين ومصر توقعان اتفاقيات تعاون في مجالات متعددة 2024:05:29"),
]
