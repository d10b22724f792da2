D="303_aaa94a0e189d4410.txt"
E=[
("meeting","2023-03-21",[],"occurred",["Vladimir Putin","RUS","Xi Jinping","CHN"],"Moscow",False,"وجاء التوقيع في ختام جولة من المحادثات الرسمية بين الزعيمين"),
("agreement","2023-03-21",[],"occurred",["Vladimir Putin","RUS","Xi Jinping","CHN"],"Moscow",False,"وقّع الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ، اليوم الثلاثاء، في الكرملين بيانا مشتركا"),
("agreement","2023-03-21",[],"occurred",["RUS","CHN"],"Moscow",True,"إضافة إلى بيان حول خطة تطوير المجالات الرئيسية للتعاون الاقتصادي الروسي الصيني حتى عام 2030"),
("visit","2023-03-20",["2023-03-21","2023-03-22"],"occurred",["Xi Jinping","CHN","RUS"],"Moscow",False,"وكان الرئيس الصيني قد وصل إلى موسكو أمس الاثنين في زيارة دولة تستمر ثلاثة أيام"),
("meeting","2023-03-20",[],"occurred",["Vladimir Putin","RUS","Xi Jinping","CHN"],"Moscow",False,"وعقد مساء أمس لقاء غير رسمي مع بوتين في الكرملين"),
("meeting","2023-03-21",[],"occurred",["Xi Jinping","CHN","Mikhail Mishustin","RUS"],"Moscow",False,"والتقى شي صباح اليوم رئيس الوزراء الروسي ميخائيل ميشوستين"),
("visit","2023",[],"planned",["Vladimir Putin","RUS","CHN"],"CHN",False,"إنه قبل دعوة نظيره الصيني لزيارة الصين خلال العام الجاري"),
("meeting","2022-09-15",[],"occurred",["Vladimir Putin","RUS","Xi Jinping","CHN"],"Samarkand",False,"منذ اجتماعهما على هامش قمة منظمة شنغهاي للتعاون في سمرقند في 15 سبتمبر 2022"),
("summit","2022-09-15",["2022-09-16"],"occurred",["SCO"],"Samarkand",True,"قمة منظمة شنغهاي للتعاون في سمرقند في 15 سبتمبر 2022"),
("call","2022-12-30",[],"occurred",["Vladimir Putin","RUS","Xi Jinping","CHN"],"",False,"فيما أجريا محادثات عبر الفيديو في 30 ديسمبر من العام نفسه"),
("visit","2022-02-04",[],"occurred",["Vladimir Putin","RUS","CHN"],"Beijing",False,"وكان بوتين قد زار بكين في 4 فبراير 2022"),
("agreement","2022-02-04",[],"occurred",["Vladimir Putin","RUS","Xi Jinping","CHN"],"Beijing",False,"ووقّع مع شي بيانا مشتركا حول العلاقات الدولية"),
("visit","2019-06",[],"occurred",["Xi Jinping","CHN","RUS"],"RUS",False,"آخر زيارة لشي إلى روسيا إلى يونيو 2019"),
("meeting","2023-02-22",[],"occurred",["Vladimir Putin","RUS","Wang Yi","CHN"],"Moscow",False,"الذي استقبله بوتين في الكرملين في 22 فبراير الماضي"),
]
