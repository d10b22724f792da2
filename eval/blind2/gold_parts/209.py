D="209_f1f07716cdfff1f7.txt"
E=[
("agreement","2022-09-25",[],"occurred",["Olaf Scholz","DEU","Mohamed bin Zayed Al Nahyan","ARE"],"Abu Dhabi",False,"وقّعت ألمانيا والإمارات العربية المتحدة، اليوم (25 سبتمبر/ أيلول 2022) في أبوظبي، اتفاقاً لتسريع التعاون في مجالي أمن الطاقة والصناعة"),
("meeting","2022-09-25",[],"occurred",["Olaf Scholz","DEU","Mohamed bin Zayed Al Nahyan","ARE"],"Abu Dhabi",False,"خلال زيارة المستشار أولاف شولتس ولقائه رئيس الدولة الشيخ محمد بن زايد آل نهيان"),
("visit","2022-09-25",[],"occurred",["Olaf Scholz","DEU","ARE"],"Abu Dhabi",False,"خلال زيارة المستشار أولاف شولتس"),
("visit","2022-09-24",[],"occurred",["Olaf Scholz","DEU","SAU"],"Jeddah",False,"واستهل شولتس جولته أمس السبت في مدينة جدة"),
("meeting","2022-09-24",[],"occurred",["Olaf Scholz","DEU","Mohammed bin Salman","SAU"],"Jeddah",False,"حيث التقى ولي العهد السعودي الأمير محمد بن سلمان"),
("visit","2022-09-25",[],"planned",["Olaf Scholz","DEU","QAT"],"Doha",False,"ويتوجه المستشار الألماني بعد ظهر اليوم إلى الدوحة"),
("meeting","2022-09-25",[],"planned",["Olaf Scholz","DEU","Tamim bin Hamad Al Thani","QAT"],"Doha",False,"حيث يلتقي أمير قطر الشيخ تميم بن حمد آل ثاني"),
("visit","2017-04",[],"occurred",["Angela Merkel","DEU","SAU"],"SAU",False,"منذ زيارة المستشارة السابقة أنغيلا ميركل في نيسان/ أبريل 2017"),
("visit","2022-03",["2022-03-20"],"occurred",["Robert Habeck","DEU","QAT"],"QAT",False,"وكان وزير الاقتصاد الألماني روبرت هابيك قد زار قطر في آذار/ مارس الماضي"),
("agreement","2022-03",["2022-03-20"],"occurred",["DEU","QAT"],"",False,"واتفق حينها مع الدوحة على \"شراكة طاقة\" طويلة الأمد"),
]
