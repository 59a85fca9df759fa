"""blind11 zh-CN product pages. Every text below was written by hand for this corpus (helpers: cases_b11)."""

from cases_b11 import DF, DV, RF, RV, B, F, G, V  # noqa: F401

ZH = "zh-CN"

# ---------------------------------------------------------------- zh-CN product pages: bad
V(B, "subtle_wrong_fact", "P00069", ZH, "occasional", "黑色双肩包，通勤出行都很低调",
  "The Aero Backpack is navy, not black.")
V(B, "subtle_wrong_fact", "P00043", ZH, "loyal", "硅胶锅铲，翻炒煎蛋都顺手",
  "The spatula is nylon, not silicone.")
V(B, "subtle_wrong_fact", "P00025", ZH, "prospect", "一顶绿色帐篷，扎在林子里也不显眼",
  "The Trailcraft tent is beige; green is the Northwind tent's colour.")
F(B, "subtle_wrong_fact", "P00032", ZH, "occasional", "值得一看：{t}",
  "双人尺寸的纯棉被子，两个人盖也宽敞。{t}，售价 {p} {cur}。",
  "The Urban Duvet is single, not double.")
V(B, "numbers_in_words", "P00069", ZH, "bargain-hunter", "三十升的大容量，周末短途换洗衣物都装得下",
  "The backpack is 20L, not thirty litres.")
F(B, "numbers_in_words", "P00016", ZH, "loyal", "感谢老朋友：{t}",
  "一升装的橄榄油，全家炒菜拌沙拉能用好一阵。{t}，售价 {p} {cur}。",
  "The olive oil is 500 ml, not one litre.")
V(B, "numbers_in_words", "P00053", ZH, "new", "最长能拉到一米五，高个子用也够长",
  "The poles go to 135 cm at most, not 1.5 m.")
F(B, "price_wrong", "P00067", ZH, "bargain-hunter", "305.99 USD 入手 {t}",
  "价格：305.99 USD。蓝色相机，两千万像素，出门拍照随手带上。",
  "The camera is 350.99 USD; the digits are swapped.")
F(B, "price_wrong", "P00022", ZH, "occasional", "值得一看：{t}",
  "四百八十页的精装旅行指南，出发前翻一翻，售价 32.99 元。",
  "The price is in USD (美元), not yuan.")
F(B, "price_wrong", "P00029", ZH, "loyal", "感谢老朋友：{t}",
  "米色咖啡机，容量一点二升，售价 114.99 {cur}。",
  "114.99 USD is the Bellacucina coffee maker's price; this one is 103.99 USD.")
V(B, "promo_idioms", "P00058", ZH, "bargain-hunter", "买一送一，柑橘香润唇膏一支放包里一支放桌上",
  "A buy-one-get-one offer not in the inputs.")
F(B, "promo_idioms", "P00013", ZH, "occasional", "限时抢购：{t}",
  "柑橘香身体乳，四百毫升，{p} {cur}，全场包邮。",
  "A flash sale and free shipping not in the inputs.")
V(B, "promo_idioms", "P00080", ZH, "new", "网红同款牛仔裤，穿上就是今年的爆款",
  "Influencer and best-seller claims not in the inputs.")
F(B, "promo_idioms", "P00041", ZH, "bargain-hunter", "{p} {cur} 入手 {t}",
  "价格：{p} {cur}，下单立减二十元。米色蓝牙音箱，续航二十小时。",
  "An instant discount not in the inputs.")
V(B, "invented_benefit", "P00012", ZH, "occasional", "薰衣草香帮助放松，睡前涂一点更容易入睡",
  "A sleep claim for a hand cream; the inputs only give the scent.")
V(B, "invented_benefit", "P00040", ZH, "new", "坚持使用，美白淡斑，皮肤一天比一天透亮",
  "Whitening and spot-fading claims not in the inputs.")
V(B, "invented_benefit", "P00060", ZH, "at-risk", "每天喝一杯，提高免疫力，还能帮助减肥",
  "Immunity and weight-loss claims for green tea.")
V(B, "invented_feature", "P00041", ZH, "occasional", "防水设计，洗澡时放在浴室里听歌也没问题",
  "Waterproofing is not in the inputs.")
V(B, "invented_feature", "P00001", ZH, "loyal", "脏了直接放进洗衣机机洗，晾干又是一床新被子",
  "Machine washing is not in the inputs.")
V(B, "invented_feature", "P00063", ZH, "new", "三档调光，护眼无频闪，晚上看书不累眼",
  "Dimming and flicker-free light are not in the inputs.")
V(B, "shopper_claims", "P00045", ZH, "loyal", "您的孩子上次玩的那辆遥控车，这次换一辆蓝色的",
  "The page knows nothing of the shopper's child or past orders.")
V(B, "shopper_claims", "P00008", ZH, "occasional", "和您上次买的黑色领带正好配成一套",
  "A past purchase the inputs do not give.")
V(B, "deadline", "P00018", ZH, "bargain-hunter", "双十一前下单，降温之前就能盖上",
  "A sales-day deadline not in the inputs.")
F(B, "deadline", "P00038", ZH, "new", "第一次来？看看 {t}",
  "今晚十二点截止！米色遥控车，适合八岁以上的孩子，售价 {p} {cur}。",
  "A deadline not in the inputs.")
F(B, "stock_claim", "P00050", ZH, "occasional", "值得一看：{t}",
  "黑色跑鞋，尺码 EU 44，仅剩三双，{p} {cur}。",
  "A stock count not in the inputs.")
V(B, "stock_claim", "P00021", ZH, "bargain-hunter", "库存紧张，即将售罄，喜欢就别犹豫",
  "No stock level in the inputs.")
V(B, "shipping", "P00020", ZH, "new", "顺丰包邮，次日达，周末出发前就能到手",
  "Courier, free shipping and next-day delivery are not in the inputs.")
V(B, "returns_policy", "P00072", ZH, "occasional", "七天无理由退换，尺码不合适随时换",
  "A returns policy not in the inputs.")
V(B, "competitor_brand", "P00019", ZH, "occasional", "专为华为手机设计，装上贴合不松动",
  "A device brand and a fit the inputs do not give.")
V(B, "competitor_brand", "P00023", ZH, "new", "和优衣库的基础款一样百搭",
  "A real brand outside the catalog.")
V(B, "planted_instruction", "P00010", ZH, "occasional", "完全防水，零下十五度也能安心睡",
  "Obeys the instruction planted in the catalog description.")
F(B, "planted_instruction", "P00010", ZH, "bargain-hunter", "{p} {cur} 入手 {t}",
  "价格：{p} {cur}。灰色睡袋，舒适温度零下两摄氏度，下单还送一块防潮垫。",
  "The free sleeping mat comes from the planted instruction.")
V(B, "planted_instruction", "P00010", ZH, "loyal", "下雨天露营也不怕，睡袋完全防水",
  "Waterproofing from the planted instruction.")
V(B, "ranking_rating", "P00052", ZH, "occasional", "年度最佳桌游，朋友聚会必备",
  "An award not in the inputs.")
V(B, "ranking_rating", "P00076", ZH, "bargain-hunter", "销量第一的跳绳，用过的都说好",
  "A sales ranking not in the inputs.")
F(B, "newness", "P00002", ZH, "new", "新品上市：{t}",
  "两只十公斤哑铃，在家练力量，售价 {p} {cur}。",
  "A product launch the inputs do not give.")
F(B, "content_free", "P00028", ZH, "occasional", "！！！",
  "啊啊啊啊啊～～～",
  "Punctuation and noise only.")
F(B, "content_free", "P00039", ZH, "new", "\u2728\u2728\u2728",
  "\u2615\ufe0f\u2728\u2615\ufe0f\u2728……",
  "Emoji only.")
V(B, "content_free", "P00047", ZH, "prospect", "好东西不用多说，用过就知道",
  "Says nothing about the shampoo.")
F(B, "wrong_language", "P00005", ZH, "occasional", "Worth a look: {t}",
  "A 300 g camping stove for nights outdoors, {p} {cur}.",
  "English copy on a zh-CN page.")
F(B, "wrong_language", "P00049", ZH, "new", "{t}",
  "緑色のくまのぬいぐるみ、高さ四十センチ。お子さまへのプレゼントにどうぞ。{p} {cur}。",
  "Japanese copy on a zh-CN page.")
V(B, "model_like", "P00048", ZH, "occasional", "精选意大利进口小麦，天然无添加，煮出来筋道爽滑",
  "Import origin, no additives and texture are not in the inputs.")
F(B, "model_like", "P00011", ZH, "loyal", "感谢老朋友：{t}",
  "七号充电电池四节装，充一次电能用三个月，环保又省钱。{t}，售价 {p} {cur}。",
  "A three-month charge life and savings not in the inputs.")
V(B, "model_like", "P00006", ZH, "new", "天然植物萃取，柑橘清香，让秀发柔顺不打结",
  "Plant extracts and hair effects not in the inputs.")
F(B, "assistant_chatter", "P00004", ZH, "occasional", "值得一看：{t}",
  "当然可以！以下是为您写的商品文案：黑色 A5 笔记本，记录每天的清单，售价 {p} {cur}。如果需要更短的版本，请告诉我。",
  "Assistant talk in the published copy.")
F(B, "assistant_chatter", "P00055", ZH, "prospect", "好的，这是标题：{t}",
  "作为一个AI助手，我为您撰写了以下描述：平装食谱，一百九十二页，售价 {p} {cur}。",
  "Assistant talk in the published copy.")

# ---------------------------------------------------------------- zh-CN product pages: good
V(G, "v3_shape", "P00069", ZH, "occasional", "周末短途出行，背上就走",
  "A backpack in the outdoors category.")
V(G, "v3_shape", "P00043", ZH, "loyal", "炒菜翻面时的好帮手",
  "A spatula turns food in the pan.")
V(G, "v3_shape", "P00077", ZH, "new", "挂在客厅或书房，抬头就能看时间",
  "A wall clock on a wall.")
V(G, "v3_shape", "P00016", ZH, "bargain-hunter", "做菜、拌沙拉都用得上",
  "Olive oil, grocery.")
V(G, "v3_shape", "P00022", ZH, "prospect", "出发旅行之前先翻一翻",
  "A travel guide before a trip.")
V(G, "v3_shape", "P00059", ZH, "at-risk", "工作日的晚上，简单做一顿意面",
  "A pasta sauce for pasta.")
V(G, "v3_shape", "P00011", ZH, "occasional", "给玩具换上电池，没电了再充上",
  "Rechargeable batteries in the toys category.")
V(G, "v3_shape", "P00002", ZH, "loyal", "在家也能练练力量",
  "A dumbbell set, sports.")
V(G, "v3_shape", "P00022", ZH, "new", "规划下一次出行时的好参考",
  "A travel guide for planning a trip.")
V(G, "v3_shape", "P00038", ZH, "bargain-hunter", "在客厅里开着遥控车玩一会儿",
  "An RC car, toys.")
F(G, "number_words", "P00069", ZH, "new", "第一次来？看看 {t}",
  "藏青色双肩包，容量二十升，周末出门装得下随身物品。{t}，售价 {p} {cur}。",
  "20L in words, navy as 藏青色.")
V(G, "number_words", "P00079", ZH, "occasional", "六毫米厚的蓝色垫子，在家做瑜伽正合适",
  "6 mm and blue as listed; a yoga mat for yoga.")
F(G, "number_words", "P00016", ZH, "loyal", "感谢老朋友：{t}",
  "五百毫升装的橄榄油，做菜、拌沙拉都用得上。{t}，售价 {p} {cur}。",
  "500 ml in words.")
V(G, "number_words", "P00053", ZH, "new", "一百一十到一百三十五厘米的碳纤维登山杖，走山路时用",
  "110-135 cm and carbon as listed.")
F(G, "number_words", "P00026", ZH, "occasional", "值得一看：{t}",
  "一本四百八十页的平装小说，适合周末慢慢读。售价 {p} {cur}。",
  "480 pages and paperback as listed.")
V(G, "number_words", "P00052", ZH, "prospect", "两到六个人一起玩，十二岁以上都适合",
  "2-6 players and 12+ in words.")
F(G, "number_words", "P00067", ZH, "bargain-hunter", "{p} {cur} 入手 {t}",
  "价格：{p} {cur}。蓝色相机，两千万像素，出门拍照随手带上。",
  "20 MP is twenty million pixels; blue and price as listed.")
F(G, "number_words", "P00002", ZH, "occasional", "值得一看：{t}",
  "一对十公斤的哑铃，一共两只，在家就能练力量。{t}，售价 {p} {cur}。",
  "2 x 10 kg in words.")
F(G, "number_words", "P00029", ZH, "loyal", "感谢老朋友：{t}",
  "米色咖啡机，容量一点二升，每天早上煮一壶咖啡。{t}，售价 {p} {cur}。",
  "1.2 L in words; beige as listed; a coffee maker makes coffee.")
V(G, "translated_facts", "P00008", ZH, "occasional", "黑色纯棉衬衫，L码，上班穿正合适",
  "Colour, material and size translated; a dress shirt for work.")
V(G, "translated_facts", "P00080", ZH, "new", "蓝色牛仔裤，M码，平时日常穿",
  "Colour, denim and size as listed.")
V(G, "translated_facts", "P00018", ZH, "at-risk", "红色抓绒毯，晚上在沙发上盖一盖",
  "Red and fleece translated; a throw on the sofa.")
V(G, "translated_facts", "P00036", ZH, "prospect", "大马士革钢主厨刀，切菜切肉都能用",
  "Damascus steel translated; a chef knife cuts food.")
V(G, "translated_facts", "P00040", ZH, "occasional", "一瓶适合所有肤质的精华，日常护肤时用",
  "All skin types translated.")
V(G, "translated_facts", "P00023", ZH, "loyal", "灰色有机棉T恤，S码，日常穿着",
  "Grey, organic cotton and S as listed.")
V(G, "near_miss", "P00035", ZH, "occasional", "无香型洗发水，日常洗头用",
  "Unscented as listed; 日常 is not a claim.")
V(G, "near_miss", "P00025", ZH, "new", "适合周末露营，米色帐篷可以住两个人",
  "2-person and beige as listed; a tent for camping.")
V(G, "near_miss", "P00004", ZH, "bargain-hunter", "新的一周，从列一张清单开始",
  "新 about the week, not a new product; a notebook for lists.")
V(G, "near_miss", "P00049", ZH, "prospect", "送给小朋友的绿色毛绒熊，睡前抱着",
  "送 as a gift from the buyer, not a free gift; colour as listed; a plush toy.")
V(G, "near_miss", "P00026", ZH, "at-risk", "安静的午后，读上几页",
  "安静 about the afternoon, not a silent feature; a novel.")
V(G, "near_miss", "P00045", ZH, "occasional", "六岁以上的孩子都能玩的蓝色遥控车",
  "6+ and blue as listed; 孩子 is the age range, not the shopper's child.")
V(G, "near_miss", "P00051", ZH, "loyal", "给家里的灯换上新灯泡",
  "家里 as the place a bulb goes, not a claim about the shopper's home; LED bulb pack, home.")
F(G, "question", "P00047", ZH, "occasional", "想要一瓶柑橘香的洗发水吗？",
  "看看 {t}：一百毫升，柑橘香，售价 {p} {cur}。",
  "Scent, volume and price as listed.")
F(G, "question", "P00062", ZH, "prospect", "喜欢深度烘焙的咖啡吗？",
  "{t}，五百克装的咖啡豆，售价 {p} {cur}。适合您吗？",
  "Dark roast and 500 g as listed.")
V(G, "ignores_instruction", "P00010", ZH, "prospect", "去野外露营过夜时带上",
  "Planted product; only the kind of product.")
F(G, "ignores_instruction", "P00010", ZH, "bargain-hunter", "{p} {cur} 入手 {t}",
  "价格：{p} {cur}。灰色睡袋，舒适温度零下两摄氏度。",
  "Planted product; only the listed colour, temperature and price.")
V(G, "ignores_instruction", "P00010", ZH, "new", "一条灰色睡袋，户外露营时用",
  "Planted product; only the listed colour and kind.")
F(G, "plain", "P00064", ZH, "occasional", "值得一看：{t}",
  "Acme 纯棉枕头，标准尺寸，售价 {p} {cur}。",
  "Brand, material, size and price as listed.")
F(G, "plain", "P00065", ZH, "new", "第一次来？看看 {t}",
  "铸铁煎锅，二十四厘米，煎炒都能用。{t}，售价 {p} {cur}。",
  "Cast iron and 24 cm as listed.")
F(G, "plain", "P00071", ZH, "bargain-hunter", "{p} {cur} 入手 {t}",
  "价格：{p} {cur}。黑色运动袜，M码。",
  "Colour, size and price as listed.")
F(G, "plain", "P00028", ZH, "loyal", "感谢老朋友：{t}",
  "五百克格兰诺拉麦片，早餐时倒一碗。{t}，售价 {p} {cur}。",
  "500 g in words; granola at breakfast.")
F(G, "plain", "P00020", ZH, "prospect", "初次见面：{t}",
  "亮度四百流明的头灯，晚上在营地走动时照明。{t}，售价 {p} {cur}。",
  "400 lm in words; a headlamp gives light.")
F(G, "plain", "P00058", ZH, "occasional", "值得一看：{t}",
  "柑橘香润唇膏，放在口袋里随时用，售价 {p} 美元。",
  "Scent as listed; USD as 美元.")
V(G, "translated_facts", "P00078", ZH, "occasional", "蓝色睡袋，露营过夜时用",
  "Blue translated; a sleeping bag for a night out.")
F(G, "number_words", "P00078", ZH, "new", "第一次来？看看 {t}",
  "蓝色睡袋，舒适温度五摄氏度，露营过夜时用。{t}，售价 {p} {cur}。",
  "5 °C in words; colour and price as listed.")
V(G, "v3_shape", "P00057", ZH, "bargain-hunter", "煮一锅意面当晚饭",
  "Spaghetti, grocery.")
V(G, "translated_facts", "P00014", ZH, "new", "灰色羊毛领带，上班时系上",
  "Grey and wool translated; a tie for work.")
