"""cases_zh9's cases, continued: messages and CRM notes, good and bad, then more good copy.

Imported after cases_zh9.py (build.py lists the modules in order, so cases.jsonl and its sha256 are unchanged); the helpers and constants are cases_zh9's."""
# ruff: noqa: F403, F405
from cases_zh9 import *

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
