D="205_122263369d612524.html"
E=[
("meeting","2025-05-14",[],"occurred",["Donald Trump","USA","Ahmed al-Sharaa","SYR","Mohammed bin Salman","SAU"],"Riyadh",False,"التقى الرئيس الأميركي دونالد ترمب، صباح اليوم الأربعاء في الرياض، الرئيس السوري أحمد الشرع"),
("call","2025-05-14",[],"occurred",["Recep Tayyip Erdogan","TUR","Donald Trump","USA","Ahmed al-Sharaa","SYR"],"",True,"فيما شارك الرئيس التركي رجب طيب أردوغان في الاجتماع عبر اتصال هاتفي"),
("summit","2025-05-14",[],"occurred",["GCC","Donald Trump","USA"],"Riyadh",False,"شارك ترمب في القمة الخليجية - الأميركية التي انعقدت في الرياض"),
("visit","2025-05-13",["2025-05-14"],"occurred",["Donald Trump","USA","SAU"],"Riyadh",False,"وكان الرئيس الأميركي قد استهل أمس أولى جولاته الخارجية في ولايته الثانية بالسعودية"),
("meeting","2025-05-13",[],"occurred",["Donald Trump","USA","Mohammed bin Salman","SAU"],"Riyadh",False,"استقبله ولي العهد في مطار الملك خالد الدولي، قبل أن يعقدا جلسة مباحثات في الديوان الملكي بقصر اليمامة"),
("agreement","2025-05-13",[],"occurred",["Donald Trump","USA","Mohammed bin Salman","SAU"],"Riyadh",False,"وقّعا في ختامها وثيقة \"الشراكة الاقتصادية الاستراتيجية\" بين البلدين"),
("visit","2025-05-14",["2025-05-15"],"planned",["Donald Trump","USA","QAT"],"Doha",False,"ويتوجه ترمب بعد ظهر اليوم إلى الدوحة في زيارة تستمر حتى صباح الخميس"),
("meeting","",["2025-05","2025-05-14","2025-05-15"],"planned",["Donald Trump","USA","Tamim bin Hamad Al Thani","QAT"],"Doha",False,"يلتقي خلالها أمير قطر الشيخ تميم بن حمد آل ثاني"),
("visit","2025-05-15",[],"planned",["Donald Trump","USA","ARE"],"Abu Dhabi",False,"على أن يختتم جولته في أبو ظبي يوم الخميس"),
("meeting","2025-05-15",[],"planned",["Marco Rubio","USA","Asaad al-Shaibani","SYR"],"Antalya",False,"ومن المقرر أن يلتقي وزير الخارجية الأميركي ماركو روبيو نظيره السوري أسعد الشيباني في تركيا غداً"),
("meeting","",["2025-05","2025-05-14","2025-05-15"],"planned",["NATO"],"Antalya",True,"على هامش الاجتماع غير الرسمي لوزراء خارجية حلف شمال الأطلسي في أنطاليا"),
("visit","2017-05",[],"occurred",["Donald Trump","USA","SAU"],"Riyadh",False,"إذ زارها في مايو (أيار) 2017"),
("summit","2017-05",[],"occurred",["Donald Trump","USA","SAU"],"Riyadh",False,"وشارك حينها في القمة العربية الإسلامية الأميركية"),
]
