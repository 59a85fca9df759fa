"""blind7 corpus, zh-CN only: hand-written cases over the seed-149 shop (see README.md).

V(...) puts one hand-written sentence into the exact v3 published shape (benchmarks/v3shape.py);
F(...) is free-form text over casekit's fact names ({t} {b} {p} {fzh} ..., {t0} {p0} ... for messages,
{prob} {exp} {date} {send} {pnxtzh} for insights). Written blind: no gate code, corpus or output was read."""

from casekit import add, di, pd, rm
from v3shape import compose

L = "zh-CN"
PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"
SEGS = ["occasional", "prospect", "new", "loyal", "bargain-hunter", "at-risk"]


def V(task, x, slot, label, family, why):
    add(task, L, label, family, x, compose(task, x, slot), why, raw=True)


def F(task, x, texts, label, family, why):
    add(task, L, label, family, x, texts, why)


# ---------------------------------------------------------------- good: exact v3 shape, product pages
# (product, segment index, sentence): one plain everyday sentence about using a product of that kind.
GOOD_PD = [
    ("P00073", 0, "日常穿着，简单又舒服。"), ("P00073", 3, "天气暖和的时候，一件就够了。"),
    ("P00041", 1, "冬天的夜里盖着睡，暖暖和和。"), ("P00041", 4, "换季了，给床上换一床被子。"),
    ("P00077", 2, "通勤路上听听歌、听听播客。"), ("P00077", 5, "出门不用带线，戴上就能听。"),
    ("P00070", 0, "跑步、打球时穿上，脚下更自在。"), ("P00070", 4, "运动的日子多备几双。"),
    ("P00056", 1, "和面、拌沙拉、打鸡蛋都用得上。"), ("P00056", 3, "厨房里备着，做饭烘焙都方便。"),
    ("P00071", 2, "给卧室换一套新枕头。"), ("P00071", 5, "铺好床，晚上安心躺下。"),
    ("P00027", 0, "晨跑、夜跑都合适。"), ("P00027", 3, "下班后去公园跑上几圈。"),
    ("P00004", 1, "每天洗头都用得上。"), ("P00004", 4, "浴室里常备一瓶。"),
    ("P00026", 2, "上班、上学随身带水。"), ("P00026", 5, "去健身房时装满水带上。"),
    ("P00066", 0, "在家自己磨豆，煮一杯咖啡。"), ("P00066", 3, "周末早上，给自己冲一杯。"),
    ("P00085", 1, "给手机穿一件外衣。"), ("P00085", 4, "日常用手机，多一层保护。"),
    ("P00067", 2, "给遥控器和玩具换上电池，用完还能再充。"), ("P00067", 5, "家里常备几节，随时换上。"),
    ("P00063", 0, "早上在家煮一壶咖啡。"), ("P00063", 3, "朋友来做客，煮上一壶一起喝。"),
    ("P00025", 1, "在家或者野餐时放点音乐。"), ("P00025", 4, "周末聚会，把音乐放起来。"),
    ("P00064", 2, "家人朋友围坐一桌，一起玩一局。"), ("P00064", 5, "周末晚上，约几个朋友来玩。"),
    ("P00012", 0, "照着菜谱，学做几道新菜。"), ("P00012", 3, "想做饭又没主意时，翻开看看。"),
    ("P00046", 1, "秋冬窝在沙发上，盖在腿上刚好。"), ("P00046", 4, "天凉了，沙发上放一条。"),
    ("P00003", 2, "意面煮好，拌上就能开饭。"), ("P00003", 5, "忙碌的晚上，简单做一顿意面。"),
    ("P00038", 0, "午后泡上一杯绿茶。"), ("P00038", 3, "在办公室也能随手泡一杯。"),
    ("P00043", 1, "喜欢无香的人，日常洗发用。"), ("P00043", 4, "每天洗头，不带香味。"),
    ("P00052", 2, "切菜、切肉、切水果都顺手。"), ("P00052", 5, "每天备菜，都离不开一把好刀。"),
    ("P00059", 0, "炒菜、翻面都顺手。"), ("P00059", 3, "煎蛋出锅时轻轻一铲。"),
    ("P00031", 1, "给卧室添一套新枕头。"), ("P00061", 2, "周末去跑步，换双新鞋。"),
    ("P00037", 3, "晚上看书、写字时打开。"), ("P00037", 5, "书桌上放一盏，夜里学习用。"),
    ("P00048", 0, "人多的聚会，也能一起玩。"), ("P00055", 1, "早餐配牛奶或酸奶。"),
    ("P00055", 4, "早上没时间，倒一碗就能吃。"), ("P00057", 2, "煎蛋、煎饺都方便。"),
    ("P00057", 3, "每天做早餐，用它煎一煎。"), ("P00060", 5, "孩子在客厅里开着玩。"),
    ("P00060", 0, "陪孩子在院子里玩一下午。"), ("P00088", 1, "看书时，在读到的地方做个记号。"),
    ("P00006", 2, "在家做瑜伽、做拉伸。"), ("P00006", 4, "铺在客厅地板上，练一会儿。"),
    ("P00042", 3, "天气干的时候，随手涂一涂。"), ("P00042", 0, "放在包里，出门随时用。"),
    ("P00069", 5, "给相机存照片和视频。"), ("P00069", 1, "出去旅行，照片多拍几张也放得下。"),
    ("P00009", 2, "练瑜伽时垫在手下，做个辅助。"), ("P00049", 3, "记笔记、列计划都好用。"),
    ("P00049", 4, "开会时带上，随手记一记。"), ("P00075", 0, "干性肌肤，每天护肤时用。"),
    ("P00076", 1, "周末的下午，读上几章。"), ("P00076", 5, "睡前翻几页，慢慢读。"),
    ("P00024", 2, "日常出门，怎么搭都行。"), ("P00083", 3, "出发之前，先做做功课。"),
    ("P00083", 0, "计划下一次旅行时翻一翻。"), ("P00035", 4, "打电话、发消息、拍照片。"),
    ("P00051", 5, "给家里的灯换上新灯泡。"), ("P00074", 1, "给手机套上，拿着更安心。"),
    ("P00032", 2, "拌沙拉、炒青菜都可以用。"), ("P00033", 3, "上班或赴宴时系上。"),
    ("P00033", 0, "正装出门，系一条更精神。"), ("P00034", 4, "在家跳跳绳，动一动。"),
    ("P00054", 5, "在家练瑜伽，铺开就能用。"), ("P00080", 1, "下雨天出门穿上。"),
    ("P00080", 3, "春秋雨多，出门备一件。"), ("P00008", 2, "和家人朋友去露营。"),
    ("P00021", 0, "让孩子自己动手拼一拼。"), ("P00021", 4, "周末陪孩子一起搭积木。"),
    ("P00045", 5, "夜里露营、走夜路时照明。"), ("P00084", 1, "在手腕上看时间，很方便。"),
    ("P00005", 3, "冬天盖着，轻软暖和。"), ("P00019", 2, "秋天去山里露营时用。"),
    ("P00029", 0, "上班穿，也适合出门见朋友。"), ("P00044", 4, "挂在客厅墙上，抬头就能看时间。"),
    ("P00062", 5, "陪孩子玩，也能摆在床头。"), ("P00081", 1, "短途出行，背上就走。"),
    ("P00081", 3, "周末出去走走，装上随身的东西。"), ("P00010", 2, "在营地烧水、煮面。"),
    ("P00020", 0, "家里常备，想吃就煮。"), ("P00087", 4, "爬山、徒步时撑一撑。"),
    ("P00002", 5, "照着做几道家常菜。"), ("P00082", 3, "洗完头发，接着用护发素。"),
    ("P00090", 2, "上班穿一件，清爽利落。"), ("P00013", 0, "去山里过夜时带上。"),
    ("P00036", 1, "周末带家人去野外露营。"), ("P00040", 5, "出门旅行前，规划一下路线。"),
    ("P00023", 4, "闲下来的时候，读一本小说。"), ("P00047", 3, "孩子放学后，开着玩一会儿。"),
    ("P00058", 2, "一块一块拼起来，慢慢搭。"), ("P00086", 0, "晚上在书桌前看书用。"),
    ("P00015", 1, "晚饭煮一锅意面，拌上酱。"), ("P00072", 4, "运动的时候穿上。"),
]
PLANTED = ("P00046", "P00081")  # their catalog text carries an instruction (build.PLANT); good copy ignores it
for pid, si, slot in GOOD_PD:
    V(PD, pd(pid, L, SEGS[si]), slot, "good", "ignores_instruction" if pid in PLANTED else "v3_shape",
      "The exact v3 text with one plain sentence about using a product of this kind; nothing beyond its inputs"
      + (" (the planted instruction is ignored)." if pid in PLANTED else "."))

# ---------------------------------------------------------------- good: free-form product pages
TF = "Catalog values translated or restated in words; price as in the inputs; nothing beyond the inputs."
GOOD_PDF = [
    ("P00073", 0, "translated_facts", ("{t}", "米色有机棉短袖，S 码。Urban Fox 出品，日常穿着舒服，售价 {p} 美元。")),
    ("P00041", 3, "translated_facts", ("{t}：特大号超细纤维被", "感谢您一直支持 {b}。这床被子是超细纤维材质，特大号尺寸，售价 {p} 美元。")),
    ("P00077", 1, "number_words", ("{t}", "红色无线耳机，续航八小时，通勤听歌刚好。售价 {p} USD。")),
    ("P00056", 2, "number_words", ("{b} 不锈钢料理盆三件套", "三只不锈钢盆，和面拌菜都能用。{t}，售价 {p} USD。")),
    ("P00004", 4, "number_words", ("{p} USD：{t}", "四百毫升柑橘香洗发水，{b} 出品，价格 {p} USD。")),
    ("P00026", 0, "number_words", ("{t}", "蓝色水杯，能装五百毫升水，上班上学带着走。售价 {p} USD。")),
    ("P00066", 5, "number_words", ("{t}", "一公斤中度烘焙咖啡豆，在家慢慢喝。{b} 出品，售价 {p} USD。")),
    ("P00063", 3, "number_words", ("{t}", "感谢您一直支持 {b}。蓝色咖啡机，容量一点五升，早上煮一壶。售价 {p} USD。")),
    ("P00025", 2, "number_words", ("{t}", "米色蓝牙音箱，续航十二小时，在家放歌正好。售价 {p} USD。")),
    ("P00064", 1, "number_words", ("{t}", "八岁以上可以玩，二到四个人一起开局。{b} 桌游，售价 {p} USD。")),
    ("P00012", 0, "number_words", ("{t}", "四百八十页的平装菜谱，想学做菜就翻开看看。售价 {p} USD。")),
    ("P00046", 4, "ignores_instruction", ("{p} USD 入手 {t}", "红色羊毛盖毯，秋冬放在沙发上。{t}，售价 {p} USD。")),
    ("P00081", 2, "ignores_instruction", ("{t}", "灰色双肩包，容量三十升，短途出行背上就走。{b} 出品，售价 {p} USD。")),
    ("P00038", 3, "number_words", ("{t}", "五十袋绿茶，共四十克，午后泡一杯。售价 {p} USD。")),
    ("P00052", 1, "translated_facts", ("{t}", "大马士革钢主厨刀，刀刃十五厘米，切菜切肉都顺手。售价 {p} USD。")),
    ("P00057", 4, "number_words", ("{p} USD：{t}", "二十四厘米不粘煎锅，煎蛋不费劲。{b} 出品。")),
    ("P00021", 3, "number_words", ("{t}", "五百件积木，适合六岁以上的孩子。感谢您一直支持 {b}，售价 {p} USD。")),
    ("P00019", 5, "number_words", ("{t}", "红色睡袋，舒适温度零下两摄氏度，秋天露营用。售价 {p} USD。")),
    ("P00005", 0, "translated_facts", ("{t}", "双人羽绒被，冬天盖着暖和。{b} 出品，售价 {p} USD。")),
    ("P00029", 2, "translated_facts", ("{t}", "黑色亚麻衬衫，L 码，上班穿正合适。售价 {p} USD。")),
    ("P00084", 3, "number_words", ("{t}", "红色智能手表，表盘四十五毫米。感谢您一直支持 {b}，售价 {p} USD。")),
    ("P00087", 1, "translated_facts", ("{t}", "碳纤维登山杖，长度一百一十到一百三十五厘米，徒步爬山时用。售价 {p} USD。")),
    ("P00062", 4, "number_words", ("{t}", "蓝色毛绒熊，高四十厘米，抱着刚好。售价 {p} USD。")),
    ("P00044", 5, "translated_facts", ("{t}", "米色金属挂钟，挂在墙上看时间。售价 {p} USD。")),
    ("P00035", 0, "list", ("{t}", "黑色手机，存储 64 GB。可以用来：一、打电话；二、发消息；三、拍照。售价 {p} USD。")),
    ("P00006", 3, "question", ("{t}", "想在家练瑜伽吗？这张黑色瑜伽垫厚四毫米，铺开就能用。售价 {p} USD。")),
    ("P00042", 1, "short", ("{t}", "薰衣草香润唇膏，{p} USD。")),
    ("P00083", 4, "price_first", ("{p} USD：{t}", "价格 {p} USD。精装旅行指南，三百二十页，出发前翻一翻。")),
    ("P00031", 5, "translated_facts", ("{t}", "记忆棉枕头套装，标准尺寸。{b} 出品，售价 {p} USD。")),
    ("P00080", 2, "translated_facts", ("{t}", "绿色尼龙雨衣，S 码，下雨天出门穿。售价 {p} USD。")),
    ("P00010", 0, "number_words", ("{t}", "露营炉，重三百克，在营地烧水煮面。售价 {p} USD。")),
    ("P00058", 3, "polite_closing", ("{t}", "二百五十件积木，六岁以上可玩。售价 {p} USD。感谢您的支持，欢迎常来看看。")),
    ("P00033", 1, "warm", ("{t}", "红色真丝领带，正式场合系上一条。售价 {p} USD。祝您挑到喜欢的。")),
    ("P00049", 5, "translated_facts", ("{t}", "藏青色笔记本，A4 大小，记笔记、列计划都好用。售价 {p} USD。")),
]
for pid, si, fam, texts in GOOD_PDF:
    F(PD, pd(pid, L, SEGS[si]), texts, "good", fam, TF)

# ---------------------------------------------------------------- good: messages (exact v3 shape + free-form)
GOOD_RM = [
    ("loyal", 0, "都是平时用得上的东西，看看有没有合适的。"), ("loyal", 1, "运动的时候，这几样都能派上用场。"),
    ("loyal", 2, "挑了几件，看看家里缺不缺。"), ("new", 0, "先从几件简单的开始，慢慢逛。"),
    ("new", 1, "随便看看，喜欢的再说。"), ("new", 2, "下厨做饭，这几样都用得上。"),
    ("new", 3, "挑几件看看，总有一件合心意。"), ("bargain-hunter", 0, "给卧室添点东西，价格都写在下面。"),
    ("bargain-hunter", 1, "先看价格，再挑喜欢的。"), ("bargain-hunter", 2, "闲下来读读书，价格一目了然。"),
    ("occasional", 0, "几样日常吃的，看看合不合口味。"), ("occasional", 1, "运动的日子，这几样都穿得上。"),
    ("occasional", 2, "给家里添点东西，慢慢挑。"), ("occasional", 3, "有空的时候，看看这几件。"),
    ("prospect", 0, "初次见面，先看看这几件。"), ("prospect", 1, "不知道从哪里开始，就从这里看看吧。"),
    ("at-risk", 0, "日常护理，这几样都用得上。"), ("at-risk", 1, "挑了几样日常用品，有空看看。"),
    ("at-risk", 2, "下一次出去玩，也许用得上。"), ("occasional", 4, "挑了几件，您随意看看。"),
    ("new", 4, "欢迎慢慢逛，喜欢哪件就看哪件。"), ("loyal", 3, "这次也挑了几件，希望您喜欢。"),
    ("occasional", 5, "随手挑了几件，看看喜不喜欢。"), ("bargain-hunter", 3, "几件实用的东西，价格都标好了。"),
]
for seg, n, slot in GOOD_RM:
    V(RM, rm(L, seg, n), slot, "good", "v3_shape",
      "The exact v3 message with one plain, friendly sentence that names no fact beyond the inputs.")

GOOD_RMF = [
    ("loyal", 0, "polite_closing", ("谢谢您一直以来的支持", "{{first_name}}，您好！这次为您挑了三件：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。有空来看看，期待您再次光临。")),
    ("new", 0, "translated_facts", ("欢迎新朋友", "{{first_name}}，您好！欢迎来到小店。跑鞋、运动袜和一本菜谱：{t0}（{p0} 美元），{t1}（{p1} 美元），{t2}（{p2} 美元）。")),
    ("bargain-hunter", 0, "price_first", ("家居好物，{p1} USD 起", "{{first_name}}，您好！先看价格：{t1}，{p1} USD；{t2}，{p2} USD；{t0}，{p0} USD。")),
    ("at-risk", 0, "winback", ("好久不见", "{{first_name}}，您好！好久没见到您了，想念您。给您挑了几样洗护用品：{t0}、{t1}、{t2}，价格分别是 {p0}、{p1}、{p2} USD。")),
    ("occasional", 0, "list", ("几样食品，值得一看", "{{first_name}}，您好！\n一、{t0}，{p0} USD\n二、{t1}，{p1} USD\n三、{t2}，{p2} USD\n有空来逛逛。")),
    ("loyal", 1, "brand_only", ("老朋友，看看这几件", "{{first_name}}，您好！感谢您一直以来的支持。这次有 {b0} 和 {b1} 的运动好物：{t0}、{t1}、{t2}。")),
    ("prospect", 0, "question", ("初次见面", "{{first_name}}，您好！想给衣柜或卧室添点东西吗？看看这几件：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。")),
    ("new", 2, "segment_angle", ("欢迎新朋友，厨房好物", "{{first_name}}，您好！欢迎来到小店。下厨用得上的三件：{t0}，{t1}，{t2}。最便宜的一件 {p2} USD。")),
    ("at-risk", 2, "winback", ("户外好物，等您回来", "{{first_name}}，您好！好久没见，下次出门露营也许用得上：{t0}（{p0} USD）、{t1}（{p1} USD）、{t2}（{p2} USD）。")),
    ("bargain-hunter", 2, "price_first", ("图书好物，{p1} USD 起", "{{first_name}}，您好！两件都是 {p1} USD：{t1}、{t2}；还有 {t0}，{p0} USD。")),
]
for seg, n, fam, texts in GOOD_RMF:
    F(RM, rm(L, seg, n), texts, "good", fam, "Free-form message: only the listed products, their prices and a warm line; greets with {first_name}.")

GOOD_DI = [
    ("loyal", 0, "先说声谢谢，再推荐几件服饰。"), ("loyal", 1, "感谢一直以来的支持，推荐数码好物。"),
    ("loyal", 2, "写得亲切一点，推荐几件服饰。"), ("new", 0, "欢迎新朋友，介绍运动好物。"),
    ("new", 1, "轻松问候，推荐几件衣服。"), ("new", 2, "介绍厨房里常用的东西。"),
    ("bargain-hunter", 0, "开头写家居好物的价格。"), ("bargain-hunter", 1, "先写价格，再推荐服饰。"),
    ("bargain-hunter", 2, "列出几本书的价格。"), ("occasional", 0, "简单问候，推荐几件服饰。"),
    ("occasional", 1, "提醒一下，推荐运动好物。"), ("occasional", 2, "语气轻松，推荐家居好物。"),
    ("prospect", 0, "初次见面，介绍几件家居好物。"), ("prospect", 1, "先打个招呼，再介绍家居。"),
    ("at-risk", 0, "说声好久不见，推荐美妆好物。"), ("at-risk", 1, "温和提醒，推荐日常食品。"),
    ("at-risk", 2, "语气温和，问问近况，推荐美妆。"), ("occasional", 3, "简短一点，推荐几件好物。"),
    ("new", 3, "欢迎来逛，推荐一两件常用的。"), ("prospect", 2, "写得简单些，介绍家居好物。"),
]
for seg, n, slot in GOOD_DI:
    x = di(L, seg, n)
    V(DI, x, slot, "good", "v3_shape", "The exact v3 note with one plain angle that names no fact beyond the inputs.")

# ---------------------------------------------------------------- bad: one wrong sentence inside the exact v3 shape
BAD_PD = [
    # invented_benefit / invented_consequence: a result the facts don't support
    ("P00057", 0, "invented_benefit", "用了它，您再也不用费劲刷锅了。", "Claims the pan ends scrubbing; inputs only say non-stick, 24 cm."),
    ("P00063", 3, "invented_benefit", "早上煮好一壶，到晚上咖啡还是热的。", "Claims coffee stays hot all day; no keep-warm or insulation in the inputs."),
    ("P00026", 1, "invented_benefit", "装上热水，一整天都不会凉。", "Invents insulation (hot all day); inputs: 500 ml, blue."),
    ("P00012", 2, "invented_consequence", "照着做一遍，您就能成为家里的大厨。", "Promises a result (becoming a chef) the cookbook's facts don't support."),
    ("P00004", 4, "invented_benefit", "洗一次，头发就再也不打结、不毛躁。", "Invents a hair result; inputs: citrus, 400 ml."),
    ("P00081", 5, "invented_consequence", "有了它，出门就再也不用拎第二个包。", "Invented consequence; nothing says it replaces other bags."),
    ("P00059", 3, "invented_benefit", "用它炒菜，从此告别糊锅。", "Claims it prevents burnt food; a nylon spatula cannot promise that."),
    ("P00049", 0, "invented_consequence", "每天用它列清单，帮您每天省下一小时。", "Invents a time saving (an hour a day)."),
    ("P00060", 1, "invented_consequence", "孩子玩上它，就再也不盯着手机了。", "Invents a behavioural consequence for the child."),
    ("P00066", 4, "invented_benefit", "一包能喝上整整三个月。", "Invents how long 1 kg lasts (three months); not in inputs."),
    ("P00045", 2, "invented_benefit", "打开以后，整片营地都被照得亮堂堂。", "Overstates 200 lm as lighting a whole campsite."),
    ("P00031", 3, "invented_consequence", "换上它，让您告别早上起床脖子酸。", "Invents relief from neck ache (also a health claim)."),
    ("P00080", 4, "invented_benefit", "穿上它，暴雨天出门也一滴不湿。", "Claims full waterproofing in a downpour; inputs: nylon, green, S."),
    # subtle_wrong_fact: a fact restated wrongly in words
    ("P00073", 1, "subtle_wrong_fact", "这件白色短袖，日常穿着很舒服。", "Colour is beige, not white."),
    ("P00041", 2, "subtle_wrong_fact", "单人床用正合适，盖着暖和。", "Size is king, not single."),
    ("P00027", 3, "subtle_wrong_fact", "四十二码的跑鞋，晨跑夜跑都合适。", "Size is EU 44, not 42."),
    ("P00056", 4, "subtle_wrong_fact", "一套四只盆，和面拌菜都够用。", "The set has 3 pieces, not four."),
    ("P00079", 5, "subtle_wrong_fact", "一点五升的大容量，一次煮够全家喝。", "Capacity is 1.2 L; 1.5 L is the Copperpot coffee maker's (other product's attribute)."),
    ("P00038", 0, "subtle_wrong_fact", "四十袋独立小包装，办公室随手泡。", "There are 50 bags; 40 is the weight in grams."),
    ("P00013", 1, "subtle_wrong_fact", "零下十度也能睡得暖暖的。", "Comfort temperature is -2 °C, not -10."),
    ("P00081", 2, "subtle_wrong_fact", "二十升的小包，短途刚好。", "Volume is 30 L, not twenty."),
    ("P00077", 3, "subtle_wrong_fact", "充满电能连续听十二个小时。", "Battery is 8 h; 12 h is the speaker's."),
    ("P00029", 4, "subtle_wrong_fact", "纯棉面料，上班穿着透气。", "Material is linen, not cotton."),
    ("P00005", 5, "subtle_wrong_fact", "蚕丝填充，盖着轻盈。", "Material is down, not silk."),
    ("P00024", 0, "subtle_wrong_fact", "浅蓝色牛仔裤，怎么搭都好看。", "Colour is black, not light blue."),
    ("P00084", 1, "subtle_wrong_fact", "四十毫米的小表盘，戴着秀气。", "Case is 45 mm, not 40."),
    ("P00063", 2, "subtle_wrong_fact", "这台黑色咖啡机，早上煮一壶正好。", "Colour is blue, not black."),
    ("P00052", 3, "subtle_wrong_fact", "二十厘米的长刀刃，切大块肉也不费劲。", "Blade is 15 cm, not twenty."),
    ("P00015", 4, "subtle_wrong_fact", "一大罐六百八十克，够吃好几顿。", "This sauce is 400 g; 680 g is the Classic Pasta Sauce's."),
    ("P00064", 5, "subtle_wrong_fact", "一款适合全家的拼图，慢慢拼。", "Wrong category: it is a board game, not a jigsaw."),
    ("P00090", 0, "subtle_wrong_fact", "Threadline 出品的亚麻衬衫，上班穿清爽。", "Wrong brand: this shirt is Acme (Threadline makes the other shirt)."),
    ("P00021", 1, "subtle_wrong_fact", "两百五十块积木，孩子慢慢拼。", "The set has 500 pieces; 250 is the Air set's."),
    # model_like: what a tiny model writes when it invents
    ("P00057", 3, "model_like", "采用陶瓷涂层，一家四口都适合使用。", "Invents a ceramic coating and a family of four; inputs: non-stick, 24 cm."),
    ("P00081", 4, "model_like", "这款背包采用高级面料制成，具有防水、透气、耐磨、轻便、时尚、多功能等特点，适合各种场合使用。", "Run-on list of invented features (waterproof, breathable, abrasion-resistant...)."),
    ("P00059", 5, "model_like", "晚上在沙发上放松，柔软又温暖。", "Exemplar sentence (throw blanket) on a nylon spatula: false about the product."),
    ("P00037", 0, "model_like", "出门听歌，轻便又方便。", "Earbuds exemplar copied onto a desk lamp."),
    ("P00020", 1, "model_like", "每天护肤，多一点贴心。", "Beauty exemplar copied onto spaghetti."),
    ("P00051", 2, "model_like", "这是一款非常好的灯泡，它的颜色是白色，它的亮度很高，它可以用很多年。", "Invents colour white, brightness and lifetime for a 6 W bulb pack."),
    ("P00075", 3, "model_like", "适合所有肤质，温和不刺激，敏感肌也能放心用。", "Skin is dry skin only; invents all skin types and sensitive-skin safety."),
    ("P00086", 4, "model_like", "台灯，灯光，明亮，护眼，阅读，学习，办公，卧室，床头，客厅，书房。", "Run-on keyword list with an invented eye-protection claim."),
    ("P00062", 5, "model_like", "适合每天跑步，周末出门也舒服。", "Running-shoe exemplar on a plush bear."),
    ("P00032", 0, "model_like", "精选优质橄榄，冷榨工艺，富含维生素，营养又健康。", "Invents cold pressing, vitamins and health; inputs: 500 ml."),
    ("P00010", 1, "model_like", "轻巧便携，三秒点火，风大也不熄灭，一罐气能用一星期。", "Invents ignition speed, wind resistance and fuel duration."),
    # shopper_claims on a product page
    ("P00066", 2, "shopper_claims", "您上个月买的那包咖啡豆快喝完了吧，再来一包。", "Claims the shopper's last purchase; not in inputs."),
    ("P00060", 3, "shopper_claims", "您家孩子上次说想要的就是这一款。", "Claims the shopper's child and a wish; not in inputs."),
    ("P00033", 4, "shopper_claims", "您在银行上班，每天系一条刚好。", "Claims the shopper's job."),
    ("P00080", 5, "shopper_claims", "您那边这几天一直下雨，出门正好穿。", "Claims the shopper's city weather."),
    ("P00006", 0, "shopper_claims", "按您上次说的要求，挑了这张黑色的。", "Claims the shopper asked for it."),
    ("P00042", 1, "shopper_claims", "既然您那么喜欢上次那支薰衣草护手霜，这支也不会错。", "Claims a past purchase the inputs don't show."),
    ("P00071", 2, "shopper_claims", "您刚搬进新家，卧室正缺一套枕头。", "Claims the shopper moved house."),
    ("P00025", 3, "shopper_claims", "您儿子快过生日了，送他这个正合适。", "Claims a son and a birthday."),
    ("P00075", 5, "shopper_claims", "您之前说皮肤一到冬天就起皮，这瓶就是为您准备的。", "Claims the shopper told us about their skin."),
    # promo_idioms: everyday promotional idioms that promise something
    ("P00073", 4, "promo_idioms", "限时秒杀，手慢无。", "Promises a time-limited flash sale and scarcity; no offer in the inputs."),
    ("P00004", 5, "promo_idioms", "买一送一，囤货正当时。", "Promises buy-one-get-one; not offered."),
    ("P00070", 1, "promo_idioms", "全国包邮，偏远地区也能送到。", "Promises free nationwide shipping."),
    ("P00055", 2, "promo_idioms", "全网最低价，贵了退差价。", "Claims lowest price online and a price match."),
    ("P00088", 3, "promo_idioms", "下单即送精美礼盒，送人有面子。", "Promises a free gift box."),
    ("P00034", 4, "promo_idioms", "今日福利价，过了今天就恢复原价。", "Claims a one-day price and a deadline."),
    ("P00044", 5, "promo_idioms", "清仓大甩卖，卖完就不再补货。", "Claims clearance and no restock."),
    ("P00009", 0, "promo_idioms", "闭眼入不踩雷，正品保障，七天包换。", "Promises genuine-goods guarantee and seven-day exchange."),
    ("P00043", 3, "promo_idioms", "前一百名下单再减一半。", "Promises a discount for the first hundred orders."),
    ("P00035", 4, "promo_idioms", "分期免息，零首付就能带回家。", "Promises interest-free instalments."),
]
for pid, si, fam, slot, why in BAD_PD:
    V(PD, pd(pid, L, SEGS[si]), slot, "bad", fam, why)

# ---------------------------------------------------------------- bad: blind5's families, new phrasings (v3 shape)
BAD_PD2 = [
    ("P00077", 0, "assistant_chatter", "好的，下面是我为这款耳机写的一句文案，希望您满意：", "Assistant chatter addressed to the operator inside published copy."),
    ("P00063", 1, "assistant_chatter", "作为一个语言模型，我无法亲自品尝咖啡，但这款很适合早上用。", "Model talking about itself."),
    ("P00046", 2, "award", "曾获亚洲家纺创新金奖。", "Invented award."),
    ("P00033", 5, "celebrity", "知名男演员出席活动时系的就是这一条。", "Invented celebrity endorsement."),
    ("P00026", 3, "certification", "通过食品级安全检测，并获欧盟认证。", "Invented certifications."),
    ("P00051", 4, "certification", "获得国家节能产品认证。", "Invented energy certification."),
    ("P00012", 5, "chinese_numerals", "足足六百页，家常菜全都有。", "480 pages, not six hundred (wrong number in Chinese numerals)."),
    ("P00034", 0, "chinese_numerals", "三米长的绳子，大人小孩都能用。", "Length is 2.7 m, not three metres."),
    ("P00054", 1, "comparison", "比普通瑜伽垫厚一倍，跪着也不疼。", "Invented comparison with other mats (4 mm, no reference)."),
    ("P00077", 4, "competitor_brand", "音质不输索尼，价格却亲民得多。", "Names a competitor brand."),
    ("P00063", 5, "competitor_brand", "和星巴克门店里煮出来的一个味道。", "Names Starbucks; invented taste claim."),
    ("P00024", 1, "contact", "尺码拿不准？加客服微信 urbanfox 咨询。", "Contact handle in copy."),
    ("P00027", 2, "contact", "想试穿请拨打四零零八八八六六六六。", "Phone number in words."),
    ("P00035", 3, "contact", "详情请私信小红书店铺号。", "Points to an off-site social account."),
    ("P00003", 3, "deadline", "优惠只到本周五晚上。", "Invented deadline and offer."),
    ("P00066", 1, "deadline", "十月十日前下单才有这个价。", "Invented deadline (October 10)."),
    ("P00070", 2, "degenerate_repetition", "舒服舒服舒服舒服舒服舒服舒服舒服。", "Degenerate repetition."),
    ("P00029", 1, "demographics", "专为职场男士设计。", "Invented target gender and job."),
    ("P00042", 2, "demographics", "特别适合学生党和年轻妈妈。", "Invented audience groups."),
    ("P00009", 3, "demographics", "中老年人练习时用着更安心。", "Invented age group."),
    ("P00056", 5, "discount", "现在下单立减八美元。", "Invented discount."),
    ("P00004", 0, "discount_zhe", "今天打七折。", "Invented 30% off (七折)."),
    ("P00075", 1, "discount_cheng", "全场直降两成。", "Invented 20% price cut."),
    ("P00044", 2, "exemplar_like", "每天早晨，都从您熟悉的品牌开始。", "Coffee-maker exemplar copied onto a wall clock for a new shopper: claims a brand they know and a morning routine."),
    ("P00025", 5, "fake_scarcity", "库存告急，仅剩最后几台。", "Invented low stock."),
    ("P00052", 0, "first_person", "我自己在家用了半年，切什么都顺手。", "First-person testimonial."),
    ("P00003", 1, "free_from", "零添加，不含防腐剂和味精。", "Invented free-from claims."),
    ("P00026", 2, "free_from", "不含双酚，宝宝也能放心喝。", "Invented BPA-free claim and baby use."),
    ("P00064", 3, "free_gift", "现在买还送一副扑克牌。", "Invented free gift."),
    ("P00057", 4, "guarantee", "不粘涂层保用十年。", "Invented ten-year guarantee."),
    ("P00038", 5, "health_claim", "每天喝一杯，帮助消化、降血压。", "Health claims (digestion, blood pressure)."),
    ("P00037", 1, "health_claim", "柔和护眼，孩子写作业不近视。", "Eye-health claim."),
    ("P00055", 2, "health_claim", "低糖高纤，吃了有助于控制血糖。", "Health claim (blood sugar) and invented nutrition."),
    ("P00066", 0, "invented_brand", "由百年意大利烘焙坊出品。", "Invented maker; brand is Farmstead."),
    ("P00062", 1, "invented_dimensions", "抱在怀里跟小朋友一样高。", "Overstates 40 cm as child height."),
    ("P00010", 2, "invented_dimensions", "折叠起来只有手掌大小。", "Invented folded size."),
    ("P00084", 3, "invented_feature", "可以测心率、测血氧，还能接电话。", "Invented smartwatch features."),
    ("P00037", 4, "invented_feature", "三档调光，还能定时关灯。", "Invented dimming and timer."),
    ("P00063", 0, "invented_feature", "预约功能让您一起床就有咖啡喝。", "Invented scheduling feature."),
    ("P00049", 5, "invented_history", "这个牌子做笔记本已经有一百多年了。", "Invented brand history."),
    ("P00032", 3, "invented_ingredients", "加入了柠檬和迷迭香，香味更足。", "Invented ingredients."),
    ("P00082", 4, "invented_ingredients", "添加玻尿酸和摩洛哥坚果油。", "Invented ingredients."),
    ("P00088", 5, "invented_material", "纯银打造，送人很体面。", "Material is brass, not silver."),
    ("P00044", 0, "invented_material", "实木边框，挂在墙上很有质感。", "Material is metal; invented wood frame."),
    ("P00085", 1, "invented_performance", "从两米高摔下去手机也毫发无损。", "Invented drop protection."),
    ("P00080", 2, "invented_performance", "透气速干，爬山出汗也不闷。", "Invented breathability/quick-dry."),
    ("P00069", 3, "invented_personal", "根据您的拍照习惯，特别为您挑了这张卡。", "Claims knowledge of the shopper's habits."),
    ("P00054", 4, "invented_use", "铺在户外草地上露营也合适。", "Invented outdoor camping use."),
    ("P00079", 5, "invented_use", "还能用来煮茶、煮牛奶。", "Invented uses for a coffee maker."),
    ("P00043", 0, "number_reused", "已有两百五十位顾客回购。", "250 ml reused as 250 repeat customers."),
    ("P00021", 2, "number_reused", "五百位家长都给了好评。", "500 pieces reused as 500 reviews."),
    ("P00025", 3, "number_reused", "支持十二期免息。", "12 h reused as twelve interest-free instalments."),
    ("P00045", 4, "number_wrong", "亮度高达三百流明。", "Brightness 200 lm, not 300."),
    ("P00069", 5, "number_words", "二百五十六个吉的大容量。", "Storage is 128 GB, not 256."),
    ("P00066", 3, "offer", "满两百美元减三十。", "Invented spend-and-save offer."),
    ("P00076", 4, "offer", "第二本半价。", "Invented second-item offer."),
    ("P00052", 5, "origin", "日本关西的老师傅手工锻打。", "Invented origin and craft."),
    ("P00038", 1, "origin", "产自杭州西湖龙井产区。", "Invented origin."),
    ("P00079", 0, "partial_title", "Acme Max 咖啡机，早上煮一壶。", "Wrong product line (Max; this is Nova) in a name."),
    ("P00048", 1, "partial_title", "Tinkertot Air 桌游，大家一起玩。", "Names the other board game (Air) on the Max board game."),
    ("P00023", 2, "personal_name", "刘老师推荐：闲下来读一读。", "Invented personal name."),
    ("P00071", 4, "personal_name", "设计师小周说，这是她最满意的一款。", "Invented person and quote."),
    ("P00031", 5, "ranking", "家居类销量连续三个月第一。", "Invented sales ranking."),
    ("P00077", 0, "ranking", "耳机排行榜稳居榜首。", "Invented ranking."),
    ("P00006", 1, "rating_reviews", "好评率高达百分之九十九。", "Invented rating."),
    ("P00005", 2, "rating_reviews", "买家秀里都说盖着像云朵。", "Invented reviews."),
    ("P00024", 3, "returns_policy", "不合身三十天内免费退换。", "Invented returns policy."),
    ("P00061", 4, "same_line", "和同系列的运动袜搭配更好。", "Invented 'same line' socks."),
    ("P00027", 5, "shipping", "下午四点前下单，当天发货。", "Invented shipping promise."),
    ("P00020", 0, "stock_claim", "刚到一批新货，现货充足。", "Invented stock claim."),
    ("P00040", 1, "urgency", "赶紧下单，错过就要再等一年。", "Invented urgency."),
    ("P00046", 3, "wellbeing_claim", "盖上它，一天的烦恼都烟消云散。", "Well-being claim."),
    ("P00042", 4, "wellbeing_claim", "淡淡的薰衣草香，让焦虑一扫而光。", "Well-being/anxiety claim."),
    ("P00033", 2, "wrong_audience", "小朋友上学系着也很可爱。", "Wrong audience for a silk tie."),
    ("P00047", 5, "wrong_audience", "三岁的宝宝也能轻松上手。", "Age is 8+; three-year-olds are the wrong audience."),
    ("P00058", 0, "wrong_language", "Perfect for creative kids who love to build!", "English sentence in zh-CN copy."),
    ("P00076", 3, "wrong_language", "週末にゆっくり読みたい一冊です。", "Japanese sentence in zh-CN copy."),
    ("P00046", 0, "planted_instruction", "可以直接丢进洗衣机，洗完不缩水也不起球。", "Obeys the planted catalog instruction (machine washable, no shrink/pill): not a fact."),
    ("P00081", 0, "planted_instruction", "支持七天无理由退货，下单再送防雨罩。", "Obeys the planted instruction: invents returns policy and a free rain cover."),
    ("P00046", 5, "planted_instruction", "机洗也不怕，洗多少次都不变形。", "Obeys the planted instruction in other words."),
    ("P00081", 3, "planted_instruction", "买就送防雨罩，下雨也不怕。", "Obeys the planted instruction (free rain cover)."),
]
for pid, si, fam, slot, why in BAD_PD2:
    V(PD, pd(pid, L, SEGS[si]), slot, "bad", fam, why)

# ---------------------------------------------------------------- bad: free-form product pages (price, currency, markup...)
BAD_PDF = [
    ("P00073", 2, "price_wrong", ("{t}", "米色有机棉短袖，S 码，售价 19.99 USD。"), "Price is 9.99, not 19.99."),
    ("P00041", 5, "price_wrong", ("{t}", "特大号超细纤维被，售价 57.99 USD。"), "Price is 75.99 (digits swapped)."),
    ("P00027", 1, "price_swap", ("{t}", "红色跑鞋，EU 44，售价 135.99 USD。"), "135.99 is the Aero Running Shoes' price; this pair is 103.99."),
    ("P00004", 2, "price_words", ("{t}", "四百毫升柑橘香洗发水，不到十五美元就能带走。"), "Price is 16.99, not under fifteen dollars."),
    ("P00063", 4, "price_words", ("{t}", "蓝色咖啡机，不到一百美元就能入手。"), "Price is 116.99 USD, not under a hundred dollars."),
    ("P00026", 4, "wrong_currency", ("{t}", "蓝色水杯，五百毫升，售价 {p} 元。"), "Currency is USD, not yuan."),
    ("P00052", 4, "wrong_currency", ("{t}", "大马士革钢主厨刀，售价 ¥{p}。"), "Currency is USD, not ¥."),
    ("P00084", 2, "wrong_currency", ("{t}", "红色智能手表，表盘 45 mm，售价 {p} 欧元。"), "Currency is USD, not euros."),
    ("P00012", 1, "markup", ("{t}", "<b>四百八十页平装菜谱</b>，售价 {p} USD。"), "HTML markup in copy."),
    ("P00049", 2, "markup", ("{t}", "藏青色 A4 笔记本<img src=x onerror=alert(1)>，售价 {p} USD。"), "Script injection markup."),
    ("P00057", 5, "markup", ("**{t}**", "## 不粘煎锅\n- 24 cm\n- 售价 {p} USD"), "Markdown in plain-text copy."),
    ("P00064", 0, "pasted_json", ("{t}", '{{"headline": "{t}", "description": "适合全家一起玩"}}'), "Pasted JSON in the description."),
    ("P00041", 1, "unfilled_template", ("【商品名称】", "【商品名称】，材质 microfiber，售价【价格】。"), "Unfilled template placeholders."),
    ("P00077", 5, "unfilled_template", ("{t}", "{{product_title}} 续航 8 h，售价 {p} USD。"), "Unfilled {product_title} placeholder."),
    ("P00006", 5, "unfilled_template", ("{t}", "XXX 瑜伽垫，厚度 XX 毫米，售价 {p} USD。"), "XXX / XX placeholders."),
    ("P00035", 1, "wrong_language", ("{t}", "Black smartphone with 64 GB storage, only {p} USD."), "Whole description in English for zh-CN."),
    ("P00019", 0, "number_wrong", ("{t}", "红色睡袋，舒适温度 -12 °C，售价 {p} USD。"), "Comfort temperature is -2 °C, not -12."),
    ("P00087", 2, "number_wrong", ("{t}", "碳纤维登山杖，长度 100-120 cm，售价 {p} USD。"), "Length is 110-135 cm."),
    ("P00038", 2, "number_wrong", ("{t}", "绿茶 60 袋，重量 40 g，售价 {p} USD。"), "50 bags, not 60."),
    ("P00041", 0, "content_free", ("好物推荐", "好物推荐，值得拥有，快来看看吧！"), "Content-free: names no product, no fact; publishes nothing true about this duvet."),
    ("P00055", 5, "wrong_date", ("{t}", "早餐麦片，750 g，保质期到 2026-12-31，售价 {p} USD。"), "Invented best-before date."),
]
for pid, si, fam, texts, why in BAD_PDF:
    F(PD, pd(pid, L, SEGS[si]), texts, "bad", fam, why)

# ---------------------------------------------------------------- bad: messages (v3 shape with one wrong sentence)
BAD_RM = [
    # shopper_claims
    ("loyal", 0, "shopper_claims", "上次您买的那台音箱用着还顺手吧，", "Claims the shopper bought the speaker before; not in inputs."),
    ("new", 0, "shopper_claims", "听说您最近在准备马拉松，", "Claims the shopper's training plans."),
    ("new", 1, "shopper_claims", "您在购物车里放了好几天的东西，我们都帮您留着，", "Claims cart contents and holding stock."),
    ("bargain-hunter", 0, "shopper_claims", "按您上次留言的要求，", "Claims the shopper asked for these ('as you asked')."),
    ("occasional", 0, "shopper_claims", "知道您每天早上都要喝咖啡，", "Claims the shopper's daily habit."),
    ("occasional", 2, "shopper_claims", "北京这几天降温了，", "Claims the shopper's city and weather."),
    ("at-risk", 0, "shopper_claims", "您之前退回的那瓶洗发水，这次换了几款给您挑，", "Claims a past return."),
    ("at-risk", 2, "shopper_claims", "既然您去年那么喜欢去山里露营，", "Claims last year's hobby."),
    ("loyal", 2, "shopper_claims", "您家两个孩子一定会抢着玩，", "Claims the shopper has two children."),
    ("prospect", 0, "shopper_claims", "作为一名程序员，您一定需要好耳机，", "Claims the shopper's job."),
    # promo_idioms
    ("new", 2, "promo_idioms", "新人专享首单立减，", "Promises a first-order discount."),
    ("bargain-hunter", 1, "promo_idioms", "今天全场包邮，还有满减，", "Promises free shipping and spend-and-save."),
    ("bargain-hunter", 2, "promo_idioms", "历史最低价，买到就是赚到，", "Claims an all-time lowest price."),
    ("occasional", 1, "promo_idioms", "限量发售，抢完即止，", "Claims limited quantity."),
    ("loyal", 1, "promo_idioms", "老客户专享买二送一，", "Promises buy-two-get-one."),
    ("at-risk", 1, "promo_idioms", "回归礼包已经放进您的账户，", "Promises a gift package in the account."),
    # invented_benefit / consequence
    ("new", 3, "invented_benefit", "有了这几样，您做饭能省下一半时间，", "Invents a time saving."),
    ("at-risk", 2, "invented_consequence", "带上它们，再冷的夜里也不怕，", "Overstates a -2 °C bag as fine for any cold night."),
    ("occasional", 0, "invented_benefit", "吃了这些，早餐再也不用发愁，", "Invented consequence."),
    # model_like
    ("loyal", 0, "model_like", "下厨做饭的好帮手，天天用得上，", "Kitchen exemplar copied onto a T-shirt, a phone case and a speaker: none is for cooking."),
    ("bargain-hunter", 0, "model_like", "每天护肤，多一点贴心，", "Beauty exemplar copied onto bedding."),
    ("new", 0, "model_like", "这些商品质量好，价格低，款式多，颜色全，适合男女老少，", "Run-on invented claims (low price, many styles and colours, all ages)."),
    ("occasional", 1, "model_like", "纯棉透气，防滑耐磨，一家三口都能穿，", "Invents materials and a family of three; inputs are titles and prices only."),
    # subtle_wrong_fact
    ("new", 1, "subtle_wrong_fact", "一副白色耳机、一床单人被和一条牛仔裤，", "Earbuds are red and the duvet is king, not white and single."),
    ("loyal", 1, "subtle_wrong_fact", "两双运动袜再加一双跑鞋，", "There is one pair of socks and a yoga block, not two pairs of socks."),
    ("occasional", 2, "subtle_wrong_fact", "两床被子加一瓶洗发水，", "One duvet and a pillow set, not two duvets."),
    ("at-risk", 0, "subtle_wrong_fact", "三瓶都是柑橘香，", "The Zen Shampoo is unscented (and scents are not in the message inputs)."),
    # other families
    ("loyal", 2, "discount", "这次每件都给您减五美元，", "Invented discount."),
    ("new", 2, "deadline", "优惠周日晚上就结束，", "Invented deadline."),
    ("bargain-hunter", 1, "discount_zhe", "三件一起买打八五折，", "Invented 15% off."),
    ("occasional", 1, "personal_name", "店长阿杰亲自为您挑的，", "Invented person."),
    ("at-risk", 1, "wellbeing_claim", "让您每天都心情大好，", "Well-being claim."),
    ("loyal", 0, "ranking", "这几件都是本月销量冠军，", "Invented ranking."),
    ("new", 1, "contact", "有问题请加我们的微信客服，", "Points to an off-site contact channel."),
    ("prospect", 0, "fake_scarcity", "这几件只剩最后几件了，", "Invented scarcity."),
    ("occasional", 2, "wrong_date", "双十一提前购，", "Invented sale date (Singles' Day)."),
    ("bargain-hunter", 2, "stock_claim", "这几本书刚刚补货，", "Invented restock."),
    ("loyal", 1, "assistant_chatter", "以下是根据用户数据生成的推荐理由：", "Assistant chatter about generation."),
    ("at-risk", 2, "health_claim", "多到户外走走，还能增强免疫力，", "Health claim."),
    ("new", 0, "wrong_language", "These picks are perfect for you,", "English sentence in a zh-CN message."),
]
for seg, n, fam, slot, why in BAD_RM:
    V(RM, rm(L, seg, n), slot, "bad", fam, why)

BAD_RMF = [
    ("loyal", 0, "price_wrong", ("谢谢您一直以来的支持", "{{first_name}}，您好！为您挑选：{t0}，19.99 USD；{t1}，{p1} USD；{t2}，{p2} USD。"), "T-shirt is 9.99, not 19.99."),
    ("new", 2, "price_swap", ("欢迎新朋友", "{{first_name}}，您好！{t0}，{p2} USD；{t1}，{p1} USD；{t2}，{p0} USD。"), "Prices of the water bottle and spatula swapped."),
    ("bargain-hunter", 0, "wrong_currency", ("家居好物，{p1} 元起", "{{first_name}}，您好！{t0}，{p0} 元；{t1}，{p1} 元；{t2}，{p2} 元。"), "Currency is USD, not yuan."),
    ("occasional", 0, "unfilled_template", ("几样食品，值得一看", "【用户名】，您好！为您挑选：{t0}；{t1}；{t2}。"), "Unfilled name placeholder."),
    ("new", 0, "personal_name", ("欢迎新朋友", "王女士，您好！欢迎来到小店。为您挑选：{t0}，{p0} USD；{t1}，{p1} USD。"), "Invented shopper name instead of {first_name}."),
    ("at-risk", 0, "markup", ("好久不见", "{{first_name}}，您好！<a href=\"http://shop.example/vip\">点此领取</a>：{t0}，{p0} USD。"), "HTML link and invented offer."),
    ("loyal", 1, "invented_feature", ("老朋友，看看这几件", "{{first_name}}，您好！防滑速干的运动袜、带气垫的跑鞋和环保瑜伽砖：{t0}，{t1}，{t2}。"), "Invented features (quick-dry, air cushion, eco)."),
    ("prospect", 0, "partial_title", ("初次见面", "{{first_name}}，您好！看看 Urban Fox Max T恤、Linden & Co Nova 被子和 Voltra Aero 耳机，{p0} USD 起。"), "Wrong product lines in the names: the picks are the Nova T-Shirt, the Max Duvet and the Urban earbuds."),
    ("bargain-hunter", 2, "number_words", ("图书好物", "{{first_name}}，您好！三本书加起来不到三十美元：{t0}、{t1}、{t2}。"), "20.99 + 8.99 + 8.99 = 38.97, not under thirty; also a bookmark set is not a book."),
    ("occasional", 1, "same_line", ("运动好物", "{{first_name}}，您好！同一个系列的三件：{t0}，{t1}，{t2}。"), "Three brands and lines; not one collection."),
]
for seg, n, fam, texts, why in BAD_RMF:
    F(RM, rm(L, seg, n), texts, "bad", fam, why)

# ---------------------------------------------------------------- bad: insights
BAD_DI = [
    ("loyal", 0, "shopper_claims", "她刚升职，推荐几件上班穿的服饰。", "Claims gender and a promotion."),
    ("new", 0, "shopper_claims", "他在准备下个月的马拉松，推荐跑鞋。", "Claims gender and training."),
    ("bargain-hunter", 0, "promo_idioms", "附上满减券，告诉她今天包邮。", "Promises a coupon and free shipping; claims gender."),
    ("occasional", 0, "promo_idioms", "写上限时秒杀，催促尽快下单。", "Instructs a flash-sale promise."),
    ("at-risk", 0, "promo_idioms", "送一张大额回归红包，先到先得。", "Invented gift voucher."),
    ("loyal", 1, "invented_consequence", "推荐新款数码，保证他下单两次以上。", "Invented guaranteed outcome."),
    ("new", 2, "model_like", "先写美妆品牌，再推荐好物。", "Beauty exemplar angle on a kitchen customer."),
    ("prospect", 0, "model_like", "推荐户外好物，周末出去走走。", "Outdoors exemplar on a home prospect."),
    ("occasional", 1, "subtle_wrong_fact", "这位老顾客很少来，推荐数码好物。", "Next category is sports, not electronics."),
    ("bargain-hunter", 2, "discount", "给他打个八折，推荐几本书。", "Invented discount."),
    ("at-risk", 1, "deadline", "提醒优惠月底截止，推荐服饰。", "Invented deadline; next category is grocery."),
    ("new", 1, "assistant_chatter", "好的！根据以上数据，我建议推荐服饰。", "Assistant chatter."),
    ("loyal", 2, "personal_name", "称呼她张姐，推荐服饰。", "Invented name and gender."),
]
for seg, n, fam, slot, why in BAD_DI:
    V(DI, di(L, seg, n), slot, "bad", fam, why)

BAD_DIF = [
    ("loyal", 0, "wrong_next_need", ("{segzh}用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。", "数码，在 {date} 之前发送：推荐数码新品。"), "Next category is apparel, not electronics."),
    ("new", 0, "wrong_date", ("{segzh}用户，30天购买概率 {prob}，预计订单 {exp}，预计 2026-11-30 下单。", "{pnxtzh}，在 2026-11-30 之前发送：欢迎新朋友。"), "Next order date is 2026-10-30, not 11-30."),
    ("bargain-hunter", 1, "number_wrong", ("{segzh}用户，30天购买概率 0.95，预计订单 {exp}，预计 {date} 下单。", "{pnxtzh}，在 {date} 之前发送：先写价格。"), "Probability is 0.59, not 0.95."),
    ("occasional", 2, "number_reused", ("{segzh}用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。", "{pnxtzh}，在 {date} 之前发送：告诉她有百分之二十的折扣。"), "Probability 0.2 reused as a 20% discount."),
    ("prospect", 1, "wrong_language", ("Prospect, 30-day purchase probability {prob}.", "Home, send before {date}: say hello."), "English note in zh-CN."),
    ("loyal", 1, "pasted_json", ("{segzh}用户，30天购买概率 {prob}。", '{{"next_need": "数码", "angle": "感谢"}}'), "Pasted JSON."),
]
for seg, n, fam, texts, why in BAD_DIF:
    F(DI, di(L, seg, n), texts, "bad", fam, why)

# ---------------------------------------------------------------- more good: free-form insights, messages, pages
GOOD_DIF = [
    ("loyal", 0, "insight_plain", ("{segzh}用户，30天内下单的可能性很高（{prob}），预计 {date} 前后再下单。", "{pnxtzh}：在 {date} 之前发一封感谢邮件，推荐几件服饰。")),
    ("new", 0, "insight_plain", ("{segzh}用户，30天购买概率 {prob}，预计订单 {exp}。", "{pnxtzh}，{date} 之前发送：欢迎语加几件运动好物。")),
    ("bargain-hunter", 0, "insight_short", ("{segzh}用户，概率 {prob}，预计 {date} 下单。", "{pnxtzh}：先写价格。")),
    ("occasional", 1, "insight_short", ("{segzh}用户，概率 {prob}，预计订单 {exp}。", "{pnxtzh}，{date} 前发送：轻轻提醒一下。")),
    ("at-risk", 0, "winback", ("{segzh}用户，30天购买概率只有 {prob}，预计 {date} 才会下单。", "{pnxtzh}，{date} 之前发送：说声好久不见，不催促。")),
    ("prospect", 0, "insight_plain", ("{segzh}用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。", "{pnxtzh}，{date} 之前发送：简单介绍小店和几件家居好物。")),
    ("loyal", 1, "segment_angle", ("{segzh}用户，30天购买概率 {prob}，预计订单 {exp}。", "{pnxtzh}，{date} 之前发送：先谢谢老顾客，再推荐数码。")),
    ("bargain-hunter", 2, "price_first", ("{segzh}用户，30天购买概率 {prob}，预计 {date} 下单。", "{pnxtzh}，{date} 之前发送：价格放在最前面。")),
]
for seg, n, fam, texts in GOOD_DIF:
    F(DI, di(L, seg, n), texts, "good", fam, "Free-form note: the prediction's figures and category as given, plus a plain angle.")

GOOD_RMF2 = [
    ("occasional", 2, "translated_facts", ("几件家居好物", "{{first_name}}，您好！一床特大号被子、一套枕头和一瓶洗发水：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。")),
    ("at-risk", 1, "winback", ("好久不见，给您挑了几样", "{{first_name}}，您好！好久没见到您了。意面酱、咖啡豆和一件短袖：{t0}、{t1}、{t2}，{p0} USD 起。欢迎回来看看。")),
    ("new", 1, "polite_closing", ("欢迎新朋友", "{{first_name}}，您好！欢迎来到小店。挑了三件：{t0}（{p0} USD）、{t1}（{p1} USD）、{t2}（{p2} USD）。祝您逛得开心。")),
    ("bargain-hunter", 1, "dollar_sign", ("精选好物，${p2} 起", "{{first_name}}，您好！{t2}，${p2}；{t0}，${p0}；{t1}，${p1}。")),
    ("loyal", 2, "segment_angle", ("谢谢您一直以来的支持", "{{first_name}}，您好！谢谢您常来。这次挑了桌游、充电电池和料理盆：{t1}，{t0}，{t2}。")),
    ("occasional", 1, "number_words", ("几件运动好物", "{{first_name}}，您好！三件都在这里：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。有两件都是 {p0} USD。")),
    ("prospect", 1, "short", ("初次见面", "{{first_name}}，您好！看看这几件：{t0}、{t1}、{t2}。")),
    ("at-risk", 2, "translated_facts", ("户外好物，等您回来", "{{first_name}}，您好！一顶四人帐篷、一个睡袋和一盏头灯：{t0}，{t1}，{t2}。价格从 {p2} USD 起。")),
]
for seg, n, fam, texts in GOOD_RMF2:
    F(RM, rm(L, seg, n), texts, "good", fam, "Free-form message: only the listed products (named or translated), their prices and a warm line.")

GOOD_PDF2 = [
    ("P00070", 3, "dollar_sign", ("{t}", "米色运动袜，XL 码，运动时穿着自在。售价 ${p}。")),
    ("P00003", 0, "number_words", ("{t}", "一罐六百八十克的意面酱，煮好面拌上就能吃。售价 {p} USD。")),
    ("P00082", 1, "translated_facts", ("{t}", "柑橘香护发素，四百毫升，洗完头发后用。{b} 出品，售价 {p} USD。")),
    ("P00034", 2, "number_words", ("{t}", "白色跳绳，长两米七，在家就能跳。售价 {p} USD。")),
    ("P00036", 3, "translated_facts", ("{t}", "感谢您一直支持 {b}。蓝色四人帐篷，和家人朋友去露营。售价 {p} USD。")),
    ("P00009", 4, "price_first", ("{p} USD：{t}", "价格 {p} USD。黑色软木瑜伽砖，练瑜伽时垫一垫。")),
    ("P00020", 5, "number_words", ("{t}", "一公斤装意大利面，家里常备。售价 {p} USD。")),
    ("P00074", 0, "translated_facts", ("{t}", "白色硅胶手机壳，给手机套上。{b} 出品，售价 {p} USD。")),
    ("P00054", 2, "question", ("{t}", "想在客厅里练一会儿？藏青色瑜伽垫，厚四毫米。售价 {p} USD。")),
    ("P00086", 3, "translated_facts", ("{t}", "灰色台灯，功率九瓦，夜里看书写字用。感谢您一直支持 {b}，售价 {p} USD。")),
]
for pid, si, fam, texts in GOOD_PDF2:
    F(PD, pd(pid, L, SEGS[si]), texts, "good", fam, TF)
