D="308_1fa9c48b01ca8687.txt"
E=[
("summit","2023-07-27",["2023-07-28"],"occurred",["Vladimir Putin","RUS","AU"],"Saint Petersburg",False,"افتتح الرئيس الروسي فلاديمير بوتين، أمس الخميس، في مدينة سانت بطرسبورغ، أعمال القمة الروسية الأفريقية الثانية"),
("agreement","2022-07",[],"occurred",["TUR","UN","RUS","UKR"],"Istanbul",False,"اتفاق تصدير الحبوب عبر البحر الأسود، الذي وُقّع في إسطنبول في يوليو 2022"),
("meeting","",["2023-07-26","2023-07-27","2023-07-28"],"occurred",["Vladimir Putin","RUS","Cyril Ramaphosa","ZAF"],"Saint Petersburg",True,"وكان بوتين قد أجرى على هامش القمة لقاءات ثنائية مع عدد من القادة الأفارقة، بينهم رئيس جنوب أفريقيا سيريل رامافوزا"),
("meeting","2023-06-17",[],"occurred",["Vladimir Putin","RUS","Cyril Ramaphosa","ZAF","Macky Sall","SEN","Hakainde Hichilema","ZMB"],"Saint Petersburg",False,"استقبال بوتين وفداً من القادة الأفارقة في سانت بطرسبورغ في 17 يونيو/حزيران الماضي"),
("meeting","2023-06-16",[],"occurred",["Volodymyr Zelensky","UKR","Cyril Ramaphosa","ZAF","Macky Sall","SEN","Hakainde Hichilema","ZMB"],"Kyiv",False,"وذلك غداة لقائهم الرئيس الأوكراني فولوديمير زيلينسكي في كييف"),
("visit","2023-06-16",[],"occurred",["Cyril Ramaphosa","ZAF","Macky Sall","SEN","Hakainde Hichilema","ZMB","UKR"],"Kyiv",True,"وذلك غداة لقائهم الرئيس الأوكراني فولوديمير زيلينسكي في كييف"),
("summit","2019-10-23",["2019-10-24"],"occurred",["RUS","AU"],"Sochi",False,"وعُقدت القمة الروسية الأفريقية الأولى في منتجع سوتشي يومي 23 و24 أكتوبر/تشرين الأول 2019"),
("agreement","2023-07-28",[],"planned",["RUS","AU"],"Saint Petersburg",True,"ومن المنتظر أن يصدر في ختام القمة اليوم إعلان مشترك"),
("summit","2026",[],"planned",["RUS","AU"],"",False,"على أن تعقد القمة الثالثة في 2026"),
]
