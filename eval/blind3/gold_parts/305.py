D="305_953d13fed78609ed.txt"
E=[
("visit","2023-06-17",[],"occurred",["Faisal bin Farhan","SAU","IRN"],"Tehran",False,"وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران أمس السبت"),
("meeting","2023-06-17",[],"occurred",["Faisal bin Farhan","SAU","Hossein Amir-Abdollahian","IRN"],"Tehran",False,"وأجرى محادثات مع نظيره الإيراني حسين أمير عبد اللهيان"),
("meeting","2023-06-17",[],"occurred",["Ebrahim Raisi","IRN","Faisal bin Farhan","SAU"],"Tehran",False,"واستقبل الرئيس الإيراني إبراهيم رئيسي الوزير السعودي في وقت لاحق من اليوم نفسه"),
("visit","",[],"planned",["Ebrahim Raisi","IRN","SAU"],"Riyadh",False,"ومن المنتظر أن يزور الرياض \"قريباً\" من دون تحديد موعد"),
("agreement","2023-03-10",[],"occurred",["SAU","IRN","CHN"],"Beijing",False,"للاتفاق الذي أُعلن في بكين في 10 آذار الماضي برعاية صينية"),
("meeting","2023-04-06",[],"occurred",["Faisal bin Farhan","SAU","Hossein Amir-Abdollahian","IRN"],"Beijing",False,"لقاء بين الوزيرين في العاصمة الصينية في 6 نيسان"),
("agreement","2023-04-06",[],"occurred",["Faisal bin Farhan","SAU","Hossein Amir-Abdollahian","IRN"],"Beijing",True,"وقّعا خلاله بياناً مشتركاً أكدا فيه استئناف العلاقات"),
("meeting","2023-06-02",[],"occurred",["Faisal bin Farhan","SAU","Hossein Amir-Abdollahian","IRN"],"Cape Town",False,"وكان الوزيران قد التقيا أيضاً على هامش اجتماع \"أصدقاء بريكس\" في كيب تاون في الثاني من حزيران"),
("meeting","2023-06-02",[],"occurred",["BRICS"],"Cape Town",True,"اجتماع \"أصدقاء بريكس\" في كيب تاون"),
]
