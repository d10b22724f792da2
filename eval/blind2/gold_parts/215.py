D="215_60e383138ef18322.txt"
E=[
("agreement","2024-03-17",[],"occurred",["Abdel Fattah el-Sisi","EGY","EU","Ursula von der Leyen"],"Cairo",False,"شهد الرئيس عبد الفتاح السيسى، اليوم الأحد، بقصر الاتحادية، مراسم التوقيع على الإعلان المشترك بشأن الشراكة الاستراتيجية والشاملة"),
("summit","2024-03-17",[],"occurred",["Abdel Fattah el-Sisi","EGY","EU","Giorgia Meloni","ITA","Kyriakos Mitsotakis","GRC","Nikos Christodoulides","CYP","Alexander De Croo","BEL","Karl Nehammer","AUT"],"Cairo",False,"بأن السيد الرئيس عقد قمة مع القادة الأوروبيين"),
("meeting","2024-03-17",[],"occurred",["Abdel Fattah el-Sisi","EGY","Giorgia Meloni","ITA"],"Cairo",False,"كما استقبل الرئيس السيسى، على هامش القمة، رئيسة الوزراء الإيطالية جورجيا ميلونى"),
("visit","2024-03-17",[],"occurred",["Ursula von der Leyen","EU","EGY"],"Cairo",True,"بالصور.. وصول رئيسة المفوضية الأوروبية إلى القاهرة"),
("visit","2022-06-15",[],"occurred",["Ursula von der Leyen","EU","EGY"],"Cairo",False,"مستذكرة زيارتها السابقة للقاهرة فى ١٥ يونيو ٢٠٢٢"),
("agreement","2022-06-15",[],"occurred",["EGY","EU","ISR"],"Cairo",False,"التى شهدت توقيع مذكرة التفاهم الثلاثية بين مصر والاتحاد الأوروبى وإسرائيل بشأن تصدير الغاز الطبيعى"),
("agreement","2001",[],"occurred",["EGY","EU"],"",True,"اتفاقية المشاركة بين مصر والاتحاد الأوروبى، الموقعة عام ٢٠٠١"),
]
