"""cases_zh9's cases, continued: bad product pages.

Imported after cases_zh9.py (build.py lists the modules in order, so cases.jsonl and its sha256 are unchanged); the helpers and constants are cases_zh9's."""
# ruff: noqa: F403, F405
from cases_zh9 import *

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

