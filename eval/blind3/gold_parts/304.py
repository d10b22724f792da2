D="304_f88729c30ee77edb.txt"
E=[
("agreement","2020-12-22",[],"occurred",["Mohammed VI","MAR","Saad Eddine El Othmani","Jared Kushner","USA","Meir Ben-Shabbat","ISR"],"Rabat",False,"حظي إعلان مشترك بين المملكة المغربية والولايات المتحدة الأمريكية ودولة إسرائيل بالتوقيع، أمس الثلاثاء بالقصر الملكي بالرباط"),
("meeting","2020-12-22",[],"occurred",["Mohammed VI","MAR","Jared Kushner","USA","Meir Ben-Shabbat","ISR"],"Rabat",False,"وكان جلالة الملك قد استقبل، في وقت سابق من يوم الثلاثاء، الوفد الأمريكي الإسرائيلي"),
("visit","2020-12-22",[],"occurred",["Jared Kushner","USA","Meir Ben-Shabbat","ISR","MAR"],"Rabat",False,"الذي حل بالرباط على متن أول رحلة جوية مباشرة بين تل أبيب والعاصمة المغربية"),
("agreement","2020-12-22",[],"occurred",["MAR","ISR"],"Rabat",True,"التوقيع على أربع مذكرات تفاهم بين الحكومة المغربية والحكومة الإسرائيلية"),
("call","2020-12-10",[],"occurred",["Mohammed VI","MAR","Donald Trump","USA"],"",False,"إثر الاتصال الهاتفي الذي أجراه جلالة الملك مع الرئيس الأمريكي دونالد ترامب"),
("call","2020-12-10",[],"occurred",["Mohammed VI","MAR","Mahmoud Abbas","PSE"],"",False,"وفي اليوم نفسه، أجرى جلالة الملك اتصالا هاتفيا مع رئيس دولة فلسطين محمود عباس"),
("meeting","1986-07",[],"occurred",["Hassan II","MAR","Shimon Peres","ISR"],"Ifrane",True,"اللقاء الذي جمع الملك الراحل الحسن الثاني برئيس الوزراء الإسرائيلي شمعون بيريز في إفران في يوليوز 1986"),
]
