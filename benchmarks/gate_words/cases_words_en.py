"""en-US cases of the gate_words corpus: ordinary English words (verbs of use, containers, parts,
relation and time words, dish names, sub-zero temperatures) in good texts and stating false facts
in bad ones. Written by hand on the blind3 sample shop's inputs; tuned on (not blind)."""
from casekit import add, pd, rm

PD, RM = "product_descriptions", "recommendation_messages"
L = "en-US"
G, B = "good", "bad"


def P(pid, seg="loyal"):
    return pd(pid, L, seg)


GOOD = [
    ("P00096", "Brew a full pot on slow weekend mornings."),
    ("P00084", "Start the day with a fresh cup before work."),
    ("P00086", "Chop, slice and dice through a week of dinners."),
    ("P00047", "A sharp blade for chopping vegetables and slicing meat."),
    ("P00109", "Fry eggs or sear a steak for a quick weeknight dinner."),
    ("P00018", "Flip pancakes and stir sauces without a second thought."),
    ("P00005", "Whisk eggs, toss a salad or mix dough."),
    ("P00028", "Fill it up before you leave and sip through the day."),
    ("P00033", "Stir it into hot spaghetti for an easy dinner."),
    ("P00080", "Boil a big pot of spaghetti for the whole family."),
    ("P00053", "A quick bowl of pasta after a long day."),
    ("P00025", "Pour a bowl with milk or yogurt for breakfast."),
    ("P00077", "Steep a cup in the afternoon and take a break."),
    ("P00088", "Drizzle over salads or use it for everyday cooking."),
    ("P00045", "Grind a handful each morning for a fresh cup."),
    ("P00104", "Curl up on the sofa with a film."),
    ("P00054", "Wrap up for an afternoon nap."),
    ("P00089", "Tuck in for a good night's sleep."),
    ("P00055", "Light up your desk for reading and homework."),
    ("P00004", "Hang it in the kitchen and keep an eye on the time."),
    ("P00073", "Take photos, chat and keep your apps close."),
    ("P00082", "Slip it on and carry your phone every day."),
    ("P00013", "Slot it into your camera and keep every photo."),
    ("P00060", "Capture the view on weekend walks."),
    ("P00113", "Listen to a few songs on the way to work."),
    ("P00019", "Play music around the house on a lazy Sunday."),
    ("P00071", "Roll it out for a morning stretch."),
    ("P00037", "Rest your hands on it to steady a pose."),
    ("P00012", "Work your arms in the living room."),
    ("P00026", "Skip for ten minutes after work."),
    ("P00003", "Zip in and sleep well on summer camping trips."),
    ("P00110", "Pitch it by the lake for a weekend for two."),
    ("P00111", "Lean on them on the way up and down the hill."),
    ("P00095", "Read a few pages before bed."),
    ("P00100", "Jot down lists and ideas as they come."),
    ("P00057", "Hug it at bedtime."),
    ("P00042", "Swipe it on before you head out."),
    ("P00085", "Smooth it on after a shower."),
    ("P00059", "Wear them to work or out on the weekend."),
    ("P00120", "Pull it on when the evening gets cool."),
]
for pid, s in GOOD:
    add(PD, L, G, "everyday_pipe", P(pid), ("{t}", s + " {t}, {f}, {p} {cur}."), "only facts from the inputs")
FREE = [
    ("P00033", ("{p} USD for a 680 g jar", "Farmstead Edge Pasta Sauce 680 g: 680 g of pasta sauce.")),
    ("P00001", ("{t}", "A grey sleeping bag rated to a comfort temperature of minus 2 °C. {p} USD.")),
    ("P00111", ("{t}", "Carbon trekking poles that adjust from 110 to 135 cm. {p} USD.")),
    ("P00080", ("{t}", "A 1 kg bag of spaghetti for Italian dinners at home. {p} USD.")),
    ("P00073", ("{t}", "A blue phone with 256 GB of storage for photos and apps. {p} USD.")),
]
for pid, texts in FREE:
    add(PD, L, G, "everyday_free", P(pid), texts, "only facts from the inputs")
add(RM, L, G, "everyday_message", rm(L, "loyal", 0), ("Picked for you", "{{first_name}}, it has been a while since your last visit: {t0}, {p0} USD."), "only facts from the inputs")

BAD = [
    ("invented_container", "P00025", "500 g of granola in a resealable glass jar. {p} USD.", "jar invented"),
    ("invented_container", "P00045", "500 g of beans in a vacuum-sealed tin. {p} USD.", "tin invented"),
    ("invented_part_material", "P00073", "A blue phone with an aluminium body and 256 GB. {p} USD.", "aluminium invented"),
    ("invented_part_material", "P00096", "A beige coffee maker with a stainless steel carafe. {p} USD.", "carafe and steel invented"),
    ("invented_distance", "P00019", "Connects from up to 30 metres away, 12 h battery. {p} USD.", "range invented"),
    ("invented_capability", "P00109", "Oven-safe and dishwasher-safe, 24 cm. {p} USD.", "oven/dishwasher invented"),
    ("invented_capability", "P00096", "Brews a full pot in three minutes. {p} USD.", "time invented"),
    ("invented_capability", "P00055", "A white lamp with a dimmer and a USB port. {p} USD.", "dimmer and port invented"),
    ("invented_part", "P00086", "Comes with a sheath and a sharpening stone. {p} USD.", "accessories invented"),
    ("invented_part", "P00110", "Includes guy ropes and a footprint. {p} USD.", "accessories invented"),
    ("invented_use", "P00088", "Great for cooking and as a hair mask. {p} USD.", "hair use invented"),
    ("invented_temperature", "P00003", "Comfort temperature minus 5 °C. {p} USD.", "it is 5 °C"),
    ("invented_origin", "P00080", "Spaghetti made in Italy, 1 kg. {p} USD.", "origin invented"),
    ("invented_measure", "P00045", "500 g of beans, enough for 60 cups. {p} USD.", "cup count invented"),
    ("invented_measure", "P00077", "100 g of green tea, 80 bags. {p} USD.", "it is 50 bags"),
]
for fam, pid, desc, why in BAD:
    add(PD, L, B, fam, P(pid), ("{t}", desc), why)
