D="202_f7a240bb43a74a70.html"
E=[
("summit","2022-07-16",[],"occurred",["GCC","Joe Biden","USA","Mohammed bin Salman","SAU","EGY","JOR","IRQ"],"Jeddah",False,"احتضنت مدينة جدة اليوم السبت \"قمة جدة للأمن والتنمية\""),
("visit","2022-07-15",["2022-07-16"],"occurred",["Joe Biden","USA","SAU"],"Jeddah",False,"وكان الرئيس الأميركي قد وصل إلى جدة مساء أمس الجمعة"),
("meeting","2022-07-15",[],"occurred",["Joe Biden","USA","Salman bin Abdulaziz","SAU"],"Jeddah",True,"حيث استقبله الملك سلمان في قصر السلام"),
("meeting","2022-07-15",[],"occurred",["Joe Biden","USA","Mohammed bin Salman","SAU"],"Jeddah",False,"قبل أن يعقد جلسة مباحثات رسمية مع ولي العهد بحضور وفدي البلدين"),
("agreement","",["2022-07","2022-07-15","2022-07-16"],"occurred",["SAU","USA"],"Jeddah",False,"وشهدت الزيارة التوقيع على 18 اتفاقية ومذكرة تعاون بين حكومتي المملكة والولايات المتحدة"),
("meeting","2022-07-16",[],"occurred",["Joe Biden","USA","Abdel Fattah el-Sisi","EGY"],"Jeddah",False,"وعلى هامش القمة، التقى بايدن صباح اليوم الرئيس المصري عبد الفتاح السيسي"),
("meeting","2022-07-16",[],"occurred",["Joe Biden","USA","Mohamed bin Zayed Al Nahyan","ARE"],"Jeddah",False,"كما اجتمع الرئيس الأميركي مع رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان"),
("visit","",[],"planned",["Mohamed bin Zayed Al Nahyan","ARE","USA"],"USA",True,"ووجه إليه دعوة لزيارة الولايات المتحدة"),
("meeting","2022-07-16",[],"occurred",["Joe Biden","USA","Mustafa al-Kadhimi","IRQ"],"Jeddah",False,"وعقد لقاء ثالثاً مع رئيس الوزراء العراقي مصطفى الكاظمي"),
("visit","2022-07-13",["2022-07-14","2022-07-15"],"occurred",["Joe Biden","USA","ISR"],"ISR",False,"جولة بدأها بايدن الأربعاء الماضي في إسرائيل"),
("agreement","2022-07-14",[],"occurred",["Joe Biden","USA","Yair Lapid","ISR"],"",False,"حيث وقع مع رئيس الوزراء الإسرائيلي يائير لابيد \"إعلان القدس\" للشراكة الاستراتيجية يوم الخميس"),
("meeting","2022-07-14",[],"occurred",["Joe Biden","USA","Yair Lapid","ISR"],"",True,"وقع مع رئيس الوزراء الإسرائيلي يائير لابيد \"إعلان القدس\""),
("meeting","2022-07-15",[],"occurred",["Joe Biden","USA","Mahmoud Abbas","PSE"],"Bethlehem",False,"ثم التقى الرئيس الفلسطيني محمود عباس في بيت لحم صباح الجمعة"),
]
