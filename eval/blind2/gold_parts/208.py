D="208_57cb5c581de072e6.txt"
E=[
("agreement","2022-08-27",[],"occurred",["Emmanuel Macron","FRA","Abdelmadjid Tebboune","DZA"],"Algiers",False,"وقّع الرئيس الفرنسي إيمانويل ماكرون ونظيره الجزائري عبد المجيد تبون السبت في الجزائر العاصمة \"إعلان الجزائر من أجل شراكة متجددة\""),
("visit","2022-08-25",["2022-08-26","2022-08-27"],"occurred",["Emmanuel Macron","FRA","DZA"],"Algiers",False,"في ختام زيارة رسمية لماكرون استمرت ثلاثة أيام ... وكان ماكرون قد وصل إلى الجزائر بعد ظهر الخميس"),
("meeting","2022-08-25",[],"occurred",["Emmanuel Macron","FRA","Abdelmadjid Tebboune","DZA"],"Algiers",False,"واستقبله تبون في مطار هواري بومدين الدولي، قبل أن يجري الرئيسان محادثات مغلقة في قصر المرادية"),
("visit","",["2022-08","2022-08-25","2022-08-26","2022-08-27"],"occurred",["Emmanuel Macron","FRA","DZA"],"Oran",True,"وزار الرئيس الفرنسي خلال الزيارة مدينة وهران"),
("visit","2017-12-06",[],"occurred",["Emmanuel Macron","FRA","DZA"],"DZA",False,"بعد زيارة أولى قصيرة في 6 كانون الأول/ديسمبر 2017"),
("visit","2017-02",[],"occurred",["Emmanuel Macron","FRA","DZA"],"DZA",False,"وكان قد زارها أيضاً مرشحاً للرئاسة في شباط/فبراير من العام نفسه"),
("visit","",[],"planned",["Abdelmadjid Tebboune","DZA","FRA"],"FRA",True,"لزيارة يفترض أن يقوم بها تبون إلى فرنسا تلبية لدعوة من ماكرون"),
("agreement","",[],"occurred",["DZA","ITA"],"",True,"الجزائر وإيطاليا توقعان اتفاقا لزيادة إمدادات الغاز"),
]
