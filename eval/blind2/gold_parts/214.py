D="214_ec436b42a691242f.txt"
E=[
("agreement","2023-06-15",[],"occurred",["Abdelmadjid Tebboune","DZA","Vladimir Putin","RUS"],"Moscow",False,"وقّع رئيس الجمهورية عبد المجيد تبون ونظيره الروسي فلاديمير بوتين، اليوم الخميس بقصر الكرملين في موسكو، على إعلان الشراكة الاستراتيجية المعمقة"),
("meeting","2023-06-15",[],"occurred",["Abdelmadjid Tebboune","DZA","Vladimir Putin","RUS"],"Moscow",False,"وذلك في ختام محادثات على انفراد، توسعت لاحقا لتشمل وفدي البلدين"),
("agreement","2023-06-15",[],"occurred",["DZA","RUS"],"Moscow",True,"فقد تم التوقيع أيضا على عدد من الاتفاقيات ومذكرات التفاهم"),
("visit","2023-06-13",["2023-06-14","2023-06-15"],"occurred",["Abdelmadjid Tebboune","DZA","RUS"],"RUS",False,"ويقوم رئيس الجمهورية منذ يوم الثلاثاء 13 جوان الجاري بزيارة دولة إلى روسيا الاتحادية تدوم ثلاثة أيام"),
("meeting","2023-06-16",[],"planned",["Abdelmadjid Tebboune","DZA","Vladimir Putin","RUS"],"Saint Petersburg",True,"ومن المنتظر أن يشارك الرئيس تبون، غدا الجمعة، كضيف شرف في الجلسة العامة لمنتدى سانت بطرسبورغ الاقتصادي الدولي، إلى جانب الرئيس بوتين"),
("visit","2023-06-16",[],"planned",["Abdelmadjid Tebboune","DZA","RUS"],"Saint Petersburg",True,"ومن المنتظر أن يشارك الرئيس تبون، غدا الجمعة ... منتدى سانت بطرسبورغ"),
("visit","2008",[],"occurred",["DZA","RUS"],"RUS",True,"وهي الأولى لرئيس جزائري إلى روسيا منذ سنة 2008"),
("agreement","2001-04",[],"occurred",["Abdelaziz Bouteflika","DZA","RUS"],"Moscow",True,"\"إعلان الشراكة الاستراتيجية\" الذي وقعه البلدان في أفريل 2001، خلال زيارة الرئيس الراحل عبد العزيز بوتفليقة إلى موسكو"),
("visit","2001-04",[],"occurred",["Abdelaziz Bouteflika","DZA","RUS"],"Moscow",True,"خلال زيارة الرئيس الراحل عبد العزيز بوتفليقة إلى موسكو"),
("visit","2022-05-10",[],"occurred",["Sergey Lavrov","RUS","DZA"],"DZA",False,"الزيارة التي قادت وزير الخارجية الروسي سيرغي لافروف إلى الجزائر في العاشر من ماي 2022"),
("meeting","2022-05-10",[],"occurred",["Sergey Lavrov","RUS","Abdelmadjid Tebboune","DZA"],"DZA",True,"حيث استقبله الرئيس تبون"),
("visit","",[],"planned",["Vladimir Putin","RUS","DZA"],"DZA",True,"كما وجّه الرئيس تبون، من جهته، دعوة لنظيره الروسي لزيارة الجزائر، دون تحديد موعد لها"),
]
