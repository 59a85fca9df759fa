"""blind10 hand-written cases, part 3: more good texts (both locales) and a few more bad ones."""

from cases_b10 import DF, DV, RF, RV, B, E, F, G, V

Z = "zh-CN"

# ---- product pages, good, v3 shape (more items and segments) ----
for pid, seg, slot in [
    ("P00066", "new", "A light serum for oily skin, for morning or evening."),
    ("P00032", "loyal", "Socks for running, the gym or a game of football."),
    ("P00012", "occasional", "A duvet to make up a big bed."),
    ("P00090", "prospect", "Everyday blue jeans to wear with a T-shirt or a jumper."),
    ("P00037", "at-risk", "A shirt for the office or a dinner out."),
    ("P00047", "bargain-hunter", "Use it after shampoo to leave hair soft."),
    ("P00024", "new", "A guide to read before a trip and take along."),
    ("P00088", "occasional", "Pull them on for a run or a session at the gym."),
]:
    V(pid, E, seg, G, "v3_shape", slot, "v3 text with a plain sentence the category and details support")
for pid, seg, slot in [
    ("P00066", "new", "适合油性皮肤，早晚洁面后用"),
    ("P00032", "loyal", "跑步、健身、打球时穿"),
    ("P00090", "prospect", "日常穿的蓝色牛仔裤，配T恤就好看"),
    ("P00037", "at-risk", "上班或者出去吃饭时穿"),
    ("P00047", "bargain-hunter", "洗完头用一点，头发更顺"),
    ("P00024", "new", "出发前翻一翻，旅途中带着看"),
    ("P00088", "occasional", "跑步或去健身房时穿上"),
    ("P00029", "loyal", "给大床配上一套枕头"),
]:
    V(pid, Z, seg, G, "v3_shape", slot, "v3 text with a plain sentence the category and details support")

# ---- product pages, good, free-form ----
F("P00034", E, "occasional", G, "plain", "{t}", "A pack of four rechargeable AA batteries from Starling, for {p} {cur}.",
  "AA 4-pack and rechargeable from the title")
F("P00018", E, "loyal", G, "number_words", "{t}", "A beige plush bear, forty centimetres tall, for {p} {cur}.",
  "40 cm written in words")
F("P00022", E, "new", G, "plain", "{t}", "A green Trailcraft sleeping bag, comfortable down to 5 °C, for {p} {cur}.",
  "colour, comfort temperature and price as listed")
F("P00084", E, "occasional", G, "number_words", "{t}", "A board game for two to six players aged twelve and up, for {p} {cur}.",
  "2-6 players and 12+ in words")
F("P00034", Z, "occasional", G, "translated_facts", "{t}", "可充电五号电池，一板四节，售价 {p} {cur}。", "AA 五号, 4-pack 一板四节")
F("P00018", Z, "loyal", G, "number_words", "{t}", "米色毛绒熊，高四十厘米，售价 {p} {cur}。", "40 cm 四十厘米")
F("P00084", Z, "occasional", G, "number_words", "{t}", "桌游，两到六人玩，适合十二岁以上，售价 {p} {cur}。", "2-6 players, 12+ in words")
F("P00044", Z, "prospect", G, "number_words", "{t}", "绿茶二十包，共四十克，售价 {p} {cur}。", "20 bags, 40 g in words")

# ---- messages, good ----
RV(E, "prospect", 0, G, "v3_shape", "A phone, a case to go with it and a bag of pasta.", "kinds of the three picks")
RV(E, "loyal", 0, G, "v3_shape", "Here are a few picks for you.", "loyal shopper; no fact added")
RV(E, "at-risk", 0, G, "v3_shape", "A pan, a coffee maker and a spatula for the kitchen.", "the three kitchen picks")
RF(E, "prospect", 0, G, "question", "Looking for a new phone?",
   "Hi {{first_name}}, the {t0} is {p0} USD. We also picked the {t2} ({p2} USD) and the {t1} ({p1} USD).",
   "picks and prices exactly")
RV(Z, "prospect", 0, G, "v3_shape", "一部手机、一个手机壳，再加一袋意面", "kinds of the picks")
RV(Z, "loyal", 0, G, "v3_shape", "两罐意面酱和一把锅铲，做饭时用得上", "two sauces and a spatula")
RV(Z, "at-risk", 0, G, "v3_shape", "给您挑了两本书和一套书签", "at-risk, 14 weeks; novel, guide, bookmarks")
RF(Z, "at-risk", 0, G, "plain", "给您挑了几本书",
   "{{first_name}}，您好！有段时间没见了。{t0}，{p0} 美元；{t1}，{p1} 美元；{t2}，{p2} 美元。欢迎有空再来逛逛。",
   "picks and prices exactly; win-back fits 14 weeks")

# ---- insights, good ----
DV(E, "new", 0, G, "v3_shape", "a welcome note with a few electronics picks", "new shopper, electronics")
DV(E, "bargain-hunter", 0, G, "v3_shape", "electronics picks with their prices shown clearly", "bargain hunter, electronics")
DV(Z, "bargain-hunter", 0, G, "v3_shape", "挑几样美妆个护的商品，把价格写清楚", "beauty next need, bargain hunter")
DV(Z, "prospect", 0, G, "v3_shape", "第一次联系，介绍几样数码商品", "prospect, electronics")
DF(E, "new", 0, G, "insight_plain", "A new shopper: {prob} chance of an order within 30 days and {exp} orders expected; next order around {date}.",
   "Electronics, sent before {date}.", "prediction restated exactly")
DF(Z, "bargain-hunter", 0, G, "insight_plain", "性价比用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "美妆个护，在 {date} 之前发送。", "prediction restated exactly")

# ---- a few more bad ones ----
RV(E, "at-risk", 0, B, "invented_benefit", "A pan, a coffee maker and a spatula that cut your cooking time in half.",
   "invented time saving")
RV(Z, "at-risk", 0, B, "shopper_claims", "您上次说想多读点游记，这本正合适", "no such remark in the inputs")
RV(E, "prospect", 0, B, "wrong_product_type", "A new tablet, a cover for it and dinner for tonight.", "the pick is a smartphone, not a tablet")
RV(Z, "loyal", 0, B, "subtle_wrong_fact", "两罐意面酱加一把硅胶锅铲", "the Stovewise spatula is nylon, not silicone")
DV(E, "bargain-hunter", 0, B, "promo_idioms", "a members-only price that ends this weekend", "invented offer and deadline")
DV(Z, "prospect", 0, B, "shopper_claims", "他以前在别家买过好几部手机", "a prospect has no history in the inputs")
