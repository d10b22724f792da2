D=None
A="trt-ar-2022-02-14-erdogan-uae"
B="trt-ar-2023-07-17-erdogan-jeddah"
E=[
(A,"visit","2022-02-14",["2022-02-15"],"occurred",["Recep Tayyip Erdogan","TUR","ARE"],"Abu Dhabi",False,"وصل الرئيس التركي رجب طيب أردوغان، اليوم الاثنين، إلى العاصمة الإماراتية أبوظبي في زيارة رسمية تستمر يومين"),
(A,"visit","2013",[],"occurred",["Recep Tayyip Erdogan","TUR","ARE"],"ARE",True,"هي الأولى له إلى الإمارات منذ عام 2013"),
(A,"meeting","2022-02-14",[],"occurred",["Recep Tayyip Erdogan","TUR","Mohamed bin Zayed Al Nahyan","ARE"],"Abu Dhabi",False,"وعقد أردوغان جلسة مباحثات مع ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان"),
(A,"agreement","2022-02-14",[],"occurred",["TUR","ARE"],"Abu Dhabi",False,"شهد الجانبان توقيع 13 اتفاقية ومذكرة تفاهم بين البلدين"),
(A,"visit","2021-11-24",[],"occurred",["Mohamed bin Zayed Al Nahyan","ARE","TUR"],"Ankara",False,"الزيارة التي أجراها الشيخ محمد بن زايد إلى أنقرة في 24 نوفمبر/تشرين الثاني الماضي"),
(A,"visit","2022-02-15",[],"planned",["Recep Tayyip Erdogan","TUR","ARE"],"Dubai",True,"ومن المقرر أن يزور أردوغان غدا الثلاثاء معرض \"إكسبو 2020 دبي\""),
(B,"visit","2023-07-17",[],"occurred",["Recep Tayyip Erdogan","TUR","SAU"],"Jeddah",False,"استهل الرئيس التركي رجب طيب أردوغان، الاثنين، جولة خليجية من مدينة جدة السعودية"),
(B,"meeting","2023-07-17",[],"occurred",["Recep Tayyip Erdogan","TUR","Mohammed bin Salman","SAU"],"Jeddah",False,"حيث استقبله ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان في قصر السلام"),
(B,"visit","2023-07-18",[],"planned",["Recep Tayyip Erdogan","TUR","QAT"],"Doha",False,"ومن المقرر أن يتوجه أردوغان غدا الثلاثاء إلى الدوحة"),
(B,"meeting","2023-07-18",[],"planned",["Recep Tayyip Erdogan","TUR","Tamim bin Hamad Al Thani","QAT"],"Doha",True,"للقاء أمير قطر الشيخ تميم بن حمد آل ثاني"),
(B,"visit","2023-07-19",[],"planned",["Recep Tayyip Erdogan","TUR","ARE"],"Abu Dhabi",False,"على أن يختتم جولته الأربعاء في أبوظبي"),
(B,"meeting","2023-07-19",[],"planned",["Recep Tayyip Erdogan","TUR","Mohamed bin Zayed Al Nahyan","ARE"],"Abu Dhabi",True,"بلقاء رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان"),
(B,"visit","2022-04-28",[],"occurred",["Recep Tayyip Erdogan","TUR","SAU"],"Jeddah",False,"بعد زيارته جدة في 28 أبريل/نيسان 2022"),
(B,"visit","2022-06-22",[],"occurred",["Mohammed bin Salman","SAU","TUR"],"Ankara",False,"زيارة ولي العهد السعودي إلى أنقرة في 22 يونيو/حزيران من العام نفسه"),
(B,"visit","",[],"occurred",["Recep Tayyip Erdogan","TUR","AZE"],"AZE",True,"باستثناء زيارته جمهورية شمال قبرص التركية وأذربيجان عقب تنصيبه مباشرة"),
]
