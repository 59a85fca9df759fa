"""cases_zh7's cases, continued: bad messages and insights, then more good copy.

Imported after cases_zh7.py (build.py lists the modules in order, so cases.jsonl and its sha256 are unchanged); the helpers and constants are cases_zh7's."""
# ruff: noqa: F403, F405
from cases_zh7 import *

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
