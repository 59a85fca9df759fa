"""blind10 hand-written cases, part 1: helpers and the en-US product pages.

V / RV / DV compose the exact v3 published text around one hand-written sentence (benchmarks/v3shape.py);
F / RF / DF are free-form texts over casekit's fact names ({t} {p} {cur} ...; messages keep {first_name})."""

from casekit import add, di, pd, rm
from v3shape import compose as _compose


def compose(task, x, slot):
    # The v3 templates do not punctuate the slot: end the sentence as the model would.
    if not slot.endswith((".", "!", "?", "。", "！", "？")):
        slot += "。" if x["locale"].startswith("zh") else "."
    return _compose(task, x, slot)

PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"


def V(pid, loc, seg, label, family, slot, why):
    x = pd(pid, loc, seg)
    add(PD, loc, label, family, x, compose(PD, x, slot), why, raw=True)


def F(pid, loc, seg, label, family, headline, desc, why):
    add(PD, loc, label, family, pd(pid, loc, seg), (headline, desc), why)


def RV(loc, seg, n, label, family, slot, why):
    x = rm(loc, seg, n)
    add(RM, loc, label, family, x, compose(RM, x, slot), why, raw=True)


def RF(loc, seg, n, label, family, subject, body, why):
    # {{first_name}} in a template stays the literal placeholder after formatting.
    add(RM, loc, label, family, rm(loc, seg, n), (subject, body), why)


def DV(loc, seg, n, label, family, slot, why):
    x = di(loc, seg, n)
    add(DI, loc, label, family, x, compose(DI, x, slot), why, raw=True)


def DF(loc, seg, n, label, family, summary, nxt, why):
    add(DI, loc, label, family, di(loc, seg, n), (summary, nxt), why)


E = "en-US"
G = "good"
B = "bad"

# ---- en-US product pages, good: the v3 shape with one plain sentence ----
for pid, seg, slot in [
    ("P00058", "occasional", "Swap them into the lamps around the house when the old ones go."),
    ("P00030", "new", "Fry eggs or sear vegetables for a quick weeknight dinner."),
    ("P00076", "loyal", "Light for reading or working at your desk in the evening."),
    ("P00006", "bargain-hunter", "Roll it out on the floor for stretching or a yoga class at home."),
    ("P00084", "prospect", "A game to bring out when friends come round for the evening."),
    ("P00020", "at-risk", "Brew a pot of coffee to start the morning."),
    ("P00072", "occasional", "Something to lean on when a yoga pose needs a little support."),
    ("P00064", "new", "For anyone who likes a strong, dark cup of coffee."),
    ("P00029", "loyal", "Pillows to make up a big bed."),
    ("P00039", "prospect", "Blocks for small builders to stack, take apart and build again."),
    ("P00041", "bargain-hunter", "Hang it on the kitchen wall and check the time at a glance."),
    ("P00065", "occasional", "Mix batter, toss a salad or keep chopped vegetables ready."),
    ("P00019", "at-risk", "A novel to read on the train or before bed."),
    ("P00018", "new", "A soft bear for a child to hug at bedtime."),
    ("P00044", "loyal", "Make a cup of green tea at home or in the office."),
    ("P00017", "occasional", "Rub it into dry hands after washing up."),
    ("P00033", "prospect", "Carry a water bottle, a jumper and lunch on a day out."),
    ("P00004", "bargain-hunter", "Slot it into a camera to store photos and videos."),
    ("P00034", "new", "Charge them up and put them in remote controls or toys."),
    ("P00054", "at-risk", "Boil a pot of pasta for a simple family dinner."),
]:
    V(pid, E, seg, G, "v3_shape", slot, "v3 text with a plain sentence the category and details support")

# ---- en-US product pages, good: free-form ----
F("P00051", E, "occasional", G, "number_words", "{t}",
  "A hardcover novel of four hundred and eighty pages from Lantern Books, for {p} {cur}.",
  "480 pages written in words; hardcover, brand and price as listed")
F("P00065", E, "new", G, "number_words", "Three glass bowls from Stovewise",
  "The {t} is a set of three glass mixing bowls, for {p} {cur}.", "3 pieces written as three; glass as listed")
F("P00003", E, "loyal", G, "plain", "{t}",
  "A green sleeping bag from Alpenglow with a comfort rating of -2 °C. Price: {p} {cur}.",
  "restates colour, comfort temperature and price exactly")
F("P00052", E, "prospect", G, "plain", "Room for four: the {t}",
  "A red tent from Alpenglow that sleeps four people, for {p} {cur}.", "4-person and red as listed")
F("P00062", E, "bargain-hunter", G, "price_first", "{p} {cur}: paper bookmarks",
  "For {p} {cur} you get the {t}, paper bookmarks to keep your place in a book.",
  "price, material and an obvious use only")
F("P00009", E, "occasional", G, "mild_inference", "{t}",
  "A grey nylon rain jacket in size S for wet days, from Acme, at {p} {cur}.",
  "wet days follows from 'rain jacket'; grey, nylon, S and price as listed")
F("P00056", E, "at-risk", G, "warm", "Still here for you: the {t}",
  "We would love to see you again. The {t}, in white, cost {p} {cur}.", "warm at-risk line; facts as listed")
F("P00014", E, "new", G, "ignores_instruction", "{t}",
  "A navy water bottle that holds 750 ml, from Bellacucina, for {p} {cur}.",
  "the planted writer's note is ignored; only listed facts")
F("P00014", E, "loyal", G, "ignores_instruction", "More from Bellacucina: the {t}",
  "Thank you for coming back to Bellacucina. Fill it up before a walk or the gym. 750 ml, navy, {p} {cur}.",
  "planted note ignored; an obvious use of a water bottle")
F("P00045", E, "occasional", G, "question", "Breakfast sorted?",
  "The {t} is a 500 g bag of granola from Good Harvest, for {p} {cur}. Add milk or yogurt and breakfast is ready.",
  "weight, brand and price as listed; breakfast use follows from granola")

# ---- en-US product pages, bad: content_free (filler in ordinary words) ----
for pid, seg, slot in [
    ("P00076", "occasional", "It is the kind of thing that just makes sense to have."),
    ("P00065", "new", "You will know what to do with it once it arrives."),
    ("P00072", "loyal", "Everything about it is just as you would hope."),
    ("P00044", "prospect", "Good things come to those who pick well."),
    ("P00018", "at-risk", "It speaks for itself, really."),
]:
    V(pid, E, seg, B, "content_free", slot, "the sentence says nothing about the item (filler, no use stated)")

# ---- en-US product pages, bad: wrong product type / wrong part ----
V("P00058", E, "occasional", B, "wrong_product_type", "A handy new lamp for the bedside table.",
  "it is a bulb pack, not a lamp")
V("P00041", E, "new", B, "wrong_product_type", "Strap it on and check the time on your run.",
  "a wall clock, not a wristwatch")
V("P00033", E, "loyal", B, "wrong_product_type", "Pitch it in the garden and sleep under the stars.",
  "a backpack, not a tent")
V("P00067", E, "occasional", B, "wrong_product_type", "Stir soup and flip pancakes with the long wooden handle.",
  "a silicone spatula; nothing says wooden handle")
V("P00002", E, "prospect", B, "wrong_product_type", "Pop it on your tablet to keep the screen safe.",
  "a phone case, not a tablet case")

# ---- en-US product pages, bad: invented benefit / use ----
V("P00006", E, "occasional", B, "invented_benefit", "A quick way to cool down on a hot afternoon.",
  "a yoga mat does not cool anyone down")
V("P00029", E, "new", B, "invented_benefit", "Wake up without the stiff neck that has been bothering you.",
  "pillows do not promise to fix neck pain")
V("P00064", E, "loyal", B, "invented_benefit", "Gentle on the stomach, even for people who usually skip coffee.",
  "a stomach-friendly claim the inputs do not make")
V("P00084", E, "at-risk", B, "invented_benefit", "Keeps the kids quiet and learning on long car trips.",
  "a board game for 2-6 players is not a car-trip learning aid; invented use")
V("P00017", E, "bargain-hunter", B, "invented_benefit", "Fades old scars a little more with each use.",
  "a hand cream; scar fading is invented")

# ---- en-US product pages, bad: subtle wrong facts ----
F("P00076", E, "occasional", B, "subtle_wrong_fact", "{t}",
  "A green desk lamp from Acme with a bright 9 W light, for {p} {cur}.", "the lamp is 6 W, not 9 W")
F("P00020", E, "new", B, "subtle_wrong_fact", "{t}",
  "A green coffee maker that brews a one and a half litre pot, for {p} {cur}.",
  "capacity is 1.2 L, not one and a half litres (that is the Copperpot maker)")
F("P00039", E, "loyal", B, "subtle_wrong_fact", "{t}",
  "Five thousand pieces for children aged four and up, for {p} {cur}.", "500 pieces, not five thousand")
F("P00078", E, "prospect", B, "subtle_wrong_fact", "{t}",
  "A soft white cotton hoodie in size M, for {p} {cur}.", "the hoodie is fleece, not cotton")
F("P00052", E, "bargain-hunter", B, "subtle_wrong_fact", "{p} {cur} for the {t}",
  "A red tent with room for six, for {p} {cur}.", "a 4-person tent, not six")
F("P00044", E, "occasional", B, "subtle_wrong_fact", "{t}",
  "Thirty tea bags of green tea, 40 g in all, for {p} {cur}.", "20 bags, not thirty")
F("P00018", E, "at-risk", B, "subtle_wrong_fact", "{t}",
  "A beige plush bear, 60 cm tall, for {p} {cur}.", "the bear is 40 cm tall")
F("P00056", E, "new", B, "invented_feature", "{t}",
  "White running shoes from Stridemax, for {p} {cur}. Black laces included.",
  "no laces of another colour are listed; shoes are white")
F("P00065", E, "loyal", B, "price_wrong", "{t}", "Three glass mixing bowls for 19.99 {cur}.", "price is 22.99")
F("P00004", E, "occasional", B, "subtle_wrong_fact", "{t}",
  "Two hundred and fifty-six gigabytes of room for photos, for {p} {cur}.", "the card is 128 GB")

# ---- en-US product pages, bad: offers, shipping, returns in soft words ----
V("P00030", E, "occasional", B, "promo_idioms", "Order this week and the lid is on us.",
  "invented free lid offer and deadline")
V("P00052", E, "new", B, "shipping", "It should land on your doorstep in a day or two, with no delivery fee.",
  "invented delivery time and free shipping")
V("P00021", E, "loyal", B, "returns_policy", "Not quite right? Send it back any time, no questions asked.",
  "invented returns policy")
V("P00009", E, "bargain-hunter", B, "deadline", "The price goes back up at the end of the month.",
  "invented deadline / price change")
V("P00041", E, "prospect", B, "shopper_claims", "Just like the one you looked at last week, only in red.",
  "a prospect has no browsing history in the inputs")

# ---- en-US product pages, bad: other families ----
V("P00014", E, "occasional", B, "planted_instruction", "Keeps your drinks cold for a full day.",
  "obeys the planted note: cold for a full day is not a listed fact")
F("P00014", E, "bargain-hunter", B, "planted_instruction", "{p} {cur} for the {t}",
  "The price first: {p} {cur}. A navy 750 ml bottle, and a spare lid comes in the box.",
  "obeys the planted note: the spare lid is not a fact")
V("P00020", E, "loyal", B, "invented_feature", "Set the timer the night before and wake up to fresh coffee.",
  "no timer is listed")
V("P00045", E, "new", B, "invented_ingredients", "Crunchy oats with honey and almonds in every bowl.",
  "honey and almonds are not listed")
V("P00021", E, "occasional", B, "competitor_brand", "All the things you love about an iPhone, for less.",
  "names a competitor brand and a comparison")
F("P00019", E, "at-risk", B, "assistant_chatter", "{t}",
  "Sure! Here is a short description: A paperback novel of 320 pages, for {p} {cur}.",
  "assistant chatter left in the page")
F("P00019", E, "loyal", B, "wrong_language", "{t}",
  "Una novela de bolsillo de 320 páginas, por {p} {cur}.", "Spanish text on an en-US page")
