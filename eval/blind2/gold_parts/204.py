D="204_0596e6c298a19d97.txt"
E=[
("agreement","2020-09-15",[],"occurred",["Benjamin Netanyahu","ISR","Abdullah bin Zayed Al Nahyan","ARE","Donald Trump","USA"],"Washington",False,"ووقّع رئيس الوزراء الإسرائيلي بنيامين نتنياهو ووزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان «معاهدة السلام»"),
("agreement","2020-09-15",[],"occurred",["Abdullatif Al Zayani","BHR","Benjamin Netanyahu","ISR"],"Washington",False,"فيما وقّع وزير الخارجية البحريني عبد اللطيف الزياني «إعلان تأييد السلام» مع إسرائيل"),
("agreement","2020-09-15",[],"occurred",["Donald Trump","USA","ISR","ARE","BHR"],"Washington",True,"ثم وقّع الأربعة، بمن فيهم ترامب، على وثيقة أطلقت عليها واشنطن اسم «اتفاقات أبراهام»"),
("meeting","2020-09-15",[],"occurred",["Donald Trump","USA","Benjamin Netanyahu","ISR"],"Washington",False,"وقبل الحفل، استقبل ترامب نتنياهو في المكتب البيضاوي"),
("meeting","2020-09-15",[],"occurred",["Donald Trump","USA","Abdullah bin Zayed Al Nahyan","ARE"],"Washington",False,"ثم اجتمع بالوزير الإماراتي"),
("call","2020-08-13",[],"occurred",["Donald Trump","USA","Benjamin Netanyahu","ISR","Mohamed bin Zayed Al Nahyan","ARE"],"",False,"في الثالث عشر من آب/أغسطس الماضي، في بيان مشترك صدر عقب اتصال هاتفي ثلاثي"),
("agreement","2020-08-13",[],"occurred",["ARE","ISR"],"",True,"وكان الإعلان عن الاتفاق الإماراتي جاء في الثالث عشر من آب/أغسطس الماضي"),
("call","2020-09-11",[],"occurred",["Donald Trump","USA","Hamad bin Isa Al Khalifa","BHR","Benjamin Netanyahu","ISR"],"",False,"يوم الجمعة الماضي، حين أعلن ترامب الخطوة البحرينية إثر اتصال مماثل مع ملك البحرين"),
("agreement","2020-09-11",[],"occurred",["BHR","ISR"],"",True,"ولحقت المنامة بالركب يوم الجمعة الماضي"),
("visit","2020-08-31",["2020-09-01"],"occurred",["Jared Kushner","USA","ISR","ARE"],"Abu Dhabi",False,"وفي الحادي والثلاثين من آب/أغسطس، حطت في أبو ظبي أول رحلة ... وعلى متنها وفد أمريكي إسرائيلي رفيع برئاسة جاريد كوشنر"),
("meeting","2020-09-09",[],"occurred",["ARAB_LEAGUE","PSE"],"",False,"فشل مجلس وزراء الخارجية العرب في اجتماعه الافتراضي يوم 9 أيلول/سبتمبر الجاري"),
("visit","2020-09-13",["2020-09-14","2020-09-15"],"occurred",["Benjamin Netanyahu","ISR","USA"],"Washington",False,"فيما كان نتنياهو قد وصل إلى واشنطن الأحد على رأس وفد كبير"),
]
