"""blind11 recommendation e-mails and CRM insights, en-US and zh-CN. Every text below was written by hand
for this corpus (helpers: cases_b11). Messages keep the literal {first_name}."""

from cases_b11 import DF, DV, RF, RV, B, G  # noqa: F401

EN, ZH = "en-US", "zh-CN"

# ---------------------------------------------------------------- en-US messages: bad
RF(B, "wrong_pick", EN, "loyal", 1, "Thank you for shopping with us again",
   "Hi {first_name}, thank you for being a regular. This time we picked the {t0} at {p0} USD, the Velocity Zen "
   "Running Shoes EU 44 at 136.99 USD and the {t2} at {p2} USD.",
   "The pick is the Acme Lite Running Shoes at 83.99 USD, not the Velocity pair.")
RF(B, "price_wrong", EN, "bargain-hunter", 2, "Home picks from 10.99 USD",
   "Hi {first_name}, prices first: the {t0} at 93.99 USD, the {t1} at {p1} USD and the {t2} at {p2} USD. "
   "A few things for around the house.",
   "The Acme Nova Duvet Double is 103.99 USD, not 93.99.")
RV(B, "invented_discount", EN, "at-risk", 0, "Use code WELCOME15 at checkout for fifteen percent off your next kitchen order",
   "A coupon code the inputs do not give.")
RV(B, "invented_discount", EN, "loyal", 3, "As a thank-you, the second tie in your basket is half price",
   "A multi-buy discount not in the inputs.")
RF(B, "leak_email", EN, "new", 0, "Welcome! Here is what to try next",
   "Hi {first_name}, welcome to the shop. You might like the {t0} at {p0} USD, the {t1} at {p1} USD and the {t2} "
   "at {p2} USD. We will send your receipt to j.morales82@outlook.com as usual.",
   "An e-mail address in the message; the inputs carry no identity.")
RF(B, "leak_phone", EN, "occasional", 1, "Something for your beauty shelf",
   "Hi {first_name}! Time for a top-up. We picked the {t0} at {p0} USD, the {t1} at {p1} USD and the {t2} at "
   "{p2} USD. Questions? Call Dana Whitfield on (415) 555-0172.",
   "A phone number and a real-looking full name.")
RV(B, "leak_order", EN, "occasional", 0, "Your order 4471-2290 shipped last week, so here is what goes well with it",
   "An order id and an order history the inputs do not give.")
RV(B, "stock_claim", EN, "new", 2, "Only a handful of RC cars are left before the weekend, so grab one while you can",
   "Stock and a deadline not in the inputs.")
RV(B, "deadline", EN, "bargain-hunter", 1, "These prices end on Sunday night, so stock up on bedding now",
   "A price deadline not in the inputs.")
RV(B, "shopper_claims", EN, "occasional", 2, "Just what your son needs for his camping trip next month",
   "A son and a trip the inputs do not give.")
RV(B, "shopper_claims", EN, "prospect", 0, "Since you loved the spaghetti you ordered last time, we added more",
   "A prospect has no past orders.")
RF(B, "links", EN, "loyal", 2, "Thank you for shopping with us again",
   "Hi {first_name}, thank you for being a regular. This time we picked the {t0} at {p0} USD, the {t1} at {p1} USD "
   "and the {t2} at {p2} USD. See them all at https://bit.ly/3xLmpK and follow @casaverde.home for more.",
   "A short link and a social handle in the message.")
RF(B, "assistant_chatter", EN, "at-risk", 1, "Sure! Here is a subject line: A few picks we think you will like",
   "Here is a friendly e-mail you can send: Hi {first_name}, we have not seen you in a bit. Have a look at the {t0} "
   "at {p0} USD, the {t1} at {p1} USD and the {t2} at {p2} USD. Let me know if you want it shorter!",
   "Assistant talk in the published message.")
RF(B, "pasted_json", EN, "new", 3, "Welcome! Here is what to try next",
   '{"subject": "Welcome! Here is what to try next", "body": "Hi {first_name}, welcome to the shop. You might like '
   'the Kestrel Max Phone Case Black at 18.99 USD."}',
   "The model's JSON pasted into the body.", raw=True)

# ---------------------------------------------------------------- en-US messages: good
RV(G, "v3_shape", EN, "at-risk", 0, "Tools you reach for in the kitchen, and a pillow set for the bedroom",
   "Knife and spatula (kitchen) and a pillow set (home).")
RV(G, "v3_shape", EN, "at-risk", 1, "A few things for games night and the toy box",
   "A board game, an RC car and batteries, all toys.")
RV(G, "v3_shape", EN, "bargain-hunter", 0, "A shirt for the week and a couple of things for the bathroom shelf",
   "A dress shirt, a shampoo and a face serum.")
RV(G, "v3_shape", EN, "bargain-hunter", 1, "Bedding for the cooler nights, at a few different prices",
   "Pillows and two duvets at three prices (snapshot in October).")
RF(G, "plain", EN, "bargain-hunter", 2, "Home picks from 10.99 USD",
   "Hi {first_name}, prices first: the {t0} at {p0} USD, the {t1} at {p1} USD and the {t2} at {p2} USD. "
   "A duvet, bulbs and a lamp for around the house.",
   "Titles and prices as given; all three are home picks.")
RV(G, "v3_shape", EN, "loyal", 0, "Something to play with, something for the kitchen and something for your next workout",
   "RC car, frying pan and sports socks.")
RV(G, "v3_shape", EN, "loyal", 3, "A couple of ties and a shirt to freshen up the work week",
   "Two ties and a dress shirt.")
RV(G, "v3_shape", EN, "new", 0, "Shirts and a tie for the office or the weekend",
   "A tie, a dress shirt and a T-shirt.")
RV(G, "v3_shape", EN, "occasional", 0, "Something to read, something to write in and a camera for your next day out",
   "A novel, a notebook and a camera.")
RV(G, "v3_shape", EN, "occasional", 1, "A few everyday things for your beauty shelf",
   "Hand cream, conditioner and shampoo; beauty is the top category.")
RF(G, "plain", EN, "prospect", 0, "A warm hello and a few picks",
   "Hi {first_name}, welcome! Here are three picks to start with: the {t0} at {p0} USD, the {t1} at {p1} USD "
   "and the {t2} at {p2} USD.",
   "Titles and prices as given.")
RV(G, "v3_shape", EN, "loyal", 2, "Light for the desk and a bag for days out",
   "A desk lamp, bulbs and a backpack.")
RF(G, "question", EN, "new", 2, "Ready for more play?",
   "Hi {first_name}, welcome to the shop. Fancy something new for the toy box? You might like the {t0} at {p0} USD, "
   "the {t1} at {p1} USD and the {t2} at {p2} USD.",
   "Batteries and two RC cars, all toys; a question, no claim.")

# ---------------------------------------------------------------- en-US insights: bad
DV(B, "invented_demographics", EN, "new", 0, "likely a woman in her late twenties shopping for office clothes",
   "Age and gender are not in the inputs.")
DV(B, "invented_demographics", EN, "loyal", 2, "a high-income shopper in Seattle, so lead with premium home picks",
   "Income and city are not in the inputs.")
DF(B, "wrong_numbers", EN, "bargain-hunter", 2,
   "A bargain hunter, with a purchase probability of 0.97 and 3.7 expected orders in the next 30 days; the next order "
   "is predicted for {date}.",
   "Home, before {date}: lead with prices.",
   "The probability is 0.79 and 7.3 orders are expected.")
DV(B, "invented_cause", EN, "at-risk", 0, "they stopped ordering after a late delivery, so open with an apology",
   "No delivery problem in the inputs.")
DF(B, "wrong_next_need", EN, "occasional", 1,
   "An occasional shopper, with a purchase probability of {prob} and {exp} expected orders in the next 30 days; the "
   "next order is predicted for {date}.",
   "Electronics, before {date}: lead with headphones and chargers.",
   "The predicted next category is beauty, not electronics.")
DV(B, "invented_cause", EN, "occasional", 0, "their camera broke last month, so a replacement is due",
   "No broken camera in the inputs.")
DF(B, "wrong_numbers", EN, "loyal", 0,
   "A loyal regular, with a purchase probability of {prob} and {exp} expected orders in the next 30 days; the next "
   "order is predicted for 2026-11-21.",
   "Kitchen, before 2026-11-21: a thank-you with kitchen picks.",
   "The next order is predicted for 2026-10-21, a month earlier.")

# ---------------------------------------------------------------- en-US insights: good
DV(G, "v3_shape", EN, "loyal", 1, "thank them for being a regular and lead with sports picks",
   "Loyal; sports is the predicted next category.")
DV(G, "v3_shape", EN, "bargain-hunter", 0, "lead with the prices of a few apparel picks",
   "Bargain hunter; apparel next.")
DV(G, "v3_shape", EN, "at-risk", 1, "a gentle hello with a few toy picks",
   "At risk; toys next.")
DF(G, "insight_plain", EN, "prospect", 0,
   "A prospect with no orders yet: purchase probability {prob}, {exp} expected orders in the next 30 days, next "
   "order predicted for {date}.",
   "Apparel, before {date}: a friendly first hello with a few apparel picks.",
   "Frequency 0, the prediction as given.")
DV(G, "v3_shape", EN, "new", 2, "welcome them and suggest a few toys",
   "New; toys next.")
DF(G, "insight_plain", EN, "bargain-hunter", 1,
   "A bargain hunter who last ordered about a week ago: purchase probability {prob}, {exp} expected orders in the "
   "next 30 days, next order predicted for {date}.",
   "Home, before {date}: lead with home prices, since home is the predicted next category.",
   "One week since the last order; the prediction as given.")

# ---------------------------------------------------------------- zh-CN messages: bad
RF(B, "wrong_pick", ZH, "loyal", 2, "谢谢您一直以来的支持",
   "{first_name}，您好！感谢您一直以来的支持。下一次露营，装备都在这里：{t0}，{p0} USD；Acme Zen Sleeping Bag -2 °C，"
   "77.99 USD；{t2}，{p2} USD。",
   "The pick is the Acme Nova Sleeping Bag 5 °C at 81.99 USD, not the Zen bag.")
RF(B, "price_wrong", ZH, "bargain-hunter", 2, "美妆好物，7.99 USD 起",
   "{first_name}，您好！看看价格：{t0}，{p0} USD；{t1}，9.99 USD；{t2}，{p2} USD。洗发护发，日常都用得上。",
   "The hand cream is 7.99 USD, not 9.99.")
RV(B, "invented_discount", ZH, "new", 1, "新人首单满一百减二十，洗发护发一起囤",
   "A new-customer discount not in the inputs.")
RV(B, "invented_discount", ZH, "at-risk", 3, "我们给您准备了一张五十元无门槛优惠券，回来看看吧",
   "A coupon not in the inputs.")
RF(B, "leak_phone", ZH, "occasional", 0, "厨房新发现，值得一看",
   "{first_name}，您好！厨房里常用的几样：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。有问题请致电王经理 "
   "138 0013 8000。",
   "A phone number and a surname in the message.")
RV(B, "leak_order", ZH, "loyal", 0, "张女士，您的订单二零二六一零零三八八一二已经签收，再看看这几本书吧",
   "A surname and an order number the inputs do not give.")
RF(B, "leak_email", ZH, "at-risk", 1, "这些好物，您可能会喜欢",
   "{first_name}，您好！好久没见到您了。看看这些：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。欢迎回复到 "
   "liwei_books@163.com 告诉我们您的想法。",
   "An e-mail address in the message.")
RV(B, "stock_claim", ZH, "occasional", 2, "帐篷库存不多了，卖完就要等到明年",
   "Stock and restock timing not in the inputs.")
RV(B, "deadline", ZH, "bargain-hunter", 1, "双十一前下单价格最低，千万别错过",
   "A sales-day deadline not in the inputs.")
RV(B, "shopper_claims", ZH, "new", 3, "您儿子上次说想要一辆遥控车，这次终于可以满足他了",
   "A son and his wish the inputs do not give.")
RV(B, "shopper_claims", ZH, "prospect", 0, "您上次买的意面应该吃完了，再来一包吧",
   "A prospect has no past orders.")
RF(B, "links", ZH, "loyal", 1, "谢谢您一直以来的支持",
   "{first_name}，您好！感谢您一直以来的支持。这次为您挑选：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。"
   "关注我们的小红书 @playwell玩具屋，或点开 https://t.cn/A6xYzQ 查看更多。",
   "A social handle and a short link in the message.")
RF(B, "assistant_chatter", ZH, "new", 0, "好的！以下是邮件主题：欢迎新朋友，这些可能适合您",
   "以下是一封推荐邮件：{first_name}，您好！欢迎来到小店。您可能会喜欢：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。"
   "希望这封邮件对您有帮助，如需修改请告诉我。",
   "Assistant talk in the published message.")
RF(B, "pasted_json", ZH, "bargain-hunter", 0, "精选好物，4.99 USD 起",
   '{"subject": "精选好物，4.99 USD 起", "body": "{first_name}，您好！看看价格：Aqualis Max Lip Balm Citrus，4.99 USD。"}',
   "The model's JSON pasted into the body.", raw=True)

# ---------------------------------------------------------------- zh-CN messages: good
RV(G, "v3_shape", ZH, "at-risk", 0, "在家做瑜伽用得上，玩具没电了也能换上",
   "Yoga block and mat, and rechargeable batteries (toys).")
RV(G, "v3_shape", ZH, "at-risk", 1, "有空读一读，出门前翻一翻，再随手记几笔",
   "A novel, a travel guide and a notebook.")
RV(G, "v3_shape", ZH, "bargain-hunter", 1, "上班穿的衬衫和领带，一次配齐",
   "Two ties and a dress shirt.")
RV(G, "v3_shape", ZH, "bargain-hunter", 2, "洗发、护发再加一支护手霜，日常护理用得上",
   "Conditioner, hand cream and shampoo.")
RV(G, "v3_shape", ZH, "loyal", 2, "下一次去露营，帐篷和睡袋都在这里",
   "Two tents and a sleeping bag.")
RV(G, "v3_shape", ZH, "new", 0, "喜欢看书的话，再配一本笔记本和一套书签",
   "A travel guide, a notebook and a bookmark set; books is the top category.")
RV(G, "v3_shape", ZH, "new", 3, "桌游和遥控车，周末在家玩得开心",
   "A board game and two RC cars.")
RV(G, "v3_shape", ZH, "occasional", 0, "厨房里常用的几样，做饭更顺手",
   "A spatula, a chef knife and mixing bowls.")
RF(G, "plain", ZH, "occasional", 3, "几件值得一看的好物",
   "{first_name}，您好！意面、意面酱，再加一把主厨刀，晚饭就有着落了：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。",
   "Titles and prices as given; spaghetti, sauce and a knife for dinner.")
RF(G, "plain", ZH, "prospect", 0, "初次见面，为您准备了几件好物",
   "{first_name}，您好！初次见面，先看看这三件：{t0}，{p0} 美元；{t1}，{p1} 美元；{t2}，{p2} 美元。",
   "Titles and prices as given; USD as 美元.")
RV(G, "v3_shape", ZH, "loyal", 1, "桌游和遥控车，再顺手备一包意面",
   "An RC car, a board game and spaghetti.")
RF(G, "question", ZH, "new", 2, "想试试这几件护理好物吗？",
   "{first_name}，您好！欢迎来到小店。看看这几件：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。",
   "A question; titles and prices as given.")
RV(G, "v3_shape", ZH, "at-risk", 2, "枕头、备用电池和一条领带，都是平时用得上的",
   "A pillow set, batteries and a tie.")

# ---------------------------------------------------------------- zh-CN insights: bad
DV(B, "invented_demographics", ZH, "new", 1, "三十岁左右的年轻妈妈，推荐母婴护肤",
   "Age, gender and a baby are not in the inputs.")
DV(B, "invented_demographics", ZH, "loyal", 2, "住在成都的高收入白领，周末常去川西露营",
   "City, income and habits are not in the inputs.")
DF(B, "wrong_numbers", ZH, "bargain-hunter", 0,
   "性价比用户，30天购买概率 0.59，预计订单 {exp}，预计 {date} 下单。",
   "服饰，在 {date} 之前发送：开头写服饰好物的价格。",
   "The probability is 0.99, not 0.59.")
DV(B, "invented_cause", ZH, "at-risk", 1, "上次的书发错了版本，所以很久没来，先道个歉",
   "No wrong shipment in the inputs.")
DF(B, "wrong_next_need", ZH, "loyal", 0,
   "忠实用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "数码，在 {date} 之前发送：推荐新款耳机。",
   "The predicted next category is books, not electronics.")
DF(B, "wrong_numbers", ZH, "occasional", 0,
   "偶尔购买的用户，三十天内购买概率约九成，预计十二月初下单。",
   "厨房，十二月初之前发送：推荐几样厨房好物。",
   "The probability is 0.66 and the date 2026-12-19, not about nine in ten and early December.")
DV(B, "invented_demographics", ZH, "bargain-hunter", 1, "男性上班族，买领带和衬衫给自己穿",
   "Gender and job are not in the inputs.")

# ---------------------------------------------------------------- zh-CN insights: good
DV(G, "v3_shape", ZH, "loyal", 1, "感谢老顾客，推荐几款玩具",
   "Loyal; toys next.")
DV(G, "v3_shape", ZH, "at-risk", 0, "轻轻问候一下，推荐几件运动好物",
   "At risk; sports next.")
DV(G, "v3_shape", ZH, "new", 0, "欢迎新朋友，推荐几本好书",
   "New; books next.")
DF(G, "insight_plain", ZH, "prospect", 0,
   "潜在用户，还没有下过单；30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "服饰，在 {date} 之前发送：第一次打招呼，推荐几件服饰。",
   "Frequency 0; the prediction as given.")
DV(G, "v3_shape", ZH, "occasional", 1, "简单提醒一下，推荐几样日常食品",
   "Occasional; grocery next.")
DF(G, "insight_plain", ZH, "bargain-hunter", 2,
   "性价比用户，上一次下单大约在七周前；30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "美妆，在 {date} 之前发送：开头写清美妆好物的价格。",
   "Seven weeks since the last order; the prediction as given.")
