D="306_9cf612721c4719f4.html"
E=[
("summit","2021-01-05",[],"occurred",["GCC","Tamim bin Hamad Al Thani","QAT","Mohammed bin Salman","SAU","Nawaf Al-Ahmad Al-Jaber Al-Sabah","KWT","Mohammed bin Rashid Al Maktoum","ARE","Salman bin Hamad Al Khalifa","BHR","Fahd bin Mahmoud Al Said","OMN"],"Al-Ula",False,"في أعمال الدورة الحادية والأربعين للمجلس الأعلى لمجلس التعاون لدول الخليج العربية، التي عقدت في محافظة العلا"),
("visit","2021-01-05",[],"occurred",["Tamim bin Hamad Al Thani","QAT","SAU"],"Al-Ula",False,"وكان في استقبال سمو الأمير لدى وصوله إلى مطار العلا الدولي صاحب السمو الملكي ولي العهد السعودي"),
("meeting","2021-01-05",[],"occurred",["Tamim bin Hamad Al Thani","QAT","Mohammed bin Salman","SAU"],"Al-Ula",True,"وكان في استقبال سمو الأمير لدى وصوله إلى مطار العلا الدولي صاحب السمو الملكي ولي العهد السعودي"),
("agreement","2021-01-05",[],"occurred",["GCC","QAT","SAU","ARE","BHR","KWT","OMN","Sameh Shoukry","EGY"],"Al-Ula",False,"ووقع قادة دول المجلس خلال القمة على \"إعلان العلا\""),
("agreement","2021-01-04",[],"occurred",["SAU","QAT","Ahmad Nasser Al-Mohammad Al-Sabah","KWT"],"",False,"الاتفاق على فتح الأجواء والحدود البرية والبحرية بين المملكة العربية السعودية ودولة قطر"),
("call","",["2021-01-04"],"occurred",["Nawaf Al-Ahmad Al-Jaber Al-Sabah","KWT","Tamim bin Hamad Al Thani","QAT"],"",False,"وذلك بعد اتصالين أجراهما سمو أمير الكويت مع سمو الأمير"),
("call","",["2021-01-04"],"occurred",["Nawaf Al-Ahmad Al-Jaber Al-Sabah","KWT","Mohammed bin Salman","SAU"],"",False,"مع سمو الأمير وصاحب السمو الملكي ولي العهد السعودي"),
("summit","2019-12-10",[],"occurred",["GCC"],"Riyadh",False,"القمة الأربعين التي عقدت في الرياض في العاشر من ديسمبر 2019"),
("meeting","",[],"planned",["GCC","Nayef Falah Al-Hajraf"],"",True,"في الاجتماع الوزاري المقبل للمجلس، دون أن يحدد موعده"),
]
