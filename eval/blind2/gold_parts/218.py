D="218_2e20b109c8fe762d.txt"
E=[
("meeting","2025-04-12",[],"occurred",["Abbas Araghchi","IRN","Steve Witkoff","USA","Badr Albusaidi","OMN"],"Muscat",False,"استضافت سلطنة عُمان، أمس السبت، محادثات غير مباشرة بين الجمهورية الإسلامية الإيرانية والولايات المتحدة الأمريكية"),
("meeting","2025-04-19",[],"planned",["IRN","USA"],"",False,"واتفق الطرفان على مواصلة المحادثات في جولة ثانية تُعقد السبت المقبل"),
("visit","2025-03-12",[],"occurred",["Anwar Gargash","ARE","IRN"],"Tehran",False,"والتي سلمها المستشار الدبلوماسي لرئيس دولة الإمارات الدكتور أنور قرقاش إلى عراقجي خلال زيارته طهران في 12 مارس الماضي"),
("meeting","2025-03-12",[],"occurred",["Anwar Gargash","ARE","Abbas Araghchi","IRN"],"Tehran",True,"سلمها ... أنور قرقاش إلى عراقجي"),
("meeting","2013",[],"occurred",["IRN","USA","OMN"],"OMN",True,"إذ استضافت عام 2013 اتصالات سرية"),
("agreement","2015-07-14",[],"occurred",["IRN","USA","GBR","FRA","RUS","CHN","DEU"],"Vienna",False,"الاتفاق النووي الذي وقعته إيران ومجموعة «5+1» في فيينا في الرابع عشر من يوليو 2015"),
("call","",[],"occurred",["Haitham bin Tariq","OMN","Masoud Pezeshkian","IRN"],"",True,"جلالة السلطان يتلقى اتصالا هاتفيا من الرئيس الإيراني"),
]
