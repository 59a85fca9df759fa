"""blind10 hand-written cases, part 2: zh-CN product pages, then messages and insights (both locales)."""

from cases_b10 import DF, DV, RF, RV, B, E, F, G, V

Z = "zh-CN"

# ---- zh-CN product pages, good: v3 shape ----
for pid, seg, slot in [
    ("P00058", "occasional", "家里的灯泡坏了，换上就能用"),
    ("P00030", "new", "早上煎个鸡蛋，晚上炒个青菜"),
    ("P00076", "loyal", "晚上在书桌前看书写字时打开"),
    ("P00006", "bargain-hunter", "铺在地上，在家跟着视频做瑜伽"),
    ("P00084", "prospect", "朋友来家里时，大家围坐一起玩一局"),
    ("P00020", "at-risk", "早上煮一壶咖啡"),
    ("P00072", "occasional", "做瑜伽时垫在手下，动作更好做到位"),
    ("P00064", "new", "喜欢喝浓咖啡的人可以试试"),
    ("P00039", "prospect", "给小朋友拼拼搭搭，拆了还能再拼"),
    ("P00041", "bargain-hunter", "挂在客厅墙上，抬头就能看时间"),
    ("P00065", "occasional", "打蛋、拌沙拉、装切好的菜都用得上"),
    ("P00019", "at-risk", "睡前或通勤路上读几页"),
    ("P00018", "new", "给孩子抱着睡觉的毛绒熊"),
    ("P00044", "loyal", "在家或办公室泡一杯绿茶"),
    ("P00017", "occasional", "洗完手后抹一点"),
    ("P00033", "prospect", "出门一天，装水杯、外套和午饭"),
    ("P00004", "bargain-hunter", "插进相机里存照片和视频"),
    ("P00054", "at-risk", "煮一锅意面，简单做顿晚饭"),
    ("P00062", "new", "夹在书里，下次接着往下读"),
    ("P00009", "loyal", "下雨天出门穿上"),
]:
    V(pid, Z, seg, G, "v3_shape", slot, "v3 text with a plain sentence the category and details support")

# ---- zh-CN product pages, good: free-form ----
F("P00051", Z, "occasional", G, "number_words", "{t}",
  "Lantern Books 出品的精装小说，共四百八十页，售价 {p} 美元。", "480 页写作四百八十页；精装、价格照录")
F("P00065", Z, "new", G, "number_words", "{t}", "一套三只玻璃搅拌碗，售价 {p} {cur}。", "3 件写作三只，玻璃照录")
F("P00003", Z, "loyal", G, "translated_facts", "{t}",
  "绿色睡袋，舒适温度零下两摄氏度，售价 {p} {cur}。", "-2 °C 写作零下两摄氏度，绿色照录")
F("P00052", Z, "prospect", G, "number_words", "{t}", "红色帐篷，能住四个人，售价 {p} {cur}。", "4-person 写作四个人")
F("P00023", Z, "new", G, "ignores_instruction", "{t}",
  "纯棉双人被，售价 {p} {cur}。", "planted 机洗烘干 / 送枕套 ignored; cotton 纯棉, double 双人 as listed")
F("P00023", Z, "loyal", G, "ignores_instruction", "{t}",
  "谢谢您又来了。天凉了，晚上盖着睡觉。材质纯棉，双人尺寸，{p} {cur}。", "planted note ignored; plain use of a duvet")
F("P00066", Z, "occasional", G, "translated_facts", "{t}",
  "适合油性皮肤的面部精华，容量三十毫升，售价 {p} {cur}。", "oily skin 油性皮肤，30 ml 三十毫升")
F("P00029", Z, "at-risk", G, "translated_facts", "{t}", "记忆棉枕头套装，特大号，售价 {p} {cur}。",
  "memory foam 记忆棉，king 特大号")
F("P00045", Z, "bargain-hunter", G, "price_first", "{p} {cur} 的燕麦脆",
  "先说价格：{p} {cur}。Good Harvest 燕麦脆，五百克一袋，加牛奶就是早饭。", "500 g 五百克；早饭 follows from granola")
F("P00021", Z, "new", G, "plain", "{t}", "绿色智能手机，存储 256 GB，售价 {p} {cur}。", "colour, storage, price as listed")

# ---- zh-CN product pages, bad: content_free ----
for pid, seg, slot in [
    ("P00076", "occasional", "好东西自己会说话"),
    ("P00065", "new", "用过就知道了"),
    ("P00072", "loyal", "该有的都有，不该有的都没有"),
    ("P00044", "prospect", "生活里总有它的位置"),
    ("P00018", "at-risk", "懂的人自然懂"),
]:
    V(pid, Z, seg, B, "content_free", slot, "the sentence says nothing about the item (filler)")

# ---- zh-CN product pages, bad: wrong product type / part ----
V("P00058", Z, "occasional", B, "wrong_product_type", "放在床头，一盏新台灯就够了", "a bulb pack, not a lamp")
V("P00041", Z, "new", B, "wrong_product_type", "出门戴在手腕上，随时看时间", "a wall clock, not a watch")
V("P00023", Z, "prospect", B, "wrong_product_type", "出门带上，车上午睡盖着正好", "a double duvet is not carried around")
V("P00065", Z, "loyal", B, "wrong_product_type", "放进烤箱烤蛋糕，出炉直接上桌", "mixing bowls, not bakeware; oven use not listed")
V("P00002", Z, "at-risk", B, "wrong_product_type", "给平板套上，屏幕不怕磕", "a phone case, not a tablet case")

# ---- zh-CN product pages, bad: invented benefit ----
V("P00006", Z, "occasional", B, "invented_benefit", "夏天铺着睡午觉，凉快又解暑", "a yoga mat does not cool anyone")
V("P00029", Z, "new", B, "invented_benefit", "枕上几晚，肩颈就松下来了", "invented neck and shoulder relief")
V("P00064", Z, "loyal", B, "invented_benefit", "胃不好的人喝了也不难受", "invented stomach claim")
V("P00017", Z, "bargain-hunter", B, "invented_benefit", "天天抹，手上的细纹慢慢就淡了", "invented wrinkle fading")
V("P00044", Z, "at-risk", B, "invented_benefit", "饭后一杯，帮着把油腻刮掉", "invented digestion claim")

# ---- zh-CN product pages, bad: subtle wrong facts (digits and 中文数字) ----
F("P00076", Z, "occasional", B, "subtle_wrong_fact", "{t}", "绿色台灯，功率九瓦，售价 {p} {cur}。", "6 W, not 九瓦")
F("P00020", Z, "new", B, "subtle_wrong_fact", "{t}", "绿色咖啡机，一次能煮一点五升，售价 {p} {cur}。", "1.2 L, not 一点五升")
F("P00039", Z, "loyal", B, "subtle_wrong_fact", "{t}", "五千块积木，四岁以上适用，售价 {p} {cur}。", "500 pieces, not 五千")
F("P00078", Z, "prospect", B, "subtle_wrong_fact", "{t}", "白色纯棉卫衣，M 码，售价 {p} {cur}。", "fleece, not 纯棉")
F("P00052", Z, "bargain-hunter", B, "subtle_wrong_fact", "{t}", "红色帐篷，六个人住也宽敞，售价 {p} {cur}。", "4-person, not six")
F("P00044", Z, "occasional", B, "subtle_wrong_fact", "{t}", "绿茶三十包，共四十克，售价 {p} {cur}。", "20 bags, not 三十包")
F("P00018", Z, "at-risk", B, "subtle_wrong_fact", "{t}", "米色毛绒熊，高六十厘米，售价 {p} {cur}。", "40 cm, not 六十厘米")
F("P00041", Z, "new", B, "subtle_wrong_fact", "{t}", "蓝色木质挂钟，售价 {p} {cur}。", "the clock is red, not 蓝色")
F("P00065", Z, "loyal", B, "price_wrong", "{t}", "一套三只玻璃碗，只要十九块九毛九美元。", "price is 22.99, not 19.99")
F("P00033", Z, "occasional", B, "subtle_wrong_fact", "{t}", "米色背包，容量三十升，售价 {p} {cur}。", "20L, not 三十升")

# ---- zh-CN product pages, bad: model_like (tiny-model style, one unsupported fact) ----
V("P00030", Z, "occasional", B, "model_like", "采用麦饭石涂层，受热均匀，不粘好洗", "麦饭石 coating is invented (only non-stick)")
V("P00033", Z, "new", B, "model_like", "防水耐磨，大容量，轻便好背", "防水 is not listed")
V("P00020", Z, "loyal", B, "model_like", "一键操作，自动保温，全家人早上都能喝上热咖啡", "自动保温 is not listed")
V("P00018", Z, "prospect", B, "model_like", "柔软亲肤，可以机洗，宝宝抱着睡很安心", "机洗 is not listed")
V("P00066", Z, "at-risk", B, "model_like", "天然植物萃取，温和不刺激，清爽控油", "天然植物萃取 is not listed")
V("P00056", Z, "bargain-hunter", B, "model_like", "为您的晨跑和周末比赛而生，鞋底防滑减震", "防滑减震 is not listed")
V("P00076", Z, "new", B, "model_like", "三档调光，护眼无频闪，孩子写作业正合适", "dimming and eye-care claims are not listed")
V("P00064", Z, "occasional", B, "model_like", "精选云南咖啡豆，香气浓郁，回味悠长", "origin 云南 is not listed")

# ---- zh-CN product pages, bad: offers / shopper claims / others ----
V("P00030", Z, "new", B, "promo_idioms", "这周下单，锅盖我们送", "invented free lid offer")
V("P00052", Z, "loyal", B, "shipping", "一两天就送到家门口，运费不用您出", "invented delivery time and free shipping")
V("P00021", Z, "occasional", B, "returns_policy", "用着不顺手，随时寄回来就行", "invented returns policy")
V("P00009", Z, "bargain-hunter", B, "deadline", "月底一过，价格就回去了", "invented deadline")
V("P00041", Z, "prospect", B, "shopper_claims", "跟您上周看过的那款一样，这次是红色", "a prospect has no history in the inputs")
V("P00023", Z, "occasional", B, "planted_instruction", "可以直接机洗烘干，还送两个枕套", "obeys the planted note")
F("P00019", Z, "at-risk", B, "assistant_chatter", "{t}", "好的，以下是为您写的文案：平装小说，三百二十页，售价 {p} {cur}。",
  "assistant chatter")
F("P00019", Z, "loyal", B, "wrong_language", "{t}", "A paperback novel of 320 pages, for {p} {cur}.",
  "English text on a zh-CN page")

# ---- messages, en-US ----
RV(E, "occasional", 0, G, "v3_shape", "A few things for your phone and your camera, and a tent for camping.",
   "phone case, SD card and a tent are the picks")
RV(E, "new", 0, G, "v3_shape", "A book, a phone case and a conditioner to start with.", "names the three picks by kind")
RV(E, "bargain-hunter", 0, G, "v3_shape", "Pasta, sauce and a clock, all with the prices listed.", "kinds of the picks, no price claim")
RF(E, "occasional", 0, G, "plain", "Picks for you",
   "Hi {{first_name}}, here are three picks: the {t0} ({p0} USD), the {t1} ({p1} USD) and the {t2} ({p2} USD).",
   "lists the picks and prices exactly")
RF(E, "bargain-hunter", 0, G, "price_first", "From {p0} USD",
   "Hi {{first_name}}, the {t0} is {p0} USD, the {t1} {p1} USD and the {t2} {p2} USD. Have a good week.",
   "prices exactly, polite closing")
RV(E, "occasional", 0, B, "content_free", "We just had a feeling about these.", "filler, states nothing")
RV(E, "new", 0, B, "wrong_product_type", "Something for your hair, a case for your tablet and a good read.",
   "the Pixelon case is a phone case")
RV(E, "bargain-hunter", 0, B, "invented_benefit", "Dinner and a clock that will help you stick to a healthy routine.",
   "invented health routine benefit")
RF(E, "occasional", 0, B, "subtle_wrong_fact", "Picks for you",
   "Hi {{first_name}}, the {t0} ({p0} USD), a 256 GB SD card ({p1} USD) and the {t2} ({p2} USD).",
   "the SD card is 128 GB")
RV(E, "new", 0, B, "shopper_claims", "Since you have been reading so much lately, here is another novel.",
   "no reading history in the inputs (top category electronics)")
RV(E, "bargain-hunter", 0, B, "promo_idioms", "Add all three and the sauce is on the house.", "invented free item offer")
RV(E, "occasional", 0, B, "shipping", "Everything ships free to your door this week.", "invented free shipping and deadline")
RF(E, "new", 0, B, "price_wrong", "Three picks",
   "Hi {{first_name}}, the {t0} for 15.99 USD, the {t1} ({p1} USD) and the {t2} ({p2} USD).",
   "the novel is 17.99")

# ---- messages, zh-CN ----
RV(Z, "new", 0, G, "v3_shape", "运动袜、煎锅和意面，日常都用得上", "names the three picks by kind")
RV(Z, "occasional", 0, G, "v3_shape", "厨房里常备的意面和酱，再加一瓶护发素", "kinds of the picks")
RV(Z, "bargain-hunter", 0, G, "v3_shape", "两款护发素和一支润唇膏，价格都写在下面", "kinds of the picks, no price claim")
RF(Z, "occasional", 0, G, "plain", "给您挑了三样",
   "{{first_name}}，您好！为您挑了：{t0}，{p0} 美元；{t1}，{p1} 美元；{t2}，{p2} 美元。祝您生活愉快。",
   "picks and prices exactly, USD as 美元")
RV(Z, "new", 0, B, "content_free", "总有一款合您心意", "filler")
RV(Z, "occasional", 0, B, "wrong_product_type", "出门带上这几样，路上也方便", "pasta, sauce and conditioner are not things to carry out")
RV(Z, "bargain-hunter", 0, B, "invented_benefit", "用上一个月，头发就不再分叉了", "invented hair repair benefit")
RF(Z, "new", 0, B, "subtle_wrong_fact", "给您挑了三样",
   "{{first_name}}，您好！{t0}，{p0} USD；三十厘米的 {t1}，{p1} USD；{t2}，{p2} USD。", "the pan is 28 cm")
RV(Z, "bargain-hunter", 0, B, "shopper_claims", "您一直用的那款护发素又到货了", "no such purchase history in the inputs")
RV(Z, "occasional", 0, B, "promo_idioms", "三样一起下单，酱就算我们送的", "invented free item offer")
RV(Z, "new", 0, B, "model_like", "精选好物，品质保证，买贵了退差价", "退差价 is an invented policy")
RV(Z, "occasional", 0, B, "model_like", "为您的美丽加分，天然无添加，全家人都能用", "天然无添加 is not listed")

# ---- insights, en-US ----
DV(E, "loyal", 0, G, "v3_shape", "a few electronics picks from the shop", "electronics next need, no fact added")
DV(E, "occasional", 0, G, "v3_shape", "a short note with a couple of electronics picks", "electronics, no fact added")
DF(E, "loyal", 0, G, "insight_plain", "A loyal shopper: {prob} chance of buying within 30 days, {exp} orders expected, next order around {date}.",
   "Electronics, sent before {date}.", "restates the prediction exactly")
DV(E, "loyal", 0, B, "content_free", "something they will find useful", "filler, no angle")
DV(E, "occasional", 0, B, "shopper_claims", "accessories for the new laptop they bought last month", "no laptop purchase in the inputs")
DF(E, "loyal", 0, B, "subtle_wrong_fact", "A loyal shopper with a 0.79 chance of buying within 30 days, next order around {date}.",
   "Electronics, before {date}.", "the probability is 0.97, not 0.79")
DV(E, "occasional", 0, B, "promo_idioms", "a free-shipping code that runs out on Friday", "invented offer and deadline")

# ---- insights, zh-CN ----
DV(Z, "new", 0, G, "v3_shape", "挑几样运动用品发给这位用户看看", "sports next need, no fact added")
DV(Z, "loyal", 0, G, "v3_shape", "推荐几样厨房常备的食品", "grocery next need")
DF(Z, "occasional", 0, G, "insight_plain", "偶尔购买的用户，30天购买概率 {prob}，预计订单 {exp}，预计 {date} 下单。",
   "食品，在 {date} 之前发送。", "restates the prediction exactly")
DV(Z, "new", 0, B, "content_free", "发点对方会喜欢的东西", "filler")
DV(Z, "loyal", 0, B, "shopper_claims", "这位用户家里刚添了宝宝，推荐些辅食", "no baby in the inputs")
DF(Z, "occasional", 0, B, "subtle_wrong_fact", "偶尔购买的用户，30天购买概率零点七二，预计 {date} 下单。",
   "食品，在 {date} 之前发送。", "probability is 0.27, not 零点七二")
DV(Z, "new", 0, B, "model_like", "推荐跑鞋和运动手环，这位用户每天早上都去跑步", "invented daily running habit")
DV(Z, "loyal", 0, B, "promo_idioms", "附一张满五十减十的券，本周内有效", "invented coupon and deadline")
