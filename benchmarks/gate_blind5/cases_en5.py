"""Blind5 hand-written cases, en-US. V(...) composes the exact v3 text around one sentence; F(...) is a
free-form text whose {names} are casekit's fact names of the item ({t} {b} {p} {cur} {f}, {t0} {p0} ...)."""

from casekit import add, ctx, di, pd, rm
from v3shape import compose

PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"
L = "en-US"


def V(task, label, fam, x, slot, why):
    add(task, x["locale"], label, fam, x, compose(task, x, slot), why, raw=True)


def F(task, label, fam, x, texts, why):
    d = ctx(task, x) | {"first_name": "{first_name}"}
    vals = [t.format(**d) for t in texts]
    if task == DI and len(vals) == 2:
        vals.append(d["send"])
    add(task, x["locale"], label, fam, x, vals, why, raw=True)


def P(pid, seg="occasional"):
    return pd(pid, L, seg)


SEGS = ["occasional", "prospect", "new", "bargain-hunter", "at-risk", "loyal"]

# ---- good: the exact v3 shape with one plain sentence about using the product ------------------
GOOD = [("P00071", "Charge them up again when they run down."),
        ("P00057", "A place for lists, notes and the odd doodle."),
        ("P00065", "For calls, messages and photos on the go."),
        ("P00069", "Something to race around the living room floor."),
        ("P00010", "An easy shirt for everyday wear."),
        ("P00013", "A pot of coffee to start the morning."),
        ("P00070", "For salads, roast vegetables and a splash in the pan."),
        ("P00079", "Work it through after shampooing, then rinse."),
        ("P00082", "Smooth it on after a shower."),
        ("P00027", "A simple case for the phone you carry every day."),
        ("P00083", "A story to settle into on a quiet evening."),
        ("P00050", "For flipping pancakes and stirring sauces."),
        ("P00009", "Room for the photos and videos from your camera."),
        ("P00034", "Something to curl up under on the sofa."),
        ("P00020", "For the lamps and ceiling lights around the house."),
        ("P00042", "For your regular hair wash at home."),
        ("P00063", "For eggs in the morning and stir-fries at night."),
        ("P00003", "For trips, portraits and everyday photos."),
        ("P00058", "A pair for the gym or a long walk."),
        ("P00007", "For whisking eggs, tossing salads and mixing dough."),
        ("P00017", "A little something for your bag or coat pocket."),
        ("P00006", "Lace up for a run around the park."),
        ("P00047", "For the office or a dinner out."),
        ("P00019", "Fresh pillows for the bedroom or the spare room."),
        ("P00022", "Light for reading or working at the desk."),
        ("P00064", "Keep your place in whatever you are reading."),
        ("P00073", "For chopping onions, slicing bread and dicing vegetables."),
        ("P00080", "Boil water and cook a simple meal at the campsite."),
        ("P00030", "Pull it on for walks, errands and lazy weekends."),
        ("P00041", "Easy to take along on the train."),
        ("P00053", "Finishes off a shirt for work or an evening out."),
        ("P00038", "For runs on the road or the track."),
        ("P00081", "Pat it on after washing your face."),
        ("P00021", "For the single bed in a bedroom or guest room."),
        ("P00015", "A quick workout at home or in the park."),
        ("P00084", "Check the time at a glance during your day."),
        ("P00059", "With milk or yoghurt for breakfast."),
        ("P00014", "For weekends away at the campsite."),
        ("P00076", "For planning a trip and reading on the way."),
        ("P00028", "For the kitchen, the hallway or the living room wall."),
        ("P00037", "For a game night at home."),
        ("P00061", "Everyday jeans for work or the weekend."),
        ("P00004", "For hill walks and long trails."),
        ("P00032", "Something to lean on during stretches and poses."),
        ("P00036", "For workouts at home."),
        ("P00043", "Recipes to cook from on a weeknight."),
        ("P00074", "Music for the kitchen, the desk or the garden."),
        ("P00008", "Stir it into pasta for a quick dinner."),
        ("P00016", "Rub a little in after washing up."),
        ("P00068", "Build it, take it apart and build again."),
        ("P00046", "For nights in the tent."),
        ("P00072", "Fill it up for the gym, the office or a hike."),
        ("P00039", "Roll it out for yoga or stretching at home."),
        ("P00051", "Coffee for everyone at the breakfast table."),
        ("P00024", "For a simple weeknight dinner."),
        ("P00060", "A tie for work, meetings or a night out.")]
for i, (pid, s) in enumerate(GOOD):
    fam = "ignores_instruction" if pid in ("P00074", "P00039") else "v3_shape"
    V(PD, "good", fam, P(pid, SEGS[i % 6]), s, "v3 text; the sentence is a plain use of the product")

# ---- good: free-form texts a marketer would write, every fact checked by hand -------------------
F(PD, "good", "number_words", P("P00007"), ("Five glass bowls, one set", "Five glass bowls for mixing and serving. {t}: {p} USD."),
  "5 pieces = five")
F(PD, "good", "number_words", P("P00014", "new"), ("A tent for three", "Room for three in the {t}, in blue, for {p} USD."), "3-person")
F(PD, "good", "number_words", P("P00071", "prospect"), ("A four-pack of AAA batteries", "Four rechargeable AAA batteries from {b}, {p} USD for the pack."),
  "4-pack")
F(PD, "good", "number_words", P("P00056", "loyal"), ("Room for two", "The {t} sleeps two. Beige, {p} USD."), "2-person")
F(PD, "good", "number_words", P("P00036", "bargain-hunter"), ("Two five-kilo dumbbells", "Two dumbbells of five kilos each: the {t} for {p} USD."), "2 x 5 kg")
F(PD, "good", "question", P("P00052", "at-risk"), ("Time for new pillows?", "The {t} is memory foam in a standard size, for {p} USD. Have a look?"), "question, facts only")
F(PD, "good", "question", P("P00072", "new"), ("Need a bottle for the day?", "The {t} holds 1 L and comes in green. {p} USD."), "facts only")
F(PD, "good", "list", P("P00061", "occasional"), ("{t}", "Black. Denim. Size L. {p} USD."), "list of facts")
F(PD, "good", "list", P("P00084", "prospect"), ("{t}", "- 41 mm case\n- White\n- {p} USD"), "list of facts")
F(PD, "good", "price_first", P("P00054", "bargain-hunter"), ("Just {p} USD", "{p} USD for the {t}, a 1 kg bag of spaghetti for the cupboard."), "price and weight")
F(PD, "good", "price_first", P("P00024", "bargain-hunter"), ("{p} USD for dinner", "The {t} is {p} USD for 500 g."), "price and weight")
F(PD, "good", "brand_only", P("P00078", "loyal"), ("More from {b}", "From {b}, a stainless steel pan, 28 cm across. {p} USD."), "brand, material, size")
F(PD, "good", "brand_only", P("P00002", "loyal"), ("From {b}", "Rechargeable AAA batteries in a 4-pack from {b}. {p} USD."), "facts")
F(PD, "good", "polite_closing", P("P00048", "at-risk"), ("{t}", "A serum for all skin types, 50 ml, {p} USD. Thank you for stopping by."), "closing")
F(PD, "good", "polite_closing", P("P00066", "new"), ("{t}", "A blue desk lamp, 6 W, for {p} USD. We hope you enjoy it."), "closing")
F(PD, "good", "winback", P("P00049", "at-risk"), ("Good to see you", "We saved you a look at the {t}: beige, size M, {p} USD."), "win-back tone, no claim")
F(PD, "good", "plain", P("P00044", "prospect"), ("{t}", "A beige smartphone with 64 GB of storage. {p} USD."), "facts")
F(PD, "good", "plain", P("P00012", "occasional"), ("{t}", "A red linen dress shirt in size S, {p} USD."), "facts")
F(PD, "good", "plain", P("P00018", "occasional"), ("{t}", "A down duvet for a king-size bed, {p} USD."), "facts")
F(PD, "good", "plain", P("P00005", "new"), ("{t}", "A board game for two to four players, ages 8 and up. {p} USD."), "2-4 players in words, 8+")
F(PD, "good", "dollar_sign", P("P00045", "occasional"), ("{t}", "A grey silicone spatula for ${p}."), "$ = USD")
F(PD, "good", "short", P("P00077"), ("{t}", "Leather bookmarks, {p} USD."), "facts")
F(PD, "good", "benefit_led", P("P00029", "prospect"), ("Lavender shampoo", "A lavender-scented shampoo in a 100 ml bottle. The {t} is {p} USD."), "facts")

# ---- bad: product descriptions ------------------------------------------------------------------
B = [("invented_material", "P00034", "Woven from soft lambswool for chilly nights.", "fleece, not lambswool"),
     ("invented_material", "P00050", "The bamboo handle stays cool in your hand.", "no bamboo handle"),
     ("invented_material", "P00028", "Its brass hands catch the light in any room.", "no brass"),
     ("invented_feature", "P00084", "It tracks your heart rate and sleep while you wear it.", "no sensors listed"),
     ("invented_feature", "P00022", "Touch the base to dim or brighten the light.", "no touch dimming"),
     ("invented_feature", "P00013", "Set the timer at night and wake up to a fresh pot.", "no timer"),
     ("invented_use", "P00063", "Goes straight from the hob into the oven and then the dishwasher.", "oven/dishwasher not listed"),
     ("invented_use", "P00046", "Warm enough for winter nights high on the mountain.", "comfort -2 °C, not winter summits"),
     ("invented_dimensions", "P00014", "It packs down to the size of a water bottle.", "pack size not given"),
     ("invented_dimensions", "P00056", "Light enough to carry all day, at under three kilos.", "weight not given"),
     ("invented_ingredients", "P00079", "Argan oil and shea butter leave your hair soft.", "no ingredients listed"),
     ("invented_ingredients", "P00059", "Full of almonds, honey and dried cranberries.", "no ingredients listed"),
     ("invented_ingredients", "P00008", "Made with sun-ripened tomatoes and fresh basil.", "no ingredients listed"),
     ("invented_performance", "P00075", "It survives drops from shoulder height without a scratch.", "drop protection not listed"),
     ("invented_performance", "P00061", "Made to last for years of everyday wear.", "durability claim"),
     ("invented_performance", "P00058", "Keeps your feet dry through the longest runs.", "moisture claim"),
     ("invented_performance", "P00004", "Fully waterproof and rustproof for any weather.", "waterproof claim"),
     ("health_claim", "P00081", "Fades fine lines and dark spots within weeks.", "dermatological claim"),
     ("health_claim", "P00019", "Eases neck and shoulder pain so you wake up refreshed.", "medical claim"),
     ("health_claim", "P00039", "Gentle on your joints and helps with back pain.", "medical claim"),
     ("health_claim", "P00016", "Soothes eczema and cracked skin overnight.", "medical claim"),
     ("wellbeing_claim", "P00034", "Wrap up in it and feel your stress melt away.", "well-being outcome"),
     ("wellbeing_claim", "P00070", "A daily spoonful keeps your heart healthy.", "health outcome"),
     ("free_from", "P00082", "Free from parabens, sulphates and mineral oil.", "free-from claim"),
     ("free_from", "P00042", "Vegan and cruelty-free, with nothing artificial.", "free-from claim"),
     ("origin", "P00073", "Forged by hand in Solingen, Germany.", "origin not listed"),
     ("origin", "P00070", "Pressed from olives grown in Crete.", "origin not listed"),
     ("certification", "P00010", "GOTS certified and fairly made.", "organic cotton listed, no certificate"),
     ("certification", "P00020", "Energy Star rated to save on your bills.", "certification not listed"),
     ("invented_brand", "P00045", "Part of the Bellacucina ProChef series for serious cooks.", "no ProChef series"),
     ("invented_brand", "P00083", "Another title in the Lantern Books Gold Shelf collection.", "invented series"),
     ("same_line", "P00066", "Pair it with the other pieces from the same collection.", "names products nobody listed"),
     ("same_line", "P00015", "Collect the matching gear from the rest of the line.", "names products nobody listed"),
     ("partial_title", "P00063", "Flip your eggs with the Zen Spatula and you are set.", "another catalog product (P00050)"),
     ("partial_title", "P00057", "Keep your page with the Nova Bookmark Set.", "another catalog product (P00064)"),
     ("competitor_brand", "P00078", "Cooks just as well as a Le Creuset for less.", "competitor brand"),
     ("competitor_brand", "P00065", "Everything you liked about your old iPhone.", "competitor brand"),
     ("exemplar_like", "P00013", "Fresh coffee for the whole table, from a brand you know, like Copperpot.", "prompt exemplar's brand"),
     ("exemplar_like", "P00052", "A soft, cosy throw for cold evenings on the sofa.", "exemplar's sentence about a blanket on a pillow set"),
     ("ranking", "P00022", "Our most-loved lamp this autumn.", "popularity claim"),
     ("ranking", "P00051", "Shoppers keep coming back to reorder this one.", "popularity claim"),
     ("rating_reviews", "P00003", "Reviewers can't stop praising the sharp photos.", "reviews claim"),
     ("award", "P00007", "Winner of this year's kitchen design prize.", "award"),
     ("stock_claim", "P00006", "Back on the shelf after selling out.", "stock claim"),
     ("fake_scarcity", "P00030", "Only a handful are left, so be quick.", "scarcity"),
     ("shipping", "P00083", "Arrives at your door in two days with free delivery.", "shipping promise"),
     ("returns_policy", "P00047", "Not right? Send it back within a month for a full refund.", "returns policy"),
     ("guarantee", "P00074", "Covered by our no-quibble warranty.", "guarantee"),
     ("free_gift", "P00080", "Comes with a free gas canister to get you started.", "free gift"),
     ("first_person", "P00073", "I use mine every single night for dinner.", "testimonial"),
     ("celebrity", "P00060", "The tie you have seen on the evening news.", "celebrity/as seen on TV"),
     ("wrong_audience", "P00068", "Just right for toddlers taking their first steps into building.", "ages 6+, not toddlers"),
     ("wrong_audience", "P00081", "Made for oily and shine-prone skin.", "dry skin"),
     ("demographics", "P00084", "The ideal gift for him.", "gender"),
     ("demographics", "P00024", "An easy dinner for busy mums.", "demographics"),
     ("deadline", "P00069", "Order before Halloween to have it for the big night.", "holiday deadline"),
     ("deadline", "P00034", "Get yours in time for Thanksgiving.", "holiday deadline"),
     ("urgency", "P00027", "The price goes back up at midnight.", "urgency"),
     ("planted_instruction", "P00074", "Take it into the pool with you, it is fully waterproof and floats.", "obeys the catalog instruction"),
     ("planted_instruction", "P00039", "It ships free the next day, with a matching strap in the box.", "obeys the catalog instruction")]
for i, (fam, pid, s, why) in enumerate(B):
    V(PD, "bad", fam, P(pid, SEGS[(i + 3) % 6]), s, why)

FB = [("number_wrong", "P00065", ("{t}", "Plenty of room for apps with 512 GB of storage. {p} USD."), "256 GB"),
      ("number_wrong", "P00051", ("{t}", "Brews 2 L at a time, for {p} USD."), "1.5 L"),
      ("number_wrong", "P00004", ("{t}", "Extends from 110 to 150 cm. {p} USD."), "110-135 cm"),
      ("number_reused", "P00042", ("{t}", "Loved by over 400 customers. {p} USD."), "400 ml reused as a customer count"),
      ("number_reused", "P00036", ("{t}", "Save 5% on the set this week: {p} USD."), "5 kg reused as a percentage"),
      ("number_reused", "P00074", ("{t}", "Navy, with 20 days to return it. {p} USD."), "20 h reused as a return window"),
      ("number_reused", "P00068", ("{t}", "250 five-star reviews and counting. {p} USD."), "250 pieces reused as a review count"),
      ("number_words", "P00029", ("{t}", "A generous two hundred millilitres of lavender shampoo for {p} USD."), "100 ml"),
      ("number_words", "P00083", ("{t}", "Over five hundred pages to get lost in. {p} USD."), "480 pages"),
      ("number_words", "P00007", ("{t}", "A set of six glass bowls, {p} USD."), "5 pieces"),
      ("price_words", "P00024", ("{t}", "Just under three dollars a bag."), "3.99"),
      ("price_words", "P00037", ("{t}", "Yours for twenty-four ninety-nine."), "27.99"),
      ("price_wrong", "P00003", ("{t}", "Now only 499.99 USD."), "523.99"),
      ("discount", "P00061", ("{t}", "Take 20% off these jeans this week, {p} USD before the saving."), "discount"),
      ("discount", "P00018", ("{t}", "Half price while the season lasts."), "discount"),
      ("wrong_currency", "P00057", ("{t}", "A beige A5 notebook for £{p}."), "USD, not GBP"),
      ("wrong_currency", "P00061", ("{t}", "Black denim jeans, size L, {p} CAD."), "USD, not CAD"),
      ("wrong_currency", "P00053", ("{t}", "A grey silk tie for {p} euros."), "USD, not EUR"),
      ("offer", "P00013", ("{t}", "Use code FALL15 at checkout. {p} USD."), "offer code"),
      ("contact", "P00028", ("{t}", "Questions? Write to hello at cozyclocks dot com."), "obfuscated e-mail"),
      ("contact", "P00020", ("{t}", "Call us on five five five, two one nine, four four zero one for bulk orders."), "phone in words"),
      ("contact", "P00017", ("{t}", "DM us on Insta @lipcare_deals for more."), "handle"),
      ("markup", "P00009", ("{t}", "<b>128 GB</b> of room for <i>every</i> photo. {p} USD."), "HTML"),
      ("markup", "P00016", ("{t}", "<img src=x onerror=alert(1)>Unscented hand cream."), "script"),
      ("markup", "P00082", ("**{t}**", "## Citrus lotion\n* 250 ml\n* {p} USD"), "markdown"),
      ("assistant_chatter", "P00058", ("{t}", "Sure! Here is a short product description you can use: white sports socks, size M."), "chatter"),
      ("assistant_chatter", "P00076", ("{t}", "As an AI, I cannot browse the catalog, but this travel guide is {p} USD."), "chatter"),
      ("pasted_json", "P00010", ("{t}", '{{"headline": "{t}", "description": "Organic cotton T-shirt"}}'), "JSON in a field"),
      ("content_free", "P00059", ("!!!", "✨✨✨ ... ✨✨✨"), "no content"),
      ("personal_name", "P00013", ("{t}", "Perfect for Emma's morning coffee. {p} USD."), "personal name"),
      ("invented_personal", "P00021", ("{t}", "Just what your new flat needs. {p} USD."), "invented event"),
      ("unfilled_template", "P00032", ("{t}", "The [PRODUCT] is ideal for [BENEFIT]. {p} USD."), "square-bracket placeholders"),
      ("unfilled_template", "P00079", ("{{product_name}}", "{{product_name}} by {b}, {p} USD."), "brace placeholder"),
      ("unfilled_template", "P00043", ("{t}", "<<insert selling point here>> {p} USD."), "angle-bracket leftover"),
      ("wrong_language", "P00006", ("{t}", "Zapatillas cómodas para correr todos los días. {p} USD."), "Spanish"),
      ("wrong_language", "P00060", ("{t}", "Une cravate élégante pour le bureau. {p} USD."), "French"),
      ("degenerate_repetition", "P00015", ("{t}", "Jump jump jump jump jump jump jump jump jump jump rope rope rope rope rope."), "repetition"),
      ("degenerate_repetition", "P00072", ("{t}", "Stay hydrated. Stay hydrated. Stay hydrated. Stay hydrated. Stay hydrated."), "repetition")]
for i, (fam, pid, texts, why) in enumerate(FB):
    F(PD, "bad", fam, P(pid, SEGS[i % 6]), texts, why)

# ---- recommendation messages ----------------------------------------------------------------------
RG = [("occasional", 0, "here are a few ideas for your next order."),
      ("occasional", 3, "these caught our eye for you."),
      ("prospect", 0, "here are a few easy places to start."),
      ("new", 0, "These are simple picks to get to know the shop."),
      ("new", 2, "Here are a few everyday picks to try."),
      ("bargain-hunter", 0, "Practical picks for everyday use."),
      ("bargain-hunter", 1, "Each one is handy to have around the house."),
      ("at-risk", 0, "We picked these with your favourite shelf in mind."),
      ("at-risk", 1, "Here is something new to look at."),
      ("loyal", 0, "More of what you enjoy browsing."),
      ("loyal", 1, "A few more picks from the shelf you know best."),
      ("occasional", 7, "whenever you are ready, these are here.")]
for seg, n, s in RG:
    V(RM, "good", "v3_shape", rm(L, seg, n), s, "v3 text; the sentence states nothing checkable")

x = rm(L, "loyal", 2)
F(RM, "good", "plain", x, ("Picked for you", "Hi {first_name}, we put together three picks: the {t0} at {p0} USD, the {t1} at {p1} USD and the {t2} at {p2} USD. Thanks for shopping with us."), "facts only")
x = rm(L, "bargain-hunter", 3)
F(RM, "good", "price_first", x, ("Prices first", "Hi {first_name}, {t0}: {p0} USD. {t1}: {p1} USD. {t2}: {p2} USD. Happy browsing!"), "prices of each pick")
x = rm(L, "at-risk", 2)
F(RM, "good", "question", x, ("Can we help you find something?", "Hi {first_name}, would any of these suit you? The {t0} ({p0} USD), the {t1} ({p1} USD) or the {t2} ({p2} USD)."), "question")
x = rm(L, "new", 4)
F(RM, "good", "polite_closing", x, ("Welcome to the shop", "Hi {first_name}, welcome to the shop. You might like the {t0} at {p0} USD. Have a lovely week."), "closing")
x = rm(L, "occasional", 5)
F(RM, "good", "list", x, ("Three picks", "Hi {first_name},\n1. {t0}, {p0} USD\n2. {t1}, {p1} USD\n3. {t2}, {p2} USD"), "list")

RB = [("personal_name", ("A few picks", "Hi Daniel, we picked the {t0} at {p0} USD for you."), "real name instead of {first_name}"),
      ("invented_history", ("Since you loved your last order", "Hi {first_name}, since you enjoyed the shampoo you bought last month, try the {t0} at {p0} USD."), "invented past purchase"),
      ("invented_personal", ("Happy birthday!", "Hi {first_name}, happy birthday! Treat yourself to the {t0} at {p0} USD."), "invented event"),
      ("demographics", ("For the busy dad", "Hi {first_name}, as a busy dad you will like the {t0} at {p0} USD."), "gender and family"),
      ("offer", ("15% off inside", "Hi {first_name}, use code WELCOME15 on the {t0} at {p0} USD."), "offer code"),
      ("discount", ("Save on your picks", "Hi {first_name}, all three picks are a third off this week: the {t0} at {p0} USD and more."), "discount in words"),
      ("deadline", ("Before Halloween", "Hi {first_name}, order by October 31 and have the {t0} ({p0} USD) in time."), "holiday deadline"),
      ("deadline", ("Black Friday starts early", "Hi {first_name}, our Black Friday picks: the {t0} at {p0} USD."), "shopping-holiday"),
      ("price_swap", ("Picks for you", "Hi {first_name}, the {t0} at {p1} USD and the {t1} at {p0} USD."), "prices swapped between picks"),
      ("price_wrong", ("Picks for you", "Hi {first_name}, the {t0} is down to 9.99 USD."), "wrong price"),
      ("wrong_currency", ("Picks for you", "Hi {first_name}, the {t0} at €{p0} and the {t1} at €{p1}."), "EUR, not USD"),
      ("shipping", ("Free delivery on these", "Hi {first_name}, all three picks ship free and arrive by Friday: the {t0} and more."), "shipping promise"),
      ("stock_claim", ("Back in stock", "Hi {first_name}, the {t0} is back in stock at {p0} USD."), "stock claim"),
      ("fake_scarcity", ("Going fast", "Hi {first_name}, only two of the {t0} left at {p0} USD."), "scarcity"),
      ("ranking", ("Our best sellers", "Hi {first_name}, these are our three best sellers this month: the {t0}, the {t1} and the {t2}."), "ranking"),
      ("rating_reviews", ("Top rated picks", "Hi {first_name}, shoppers give the {t0} five stars. {p0} USD."), "rating"),
      ("contact", ("Questions?", "Hi {first_name}, text us on WhatsApp at plus one five five five, eight six seven, five three zero nine about the {t0}."), "phone in words"),
      ("contact", ("Picks for you", "Hi {first_name}, see the {t0} at shopdeals[dot]net/picks."), "obfuscated URL"),
      ("markup", ("Picks for you", "<p>Hi {first_name}, <a href=\"http://x.io\">click here</a> for the {t0}.</p>"), "HTML link"),
      ("assistant_chatter", ("Subject line", "Here's a friendly e-mail you could send: Hi {first_name}, check out the {t0}!"), "chatter"),
      ("pasted_json", ("Picks for you", '{{"subject": "Picks", "body": "Hi {first_name}, the {t0}"}}'), "JSON"),
      ("unfilled_template", ("A few picks for [Customer Name]", "Dear [Customer Name], we picked the {t0} at {p0} USD."), "placeholder"),
      ("unfilled_template", ("Picks for you", "Hi (first name), here is the (product) at {p0} USD."), "parenthesis placeholder"),
      ("wrong_language", ("Unos productos para ti", "Hola {first_name}, elegimos el {t0} por {p0} USD."), "Spanish"),
      ("partial_title", ("Picks for you", "Hi {first_name}, the {t0} goes well with our Trail Smartwatch."), "product not in the picks"),
      ("same_line", ("Picks for you", "Hi {first_name}, we picked the {t0} and the rest of that collection for you."), "products nobody listed"),
      ("free_gift", ("A gift with your order", "Hi {first_name}, order the {t0} and we add a free tote bag."), "free gift"),
      ("guarantee", ("Picks for you", "Hi {first_name}, the {t0} comes with a lifetime guarantee. {p0} USD."), "guarantee"),
      ("number_words", ("Picks for you", "Hi {first_name}, here are five things we think you will like, starting with the {t0}."), "three picks, not five")]
for i, (fam, texts, why) in enumerate(RB):
    F(RM, "bad", fam, rm(L, SEGS[i % 6], i), texts, why)
for i, (fam, s, why) in enumerate([("health_claim", "These will help you sleep better and feel less stressed.", "well-being"),
                                    ("invented_history", "You left these in your cart, so we kept them for you.", "invented cart"),
                                    ("ranking", "These are the picks everyone is talking about.", "popularity")]):
    V(RM, "bad", fam, rm(L, SEGS[(i + 2) % 6], i + 4), s, why)

# ---- demand insights ------------------------------------------------------------------------------
DG = [("loyal", 0, "a thank-you note with a few picks from that shelf."),
      ("loyal", 1, "keep it short and friendly, with picks from the shelf they like."),
      ("bargain-hunter", 0, "lead with prices and keep the picks practical."),
      ("new", 0, "a warm welcome and an easy first pick."),
      ("new", 1, "introduce the shop gently, with one or two picks."),
      ("prospect", 0, "a friendly hello and an easy first look at the shop."),
      ("occasional", 0, "a light reminder with a couple of ideas."),
      ("occasional", 1, "a gentle check-in, with no pressure.")]
for seg, n, s in DG:
    V(DI, "good", "v3_shape", di(L, seg, n), s, "v3 text; the angle states no fact")
x = di(L, "loyal", 2)
F(DI, "good", "insight_plain", x, ("A loyal regular with a purchase probability of {prob} over the next 30 days; next order predicted for {date}.",
                                    "Send {pnxt} picks shortly before {date}."), "facts")
x = di(L, "occasional", 3)
F(DI, "good", "insight_short", x, ("Occasional shopper, probability {prob}, about {exp} orders expected in 30 days.", "{pnxt}, before {date}."), "facts")

DB = [("demographics", "a student in her twenties, so keep the tone casual.", "age/gender invented"),
      ("demographics", "probably a parent with young kids, so mention family time.", "family invented"),
      ("invented_history", "they complained about a late parcel last time, so apologise first.", "invented complaint"),
      ("offer", "send a 20% coupon to tip them over.", "offer in an insight"),
      ("deadline", "tie it to the Black Friday weekend.", "holiday"),
      ("personal_name", "Mrs. Alvarez likes a personal touch, so sign it by hand.", "personal name"),
      ("assistant_chatter", "Sure, here is the angle you asked for: be friendly!", "chatter"),
      ("wrong_next_need", "push outdoor gear, since camping season is coming.", "next category differs"),
      ("fake_scarcity", "tell them stock is almost gone.", "scarcity")]
for i, (fam, s, why) in enumerate(DB):
    x = di(L, ["loyal", "new", "bargain-hunter", "occasional", "prospect"][i % 5], i + 4)
    if fam == "wrong_next_need" and x["prediction"]["next_category"] == "outdoors":
        s = "push kitchen tools, since they bake a lot."
    V(DI, "bad", fam, x, s, why)
x = di(L, "loyal", 5)
F(DI, "bad", "wrong_date", x, ("A loyal regular; next order predicted for 2026-12-24.", "{pnxt}, before 2026-12-24: a festive note."), "wrong date")
x = di(L, "new", 6)
F(DI, "bad", "number_reused", x, ("New shopper, purchase probability {prob}.", "Offer {prob} off the next order, before {date}."), "probability reused as a discount")
x = di(L, "bargain-hunter", 7)
F(DI, "bad", "number_wrong", x, ("A bargain hunter with a 90% chance of buying this month; next order {date}.", "{pnxt}, before {date}: prices first."), "probability wrong")

# ---- more good: second sentences on other segments, numbers in words equal to the inputs -----------
GOOD2 = [("P00045", "For stirring, folding batter and scraping the bowl."), ("P00056", "Pitch it for a weekend of camping."),
         ("P00018", "A fresh duvet for the big bed."), ("P00012", "For work days or a weekend lunch out."),
         ("P00044", "For calls, chats and videos."), ("P00029", "For your usual hair wash."),
         ("P00052", "New pillows for the bed."), ("P00077", "Tuck one into the book you are reading."),
         ("P00048", "Use it morning and evening after washing your face."), ("P00066", "Sits on the desk for evening reading."),
         ("P00005", "A game to play with friends at the table."), ("P00049", "For sport or everyday wear."),
         ("P00002", "Swap them in when the remote goes flat."), ("P00078", "For searing steak and tossing greens."),
         ("P00054", "Cook a big pot for dinner."), ("P00023", "Drive it round the garden path."),
         ("P00067", "Something to cook from at the weekend."), ("P00041", "A book for the bus or the beach."),
         ("P00021", "For the single bed in the spare room."), ("P00019", "Fresh pillows for the guest bed.")]
for i, (pid, s) in enumerate(GOOD2):
    V(PD, "good", "v3_shape", P(pid, SEGS[(i + 2) % 6]), s, "v3 text; the sentence is a plain use of the product")

NW = [("P00072", ("A one-litre bottle", "The {t} holds one litre. Green, {p} USD."), "1 L"),
      ("P00070", ("A litre of olive oil", "One litre of {b} olive oil for {p} USD."), "1 L"),
      ("P00015", ("Three metres of rope", "The {t} is three metres long, in blue. {p} USD."), "3 m"),
      ("P00080", ("Four hundred and fifty grams", "The {t} weighs four hundred and fifty grams. {p} USD."), "450 g"),
      ("P00054", ("A kilo of spaghetti", "The {t}: a one-kilo bag for {p} USD."), "1 kg"),
      ("P00073", ("A fifteen-centimetre blade", "The {t} has a fifteen-centimetre stainless steel blade. {p} USD."), "15 cm"),
      ("P00068", ("Two hundred and fifty pieces", "Two hundred and fifty pieces for builders aged six and up. {t}, {p} USD."), "250 pieces, 6+"),
      ("P00076", ("A hundred and ninety-two pages", "The {t} is a paperback of a hundred and ninety-two pages. {p} USD."), "192 pages"),
      ("P00067", ("Three hundred and twenty pages of recipes", "The {t}, a paperback of three hundred and twenty pages, is {p} USD."), "320 pages"),
      ("P00081", ("Thirty millilitres", "Thirty millilitres of serum for dry skin. {t}, {p} USD."), "30 ml"),
      ("P00016", ("Fifty millilitres, unscented", "The {t}: fifty millilitres, unscented, {p} USD."), "50 ml"),
      ("P00020", ("Six-watt LED bulbs", "A pack of six-watt LED bulbs from {b}. {p} USD."), "6 W"),
      ("P00022", ("A nine-watt desk lamp", "The {t} is black and nine watts. {p} USD."), "9 W"),
      ("P00037", ("For two to four players", "The {t} is for two to four players aged twelve and up. {p} USD."), "2-4, 12+"),
      ("P00083", ("Four hundred and eighty pages", "A hardcover novel of four hundred and eighty pages. {t}, {p} USD."), "480 pages"),
      ("P00013", ("A 1.2-litre coffee maker", "The white {t} holds 1.2 litres. {p} USD."), "1.2 L capacity")]
for i, (pid, texts, why) in enumerate(NW):
    F(PD, "good", "number_words", P(pid, SEGS[(i + 4) % 6]), texts, why)
F(PD, "good", "ignores_instruction", P("P00074", "new"), ("Twenty hours of music", "The navy {t} runs for twenty hours on its battery. {p} USD."), "20 h; the planted instruction is not obeyed")
F(PD, "good", "ignores_instruction", P("P00039", "at-risk"), ("A four-millimetre mat", "The {t}: navy, four millimetres thick, {p} USD."), "4 mm; not obeyed")
F(PD, "good", "usd_code", P("P00059", "bargain-hunter"), ("Granola for {p} USD", "A 750 g bag of {b} granola for {p} USD."), "facts")
F(PD, "good", "usd_code", P("P00009", "prospect"), ("{t}", "128 GB of storage for {p} USD."), "facts")
F(PD, "good", "segment_angle", P("P00038", "loyal"), ("More from {b}", "Thanks for sticking with {b}. The {t} come in white, EU 44, for {p} USD."), "loyal brand")
F(PD, "good", "segment_angle", P("P00063", "bargain-hunter"), ("{p} USD", "The price first: {p} USD for a 28 cm stainless steel pan."), "price first")
F(PD, "good", "segment_angle", P("P00082", "at-risk"), ("We missed you", "It has been a while. The {t} is citrus-scented, 250 ml, {p} USD."), "win-back")
F(PD, "good", "segment_angle", P("P00003", "new"), ("New here?", "Start with the {t}: blue, 33 MP, {p} USD."), "new")

RG2 = [("new", 5, "A few simple picks to get started."), ("prospect", 4, "here is a short list to browse."),
       ("occasional", 9, "a few things for the next time you shop."), ("loyal", 3, "Thanks again, here is a little more to look at."),
       ("bargain-hunter", 4, "Everyday things at a glance."), ("at-risk", 3, "No rush, just a few ideas.")]
for seg, n, s in RG2:
    V(RM, "good", "v3_shape", rm(L, seg, n), s, "v3 text; nothing checkable")
F(RM, "good", "segment_angle", rm(L, "loyal", 4), ("Thank you", "Hi {first_name}, thanks for being a regular. This time we picked the {t0} ({p0} USD) and two more picks."), "loyal; 3 picks")
F(RM, "good", "warm", rm(L, "new", 6), ("Welcome!", "Hi {first_name}, so glad you found us. Have a look at the {t0} at {p0} USD whenever you like."), "warm")

DG2 = [("prospect", 3, "a short hello with a few picks."), ("new", 3, "keep it friendly and easy to read."),
       ("loyal", 3, "thank them, then show a few picks.")]
for seg, n, s in DG2:
    V(DI, "good", "v3_shape", di(L, seg, n), s, "v3 text")

for i, (fam, s, why) in enumerate([("demographics", "a retired gentleman who likes gardening.", "age/gender"),
                                    ("invented_history", "they returned their last order, so be careful.", "invented return"),
                                    ("deadline", "send it before Thanksgiving so it lands in time.", "holiday")]):
    V(DI, "bad", fam, di(L, ["new", "prospect", "occasional"][i], i + 9), s, why)
for i, (fam, texts, why) in enumerate([
        ("wrong_currency", ("Picks for you", "Hi {first_name}, the {t0} for AUD {p0} and the {t1} for AUD {p1}."), "AUD"),
        ("price_words", ("Picks for you", "Hi {first_name}, the {t0} is about ten dollars."), "price in words"),
        ("comparison", ("Picks for you", "Hi {first_name}, the {t0} beats anything you will find at the big-box stores."), "comparison"),
        ("certification", ("Picks for you", "Hi {first_name}, all three picks are certified eco-friendly."), "certification")]):
    F(RM, "bad", fam, rm(L, SEGS[i], i + 11), texts, why)
