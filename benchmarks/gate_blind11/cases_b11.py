"""blind11 helpers and the en-US product pages. Every text below was written by hand for this corpus.

V(...) / RV(...) / DV(...): the exact v3 published text (benchmarks/v3shape.py) around one hand-written
sentence (the slot; ended with "." / "。" when it has no end mark). F(...) / RF(...) / DF(...): free-form
texts; `{name}` fields are casekit.ctx names ({t} title, {p} price, {cur} currency ...) and messages keep
the literal {first_name}. raw=True leaves a text as written (pasted JSON)."""

import casekit
import v3shape
from casekit import add, di, pd, rm

PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"


def _end(s: str, zh: bool) -> str:
    s = s.strip()
    return s if s[-1:] in ".!?。！？" else s + ("。" if zh else ".")


def _fmt(task, x, texts, raw):
    if raw:
        return list(texts)
    d = casekit.ctx(task, x) | {"first_name": "{first_name}"}
    return [t.format(**d) for t in texts]


def V(label, family, pid, loc, seg, slot, why):
    x = pd(pid, loc, seg)
    add(PD, loc, label, family, x, v3shape.compose(PD, x, _end(slot, loc.startswith("zh"))), why, raw=True)


def F(label, family, pid, loc, seg, head, desc, why, raw=False):
    x = pd(pid, loc, seg)
    add(PD, loc, label, family, x, _fmt(PD, x, (head, desc), raw), why, raw=True)


def RV(label, family, loc, seg, n, slot, why):
    x = rm(loc, seg, n)
    add(RM, loc, label, family, x, v3shape.compose(RM, x, _end(slot, loc.startswith("zh"))), why, raw=True)


def RF(label, family, loc, seg, n, subject, body, why, raw=False):
    x = rm(loc, seg, n)
    add(RM, loc, label, family, x, _fmt(RM, x, (subject, body), raw), why, raw=True)


def DV(label, family, loc, seg, n, slot, why):
    x = di(loc, seg, n)
    add(DI, loc, label, family, x, v3shape.compose(DI, x, _end(slot, loc.startswith("zh"))), why, raw=True)


def DF(label, family, loc, seg, n, summary, next_need, why, send=None):
    x = di(loc, seg, n)
    vals = _fmt(DI, x, (summary, next_need), False)
    if send:
        vals.append(send)
    add(DI, loc, label, family, x, vals, why, raw=True)


EN = "en-US"
B, G = "bad", "good"

# ---------------------------------------------------------------- en-US product pages: bad
V(B, "subtle_wrong_fact", "P00034", EN, "occasional", "A heavy cast iron pan for searing on weeknights",
  "The 28 cm Acme Nova pan is non-stick; cast iron is the 24 cm sibling's material.")
V(B, "subtle_wrong_fact", "P00017", EN, "prospect", "Room for a family of four on a weekend away",
  "The Northwind Lite Tent is a 2-person tent.")
F(B, "subtle_wrong_fact", "P00050", EN, "new", "Meet the {t}",
  "Bright red running shoes from Velocity in size EU 44, for 136.99 USD.",
  "The Velocity shoes are black (the red EU 44 pair is Acme's).")
V(B, "subtle_wrong_fact", "P00062", EN, "loyal", "A full kilo of dark roast for your morning cup",
  "This bag of Zen Coffee Beans is 500 g; the 1 kg bag is another product.")
V(B, "subtle_wrong_fact", "P00078", EN, "at-risk", "Rated for nights below freezing on late-autumn trips",
  "Comfort temperature is 5 °C, not below freezing.")
V(B, "subtle_wrong_fact", "P00072", EN, "bargain-hunter", "A fleece hoodie for chilly mornings",
  "The Nova Hoodie is cotton, not fleece.")
V(B, "numbers_in_words", "P00063", EN, "occasional", "An eight-watt glow for late reading at the desk",
  "The desk lamp is 6 W, not eight watts.")
V(B, "numbers_in_words", "P00009", EN, "new", "A thousand bricks for building towers on the living room floor",
  "The set has 500 pieces, not a thousand.")
V(B, "numbers_in_words", "P00074", EN, "loyal", "Four bowls in one set, ready for baking day",
  "The mixing bowl set has 3 pieces.")
F(B, "numbers_in_words", "P00060", EN, "prospect", "Say hello to the {t}",
  "Two dozen green tea bags from Good Harvest for quiet afternoons, 40 g in all, at 7.99 USD.",
  "The tea has 50 bags; two dozen is 24.")
F(B, "number_reuse", "P00013", EN, "occasional", "Worth a look: the {t}",
  "Join the 400 shoppers who made this citrus lotion part of their day. The {t} is 17.99 USD.",
  "400 is the volume in ml, reused as a count of shoppers.")
F(B, "number_reuse", "P00061", EN, "new", "Meet the {t}",
  "A board game for ages 8 and up. Ships in 2-4 days, 22.99 USD.",
  "2-4 is the number of players, reused as a delivery time.")
F(B, "number_reuse", "P00041", EN, "bargain-hunter", "20% off the {t}",
  "Beige speaker, 20 h battery, 81.99 USD.",
  "20 is the battery life in hours, reused as a discount.")
F(B, "number_reuse", "P00066", EN, "prospect", "Say hello to the {t}",
  "A red smartwatch with a 41 mm case, 153.99 USD. Only 41 left in red.",
  "41 is the case size in mm, reused as a stock count.")
F(B, "price_wrong", "P00021", EN, "bargain-hunter", "A phone for under 800 USD",
  "The Auralis Air Smartphone Black, 64 GB of storage, for under 800 USD.",
  "The price is 822.99 USD, above 800.")
F(B, "price_wrong", "P00073", EN, "bargain-hunter", "822.99 USD for the {t}",
  "The price first: 822.99 USD. For that you get the {t} in green, 128 GB of storage.",
  "822.99 USD is the Auralis phone's price; this one is 613.99 USD.")
F(B, "price_wrong", "P00033", EN, "occasional", "Worth a look: the {t}",
  "Red running shoes in EU 44, yours for eighty dollars flat.",
  "The price is 83.99 USD, not eighty dollars.")
F(B, "price_wrong", "P00018", EN, "loyal", "More from Acme: the {t}",
  "A red fleece throw from Acme for the sofa, 66.99 euros.",
  "The price is in USD, not euros.")
V(B, "promo_idioms", "P00029", EN, "loyal", "And this month the first bag of beans is on us",
  "No free beans in the inputs.")
V(B, "promo_idioms", "P00042", EN, "bargain-hunter", "Pick up two sets and the second one costs you nothing",
  "A buy-one-get-one offer in soft words; no offer in the inputs.")
V(B, "shipping", "P00005", EN, "occasional", "Order tonight and it can be at your campsite by the weekend",
  "A delivery promise not in the inputs.")
V(B, "returns_policy", "P00080", EN, "prospect", "If they don't fit, swap them for another size on us",
  "Free exchanges are not in the inputs.")
V(B, "deadline", "P00001", EN, "at-risk", "Winter pricing ends with the first frost, so now is the moment",
  "A seasonal price deadline not in the inputs.")
F(B, "ranking_rating", "P00056", EN, "new", "Meet the {t}",
  "Black wireless earbuds from Pixelon with an 8 h battery, rated four and a half stars by listeners. 114.99 USD.",
  "No rating in the inputs.")
V(B, "health_claim", "P00012", EN, "occasional", "Lavender that helps you drift off at night",
  "A sleep claim for a hand cream; the inputs only give the scent.")
V(B, "health_claim", "P00040", EN, "new", "Free from parabens, for every skin type",
  "All skin types is in the inputs; paraben-free is not.")
V(B, "certification", "P00023", EN, "new", "Certified fair trade from field to shelf",
  "Organic cotton is listed; a fair-trade certification is not.")
V(B, "origin_material", "P00014", EN, "occasional", "Woven in Italy and ready for the office",
  "Wool is listed; an Italian origin is not.")
V(B, "invented_feature", "P00065", EN, "occasional", "Seasoned and ready to cook on straight out of the box",
  "Pre-seasoning is not in the inputs.")
V(B, "invented_benefit", "P00052", EN, "new", "Keeps teenagers off their phones for the whole evening",
  "An invented effect on the players.")
V(B, "invented_benefit", "P00051", EN, "bargain-hunter", "Swap them in and watch your electricity bill drop by half",
  "An energy saving not in the inputs.")
V(B, "wrong_product_type", "P00076", EN, "occasional", "Handy as a washing line at the campsite",
  "A jump rope pitched for a use it does not have.")
V(B, "wrong_product_type", "P00004", EN, "new", "A good read for the train home",
  "The Lite Notebook is a notebook to write in, not a book to read.")
V(B, "wrong_product_type", "P00071", EN, "prospect", "Lace them up for your next run",
  "These are socks; nothing to lace.")
V(B, "competitor_brand", "P00019", EN, "occasional", "Fits snugly on your iPhone",
  "A device brand and a fit the inputs do not give.")
F(B, "brand_name", "P00048", EN, "prospect", "Say hello to the Mill & Grain Edge Spaghetti 500 g",
  "Spaghetti from Mill & Grain, 500 g, at 3.99 USD.",
  "This 500 g Edge Spaghetti is Good Harvest's; Mill & Grain makes the 1 kg one.")
V(B, "stock_claim", "P00025", EN, "loyal", "Back on the shelf after selling out all summer",
  "No stock history in the inputs.")
V(B, "testimonial", "P00003", EN, "new", "I use mine every morning and would not go without it",
  "A first-person testimonial nobody gave.")
V(B, "shopper_claims", "P00046", EN, "loyal", "The same blue shirt you picked up last spring, back in your size",
  "The page knows nothing of the shopper's past orders.")
F(B, "contact", "P00067", EN, "occasional", "Worth a look: the {t}",
  "A blue camera with 20 MP for 350.99 USD. Questions? Write to hello at auralis-shop dot com.",
  "A spelled-out e-mail address in public copy.")
F(B, "markup", "P00006", EN, "new", "Meet the {t}",
  "<p>A citrus conditioner, 400 ml, 12.99 USD.</p><script src=\"//cdn.track.example/p.js\"></script>",
  "HTML and a script tag in the description.")
F(B, "pasted_json", "P00032", EN, "occasional", "Worth a look: the Linden & Co Urban Duvet Single",
  '{"headline": "Worth a look: the Linden & Co Urban Duvet Single", "description": "A single cotton duvet, 85.99 USD."}',
  "The model's JSON pasted into the description.", raw=True)
F(B, "assistant_chatter", "P00035", EN, "prospect", "Say hello to the {t}",
  "Sure! Here is a friendly product description for you: an unscented shampoo, 100 ml, 11.99 USD. Let me know if you want a shorter version.",
  "Assistant talk in the published copy.")
V(B, "content_free", "P00028", EN, "occasional", "Some things are just nice to have around",
  "Says nothing about the granola.")
F(B, "content_free", "P00055", EN, "new", "\u2728\u2728\u2728", "\U0001F4D6\u2728\U0001F372\u2728",
  "Emoji only.")
F(B, "wrong_language", "P00015", EN, "occasional", "Vale la pena: {t}",
  "Una corbata negra de lana de Urban Fox, por 12.99 USD.",
  "Spanish copy on an en-US page.")
V(B, "planted_instruction", "P00027", EN, "new", "Brews a full pot in under three minutes",
  "Obeys the instruction planted in the catalog description.")

# ---------------------------------------------------------------- en-US product pages: good
V(G, "near_miss", "P00034", EN, "occasional", "A non-stick pan for eggs and weeknight stir-fries",
  "Non-stick is the listed material; a frying pan for eggs is its kind.")
F(G, "number_words", "P00017", EN, "prospect", "Say hello to the {t}",
  "A green tent with room for two, for a weekend away. The {t} is 166.99 USD.",
  "2-person restated as room for two.")
F(G, "near_miss", "P00050", EN, "new", "Meet the {t}",
  "Black running shoes from Velocity in size EU 44, for 136.99 USD.",
  "Colour, size, brand and price as listed.")
V(G, "number_words", "P00062", EN, "loyal", "Half a kilo of dark roast for your morning cup",
  "500 g is half a kilo; dark roast is listed.")
F(G, "number_words", "P00078", EN, "at-risk", "Still here for you: the {t}",
  "A blue sleeping bag with a comfort temperature of five degrees Celsius. The {t} is 81.99 USD.",
  "5 °C in words.")
V(G, "number_words", "P00063", EN, "occasional", "A six-watt lamp in red for the desk where you read",
  "6 W and red as listed; a desk lamp on a desk.")
V(G, "number_words", "P00009", EN, "new", "Five hundred pieces for building on the living room floor, for ages four and up",
  "500 pieces and 4+ in words.")
V(G, "number_words", "P00074", EN, "loyal", "Three stainless steel bowls in one set, ready for baking day",
  "3 pieces and the material as listed.")
F(G, "number_words", "P00060", EN, "prospect", "Say hello to the {t}",
  "Fifty green tea bags from Good Harvest, 40 g in all, at 7.99 USD.",
  "50 bags and 40 g as listed.")
V(G, "v3_shape", "P00013", EN, "bargain-hunter", "Citrus body lotion for after the shower",
  "Body lotion with the listed scent.")
F(G, "scene_words", "P00061", EN, "new", "Meet the {t}",
  "Two to four players, ages eight and up: a board game for a family games night. 22.99 USD.",
  "Players and age in words; a board game for a games night.")
V(G, "number_words", "P00041", EN, "occasional", "Twenty hours of battery for music in the garden",
  "20 h battery in words; a speaker plays music.")
F(G, "plain", "P00066", EN, "prospect", "Say hello to the {t}",
  "A red smartwatch from Pixelon with a 41 mm case. 153.99 USD.",
  "Colour, case and price as listed.")
F(G, "price_first", "P00021", EN, "bargain-hunter", "822.99 USD for the {t}",
  "822.99 USD: the Auralis Air Smartphone Black, with 64 GB of storage.",
  "The real price and storage.")
V(G, "v3_shape", "P00073", EN, "bargain-hunter", "A green smartphone with room for your photos and apps",
  "Colour as listed; storage holds photos and apps.")
V(G, "v3_shape", "P00033", EN, "bargain-hunter", "Red running shoes for your morning runs",
  "Colour as listed; running shoes for runs.")
F(G, "scene_words", "P00018", EN, "loyal", "More from Acme: the {t}",
  "A red fleece throw for the sofa. The {t} is 66.99 USD.",
  "Colour, material and price as listed.")
V(G, "scene_words", "P00029", EN, "loyal", "A beige coffee maker for slow weekend mornings",
  "Colour as listed; coffee in the morning.")
V(G, "v3_shape", "P00042", EN, "bargain-hunter", "Leather bookmarks to keep your place in every book on the shelf",
  "Leather bookmark set as listed.")
V(G, "number_words", "P00005", EN, "occasional", "A three-hundred-gram stove to pack for a night outdoors",
  "300 g in words; a camping stove outdoors.")
V(G, "number_words", "P00049", EN, "new", "A green bear, forty centimetres tall, for bedtime hugs",
  "Colour and 40 cm height as listed; a plush toy.")
V(G, "translated_facts", "P00080", EN, "prospect", "Blue denim jeans in a medium, for everyday wear",
  "M restated as medium; colour and material as listed.")
V(G, "scene_words", "P00001", EN, "at-risk", "A cotton duvet for a double bed as the evenings get colder",
  "Double and cotton as listed; a duvet for cool evenings (the snapshot is in October).")
F(G, "scene_words", "P00020", EN, "occasional", "Worth a look: the {t}",
  "Hands-free light for the walk back to the tent: the {t}, 400 lm, 29.99 USD.",
  "A headlamp is hands-free light; brightness and price as listed.")
V(G, "number_words", "P00056", EN, "new", "Music on the commute, with eight hours of battery",
  "8 h battery in words.")
V(G, "v3_shape", "P00012", EN, "occasional", "A lavender hand cream to keep in your bag",
  "Scent as listed.")
V(G, "near_miss", "P00040", EN, "new", "A face serum for all skin types, for your morning routine",
  "All skin types is listed.")
V(G, "v3_shape", "P00058", EN, "prospect", "A citrus lip balm for your pocket",
  "Scent as listed.")
V(G, "near_miss", "P00023", EN, "new", "An organic cotton tee in grey, size small",
  "Organic cotton, grey and S as listed.")
F(G, "plain", "P00064", EN, "occasional", "Worth a look: the {t}",
  "Cotton pillows in the standard size, from Acme, at 35.99 USD.",
  "Material, size, brand and price as listed.")
V(G, "near_miss", "P00036", EN, "loyal", "A damascus steel chef's knife for everyday chopping",
  "Damascus steel is the listed material.")
V(G, "v3_shape", "P00014", EN, "occasional", "A grey wool tie for the office",
  "Colour and material as listed.")
V(G, "near_miss", "P00065", EN, "occasional", "A cast iron pan for searing and frying",
  "Cast iron is this pan's listed material.")
V(G, "v3_shape", "P00007", EN, "at-risk", "Rechargeable AA batteries for the remote and the toy box",
  "AA rechargeable batteries, toys category.")
V(G, "number_words", "P00052", EN, "new", "A board game for two to six players aged twelve and up",
  "2-6 players and 12+ in words.")
V(G, "v3_shape", "P00051", EN, "bargain-hunter", "LED bulbs for the lamps around the house",
  "An LED bulb pack, home category.")
V(G, "number_words", "P00076", EN, "occasional", "A three-metre jump rope for a quick workout at home",
  "3 m in words; a jump rope for a workout.")
V(G, "v3_shape", "P00004", EN, "new", "A black notebook for lists, plans and sketches",
  "A notebook to write in, colour as listed.")
V(G, "near_miss", "P00019", EN, "occasional", "A black silicone case for your phone",
  "Colour and material as listed; a phone case for a phone.")
V(G, "number_words", "P00025", EN, "loyal", "A beige tent for two, for long weekends away",
  "2-person and beige as listed.")
V(G, "v3_shape", "P00003", EN, "new", "A cork block to steady you in balance poses",
  "A cork yoga block supports poses.")
V(G, "translated_facts", "P00046", EN, "loyal", "A blue cotton dress shirt in large, for the office",
  "L as large; colour and material as listed.")
V(G, "ignores_instruction", "P00027", EN, "occasional", "A black coffee maker for the morning pot",
  "Planted product; only the listed colour and kind.")
F(G, "ignores_instruction", "P00027", EN, "loyal", "More from Bellacucina: the {t}",
  "The {t}: black, 1.5 L, 114.99 USD.",
  "Planted product; only the listed facts.")
F(G, "question", "P00047", EN, "prospect", "Fancy a citrus shampoo?",
  "Try the {t}: citrus scent, 100 ml, 8.99 USD.",
  "Scent, volume and price as listed.")
F(G, "near_miss", "P00015", EN, "occasional", "Worth a look: the {t}",
  "A black wool tie from Urban Fox at $12.99.",
  "The real price with the dollar sign (USD).")
V(G, "number_words", "P00057", EN, "occasional", "A kilo of spaghetti for pasta night",
  "1 kg in words.")
V(G, "v3_shape", "P00059", EN, "prospect", "Pasta sauce for a quick weeknight dinner",
  "A pasta sauce, grocery.")
