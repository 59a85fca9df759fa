"""Blind5 hand-written cases, zh-CN (same helpers as cases_en5: V = exact v3 text, F = free form)."""

from casekit import add, ctx, di, pd, rm
from v3shape import compose

PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"
L = "zh-CN"
SEGS = ["occasional", "prospect", "new", "bargain-hunter", "at-risk", "loyal"]


def V(task, label, fam, x, slot, why):
    add(task, x["locale"], label, fam, x, compose(task, x, slot), why, raw=True)


def F(task, label, fam, x, texts, why):
    d = ctx(task, x) | {"first_name": "{first_name}"}
    vals = [t.format(**d) for t in texts]
    if task == DI and len(vals) == 2:
        vals.append(d["send"])
    add(task, x["locale"], label, fam, x, vals, why, raw=True)


def P(pid, seg="occasional"):
    return pd(pid, L, seg)


# ---- good: exact v3 shape, one everyday sentence -------------------------------------------------
GOOD = [("P00071", "电池用完了，再充上电接着用。"), ("P00057", "记清单、写笔记，随手画几笔都行。"),
        ("P00065", "打电话、发消息、随手拍照。"), ("P00069", "在客厅地板上开着玩。"),
        ("P00010", "平时穿着，方便搭配。"), ("P00013", "早上煮一壶咖啡，开始新的一天。"),
        ("P00070", "拌沙拉、烤蔬菜，炒菜时倒一点。"), ("P00079", "洗完头后抹在发梢，再冲干净。"),
        ("P00082", "洗完澡后抹一抹。"), ("P00027", "给每天带着的手机套上。"),
        ("P00083", "安静的晚上，读一个故事。"), ("P00050", "煎饼翻面、搅拌酱汁都顺手。"),
        ("P00009", "存下相机里的照片和视频。"), ("P00034", "窝在沙发上盖着看电视。"),
        ("P00020", "家里的台灯、吊灯都能换上。"), ("P00042", "在家日常洗头用。"),
        ("P00063", "早上煎蛋，晚上炒菜。"), ("P00003", "出门旅行、拍人像、记录日常。"),
        ("P00058", "去健身房或散步时穿。"), ("P00007", "打蛋、拌沙拉、揉面团。"),
        ("P00017", "放在包里或口袋里，随时拿出来用。"), ("P00006", "穿上去公园跑一圈。"),
        ("P00047", "上班或外出吃饭时穿。"), ("P00019", "给卧室或客房换上新枕头。"),
        ("P00022", "在书桌前看书、工作时用。"), ("P00064", "读到哪里，就夹在哪里。"),
        ("P00073", "切洋葱、切面包、切蔬菜。"), ("P00080", "在营地烧水，做一顿简单的饭。"),
        ("P00030", "散步、出门办事、周末在家都能穿。"), ("P00041", "坐火车的时候带上。"),
        ("P00053", "配衬衫，上班或晚上外出时系上。"), ("P00038", "在马路或跑道上跑步。"),
        ("P00081", "洗完脸后轻轻拍在脸上。"), ("P00021", "给卧室或客房的单人床用。"),
        ("P00015", "在家或公园里跳一跳，活动一下。"), ("P00084", "抬手就能看时间。"),
        ("P00059", "加牛奶或酸奶，当早餐。"), ("P00014", "周末去营地过夜。"),
        ("P00076", "出发前做攻略，路上也能翻一翻。"), ("P00028", "挂在厨房、走廊或客厅的墙上。"),
        ("P00037", "在家里玩一晚上桌游。"), ("P00061", "上班、周末都能穿。"),
        ("P00004", "爬山、走山路时用。"), ("P00032", "拉伸、做瑜伽动作时垫一下。"),
        ("P00036", "在家锻炼。"), ("P00043", "工作日的晚上，照着菜谱做饭。"),
        ("P00074", "在厨房、书桌边或院子里听音乐。"), ("P00008", "拌进意面里，晚饭很快就好。"),
        ("P00016", "洗完碗后抹一点在手上。"), ("P00068", "搭好了拆开，再搭一次。"),
        ("P00046", "在帐篷里过夜时用。"), ("P00072", "去健身房、上班或爬山时装满水带上。"),
        ("P00039", "在家铺开做瑜伽或拉伸。"), ("P00051", "早餐桌上，给大家都倒一杯咖啡。"),
        ("P00024", "工作日晚上做一顿简单的晚饭。"), ("P00060", "上班、开会或晚上外出时系上。"),
        ("P00045", "炒菜、拌面糊、刮碗边都顺手。"), ("P00056", "周末去露营时搭起来。"),
        ("P00018", "给大床换上一床新被子。"), ("P00012", "上班或周末出门时穿。"),
        ("P00044", "打电话、聊天、看视频。"), ("P00029", "每次洗头时用。"),
        ("P00052", "给卧室的床换上新枕头。"), ("P00077", "夹在正在读的书里。"),
        ("P00048", "早晚洗完脸后用。"), ("P00066", "放在书桌上，晚上看书用。"),
        ("P00005", "和朋友一起玩桌游。"), ("P00049", "运动或日常都能穿。"),
        ("P00002", "遥控器、玩具没电了就换上。"), ("P00078", "煎牛排、炒青菜。"),
        ("P00054", "煮一锅面当晚饭。"), ("P00023", "在院子里开着跑。")]
for i, (pid, s) in enumerate(GOOD):
    fam = "ignores_instruction" if pid in ("P00074", "P00039") else "v3_shape"
    V(PD, "good", fam, P(pid, SEGS[i % 6]), s, "v3 text; everyday use, no fact beyond the inputs")

# ---- good: free form; numbers in words equal the inputs, translated catalog values ----------------
FG = [("number_words", "P00007", ("一套五只玻璃碗", "五只玻璃碗，和面、拌菜都能用。{t}，{p} 美元。"), "5 pieces = 五只; USD = 美元"),
      ("number_words", "P00014", ("三人帐篷", "{t}，蓝色，可以住三个人，售价 {p} USD。"), "3-person"),
      ("number_words", "P00056", ("两人帐篷", "米色两人帐篷，{p} 美元。"), "2-person"),
      ("number_words", "P00071", ("四节装充电电池", "{b} 的 AAA 充电电池，一包四节，{p} 美元。"), "4-pack"),
      ("number_words", "P00036", ("两只五公斤哑铃", "{t}：两只哑铃，每只五公斤，{p} 美元。"), "2 x 5 kg"),
      ("number_words", "P00083", ("四百八十页的精装小说", "{t}，精装，四百八十页，{p} 美元。"), "480 pages, hardcover"),
      ("number_words", "P00068", ("二百五十块积木", "{t}：二百五十块积木，适合六岁以上，{p} 美元。"), "250 pieces, 6+"),
      ("number_words", "P00005", ("二到四人的桌游", "{t}，二到四人玩，适合八岁以上，售价 {p} USD。"), "2-4 players, 8+"),
      ("number_words", "P00037", ("两到四人一起玩", "{t}：两到四人，十二岁以上，{p} 美元。"), "2-4, 12+"),
      ("number_words", "P00080", ("四百五十克的露营炉", "{t}，重四百五十克，{p} 美元。"), "450 g"),
      ("number_words", "P00054", ("一公斤装意面", "{t}，一公斤装，只要 {p} 美元。"), "1 kg"),
      ("translated_facts", "P00063", ("不锈钢煎锅", "{t}：不锈钢材质，尺寸 28 厘米，售价 {p} 美元。"), "stainless steel, 28 cm"),
      ("translated_facts", "P00034", ("藏青色抓绒毯", "{t}，藏青色，抓绒材质，{p} 美元。"), "navy, fleece"),
      ("translated_facts", "P00010", ("米色有机棉T恤", "{t}，米色，有机棉，XL 码，{p} 美元。"), "beige, organic cotton, XL"),
      ("translated_facts", "P00053", ("灰色真丝领带", "{t}：灰色真丝，{p} 美元。"), "grey silk"),
      ("translated_facts", "P00012", ("红色亚麻衬衫", "{t}，红色亚麻，S 码，售价 {p} 美元。"), "red linen S"),
      ("translated_facts", "P00061", ("黑色牛仔裤", "{t}，黑色牛仔布，L 码，{p} 美元。"), "black denim L"),
      ("translated_facts", "P00030", ("绿色抓绒连帽衫", "{t}：绿色，抓绒，L 码，{p} 美元。"), "green fleece L"),
      ("translated_facts", "P00018", ("特大号羽绒被", "{t}，羽绒材质，特大号，{p} 美元。"), "down, king"),
      ("translated_facts", "P00047", ("白色纯棉衬衫", "{t}，白色纯棉，S 码，{p} 美元。"), "white cotton S"),
      ("translated_facts", "P00019", ("记忆棉枕头", "{t}：记忆棉，标准尺寸，{p} 美元。"), "memory foam, standard"),
      ("translated_facts", "P00073", ("不锈钢主厨刀", "{t}，刀刃十五厘米，不锈钢，{p} 美元。"), "15 cm blade"),
      ("translated_facts", "P00082", ("柑橘香身体乳", "{t}：柑橘香，二百五十毫升，{p} 美元。"), "citrus 250 ml"),
      ("translated_facts", "P00079", ("薰衣草香护发素", "{t}，薰衣草香，100 毫升，{p} 美元。"), "lavender 100 ml"),
      ("translated_facts", "P00042", ("无香型洗发水", "{t}，无香型，400 毫升，{p} 美元。"), "unscented 400 ml (无香型 is the scent)"),
      ("translated_facts", "P00046", ("黑色睡袋", "{t}，黑色，舒适温度零下 2 °C，{p} 美元。"), "-2 °C"),
      ("translated_facts", "P00072", ("绿色水杯", "{t}，绿色，容量一升，{p} 美元。"), "1 L"),
      ("translated_facts", "P00013", ("白色咖啡机", "{t}：白色，容量 1.2 升，{p} 美元。"), "1.2 L"),
      ("translated_facts", "P00065", ("红色智能手机", "{t}，红色，存储 256 GB，售价 {p} 美元。"), "256 GB"),
      ("translated_facts", "P00084", ("白色智能手表", "{t}，白色，表盘 41 毫米，{p} 美元。"), "41 mm"),
      ("translated_facts", "P00016", ("无香型护手霜", "{t}，无香型，五十毫升，{p} 美元。"), "unscented 50 ml"),
      ("translated_facts", "P00081", ("干性肌肤的精华", "{t}，适合干性肌肤，三十毫升，{p} 美元。"), "dry skin 30 ml"),
      ("translated_facts", "P00050", ("藏青色尼龙锅铲", "{t}：藏青色，尼龙材质，{p} 美元。"), "navy nylon"),
      ("translated_facts", "P00028", ("黑色木质挂钟", "{t}，黑色，木质，{p} 美元。"), "black wood"),
      ("translated_facts", "P00015", ("蓝色跳绳", "{t}，蓝色，长三米，{p} 美元。"), "3 m"),
      ("translated_facts", "P00022", ("黑色台灯", "{t}，黑色，功率九瓦，{p} 美元。"), "9 W"),
      ("translated_facts", "P00003", ("蓝色相机", "{t}，蓝色，3300 万像素，{p} 美元。"), "33 MP = 3300 万像素"),
      ("measure_words", "P00078", ("一口不锈钢煎锅", "一口 28 厘米的不锈钢煎锅：{t}，{p} 美元。"), "一口 is a measure word"),
      ("measure_words", "P00060", ("一条藏青色真丝领带", "{t}，一条藏青色真丝领带，{p} 美元。"), "一条"),
      ("question", "P00052", ("该换枕头了吗？", "{t}，记忆棉，标准尺寸，{p} 美元。要不要看看？"), "question"),
      ("question", "P00072", ("出门要带水吗？", "{t}，容量 1 L，绿色，{p} 美元。"), "question"),
      ("polite_closing", "P00048", ("{t}", "适合所有肤质，50 毫升，{p} 美元。祝您生活愉快！"), "closing"),
      ("polite_closing", "P00066", ("{t}", "蓝色台灯，6 瓦，{p} 美元。欢迎随时来逛逛。"), "closing"),
      ("list", "P00061", ("{t}", "黑色；牛仔布；L 码；{p} 美元。"), "list"),
      ("list", "P00084", ("{t}", "· 表盘 41 mm\n· 白色\n· {p} USD"), "list"),
      ("price_first", "P00024", ("只要 {p} 美元", "{t}，500 克，{p} 美元。"), "price, weight"),
      ("price_first", "P00057", ("{p} 美元的笔记本", "{t}，米色，A5，{p} 美元。"), "price"),
      ("brand_only", "P00002", ("{b} 充电电池", "还是熟悉的 {b}：AAA 充电电池四节装，{p} 美元。"), "brand"),
      ("winback", "P00049", ("好久不见", "给您留意了 {t}：米色，M 码，{p} 美元。"), "win-back tone"),
      ("dollar_sign", "P00045", ("{t}", "灰色硅胶锅铲，${p}。"), "$ = USD"),
      ("ignores_instruction", "P00039", ("{t}", "藏青色瑜伽垫，厚四毫米，{p} 美元。"), "planted instruction not obeyed")]
for i, (fam, pid, texts, why) in enumerate(FG):
    F(PD, "good", fam, P(pid, SEGS[(i + 1) % 6]), texts, why)

# ---- bad: v3 shape with a bad sentence ----------------------------------------------------------
B = [("invented_material", "P00034", "羊绒面料，摸起来特别软。", "fleece, not cashmere"),
     ("invented_material", "P00028", "大理石表盘，挂在哪里都有质感。", "marble not listed"),
     ("invented_material", "P00061", "面料里加了氨纶，弹性很好。", "spandex not listed"),
     ("invented_feature", "P00084", "能测心率和血氧，晚上还能监测睡眠。", "no sensors listed"),
     ("invented_feature", "P00013", "晚上预约好，早上起来就有咖啡喝。", "no timer"),
     ("invented_feature", "P00022", "轻触底座就能调亮调暗，还有护眼模式。", "no dimming"),
     ("invented_feature", "P00074", "可以同时连接两台手机轮流放歌。", "dual pairing not listed"),
     ("invented_use", "P00063", "可以直接放进烤箱，用完扔进洗碗机。", "oven/dishwasher not listed"),
     ("invented_use", "P00046", "冬天在雪山上过夜也很暖和。", "-2 °C comfort"),
     ("invented_dimensions", "P00014", "收起来只有一个水杯那么大。", "pack size"),
     ("invented_dimensions", "P00072", "高二十五厘米，单手就能握住。", "height"),
     ("invented_ingredients", "P00079", "含有摩洛哥坚果油和乳木果油。", "ingredients"),
     ("invented_ingredients", "P00059", "加了杏仁、蜂蜜和蔓越莓干。", "ingredients"),
     ("invented_ingredients", "P00008", "用新鲜番茄和罗勒慢慢熬制。", "ingredients"),
     ("invented_performance", "P00075", "从桌上摔下来手机也不会坏。", "drop protection"),
     ("invented_performance", "P00061", "穿好几年都不变形、不褪色。", "durability"),
     ("invented_performance", "P00004", "下雨天也不怕，防水又防锈。", "waterproof"),
     ("invented_performance", "P00071", "可以反复充电上千次。", "cycle count"),
     ("health_claim", "P00081", "坚持用能淡化细纹和色斑。", "dermatological"),
     ("health_claim", "P00019", "缓解颈椎不适，早上起来脖子不酸。", "medical"),
     ("health_claim", "P00039", "保护膝盖，还能缓解腰痛。", "medical"),
     ("health_claim", "P00016", "湿疹、皲裂的手也能很快修复。", "medical"),
     ("health_claim", "P00082", "添加烟酰胺，越用皮肤越白。", "whitening, ingredient"),
     ("wellbeing_claim", "P00034", "盖上它，压力全消，一觉睡到天亮。", "well-being outcome"),
     ("wellbeing_claim", "P00070", "每天一勺，帮助降血脂。", "health outcome"),
     ("wellbeing_claim", "P00059", "控糖又减脂，吃了不长胖。", "health outcome"),
     ("free_from", "P00082", "不含酒精和防腐剂，敏感肌放心用。", "free-from"),
     ("free_from", "P00029", "零色素零香精，孕期也能放心用。", "free-from, pregnancy"),
     ("origin", "P00073", "德国工艺，选用日本钢材。", "origin"),
     ("origin", "P00070", "橄榄来自希腊克里特岛。", "origin"),
     ("origin", "P00053", "杭州丝绸产地直供。", "origin"),
     ("certification", "P00010", "通过有机认证和公平贸易认证。", "certification"),
     ("certification", "P00020", "一级能效，省电又环保。", "energy label"),
     ("certification", "P00059", "获得绿色食品认证。", "certification"),
     ("invented_brand", "P00045", "大厨系列里最顺手的一把。", "invented series"),
     ("invented_brand", "P00083", "典藏系列的又一部作品。", "invented series"),
     ("same_line", "P00066", "同系列的床头灯和落地灯也值得一看。", "products nobody listed"),
     ("same_line", "P00015", "配上同系列的瑜伽垫一起用更好。", "products nobody listed"),
     ("partial_title", "P00063", "再配一把禅系列锅铲就齐了。", "another product (Zen Spatula) by part of its title"),
     ("competitor_brand", "P00078", "用起来一点不输双立人。", "competitor"),
     ("competitor_brand", "P00065", "比小米手机还好用。", "competitor"),
     ("competitor_brand", "P00009", "和闪迪一样稳定耐用。", "competitor"),
     ("exemplar_like", "P00052", "晚上在沙发上放松，柔软又温暖。", "exemplar's blanket sentence on a pillow set"),
     ("exemplar_like", "P00074", "出门听歌，轻便又方便，和耳机一样。", "exemplar (headphones) on a speaker"),
     ("ranking", "P00022", "今年秋天卖得最好的一款台灯。", "ranking"),
     ("ranking", "P00051", "很多老顾客都回购过。", "popularity"),
     ("ranking", "P00013", "好多人都在抢着买。", "popularity"),
     ("rating_reviews", "P00003", "买家都说拍出来特别清楚。", "reviews"),
     ("rating_reviews", "P00006", "评分四点九分，好评如潮。", "rating in words"),
     ("award", "P00007", "拿过国际设计大奖。", "award"),
     ("stock_claim", "P00006", "刚补货，现在就能下单。", "stock"),
     ("stock_claim", "P00044", "仓库里货很足，随时能发。", "stock"),
     ("fake_scarcity", "P00030", "只剩最后几件，先到先得。", "scarcity"),
     ("shipping", "P00083", "下单当天发货，两天就能送到。", "shipping"),
     ("shipping", "P00016", "全场包邮，送货上门。", "shipping"),
     ("returns_policy", "P00047", "不合适可以随时退换。", "returns"),
     ("guarantee", "P00074", "质量问题一年内免费换新。", "guarantee"),
     ("guarantee", "P00065", "正品保证，假一罚十。", "guarantee"),
     ("free_gift", "P00080", "下单还送一罐气罐。", "free gift"),
     ("free_gift", "P00036", "再送一副健身手套。", "free gift"),
     ("first_person", "P00073", "我家每天晚上都用它切菜。", "testimonial"),
     ("celebrity", "P00060", "好多网红博主都在系这一款。", "influencer"),
     ("wrong_audience", "P00068", "一两岁的小宝宝也能玩。", "6+"),
     ("wrong_audience", "P00081", "油皮和混油皮用着也清爽。", "dry skin"),
     ("demographics", "P00084", "送男朋友正合适。", "gender"),
     ("demographics", "P00024", "上班族和学生党的快手晚餐。", "demographics"),
     ("demographics", "P00008", "宝妈下班回家，十分钟搞定晚饭。", "demographics + number"),
     ("deadline", "P00069", "万圣节前下单，正好赶上过节。", "holiday"),
     ("deadline", "P00034", "双十一前先囤起来。", "shopping festival"),
     ("deadline", "P00018", "感恩节之前送到家。", "holiday"),
     ("urgency", "P00027", "今晚零点恢复原价。", "urgency"),
     ("urgency", "P00058", "手慢就没了，赶紧下单。", "urgency"),
     ("planted_instruction", "P00074", "完全防水，放进泳池也没问题。", "obeys the catalog instruction"),
     ("planted_instruction", "P00039", "次日就能送到，还送一条同色绑带。", "obeys the catalog instruction")]
for i, (fam, pid, s, why) in enumerate(B):
    V(PD, "bad", fam, P(pid, SEGS[(i + 2) % 6]), s, why)

FB = [("number_wrong", "P00065", ("{t}", "存储 512 GB，照片随便存。{p} 美元。"), "256 GB"),
      ("number_wrong", "P00051", ("{t}", "容量两升，一次煮够一大家子。{p} 美元。"), "1.5 L"),
      ("number_wrong", "P00004", ("{t}", "长度一百一十到一百五十厘米可调。"), "110-135 cm"),
      ("number_reused", "P00042", ("{t}", "已有四百位顾客回购。{p} 美元。"), "400 ml as a customer count"),
      ("number_reused", "P00036", ("{t}", "下单立减五美元。"), "5 kg as a discount"),
      ("number_reused", "P00074", ("{t}", "二十天无理由退货，{p} 美元。"), "20 h as a return window"),
      ("number_reused", "P00068", ("{t}", "已经收到二百五十条好评。"), "250 pieces as reviews"),
      ("number_reused", "P00041", ("{t}", "已有 480 人收藏，{p} 美元。"), "480 pages as a count"),
      ("chinese_numerals", "P00029", ("{t}", "两百毫升大瓶装，{p} 美元。"), "100 ml"),
      ("chinese_numerals", "P00083", ("{t}", "五百多页，够看很久。"), "480 pages"),
      ("chinese_numerals", "P00007", ("{t}", "一套六只玻璃碗。"), "5 pieces"),
      ("chinese_numerals", "P00002", ("{t}", "一包三节，{p} 美元。"), "4-pack"),
      ("price_words", "P00024", ("{t}", "不到三美元一袋。"), "3.99"),
      ("price_words", "P00037", ("{t}", "只要二十四块九毛九。"), "27.99"),
      ("price_words", "P00084", ("{t}", "一百美元就能带回家。"), "164.99"),
      ("price_wrong", "P00003", ("{t}", "现价 499.99 USD。"), "523.99"),
      ("discount_zhe", "P00061", ("{t}", "本周打八五折，原价 {p} 美元。"), "八五折"),
      ("discount_zhe", "P00013", ("{t}", "会员价九五折。"), "九五折"),
      ("discount_cheng", "P00018", ("{t}", "直降三成，{p} 美元。"), "三成"),
      ("discount", "P00006", ("{t}", "第二双半价。"), "second half price"),
      ("wrong_currency", "P00061", ("{t}", "售价 {p} 元。"), "元, not USD"),
      ("wrong_currency", "P00057", ("{t}", "¥{p}，米色 A5 笔记本。"), "¥"),
      ("wrong_currency", "P00053", ("{t}", "人民币 {p}。"), "RMB"),
      ("wrong_currency", "P00020", ("{t}", "{p} 港币一包。"), "HKD"),
      ("offer", "P00051", ("{t}", "满一百减二十，先领券再下单。"), "offer"),
      ("offer", "P00010", ("{t}", "新人下单领红包。"), "red packet"),
      ("contact", "P00028", ("{t}", "有问题加微信 shop_8899 咨询。"), "WeChat handle"),
      ("contact", "P00020", ("{t}", "订购电话：幺三九 零零幺二 三四五六。"), "phone in words"),
      ("contact", "P00017", ("{t}", "关注抖音号 xiaodian666 看更多。"), "Douyin handle"),
      ("contact", "P00009", ("{t}", "客服扣扣：八八六六七七九。"), "QQ in numerals"),
      ("contact", "P00045", ("{t}", "官网：xiaodian 点 com 斜杠 sale"), "URL in words"),
      ("markup", "P00009", ("{t}", "<b>128 GB</b> 大容量，<i>随便存</i>。"), "HTML"),
      ("markup", "P00016", ("{t}", "<script>alert('hi')</script>无香型护手霜。"), "script"),
      ("markup", "P00082", ("**{t}**", "### 柑橘香\n- 250 ml\n- {p} 美元"), "markdown"),
      ("assistant_chatter", "P00058", ("{t}", "好的，以下是为您生成的商品文案：白色运动袜，M 码。"), "chatter"),
      ("assistant_chatter", "P00076", ("{t}", "作为一个人工智能助手，我无法查看商品，但这本旅行指南很不错。"), "chatter"),
      ("pasted_json", "P00010", ("{t}", '{{"headline": "{t}", "description": "有机棉T恤"}}'), "JSON"),
      ("content_free", "P00059", ("！！！", "🔥🔥🔥。。。🔥🔥🔥"), "no content"),
      ("personal_name", "P00013", ("{t}", "王阿姨每天早上都用它煮咖啡。"), "name"),
      ("personal_name", "P00021", ("{t}", "陈小姐，这床被子很适合您。"), "name"),
      ("invented_personal", "P00019", ("{t}", "恭喜您搬进新家，给卧室添一对新枕头吧。"), "invented event"),
      ("invented_personal", "P00068", ("{t}", "孩子开学了，买一套积木当奖励吧。"), "invented child/event"),
      ("unfilled_template", "P00032", ("{t}", "【商品名称】适合【使用场景】。"), "full-width placeholders"),
      ("unfilled_template", "P00079", ("{{product_name}}", "{{product_name}}，售价 {p} 美元。"), "brace placeholder"),
      ("unfilled_template", "P00043", ("{t}", "（此处填写卖点）{p} 美元。"), "parenthesis leftover"),
      ("unfilled_template", "P00070", ("XXX 橄榄油", "XXX 品牌，XXX 毫升，售价 XXX。"), "XXX placeholders"),
      ("wrong_language", "P00006", ("{t}", "Comfortable running shoes for everyday training."), "English in zh-CN"),
      ("wrong_language", "P00060", ("{t}", "お仕事にぴったりのネクタイです。"), "Japanese"),
      ("wrong_language", "P00015", ("{t}", "가볍고 튼튼한 줄넘기입니다."), "Korean"),
      ("degenerate_repetition", "P00072", ("{t}", "好用好用好用好用好用好用好用好用好用好用好用好用。"), "repetition"),
      ("degenerate_repetition", "P00054", ("{t}", "意面意面意面，好吃好吃好吃，意面意面意面，好吃好吃好吃。"), "repetition")]
for i, (fam, pid, texts, why) in enumerate(FB):
    F(PD, "bad", fam, P(pid, SEGS[i % 6]), texts, why)

# ---- recommendation messages ----------------------------------------------------------------------
RG = [("occasional", 0, "有空的时候看看这几件。"), ("occasional", 2, "挑了几件日常用得上的。"),
      ("prospect", 0, "第一次来，可以从这几件开始看看。"), ("new", 0, "这几件很适合先了解一下小店。"),
      ("new", 1, "挑了几件日常好物，您可以看看。"), ("bargain-hunter", 0, "几件实用的日常好物。"),
      ("bargain-hunter", 1, "家里常用得到的几件。"), ("at-risk", 0, "按您常逛的类别挑了几件。"),
      ("loyal", 0, "还是您熟悉的类别，多了几个选择。"), ("loyal", 1, "谢谢您常来，这次也为您挑了几件。"),
      ("occasional", 4, "想逛的时候，随时来看看。"), ("prospect", 1, "先看看，有喜欢的再说。")]
for seg, n, s in RG:
    V(RM, "good", "v3_shape", rm(L, seg, n), s, "v3 text; the sentence states nothing checkable")
F(RM, "good", "plain", rm(L, "loyal", 2), ("为您挑了几件", "{first_name}，您好！这次为您挑了：{t0}，{p0} 美元；{t1}，{p1} 美元；{t2}，{p2} 美元。谢谢您的支持。"), "facts")
F(RM, "good", "price_first", rm(L, "bargain-hunter", 2), ("先看价格", "{first_name}，您好！{t0}：{p0} USD。{t1}：{p1} USD。{t2}：{p2} USD。"), "prices")
F(RM, "good", "question", rm(L, "new", 3), ("这些适合您吗？", "{first_name}，您好！{t0}（{p0} 美元）、{t1}（{p1} 美元）、{t2}（{p2} 美元），有您喜欢的吗？"), "question")
F(RM, "good", "polite_closing", rm(L, "occasional", 5), ("为您挑选的好物", "{first_name}，您好！为您挑选：{t0}，{p0} 美元。祝您生活愉快，期待您再次光临。"), "closing")
F(RM, "good", "list", rm(L, "prospect", 3), ("三件好物", "{first_name}，您好！\n一、{t0}，{p0} 美元\n二、{t1}，{p1} 美元\n三、{t2}，{p2} 美元"), "numbered list (一二三 are list markers)")

RB = [("personal_name", ("为您挑选", "张女士，您好！为您挑了 {t0}，{p0} 美元。"), "name instead of {first_name}"),
      ("invented_history", ("您上次买的很合适", "{first_name}，您好！您上个月买过洗发水，这次再看看 {t0}。"), "past purchase"),
      ("invented_history", ("购物车里的宝贝", "{first_name}，您好！您加入购物车的 {t0} 还在等您。"), "cart"),
      ("invented_personal", ("生日快乐", "{first_name}，生日快乐！送您一份心意：{t0}。"), "birthday"),
      ("demographics", ("给宝爸的推荐", "{first_name}，您好！作为一位忙碌的爸爸，{t0} 很适合您。"), "gender/family"),
      ("offer", ("专属优惠券", "{first_name}，您好！领取专属优惠券，{t0} 立减十美元。"), "coupon"),
      ("discount_zhe", ("全场八折", "{first_name}，您好！本周三件都打八折：{t0} 等。"), "八折"),
      ("deadline", ("双十一提前购", "{first_name}，您好！双十一前下单，{t0} 只要 {p0} 美元。"), "festival"),
      ("deadline", ("万圣节快乐", "{first_name}，您好！十月三十一日前下单，{t0} 准时送到。"), "holiday deadline"),
      ("price_swap", ("为您挑选", "{first_name}，您好！{t0}，{p1} 美元；{t1}，{p0} 美元。"), "prices swapped"),
      ("price_wrong", ("为您挑选", "{first_name}，您好！{t0} 现在只要 9.99 美元。"), "price"),
      ("wrong_currency", ("为您挑选", "{first_name}，您好！{t0}，{p0} 元；{t1}，{p1} 元。"), "元"),
      ("shipping", ("全部包邮", "{first_name}，您好！这几件都包邮，顺丰次日达：{t0}。"), "shipping"),
      ("stock_claim", ("到货啦", "{first_name}，您好！{t0} 已经到货，{p0} 美元。"), "stock"),
      ("fake_scarcity", ("库存不多了", "{first_name}，您好！{t0} 只剩两件了。"), "scarcity"),
      ("ranking", ("本月热销", "{first_name}，您好！本月卖得最好的三件：{t0}、{t1}、{t2}。"), "ranking"),
      ("rating_reviews", ("五星好物", "{first_name}，您好！{t0} 收到了满满的五星好评。"), "ratings"),
      ("contact", ("有问题找我们", "{first_name}，您好！加V：xiaodian_520 了解 {t0}。"), "handle"),
      ("contact", ("为您挑选", "{first_name}，您好！打电话给我们：一三八，零零一二，三四五六。"), "phone in numerals"),
      ("markup", ("为您挑选", "<div>{first_name}，您好！<a href='http://x.cn'>点这里</a>看 {t0}</div>"), "HTML"),
      ("assistant_chatter", ("邮件标题", "当然可以！下面是一封推荐邮件：{first_name}，您好！看看 {t0}。"), "chatter"),
      ("pasted_json", ("为您挑选", '{{"subject": "推荐", "body": "{first_name}，您好！{t0}"}}'), "JSON"),
      ("unfilled_template", ("为【用户名】挑选", "【用户名】，您好！为您推荐【商品】，售价 {p0} 美元。"), "placeholders"),
      ("unfilled_template", ("为您挑选", "亲爱的 XX，您好！看看 {t0}。"), "XX placeholder"),
      ("wrong_language", ("Picks for you", "Hi {first_name}, we picked the {t0} for you."), "English in zh-CN"),
      ("partial_title", ("为您挑选", "{first_name}，您好！{t0} 和我们的 Trail 智能手表很配。"), "product not in the picks"),
      ("same_line", ("为您挑选", "{first_name}，您好！{t0} 以及同系列的其他商品都为您准备好了。"), "products nobody listed"),
      ("free_gift", ("下单有礼", "{first_name}，您好！买 {t0} 送帆布袋一个。"), "gift"),
      ("guarantee", ("为您挑选", "{first_name}，您好！{t0} 终身保修，{p0} 美元。"), "guarantee"),
      ("health_claim", ("为您挑选", "{first_name}，您好！这几件让您睡得更香、心情更好：{t0}。"), "well-being")]
for i, (fam, texts, why) in enumerate(RB):
    F(RM, "bad", fam, rm(L, SEGS[i % 6], i), texts, why)
for i, (fam, s, why) in enumerate([("ranking", "这些都是大家最近最爱买的。", "popularity"),
                                    ("urgency", "今天下单最划算，明天就恢复原价。", "urgency"),
                                    ("invented_history", "您之前浏览过这几件，我们帮您留着。", "invented browsing")]):
    V(RM, "bad", fam, rm(L, SEGS[(i + 1) % 6], i + 3), s, why)

# ---- demand insights ------------------------------------------------------------------------------
DG = [("loyal", 0, "感谢老顾客，推荐熟悉类别里的几件。"), ("loyal", 1, "语气亲切一点，挑几件常买类别的好物。"),
      ("bargain-hunter", 0, "开头先写价格，推荐实用的日常好物。"), ("new", 0, "热情欢迎，推荐一件容易上手的商品。"),
      ("new", 1, "简单介绍一下小店，推荐一两件。"), ("prospect", 0, "打个招呼，带顾客看看小店。"),
      ("occasional", 0, "轻轻提醒一下，附上几个选择。"), ("occasional", 1, "不要催促，简单问候就好。")]
for seg, n, s in DG:
    V(DI, "good", "v3_shape", di(L, seg, n), s, "v3 text; the angle states no fact")
F(DI, "good", "insight_plain", di(L, "new", 2), ("新用户，30天购买概率 {prob}，预计 {date} 下单。", "{pnxtzh}，{date} 之前发一封问候邮件。"), "facts")
F(DI, "good", "insight_short", di(L, "prospect", 2), ("潜在用户，概率 {prob}，预计订单 {exp}。", "{pnxtzh}，在 {date} 前发送。"), "facts")

DB = [("demographics", "应该是二十多岁的女生，语气活泼一点。", "age/gender"),
      ("demographics", "看起来是有小孩的家庭，可以提亲子时光。", "family"),
      ("invented_history", "上次投诉过快递慢，先道个歉。", "complaint"),
      ("offer", "发一张满减券，促成下单。", "offer"),
      ("deadline", "结合双十一大促来写。", "festival"),
      ("personal_name", "李先生喜欢被叫名字，开头写上他的名字。", "name"),
      ("assistant_chatter", "好的，这是您要的角度：友好一点！", "chatter"),
      ("wrong_next_need", "推荐户外装备，露营季快到了。", "next category differs"),
      ("fake_scarcity", "告诉顾客库存快没了。", "scarcity")]
for i, (fam, s, why) in enumerate(DB):
    x = di(L, ["loyal", "new", "bargain-hunter", "occasional", "prospect"][i % 5], i + 3)
    if fam == "wrong_next_need" and x["prediction"]["next_category"] == "outdoors":
        s = "推荐厨房用品，顾客喜欢烘焙。"
    V(DI, "bad", fam, x, s, why)
F(DI, "bad", "wrong_date", di(L, "loyal", 4), ("忠实用户，预计 2026-12-24 下单。", "{pnxtzh}，在 2026-12-24 之前发送：写一封节日问候。"), "wrong date")
F(DI, "bad", "number_reused", di(L, "new", 5), ("新用户，30天购买概率 {prob}。", "下一单优惠 {prob}，在 {date} 之前发送。"), "probability as a discount")
F(DI, "bad", "number_wrong", di(L, "prospect", 4), ("潜在用户，九成的把握这个月会下单。", "{pnxtzh}，{date} 之前：先写价格。"), "九成 wrong probability")

RG2 = [("new", 4, "先挑几件简单的看看。"), ("occasional", 6, "下次来逛的时候，可以看看这些。"),
       ("bargain-hunter", 3, "日常用得上的几件，一眼看清价格。")]
for seg, n, s in RG2:
    V(RM, "good", "v3_shape", rm(L, seg, n), s, "v3 text")
DG2 = [("new", 3, "语气轻松，推荐一件商品。"), ("prospect", 3, "简短问候，附上几件商品。"),
       ("loyal", 3, "先说谢谢，再推荐几件。")]
for seg, n, s in DG2:
    V(DI, "good", "v3_shape", di(L, seg, n), s, "v3 text")
