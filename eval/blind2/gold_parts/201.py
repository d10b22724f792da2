D="201_ea327b67871faadc.txt"
E=[
("summit","2023-05-19",[],"occurred",["ARAB_LEAGUE","Mohammed bin Salman","SAU","Bashar al-Assad","SYR"],"Jeddah",False,"انطلقت اليوم الجمعة 29 شوال 1444هـ الموافق 19 مايو/أيار 2023 في مدينة جدة ... أعمال القمة العربية الثانية والثلاثين"),
("meeting","2023-05-19",[],"occurred",["Mohammed bin Salman","SAU","Bashar al-Assad","SYR"],"Jeddah",True,"واستقبل ولي العهد السعودي الأسد لدى وصوله إلى مقر القمة، وتبادل الرجلان المصافحة"),
("meeting","2023-05-19",[],"occurred",["Volodymyr Zelensky","UKR","Mohammed bin Salman","SAU"],"Jeddah",False,"إنه التقى ولي العهد السعودي على هامش القمة"),
("visit","2023-05-19",[],"occurred",["Volodymyr Zelensky","UKR","SAU"],"Jeddah",True,"حضر الرئيس الأوكراني فولوديمير زيلينسكي إلى جدة"),
("summit","",["2023-05","2023-05-19","2023-05-20","2023-05-21"],"occurred",["G7"],"Hiroshima",True,"للمشاركة في قمة مجموعة السبع المنعقدة هناك"),
("meeting","2023-05-07",[],"occurred",["ARAB_LEAGUE"],"Cairo",False,"ففي السابع من مايو/أيار الجاري قرر وزراء الخارجية العرب، في اجتماع طارئ عقدوه بمقر الجامعة في القاهرة"),
("visit","2023-04-18",[],"occurred",["Faisal bin Farhan","SAU","Bashar al-Assad","SYR"],"Damascus",False,"زار وزير الخارجية السعودي الأمير فيصل بن فرحان دمشق في 18 أبريل/نيسان الماضي"),
("meeting","2023-04-18",[],"occurred",["Faisal bin Farhan","SAU","Bashar al-Assad","SYR"],"Damascus",True,"حيث التقى الأسد"),
("visit","2023-03",[],"occurred",["Bashar al-Assad","SYR","Mohamed bin Zayed Al Nahyan","ARE"],"Abu Dhabi",False,"كما زار الأسد الإمارات في مارس/آذار الماضي"),
("meeting","2023-03",[],"occurred",["Bashar al-Assad","SYR","Mohamed bin Zayed Al Nahyan","ARE"],"Abu Dhabi",True,"والتقى رئيسها الشيخ محمد بن زايد آل نهيان في أبو ظبي"),
("visit","2023-02",[],"occurred",["Bashar al-Assad","SYR","Haitham bin Tariq","OMN"],"Muscat",False,"بعد زيارة لسلطنة عُمان في فبراير/شباط"),
("meeting","2023-02",[],"occurred",["Bashar al-Assad","SYR","Haitham bin Tariq","OMN"],"Muscat",True,"التقى خلالها السلطان هيثم بن طارق في مسقط"),
("meeting","2023-05-17",[],"occurred",["ARAB_LEAGUE"],"Jeddah",False,"وعقد وزراء الخارجية العرب الأربعاء الماضي في جدة اجتماعهم التحضيري للقمة"),
("summit","2024",[],"planned",["ARAB_LEAGUE","BHR"],"BHR",False,"ومن المقرر أن تستضيف مملكة البحرين القمة العربية الثالثة والثلاثين العام المقبل"),
("summit","2010",[],"occurred",["ARAB_LEAGUE","SYR"],"Sirte",True,"آخر حضور للرئيس السوري في قمة عربية عام 2010 في مدينة سرت الليبية"),
]
