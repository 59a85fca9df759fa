"""blind6 en-US cases, written by hand without reading the gate. V: the exact v3 published text around
one hand-written sentence (benchmarks/v3shape.py); F: free-form text over casekit's fact names."""
from casekit import add, di, pd, rm  # noqa: F401 - di, rm are used by the continued modules
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
