D="309_0ecad1d07044fff6.txt"
E=[
("meeting","2023-07-12",[],"occurred",["Joe Biden","USA","Volodymyr Zelensky","UKR"],"Vilnius",False,"التقى الرئيس الأمريكي جو بايدن نظيره الأوكراني فولوديمير زيلينسكي، الأربعاء"),
("summit","2023-07-11",["2023-07-12"],"occurred",["NATO"],"Vilnius",False,"قمة حلف شمال الأطلسي في العاصمة الليتوانية فيلنيوس"),
("meeting","2023-07-12",[],"occurred",["NATO","Volodymyr Zelensky","UKR"],"Vilnius",False,"بعدما شارك زيلينسكي في الاجتماع الأول لمجلس الناتو وأوكرانيا"),
("visit","2023-07-12",[],"occurred",["Volodymyr Zelensky","UKR","LTU"],"Vilnius",True,"الرئيس الأوكراني فولوديمير زيلينسكي في فيلنيوس"),
("agreement","2023-07-12",[],"occurred",["G7","UKR"],"Vilnius",False,"وأصدر قادة دول مجموعة السبع في اليوم نفسه إعلاناً مشتركاً"),
("agreement","2023-07-10",[],"occurred",["Recep Tayyip Erdogan","TUR","Jens Stoltenberg","NATO","Ulf Kristersson","SWE"],"Vilnius",True,"موافقة الرئيس التركي رجب طيب أردوغان على إحالة بروتوكول انضمام السويد إلى البرلمان التركي"),
("meeting","2023-07-10",[],"occurred",["Recep Tayyip Erdogan","TUR","Jens Stoltenberg","NATO","Ulf Kristersson","SWE"],"Vilnius",False,"إثر اجتماع ثلاثي في فيلنيوس ضم أردوغان وستولتنبرغ ورئيس الوزراء السويدي أولف كريسترشون"),
("meeting","2023-07-11",[],"occurred",["Recep Tayyip Erdogan","TUR","Joe Biden","USA"],"Vilnius",False,"والتقى أردوغان الرئيس الأمريكي على هامش القمة يوم الثلاثاء"),
("agreement","2022-06-28",[],"occurred",["TUR","SWE","FIN"],"Madrid",False,"وكانت تركيا والسويد وفنلندا قد وقعت مذكرة ثلاثية في مدريد في 28 يونيو/حزيران 2022"),
("summit","2022-06-28",["2022-06-29","2022-06-30"],"occurred",["NATO"],"Madrid",True,"على هامش قمة الحلف هناك"),
("summit","2024",[],"planned",["NATO"],"Washington",False,"ومن المقرر أن تعقد القمة المقبلة للحلف في واشنطن العام المقبل"),
]
