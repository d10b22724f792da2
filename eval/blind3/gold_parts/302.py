D="302_9efbc98849195c82.html"
E=[
("summit","2023-10-21",[],"occurred",["Abdel Fattah el-Sisi","EGY","Abdullah II","JOR","Mahmoud Abbas","PSE","Tamim bin Hamad Al Thani","QAT","Hamad bin Isa Al Khalifa","BHR","Mishal Al-Ahmad Al-Jaber Al-Sabah","KWT","Giorgia Meloni","ITA","Charles Michel","EU","Faisal bin Farhan","SAU","Antonio Guterres","UN"],"New Administrative Capital",False,"استضافت العاصمة الإدارية الجديدة، أمس السبت، أعمال \"قمة القاهرة للسلام\""),
("visit","2023-10-21",[],"occurred",["Abdullah II","JOR","EGY"],"New Administrative Capital",True,"وشارك في القمة العاهل الأردني الملك عبد الله الثاني"),
("visit","2023-10-21",[],"occurred",["Tamim bin Hamad Al Thani","QAT","EGY"],"New Administrative Capital",True,"وأمير قطر الشيخ تميم بن حمد آل ثاني"),
("meeting","2023-10-21",[],"occurred",["Abdel Fattah el-Sisi","EGY"],"New Administrative Capital",True,"وعلى هامش القمة، عقد الرئيس السيسي سلسلة من اللقاءات الثنائية"),
("call","2023-10-18",[],"occurred",["Abdel Fattah el-Sisi","EGY","Joe Biden","USA"],"",False,"خلال الاتصال الهاتفي الذي جرى بين الرئيس السيسي والرئيس الأمريكي جو بايدن يوم الأربعاء الماضي"),
("visit","2023-10-18",[],"occurred",["Joe Biden","USA","ISR"],"ISR",False,"وكان بايدن قد زار إسرائيل الأربعاء"),
("summit","",[],"planned",["Joe Biden","USA","Abdel Fattah el-Sisi","EGY","Abdullah II","JOR","Mahmoud Abbas","PSE"],"Amman",True,"بعد إلغاء قمة رباعية كانت مقررة في عمّان"),
("meeting","2023-10-18",[],"occurred",["Abdel Fattah el-Sisi","EGY","Olaf Scholz","DEU"],"Cairo",False,"كما استقبل الرئيس السيسي يوم الأربعاء ذاته المستشار الألماني أولاف شولتس في القاهرة"),
("visit","",["2023-10-17","2023-10-18"],"occurred",["Olaf Scholz","DEU","ISR"],"ISR",True,"قادماً من إسرائيل"),
("meeting","2023-10-15",[],"occurred",["Abdel Fattah el-Sisi","EGY","Antony Blinken","USA"],"Cairo",False,"بعد أيام من استقباله وزير الخارجية الأمريكي أنتوني بلينكن يوم 15 أكتوبر الجاري"),
("summit","2023-10-26",[],"planned",["EU"],"Brussels",False,"خلال قمتهم في بروكسل يوم الخميس المقبل"),
]
