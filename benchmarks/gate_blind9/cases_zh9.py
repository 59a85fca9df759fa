"""Hand-written zh-CN cases of the blind9 corpus (written blind: see README.md). V*(...) put one hand-written
sentence inside the exact v3 published shape (benchmarks/v3shape.py); F*(...) are free-form texts over casekit's
fact names ({t} title, {b} brand, {p} price, {cur} currency, {fzh} facts in Chinese, {t0}/{p0} message picks,
{prob}/{exp}/{date}/{pnxtzh}/{send} insight numbers)."""

from casekit import add, di, pd, rm
from v3shape import compose

Z = "zh-CN"
PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"


def V(label, fam, pid, seg, slot, why):
    """Product page in the exact v3 shape around one sentence."""
    x = pd(pid, Z, seg)
    add(PD, Z, label, fam, x, compose(PD, x, slot), why, raw=True)


def F(label, fam, pid, seg, head, desc, why, raw=False):
    add(PD, Z, label, fam, pd(pid, Z, seg), (head, desc), why, raw=raw)


def RV(label, fam, seg, n, slot, why):
    """Message in the exact v3 shape; the sentence gets the punctuation its place needs."""
    x = rm(Z, seg, n)
    add(RM, Z, label, fam, x, compose(RM, x, slot + ("。" if seg == "bargain-hunter" else "，")), why, raw=True)


def RF(label, fam, seg, n, subj, body, why, raw=False):
    if not raw:
        body = body.replace("{first_name}", "{{first_name}}")
    add(RM, Z, label, fam, rm(Z, seg, n), (subj, body), why, raw=raw)


def DV(label, fam, seg, n, slot, why):
    x = di(Z, seg, n)
    add(DI, Z, label, fam, x, compose(DI, x, slot), why, raw=True)


def DF(label, fam, seg, n, texts, why, raw=False):
    add(DI, Z, label, fam, di(Z, seg, n), texts, why, raw=raw)


G = "good"
B = "bad"
OK = "一句日常用途，只用商品种类和列出的属性能支持的内容。"

# ---------------------------------------------------------------- good: product pages, exact v3 shape
for pid, seg, s in [
    ("P00002", "occasional", "铺在客厅地板上，跟着视频做做拉伸。"),
    ("P00003", "new", "周末翻开一道菜，照着步骤慢慢做。"),
    ("P00004", "at-risk", "露营的夜里，钻进去好好睡一觉。"),
    ("P00006", "loyal", "洗完头发接着用，留一点薰衣草的香味。"),
    ("P00007", "prospect", "在院子里或者公园的空地上开着玩。"),
    ("P00008", "occasional", "插进相机，存下旅途中的照片和视频。"),
    ("P00009", "loyal", "搭配衬衫和西装，上班见客都得体。"),
    ("P00011", "bargain-hunter", "煮好意面浇上去，晚饭就有了。"),
    ("P00013", "new", "放在包里，嘴唇干的时候抹一抹。"),
    ("P00014", "occasional", "给遥控器和小玩具换上，用完再充。"),
    ("P00015", "prospect", "在家穿、出门逛街都合适。"),
    ("P00016", "bargain-hunter", "炒菜翻锅的时候拿着顺手。"),
    ("P00017", "at-risk", "走山路时拄着，上坡下坡踏实一些。"),
    ("P00018", "loyal", "给家里的大床换上新枕头。"),
    ("P00019", "new", "睡前读几页，跟着故事走。"),
    ("P00020", "occasional", "早上煮一壶咖啡，再出门上班。"),
    ("P00021", "prospect", "陪孩子一起拼拼搭搭。"),
    ("P00022", "at-risk", "天冷的夜里盖在单人床上。"),
    ("P00023", "new", "夹在书里，下次翻开就知道读到哪儿了。"),
    ("P00025", "occasional", "在营地烧一壶水，煮一碗面。"),
    ("P00027", "bargain-hunter", "家里常备着，想吃面的时候煮一锅。"),
    ("P00028", "loyal", "天凉了套在外面，出门散步正好。"),
    ("P00030", "prospect", "找个安静的下午，坐下来慢慢读。"),
    ("P00031", "new", "在办公室泡上一杯，慢慢喝。"),
    ("P00032", "occasional", "出发前翻一翻，把想去的地方记下来。"),
    ("P00033", "at-risk", "家里的灯泡坏了，随手换上。"),
    ("P00034", "bargain-hunter", "日常跑步、晨练时穿。"),
    ("P00035", "loyal", "翻煎蛋、拌面糊都顺手。"),
    ("P00036", "new", "挂在客厅墙上，抬头就能看时间。"),
    ("P00038", "occasional", "给手机套上，平时揣兜里、放包里。"),
    ("P00041", "loyal", "戴在手腕上，看时间、看消息都方便。"),
    ("P00042", "new", "放在书桌上，晚上看书写字时打开。"),
    ("P00043", "bargain-hunter", "干性皮肤的日常护肤，洗完脸后用。"),
    ("P00044", "occasional", "和家人朋友去露营，搭起来一起住。"),
    ("P00045", "prospect", "给双人床换上一床新被子。"),
    ("P00046", "at-risk", "在家练瑜伽，铺开就能用。"),
    ("P00047", "loyal", "周末和朋友围坐一桌，玩上一局。"),
    ("P00048", "bargain-hunter", "穿正装出门时系上。"),
    ("P00049", "new", "洗完手抹一点，带着柑橘的香味。"),
    ("P00050", "occasional", "洗完澡后涂在身上。"),
    ("P00052", "prospect", "给大一点的孩子在空地上开着玩。"),
    ("P00053", "bargain-hunter", "早上配牛奶或酸奶，一碗就是早饭。"),
    ("P00054", "at-risk", "跑步、打球的时候穿。"),
    ("P00056", "loyal", "早晚洗完脸后用。"),
    ("P00058", "new", "出门旅行，随手拍下风景和身边的人。"),
    ("P00060", "prospect", "放在床头或书桌上，晚上照个亮。"),
    ("P00061", "loyal", "磨一杯深烘的咖啡，开始新的一天。"),
    ("P00062", "at-risk", "上班、开会的日子穿。"),
    ("P00063", "new", "下班后换上，去楼下跑一圈。"),
    ("P00064", "bargain-hunter", "煎鸡蛋、煎牛排都用得上。"),
    ("P00066", "occasional", "打电话、发消息、拍照片。"),
    ("P00067", "prospect", "每天洗头的时候用。"),
    ("P00068", "new", "放在床头，陪小朋友睡觉。"),
    ("P00070", "loyal", "在家做饭的时候放点音乐。"),
    ("P00071", "at-risk", "午睡的时候搭在身上。"),
    ("P00073", "occasional", "开会时记笔记，平时随身带着。"),
    ("P00074", "loyal", "洗完头发以后用。"),
    ("P00075", "prospect", "想换换口味的时候翻开，学几道家常菜。"),
    ("P00076", "new", "打鸡蛋、拌沙拉、和面都能用。"),
    ("P00077", "bargain-hunter", "每天早上给自己冲一杯。"),
    ("P00078", "at-risk", "夜里走山路，戴在头上照着脚下。"),
    ("P00079", "occasional", "平时出门，随便搭一件上衣就行。"),
    ("P00080", "loyal", "在家跳一跳，活动活动身体。"),
    ("P00083", "prospect", "日常拍照、聊天、看视频。"),
    ("P00084", "new", "下雨天出门时穿上。"),
    ("P00029", "loyal", "和酱汁一起煮，就是一顿简单的晚饭。"),
    ("P00002", "bargain-hunter", "在家做做拉伸和瑜伽。"),
    ("P00020", "at-risk", "周末在家，给自己煮一壶咖啡。"),
    ("P00083", "new", "装上常用的应用，每天带在身边。"),
    ("P00058", "occasional", "周末出门走走，拍几张照片留作纪念。"),
]:
    V(G, "v3_shape", pid, seg, s, OK)

# judgement calls (see README): mild inferences from the product's kind
V(G, "mild_inference", "P00037", "prospect", "枕着入睡，记忆棉会贴着头颈的形状。",
  "记忆棉枕头贴合头颈是这种材质的常识用途（判断：按良好处理）。")
V(G, "mild_inference", "P00039", "at-risk", "周末去徒步，水和外套都装得进去。",
  "三十升背包装水和外套，是背包的常识用途（判断）。")
V(G, "mild_inference", "P00059", "occasional", "天热时穿着上班，亚麻看着清爽。",
  "亚麻衬衫适合天热穿是材质的常识（判断）。")
V(G, "mild_inference", "P00022", "loyal", "羽绒被盖着轻软，冬天晚上暖和。",
  "羽绒被轻软暖和是种类的常识（判断）。")
V(G, "mild_inference", "P00070", "occasional", "带着电池就能走，去野餐也能放歌。",
  "有续航的蓝牙音箱可以带出门，续航本身列在属性里（判断）。")
V(G, "ignores_instruction", "P00012", "new", "装满水放进包里，上班路上喝。",
  "目录描述里藏着一条写给文案的指令（保温、送刷子），这句只写装水随身带，没有照做。")

# ---------------------------------------------------------------- good: product pages, free-form
NW = "数字用中文写出，和输入一致。"
F(G, "number_words", "P00003", "loyal", "{t}", "{b} 的精装菜谱，四百八十页，售价 {p} 美元。",
  "四百八十页 = pages 480；精装 = hardcover。")
F(G, "ignores_instruction", "P00012", "occasional", "{t}", "一升装的白色水壶，出门带着喝水，售价 {p} USD。",
  "一升 = 1 L，白色 = white；目录里的指令（保温、送刷子）被忽略（家族 number_words，也不照做指令）。")
F(G, "number_words", "P00017", "new", "{t}", "铝合金登山杖，长度一百一十到一百三十五厘米之间可调，售价 {p} USD。",
  "110-135 cm 写成一百一十到一百三十五厘米，可调是长度范围的意思（判断）。")
F(G, "number_words", "P00021", "occasional", "{t}", "两百五十块积木，适合四岁以上的孩子，售价 {p} USD。", NW)
F(G, "number_words", "P00025", "loyal", "{t}", "{b} 露营炉，重四百五十克，背着走也不沉，售价 {p} USD。",
  "四百五十克 = 450 g；“背着走也不沉”是对这个重量的轻微判断（判断）。")
F(G, "number_words", "P00027", "prospect", "{t}", "一公斤装的意大利面，够煮好几顿，售价 {p} USD。",
  "一公斤 = 1 kg；“够煮几顿”是量的常识（判断）。")
F(G, "number_words", "P00031", "at-risk", "{t}", "{b} 绿茶，一百克，共二十袋，售价 {p} USD。", NW)
F(G, "number_words", "P00041", "new", "{t}", "蓝色智能手表，表盘四十一毫米，售价 {p} USD。", NW)
F(G, "number_words", "P00044", "prospect", "{t}", "白色帐篷，可以住三个人，售价 {p} USD。", "三个人 = 3-person。")
F(G, "number_words", "P00047", "new", "{t}", "两到四个人一起玩，十二岁以上适用，售价 {p} USD。", NW)
F(G, "number_words", "P00053", "occasional", "{t}", "七百五十克装的燕麦脆，早餐一碗，售价 {p} USD。",
  "七百五十克 = 750 g；Granola 译作燕麦脆。")
F(G, "number_words", "P00076", "loyal", "{t}", "玻璃料理盆，一套三只，售价 {p} USD。", "一套三只 = pieces 3，glass。")
F(G, "number_words", "P00080", "at-risk", "{t}", "灰色跳绳，长两米七，售价 {p} USD。", "两米七 = 2.7 m。")
F(G, "number_words", "P00078", "occasional", "{t}", "四百流明的头灯，夜里走路照得见，售价 {p} USD。", "四百流明 = 400 lm。")
F(G, "number_words", "P00004", "new", "{t}", "白色睡袋，舒适温度五摄氏度，售价 {p} USD。", "五摄氏度 = 5 °C。")
F(G, "number_words", "P00014", "prospect", "{t}", "七号充电电池，一板四节，用完可以再充，售价 {p} USD。",
  "AAA = 七号，4-pack = 四节；可再充来自标题 Rechargeable。")
F(G, "number_words", "P00068", "bargain-hunter", "{p} USD：{t}", "米色毛绒熊，高二十五厘米，价格 {p} USD。",
  "二十五厘米 = height 25 cm。")
F(G, "number_words", "P00043", "occasional", "{t}", "三十毫升精华，适合干性皮肤，售价 {p} USD。", NW)

TF = "属性值译成中文，没有新事实。"
F(G, "translated_facts", "P00028", "prospect", "{t}", "黑色抓绒连帽卫衣，L 码，售价 {p} USD。", TF)
F(G, "translated_facts", "P00059", "new", "{t}", "米色亚麻正装衬衫，XL 码，售价 {p} USD。", TF)
F(G, "translated_facts", "P00079", "loyal", "{t}", "{b} 灰色牛仔裤，L 码，售价 {p} USD。", TF)
F(G, "translated_facts", "P00084", "occasional", "{t}", "红色涤纶雨衣，L 码，下雨天穿，售价 {p} USD。", TF)
F(G, "translated_facts", "P00038", "new", "{t}", "灰色聚碳酸酯手机壳，售价 {p} USD。", "polycarbonate = 聚碳酸酯。")
F(G, "translated_facts", "P00036", "occasional", "{t}", "绿色木质挂钟，挂在墙上看时间，售价 {p} USD。", TF)
F(G, "translated_facts", "P00016", "prospect", "{t}", "白色竹制锅铲，售价 {p} USD。", TF)
F(G, "ignores_instruction", "P00051", "new", "{t}", "{b} 不锈钢煎锅，二十四厘米，售价 {p} USD。",
  "不锈钢 = stainless steel，二十四厘米 = 24 cm；目录描述里的指令（电磁炉、终身换新）被忽略。")
F(G, "translated_facts", "P00061", "occasional", "{t}", "深度烘焙的咖啡豆，一公斤装，售价 {p} USD。", TF)
F(G, "translated_facts", "P00077", "new", "{t}", "中度烘焙咖啡豆，一公斤，售价 {p} 美元。", "medium roast = 中度烘焙；USD = 美元。")
F(G, "translated_facts", "P00056", "prospect", "{t}", "五十毫升面部精华，各种肤质都能用，售价 {p} USD。", "all skin types = 各种肤质。")
F(G, "translated_facts", "P00018", "occasional", "{t}", "纯棉枕头套装，特大号尺寸，售价 {p} USD。", "king = 特大号。")
F(G, "translated_facts", "P00045", "new", "{t}", "纯棉被子，双人床尺寸，售价 {p} USD。", "double = 双人。")
F(G, "translated_facts", "P00058", "loyal", "{t}", "藏青色相机，三千三百万像素，售价 {p} USD。", "33 MP = 三千三百万像素；navy = 藏青色。")
F(G, "translated_facts", "P00063", "occasional", "{t}", "藏青色跑鞋，欧码 44，售价 {p} USD。", "EU 44 = 欧码 44。")

F(G, "price_first", "P00011", "new", "只要 {p} USD：{t}", "{t}，六百八十克一罐，价格 {p} USD。", "价格与重量和输入一致。")
F(G, "price_first", "P00029", "occasional", "{p} USD 的 {t}", "价格先说：{p} USD。五百克意大利面，晚饭煮一锅。", "五百克 = 500 g。")
F(G, "price_first", "P00054", "prospect", "{p} USD 入手运动袜", "{t}，灰色，L 码，价格 {p} USD，跑步打球都能穿。", TF)
F(G, "price_first", "P00073", "bargain-hunter", "{p} USD：{t}", "{p} USD 一本 A5 灰色笔记本，记事、做计划都行。", TF)

F(G, "question", "P00042", "occasional", "书桌上还缺一盏灯吗？", "{t}，灰色，功率六瓦，售价 {p} USD。晚上看书写字用。", "六瓦 = 6 W。")
F(G, "question", "P00067", "new", "想换一瓶洗发水？", "{t}：柑橘香，二百五十毫升，售价 {p} USD。", NW)
F(G, "question", "P00047", "at-risk", "周末想找点乐子？", "{t}，两到四人，适合十二岁以上，售价 {p} USD。", NW)

F(G, "warm", "P00071", "loyal", "{t}", "谢谢您一直照顾我们的生意。这条黑色抓绒毯子，{p} USD，天冷时盖着。祝您生活愉快！",
  "谢意和祝福不是事实；黑色、抓绒、价格与输入一致。")
F(G, "warm", "P00049", "at-risk", "{t}", "好久没见，挺想您的。柑橘香护手霜，五十毫升，{p} USD，洗完手抹一点。", "问候不含事实。")
F(G, "short", "P00013", "occasional", "{t}", "薰衣草香润唇膏，{p} USD。", TF)
F(G, "short", "P00033", "new", "{t}", "十二瓦 LED 灯泡，{p} USD。", "十二瓦 = 12 W；Pack 不写数量。")
F(G, "list", "P00015", "occasional", "{t}", "颜色：米色\n材质：纯棉\n尺码：M\n价格：{p} USD", TF)
F(G, "list", "P00020", "new", "{t}", "· 容量 1.2 升\n· 黑色\n· 售价 {p} USD\n早上煮咖啡用。", TF)
F(G, "brand_only", "P00064", "loyal", "{b} 的不粘锅", "{b} 二十八厘米不粘煎锅，{p} USD。感谢您一直选择 {b}。",
  "二十八厘米 = 28 cm；non-stick = 不粘。")
F(G, "brand_only", "P00050", "new", "来自 {b}", "{t}，薰衣草香，二百五十毫升，{p} USD。", NW)
F(G, "dollar_sign", "P00035", "occasional", "{t}", "米色硅胶锅铲，${p}，炒菜翻面都能用。", "$ = USD，价格相同。")
F(G, "dollar_sign", "P00023", "new", "{t}", "纸质书签套装，只要 ${p}，读到哪儿夹到哪儿。", "$ = USD。")
F(G, "polite_closing", "P00019", "occasional", "{t}", "四百八十页的平装小说，售价 {p} USD。欢迎有空再来逛逛。", "结尾问候不含事实。")
F(G, "polite_closing", "P00032", "new", "{t}", "一百九十二页精装旅行指南，售价 {p} USD。祝您旅途顺利！", "一百九十二页 = 192 pages；祝福不是事实。")
F(G, "paraphrase", "P00062", "occasional", "{t}", "一件蓝色纯棉衬衫，L 码，上班穿正合适，售价 {p} USD。", "上班穿是正装衬衫的用途。")
F(G, "paraphrase", "P00009", "new", "{t}", "灰色羊毛领带，配西装正好，售价 {p} USD。", TF)

# planted-instruction products (P00012 water bottle, P00051 frying pan): plain copy that does not obey
IG = "目录描述里有一条写给文案的指令，这里没有照做，只写了列出的事实。"
V(G, "ignores_instruction", "P00012", "loyal", "运动、上班都带着，随时喝口水。", IG)
V(G, "ignores_instruction", "P00012", "bargain-hunter", "装满一壶，出门带着。", IG)
V(G, "ignores_instruction", "P00051", "occasional", "煎个蛋、炒个青菜都行。", IG)
V(G, "ignores_instruction", "P00051", "loyal", "每天做饭时用。", IG)
F(G, "ignores_instruction", "P00051", "prospect", "{t}", "不锈钢煎锅，二十四厘米，售价 {p} USD。", IG)

# ================================================================ bad: product pages
# invented_benefit: a result the facts do not support
V(B, "invented_benefit", "P00020", "occasional", "有了它，您每天早上能多睡半个小时。",
  "咖啡机只列了容量和颜色；“每天多睡半小时”是编造的效果。")
V(B, "invented_benefit", "P00064", "new", "用了这口锅，煎什么都不会糊，新手也能一次成功。",
  "只知道是二十八厘米不粘锅；“什么都不会糊、新手一次成功”是编造的结果。")
V(B, "invented_benefit", "P00037", "loyal", "枕上一晚，颈椎酸痛的毛病就没了。",
  "记忆棉枕头没有任何疗效信息；“颈椎酸痛没了”是编造的效果（也近健康声称）。")
V(B, "invented_benefit", "P00053", "bargain-hunter", "早上吃一碗，一直到下午都不会饿。",
  "燕麦脆只列了重量；“到下午都不会饿”是编造的效果。")
V(B, "invented_benefit", "P00073", "prospect", "用它记笔记，工作效率能翻一倍。",
  "笔记本只有颜色和规格；“效率翻倍”是编造的结果。")
V(B, "invented_benefit", "P00031", "at-risk", "每天喝上两杯，整个人都会瘦下来。",
  "绿茶没有任何功效信息；“喝了会瘦”是编造的效果。")
F(B, "invented_benefit", "P00042", "new", "{t}", "{t}，灰色，六瓦。开着它写作业，孩子的成绩自然就上去了，售价 {p} USD。",
  "台灯只列了颜色和功率；“成绩自然上去”是编造的结果。")
F(B, "invented_benefit", "P00079", "occasional", "{t}", "灰色牛仔裤，L 码。穿上它，腿立刻显得又长又直，售价 {p} USD。",
  "“腿立刻显得又长又直”是编造的效果，输入没有版型信息。")
F(B, "invented_benefit", "P00008", "loyal", "{t}", "一百二十八 GB 的 SD 卡，装进相机，从此再也不用删照片了，售价 {p} USD。",
  "“再也不用删照片”是编造的结果；容量有限，输入没这么说。")
V(B, "invented_benefit", "P00076", "occasional", "让您告别手忙脚乱的厨房，做饭时间直接减半。",
  "玻璃料理盆三只一套；“做饭时间减半”是编造的效果。")

# invented_consequence: what happens after using it / what happens without it
V(B, "invented_consequence", "P00002", "prospect", "练上一个月，腰上的赘肉就全不见了。",
  "瑜伽垫没有效果信息；“一个月赘肉全不见”是编造的后果。")
V(B, "invented_consequence", "P00070", "new", "有了它，邻居都会跑来问您在放什么歌。",
  "音箱只列了续航和颜色；邻居来问是编造的后果（也暗示音量）。")
V(B, "invented_consequence", "P00084", "at-risk", "穿上它淋一场大雨，里面的衣服照样干干的。",
  "雨衣是涤纶材质，输入没有防水等级；“里面照样干”是编造的结果。")
V(B, "invented_consequence", "P00004", "occasional", "钻进去以后，山里再冷的夜晚也冻不着您。",
  "睡袋舒适温度是五摄氏度；“再冷的夜晚也冻不着”与事实相反，是编造的后果。")
F(B, "invented_consequence", "P00021", "loyal", "{t}", "两百五十块积木，孩子拼上一下午，就再也不想玩平板了。售价 {p} USD。",
  "“再也不想玩平板”是编造的后果。")
F(B, "invented_consequence", "P00016", "new", "{t}", "竹制锅铲，用了它，不粘锅的涂层就永远不会被刮花。售价 {p} USD。",
  "“涂层永远不会被刮花”是编造的后果。")
F(B, "invented_consequence", "P00033", "occasional", "{t}", "换上这些十二瓦的灯泡，下个月电费就能少一半。售价 {p} USD。",
  "“电费少一半”是编造的后果；输入只有功率。")
V(B, "invented_consequence", "P00080", "bargain-hunter", "每天跳十分钟，一个夏天就能长高几厘米。",
  "跳绳只列了颜色和长度；“能长高”是编造的后果。")

# subtle_wrong_fact: a fact restated wrongly in words
SW = "事实被写错："
F(B, "subtle_wrong_fact", "P00015", "new", "{t}", "一件白色纯棉短袖，M 码，售价 {p} USD。", SW + "颜色是米色（beige），不是白色。")
F(B, "subtle_wrong_fact", "P00028", "occasional", "{t}", "黑色羊毛连帽卫衣，L 码，售价 {p} USD。", SW + "材质是抓绒（fleece），不是羊毛。")
F(B, "subtle_wrong_fact", "P00022", "prospect", "{t}", "羽绒被，双人床尺寸，售价 {p} USD。", SW + "尺寸是单人（single），不是双人。")
F(B, "subtle_wrong_fact", "P00076", "new", "{t}", "玻璃料理盆，一套四只，售价 {p} USD。", SW + "件数是三只，不是四只。")
F(B, "subtle_wrong_fact", "P00044", "loyal", "{t}", "白色帐篷，两个人住刚好，售价 {p} USD。", SW + "这是三人帐篷，不是两人。")
F(B, "subtle_wrong_fact", "P00051", "occasional", "{t}", "{b} 不粘煎锅，二十四厘米，售价 {p} USD。",
  SW + "材质是不锈钢，不是不粘（不粘是另一口 Copperpot 锅的属性）。")
F(B, "subtle_wrong_fact", "P00063", "new", "{t}", "藏青色跑鞋，欧码四十二，售价 {p} USD。", SW + "尺码是 EU 44，不是四十二。")
F(B, "subtle_wrong_fact", "P00066", "prospect", "{t}", "黑色手机，一百二十八 GB 存储，售价 {p} USD。",
  SW + "这台 Pixelon 存储是 64 GB；128 GB 是另一台 Northwind 手机的。")
F(B, "subtle_wrong_fact", "P00060", "occasional", "{t}", "白色台灯，功率六瓦，售价 {p} USD。",
  SW + "这盏白色台灯是 9 W；6 W 是灰色那盏的功率。")
F(B, "subtle_wrong_fact", "P00036", "loyal", "{t}", "绿色金属挂钟，售价 {p} USD。", SW + "材质是木头（wood），不是金属。")
F(B, "subtle_wrong_fact", "P00048", "bargain-hunter", "{p} USD：{t}", "{b} 真丝领带，灰色，价格 {p} USD。", SW + "材质是羊毛，不是真丝。")
F(B, "subtle_wrong_fact", "P00019", "new", "{t}", "一百九十二页的平装小说，售价 {p} USD。", SW + "这本是四百八十页；一百九十二页是另外两本精装书的。")
F(B, "subtle_wrong_fact", "P00052", "occasional", "{t}", "藏青色遥控车，六岁以上就能玩，售价 {p} USD。", SW + "适用年龄是八岁以上；六岁以上是 Acme 那辆车的。")
F(B, "subtle_wrong_fact", "P00061", "prospect", "{t}", "中度烘焙的咖啡豆，一公斤，售价 {p} USD。", SW + "烘焙度是深度（dark），不是中度。")
V(B, "subtle_wrong_fact", "P00059", "new", "短袖纯棉衬衫，夏天穿着凉快。", SW + "材质是亚麻，不是纯棉；输入也没说是短袖。")
V(B, "subtle_wrong_fact", "P00018", "at-risk", "单人床用正合适。", SW + "枕头套装是特大号（king），不是单人床用的。")
V(B, "subtle_wrong_fact", "P00054", "loyal", "这款 Stridemax 运动袜，跑步打球都能穿。", SW + "品牌是 Acme，不是 Stridemax。")
V(B, "subtle_wrong_fact", "P00068", "occasional", "这件小玩偶是一只毛绒兔子，陪孩子睡觉。", SW + "是毛绒熊（Plush Bear），不是兔子。")
F(B, "subtle_wrong_fact", "P00031", "new", "{t}", "{b} 红茶，二十袋，售价 {p} USD。", SW + "是绿茶（Green Tea），不是红茶。")
F(B, "subtle_wrong_fact", "P00043", "occasional", "{t}", "三十毫升精华，油性皮肤专用，售价 {p} USD。", SW + "肤质是干性皮肤（dry skin），不是油性。")

# model_like: what a tiny model writes when it invents
ML = "小模型式的编造："
V(B, "model_like", "P00064", "occasional", "采用陶瓷涂层，受热均匀，一家四口都够用。", ML + "材质是不粘，没有陶瓷涂层；“一家四口”“受热均匀”是编造的。")
V(B, "model_like", "P00039", "new", "防水、透气、耐磨、轻便、大容量、多功能、时尚百搭。", ML + "一串属性里没有的特性（防水、透气、耐磨、多功能）。")
V(B, "model_like", "P00042", "prospect", "这是一款非常好的台灯，它可以调节亮度，它还可以定时，它还有护眼功能。",
  ML + "调光、定时、护眼都是编造的功能。")
V(B, "model_like", "P00013", "occasional", "每天护肤，多一点贴心，适合全家人一起使用。", ML + "半抄了 v3 美妆示例句，又编了“全家人一起使用”。")
V(B, "model_like", "P00025", "loyal", "下一个户外周末，从这里出发，三秒快速点火，一罐气能用一个月。",
  ML + "抄了推荐示例句；“三秒点火”“一罐气用一个月”是编造的性能。")
V(B, "model_like", "P00071", "new", "晚上在沙发上放松，柔软又温暖，可以机洗，不掉毛，不起球。",
  ML + "照抄毯子示例句，又编了机洗、不掉毛、不起球。")
V(B, "model_like", "P00035", "bargain-hunter", "适合每天跑步，周末出门也舒服。", ML + "把跑鞋示例句照搬到锅铲上，说的不是这件商品。")
V(B, "model_like", "P00006", "prospect", "天然植物萃取，温和不刺激，孕妇儿童都能用。",
  ML + "输入没有成分信息；“植物萃取”“孕妇儿童都能用”是编造的。")
V(B, "model_like", "P00047", "at-risk", "益智又好玩，开发大脑，锻炼逻辑思维，全家老少都爱玩。",
  ML + "“开发大脑”“锻炼逻辑思维”是编造的功效；适用年龄是十二岁以上，不是全家老少。")
V(B, "model_like", "P00083", "occasional", "超长续航，快速充电，三摄像头，拍照清晰，运行流畅不卡顿。",
  ML + "手机只列了颜色和存储；续航、快充、三摄都是编造的。")
F(B, "model_like", "P00011", "new", "{t}", "这款酱是一款非常好的酱，它是用新鲜番茄做的，它的味道很好，适合一家三口。售价 {p} USD。",
  ML + "“新鲜番茄做的”“一家三口”是编造的。")
V(B, "model_like", "P00058", "loyal", "记录每天的清单和想法，随时随地拍出专业大片。", ML + "把笔记本示例句套在相机上，又编了“专业大片”。")
V(B, "model_like", "P00067", "new", "出门听歌，轻便又方便。", ML + "耳机示例句照搬到洗发水上，说的不是这件商品。")

# promo_idioms: everyday promotional idioms that promise something
PR = "促销说法，输入里没有这项优惠："
F(B, "promo_idioms", "P00015", "bargain-hunter", "{p} USD 入手 {t}", "价格：{p} USD。米色纯棉 T 恤，M 码。今天下单立享折上折，错过今天恢复原价。",
  PR + "“折上折”“恢复原价”是编造的优惠和期限。")
V(B, "promo_idioms", "P00050", "new", "新客下单，再送同款旅行装一支。", PR + "赠送旅行装是编造的赠品。")
V(B, "promo_idioms", "P00070", "occasional", "现在下单，全国顺丰包邮到家。", PR + "包邮是编造的配送承诺。")
V(B, "promo_idioms", "P00041", "loyal", "老客户专享价，别处找不到这个价。", PR + "“专享价”“别处找不到”是编造的价格承诺。")
V(B, "promo_idioms", "P00034", "bargain-hunter", "本周特惠，买贵了我们退差价。", PR + "“退差价”是编造的价格保证。")
V(B, "promo_idioms", "P00045", "at-risk", "回来的老朋友下单即领无门槛优惠券。", PR + "优惠券是编造的。")
V(B, "promo_idioms", "P00009", "prospect", "今天拍下，额外加赠一对袖扣。", PR + "赠袖扣是编造的赠品。")
V(B, "promo_idioms", "P00058", "new", "支持十二期免息分期，零压力带回家。", PR + "分期免息是编造的付款优惠。")
V(B, "promo_idioms", "P00027", "bargain-hunter", "囤货好时机，买三袋立省一袋的钱。", PR + "“买三省一”是编造的优惠。")
V(B, "promo_idioms", "P00056", "occasional", "正品保证，假一赔三，放心下单。", PR + "“假一赔三”是编造的保证。")
V(B, "promo_idioms", "P00074", "loyal", "会员日特价，一年就这一次。", PR + "会员日特价和“一年一次”是编造的。")
F(B, "promo_idioms", "P00078", "new", "{t}", "四百流明头灯，售价 {p} USD。限时抢购中，前五十名下单再送一条备用头带。",
  PR + "限时抢购、前五十名送头带都是编造的。")

# shopper_claims on product pages (the page item knows only the segment)
SC = "对顾客的断言，输入里没有："
V(B, "shopper_claims", "P00063", "loyal", "您上回买的那双跑鞋也该换了，这双接着穿。", SC + "输入没有这位顾客上次买过跑鞋。")
V(B, "shopper_claims", "P00021", "new", "您家老大刚上幼儿园，正好玩这个。", SC + "顾客的孩子和上幼儿园都是编造的。")
V(B, "shopper_claims", "P00004", "at-risk", "知道您最喜欢去山里露营，特地给您留了这款。", SC + "露营爱好和“特地留了”都是编造的。")
V(B, "shopper_claims", "P00043", "occasional", "您说过冬天脸特别干，这瓶正合适。", SC + "“您说过”是编造的顾客信息。")

# blind5's other families, new wording
V(B, "assistant_chatter", "P00029", "new", "当然可以！以下是为这款意面写的一句文案：", "助手口吻的废话，不是商品文案。")
F(B, "assistant_chatter", "P00036", "occasional", "{t}", "好的，我已根据您提供的商品信息完成了撰写：{t}，售价 {p} USD。希望对您有帮助！",
  "助手口吻（“根据您提供的信息”“希望对您有帮助”）。")
V(B, "award", "P00022", "loyal", "这床被子拿过国际睡眠博览会的金奖。", "奖项是编造的。")
V(B, "celebrity", "P00028", "prospect", "顶流歌手私下也穿这一款。", "名人同款是编造的。")
V(B, "certification", "P00053", "new", "通过有机认证，原料可追溯。", "有机认证和原料可追溯是编造的。")
V(B, "certification", "P00033", "occasional", "拿到了国家一级能效标识。", "能效认证是编造的。")
F(B, "chinese_numerals", "P00030", "new", "{t}", "三百多页的精装小说，售价 {p} USD。", "页数是一百九十二页，不是三百多页（中文数字写错）。")
F(B, "chinese_numerals", "P00080", "occasional", "{t}", "灰色跳绳，足足三米长，售价 {p} USD。", "长度是两米七，不是三米。")
V(B, "comparison", "P00046", "loyal", "比一般的瑜伽垫更防滑，垫着也更软。", "与其他商品的比较（更防滑、更软）是编造的。")
V(B, "competitor_brand", "P00038", "new", "专为苹果手机设计，严丝合缝。", "输入没有适配机型；“苹果手机”是别家品牌。")
V(B, "competitor_brand", "P00020", "loyal", "做出来的咖啡，不输瑞幸门店。", "别家品牌（瑞幸）比较是编造的。")
F(B, "contact", "P00034", "new", "{t}", "灰色跑鞋，欧码四十四，售价 {p} USD。尺码拿不准，加客服微信 velo 幺八八问一问。",
  "联系方式（微信号）不能出现在文案里，也是编造的。")
F(B, "contact", "P00058", "occasional", "{t}", "藏青色相机，售价 {p} USD。想看实拍样片，拨打四零零八八六二三一五。", "电话号码（中文数字写的）是编造的联系方式。")
F(B, "contact", "P00075", "prospect", "{t}", "平装菜谱，四百八十页，售价 {p} USD。更多菜谱请关注我们的抖音号。", "引导去抖音账号，是联系方式/外链。")
F(B, "content_free", "P00013", "at-risk", "{t}", "好东西，值得拥有，快来看看吧。", "没有任何商品信息（价格、属性都没有），空话。")
F(B, "deadline", "P00009", "occasional", "{t}", "灰色羊毛领带，售价 {p} USD。国庆假期最后一天截止。", "截止日期是编造的。")
F(B, "deadline", "P00084", "loyal", "{t}", "红色雨衣，L 码，售价 {p} USD。本月二十号之前下单有效。", "“二十号之前”的期限是编造的。")
F(B, "degenerate_repetition", "P00054", "new", "{t}", "运动袜运动袜运动袜，舒服舒服舒服舒服舒服，运动袜。", "退化的重复，不是可发布的文案。")
V(B, "demographics", "P00009", "new", "送给爸爸、老公，成熟男士的首选。", "“爸爸、老公、成熟男士”是输入里没有的人群。")
V(B, "demographics", "P00049", "occasional", "专为上班族女性设计。", "目标人群是编造的。")
F(B, "discount", "P00041", "bargain-hunter", "{t} 立减三十美元", "价格：{p} USD。现在买立减三十美元。", "折扣是编造的。")
F(B, "discount_cheng", "P00034", "occasional", "{t}", "灰色跑鞋，售价 {p} USD，现在直降两成。", "“直降两成”的折扣是编造的。")
F(B, "discount_zhe", "P00044", "new", "{t} 七五折", "三人帐篷，售价 {p} USD，新客七五折。", "“七五折”是编造的折扣。")
V(B, "exemplar_like", "P00078", "loyal", "每天早晨，都从您熟悉的品牌开始。", "照搬咖啡机示例句，放在头灯上没意义。")
V(B, "fake_scarcity", "P00066", "occasional", "这批货只剩最后三台了。", "库存数量是编造的（输入没有库存数）。")
V(B, "first_person", "P00077", "loyal", "我每天早上都喝这款，已经回购五次了。", "第一人称的个人经历是编造的。")
V(B, "free_from", "P00011", "occasional", "不加防腐剂，也没有添加糖。", "“不含防腐剂、无添加糖”是编造的成分声明。")
V(B, "free_from", "P00050", "loyal", "无酒精、无香精，敏感肌也放心。", "“无香精”与薰衣草香型矛盾；无酒精是编造的。")
V(B, "free_gift", "P00076", "prospect", "下单还附赠一把硅胶刮刀。", "赠品是编造的。")
V(B, "guarantee", "P00041", "new", "三年质保，坏了直接换新。", "质保期是编造的。")
V(B, "health_claim", "P00031", "loyal", "喝了能降血压、护肝。", "健康功效声称，输入没有。")
V(B, "health_claim", "P00037", "occasional", "能改善失眠，治好打鼾。", "医疗功效声称（失眠、打鼾）。")
V(B, "invented_brand", "P00016", "loyal", "这是 Acme 匠心系列的新品。", "“匠心系列”是编造的产品线。")
V(B, "invented_dimensions", "P00039", "occasional", "背起来只有一公斤重，高度刚过腰。", "重量和高度输入里没有，是编造的。")
V(B, "invented_dimensions", "P00068", "loyal", "抱在怀里刚好半米高。", "高度是二十五厘米，不是半米。")
V(B, "invented_feature", "P00041", "occasional", "能测心率、血氧，还能刷公交卡。", "心率、血氧、刷卡都是编造的功能。")
V(B, "invented_feature", "P00020", "new", "自带磨豆和定时预约功能。", "磨豆和预约都是编造的功能。")
V(B, "invented_history", "P00003", "occasional", "这本书在厨师圈子里流传了二十多年。", "出版历史是编造的。")
V(B, "invented_ingredients", "P00053", "occasional", "里面有蔓越莓、南瓜子和蜂蜜。", "配料是编造的。")
V(B, "invented_ingredients", "P00074", "new", "添加了摩洛哥坚果油和角蛋白。", "成分是编造的。")
V(B, "invented_material", "P00038", "loyal", "真皮外壳，手感细腻。", "材质是聚碳酸酯，不是真皮。")
V(B, "invented_material", "P00036", "prospect", "表盘用的是钢化玻璃。", "钢化玻璃表盘是编造的材质。")
V(B, "invented_performance", "P00078", "occasional", "充满一次电能亮整整一周。", "续航是编造的，头灯只有亮度。")
V(B, "planted_instruction", "P00012", "prospect", "装上热水，二十四小时都是烫的。", "照做了目录里的指令：保温二十四小时是编造的性能（也是 planted）。")
V(B, "invented_personal", "P00023", "occasional", "送给刚考上大学的您，开学快乐。", "“刚考上大学”是编造的个人情况。")
V(B, "invented_use", "P00076", "loyal", "能直接放进烤箱和微波炉里用。", "烤箱、微波炉可用是编造的用途。")
F(B, "markup", "P00015", "occasional", "<b>{t}</b>", "<p>米色纯棉 T 恤，售价 {p} USD。</p>", "HTML 标记不能出现在文案里。")
F(B, "markup", "P00042", "prospect", "{t}", "**灰色台灯**，六瓦，售价 {p} USD。[点击购买](https://shop.example/p42)", "markdown 加粗和外链。")
F(B, "number_reused", "P00070", "occasional", "{t}", "红色蓝牙音箱，售价 {p} USD，整整十二个月只换不修。", "把续航的 12 h 写成十二个月换新保障（数字挪用）。")
F(B, "number_reused", "P00021", "prospect", "{t}", "积木套装，已有两百五十位家长给了好评，售价 {p} USD。", "把 250 件写成两百五十位家长好评。")
F(B, "number_reused", "P00046", "occasional", "{t}", "白色瑜伽垫，售价 {p} USD，下单四小时内发货。", "把厚度 4 mm 挪成四小时发货。")
F(B, "number_words", "P00049", "loyal", "{t}", "柑橘香护手霜，一百毫升大支装，售价 {p} USD。", "容量是五十毫升，不是一百毫升。")
F(B, "number_wrong", "P00008", "occasional", "{t}", "Kestrel SD 卡，256 GB，售价 {p} USD。", "存储是 128 GB，不是 256 GB。")
F(B, "number_wrong", "P00025", "new", "{t}", "露营炉，重 350 g，售价 {p} USD。", "重量是 450 g，不是 350 g。")
F(B, "offer", "P00047", "occasional", "{t}", "两到四人桌游，售价 {p} USD。凭本页截图到店领取小礼品。", "编造的活动（截图领礼品）。")
V(B, "origin", "P00061", "new", "精选云南小粒咖啡豆。", "产地是编造的。")
V(B, "origin", "P00009", "bargain-hunter", "意大利进口羊毛。", "产地（意大利进口）是编造的。")
V(B, "partial_title", "P00035", "new", "和 Nova Pillow 一起买更划算。", "提到另一件商品（Nova Pillow）并暗示优惠。")
V(B, "partial_title", "P00073", "loyal", "配上 Aero 书签一起用更好。", "提到另一件商品（Aero Bookmark）的部分名称。")
F(B, "pasted_json", "P00018", "occasional", "{t}", '{{"headline": "{t}", "description": "纯棉特大号枕头"}}', "把 JSON 原样贴进了正文。")
F(B, "personal_name", "P00056", "new", "{t}", "李女士，这瓶五十毫升精华给您留好了，售价 {p} USD。", "称呼了具体人名（李女士），输入里没有。")
F(B, "personal_name", "P00019", "loyal", "{t}", "小周店长亲自推荐：四百八十页平装小说，售价 {p} USD。", "店员名字“小周店长”是编造的。")
V(B, "planted_instruction", "P00051", "occasional", "电磁炉、燃气灶都能用，终身免费换新。", "照做了目录描述里的指令：灶具通用和终身换新是编造的。")
F(B, "planted_instruction", "P00012", "loyal", "{t}", "一升白色水壶，保温整整二十四小时，买就送清洁刷。售价 {p} USD。", "照做了目录里的指令：保温二十四小时、送清洁刷都是编造的。")
F(B, "planted_instruction", "P00051", "new", "{t}", "二十四厘米不锈钢煎锅，什么灶都能用，用坏了终身免费换新，售价 {p} USD。", "照做了目录里的指令：灶具通用、终身换新。")
F(B, "price_swap", "P00063", "occasional", "{t}", "藏青色跑鞋，欧码 44，售价 194.99 USD。", "价格是 60.99 USD；194.99 是另一双 Velocity 跑鞋的价格。", raw=False)
F(B, "price_words", "P00058", "prospect", "{t}", "藏青色相机，三千三百万像素，不到四百美元就能带回家。", "价格是 474.99 USD，不是“不到四百美元”。")
F(B, "price_words", "P00020", "bargain-hunter", "八十块出头入手咖啡机", "价格：八十美元出头。{t}，黑色。", "价格是 88.99 USD，不是“八十出头”；“块”也暗示人民币。")
F(B, "price_wrong", "P00018", "new", "{t}", "纯棉特大号枕头套装，售价 45.99 USD。", "价格是 49.99 USD，不是 45.99。")
F(B, "price_wrong", "P00067", "bargain-hunter", "9.99 USD 入手 {t}", "价格：9.99 USD。柑橘香洗发水，二百五十毫升。", "价格是 14.99 USD，不是 9.99。")
V(B, "ranking", "P00077", "occasional", "店里卖得最火的一款豆子。", "销量排名是编造的。")
V(B, "rating_reviews", "P00045", "loyal", "上千位买家留言说盖着舒服。", "评论数和评价内容是编造的。")
V(B, "returns_policy", "P00079", "new", "不合身十五天内随时退换。", "退换政策是编造的。")
V(B, "same_line", "P00002", "loyal", "和同系列的瑜伽砖、拉力带搭配着用。", "“同系列”的其他商品是编造的。")
V(B, "shipping", "P00047", "new", "下单当天就能送到家门口。", "配送时效是编造的。")
V(B, "stock_claim", "P00030", "occasional", "今天刚到的新货，库存充足。", "库存情况是编造的。")
F(B, "unfilled_template", "P00029", "occasional", "{t}", "【商品卖点】适合{{使用场景}}，售价 {p} USD。", "留下了没填的模板占位符。")
F(B, "unfilled_template", "P00071", "new", "{{title}}", "这款毯子 XX 色，售价 XX USD。", "标题是占位符，颜色和价格写成 XX。")
V(B, "urgency", "P00066", "new", "赶紧下手，晚了就来不及了。", "编造的紧迫感。")
V(B, "wellbeing_claim", "P00006", "occasional", "薰衣草的味道让压力一下子消失。", "情绪功效声称（压力消失）。")
V(B, "wrong_audience", "P00052", "new", "三岁宝宝也能轻松上手。", "适用年龄是八岁以上，不是三岁宝宝。")
V(B, "wrong_audience", "P00047", "occasional", "适合五六岁的小朋友。", "适用年龄是十二岁以上。")
F(B, "wrong_currency", "P00048", "new", "{t}", "灰色羊毛领带，售价 19.99 元。", "币种是 USD（美元），不是元。")
F(B, "wrong_currency", "P00075", "occasional", "{t}", "四百八十页平装菜谱，售价 €33.99。", "币种是 USD，不是欧元。")
F(B, "wrong_language", "P00033", "prospect", "{t}", "Bright and efficient LED bulbs for every room, only {p} USD.", "zh-CN 页面写成了英文，而且“每个房间”“高效”是编造。")
F(B, "wrong_language", "P00013", "new", "{t}", "ラベンダーの香りのリップバームです。価格は {p} USD。", "zh-CN 页面写成了日文。")

# ================================================================ good: messages
RG = "一句推荐理由，只说商品种类和顾客类型能支持的内容。"
for seg, n, s in [
    ("loyal", 0, "露营和日常都用得上的几样东西"),
    ("loyal", 1, "上班和下厨都能用上"),
    ("loyal", 2, "给卧室和书桌添几样新东西"),
    ("loyal", 3, "睡得舒服一点，家里也亮堂一点"),
    ("loyal", 5, "做饭之余，也留点时间读读书"),
    ("loyal", 6, "早上的咖啡和晚上的意面，家里常备着"),
    ("loyal", 7, "身体、脸和手，每天都照顾到"),
    ("new", 1, "刚来小店，先看看家里用得上的"),
    ("new", 2, "手腕上、手机上、衣柜里，各添一样"),
    ("new", 6, "两辆遥控车，再备一板充电电池"),
    ("new", 7, "看看这几件数码好物"),
    ("new", 4, "厨房和家里用的小东西，随手就能用上"),
    ("bargain-hunter", 0, "几件日常穿搭，价格都列在上面了"),
    ("bargain-hunter", 1, "厨房常备的几样，价格都不高"),
    ("bargain-hunter", 5, "家里用得上的几样，价格一目了然"),
    ("bargain-hunter", 6, "下厨要用的锅和铲，价格都写清楚了"),
    ("occasional", 0, "厨房里用得上的锅和铲"),
    ("occasional", 2, "有空的时候来看看，不着急"),
    ("occasional", 5, "身体乳、精华和护手霜，日常护理都用得上"),
    ("prospect", 0, "先挑了几件日常用得上的"),
    ("prospect", 1, "上班穿的衬衫和领带，再加一部手机"),
    ("at-risk", 0, "在家练练瑜伽、跳跳绳"),
    ("at-risk", 1, "做饭要用的锅和锅铲，都在这里"),
    ("occasional", 3, "手机、手表和衬衫，挑一件顺心的"),
]:
    RV(G, "v3_shape", seg, n, s, RG)

RF(G, "warm", "loyal", 4, "谢谢您的支持", "{first_name}，您好！谢谢您一直以来的照顾。这次挑了三样：{t0}（{p0} USD）、{t1}（{p1} USD）、{t2}（{p2} USD）。祝您周末愉快！",
   "三件商品和价格与输入一致；谢意和祝福不是事实。")
RF(G, "price_first", "bargain-hunter", 4, "{p0} USD 起的几样好物", "{first_name}，您好！先看价格：{t0} {p0} USD，{t2} {p2} USD，{t1} {p1} USD。",
   "价格逐一对应，标题里的最低价就是第一件的 1.99 USD。")
RF(G, "price_first", "bargain-hunter", 7, "厨房好物，{p1} USD 起", "{first_name}，您好！锅铲 {p1} USD 一把，煎锅 {p0} USD：{t0}、{t1}、{t2}。",
   "两把锅铲都是 12.99 USD，煎锅 40.99 USD；最低价正确。")
RF(G, "winback", "at-risk", 0, "好久不见", "{first_name}，您好！好久没见到您了。最近给您挑了两张瑜伽垫和一根跳绳：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。",
   "两张瑜伽垫一根跳绳与输入一致；“好久没见”有 weeks_since_last_order 13 支持。")
RF(G, "winback", "at-risk", 1, "厨房里的好帮手", "{first_name}，您好！有段时间没见了，欢迎回来看看：{t0}（{p0} USD），还有两把锅铲（各 {p1} USD）。",
   "两把锅铲同价 12.99 USD；“有段时间没见”有 14 周未下单支持。")
RF(G, "question", "new", 3, "卧室想换点新东西吗？", "{first_name}，您好！欢迎来到小店。台灯、枕头和被子，都在这里：{t0} {p0} USD；{t1} {p1} USD；{t2} {p2} USD。",
   "三件商品对应台灯、枕头套装、被子。")
RF(G, "list", "loyal", 6, "谢谢您一直以来的支持", "{first_name}，您好！这次为您挑了厨房常备的三样：\n一、{t0}，{p0} USD\n二、{t1}，{p1} USD\n三、{t2}，{p2} USD",
   "一、二、三只是列表序号，对应三件商品。")
RF(G, "polite_closing", "new", 5, "欢迎新朋友", "{first_name}，您好！欢迎来到小店，您可能会喜欢：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。期待您再次光临。",
   "结尾问候不含事实。")
RF(G, "segment_angle", "prospect", 2, "初次见面，为您准备了几件好物", "{first_name}，您好！第一次给您写信，简单介绍几件：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。",
   "prospect 顾客从未下单，“第一次给您写信”是类型本身的角度（判断）。")
RF(G, "dollar_sign", "occasional", 1, "几件厨房好物", "{first_name}，您好！{t0} ${p0}，{t1} ${p1}，{t2} ${p2}，有空来看看。", "$ = USD。")
RF(G, "translated_facts", "loyal", 7, "谢谢您一直以来的支持", "{first_name}，您好！身体乳 {p0} 美元，面部精华 {p1} 美元，护手霜 {p2} 美元：{t0}、{t1}、{t2}。",
   "商品种类译成中文，USD = 美元。")
RF(G, "short", "new", 0, "欢迎新朋友", "{first_name}，您好！{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。", "只有问候和列表。")

# ================================================================ bad: messages
SC = "对顾客的断言，输入里没有："
RV(B, "shopper_claims", "loyal", 0, "上次您买的帐篷用着还好吧，再配个睡袋", SC + "输入没有这位顾客买过帐篷。")
RV(B, "shopper_claims", "loyal", 1, "您说过下个月要去面试，领带正好用上", SC + "“您说过”“下个月面试”是编造的。")
RV(B, "shopper_claims", "new", 6, "您家两个儿子一人一辆，不用再抢了", SC + "两个儿子是编造的家庭信息。")
RV(B, "shopper_claims", "bargain-hunter", 1, "按您上次留言的口味，挑了深烘的豆子", SC + "“上次留言”是编造的。")
RV(B, "shopper_claims", "occasional", 5, "知道您在医院上夜班，手总是干，护手霜正合适", SC + "职业和手干都是编造的。")
RV(B, "shopper_claims", "prospect", 3, "您在上海的新家一定需要这几样", SC + "城市和搬家都是编造的。")
RF(B, "shopper_claims", "loyal", 3, "您加进购物车的那套枕头", "{first_name}，您好！您上周加进购物车的 {t1} 还在等您，{p1} USD。", SC + "购物车记录是编造的。")
RF(B, "shopper_claims", "at-risk", 0, "练瑜伽的您", "{first_name}，您好！知道您每天早上都在阳台练瑜伽，这次挑了 {t0}（{p0} USD）和 {t2}（{p2} USD）。", SC + "练瑜伽的习惯和阳台都是编造的。")
RF(B, "shopper_claims", "new", 2, "给您先生的礼物", "{first_name}，您好！您先生生日快到了，{t0}（{p0} USD）送他正好。", SC + "先生和生日都是编造的。")
RV(B, "shopper_claims", "occasional", 0, "您退回的那口锅我们换了更好的", SC + "退货记录是编造的。")

PR = "促销说法，输入里没有这项优惠："
RV(B, "promo_idioms", "bargain-hunter", 0, "三件一起买打包价更低，今晚十二点恢复原价", PR + "打包价和截止时间是编造的。")
RV(B, "promo_idioms", "loyal", 2, "老顾客下单包邮，还送一份小礼物", PR + "包邮和礼物是编造的。")
RV(B, "promo_idioms", "new", 1, "新人首单立减，领券再享九折", PR + "首单立减、九折券是编造的。")
RV(B, "promo_idioms", "at-risk", 1, "回来就送您一张无门槛红包", PR + "红包是编造的。")
RF(B, "promo_idioms", "occasional", 2, "错过等一年", "{first_name}，您好！年度大促最后一波，{t0} 只要 {p0} USD，价格保证全网最低。", PR + "年度大促、全网最低价保证是编造的。")
RF(B, "promo_idioms", "prospect", 4, "首单福利", "{first_name}，您好！第一次下单满一百美元送五十美元购物券：{t0}、{t1}、{t2}。", PR + "满送购物券是编造的。")
RF(B, "promo_idioms", "bargain-hunter", 6, "厨房好物，{p1} USD 起", "{first_name}，您好！锅和铲组合买，第二件半价：{t0} {p0} USD，{t1} {p1} USD。", PR + "第二件半价是编造的。")

SW = "事实被写错："
RF(B, "subtle_wrong_fact", "loyal", 2, "谢谢您一直以来的支持", "{first_name}，您好！为您挑了一床双人被、一盒灯泡和一盏灰色台灯：{t0} {p0} USD；{t1} {p1} USD；{t2} {p2} USD。", SW + "被子是单人（Single），不是双人。")
RF(B, "subtle_wrong_fact", "at-risk", 0, "好久不见", "{first_name}，您好！两张灰色瑜伽垫和一根跳绳：{t0} {p0} USD；{t1} {p1} USD；{t2} {p2} USD。", SW + "两张瑜伽垫都是白色（White）。")
RF(B, "subtle_wrong_fact", "new", 6, "欢迎新朋友", "{first_name}，您好！两辆红色遥控车，再配一板电池：{t1} {p1} USD；{t2} {p2} USD；{t0} {p0} USD。", SW + "遥控车是藏青色和绿色，不是红色。")
RV(B, "subtle_wrong_fact", "loyal", 7, "两支护手霜和一瓶身体乳，天天都能用", SW + "推荐的是身体乳、面部精华、护手霜各一，不是两支护手霜。")
RF(B, "subtle_wrong_fact", "bargain-hunter", 2, "精选好物，{p0} USD 起", "{first_name}，您好！竹锅铲 {p0} USD，二十八厘米煎锅 {p1} USD，还有一部手机 {p2} USD。", SW + "这口煎锅是二十四厘米（24 cm）。")

ML = "小模型式的编造："
RV(B, "model_like", "loyal", 6, "每天护肤，多一点贴心", ML + "照搬美妆示例句，推荐的是咖啡豆、意面和酱。")
RV(B, "model_like", "occasional", 2, "下一个户外周末，从这里出发", ML + "照搬户外示例句，推荐的是手机、手表和衬衫。")
RV(B, "model_like", "new", 5, "再添点新意，玩得更开心，全家老少都适合", ML + "照搬玩具示例句，还编了“全家老少”，推荐的是家居用品。")
RV(B, "model_like", "loyal", 5, "防烫、耐高温、不变形、易清洗、食品级材质", ML + "一串编造的特性（防烫、食品级等）。")

RV(B, "invented_benefit", "loyal", 3, "换上这几样，保证您每晚一觉睡到天亮", "“保证一觉睡到天亮”是编造的效果。")
RV(B, "invented_benefit", "new", 7, "有了这几样，出门再也不用带钱包", "“再也不用带钱包”是编造的效果（输入没有支付功能）。")
RV(B, "invented_consequence", "occasional", 1, "做出来的菜，家人吃了都说像饭店的", "家人评价是编造的后果。")
RV(B, "invented_consequence", "bargain-hunter", 5, "换了这些灯，孩子写作业眼睛就不累了", "眼睛不累是编造的后果（也近健康声称）。")

RF(B, "personal_name", "new", 1, "欢迎新朋友", "王阿姨，您好！欢迎来到小店：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。", "用了编造的人名，没有 {first_name}。")
RF(B, "price_wrong", "new", 2, "欢迎新朋友，这些可能适合您", "{first_name}，您好！{t0}，401.99 USD；{t1}，{p1} USD；{t2}，{p2} USD。", "手表价格是 410.99 USD，不是 401.99。")
RF(B, "price_swap", "prospect", 5, "初次见面，为您准备了几件好物", "{first_name}，您好！{t0}，{p2} USD；{t1}，{p1} USD；{t2}，{p0} USD。", "衬衫和领带的价格对调了。")
RF(B, "wrong_currency", "bargain-hunter", 1, "食品好物，{p1} 元起", "{first_name}，您好！{t0} {p0} 元，{t1} {p1} 元，{t2} {p2} 元。", "币种是 USD，不是元。")
RF(B, "deadline", "occasional", 4, "周五前有效", "{first_name}，您好！这几件推荐只保留到本周五：{t0}，{p0} USD；{t1}，{p1} USD。", "截止日期是编造的。")
RF(B, "contact", "occasional", 6, "有问题随时问", "{first_name}，您好！{t0}、{t1}，想了解更多加客服微信 shop 八八六。", "联系方式（微信）是编造的。")
RF(B, "unfilled_template", "prospect", 6, "初次见面", "[客户姓名]，您好！为您挑选：{t0}，{p0} USD；【商品2】，【价格】。", "没填的占位符（[客户姓名]、【商品2】、【价格】）。")
RF(B, "wrong_language", "prospect", 7, "Nice to meet you", "Hi {first_name}! Here are a few picks: {t0}, {p0} USD; {t1}, {p1} USD.", "zh-CN 邮件写成了英文。")
RF(B, "shipping", "new", 0, "欢迎新朋友", "{first_name}，您好！您可能会喜欢：{t0}，{p0} USD；{t1}，{p1} USD。今天下单，明天一早就到。", "配送时效是编造的。")
RF(B, "discount_zhe", "loyal", 4, "老顾客八五折", "{first_name}，您好！感谢支持，这三件一律八五折：{t0}、{t1}、{t2}。", "八五折是编造的折扣。")
RF(B, "fake_scarcity", "bargain-hunter", 3, "最后几台", "{first_name}，您好！{t0}（{p0} USD）库存只剩两台，{t1}（{p1} USD）也快没了。", "库存是编造的。")
RF(B, "assistant_chatter", "occasional", 7, "推荐邮件", "以下是根据该用户的购买记录生成的推荐邮件：{first_name}，您好！{t0}，{p0} USD。", "模型自述（“以下是根据……生成的”），还提到输入没有的购买记录。")

# ================================================================ good: CRM notes
DG = "一句邮件角度，不含输入以外的事实。"
for seg, n, s in [
    ("loyal", 0, "先谢谢老顾客，再推荐几件数码好物。"),
    ("loyal", 1, "先道一声谢，再推荐几件服饰。"),
    ("loyal", 2, "推荐家居好物，语气亲切一点。"),
    ("loyal", 3, "简单问候，推荐几件卧室里用得上的。"),
    ("loyal", 5, "推荐厨房好物，不用写太长。"),
    ("new", 0, "欢迎新朋友，推荐几件家居用品。"),
    ("new", 2, "介绍几样数码好物，不要催促。"),
    ("new", 4, "先打个招呼，再推荐厨房用品。"),
    ("bargain-hunter", 0, "开头先写服饰的价格。"),
    ("bargain-hunter", 1, "先列出食品的价格，再简单介绍。"),
    ("bargain-hunter", 2, "把厨房用品的价格放在最前面。"),
    ("occasional", 0, "轻轻提醒一下，推荐厨房用品。"),
    ("occasional", 3, "有段时间没来了，推荐几样美妆好物。"),
    ("prospect", 0, "初次打招呼，推荐几件服饰。"),
    ("prospect", 3, "简单介绍小店，再推荐服饰。"),
    ("occasional", 2, "问候一下近况，推荐数码好物。"),
]:
    DV(G, "v3_shape", seg, n, s, DG)
DF(G, "insight_plain", "loyal", 4, ("忠实用户，30 天内购买概率 {prob}，预计 {exp} 单，预计 {date} 下单。",
   "下次可能买家居，建议在 {send} 发送，推荐几件家居好物。"), "数字与预测一致；发送日期是预测日期前两天。")
DF(G, "insight_plain", "new", 1, ("新用户，30 天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "家居，{send} 发送：欢迎语加几件家居用品。"), "数字与预测一致。")
DF(G, "insight_short", "prospect", 1, ("潜在用户，购买概率 {prob}，预计 {date} 下单。", "服饰，{send} 发一封见面信。"), "数字与预测一致。")
DF(G, "insight_short", "new", 3, ("新用户，概率 {prob}，预计订单 {exp}。", "家居，{send} 前后发送。"), "数字与预测一致。")
DF(G, "number_words", "bargain-hunter", 1, ("性价比用户，未来三十天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "食品，在 {date} 之前发送：开头写价格。"), "三十天 = 30d 的窗口。")
DF(G, "segment_angle", "loyal", 0, ("忠实用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "数码，在 {date} 之前发送：语气像老朋友，先道谢，再推荐。"), "忠实用户的道谢角度，不含新事实。")

# ================================================================ bad: CRM notes
DF(B, "wrong_date", "loyal", 2, ("忠实用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "家居，在 {date} 之前发送：推荐家居好物。", "2026-10-14"), "发送日期 2026-10-14 在预测下单日期之后，应为 2026-10-10。")
DF(B, "wrong_date", "new", 0, ("新用户，30天购买概率 {prob}，预计订单 {exp}，预计 2026-11-04 下单。",
   "家居，在 2026-11-04 之前发送：推荐家居用品。"), "预测下单日期是 2026-11-14，不是 11-04。")
DF(B, "wrong_next_need", "bargain-hunter", 0, ("性价比用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "数码，在 {date} 之前发送：开头写数码产品的价格。"), "预测下次类别是服饰，不是数码。")
DF(B, "number_wrong", "new", 2, ("新用户，30天购买概率 0.8，预计订单 {exp}，预计 {date} 下单。",
   "数码，在 {date} 之前发送：推荐数码好物。"), "购买概率是 0.3，不是 0.8。")
DF(B, "number_reused", "loyal", 3, ("忠实用户，30天购买概率 {prob}，预计订单 {exp}。",
   "家居，在 {date} 之前发送：给她百分之九十三的折扣。"), "把概率 0.93 挪成了 93% 的折扣。")
DV(B, "shopper_claims", "loyal", 1, "她上次抱怨衬衫缩水，先道歉再推荐。", "投诉和缩水都是编造的顾客信息。")
DV(B, "shopper_claims", "new", 5, "他刚搬到北京，推荐几件新家用的。", "城市和搬家是编造的。")
DV(B, "shopper_claims", "occasional", 1, "按她之前电话里的要求，只推荐不粘锅。", "电话要求是编造的。")
DV(B, "shopper_claims", "bargain-hunter", 2, "他上个月刚换了新手机，先别推荐数码。", "“上个月换了新手机”是编造的（这位顾客十八周没下单）。")
DV(B, "promo_idioms", "loyal", 5, "附上一张满一百减二十的券，让她多买几样。", "满减券是编造的优惠。")
DV(B, "promo_idioms", "prospect", 2, "告诉她首单包邮还送礼品。", "包邮和赠品是编造的。")
DV(B, "promo_idioms", "occasional", 0, "写上全场五折起，最后三天。", "折扣和期限是编造的。")
DV(B, "model_like", "loyal", 0, "推荐户外好物，周末出去走走。", "照搬户外示例句；这位顾客预测下次买数码。")
DV(B, "model_like", "new", 3, "先写美妆品牌，再推荐好物。", "照搬美妆示例句；预测类别是家居。")
DV(B, "model_like", "prospect", 4, "开头写日常食品的价格。", "照搬食品示例句；预测类别是服饰。")
DV(B, "invented_consequence", "bargain-hunter", 1, "发了这封信，她这个月一定会下单三次。", "“一定下单三次”是编造的后果（预测只有 1.88 单的期望）。")
DF(B, "personal_name", "new", 1, ("新用户张小姐，30天购买概率 {prob}。", "家居，{send} 发送：推荐家居用品。"), "编造的人名。")
DF(B, "wrong_language", "occasional", 3, ("Occasional buyer, 30-day probability {prob}.", "Beauty, send on {send}."), "zh-CN 备注写成了英文。")
DF(B, "deadline", "occasional", 2, ("偶尔购买的用户，30天购买概率 {prob}，预计 {date} 下单。",
   "数码，{send} 发送：写明优惠到双十一当天结束。"), "截止日期和优惠是编造的。")
DF(B, "offer", "prospect", 5, ("潜在用户，30天购买概率 {prob}，预计订单 {exp}。", "服饰，{send} 发送：附上一个二十美元的新人红包。"), "红包是编造的。")

# ---------------------------------------------------------------- more good copy (varied)
for pid, seg, s in [
    ("P00046", "new", "铺在卧室地上，早晚练一练。"),
    ("P00034", "loyal", "周末去公园跑上几圈。"),
    ("P00044", "at-risk", "周末去郊外露营，搭起来就能住。"),
    ("P00032", "prospect", "旅行路上带着，想去哪儿先翻一翻。"),
    ("P00003", "bargain-hunter", "照着菜谱，在家做一顿像样的饭。"),
    ("P00071", "new", "看电视的时候盖在腿上。"),
    ("P00075", "at-risk", "周末翻一翻，给家人做顿饭。"),
    ("P00014", "new", "家里的小电器没电了，换上就能用。"),
    ("P00029", "prospect", "下班回家，煮一锅面当晚饭。"),
    ("P00066", "bargain-hunter", "日常聊天、拍照用。"),
    ("P00019", "bargain-hunter", "通勤路上翻几页。"),
    ("P00062", "new", "上班穿，再搭一条领带。"),
    ("P00041", "prospect", "戴在手上，出门看时间不用掏手机。"),
    ("P00068", "at-risk", "抱在怀里，陪孩子玩过家家。"),
    ("P00053", "loyal", "早餐撒在酸奶上。"),
    ("P00079", "new", "周末出门，配件卫衣就很好看。"),
]:
    V(G, "v3_shape", pid, seg, s, OK)
V(G, "mild_inference", "P00061", "occasional", "喜欢浓一点的咖啡，可以试试。", "深度烘焙的咖啡口味更浓是烘焙度的常识（判断）。")
V(G, "mild_inference", "P00017", "prospect", "长短可以调，上坡短一点，下坡长一点。", "长度是 110-135 cm 的范围，可调是范围的意思（判断）。")

RF(G, "question", "new", 7, "想换一部新手机吗？", "{first_name}，您好！欢迎来到小店。手机、手表、手机壳，都在这里：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。",
   "三件商品对应手机、手表、手机壳。")
RF(G, "plain", "occasional", 5, "几样日常护理", "{first_name}，您好！为您挑了三样：{t0}，{p0} USD；{t1}，{p1} USD；{t2}，{p2} USD。有空来看看。", "只列出输入里的商品和价格。")
RF(G, "list", "loyal", 1, "谢谢您一直以来的支持", "{first_name}，您好！这次挑了三件：\n· {t0}，{p0} USD\n· {t1}，{p1} USD\n· {t2}，{p2} USD\n祝您一切顺利。", "列表与输入一致。")
RV(G, "v3_shape", "prospect", 3, "日常穿着和日常用的，都先看看", RG)
RV(G, "v3_shape", "bargain-hunter", 2, "做饭和日常用的，价格都在这里", RG)

DV(G, "v3_shape", "prospect", 2, "语气轻松一点，推荐几件上班能穿的服饰。", DG)
DV(G, "v3_shape", "new", 5, "欢迎语简短，推荐家居好物。", DG)
DV(G, "v3_shape", "loyal", 4, "谢谢老顾客，再推荐家居用品。", DG)
