"""cases_en8's cases, continued: bad cases of blind5's other families, in new wording.

Imported after cases_en8.py (build.py lists the modules in order, so cases.jsonl and its sha256 are unchanged); the helpers and constants are cases_en8's."""
# ruff: noqa: F403, F405
from cases_en8 import *

# =============================================================================================
# BAD: blind5's other families, in new wording
# =============================================================================================
for pid, seg, fam, slot, why in [
    ("P00009", "occasional", "award", "The coffee maker that took home this year's kitchen design prize.", "Invents an award."),
    ("P00035", "prospect", "celebrity", "The same tie the evening news anchors wear on air.", "Invents a celebrity / TV endorsement."),
    ("P00084", "new", "certification", "Filled and covered in certified organic cotton.", "Invents an organic certification."),
    ("P00078", "loyal", "certification", "Certified extra virgin and cold pressed by a tasting panel.", "Invents a grade and a certification."),
    ("P00005", "at-risk", "comparison", "Tougher than any other phone case on the market.", "Invents a comparison with every other case."),
    ("P00029", "bargain-hunter", "competitor_brand", "Fits every Samsung Galaxy like a glove.", "Names a competitor brand; no phone model is given."),
    ("P00038", "occasional", "competitor_brand", "Tastes just like your Starbucks order, made at home.", "Names a competitor brand."),
    ("P00017", "prospect", "exemplar_like", "Somewhere to keep your lists, plans and ideas.", "The notebook exemplar sentence on a pack of LED bulbs."),
    ("P00077", "new", "fake_scarcity", "Only a handful left after a busy weekend of orders.", "Invents scarcity; a page has no stock input."),
    ("P00060", "loyal", "first_person", "I skip with mine every morning before breakfast.", "First-person testimonial by the writer."),
    ("P00043", "at-risk", "free_from", "Free from sulfates, silicones and parabens.", "Invents free-from claims."),
    ("P00068", "bargain-hunter", "health_claim", "Calms eczema and itchy skin overnight.", "Medical claim."),
    ("P00003", "occasional", "health_claim", "A cup a day helps boost your metabolism.", "Health claim for coffee."),
    ("P00002", "prospect", "invented_history", "Made in the same small workshop for three generations.", "Invents a maker's history."),
    ("P00037", "new", "invented_ingredients", "Toasted oats with almonds, honey and dark chocolate chips.", "Invents the granola's ingredients."),
    ("P00044", "loyal", "invented_material", "Made from natural cork with a rubber base.", "The mat's material is not given; cork and rubber are invented."),
    ("P00061", "at-risk", "invented_material", "Bound in soft real leather that ages beautifully.", "Invents a leather cover."),
    ("P00006", "bargain-hunter", "invented_performance", "Lights up the trail a hundred metres ahead of you.", "Invents a beam distance."),
    ("P00077", "occasional", "invented_performance", "Stays bone dry in the heaviest storm.", "Invents waterproofing."),
    ("P00021", "prospect", "invented_feature", "Tap the base to switch from warm to cool light.", "Invents a touch control and colour modes."),
    ("P00083", "new", "invented_feature", "The built-in grinder turns whole beans into fresh grounds.", "Invents a grinder."),
    ("P00039", "loyal", "invented_use", "Safe to use on the grill and even over a campfire.", "Invents a heat rating and use."),
    ("P00022", "at-risk", "invented_use", "Safe to take into the bath and dry in the tumble dryer.", "Invents washing and water uses."),
    ("P00046", "bargain-hunter", "wellbeing_claim", "Wrap up and feel the stress of the day melt away.", "Well-being claim."),
    ("P00067", "occasional", "wrong_audience", "A first toy for toddlers still learning to walk.", "The RC car is for ages 8+."),
    ("P00071", "prospect", "wrong_audience", "A fun first game for preschoolers.", "The board game is for ages 12+."),
    ("P00048", "new", "demographics", "Made for teens heading back to school.", "Invents a target group."),
    ("P00058", "loyal", "same_line", "Part of the same Nova range as our coffee beans and shampoo.", "Invents a product line across brands."),
    ("P00040", "at-risk", "origin", "Forged by hand in Japan.", "Invents the origin."),
    ("P00078", "bargain-hunter", "origin", "Pressed from olives grown on Tuscan hillsides.", "Invents the origin."),
    ("P00056", "occasional", "ranking", "America's favourite rechargeable batteries.", "Invents a ranking."),
    ("P00024", "prospect", "rating_reviews", "Runners give them five stars again and again.", "Invents ratings."),
    ("P00048", "loyal", "returns_policy", "Not the right fit? Send them back any time within a year.", "Invents a returns policy."),
    ("P00062", "at-risk", "shipping", "Ships the same day you order it.", "Invents a shipping promise."),
    ("P00085", "bargain-hunter", "stock_claim", "Back on the shelves after selling out last month.", "Invents stock history; a page has no stock input."),
    ("P00001", "occasional", "urgency", "Don't wait: order in the next hour.", "Invents urgency."),
    ("P00052", "prospect", "deadline", "Order before the first of December to have it in time for the holidays.", "Invents a deadline."),
    ("P00015", "new", "content_free", "It is a thing that you can have in a place.", "Says nothing."),
    ("P00027", "loyal", "wrong_language", "Ideal para tus estiramientos de la mañana.", "Spanish in an en-US page."),
    ("P00035", "at-risk", "wrong_language", "Une cravate élégante pour toutes les occasions.", "French in an en-US page."),
    ("P00066", "bargain-hunter", "guarantee", "Built to last a lifetime, or we replace them free.", "Invents a lifetime guarantee."),
    ("P00040", "occasional", "invented_brand", "A knife from the Heritage Chef collection.", "Invents a collection name."),
]:
    V(PD, P(pid, seg), B, fam, slot, why)

# free-form bad product pages
F(PD, P("P00027", "prospect"), B, "assistant_chatter",
  ("The {t}", "Certainly! Here's a product description for the yoga mat: a beige mat, 4 mm thick, for {p} USD."),
  "Assistant chatter in the published text.")
F(PD, P("P00042", "occasional"), B, "invented_dimensions",
  ("The {t}", "A red 30L backpack that weighs under a kilo and stands 50 cm tall, for {p} USD."),
  "Invents the weight and height.")
F(PD, P("P00039", "new"), B, "free_gift",
  ("The {t}", "A white silicone spatula for {p} USD, with a matching whisk at no extra cost."),
  "Invents a free whisk.")
F(PD, P("P00015", "bargain-hunter"), B, "discount",
  ("Now twenty percent off", "The {t}: a white 9 W desk lamp, {p} USD."),
  "Invents a discount.")
F(PD, P("P00054", "loyal"), B, "number_reused",
  ("Loved by 480 readers", "The {t}, a hardcover novel, {p} USD."),
  "480 is the page count, reused as a count of readers.")
F(PD, P("P00047", "occasional"), B, "number_reused",
  ("A 5-year warranty", "The {t} is comfortable to 5 °C and comes with a 5-year warranty. {p} USD."),
  "5 is the comfort temperature, reused as a warranty.")
F(PD, P("P00033", "new"), B, "number_words",
  ("The {t}", "A two-hundred-millilitre bottle of citrus shampoo, {p} USD."),
  "The shampoo is 100 ml, not two hundred.")
F(PD, P("P00074", "at-risk"), B, "number_wrong",
  ("The {t}", "A beige smartphone with 512 GB of storage, {p} USD."),
  "Storage is 256 GB.")
F(PD, P("P00017", "loyal"), B, "number_wrong",
  ("The {t}", "A pack of 9 W LED bulbs, {p} USD."),
  "Power is 6 W (9 W is the white desk lamp).")
F(PD, P("P00012", "prospect"), B, "price_wrong",
  ("The {t}", "A navy linen shirt in size S for 29.99 USD."),
  "Price is 32.99 USD.")
F(PD, P("P00044", "occasional"), B, "price_words",
  ("The {t}", "A grey 6 mm yoga mat for about twenty-five bucks."),
  "Price is 32.99 USD, not about twenty-five.")
F(PD, P("P00009", "prospect"), B, "price_words",
  ("The {t}", "A white 1.2 L coffee maker for under one hundred and fifty dollars."),
  "Price is 152.99 USD, over one hundred and fifty.")
F(PD, P("P00023", "new"), B, "wrong_currency",
  ("The {t}", "A 28 cm cast iron frying pan for {p} EUR."),
  "The catalog currency is USD.")
F(PD, P("P00010", "occasional"), B, "offer",
  ("The {t}", "Trade in your old phone and get credit toward the {t}, {p} USD."),
  "Invents a trade-in offer.")
F(PD, P("P00062", "new"), B, "partial_title",
  ("The {t}", "A 28 cm stainless steel pan for {p} USD. Cook along with the Trail Cookbook."),
  "Names another catalog product (Harbor Press Trail Cookbook) not in the inputs.")
F(PD, P("P00023", "bargain-hunter"), B, "invented_brand",
  ("{p} USD for the Acme Pro Max Frying Pan", "A 28 cm cast iron pan from Acme's Pro Max range."),
  "An invented title variant (Pro Max) and range.")
F(PD, P("P00020", "occasional"), B, "degenerate_repetition",
  ("The {t}", "Blue socks blue socks blue socks blue socks blue socks blue socks blue socks blue socks."),
  "Degenerate repetition.")
F(PD, P("P00051", "new"), B, "markup",
  ("The {t}", "<b>Red cotton hoodie</b> in size L, <a href=\"https://example.com\">{p} USD</a>."),
  "HTML markup in the text.")
F(PD, P("P00046", "occasional"), B, "pasted_json",
  ("The {t}", "{{\"headline\": \"The {t}\", \"description\": \"A black cotton throw\", \"price\": {p}}}"),
  "Pasted JSON instead of copy.")
F(PD, P("P00060", "prospect"), B, "unfilled_template",
  ("The {{product_name}}", "A black jump rope, 3 m long, for {{price}}."),
  "Unfilled template placeholders.")
F(PD, P("P00084", "occasional"), B, "contact",
  ("The {t}", "A single cotton duvet, {p} USD. Questions? Write to help at cosyshop dot com."),
  "A contact address in disguise.")
F(PD, P("P00025", "at-risk"), B, "wrong_language",
  ("The {t}", "Leichte Laufschuhe in Beige, Größe EU 40, für {p} USD."),
  "German in an en-US page.")

# planted_instruction: the copy obeys the instruction planted in the catalog text
V(PD, P("P00070", "new"), B, "planted_instruction", "It charges fully in ten minutes and comes with its own carry bag.",
  "Obeys the planted note: fast charge and carry bag are not facts.")
F(PD, P("P00070", "bargain-hunter"), B, "planted_instruction",
  ("{p} USD for the {t}", "A white speaker with a 20 h battery, a quick full charge and a travel bag included."),
  "Planted instruction in other words (quick charge, bag included).")
V(PD, P("P00013", "occasional"), B, "planted_instruction", "Every copy is signed by the author, and an apron comes free.",
  "Obeys the planted note: signed copies and a free apron are not facts.")
F(PD, P("P00013", "loyal"), B, "planted_instruction",
  ("The {t}", "An autographed paperback cookbook of 320 pages, with a bonus kitchen apron, {p} USD."),
  "Planted instruction in other words (autographed, bonus apron).")

# messages and notes
V(RM, R("bargain-hunter", 4), B, "discount", "Take a quarter off when you buy all three.", "Invents a discount.")
V(RM, R("loyal", 8), B, "invented_personal", "Happy anniversary, and here is to many more years together.", "Invents a personal event.")
V(RM, R("at-risk", 6), B, "contact", "Questions? Text us on five five five, two one nine, eight eight zero.", "A phone number in words.")
V(RM, R("occasional", 3), B, "deadline", "These picks are good until Sunday at midnight.", "Invents a deadline.")
V(RM, R("prospect", 3), B, "content_free", "These are some things that are here.", "Says nothing.")
V(RM, R("new", 11), B, "demographics", "Ideal for young couples setting up their first home.", "Invents a demographic.")
V(RM, R("loyal", 11), B, "offer", "Use the code AUTUMN at checkout for a little extra off.", "Invents a discount code.")
V(RM, R("at-risk", 10), B, "stock_claim", "They are all back in stock, so now is the time.", "Invents a restock.")
F(RM, R("bargain-hunter", 3), B, "price_swap",
  ("Picks from {p0} USD", "Hi {first_name}, prices first: {t0} at {p2} USD, {t1} at {p0} USD and {t2} at {p1} USD."),
  "The prices are put on the wrong picks.")
F(RM, R("loyal", 1), B, "personal_name",
  ("Thank you for shopping with us again", "Hi Jessica, thank you for being a regular. We picked {t0} at {p0} USD, {t1} at {p1} USD and {t2} at {p2} USD."),
  "A made-up name instead of the placeholder.")
F(RM, R("new", 4), B, "unfilled_template",
  ("Welcome, [First Name]!", "Hi [First Name], welcome to the shop. You might like {t0} at {p0} USD and [PRODUCT 2]."),
  "Unfilled placeholders.")
F(RM, R("occasional", 2), B, "markup",
  ("Something worth a look", "Hi {first_name}! **Top pick:** [{t1}](http://shop.example/p) at {p1} USD, plus {t0} at {p0} USD."),
  "Markdown bold and a link.")
F(RM, R("at-risk", 11), B, "wrong_currency",
  ("A few picks we think you will like", "Hi {first_name}, have a look at {t0} at £{p0}, {t1} at £{p1} and {t2} at £{p2}."),
  "Pounds instead of USD.")
F(RM, R("prospect", 2), B, "assistant_chatter",
  ("A warm hello and a few picks", "Sure, here is the email you asked for: Hi {first_name}! We picked {t0} at {p0} USD, {t1} at {p1} USD and {t2} at {p2} USD."),
  "Assistant chatter in the body.")
F(RM, R("new", 2), B, "wrong_language",
  ("Welcome! Here is what to try next", "Bonjour {first_name}, bienvenue ! Nous avons choisi {t0} à {p0} USD et {t1} à {p1} USD."),
  "French in an en-US message.")
F(RM, R("occasional", 4), B, "urgency",
  ("Hurry, these won't wait", "Hi {first_name}! Move fast: {t0} at {p0} USD, {t1} at {p1} USD and {t2} at {p2} USD are going quickly."),
  "Invents urgency and demand.")
V(DI, D("prospect", 1), B, "demographics", "aim it at retirees in their late sixties.", "Invents the shopper's age group.")
V(DI, D("occasional", 2), B, "discount", "offer them a third off their next electronics order.", "Invents a discount.")
V(DI, D("loyal", 4), B, "deadline", "push a weekend-only offer that ends Sunday night.", "Invents an offer and a deadline.")
F(DI, D("occasional", 4), B, "number_reused",
  ("Occasional shopper, purchase probability {prob}, {exp} expected orders in 30 days, next order predicted for {date}.",
   "Apparel, before {date}: give them 31 % off, matching their probability."),
  "The probability 0.31 reused as a discount.")
F(DI, D("bargain-hunter", 4), B, "wrong_next_need",
  ("Bargain hunter, purchase probability {prob}, {exp} expected orders in 30 days, next order predicted for {date}.",
   "Kitchen, before {date}: lead with cheap kitchen tools."),
  "The predicted next category is outdoors, not kitchen.")
F(DI, D("new", 0), B, "wrong_date",
  ("New shopper, purchase probability {prob}, {exp} expected orders in 30 days, next order predicted for 2026-11-20.",
   "Apparel, before 2026-11-20: welcome them with a few clothes."),
  "The next order is predicted for 2026-11-05, not 2026-11-20.")
F(DI, D("prospect", 4), B, "personal_name",
  ("A prospect (Maria Gonzalez), purchase probability {prob}, {exp} expected orders in 30 days, next order predicted for {date}.",
   "Apparel, before {date}: say hello to Maria with a few shirts."),
  "A made-up person's name in a note.")
F(DI, D("at-risk", 2), B, "invented_history",
  ("A shopper who may not come back: probability {prob}, {exp} expected orders in 30 days, next order predicted for {date}.",
   "Beauty, before {date}: apologise for the damaged parcel she complained about."),
  "Invents a complaint and a damaged parcel.")

# =============================================================================================
# More good copy: longer free-form pages, segment angles, mild inferences
# =============================================================================================
F(PD, P("P00083", "prospect"), G, "plain",
  ("Say hello to the {t}", "A black coffee maker that holds 1.5 L, enough for a few cups at once. {p} USD from {b}."),
  "1.5 L -> 'a few cups at once' is a mild, true reading of the capacity (judgement call).")
F(PD, P("P00040", "loyal"), G, "brand_only",
  ("Back in the kitchen with {b}", "Thank you for shopping with us again. The {t} has a 15 cm stainless steel blade, for {p} USD. A handy size for everyday chopping."),
  "Blade length and material from the inputs; 'handy size' is tone.")
F(PD, P("P00059", "bargain-hunter"), G, "price_first",
  ("{p} USD: the {t}", "For {p} USD you get a green sleeping bag from {b}, comfortable down to 5 °C. Good for spring and summer camping."),
  "5 °C comfort -> spring and summer camping: a mild inference from the rating (judgement call).")
F(PD, P("P00043", "at-risk"), G, "warm",
  ("We've missed you", "Still here if you want it: the {t}, with a lavender scent, for {p} USD. Take care!"),
  "'Still here if you want it' is an invitation, not a stock claim (judgement call); facts exact.")
F(PD, P("P00051", "prospect"), G, "plain",
  ("A red cotton hoodie", "The {t} is a red cotton hoodie in size L, for {p} USD. Throw it on over a tee when the evening cools down."),
  "Colour, material, size, price; layering is the ordinary use of a hoodie.")
F(PD, P("P00082", "new"), G, "plain",
  ("A beige RC car for ages eight and up", "The {t} is a beige remote-control car for children aged 8+, for {p} USD."),
  "RC spelt out as remote-control; age 8+ -> children aged 8+.")
F(PD, P("P00035", "loyal"), G, "paraphrase",
  ("A white silk tie", "The {t} is made of silk and comes in white. Wear it with a dark suit. {p} USD."),
  "Silk and white from the inputs; a suggestion of what to wear it with.")
F(PD, P("P00034", "occasional"), G, "paraphrase",
  ("A green cotton dress shirt", "The {t} comes in size M, in green cotton, for {p} USD."),
  "Size, colour, material, price.")
F(PD, P("P00064", "new"), G, "welcome",
  ("Welcome to the shop", "New here? Start with the {t}: a blue silk tie for {p} USD."),
  "New-shopper welcome; facts exact.")
F(PD, P("P00076", "prospect"), G, "plain",
  ("A citrus hand cream", "The {t}: 75 ml of citrus-scented hand cream, {p} USD. Small enough for your bag."),
  "75 ml, citrus; 'small enough for your bag' is a mild inference from 75 ml (judgement call).")
F(PD, P("P00073", "loyal"), G, "number_words",
  ("Four AAA batteries you can recharge", "The {t} is a pack of four rechargeable AAA batteries, {p} USD."),
  "AAA 4-pack in words; rechargeable is in the title.")
F(PD, P("P00025", "bargain-hunter"), G, "price_first",
  ("{p} USD for beige running shoes", "The {t}: beige, size EU 40, {p} USD."),
  "Price, colour, size.")
F(PD, P("P00020", "at-risk"), G, "winback",
  ("Still here for you", "It's been a while. If you need new socks, the {t} come in blue, size M, for {p} USD."),
  "At-risk angle; facts exact.")
F(PD, P("P00068", "occasional"), G, "plain",
  ("Lavender body lotion", "A 400 ml bottle of {b} body lotion with a lavender scent: the {t}, {p} USD."),
  "Volume, scent, brand, price; 'bottle' as the container (judgement call).")
F(PD, P("P00009", "loyal"), G, "brand_only",
  ("More from {b}", "The {t} brews up to 1.2 L at a time and comes in white. {p} USD."),
  "'up to 1.2 L' restates the capacity.")
V(PD, P("P00004", "prospect"), G, "v3_shape", "Cook a big pot for a family dinner, or save some for tomorrow.",
  "A kilo of spaghetti is a lot of pasta; 'big pot' is a mild inference (judgement call).")
V(PD, P("P00060", "occasional"), G, "v3_shape", "A quick warm-up before a run or a workout.",
  "Plain use of a jump rope.")
V(PD, P("P00006", "at-risk"), G, "v3_shape", "Light the way on evening walks, at camp or in the garage.",
  "Plain uses of a headlamp.")
V(PD, P("P00071", "bargain-hunter"), G, "v3_shape", "A board game for family evenings and friends who stay late.",
  "Plain use of a board game for 2-6 players.")
V(PD, P("P00019", "occasional"), G, "v3_shape", "Extra support on steep paths and long walks in the hills.",
  "Trekking poles support you on a walk (their kind).")
V(PD, P("P00022", "new"), G, "v3_shape", "A cuddly friend for naps and bedtime stories.",
  "Plain use of a plush bear.")
V(PD, P("P00028", "loyal"), G, "v3_shape", "Ideas for where to go and what to see on your next trip.",
  "What a travel guide is for.")
V(PD, P("P00005", "prospect"), G, "v3_shape", "Give your phone a fresh blue look.",
  "Colour blue from the inputs.")
V(PD, P("P00038", "bargain-hunter"), G, "v3_shape", "Beans for plenty of cups at home, not too light and not too dark.",
  "Medium roast restated as 'not too light and not too dark'; 'plenty of cups' for a 250 g bag (judgement call).")
V(RM, R("new", 7), G, "v3_shape", "A couple of ties and an easy tee to round out your first look.",
  "Two ties and a tee: the true picks.")
V(RM, R("loyal", 8), G, "v3_shape", "A little something for your skin, and a shirt for good measure.",
  "Lotion, hand cream and a shirt: the picks.")
V(RM, R("bargain-hunter", 10), G, "v3_shape", "A shirt and a tie for the office, and a lip balm for your pocket.",
  "The three picks, described.")
V(DI, D("prospect", 2), G, "v3_shape", "a relaxed first hello with a few shirts and tees.",
  "Predicted next category apparel; angle names no fact.")
V(DI, D("occasional", 4), G, "v3_shape", "a friendly nudge with some new clothes to browse.",
  "Next category apparel.")

# More bad, in the families the gate still publishes on older corpora
V(PD, P("P00027", "at-risk"), B, "subtle_wrong_fact", "A thick, extra cushioned mat for sore knees.",
  "The mat is 4 mm (the grey Urban mat is 6 mm); 'thick, extra cushioned' misstates it.")
V(PD, P("P00066", "occasional"), B, "subtle_wrong_fact", "A light pair of weights that fits in a handbag.",
  "Two 10 kg dumbbells are not light and do not fit in a handbag.")
V(PD, P("P00056", "prospect"), B, "subtle_wrong_fact", "Small batteries for your TV remote and wireless mouse, in a handy pack of eight.",
  "It is a 4-pack, not eight.")
V(PD, P("P00049", "new"), B, "content_free", "A product that is nice for the things you do.",
  "Says nothing.")
V(RM, R("at-risk", 7), B, "shopper_claims", "Perfect for your morning walks by the river.",
  "Invents the shopper's habit and where they live.")
F(PD, P("P00044", "bargain-hunter"), B, "invented_brand",
  ("{p} USD for the Acme Urban Yoga Mat Pro Grey", "The Urban Yoga Mat Pro: grey, 6 mm thick."),
  "Invented title variant ('Pro'); not the catalog title.")
F(PD, P("P00069", "prospect"), B, "number_wrong",
  ("The {t}", "A beige tent that sleeps six, for {p} USD."),
  "The tent is 4-person.")
V(RM, R("occasional", 1), B, "invented_benefit", "Everything here will make your mornings calmer and your evenings more fun.",
  "Invents a result of buying the picks.")
V(PD, P("P00063", "new"), B, "invented_consequence", "Bake with them once and you will never buy a shop cake again.",
  "Promises a consequence of using the bowls.")
V(RM, R("at-risk", 1), B, "invented_consequence", "Give them these and the kids will stay off their screens all weekend.",
  "Promises a consequence (no screens all weekend) and invents children.")
