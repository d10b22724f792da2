D="310_8cc4635fbb13c1c0.txt"
E=[
("summit","2025-09-01",["2025-08-31"],"occurred",["SCO","Xi Jinping","CHN","Masoud Pezeshkian","IRN"],"Tianjin",False,"انطلقت اليوم الاثنين في مدينة تيانجين الصينية الجلسة الموسعة لقمة منظمة شنغهاي للتعاون"),
("visit","2025-08-31",["2025-09-01"],"occurred",["Masoud Pezeshkian","IRN","CHN"],"Tianjin",True,"بزشكيان يصل تيانجين للمشاركة في القمة"),
("meeting","2025-09-01",[],"occurred",["Vladimir Putin","RUS","Narendra Modi","IND"],"Tianjin",False,"عقد الرئيس الروسي فلاديمير بوتين اجتماعاً مع رئيس الوزراء الهندي ناريندرا مودي اليوم"),
("meeting","2025-08-31",[],"occurred",["Narendra Modi","IND","Xi Jinping","CHN"],"Tianjin",False,"وكان مودي قد التقى الرئيس الصيني أمس الأحد في تيانجين"),
("visit","2025-08-31",[],"occurred",["Narendra Modi","IND","CHN"],"Tianjin",True,"في زيارة هي الأولى له إلى الصين منذ عام 2018"),
("visit","2018",[],"occurred",["Narendra Modi","IND","CHN"],"CHN",True,"في زيارة هي الأولى له إلى الصين منذ عام 2018"),
("meeting","2024-10-23",[],"occurred",["Narendra Modi","IND","Xi Jinping","CHN"],"Kazan",False,"منذ اجتماعهما في قازان الروسية على هامش قمة بريكس في 23 أكتوبر 2024"),
("summit","2024-10-23",[],"occurred",["BRICS"],"Kazan",True,"على هامش قمة بريكس في 23 أكتوبر 2024"),
("visit","2025-09-02",[],"planned",["Vladimir Putin","RUS","CHN"],"Beijing",False,"ومن المقرر أن يتوجه بوتين بعد القمة إلى بكين"),
("meeting","2025-09-02",[],"planned",["Vladimir Putin","RUS","Xi Jinping","CHN"],"Beijing",False,"حيث يجري محادثات رسمية مع الرئيس الصيني غداً الثلاثاء"),
("meeting","2025-09-03",[],"planned",["Vladimir Putin","RUS","Xi Jinping","CHN","Kim Jong Un","PRK"],"Beijing",True,"قبل أن يحضر يوم الأربعاء العرض العسكري الضخم"),
]
