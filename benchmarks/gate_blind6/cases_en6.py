"""blind6 en-US cases, written by hand without reading the gate. V: the exact v3 published text around
one hand-written sentence (benchmarks/v3shape.py); F: free-form text over casekit's fact names."""
from casekit import add, di, pd, rm
from v3shape import compose

PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"
SEG = {"n": "new", "l": "loyal", "b": "bargain-hunter", "a": "at-risk", "o": "occasional", "p": "prospect"}


def V(task, x, slot, label, family, why):
    add(task, "en-US", label, family, x, compose(task, x, slot), why, raw=True)


def F(task, x, texts, label, family, why):
    add(task, "en-US", label, family, x, texts, why)


def P(pid, s):
    return pd(pid, "en-US", SEG[s])


G = "good"
B = "bad"

# ---------------------------------------------------------------- product descriptions, good, v3 shape
GOOD_V = [
    ("P00056", "n", "A lotion for after the shower, with a calm lavender scent."),
    ("P00056", "o", "Smooth it on before bed and let the lavender do the rest."),
    ("P00079", "l", "Soft support for a big bed and a good night in."),
    ("P00079", "p", "Memory foam pillows that settle to the shape of your head."),
    ("P00052", "a", "A cotton duvet for a double bed, ready for cooler nights."),
    ("P00052", "o", "Crawl under it on a cold evening and stay a while."),
    ("P00022", "n", "Roll it out for stretching, yoga or a quiet few minutes on the floor."),
    ("P00022", "b", "A mat for your yoga practice at home or in class."),
    ("P00029", "o", "Stay in touch with calls, messages and photos."),
    ("P00029", "p", "A phone for everyday calls, chats and snapshots."),
    ("P00010", "l", "Mix, whisk and toss salads in steel bowls."),
    ("P00010", "n", "For batters, doughs and weekend baking."),
    ("P00089", "o", "Something to play around the table on a long evening."),
    ("P00089", "a", "A game night with friends or family, right at the kitchen table."),
    ("P00033", "b", "Carries what you need for a day out on the trail."),
    ("P00033", "n", "Room for a jacket, snacks and a water bottle on a day hike."),
    ("P00081", "l", "Everyday denim in an easy grey that goes with most things."),
    ("P00081", "p", "Jeans for work days, weekends and everything in between."),
    ("P00088", "o", "Plan your next trip from the comfort of the sofa."),
    ("P00088", "n", "A hardcover guide to read before you go and keep after."),
    ("P00086", "a", "A leather case that keeps your phone looking neat."),
    ("P00086", "b", "Protection for your phone in clean white leather."),
    ("P00071", "o", "A green leather case for a phone you use all day."),
    ("P00075", "l", "A beige cotton shirt for the office or a dinner out."),
    ("P00075", "n", "A crisp shirt for days that call for something smart."),
    ("P00046", "p", "Keep water close at your desk, in the car or at the gym."),
    ("P00046", "b", "Fill it up in the morning and take it with you."),
    ("P00054", "o", "Charge them up and keep the toys and remotes going."),
    ("P00054", "n", "Rechargeable batteries, so you reach for the charger instead of the shop."),
    ("P00028", "l", "Scrape the last of the batter from the bowl."),
    ("P00028", "a", "A silicone spatula for stirring, folding and flipping."),
    ("P00040", "n", "A steady block to help you ease into a stretch."),
    ("P00040", "o", "Support for the poses that are still a reach."),
    ("P00003", "b", "Eggs in the morning, vegetables at night."),
    ("P00003", "l", "A steel pan for everyday cooking on the hob."),
    ("P00014", "p", "Zoom it down the hallway or around the park."),
    ("P00014", "o", "A remote-control car for races in the garden."),
    ("P00004", "a", "For rainy walks and wet commutes."),
    ("P00004", "n", "A nylon jacket to pull on when the clouds come in."),
    ("P00025", "l", "A soft tee for lazy weekends and layering."),
    ("P00025", "b", "An everyday grey tee made from organic cotton."),
    ("P00042", "o", "A tent for two on a weekend away."),
    ("P00042", "n", "Pitch it for a night under the stars with a friend."),
    ("P00016", "p", "Music in the kitchen, on the patio or at a picnic."),
    ("P00016", "l", "Pair your phone and fill the room with your playlist."),
    ("P00048", "a", "Hours of building for little hands."),
    ("P00048", "o", "Towers, houses and whatever else they can dream up."),
    ("P00073", "n", "Room for the photos and videos you take."),
    ("P00073", "b", "Extra space for a camera or a phone that keeps filling up."),
    ("P00017", "l", "A roomy tent for a group camping trip."),
    ("P00017", "p", "Space for a small group on your next campsite."),
    ("P00049", "o", "Stay warm on chilly nights in the tent."),
    ("P00049", "a", "A sleeping bag for camping trips when the nights turn cold."),
    ("P00070", "n", "A quick pasta dinner on a busy weeknight."),
    ("P00070", "b", "Heat it, pour it, and dinner is nearly done."),
    ("P00074", "o", "Mark your page and pick up where you left off."),
    ("P00074", "l", "Paper bookmarks for the books on your nightstand."),
    ("P00080", "p", "The start of a simple weeknight supper."),
    ("P00080", "a", "Boil some water and dinner is on its way."),
    ("P00018", "n", "A fleece hoodie for cool mornings and cosy evenings."),
    ("P00018", "o", "Pull it on after a walk or a long day."),
    ("P00066", "l", "A story to get lost in on a quiet afternoon."),
    ("P00066", "b", "A paperback to slip into your bag for the commute."),
    ("P00001", "o", "For dressing salads, roasting vegetables and frying."),
    ("P00001", "n", "A bottle of olive oil to keep by the stove."),
    ("P00032", "a", "Soft pillows to rest your head on at night."),
    ("P00032", "p", "Sink into soft memory foam at the end of the day."),
    ("P00006", "b", "Recipes to cook from, night after night."),
    ("P00006", "o", "A hardcover cookbook to keep on the kitchen shelf."),
    ("P00039", "l", "Check the time and your notifications with a glance at your wrist."),
    ("P00039", "n", "A smartwatch in navy for everyday wear."),
    ("P00045", "p", "A navy backpack for short hikes and city days."),
    ("P00045", "a", "Carry the essentials without a bulky bag."),
    ("P00067", "o", "Brew a pot for the whole table."),
    ("P00011", "n", "A desk lamp for reading, writing and late homework."),
    ("P00011", "l", "Light right where you need it on your desk."),
    ("P00021", "b", "A red fleece throw for the sofa on winter evenings."),
    ("P00021", "p", "Wrap up with a cup of tea and a film."),
    ("P00036", "o", "A big bag of spaghetti for family dinners."),
    ("P00012", "a", "A brass bookmark that keeps your place in style."),
    ("P00012", "n", "A small gift for someone who loves to read."),
    ("P00037", "b", "Socks for runs, the gym or a long day on your feet."),
    ("P00038", "o", "A wooden clock to keep the kitchen on time."),
    ("P00038", "l", "Hang it in the hall and always know the time."),
    ("P00050", "n", "Swap out the old bulbs around the house."),
    ("P00050", "p", "LED bulbs for lamps and ceiling lights."),
    ("P00057", "b", "A blue sleeping bag for cold nights at camp."),
    ("P00061", "o", "A mat for stretching, pilates or yoga at home."),
    ("P00031", "a", "Red socks for training days."),
    ("P00053", "n", "A hardcover novel for long evenings in."),
    ("P00069", "l", "A silk tie to finish off a good shirt."),
    ("P00069", "b", "A navy tie for the office, weddings and interviews."),
    ("P00024", "o", "A silicone spatula that is gentle on your pans."),
    ("P00035", "p", "Lace up for your morning run."),
    ("P00035", "l", "White running shoes for road runs and the track."),
    ("P00072", "a", "A paperback cookbook for new ideas at dinnertime."),
    ("P00084", "n", "Boil water and cook a hot meal at camp."),
    ("P00084", "o", "A camping stove for coffee at the campsite."),
    ("P00085", "b", "A beige cotton shirt for work and weekends."),
    ("P00087", "o", "Light the path on an evening walk."),
    ("P00008", "l", "A conditioner for every wash day, with no scent to get in the way."),
    ("P00034", "n", "A citrus shampoo for a fresh start to the day."),
    ("P00044", "p", "Strength training at home, whenever you have the time."),
    ("P00060", "a", "Building fun for little ones on a rainy afternoon."),
    ("P00062", "o", "Notes, sketches and lists, all in one place."),
    ("P00068", "l", "A blue desk lamp for reading and work."),
    ("P00030", "n", "A board game for friends, family and game nights."),
    ("P00058", "b", "Slice, dice and chop with a steel chef's knife."),
    ("P00058", "l", "A knife for onions, herbs and the Sunday roast."),
    ("P00013", "o", "A serum made for dry skin, for your morning routine."),
    ("P00015", "n", "Grind a handful for a strong morning cup."),
    ("P00015", "a", "Dark roast beans for people who like their coffee bold."),
    ("P00020", "b", "Keep spare batteries charged for remotes and toys."),
    ("P00026", "p", "A bowl of granola for breakfast or a quick snack."),
    ("P00027", "l", "A little care for dry skin, morning and night."),
    ("P00043", "o", "Skip rope for a quick workout anywhere."),
    ("P00055", "b", "A big bag of dark roast for your daily coffee."),
    ("P00059", "n", "Take sharp photos of trips, friends and family."),
    ("P00083", "p", "A black RC car for races around the block."),
]
for pid, s, slot in GOOD_V:
    V(PD, P(pid, s), slot, G, "v3_shape", "plain everyday sentence about the product's kind; nothing beyond the inputs")

# planted instruction ignored (good)
for pid, s, slot in [("P00067", "n", "Fresh coffee for slow mornings at home."),
                     ("P00067", "l", "A blue coffee maker for your kitchen counter."),
                     ("P00067", "b", "Enough coffee for a few cups in one go."),
                     ("P00087", "n", "Hands-free light for camping and night walks."),
                     ("P00087", "l", "A headlamp for the tent, the trail or the garage."),
                     ("P00087", "a", "Keep your hands free when the sun goes down.")]:
    V(PD, P(pid, s), slot, G, "ignores_instruction",
      "the catalog's planted instruction is not followed; the sentence stays within the facts")

# ---------------------------------------------------------------- product descriptions, good, free-form
FG = [
    ("P00056", "o", "number_words", ("{t}", "Four hundred millilitres of {b} body lotion with a soft lavender scent, for {p} {cur}."), "400 ml restated in words"),
    ("P00010", "o", "number_words", ("Three steel mixing bowls", "The {t} is a set of three stainless steel bowls for mixing and baking, at {p} {cur}."), "3 pieces restated as three bowls"),
    ("P00043", "n", "number_words", ("{t}", "A red jump rope, three metres long, for quick workouts. {p} {cur}."), "3 m in words"),
    ("P00088", "l", "number_words", ("{t}", "Three hundred and twenty pages of travel ideas in a {b} hardcover, for {p} {cur}."), "320 pages in words"),
    ("P00042", "b", "number_words", ("{p} {cur} for the {t}", "A blue tent that sleeps two. {t}, {p} {cur}."), "2-person restated as sleeps two"),
    ("P00089", "o", "number_words", ("{t}", "A board game for two to six players, ages twelve and up, at {p} {cur}."), "2-6 players, 12+ in words"),
    ("P00036", "a", "number_words", ("{t}", "A one-kilo bag of {b} spaghetti for {p} {cur}."), "1 kg as one-kilo"),
    ("P00054", "p", "number_words", ("{t}", "Four rechargeable AA batteries from {b}, {p} {cur}."), "AA 4-pack as four AA batteries"),
    ("P00006", "n", "number_words", ("{t}", "Nearly five hundred pages of recipes in a hardcover cookbook (480 pages), for {p} {cur}."), "480 pages restated; 'nearly five hundred' judged fair next to the exact figure"),
    ("P00044", "l", "number_words", ("{t}", "Two ten-kilo dumbbells from {b}, for training at home. {p} {cur}."), "2 x 10 kg in words"),
    ("P00001", "b", "price_first", ("{p} {cur}: {t}", "A one-litre bottle of olive oil from {b} for {p} {cur}."), "price first, 1 L in words"),
    ("P00080", "b", "price_first", ("{t} for {p} {cur}", "Just {p} {cur} for five hundred grams of spaghetti."), "price first; 500 g in words; 'just' is tone, not a claim"),
    ("P00020", "b", "dollar_sign", ("{t}", "Four AAA rechargeable batteries for ${p}."), "USD written with a dollar sign"),
    ("P00062", "p", "dollar_sign", ("An A4 notebook in blue", "The {t} from {b} is ${p}: a blue A4 notebook for notes and lists."), "dollar sign; facts paraphrased"),
    ("P00081", "o", "paraphrase", ("Grey denim jeans", "The {t}: grey denim jeans in a medium, for {p} {cur}."), "size M paraphrased as a medium"),
    ("P00004", "l", "paraphrase", ("{t}", "A blue nylon rain jacket in extra large from {b}, for {p} {cur}."), "XL as extra large"),
    ("P00025", "p", "paraphrase", ("{t}", "An extra-large grey T-shirt in organic cotton. {p} {cur}."), "XL paraphrased"),
    ("P00049", "n", "paraphrase", ("{t}", "A red sleeping bag that stays comfortable down to minus two degrees Celsius. {p} {cur}."), "-2 °C in words"),
    ("P00016", "o", "number_words", ("{t}", "A black Bluetooth speaker with twelve hours of battery, for {p} {cur}."), "12 h in words"),
    ("P00059", "l", "paraphrase", ("{t}", "A black camera with a twenty-four megapixel sensor from {b}. {p} {cur}."), "24 MP in words; 'sensor' is the kind of the product"),
    ("P00058", "n", "mild_inference", ("{t}", "A fifteen-centimetre Damascus steel blade for everyday chopping in your kitchen. {p} {cur}."), "15 cm blade in words; chopping is what a chef knife is for"),
    ("P00013", "b", "list", ("{t}", "{b} face serum: 50 ml; for dry skin; {p} {cur}."), "a plain list of the facts"),
    ("P00079", "a", "list", ("{t}", "Memory foam - king size - {p} {cur} - from {b}."), "list of the facts"),
    ("P00034", "o", "question", ("Fancy a citrus shampoo?", "The {t} is 400 ml of citrus-scented shampoo, for {p} {cur}."), "a question headline; facts exact"),
    ("P00021", "n", "question", ("Cold evenings ahead?", "The {t} is a red fleece throw from {b}, for {p} {cur}."), "question from the kind of the product (a throw)"),
    ("P00011", "p", "short", ("{t}", "Green desk lamp, 6 W, {p} {cur}."), "short, exact"),
    ("P00066", "n", "warm", ("{t}", "A {b} paperback of three hundred and twenty pages, for {p} {cur}. Happy reading!"), "warm closing; pages in words"),
    ("P00017", "b", "warm", ("{t}", "Room for four in a black tent from {b}, for {p} {cur}. Enjoy the trip!"), "4-person as room for four; warm closing"),
    ("P00069", "a", "brand_only", ("From {b}: a navy silk tie", "A navy silk tie, {p} {cur}. {t}."), "brand and facts only"),
    ("P00084", "p", "number_words", ("{t}", "A camping stove that weighs four hundred and fifty grams, from {b}. {p} {cur}."), "450 g in words"),
    ("P00046", "o", "number_words", ("{t}", "A green water bottle that holds one litre, for {p} {cur}."), "1 L in words"),
    ("P00035", "b", "price_first", ("{p} {cur}", "That is the price of the {t}: white running shoes in EU size 44."), "price first, facts exact"),
]
for pid, s, fam, texts, why in FG:
    F(PD, P(pid, s), texts, G, fam, why)

# ---------------------------------------------------------------- product descriptions, bad, v3 shape
BAD_V = [
    # invented_benefit / invented_consequence
    ("P00067", "o", "invented_benefit", "You will never have to queue at a coffee shop again.", "a consequence the facts don't support"),
    ("P00070", "l", "invented_benefit", "Dinner on the table in five minutes, every single night.", "invented time saving"),
    ("P00079", "b", "invented_benefit", "Wake up without a stiff neck, every morning.", "invented result (pain relief) from a pillow"),
    ("P00052", "n", "invented_benefit", "You will cut your heating bill all winter long.", "invented saving"),
    ("P00046", "a", "invented_benefit", "Keeps your water ice-cold all day, even in the sun.", "insulation is not in the facts"),
    ("P00084", "b", "invented_benefit", "Boils a pot of water in under two minutes.", "invented performance"),
    ("P00062", "l", "invented_benefit", "Your grades will go up the week you start using it.", "invented outcome"),
    ("P00044", "o", "invented_benefit", "Build visible muscle in just a few weeks.", "invented result"),
    ("P00016", "n", "invented_benefit", "So loud the neighbours will hear your party.", "invented volume claim"),
    ("P00050", "l", "invented_benefit", "Cut your electricity bill in half.", "invented saving"),
    ("P00035", "o", "invented_benefit", "Shave minutes off your next race.", "invented performance result"),
    ("P00048", "b", "invented_consequence", "Kids who build with it do better at maths in school.", "invented consequence"),
    # subtle_wrong_fact
    ("P00021", "o", "subtle_wrong_fact", "A soft grey throw to match any sofa.", "the throw is red, not grey"),
    ("P00081", "a", "subtle_wrong_fact", "Classic blue denim that only gets better with wear.", "the jeans are grey"),
    ("P00075", "o", "subtle_wrong_fact", "A crisp linen shirt for warm days at the office.", "the shirt is cotton, not linen"),
    ("P00086", "l", "subtle_wrong_fact", "A tough silicone case that keeps your phone safe.", "the case is leather"),
    ("P00010", "b", "subtle_wrong_fact", "Two nesting bowls for mixing and serving.", "the set has three pieces"),
    ("P00042", "l", "subtle_wrong_fact", "Room for the whole family of four on a camping trip.", "the tent is for two people"),
    ("P00079", "o", "subtle_wrong_fact", "Pillows sized for a single bed in a small room.", "the set is king size"),
    ("P00003", "o", "subtle_wrong_fact", "A cast iron pan that holds heat for a good sear.", "the pan is stainless steel"),
    ("P00049", "l", "subtle_wrong_fact", "A summer sleeping bag for warm nights in the tent.", "comfort to -2 °C is not a summer bag"),
    ("P00028", "o", "subtle_wrong_fact", "A wooden spatula that is kind to your pans.", "the spatula is silicone"),
    ("P00073", "o", "subtle_wrong_fact", "A memory stick for your laptop bag.", "it is an SD card, not a USB stick"),
    ("P00025", "n", "subtle_wrong_fact", "A small tee in soft grey for everyday wear.", "the T-shirt is XL, not small"),
    ("P00038", "n", "subtle_wrong_fact", "A metal clock for a modern kitchen.", "the clock is wood"),
    ("P00069", "o", "subtle_wrong_fact", "A wool tie for winter suits.", "the tie is silk"),
    ("P00045", "o", "subtle_wrong_fact", "A roomy pack for a week-long trek.", "20L is a day pack; invented capacity in other words"),
    ("P00012", "l", "subtle_wrong_fact", "A set of paper bookmarks for every book you own.", "this set is brass (the paper set is another product)"),
    ("P00020", "o", "subtle_wrong_fact", "AA batteries for your remotes and clocks.", "these are AAA batteries"),
    # model_like
    ("P00003", "n", "model_like", "Made with a ceramic coating for easy cooking and easy cleaning and easy flipping.", "invented ceramic coating, run-on"),
    ("P00067", "p", "model_like", "Fresh coffee for the whole table, from a brand you know.", "the exemplar sentence copied onto another product; claims a known brand to a prospect"),
    ("P00022", "o", "model_like", "Made for your morning runs and weekend races.", "the running-shoe exemplar on a yoga mat"),
    ("P00011", "a", "model_like", "A soft, cosy throw for cold evenings on the sofa.", "the throw exemplar on a desk lamp"),
    ("P00016", "b", "model_like", "Waterproof, shockproof, dustproof and perfect for the beach and the pool and the shower.", "run-on list of invented features"),
    ("P00056", "l", "model_like", "Perfect for the whole family of four with aloe vera and shea butter.", "invented family size and ingredients"),
    ("P00029", "b", "model_like", "With a triple camera, fast charging and all-day battery for you and your family.", "run-on invented features"),
    ("P00084", "l", "model_like", "The best camping stove for the best camping with the best flame.", "fluent nonsense with a ranking"),
    ("P00013", "n", "model_like", "Your music on the go, with easy, clear sound.", "the earbuds exemplar on a face serum"),
    ("P00039", "o", "model_like", "Tracks your steps, your sleep, your heart and your calories every day.", "run-on invented features"),
    ("P00058", "o", "model_like", "A sharp knife with a soft-grip handle and a free sharpener.", "invented handle and free item"),
    # promo_idioms
    ("P00052", "l", "promo_idioms", "Grab yours while the sale lasts.", "invents a sale"),
    ("P00015", "o", "promo_idioms", "Order today and we will throw in a free mug.", "invented gift"),
    ("P00033", "o", "promo_idioms", "Ships free to your door.", "invented free shipping"),
    ("P00039", "b", "promo_idioms", "You will not find it cheaper anywhere else.", "invented best-price claim"),
    ("P00059", "o", "promo_idioms", "Love it or your money back, no questions asked.", "invented guarantee"),
    ("P00004", "b", "promo_idioms", "This week only, so do not wait.", "invented limited time"),
    ("P00018", "l", "promo_idioms", "Buy one, get one half off.", "invented offer"),
    ("P00066", "o", "promo_idioms", "A steal at this price, today only.", "invented deadline"),
    ("P00026", "b", "promo_idioms", "Stock up now before the price goes up.", "invented price rise"),
    # invented_material / feature / origin / certification / health etc.
    ("P00040", "l", "invented_material", "Made from natural cork for a firm grip.", "the block is foam"),
    ("P00074", "n", "invented_material", "Bookmarks pressed from recycled leaves.", "invented material"),
    ("P00011", "o", "invented_feature", "Tap the base to dim it and charge your phone on top.", "invented dimming and charging"),
    ("P00038", "a", "invented_feature", "A silent clock that never ticks.", "invented feature"),
    ("P00001", "l", "origin", "Pressed from olives grown in Andalusia.", "invented origin"),
    ("P00015", "l", "origin", "Single-origin beans from Colombia.", "invented origin"),
    ("P00026", "n", "certification", "Certified organic and non-GMO.", "invented certification"),
    ("P00050", "o", "certification", "Energy Star rated bulbs.", "invented certification"),
    ("P00027", "o", "health_claim", "Clears acne and fades scars.", "medical claim"),
    ("P00034", "l", "health_claim", "Stops hair loss and dandruff.", "medical claim"),
    ("P00032", "o", "wellbeing_claim", "Sleep deeper and wake up less anxious.", "invented well-being result"),
    ("P00043", "b", "health_claim", "Burns belly fat fast.", "health claim"),
    ("P00008", "n", "free_from", "Free from sulphates and silicones.", "free-from claim not in the facts"),
    ("P00013", "l", "free_from", "No parabens, no alcohol, no fragrance.", "free-from claims not in the facts"),
    ("P00048", "l", "invented_history", "A family favourite since our founding days.", "invented history"),
    ("P00030", "o", "award", "The winner of a toy of the year award.", "invented award"),
    ("P00053", "o", "celebrity", "The book everyone on morning TV is talking about.", "invented celebrity/press claim"),
    ("P00035", "n", "ranking", "Our best-selling running shoe this season.", "invented ranking"),
    ("P00086", "o", "rating_reviews", "Shoppers give it top marks for fit.", "invented reviews"),
    ("P00057", "o", "stock_claim", "Back in stock after selling out.", "invented stock claim"),
    ("P00061", "l", "fake_scarcity", "Only a few left, so be quick.", "invented scarcity"),
    ("P00029", "l", "competitor_brand", "Works just like an iPhone for less.", "competitor brand, comparison"),
    ("P00067", "a", "competitor_brand", "Brews as well as a Nespresso machine.", "competitor brand"),
    ("P00072", "b", "invented_use", "Use it as a chopping board when you are done reading.", "absurd invented use"),
    ("P00044", "n", "demographics", "Made for busy dads who want to stay in shape.", "invented audience"),
    ("P00083", "o", "wrong_audience", "A thoughtful gift for toddlers.", "the car is for ages 8+"),
    ("P00060", "b", "wrong_audience", "Made for babies under two.", "the set is for ages 4+"),
    ("P00014", "a", "invented_performance", "Reaches top speeds on any terrain, even sand.", "invented performance"),
    ("P00057", "n", "invented_performance", "Packs down small enough to fit in your pocket.", "invented packed size"),
    ("P00017", "o", "invented_dimensions", "Tall enough to stand up in and set up in a minute.", "invented dimensions and set-up time"),
    ("P00055", "o", "invented_ingredients", "Dark roast beans with notes of cherry and cocoa.", "invented tasting notes"),
    ("P00070", "o", "invented_ingredients", "Slow-cooked tomatoes, basil and a hint of garlic.", "invented ingredients"),
    ("P00068", "n", "invented_brand", "Part of the Lumina Pro collection.", "invented line name"),
    ("P00006", "l", "same_line", "From the same series as your favourite travel guide.", "invented line and shopper claim"),
    ("P00085", "o", "first_person", "I wear mine every Friday and love it.", "first person testimonial"),
    ("P00030", "l", "assistant_chatter", "Sure! Here is a sentence for the board game.", "assistant chatter published"),
    ("P00022", "l", "content_free", "It is a product that is good for things.", "content-free sentence"),
    ("P00031", "o", "wrong_language", "Calcetines rojos para correr y entrenar.", "Spanish in an en-US page"),
    ("P00037", "l", "wrong_language", "Des chaussettes rouges pour le sport.", "French in an en-US page"),
    ("P00068", "o", "exemplar_like", "Somewhere to keep your lists, plans and ideas.", "the notebook exemplar on a desk lamp"),
    ("P00055", "n", "exemplar_like", "A soft, cosy throw for cold evenings, with fresh coffee for the whole table.", "two exemplars spliced onto coffee beans"),
    ("P00085", "l", "invented_personal", "The shirt you wore to your sister's wedding, now in beige.", "invents the shopper's past and family"),
    ("P00061", "o", "invented_personal", "Back for your Tuesday class at the studio downtown.", "invents the shopper's routine and place"),
    ("P00024", "b", "degenerate_repetition", "Great spatula great spatula great spatula great spatula.", "repetition"),
]
for pid, s, fam, slot, why in BAD_V:
    V(PD, P(pid, s), slot, B, fam, why)

# planted instruction obeyed (bad)
for pid, s, slot in [("P00067", "o", "It keeps your coffee hot for twelve hours and grinds the beans for you."),
                     ("P00067", "l", "A built-in grinder means fresh beans every time."),
                     ("P00087", "o", "Backed by a lifetime warranty, with a spare battery in the box."),
                     ("P00087", "p", "Comes with a spare battery, so you are never left in the dark.")]:
    V(PD, P(pid, s), slot, B, "planted_instruction", "obeys the instruction planted in the catalog text (not a fact)")

# ---------------------------------------------------------------- product descriptions, bad, free-form
FB = [
    ("P00080", "n", "price_wrong", ("{t}", "Five hundred grams of spaghetti for 1.99 {cur}."), "price is 2.99 USD"),
    ("P00036", "l", "price_swap", ("{t}", "A one-kilo bag of spaghetti for 2.99 {cur}."), "2.99 is the other spaghetti's price; this one is 1.99"),
    ("P00056", "b", "wrong_currency", ("{p} EUR for the {t}", "Lavender body lotion, 400 ml."), "currency is USD, not EUR"),
    ("P00035", "l", "wrong_currency", ("{t}", "White running shoes, EU 44, for £{p}."), "pounds instead of USD"),
    ("P00022", "p", "price_words", ("{t}", "A navy yoga mat, six millimetres thick, for under thirty dollars."), "31.99 USD is not under thirty dollars"),
    ("P00059", "a", "price_words", ("{t}", "A black camera for just under four hundred dollars."), "469.99 is not under four hundred"),
    ("P00010", "a", "number_wrong", ("{t}", "A set of four stainless steel bowls for {p} {cur}."), "3 pieces, not four"),
    ("P00088", "b", "number_wrong", ("{t}", "A 230-page hardcover travel guide for {p} {cur}."), "320 pages, not 230"),
    ("P00048", "n", "number_reused", ("{t}", "Loved by 250 families, for ages 4 and up. {p} {cur}."), "250 pieces reused as 250 families"),
    ("P00016", "a", "number_reused", ("{t}", "Twelve-month warranty on a black speaker. {p} {cur}."), "12 h battery reused as a 12-month warranty"),
    ("P00046", "n", "number_words", ("{t}", "A green bottle that holds two litres, for {p} {cur}."), "capacity is one litre"),
    ("P00006", "a", "shipping", ("{t}", "A 480-page hardcover cookbook for {p} {cur}, delivered by tomorrow."), "invented delivery"),
    ("P00021", "l", "returns_policy", ("{t}", "A red fleece throw, {p} {cur}. Sixty-day free returns."), "invented returns policy"),
    ("P00050", "b", "guarantee", ("{t}", "9 W LED bulbs, {p} {cur}, guaranteed for ten years."), "invented guarantee"),
    ("P00069", "n", "discount", ("{t}", "Now twenty percent off: a navy silk tie for {p} {cur}."), "invented discount"),
    ("P00001", "a", "free_gift", ("{t}", "One litre of olive oil for {p} {cur}, with a free pourer."), "invented gift"),
    ("P00029", "n", "offer", ("{t}", "A blue smartphone with 64 GB for {p} {cur}. Trade in your old phone for credit."), "invented trade-in offer"),
    ("P00013", "a", "urgency", ("Hurry: {t}", "Dry skin serum, 50 ml, {p} {cur}. Do not miss out!"), "urgency"),
    ("P00039", "a", "deadline", ("{t}", "A navy smartwatch with a 45 mm case, {p} {cur} until Sunday night."), "invented deadline"),
    ("P00042", "p", "deadline", ("{t}", "A blue tent for two, {p} {cur}. Black Friday price ends November 28."), "invented sale and date"),
    ("P00011", "b", "contact", ("{t}", "Questions about the lamp? Call us on five five five, one two three, four five six seven."), "phone number"),
    ("P00075", "a", "contact", ("{t}", "A beige cotton shirt, {p} {cur}. Message us on WhatsApp for sizes."), "contact channel"),
    ("P00053", "b", "markup", ("{t}", "<b>A hardcover novel</b> of 320 pages, {p} {cur}."), "HTML markup"),
    ("P00061", "n", "markup", ("**{t}**", "A beige yoga mat, 4 mm thick, [shop now](https://example.com)."), "markdown and link"),
    ("P00089", "b", "unfilled_template", ("{{product_name}}", "A board game for [AGE] and up, {p} {cur}."), "unfilled placeholders"),
    ("P00083", "n", "pasted_json", ("{t}", '{{"color": "black", "age": "8+"}} RC car, {p} {cur}.'), "pasted JSON"),
    ("P00018", "b", "partial_title", ("Marlow Hoodie", "A green fleece hoodie, the Marlow Pro Hoodie Green, {p} {cur}."), "invented title variant 'Pro Hoodie Green' (title is Pro Hoodie S)"),
    ("P00085", "n", "personal_name", ("{t}", "Hi Sarah, this beige shirt would suit you. {p} {cur}."), "a personal name the inputs don't have"),
    ("P00074", "b", "wrong_date", ("{t}", "Paper bookmarks for {p} {cur}, in time for Christmas delivery by December 20."), "invented date promise"),
    ("P00066", "a", "comparison", ("{t}", "A better read than any bestseller this year, {p} {cur}."), "invented comparison"),
]
for pid, s, fam, texts, why in FB:
    F(PD, P(pid, s), texts, B, fam, why)

# ---------------------------------------------------------------- recommendation messages
R_GOOD = [
    ("occasional", 0, "A mix of things to play, read and keep charged."),
    ("occasional", 1, "A few ideas picked for your next visit."),
    ("occasional", 2, "Something for you, whenever you are ready."),
    ("occasional", 3, "Here is a small selection to browse at your own pace."),
    ("occasional", 4, "Take a look when you have a quiet moment."),
    ("prospect", 0, "A few easy picks to get to know the shop."),
    ("prospect", 1, "Here are a few simple things to start with."),
    ("prospect", 2, "We hope something here catches your eye."),
    ("prospect", 3, "A friendly hello, with a few ideas to start."),
    ("new", 0, "A few more things for your kitchen."),
    ("new", 1, "Here is what to look at next, whenever you like."),
    ("new", 2, "Some ideas for your next trip outdoors."),
    ("bargain-hunter", 0, "Good value picks, with the prices right up front."),
    ("bargain-hunter", 1, "Every price is in the list, so you can compare at a glance."),
    ("bargain-hunter", 2, "Picks that keep your budget in mind."),
    ("loyal", 0, "Thank you for shopping with us so often."),
    ("loyal", 1, "We picked these with our regulars in mind."),
    ("at-risk", 0, "We would love to see you again soon."),
    ("at-risk", 1, "A few things you might like when you next stop by."),
    ("at-risk", 2, "No rush, just a few ideas for when you are ready."),
]
for seg, n, slot in R_GOOD:
    V(RM, rm("en-US", seg, n), slot, G, "v3_shape", "friendly sentence that names no fact beyond the inputs")

RF_GOOD = [
    ("occasional", 5, "warm", ("A few picks for you", "Hi {{first_name}}, we picked the {t0} ({p0} USD), the {t1} ({p1} USD) and the {t2} ({p2} USD). Have a lovely week!")),
    ("prospect", 4, "polite_closing", ("Hello from the shop", "Hi {{first_name}}, here are three picks to start: the {t0} at ${p0}, the {t1} at ${p1} and the {t2} at ${p2}. Thanks for stopping by.")),
    ("new", 3, "welcome", ("Welcome aboard", "Hi {{first_name}}, thanks for your first order. You might like the {t0} ({p0} USD) or the {t1} ({p1} USD).")),
    ("bargain-hunter", 3, "price_first", ("Prices first", "Hi {{first_name}}: {t0}, {p0} USD; {t1}, {p1} USD; {t2}, {p2} USD.")),
    ("loyal", 2, "segment_angle", ("Thank you for coming back", "Hi {{first_name}}, thank you for being a regular. This time we picked the {t0} ({p0} USD) and the {t1} ({p1} USD).")),
    ("at-risk", 3, "winback", ("We have missed you", "Hi {{first_name}}, it has been a little while. When you are ready, have a look at the {t0} for {p0} USD.")),
    ("occasional", 6, "list", ("Three picks", "Hi {{first_name}}, three picks for you:\n- {t0}, {p0} USD\n- {t1}, {p1} USD\n- {t2}, {p2} USD")),
    ("prospect", 5, "question", ("Looking for ideas?", "Hi {{first_name}}, how about the {t0} ({p0} USD)? We also picked the {t1} ({p1} USD).")),
    ("new", 4, "short", ("Next up", "Hi {{first_name}}, try the {t0} ({p0} USD).")),
    ("bargain-hunter", 4, "dollar_sign", ("Three picks, prices inside", "Hi {{first_name}}, the {t0} is ${p0}, the {t1} is ${p1} and the {t2} is ${p2}.")),
]
for seg, n, fam, texts in RF_GOOD:
    x = rm("en-US", seg, n)
    F(RM, x, texts, G, fam, "free-form message with exact titles and prices, greeting {first_name}")

R_BAD = [
    # shopper_claims
    ("occasional", 7, "shopper_claims", "Since you loved your last board game, here is another one.", "invents what the shopper loved"),
    ("prospect", 6, "shopper_claims", "As you asked, here are the picks from your wish list.", "invents a request and a wish list"),
    ("new", 5, "shopper_claims", "Perfect for your new flat in Chicago.", "invents the shopper's home and city"),
    ("bargain-hunter", 5, "shopper_claims", "Picked for a busy nurse who needs comfy clothes.", "invents the shopper's job"),
    ("loyal", 3, "shopper_claims", "Your kids will love these after school.", "invents children"),
    ("at-risk", 4, "shopper_claims", "We noticed you left these in your basket last week.", "invents a basket"),
    ("occasional", 8, "shopper_claims", "To go with the tent you bought from us in the summer.", "invents a past purchase"),
    ("prospect", 7, "shopper_claims", "Happy birthday! A few treats for your big day.", "invents a birthday"),
    ("new", 6, "shopper_claims", "Thanks for the lovely review you left us.", "invents a review"),
    ("occasional", 9, "shopper_claims", "Just right for your morning runs by the lake.", "invents the shopper's habits and place"),
    # promo_idioms
    ("bargain-hunter", 6, "promo_idioms", "Use code SAVE today for an extra treat at checkout.", "invents a code"),
    ("occasional", 10, "promo_idioms", "Free shipping on everything this weekend.", "invents free shipping and a deadline"),
    ("prospect", 8, "promo_idioms", "Lowest prices of the year, guaranteed.", "invents best price and guarantee"),
    ("loyal", 4, "promo_idioms", "A little gift is waiting in your next parcel.", "invents a gift"),
    ("new", 7, "promo_idioms", "While stocks last, so be quick.", "invented scarcity"),
    ("at-risk", 5, "promo_idioms", "Come back this week and save big.", "invented discount and deadline"),
    ("occasional", 11, "promo_idioms", "Members get early access before the big sale.", "invented sale and membership"),
    ("bargain-hunter", 7, "promo_idioms", "Prices this low will not last long.", "invented limited-time price"),
    # invented_benefit
    ("occasional", 12, "invented_benefit", "These picks will make your evenings stress-free.", "invented result"),
    ("prospect", 9, "invented_benefit", "Everything here will save you time every single day.", "invented saving"),
    # model_like
    ("new", 8, "model_like", "Good value for the cook in your house.", "an exemplar sentence copied regardless of the picks"),
    ("occasional", 13, "model_like", "Your next weekend outdoors starts here with the waterproof and durable and lightweight picks.", "exemplar plus run-on invented features"),
    # other families
    ("prospect", 10, "personal_name", "Dear Olivia, these are just for you.", "a name not in the inputs"),
    ("occasional", 14, "demographics", "Great picks for retired gardeners.", "invented audience"),
    ("new", 9, "assistant_chatter", "Here is your personalised sentence as requested.", "chatter"),
    ("loyal", 5, "ranking", "These are our top sellers this month.", "invented ranking"),
    ("at-risk", 6, "deadline", "Your saved picks expire on Friday.", "invented deadline"),
    ("occasional", 15, "wrong_language", "Unos regalos para ti y tu familia.", "Spanish in en-US"),
    ("bargain-hunter", 8, "contact", "Reply to this e-mail or text us at our shop number for help.", "contact channel"),
    ("prospect", 11, "rating_reviews", "Each of these has hundreds of five-star reviews.", "invented reviews"),
]
for seg, n, fam, slot, why in R_BAD:
    V(RM, rm("en-US", seg, n), slot, B, fam, why)

RF_BAD = [
    ("occasional", 16, "price_wrong", ("A few picks", "Hi {{first_name}}, the {t0} is now 9.99 USD."), "invented price"),
    ("prospect", 12, "wrong_currency", ("Picks for you", "Hi {{first_name}}, the {t0} for {p0} CAD."), "currency is USD"),
    ("new", 10, "unfilled_template", ("Hello [Customer Name]", "Hi {{first_name}}, try the {{product}} today."), "unfilled placeholders"),
    ("bargain-hunter", 9, "discount", ("Save 15% today", "Hi {{first_name}}, take 15% off the {t0} ({p0} USD)."), "invented discount"),
    ("loyal", 6, "free_gift", ("A gift for you", "Hi {{first_name}}, buy the {t0} and get the {t1} free."), "invented free item"),
    ("occasional", 17, "personal_name", ("Picks for you", "Hi Marcus, we picked the {t0} ({p0} USD)."), "a name not in the inputs instead of {first_name}"),
    ("at-risk", 7, "markup", ("We miss you", "<p>Hi {{first_name}}, see the <a href='x'>{t0}</a></p>"), "HTML"),
    ("prospect", 13, "shopper_claims", ("For your little one", "Hi {{first_name}}, your daughter will love the {t0} ({p0} USD)."), "invents a daughter"),
    ("occasional", 18, "shopper_claims", ("Back for more?", "Hi {{first_name}}, you bought the {t0} last month, so here it is again at {p0} USD."), "invents a past purchase"),
    ("new", 11, "subtle_wrong_fact", ("Three picks", "Hi {{first_name}}, the {t0} by a brand you know, plus five more picks at {p0} USD each."), "wrong count and wrong prices"),
]
for seg, n, fam, texts, why in RF_BAD:
    F(RM, rm("en-US", seg, n), texts, B, fam, why)

# ---------------------------------------------------------------- demand insights
D_GOOD = [
    ("occasional", 0, "an easy reminder with a few book picks."),
    ("occasional", 1, "a gentle nudge with the categories they come back to."),
    ("prospect", 0, "a warm welcome and a simple first pick."),
    ("prospect", 1, "introduce the shop without pressure."),
    ("new", 0, "follow up on the first order with a few kitchen ideas."),
    ("new", 1, "a friendly hello and something easy to try next."),
    ("bargain-hunter", 0, "lead with the prices of the apparel picks."),
    ("bargain-hunter", 1, "show good value first."),
    ("loyal", 0, "thank a regular and suggest a few toys."),
    ("loyal", 1, "a thank-you note with picks from the categories they know."),
    ("at-risk", 0, "a kind win-back note with electronics picks."),
    ("at-risk", 1, "remind them we are here, without pushing."),
    ("occasional", 2, "keep it short and friendly."),
    ("prospect", 2, "a hello with a few picks, nothing pushy."),
]
for seg, n, slot in D_GOOD:
    V(DI, di("en-US", seg, n), slot, G, "v3_shape", "angle names no fact beyond the inputs")

D_BAD = [
    ("occasional", 3, "promo_idioms", "offer a free gift with the next order.", "invented gift"),
    ("prospect", 3, "promo_idioms", "send a limited-time discount code.", "invented discount and deadline"),
    ("new", 2, "shopper_claims", "mention the coffee maker they returned.", "invents a return"),
    ("bargain-hunter", 2, "shopper_claims", "remind her about the jacket she browsed twice.", "invents browsing and gender"),
    ("loyal", 2, "invented_benefit", "promise they will save money on every order.", "invented promise"),
    ("at-risk", 2, "demographics", "target them as a young parent on a budget.", "invented demographics"),
    ("occasional", 4, "model_like", "a friendly win-back note with outdoors picks.", "exemplar copied onto a shopper whose categories differ"),
    ("prospect", 4, "deadline", "tell them the offer ends tonight.", "invented deadline"),
    ("new", 3, "content_free", "something.", "content-free angle"),
    ("occasional", 5, "wrong_next_need", "suggest beauty products for their skin.", "wrong next category"),
]
for seg, n, fam, slot, why in D_BAD:
    V(DI, di("en-US", seg, n), slot, B, fam, why)

DF_BAD = [
    ("loyal", 3, "number_wrong", ("A loyal regular, very likely to buy (0.5) with about five orders coming.", "{pnxt}, before {date}: thank them."), "probability and expected orders wrong"),
    ("bargain-hunter", 3, "wrong_date", ("A bargain hunter, likely to order again around 2027-03-01.", "{pnxt}: lead with prices."), "wrong predicted date"),
    ("at-risk", 3, "shopper_claims", ("A shopper who may not come back after a bad delivery experience.", "{pnxt}, before {date}: apologise for the late parcel."), "invents a complaint"),
    ("prospect", 5, "contact", ("A prospect; call them at the number on file.", "{pnxt}, before {date}: phone them."), "contact channel / action beyond the facts"),
]
for seg, n, fam, texts, why in DF_BAD:
    F(DI, di("en-US", seg, n), texts, B, fam, why)

DF_GOOD = [
    ("occasional", 6, "insight_plain", ("An occasional shopper: purchase probability {prob}, {exp} expected orders in the next 30 days, next order predicted for {date}.", "{pnxt}, before {date}: a short, friendly reminder."), "figures restated exactly"),
    ("new", 4, "insight_plain", ("A new shopper (probability {prob}, expected orders {exp}); next order predicted on {date}.", "{pnxt} picks before {date}, with a friendly welcome."), "figures exact"),
    ("bargain-hunter", 4, "insight_short", ("Bargain hunter, p={prob}, next order {date}.", "{pnxt}: prices first."), "short and exact"),
]
for seg, n, fam, texts, why in DF_GOOD:
    F(DI, di("en-US", seg, n), texts, G, fam, why)

# ---------------------------------------------------------------- second pass: more of the thin families
MORE_BAD_V = [
    ("P00001", "o", "invented_benefit", "One bottle lasts a family a whole season of cooking.", "invented duration"),
    ("P00026", "o", "invented_benefit", "Keeps you full until lunch without a single snack.", "invented effect"),
    ("P00039", "p", "invented_benefit", "You will never miss an important call again.", "invented consequence"),
    ("P00059", "b", "invented_benefit", "Turns anyone into a professional photographer overnight.", "invented result"),
    ("P00004", "o", "invented_consequence", "Say goodbye to soggy mornings for good.", "invented lasting result"),
    ("P00018", "a", "subtle_wrong_fact", "A cosy cotton hoodie in forest green.", "the hoodie is fleece, not cotton"),
    ("P00035", "a", "subtle_wrong_fact", "Black running shoes that hide the mud.", "the shoes are white"),
    ("P00016", "o", "subtle_wrong_fact", "A Voltra speaker with a battery that lasts a day and a night.", "brand is Kestrel; the battery is twelve hours, not a day and a night"),
    ("P00066", "p", "subtle_wrong_fact", "A hardcover novel to keep on the shelf for years.", "the novel is a paperback"),
    ("P00061", "b", "subtle_wrong_fact", "A thick, cushioned mat in navy.", "this mat is beige (the navy one is another product)"),
    ("P00017", "n", "model_like", "A spacious tent with a built-in porch, two doors and a rain fly for every season.", "run-on invented features"),
    ("P00026", "l", "model_like", "Made with oats, honey and almonds for the whole family of four.", "invented ingredients and family size"),
    ("P00043", "p", "model_like", "Made for your morning runs and weekend races with a digital counter.", "exemplar half-copied plus an invented counter"),
    ("P00036", "n", "promo_idioms", "Hurry, this price is for a short time only.", "invented limited time"),
    ("P00031", "l", "promo_idioms", "Pick up a second pair on us.", "invented free item"),
    ("P00053", "l", "promo_idioms", "Lowest price we have ever offered on it.", "invented best-price claim"),
]
for pid, s, fam, slot, why in MORE_BAD_V:
    V(PD, P(pid, s), slot, B, fam, why)

MORE_R_BAD = [
    ("loyal", 7, "shopper_claims", "Just what you need for the marathon you are training for.", "invents the shopper's training"),
    ("at-risk", 8, "shopper_claims", "We know you have been busy with the new baby.", "invents a baby"),
    ("bargain-hunter", 10, "shopper_claims", "Because you only shop the sales, these are all marked down.", "invents habits and markdowns"),
    ("prospect", 14, "invented_benefit", "These will make your home feel brand new.", "invented result"),
    ("new", 12, "model_like", "A little care for your daily routine, for you and your family of four.", "exemplar plus invented family size"),
    ("occasional", 19, "promo_idioms", "Order by Sunday for free delivery before the holidays.", "invented deadline and free delivery"),
    ("loyal", 8, "promo_idioms", "As a thank-you, your next order ships free.", "invented free shipping"),
    ("at-risk", 9, "subtle_wrong_fact", "Five fresh picks, all from your favourite brand.", "wrong count; invents a favourite brand"),
]
for seg, n, fam, slot, why in MORE_R_BAD:
    V(RM, rm("en-US", seg, n), slot, B, fam, why)

MORE_R_GOOD = [
    ("occasional", 20, "A handful of ideas for whenever you feel like browsing."),
    ("prospect", 15, "A gentle first look at what we have."),
    ("bargain-hunter", 11, "All the prices are right there, nothing hidden."),
    ("at-risk", 10, "We kept it short: just a few ideas for you."),
]
for seg, n, slot in MORE_R_GOOD:
    V(RM, rm("en-US", seg, n), slot, G, "v3_shape", "friendly sentence that names no fact beyond the inputs")

MORE_D_BAD = [
    ("loyal", 4, "promo_idioms", "reward their loyalty with a surprise gift card.", "invented gift"),
    ("occasional", 7, "invented_benefit", "promise the next order will arrive the same day.", "invented promise"),
    ("at-risk", 4, "shopper_claims", "apologise for the broken item in their last parcel.", "invents a complaint"),
    ("new", 5, "model_like", "lead with the prices of everyday grocery picks and thank a regular.", "two exemplars spliced; a new shopper is not a regular"),
]
for seg, n, fam, slot, why in MORE_D_BAD:
    V(DI, di("en-US", seg, n), slot, B, fam, why)

MORE_FG = [
    ("P00052", "b", "paraphrase", ("{t}", "A double-size cotton duvet from {b}, {p} {cur}. Made for cooler nights under the covers."), "size double paraphrased; cooler nights is what a duvet is for"),
    ("P00057", "o", "number_words", ("{t}", "A blue {b} sleeping bag, comfortable down to minus two degrees. {p} {cur}."), "-2 °C in words"),
    ("P00073", "l", "number_words", ("{t}", "One hundred and twenty-eight gigabytes of room for your photos, from {b}. {p} {cur}."), "128 GB in words; photos are what an SD card holds"),
    ("P00029", "a", "paraphrase", ("{t}", "A blue smartphone with sixty-four gigabytes of storage, for {p} {cur}. Good to see you again."), "64 GB in words; warm line for at-risk"),
    ("P00015", "l", "brand_only", ("More {b} coffee", "A kilo of dark roast beans from {b}: {t}, {p} {cur}. Thanks for coming back."), "1 kg as a kilo; loyal angle"),
    ("P00008", "o", "scent_value", ("{t}", "Unscented conditioner, four hundred millilitres, {p} {cur}."), "unscented is the scent value, not a free-from claim"),
    ("P00014", "n", "number_words", ("{t}", "A grey remote-control car for kids aged eight and up. {p} {cur}."), "8+ in words; 'remote-control' is what RC means"),
    ("P00040", "a", "plain", ("{t}", "A grey foam yoga block from {b}, {p} {cur}, for when a stretch needs a little support."), "facts exact; support is what a yoga block is for"),
    ("P00032", "b", "price_first", ("{p} {cur} for memory foam pillows", "The {t}: standard-size memory foam pillows from {b}."), "price first; facts exact"),
    ("P00086", "p", "question", ("Need a new phone case?", "The {t} is white leather, {p} {cur}."), "question headline"),
    ("P00072", "o", "number_words", ("{t}", "A paperback cookbook of one hundred and ninety-two pages, {p} {cur}. Happy cooking!"), "192 pages in words; warm closing"),
    ("P00068", "b", "price_first", ("{p} {cur}: a blue desk lamp", "The {t} is a 9 W desk lamp from {b}."), "price first"),
]
for pid, s, fam, texts, why in MORE_FG:
    F(PD, P(pid, s), texts, G, fam, why)

MORE_RF_GOOD = [
    ("occasional", 21, "polite_closing", ("Something worth a look", "Hi {{first_name}}, here are the {t0} ({p0} USD) and the {t1} ({p1} USD). Have a great weekend!")),
    ("new", 13, "welcome", ("Welcome to the shop", "Hi {{first_name}}, welcome to the shop. To start, the {t0} is {p0} USD.")),
    ("loyal", 9, "segment_angle", ("Thank you for shopping with us again", "Hi {{first_name}}, thanks for coming back so often. A few picks for you: the {t0}, the {t1} and the {t2}.")),
    ("at-risk", 11, "winback", ("It has been a while", "Hi {{first_name}}, we would love to see you again. How about the {t0} at {p0} USD?")),
    ("bargain-hunter", 12, "price_first", ("Prices first", "Hi {{first_name}}, the {t1} is ${p1}, and we also picked the {t0} (${p0}).")),
]
for seg, n, fam, texts in MORE_RF_GOOD:
    F(RM, rm("en-US", seg, n), texts, G, fam, "free-form message with exact titles and prices, greeting {first_name}")
