"""zh-CN cases of the gate_words corpus (issue 12, gate 2.3): ordinary words that cannot carry a
claim (verbs of use, containers and measure words, parts of the item, relation, distance and time
words, dish names, sub-zero temperatures) in good texts, and the same words stating false facts in
bad ones. Written by hand on the blind3 sample shop's real inputs; tuned on (not blind)."""
from casekit import add, pd, rm
from casekit import di as _di


def di(loc, seg, n):
    try:
        return _di(loc, seg, n)
    except ZeroDivisionError:  # no insight of that segment with a predicted date
        return _di(loc, None, n + 7)

PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"
L = "zh-CN"
G, B = "good", "bad"


def P(pid, seg="loyal"):
    return pd(pid, L, seg)


# (pid, segment, style, slot/sentence). Styles: "pipe" = the v3 template's exact shape
# ({slot}{title}，{details}，售价 {price}。), "pipe2" = without details, "free" = the text as written,
# "head" = the sentence as headline over a plain description.
GOOD = [
    # kitchen: verbs of cooking and handling, containers, parts
    ("P00096", "loyal", "pipe", "早上煮一壶咖啡，开始新的一天。"),
    ("P00096", "new", "free", "一次能煮 1.5 升，米色机身放在厨房台面上很协调。{t}，{p} 美元。"),
    ("P00096", "occasional", "head", "周末在家慢慢煮咖啡"),
    ("P00084", "loyal", "pipe", "每天早上给自己煮上一杯。"),
    ("P00084", "bargain-hunter", "free", "价格：{p} 美元。{t}，容量 1.2 升，白色，早晚各煮一次都够用。"),
    ("P00086", "loyal", "pipe", "切菜、剁肉、片鱼，一把刀就够了。"),
    ("P00086", "new", "free", "20 厘米刀刃，切丝切片都顺手。{t}，{p} 美元。"),
    ("P00047", "occasional", "pipe", "家里天天下厨，切切剁剁更利落。"),
    ("P00047", "prospect", "head", "切、剁、拍，一把搞定"),
    ("P00109", "loyal", "pipe", "煎蛋、煎牛排，周末早餐轻松做。"),
    ("P00109", "new", "free", "24 厘米不粘煎锅，煎个鸡蛋不用放太多油。{t}，{p} 美元。"),
    ("P00018", "loyal", "pipe", "翻炒、盛菜，每天做饭都用得上。"),
    ("P00106", "occasional", "pipe", "炒菜时顺手一翻，白色铲头看着干净。"),
    ("P00005", "loyal", "pipe", "打蛋、拌面、装沙拉，五只碗轮流用。"),
    ("P00058", "new", "pipe", "和面、腌肉、拌凉菜，三只碗大小搭配。"),
    ("P00028", "loyal", "pipe", "装满一瓶水，出门上班随手带着。"),
    ("P00028", "occasional", "free", "750 毫升，装一天的水刚好。藏青色瓶身，{t}，{p} 美元。"),
    # grocery: containers, measure words, dish names
    ("P00033", "loyal", "pipe", "拌一盘意大利面，晚饭就有了。"),
    ("P00033", "bargain-hunter", "free", "{p} 美元一大罐，680 克，拌面够吃好几顿。"),
    ("P00033", "new", "head", "一罐酱，几顿晚饭"),
    ("P00080", "loyal", "pipe", "煮一锅意大利面，配上番茄酱就是一顿晚饭。"),
    ("P00080", "bargain-hunter", "free", "1 公斤装意大利面，{p} 美元，煮上一锅全家都够吃。"),
    ("P00053", "new", "pipe", "水开下锅，煮八九分钟就能捞出。"),
    ("P00053", "occasional", "free", "500 克意面，一袋能煮好几次。{t}，{p} 美元。"),
    ("P00025", "loyal", "pipe", "早上倒一碗，加点牛奶就是早餐。"),
    ("P00025", "new", "free", "500 克燕麦脆，倒进碗里配酸奶。{t}，{p} 美元。"),
    ("P00048", "occasional", "pipe", "早餐来一碗，脆脆的很香。"),
    ("P00077", "loyal", "pipe", "下午泡一杯绿茶，歇一会儿。"),
    ("P00077", "new", "free", "50 袋装绿茶，一袋泡一杯，100 克，{p} 美元。"),
    ("P00088", "loyal", "pipe", "炒菜、凉拌都用得上，一瓶能用很久。"),
    ("P00045", "occasional", "pipe", "每天早上现磨一杯，闻着就精神。"),
    ("P00061", "bargain-hunter", "free", "价格：{p} 美元。{t}，深度烘焙，500 克，一袋能冲好多杯。"),
    # home: lying, covering, hanging, lighting
    ("P00104", "loyal", "pipe", "窝在沙发上看电影，盖着正好。"),
    ("P00104", "occasional", "head", "灰色抓绒毯，窝着正合适"),
    ("P00054", "new", "pipe", "午睡时往身上一搭，暖暖的。"),
    ("P00089", "loyal", "pipe", "换季铺上床，一觉睡到天亮。"),
    ("P00027", "occasional", "pipe", "单人床刚好，晚上盖着安心入睡。"),
    ("P00067", "loyal", "pipe", "枕着入睡，早上醒来精神好。"),
    ("P00063", "new", "pipe", "躺下就能放松，一套两只换着用。"),
    ("P00055", "loyal", "pipe", "晚上在书桌前看书写字，一盏灯陪着。"),
    ("P00034", "occasional", "free", "红色台灯摆在床头，睡前翻几页书。{t}，功率 6 W，{p} 美元。"),
    ("P00004", "loyal", "pipe", "挂在客厅墙上，抬头就能看时间。"),
    ("P00029", "new", "pipe", "换上就能用，客厅卧室都亮堂。"),
    ("P00065", "bargain-hunter", "free", "价格：{p} 美元。{t}，功率 9 W，一包换遍全屋。"),
    # electronics: parts of the item, storage, listening
    ("P00073", "loyal", "free", "{t}，蓝色机身，256GB 存储空间，照片、应用尽管存。售价 {p} 美元。"),
    ("P00073", "new", "pipe", "拍照、聊天、刷视频，一部手机全搞定。"),
    ("P00083", "occasional", "pipe", "手感顺手，每天出门揣在兜里。"),
    ("P00083", "loyal", "free", "藏青色机身，256 GB 存储，{t}，{p} 美元。"),
    ("P00082", "loyal", "pipe", "给手机套上，日常揣兜不怕磕碰。"),
    ("P00066", "new", "pipe", "套上就能用，绿色很显眼。"),
    ("P00013", "loyal", "free", "64GB SD 卡，Voltra，{p} 美元。"),
    ("P00013", "occasional", "pipe", "插进相机，旅行照片都存得下。"),
    ("P00074", "new", "pipe", "拍视频、存照片，128 GB 慢慢用。"),
    ("P00014", "loyal", "pipe", "出门旅行拍风景，随手记录。"),
    ("P00060", "occasional", "free", "黑色机身，3300 万像素，{t}，{p} 美元。"),
    ("P00113", "loyal", "pipe", "通勤路上戴上，听几首歌就到站了。"),
    ("P00010", "new", "pipe", "跑步、坐车都能戴着听。"),
    ("P00019", "occasional", "pipe", "周末在家放音乐，声音充满房间。"),
    # sports / outdoors: moving, carrying, distance, temperature
    ("P00071", "loyal", "pipe", "铺在地上做拉伸，6 毫米刚刚好。"),
    ("P00023", "new", "pipe", "卷起来就能带走，去健身房也方便。"),
    ("P00037", "occasional", "pipe", "垫在手下做动作，帮你稳住姿势。"),
    ("P00016", "loyal", "pipe", "练瑜伽时垫一垫，动作更到位。"),
    ("P00012", "new", "pipe", "在家练手臂，一对哑铃就够。"),
    ("P00103", "loyal", "free", "两只 10 公斤哑铃，客厅里就能练。{t}，{p} 美元。"),
    ("P00026", "occasional", "pipe", "下班跳上十分钟，出一身汗。"),
    ("P00041", "loyal", "pipe", "早上沿着河边跑一圈。"),
    ("P00075", "new", "pipe", "穿上跑步、打球都合脚。"),
    ("P00116", "bargain-hunter", "free", "价格：{p} 美元。{t}，蓝色，XL 码，运动完换一双。"),
    ("P00001", "loyal", "free", "灰色睡袋，舒适温度零下 2 °C，{p} 美元。"),
    ("P00001", "occasional", "free", "零下 2 °C 的夜里也能钻进去睡个好觉。{t}，{p} 美元。"),
    ("P00001", "new", "pipe", "秋冬去野外过夜，钻进去就暖和。"),
    ("P00003", "loyal", "pipe", "夏天露营，钻进睡袋好好睡一觉。"),
    ("P00110", "occasional", "pipe", "周末去湖边搭起来，两个人住正好。"),
    ("P00078", "loyal", "pipe", "在营地烧壶水、煮碗面。"),
    ("P00006", "new", "pipe", "背包里塞得下，野外也能煮点热的。"),
    ("P00111", "loyal", "pipe", "上坡下坡撑一把，走得更省力。"),
    # books / toys / beauty / apparel
    ("P00095", "loyal", "pipe", "睡前翻上几页，慢慢读完。"),
    ("P00115", "new", "pipe", "照着书做几道家常菜。"),
    ("P00056", "occasional", "pipe", "周末翻开菜谱，学着做一顿饭。"),
    ("P00100", "loyal", "pipe", "记下每天的待办和灵感。"),
    ("P00105", "new", "pipe", "夹在书里，下次翻开接着读。"),
    ("P00015", "occasional", "pipe", "读到哪儿就夹到哪儿。"),
    ("P00049", "loyal", "pipe", "周末约上朋友围坐一桌玩一局。"),
    ("P00062", "new", "pipe", "在院子里开着跑一圈。"),
    ("P00057", "occasional", "pipe", "抱着睡觉，软软的很安心。"),
    ("P00064", "loyal", "pipe", "遥控器、闹钟换上就能用。"),
    ("P00040", "new", "free", "AA 电池，一盒 4 节，{t}，{p} 美元。"),
    ("P00007", "loyal", "pipe", "洗头时挤一点，淡淡的薰衣草香。"),
    ("P00099", "new", "pipe", "洗完头抹一点，冲掉就好。"),
    ("P00031", "occasional", "pipe", "洗头后抹上，柑橘香清清爽爽。"),
    ("P00085", "loyal", "pipe", "洗完澡抹一层，薰衣草香陪你入睡。"),
    ("P00043", "new", "pipe", "一大瓶，洗澡后抹一抹。"),
    ("P00042", "occasional", "pipe", "随身带一支，出门前抹一下。"),
    ("P00020", "loyal", "pipe", "早晚各用一次，抹匀就好。"),
    ("P00035", "new", "pipe", "洗完脸滴几滴，轻轻拍开。"),
    ("P00059", "loyal", "pipe", "上班、出门都能穿，百搭不挑人。"),
    ("P00008", "new", "pipe", "夏天出门套一件，简单又清爽。"),
    ("P00044", "occasional", "pipe", "周末穿着逛街，配牛仔裤就行。"),
    ("P00120", "loyal", "pipe", "早晚天凉套上，出门不用多想。"),
]

GOOD_RM = [
    # (segment, n, subject, body)  {t0} {p0} ... are the picks
    ("loyal", 0, "为您推荐", "{{first_name}}，{t0} 现售 {p0} 美元。"),
    ("loyal", 1, "谢谢您一直以来的支持", "{{first_name}}，您好！为您挑选：{t0}，{p0} 美元；{t1}，{p1} 美元。"),
    ("new", 0, "欢迎新朋友", "{{first_name}}，欢迎来逛！这几件可以先看看：{t0}（{p0} 美元）、{t1}（{p1} 美元）。"),
    ("occasional", 0, "几件值得一看的好物", "{{first_name}}，距上次来店里有一阵子了，给您挑了 {t0}，{p0} 美元。"),
    ("lapsed", 0, "好久不见", "{{first_name}}，好久没见到您了。主要给您挑了这件：{t0}，{p0} 美元。"),
    ("at-risk", 0, "这些好物，您可能会喜欢", "{{first_name}}，您好！看看这些：{t0}，{p0} 美元；{t1}，{p1} 美元。"),
    ("bargain-hunter", 0, "精选好物", "{{first_name}}，{t0} 只要 {p0} 美元，{t1} {p1} 美元。"),
    ("prospect", 0, "初次见面", "{{first_name}}，初次见面，先给您介绍 {t0}，{p0} 美元。"),
    ("loyal", 2, "老朋友专属挑选", "{{first_name}}，又到了挑新东西的时候：{t0}，{p0} 美元。"),
    ("new", 1, "第一次来？", "{{first_name}}，第一次来可以从 {t0} 开始，售价 {p0} 美元。"),
]

GOOD_DI = [
    # (segment, n, summary, next_need)
    ("loyal", 0, "忠实客户，主要购买{topzh}；30 天内购买概率 {prob}，预计下单 {exp} 次。", "下一次可能购买{pnxtzh}，约在 {date}。"),
    ("lapsed", 0, "已流失：距上次下单已 {w} 周，30 天内购买概率 {prob}。", "建议在 {date} 之前围绕{pnxtzh}联系客户。"),
    ("at-risk", 0, "有流失风险，距上次下单 {w} 周，主要买{topzh}。", "{pnxtzh}，在 {date} 之前发送。"),
    ("occasional", 0, "偶尔购买，最常买{topzh}，30 天购买概率 {prob}。", "{pnxtzh}，预计 {date} 前后下单。"),
    ("bargain-hunter", 0, "性价比客户，主要关注{topzh}，购买概率 {prob}。", "{pnxtzh}，{date} 之前发送。"),
    ("new", 0, "新客户，30 天购买概率 {prob}，预计订单 {exp}。", "下次大概率买{pnxtzh}，约 {date}。"),
]

for pid, seg, style, s in GOOD:
    x = P(pid, seg)
    if style == "pipe":
        texts = ("{t}", s + "{t}，{fzh}，售价 {p} 美元。")
    elif style == "pipe2":
        texts = ("{t}", s + "{t}，售价 {p} 美元。")
    elif style == "head":
        texts = (s, "{t}，{fzh}，售价 {p} 美元。")
    else:
        texts = ("{t}", s)
    add(PD, L, G, "everyday_" + style, x, texts, "只陈述输入中的事实")

for seg, n, subj, body in GOOD_RM:
    add(RM, L, G, "everyday_message", rm(L, seg, n), (subj, body), "只陈述输入中的事实")
for seg, n, summ, need in GOOD_DI:
    add(DI, L, G, "everyday_insight", di(L, seg, n), (summ, need), "只陈述输入中的事实")

# Bad: the same ordinary words stating what the inputs never say.
BAD = [
    ("invented_container", "P00025", "500 克燕麦脆，玻璃罐装，开罐即食。{p} 美元。", "玻璃罐是编的（输入只有重量）"),
    ("invented_container", "P00045", "500 克咖啡豆，密封罐装，新鲜锁香。{p} 美元。", "密封罐和锁香是编的"),
    ("invented_container", "P00033", "680 克意面酱，买一罐送一罐。{p} 美元。", "买一送一"),
    ("invented_container", "P00077", "绿茶 50 袋，附赠一个铁罐收纳。{p} 美元。", "赠品铁罐是编的"),
    ("invented_container", "P00088", "1 升橄榄油，两罐装，{p} 美元。", "两罐装：数量编造"),
    ("invented_part_material", "P00073", "蓝色金属机身，256GB，{p} 美元。", "金属机身是编的"),
    ("invented_part_material", "P00083", "藏青色陶瓷机身，256 GB，{p} 美元。", "陶瓷机身是编的"),
    ("invented_part_material", "P00096", "米色不锈钢机身，1.5 升，{p} 美元。", "不锈钢机身是编的"),
    ("invented_part_material", "P00060", "黑色镁合金机身，3300 万像素，{p} 美元。", "镁合金机身是编的"),
    ("invented_part_material", "P00014", "蓝色机身仅重 300 克，2000 万像素，{p} 美元。", "重量编造"),
    ("invented_part_feature", "P00073", "蓝色机身，IP68 防尘防水，256GB，{p} 美元。", "防水等级编造"),
    ("invented_part_feature", "P00083", "机身轻薄，支持无线充电，256 GB，{p} 美元。", "无线充电编造"),
    ("invented_part_feature", "P00086", "刀柄采用胡桃木，20 厘米刀刃，{p} 美元。", "胡桃木刀柄编造"),
    ("invented_part_feature", "P00109", "锅底加厚，电磁炉燃气灶通用，24 厘米，{p} 美元。", "锅底和适用灶具编造"),
    ("invented_part_feature", "P00028", "瓶盖带过滤网，750 毫升，{p} 美元。", "过滤网编造"),
    ("invented_distance", "P00019", "蓝牙连接距离可达 30 米，续航 12 小时，{p} 美元。", "连接距离编造"),
    ("invented_distance", "P00055", "距桌面 45 厘米照明最均匀，9 W，{p} 美元。", "距离编造"),
    ("invented_distance", "P00113", "距手机 10 米内不断连，续航 6 小时，{p} 美元。", "距离编造"),
    ("invented_distance", "P00111", "距地面最高 150 厘米，碳纤维，{p} 美元。", "长度是 110-135 厘米"),
    ("invented_time", "P00096", "一次煮 1.5 升，3 分钟就能煮好。{p} 美元。", "时间编造"),
    ("invented_time", "P00053", "500 克意面，煮 5 分钟即熟。{p} 美元。", "时间编造（无依据）"),
    ("invented_time", "P00084", "1.2 升，保温 2 小时，{p} 美元。", "保温时长编造"),
    ("invented_use", "P00096", "还能煮粥、煮汤、温牛奶，一机多用。{p} 美元。", "用途编造"),
    ("invented_use", "P00086", "剁骨头也不卷刃，20 厘米，{p} 美元。", "剁骨不卷刃编造"),
    ("invented_use", "P00109", "可以直接进烤箱，24 厘米，{p} 美元。", "进烤箱编造"),
    ("invented_use", "P00104", "窝在沙发上盖，也能当床单铺。{p} 美元。", "当床单用：编造"),
    ("invented_use", "P00082", "手机壳可以当支架，看剧不用手拿。{p} 美元。", "支架功能编造"),
    ("invented_use", "P00028", "可装热水，保温 12 小时。{p} 美元。", "保温编造"),
    ("invented_property", "P00048", "500 克，口感酥脆，低糖配方。{p} 美元。", "低糖配方编造"),
    ("invented_property", "P00025", "500 克燕麦脆，添加蜂蜜和坚果。{p} 美元。", "配料编造"),
    ("invented_property", "P00080", "1 公斤意大利面，杜兰小麦制作。{p} 美元。", "原料编造"),
    ("invented_property", "P00033", "680 克意面酱，番茄含量超过 90%。{p} 美元。", "含量编造"),
    ("invented_origin", "P00080", "1 公斤意大利面，产自意大利，{p} 美元。", "产地编造"),
    ("invented_origin", "P00033", "意大利进口意面酱，680 克，{p} 美元。", "进口编造"),
    ("invented_origin", "P00088", "西班牙橄榄油，1 升，{p} 美元。", "产地编造"),
    ("invented_temperature", "P00003", "舒适温度零下 5 °C，{p} 美元。", "舒适温度是 5 °C，不是零下"),
    ("invented_temperature", "P00001", "零下 20 °C 也不怕冷，{p} 美元。", "舒适温度是 -2 °C"),
    ("invented_temperature", "P00001", "极限温度零下 10 °C，舒适温度零下 2 °C，{p} 美元。", "极限温度编造"),
    ("invented_measure", "P00077", "绿茶 100 克，一盒 80 袋，{p} 美元。", "是 50 袋"),
    ("invented_measure", "P00040", "AA 电池，一盒 8 节，{p} 美元。", "是 4 节"),
    ("invented_measure", "P00005", "玻璃碗一套 6 只，{p} 美元。", "是 5 件"),
]
for fam, pid, desc, why in BAD:
    add(PD, L, B, fam, P(pid), ("{t}", desc), why)

BAD_RM = [
    ("invented_history", "loyal", 0, "为您推荐", "{{first_name}}，距您上次收藏 {t0} 已经 3 天了，现售 {p0} 美元。", "收藏记录编造"),
    ("invented_offer", "loyal", 1, "为您推荐", "{{first_name}}，{t0} 现售 {p0} 美元，主要面向会员，下单再减 5 美元。", "减价编造"),
    ("invented_distance", "new", 0, "离您最近", "{{first_name}}，距您 2 公里的门店就有 {t0}，{p0} 美元。", "门店距离编造"),
]
for fam, seg, n, subj, body, why in BAD_RM:
    add(RM, L, B, fam, rm(L, seg, n), (subj, body), why)
BAD_DI = [
    ("invented_time", "lapsed", 0, "已流失：距上次下单已 40 周，30 天内购买概率 {prob}。", "{pnxtzh}，{date} 之前发送。", "周数编造"),
    ("invented_demographics", "loyal", 0, "忠实客户，主要是年轻妈妈，购买概率 {prob}。", "{pnxtzh}，{date} 之前发送。", "人群编造"),
]
for fam, seg, n, summ, need, why in BAD_DI:
    add(DI, L, B, fam, di(L, seg, n), (summ, need), why)

# More good texts: the same ordinary words in other products and styles.
GOOD2 = [
    ("P00096", "lapsed", "pipe", "早上起来，先煮一壶。"),
    ("P00084", "at-risk", "pipe2", "周末的早餐，煮好咖啡慢慢喝。"),
    ("P00086", "bargain-hunter", "free", "价格：{p} 美元。{t}，20 厘米刀刃，切肉剁馅都好用。"),
    ("P00047", "lapsed", "pipe", "下厨时顺手拿起，切、剁都利索。"),
    ("P00109", "at-risk", "pipe2", "周末早上煎两个蛋。"),
    ("P00018", "new", "pipe", "炒完菜顺手一铲，盛进盘里。"),
    ("P00106", "loyal", "pipe", "翻一翻、铲一铲，做饭更顺手。"),
    ("P00005", "occasional", "pipe", "做蛋糕时打蛋、拌料都用得上。"),
    ("P00058", "lapsed", "pipe", "一套三只，拌沙拉、和面都合适。"),
    ("P00028", "new", "pipe", "出门前灌满一瓶，路上随时喝。"),
    ("P00033", "occasional", "pipe", "煮好面，舀两勺酱拌匀。"),
    ("P00033", "lapsed", "free", "好久不见！{t}，680 克一大罐，{p} 美元。"),
    ("P00080", "new", "pipe", "下班回家煮一锅，十几分钟开饭。"),
    ("P00053", "loyal", "pipe", "煮一盘意大利面当午饭。"),
    ("P00025", "at-risk", "pipe", "早上来一碗，配上牛奶当早餐。"),
    ("P00048", "new", "free", "{t}，500 克一袋，早餐倒一碗就行，{p} 美元。"),
    ("P00077", "occasional", "pipe", "上班时泡上一杯，慢慢喝。"),
    ("P00088", "new", "pipe", "做沙拉时淋一点。"),
    ("P00045", "new", "pipe", "早上冲一杯，醒醒神。"),
    ("P00104", "new", "pipe", "冬天窝在沙发里，盖上就暖和。"),
    ("P00054", "occasional", "pipe", "看书时往腿上一盖。"),
    ("P00089", "new", "pipe", "晚上盖着睡，一夜安稳。"),
    ("P00067", "occasional", "pipe", "换上新枕头，躺下就想睡。"),
    ("P00055", "new", "pipe", "放在书桌上，晚上写作业用。"),
    ("P00004", "new", "pipe", "挂在厨房，做饭时瞄一眼时间。"),
    ("P00073", "occasional", "free", "{t}：蓝色机身，256 GB，{p} 美元。"),
    ("P00083", "new", "pipe", "装下照片和应用，每天带在身边。"),
    ("P00082", "occasional", "pipe", "套上红色手机壳，出门更好认。"),
    ("P00013", "new", "free", "Voltra SD 卡，64 GB，{p} 美元。"),
    ("P00074", "loyal", "free", "128 GB 存储卡，一张卡装下整趟旅行的照片。{t}，{p} 美元。"),
    ("P00060", "new", "pipe", "周末出门，拍下路上的风景。"),
    ("P00113", "new", "pipe", "戴上耳机，听一会儿歌。"),
    ("P00019", "loyal", "pipe", "放在书架上，边看书边听歌。"),
    ("P00071", "occasional", "pipe", "早上铺开，做十分钟拉伸。"),
    ("P00037", "new", "pipe", "练瑜伽时垫在手下。"),
    ("P00012", "occasional", "pipe", "下班后在客厅练一会儿。"),
    ("P00026", "loyal", "pipe", "每天跳一跳，活动活动。"),
    ("P00001", "prospect", "free", "{t}：舒适温度零下 2 °C，灰色，{p} 美元。"),
    ("P00003", "new", "pipe", "露营时钻进睡袋，一觉到天亮。"),
    ("P00111", "new", "pipe", "走山路时撑着，膝盖更轻松。"),
    ("P00095", "new", "pipe", "周末午后，泡杯茶慢慢读。"),
    ("P00100", "new", "pipe", "随手记下想法和清单。"),
    ("P00057", "loyal", "pipe", "睡觉时抱着，软乎乎的。"),
    ("P00042", "loyal", "pipe", "出门前抹一下，嘴唇不干。"),
    ("P00085", "new", "pipe", "洗完澡抹一抹。"),
    ("P00059", "new", "pipe", "出门穿上，配什么都行。"),
]
for pid, seg, style, s in GOOD2:
    x = P(pid, seg)
    texts = {"pipe": ("{t}", s + "{t}，{fzh}，售价 {p} 美元。"), "pipe2": ("{t}", s + "{t}，售价 {p} 美元。"),
             "free": ("{t}", s)}[style]
    add(PD, L, G, "everyday_" + style, x, texts, "只陈述输入中的事实")

# Bad: ordinary verbs and nouns stating a capability, a part or a use the inputs never give.
BAD2 = [
    ("invented_capability", "P00109", "24 厘米煎锅，能蒸能煮还能烤。{p} 美元。", "蒸烤功能编造"),
    ("invented_capability", "P00096", "米色咖啡机，水箱可拆，清洗方便。{p} 美元。", "可拆水箱编造"),
    ("invented_capability", "P00110", "双人帐篷，可叠成手掌大小。{p} 美元。", "折叠尺寸编造"),
    ("invented_capability", "P00028", "750 毫升水杯，可泡茶，杯盖可拆。{p} 美元。", "杯盖可拆编造"),
    ("invented_capability", "P00055", "白色台灯，灯头能转，亮度可调。{p} 美元。", "可调亮度编造"),
    ("invented_capability", "P00019", "白色音箱，可以连接两台手机。{p} 美元。", "双机连接编造"),
    ("invented_capability", "P00113", "藏青色耳机，能通话能降噪。{p} 美元。", "降噪编造"),
    ("invented_capability", "P00071", "米色瑜伽垫，可以机洗。{p} 美元。", "可机洗编造"),
    ("invented_part", "P00096", "米色咖啡机，带一个保温壶和滤网。{p} 美元。", "配件编造"),
    ("invented_part", "P00086", "附赠刀鞘和磨刀石，20 厘米。{p} 美元。", "赠品编造"),
    ("invented_part", "P00110", "双人帐篷，配有防风绳和地钉。{p} 美元。", "配件编造"),
    ("invented_part", "P00111", "登山杖，手柄带腕带和减震弹簧。{p} 美元。", "配件编造"),
    ("invented_part", "P00019", "白色音箱，顶部有灯带，随音乐闪烁。{p} 美元。", "灯带编造"),
    ("invented_use", "P00088", "1 升橄榄油，抹在脸上还能护肤。{p} 美元。", "护肤用途编造"),
    ("invented_use", "P00054", "米色羊毛毯，铺在地上给宠物睡。{p} 美元。", "宠物用途编造"),
    ("invented_use", "P00012", "哑铃套装，还能当门挡。{p} 美元。", "门挡用途编造"),
    ("invented_measure", "P00033", "680 克意面酱，一罐能拌 10 份意面。{p} 美元。", "份数编造"),
    ("invented_measure", "P00045", "500 克咖啡豆，能冲 60 杯。{p} 美元。", "杯数编造"),
    ("invented_measure", "P00025", "500 克燕麦脆，一袋够吃两周。{p} 美元。", "时长编造"),
]
for fam, pid, desc, why in BAD2:
    add(PD, L, B, fam, P(pid), ("{t}", desc), why)
