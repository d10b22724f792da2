D="206_dd06599b14c29a44.txt"
E=[
("summit","2025-10-13",[],"occurred",["Abdel Fattah el-Sisi","EGY","Donald Trump","USA","QAT","TUR"],"Sharm el-Sheikh",False,"خلال \"قمة شرم الشيخ للسلام\" التي ترأسها الرئيس المصري عبد الفتاح السيسي ونظيره الأميركي دونالد ترامب"),
("agreement","2025-10-13",[],"occurred",["Abdel Fattah el-Sisi","EGY","Donald Trump","USA","Tamim bin Hamad Al Thani","QAT","Recep Tayyip Erdogan","TUR"],"Sharm el-Sheikh",False,"وقّع قادة مصر والولايات المتحدة وقطر وتركيا، مساء الاثنين، على الوثيقة الشاملة"),
("meeting","2025-10-13",[],"occurred",["Abdel Fattah el-Sisi","EGY","Donald Trump","USA"],"Sharm el-Sheikh",False,"وقبيل انطلاق أعمال القمة، عقد السيسي وترامب لقاء ثنائيا"),
("visit","2025-10-13",[],"occurred",["Donald Trump","USA","ISR"],"ISR",False,"قادما من إسرائيل، حيث ألقى صباح اليوم نفسه كلمة أمام الكنيست"),
("visit","2025-10-13",[],"occurred",["Donald Trump","USA","EGY"],"Sharm el-Sheikh",True,"ووصل ترامب إلى منتجع شرم الشيخ"),
("agreement","2025-10-09",["2025-10-08"],"occurred",["ISR","EGY","QAT","TUR","USA"],"Sharm el-Sheikh",False,"توصلت في شرم الشيخ إلى اتفاق المرحلة الأولى، الذي أعلنه ترامب مساء الأربعاء الماضي ... ووقّعت عليه الأطراف في اليوم التالي"),
("meeting","",["2025-10","2025-10-06","2025-10-07","2025-10-08"],"occurred",["ISR","EGY","QAT","TUR"],"Sharm el-Sheikh",True,"بعد ثلاثة أيام من المفاوضات غير المباشرة بين إسرائيل وحماس بوساطة مصرية قطرية تركية"),
("meeting","2025-09-29",[],"occurred",["Donald Trump","USA","Benjamin Netanyahu","ISR"],"Washington",False,"خلال مؤتمر صحفي مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو في البيت الأبيض يوم 29 سبتمبر الماضي"),
("meeting","",[],"planned",["EGY"],"EGY",True,"وأعلن أن مصر ستستضيف مؤتمرا دوليا للتعافي المبكر وإعادة الإعمار"),
]
