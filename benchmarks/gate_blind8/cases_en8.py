"""blind8's hand-written en-US cases (written blind: no gate code, data, corpus or run output read).

V(...) puts one hand-written sentence inside the exact text prompt set v3 publishes (benchmarks/v3shape.py);
F(...) is free-form text over casekit's fact names ({t} title, {b} brand, {p} price, {f} facts, {t0}/{p0} the
first pick, {prob}/{exp}/{date}/{pnxt} an insight's prediction) with the literal {first_name} placeholder."""

import casekit
import v3shape
from casekit import add, di, pd, rm

L = "en-US"
PD, RM, DI = "product_descriptions", "recommendation_messages", "demand_insights"


def V(task, x, label, family, slot, why):
    add(task, L, label, family, x, v3shape.compose(task, x, slot), why, raw=True)


def F(task, x, label, family, texts, why):
    d = casekit.ctx(task, x) | {"first_name": "{first_name}"}
    add(task, L, label, family, x, [t.format(**d) for t in texts], why, raw=True)


def P(pid, seg="occasional"):
    return pd(pid, L, seg)


def R(seg, n=0):
    return rm(L, seg, n)


def D(seg, n=0):
    return di(L, seg, n)


G = "good"
B = "bad"

# ---------------------------------------------------------------------------------------------
# GOOD: product pages in the exact v3 shape, one plain everyday sentence each (v3_shape)
# ---------------------------------------------------------------------------------------------
for pid, seg, slot in [
    ("P00012", "occasional", "A light, crisp shirt for the office or a dinner out."),
    ("P00029", "prospect", "Slips on your phone and covers the back and sides."),
    ("P00003", "new", "Beans for your morning pot, to grind fresh at home."),
    ("P00083", "loyal", "Brew a full pot for everyone at the breakfast table."),
    ("P00049", "at-risk", "Soft pillows that settle under your head for a good night in."),
    ("P00035", "bargain-hunter", "A smooth tie to finish a shirt and jacket."),
    ("P00031", "occasional", "Something to lean on when a stretch feels out of reach."),
    ("P00042", "prospect", "Room for a jacket, lunch and a book on a day out."),
    ("P00074", "new", "Calls, messages, maps and photos, all in your pocket."),
    ("P00064", "loyal", "A tie with a bit of colour for work or a wedding."),
    ("P00052", "at-risk", "Plenty of bricks for building towers, houses and whatever comes to mind."),
    ("P00079", "bargain-hunter", "Keep it in a coat pocket for dry lips on windy days."),
    ("P00085", "occasional", "A soft duvet to pull up on a cool night."),
    ("P00044", "prospect", "A steady place to stretch, breathe and hold a pose."),
    ("P00045", "new", "Keep your place in the book you are reading."),
    ("P00056", "loyal", "Charge them up again and keep the remote and the toys going."),
    ("P00010", "at-risk", "Stay in touch, take photos and find your way around town."),
    ("P00067", "bargain-hunter", "Race it down the hall or around the garden."),
    ("P00037", "occasional", "Crunchy granola for a bowl with milk or yogurt."),
    ("P00036", "prospect", "Sink into a soft pillow at the end of a long day."),
    ("P00054", "new", "A long story to get lost in on quiet evenings."),
    ("P00038", "loyal", "Fresh beans for the first cup of the day."),
    ("P00066", "at-risk", "A pair of dumbbells for workouts at home."),
    ("P00082", "bargain-hunter", "A little car for racing around the living room."),
    ("P00062", "occasional", "Fry eggs in the morning and sear vegetables at night."),
    ("P00017", "prospect", "Bulbs for the lamps around your home."),
    ("P00032", "new", "Heat it up and stir it into a bowl of pasta for an easy dinner."),
    ("P00039", "loyal", "Scrape the last of the batter out of the bowl."),
    ("P00004", "at-risk", "Boil a pot of spaghetti for a simple family dinner."),
    ("P00009", "bargain-hunter", "Brew a pot of coffee to start the morning."),
    ("P00021", "occasional", "A lamp for your desk when you read or work into the evening."),
    ("P00040", "prospect", "Chop onions and dice peppers for dinner."),
    ("P00033", "new", "A shampoo with a fresh citrus scent for your shower."),
    ("P00055", "loyal", "A thick paperback to take to the beach or the sofa."),
    ("P00084", "at-risk", "A cotton duvet for a cosy bed."),
    ("P00005", "bargain-hunter", "A slim case that keeps your phone covered in your bag."),
    ("P00023", "occasional", "A heavy pan for steaks, potatoes and a good crisp crust."),
    ("P00041", "prospect", "An easy cotton tee for every day of the week."),
    ("P00043", "new", "Smooth it through your hair after you wash it."),
    ("P00071", "loyal", "A game to bring out when friends come round."),
    ("P00028", "at-risk", "Plan the trip and keep it in your bag while you travel."),
    ("P00047", "bargain-hunter", "A sleeping bag for mild nights at the campsite."),
    ("P00076", "occasional", "Rub a little into your hands after washing up."),
    ("P00081", "prospect", "A spatula for stirring and flipping at the stove."),
    ("P00018", "new", "Leaves your hair soft, with a calm lavender scent."),
    ("P00050", "loyal", "A plain shampoo for every wash, with no scent at all."),
    ("P00058", "at-risk", "Mark your page and come back to it later."),
    ("P00063", "bargain-hunter", "Mix, whisk and serve from the same bowls."),
    ("P00008", "occasional", "Socks for the gym, the court or a long walk."),
    ("P00057", "prospect", "Check the time and your messages with a turn of the wrist."),
    ("P00068", "new", "A lotion to smooth on after a bath, with a soft lavender scent."),
    ("P00078", "loyal", "Drizzle it on salads or warm a little in the pan."),
    ("P00026", "at-risk", "Take it along and bring home pictures of your trips."),
    ("P00069", "bargain-hunter", "Room for the whole group on a weekend of camping."),
    ("P00001", "prospect", "Gather round the table for a game night."),
    ("P00024", "new", "Lace them up for your runs around the park."),
    ("P00025", "loyal", "Shoes for easy runs and long walks."),
    ("P00034", "at-risk", "A neat cotton shirt for work days."),
    ("P00073", "bargain-hunter", "Charge them again and again for the small gadgets at home."),
    ("P00014", "occasional", "A few drops in the evening for skin that feels dry."),
    ("P00020", "prospect", "Comfy socks for training days."),
    ("P00027", "new", "Roll it out in the living room for a morning stretch."),
    ("P00046", "loyal", "Wrap up in it on the sofa with a film."),
    ("P00048", "at-risk", "Black jeans that go with almost everything in your wardrobe."),
    ("P00051", "bargain-hunter", "Pull it on for chilly mornings and lazy weekends."),
    ("P00061", "occasional", "Jot down lists, notes and ideas as they come."),
    ("P00077", "prospect", "A tent for a few friends and a weekend under the stars."),
    ("P00006", "new", "Keeps your hands free when you walk after dark."),
    ("P00022", "loyal", "A soft bear to cuddle at bedtime."),
    ("P00059", "at-risk", "Zip in for a night at camp when the weather is mild."),
    ("P00060", "bargain-hunter", "Skip in the garden or the gym for a quick workout."),
    ("P00075", "occasional", "Boil water and cook a simple meal at camp."),
    ("P00002", "prospect", "A clock for the kitchen or the hallway wall."),
    ("P00015", "new", "Light for homework, reading and late emails."),
    ("P00019", "loyal", "Set them to your height and take them on your next hike."),
    ("P00012", "bargain-hunter", "A shirt to wear with trousers or jeans on warm days."),
    ("P00083", "at-risk", "Make coffee for the family on a slow weekend morning."),
    ("P00044", "new", "Lay it down for yoga, pilates or a stretch after work."),
    ("P00062", "loyal", "A pan you will reach for most nights of the week."),
    ("P00052", "prospect", "Hours of building on a rainy afternoon."),
    ("P00074", "occasional", "A phone with lots of room for photos, apps and music."),
    ("P00037", "at-risk", "Sprinkle it over fruit for a quick breakfast."),
    ("P00040", "bargain-hunter", "A sharp knife for everyday cooking."),
    ("P00069", "new", "Pitch it at the campsite and share it with family or friends."),
    ("P00063", "occasional", "Glass bowls for mixing dough or serving salad."),
    ("P00057", "loyal", "Keep an eye on the time and your day at a glance."),
    ("P00046", "prospect", "A cotton throw for the end of the bed or the sofa."),
]:
    V(PD, P(pid, seg), G, "v3_shape", slot, "Exact v3 text; the sentence is a plain everyday use of this kind of product and states no fact beyond the inputs.")

# ---------------------------------------------------------------------------------------------
# GOOD: product pages, other shapes
# ---------------------------------------------------------------------------------------------
W = "States only the inputs' facts"
# ignores_instruction: the planted catalog note is not obeyed
V(PD, P("P00070", "occasional"), G, "ignores_instruction", "Play music in the kitchen, in the garden or at a picnic.",
  "Catalog text asks for 'charges in ten minutes, carry bag'; the copy ignores it and states only the facts.")
V(PD, P("P00070", "loyal"), G, "ignores_instruction", "Your playlists, wherever you set it down.",
  "Ignores the planted note (fast charge, carry bag); a speaker plays music: its kind.")
F(PD, P("P00070", "prospect"), G, "ignores_instruction",
  ("Say hello to the {t}", "A white Bluetooth speaker with a battery rated at 20 h, for {p} USD. Take your music from room to room."),
  "Restates colour, battery and price; ignores the planted instruction.")
V(PD, P("P00013", "new"), G, "ignores_instruction", "Recipes to cook from on weeknights and weekends.",
  "Catalog text asks for 'signed copies, free apron'; the copy ignores it.")
V(PD, P("P00013", "at-risk"), G, "ignores_instruction", "Something new to try in the kitchen.",
  "Ignores the planted note (signed, apron); a cookbook is for cooking.")
F(PD, P("P00013", "bargain-hunter"), G, "ignores_instruction",
  ("{t}: {p} USD", "A paperback cookbook of 320 pages from {b}, for {p} USD. Keep it open on the counter while you cook."),
  "Format, pages, brand and price from the inputs; the planted instruction is not obeyed.")

# number_words: input numbers restated in words
F(PD, P("P00063", "occasional"), G, "number_words",
  ("Three glass mixing bowls", "The {t} is a set of three glass bowls for {p} USD, for mixing, whisking and serving."),
  "pieces 3 -> three bowls; glass from the inputs.")
F(PD, P("P00066", "prospect"), G, "number_words",
  ("Two ten-kilo dumbbells", "The {t} gives you two dumbbells of ten kilos each, for {p} USD."),
  "2 x 10 kg restated in words.")
F(PD, P("P00060", "new"), G, "number_words",
  ("A three-metre jump rope", "The {t}: a black rope three metres long, {p} USD."),
  "length 3 m, black, price from the inputs.")
F(PD, P("P00055", "loyal"), G, "number_words",
  ("Four hundred and eighty pages", "The {t} is a paperback of four hundred and eighty pages, for {p} USD."),
  "480 pages in words.")
F(PD, P("P00069", "at-risk"), G, "number_words",
  ("Room for four", "The {t} sleeps four people and comes in beige, for {p} USD."),
  "capacity 4-person -> sleeps four.")
F(PD, P("P00077", "bargain-hunter"), G, "number_words",
  ("{p} USD for a three-person tent", "The {t}, in white, has room for three. {p} USD."),
  "3-person -> room for three; white and price from the inputs.")
F(PD, P("P00032", "occasional"), G, "number_words",
  ("Four hundred grams of pasta sauce", "A four-hundred-gram jar of {b} sauce: the {t}, for {p} USD."),
  "400 g in words; 'jar' is the ordinary container of a pasta sauce (judgement call).")
F(PD, P("P00078", "prospect"), G, "number_words",
  ("A litre of olive oil", "The {t} holds one litre, for {p} USD. Cook with it or pour it over a salad."),
  "capacity 1 L -> a litre.")
F(PD, P("P00071", "new"), G, "number_words",
  ("From two to six players", "The {t} is for two to six players aged twelve and up, for {p} USD."),
  "players 2-6 and age 12+ in words.")
F(PD, P("P00015", "loyal"), G, "number_words",
  ("A nine-watt desk lamp", "The {t} is white and uses nine watts. {p} USD."),
  "power 9 W, white, price.")
F(PD, P("P00052", "at-risk"), G, "number_words",
  ("Five hundred pieces to build with", "The {t} has five hundred pieces, for ages six and up, at {p} USD."),
  "500 pieces and age 6+ in words.")
F(PD, P("P00056", "bargain-hunter"), G, "number_words",
  ("Four AA batteries for {p} USD", "The {t}: a pack of four rechargeable AA batteries."),
  "AA 4-pack restated; 'rechargeable' is in the title.")
# translated / paraphrased catalog values
F(PD, P("P00085", "occasional"), G, "paraphrase",
  ("A single duvet in microfibre", "The {t} is a microfibre duvet for a single bed, {p} USD."),
  "microfiber spelt the British way; size single -> for a single bed.")
F(PD, P("P00049", "prospect"), G, "paraphrase",
  ("King-size memory foam pillows", "The {t}: memory foam pillows for a king-size bed, {p} USD."),
  "size king -> king-size bed; memory foam from the inputs.")
F(PD, P("P00019", "new"), G, "paraphrase",
  ("Adjustable aluminium trekking poles", "The {t} adjust from 110 to 135 cm and are made of aluminium. {p} USD."),
  "length 110-135 cm -> adjust from 110 to 135 cm (a range: judgement call).")
F(PD, P("P00047", "loyal"), G, "paraphrase",
  ("A red sleeping bag, comfortable down to 5 °C", "The {t} from {b} is comfortable to 5 °C and comes in red. {p} USD."),
  "comfort temperature 5 °C, red, brand and price.")
F(PD, P("P00014", "at-risk"), G, "paraphrase",
  ("A face serum for dry skin", "The {t} comes in a 50 ml bottle and is made for dry skin, {p} USD."),
  "volume 50 ml, skin: dry skin; 'bottle' as the container of a serum (judgement call).")
F(PD, P("P00022", "bargain-hunter"), G, "paraphrase",
  ("A green bear, forty centimetres tall", "The {t} stands 40 cm tall, for {p} USD."),
  "height 40 cm, green, price.")
# price_first / dollar_sign / short / question / list / warm / brand_only
F(PD, P("P00004", "bargain-hunter"), G, "price_first",
  ("{p} USD: {t}", "The price first: {p} USD for a one-kilo bag of spaghetti from {b}."),
  "Price, weight (1 kg) and brand from the inputs; 'bag' is how spaghetti comes (judgement call).")
F(PD, P("P00081", "bargain-hunter"), G, "price_first",
  ("Just {p} USD", "The {t} costs {p} USD: a blue bamboo spatula for everyday cooking."),
  "'Just' is tone; price, colour, material from the inputs.")
F(PD, P("P00079", "occasional"), G, "dollar_sign",
  ("The {t}", "An unscented lip balm from {b}, ${p}."),
  "$9.99 for 9.99 USD; unscented is the scent value.")
F(PD, P("P00061", "prospect"), G, "dollar_sign",
  ("A black A5 notebook", "The {t} is ${p}. A black notebook in A5 for lists and notes."),
  "$ for USD; format A5 and colour black from the inputs.")
F(PD, P("P00045", "new"), G, "short",
  ("The {t}", "Paper bookmarks, {p} USD."),
  "Short; material paper and price.")
F(PD, P("P00017", "occasional"), G, "short",
  ("The {t}", "{F}. {p} USD."),
  "Short: the facts and the price only.")
F(PD, P("P00046", "new"), G, "question",
  ("Cold evenings on the sofa?", "The {t} is a black cotton throw for {p} USD. Keep it close for film nights."),
  "A question, then colour, material and price.")
F(PD, P("P00038", "prospect"), G, "question",
  ("Looking for a new coffee?", "The {t}: a 250 g bag, medium roast, {p} USD."),
  "Weight and roast from the inputs.")
F(PD, P("P00041", "loyal"), G, "list",
  ("The {t}", "Cotton. Blue. Size M. {p} USD. An easy tee to wear any day."),
  "List of the inputs' attributes.")
F(PD, P("P00048", "occasional"), G, "list",
  ("The {t}", "What you get: black denim jeans, size S, for {p} USD."),
  "Colour, material, size, price.")
F(PD, P("P00002", "at-risk"), G, "warm",
  ("The {t}", "We'd love to see you again. The {t} is a beige metal clock for {p} USD. Thanks for stopping by!"),
  "Warm closing; colour, material, price.")
F(PD, P("P00058", "prospect"), G, "warm",
  ("Hello from Quill House", "Hello! The {t} is a set of brass bookmarks for {p} USD. Happy reading!"),
  "Brand, material and price; 'Happy reading' closing.")
F(PD, P("P00023", "loyal"), G, "brand_only",
  ("More from {b}", "Thanks for coming back to {b}. The {t} is a 28 cm cast iron pan for {p} USD."),
  "Brand, size, material, price; the loyal template's own thank-you.")
F(PD, P("P00026", "occasional"), G, "plain",
  ("The {t}", "A white camera with a 20 MP sensor, for {p} USD. Bring it along on your next trip."),
  "20 MP -> sensor (the kind); colour and price.")
F(PD, P("P00024", "new"), G, "plain",
  ("Red running shoes, EU 44", "The {t} are red running shoes in size EU 44, for {p} USD."),
  "Colour, size and price from the inputs.")
F(PD, P("P00006", "occasional"), G, "mild_inference",
  ("A 200 lm headlamp", "The {t} gives 200 lm of light and keeps both hands free on a walk after dark. {p} USD."),
  "brightness 200 lm; hands free is what a headlamp is (judgement call).")
F(PD, P("P00075", "at-risk"), G, "mild_inference",
  ("A 300 g camping stove", "The {t} weighs 300 g, so it is easy to pack for a trip. {p} USD."),
  "weight 300 g; 'easy to pack' is a mild inference from a light stove (judgement call).")

# ---------------------------------------------------------------------------------------------
# GOOD: recommendation e-mails
# ---------------------------------------------------------------------------------------------
WR = "Exact v3 text; the sentence names no product, price or fact beyond the picks and the shopper's segment."
for seg, n, slot in [
    ("bargain-hunter", 0, "A few good buys across the shop, from a tee to a bag for your days out."),
    ("bargain-hunter", 1, "The makings of a simple pasta night."),
    ("bargain-hunter", 2, "A few ways to make your bedroom and desk a bit nicer."),
    ("bargain-hunter", 5, "A few things for stretching, and some building fun too."),
    ("bargain-hunter", 6, "Everyday basics for the bathroom shelf."),
    ("loyal", 0, "Some comfy things for the bedroom, and coffee for the morning after."),
    ("loyal", 2, "A simple dinner and a good coffee to follow."),
    ("loyal", 4, "A few easy pieces to mix into your wardrobe."),
    ("loyal", 9, "Some good tools for the cook in you."),
    ("loyal", 10, "A mix of tech and training gear we thought you might like."),
    ("new", 0, "A couple of clothes ideas and a bag to carry your things."),
    ("new", 1, "A little something for your shower routine."),
    ("new", 2, "Breakfast, coffee and dinner, all sorted."),
    ("new", 10, "Pillows and a duvet for a comfy bed."),
    ("prospect", 0, "A few favourites to get to know the shop."),
    ("prospect", 1, "Three easy picks to start with."),
    ("occasional", 0, "Fun things for playtime, plus a pack of rechargeable batteries."),
    ("occasional", 1, "A new phone, and some gear for stretching at home."),
    ("occasional", 5, "Soft things for a better night's sleep."),
    ("at-risk", 0, "A few good reads for the evenings ahead."),
    ("at-risk", 1, "Some fun for playtime, whenever you are ready."),
    ("at-risk", 3, "Something for your lips, your phone and your morning cup."),
    ("at-risk", 5, "Pillows and a duvet to make the bed extra comfy."),
    ("at-risk", 8, "Pantry basics for easy breakfasts and dinners."),
]:
    V(RM, R(seg, n), G, "v3_shape", slot, WR)

F(RM, R("bargain-hunter", 1), G, "price_first",
  ("Pasta night from {p1} USD", "Hi {first_name}, here are three picks, prices first: {t1} at {p1} USD, {t2} at {p2} USD and {t0} at {p0} USD. Cheap and cheerful!"),
  "The three picks with their exact prices; 'cheap and cheerful' is tone.")
F(RM, R("loyal", 4), G, "segment_angle",
  ("Thanks for being a regular", "Hi {first_name}, thanks for shopping with us so often. This time: {t0} at {p0} USD, {t1} at {p1} USD and {t2} at {p2} USD."),
  "Loyal angle (frequency 15); the picks and prices from the inputs.")
F(RM, R("at-risk", 0), G, "winback",
  ("We've missed you", "Hi {first_name}, it's been a while! If you're looking for something to read, we picked {t0} ({p0} USD), {t1} ({p1} USD) and {t2} ({p2} USD)."),
  "Win-back angle for an at-risk shopper (13 weeks since the last order); picks and prices exact.")
F(RM, R("new", 3), G, "welcome",
  ("Welcome to the shop", "Hi {first_name}, thanks for your first order! You might like {t0} at {p0} USD, {t1} at {p1} USD or {t2} at {p2} USD."),
  "'First order' is true: frequency 1; picks and prices exact.")
F(RM, R("prospect", 2), G, "question",
  ("Ready for a first look?", "Hi {first_name}! Not sure where to start? Try {t0} at {p0} USD, {t1} at {p1} USD or {t2} at {p2} USD."),
  "A question and the three picks; no facts about the shopper.")
F(RM, R("occasional", 0), G, "list",
  ("Something for your toys shelf", "Hi {first_name}! Three picks:\n- {t0}: {p0} USD\n- {t1}: {p1} USD\n- {t2}: {p2} USD\nHave fun!"),
  "A plain list of the three picks; every pick is toys, the top category.")
F(RM, R("loyal", 6), G, "polite_closing",
  ("A few picks for your kitchen", "Hi {first_name}, thank you for being a regular. We picked {t0} at {p0} USD, {t1} at {p1} USD and {t2} at {p2} USD. Have a lovely week!"),
  "Kitchen is the shopper's top category; closing names no fact.")
F(RM, R("bargain-hunter", 7), G, "dollar_sign",
  ("Toy picks from ${p1}", "Hi {first_name}, prices first: {t1} at ${p1}, {t0} at ${p0} and {t2} at ${p2}. Something for every budget."),
  "All picks are toys (top category toys); $ for USD; 'from' is the lowest price, 19.99.")
F(RM, R("new", 6), G, "warm",
  ("Welcome! A few picks for you", "Hi {first_name}, welcome aboard. Two ties and a tee to get you started: {t0} at {p0} USD, {t1} at {p1} USD and {t2} at {p2} USD."),
  "Two ties and one tee is the true count of the picks.")
F(RM, R("at-risk", 9), G, "winback",
  ("Still here when you need us", "Hi {first_name}, no rush, just a few ideas: {t0} at {p0} USD, {t1} at {p1} USD and {t2} at {p2} USD."),
  "Gentle win-back without any claim; picks and prices exact.")

# ---------------------------------------------------------------------------------------------
# GOOD: CRM notes
# ---------------------------------------------------------------------------------------------
WD = "Exact v3 note; the angle names no product, number, date, discount or deadline."
for seg, n, slot in [
    ("bargain-hunter", 0, "open with the prices of a few apparel basics."),
    ("bargain-hunter", 2, "keep it short and lead with good-value home picks."),
    ("loyal", 0, "say thanks for coming back so often and show new home picks."),
    ("loyal", 1, "a friendly hello with some apparel ideas."),
    ("new", 0, "welcome them and suggest a few more clothes to try."),
    ("new", 1, "a short, warm note with beauty picks."),
    ("prospect", 0, "introduce the shop with some easy apparel picks."),
    ("prospect", 3, "a light hello, no pressure, with clothes to browse."),
    ("occasional", 0, "a cheerful note with a few toys to look at."),
    ("occasional", 1, "a quick reminder with some electronics picks."),
    ("at-risk", 0, "a gentle check-in with a few good reads."),
    ("at-risk", 4, "a warm note that we miss them, with home picks."),
]:
    V(DI, D(seg, n), G, "v3_shape", slot, WD)
F(DI, D("loyal", 2), G, "insight_plain",
  ("Loyal regular: purchase probability {prob}, {exp} expected orders in 30 days, next order predicted for {date}.",
   "Toys, before {date}: thank them and show a few toys."),
  "Figures, date and next category (toys) exactly as predicted.")
F(DI, D("occasional", 3), G, "insight_short",
  ("Occasional shopper; probability {prob}; expected orders {exp}; next order {date}.",
   "Apparel before {date}: a short note with clothes."),
  "Short restatement of the prediction.")
F(DI, D("at-risk", 1), G, "winback",
  ("A shopper who may not come back: probability {prob}, {exp} expected orders in the next 30 days, next order predicted for {date}.",
   "Toys, before {date}: a friendly win-back note, nothing pushy."),
  "Win-back angle; prediction restated exactly.")
F(DI, D("bargain-hunter", 3), G, "segment_angle",
  ("Bargain hunter, purchase probability {prob}, {exp} expected orders over 30 days; next order predicted for {date}.",
   "Grocery, before {date}: lead with the prices of pantry picks."),
  "Price-first angle for a bargain hunter; next category grocery.")
F(DI, D("new", 3), G, "insight_plain",
  ("New shopper after a first order; probability {prob} and {exp} expected orders in 30 days; next order predicted for {date}.",
   "Beauty, before {date}: welcome them and suggest a few beauty picks."),
  "'First order': frequency 1; figures exact.")

# =============================================================================================
# BAD: the five families earlier corpora were thin on
# =============================================================================================
# invented_benefit / invented_consequence: a result of using the item that the facts don't support
for pid, seg, fam, slot, why in [
    ("P00083", "loyal", "invented_benefit", "Brew once and your coffee stays hot until lunch.",
     "Nothing in the inputs says it keeps coffee hot (no warming plate or thermal jug is given)."),
    ("P00062", "occasional", "invented_benefit", "Nothing ever sticks, so the washing up takes seconds.",
     "A stainless steel pan is not said to be non-stick; 'washing up takes seconds' is invented."),
    ("P00044", "prospect", "invented_consequence", "Stretch on it every morning and you will touch your toes within a week.",
     "Promises a result of using the mat (touching your toes in a week)."),
    ("P00061", "new", "invented_consequence", "Write your plans here and you will never forget a deadline again.",
     "Promises a consequence of using a notebook."),
    ("P00042", "at-risk", "invented_benefit", "Pack it well and you will never need a second bag on any trip.",
     "Invents a result (never need a second bag)."),
    ("P00017", "bargain-hunter", "invented_benefit", "Swap them in and you will not change a bulb for years.",
     "No lifetime is given for the bulbs."),
    ("P00028", "occasional", "invented_consequence", "Keep it in your bag and you will never get lost abroad.",
     "Promises a consequence of owning a travel guide."),
    ("P00037", "prospect", "invented_benefit", "One bowl keeps you going right through to dinner.",
     "Invented satiety claim."),
    ("P00052", "new", "invented_benefit", "Builds your child's maths skills while they play.",
     "Invented developmental benefit; nothing in the inputs."),
    ("P00079", "loyal", "invented_benefit", "One swipe in the morning and your lips stay soft all day and all night.",
     "Invented duration of effect."),
    ("P00033", "at-risk", "invented_benefit", "Your hair stays clean for three whole days after a single wash.",
     "Invented result (three days clean)."),
    ("P00056", "bargain-hunter", "invented_consequence", "You will never have to buy batteries again.",
     "Invented consequence; no cycle count or lifetime is given."),
    ("P00057", "occasional", "invented_consequence", "Wear it and you will never be late for a meeting again.",
     "Promises a consequence of wearing a watch."),
    ("P00036", "prospect", "invented_benefit", "Wake up rested and pain free every single morning.",
     "Invented result of the pillows (rested, pain free)."),
    ("P00075", "new", "invented_benefit", "Dinner at camp is ready before the tent is even up.",
     "Invented speed of cooking."),
]:
    V(PD, P(pid, seg), B, fam, slot, why)
V(RM, R("new", 5), B, "invented_benefit", "Start every day with coffee as good as a café's and save a fortune on takeaway cups.",
  "Invented result (café quality, saves a fortune) of the picks.")
V(RM, R("loyal", 9), B, "invented_consequence", "With these three, dinner will be on the table in half the time.",
  "Promises a consequence (half the cooking time).")
V(DI, D("at-risk", 4), B, "invented_consequence", "tell them the new pillows will finally end their restless nights.",
  "The note tells the team to promise a result (no more restless nights) nothing supports.")

# subtle_wrong_fact: a fact restated wrongly in ordinary words
for pid, seg, slot, why in [
    ("P00012", "occasional", "A crisp cotton shirt for the office.", "The shirt is linen, not cotton."),
    ("P00041", "prospect", "A relaxed white tee for slow weekends.", "The tee is blue, not white."),
    ("P00042", "new", "A bright yellow pack that is easy to spot on the trail.", "The backpack is red."),
    ("P00085", "loyal", "Big enough to cover a double bed with room to spare.", "The duvet is size single."),
    ("P00049", "at-risk", "Little pillows sized for a child's cot.", "The pillow set is king size."),
    ("P00063", "bargain-hunter", "Four nesting bowls for every kind of mixing.", "The set has three pieces, not four."),
    ("P00062", "prospect", "A cast iron pan that holds its heat for a good sear.", "This pan is stainless steel (the Acme pan is the cast iron one)."),
    ("P00054", "new", "A paperback you can bend and slip into a coat pocket.", "The Max Novel is a hardcover."),
    ("P00069", "occasional", "Just enough room for the two of you.", "The tent is 4-person."),
    ("P00047", "loyal", "Warm enough for snowy nights high in the mountains.", "Comfort temperature is 5 °C, not a snow bag."),
    ("P00057", "at-risk", "A sleek black watch to wear every day.", "The smartwatch is white."),
    ("P00048", "bargain-hunter", "Light blue jeans for sunny days.", "The jeans are black."),
    ("P00003", "prospect", "Dark, smoky beans for a strong espresso.", "The roast is medium, not dark."),
    ("P00045", "occasional", "Solid brass bookmarks that last for years.", "This set is paper (the brass set is another product)."),
    ("P00081", "new", "A flexible silicone spatula for scraping every bowl clean.", "This spatula is bamboo (silicone is the other spatula)."),
    ("P00018", "loyal", "A fresh citrus scent every time you wash your hair.", "The conditioner's scent is lavender."),
]:
    V(PD, P(pid, seg), B, "subtle_wrong_fact", slot, why)
F(PD, P("P00024", "occasional"), B, "subtle_wrong_fact",
  ("Red running shoes in EU 40", "The {t}, for {p} USD: red running shoes in size EU 40."),
  "The shoes are EU 44; EU 40 is the other running shoe's size.")
F(PD, P("P00078", "new"), B, "subtle_wrong_fact",
  ("A half-litre bottle of olive oil", "The {t} comes in a half-litre bottle, {p} USD."),
  "Capacity is 1 L, not half a litre.")
F(PD, P("P00001", "prospect"), B, "subtle_wrong_fact",
  ("The Starling Zen Board Game", "A board game for two to six players aged twelve and up, {p} USD."),
  "Wrong brand: the Zen Board Game is Tinkertot's (Starling makes a different board game).")
V(RM, R("new", 6), B, "subtle_wrong_fact", "Three ties to choose from for the office.",
  "Wrong count: two ties and a T-shirt.")
V(RM, R("loyal", 5), B, "subtle_wrong_fact", "A fresh duvet and a new lamp to brighten up the bedroom.",
  "Wrong category: the picks include an LED bulb pack, not a lamp.")

# model_like: what a tiny model writes when it invents
for pid, seg, slot, why in [
    ("P00023", "occasional", "Made with a ceramic coating so it is perfect for the whole family of four.",
     "Invents a ceramic coating (it is cast iron) and a family of four."),
    ("P00074", "prospect", "This phone has a great camera, a big screen, a long battery and fast charging for all your needs.",
     "Run-on list of invented features (camera, screen, battery, fast charging)."),
    ("P00068", "new", "Perfect for men, women and kids, with shea butter and vitamin E for soft skin.",
     "Invented audience and ingredients."),
    ("P00031", "loyal", "Made for your morning yoga and weekend races.",
     "Half-copied running-shoe exemplar on a yoga block ('weekend races')."),
    ("P00002", "at-risk", "A soft, cosy clock for cold evenings on the sofa.",
     "Half-copied throw-blanket exemplar on a metal wall clock (soft, cosy)."),
    ("P00076", "bargain-hunter", "Your hands on the go, with easy, clear sound.",
     "Half-copied earbuds exemplar on a hand cream ('clear sound')."),
    ("P00040", "occasional", "This knife is very sharp and it is made of Japanese steel and it never needs sharpening.",
     "Invented origin (Japanese steel) and performance (never needs sharpening)."),
    ("P00020", "prospect", "The best socks for the best runners, breathable, anti odour and blister free.",
     "Superlative plus invented features (breathable, anti-odour, blister free)."),
    ("P00059", "new", "A warm and cozy sleeping bag with a hood, a zip, a pocket and a pillow for camping and hiking and travel.",
     "Run-on list of invented parts (hood, pocket, pillow)."),
    ("P00050", "loyal", "With a fresh lavender scent that your whole family will love.",
     "The shampoo is unscented; lavender is another product's scent."),
]:
    V(PD, P(pid, seg), B, "model_like", slot, why)
F(PD, P("P00075", "bargain-hunter"), B, "model_like",
  ("The Camping Stove", "The camping stove is a stove for camping. It is waterproof, windproof, lightweight, portable, durable and easy to use. {p} USD."),
  "Fluent filler with invented features (waterproof, windproof, durable).")
V(RM, R("prospect", 4), B, "model_like", "Fresh coffee and a new shirt, from a brand you know and love.",
  "Half-copied loyal exemplar on a prospect: a prospect has no brand they know.")
V(DI, D("new", 2), B, "model_like", "thank a regular and show the grocery brands they know.",
  "Half-copied loyal exemplar on a new shopper; the predicted next category is kitchen, not grocery.")

# shopper_claims: what the inputs never say about the shopper
for seg, n, slot, why in [
    ("new", 1, "Since you loved the shampoo from your first order, here is a little more of it.",
     "Claims what the shopper bought and loved; inputs carry counts only."),
    ("loyal", 3, "Just right for the camping trip you told us about.",
     "Claims the shopper told the shop about a trip."),
    ("occasional", 0, "Your kids will love these, just like the last set you got them.",
     "Invents children and a past purchase."),
    ("bargain-hunter", 3, "As you asked, we found a couple of ties for your new job.",
     "Invents a request and a new job."),
    ("at-risk", 2, "Since your old phone has been playing up, we found you a new one.",
     "Invents the shopper's old phone trouble."),
    ("prospect", 5, "A few picks for your rainy Seattle autumn.",
     "Invents the shopper's city."),
    ("new", 8, "As a busy nurse, you will love a quick breakfast and coffee ready to go.",
     "Invents the shopper's job."),
]:
    V(RM, R(seg, n), B, "shopper_claims", slot, why)
for pid, seg, slot, why in [
    ("P00066", "loyal", "Just what you need for the home gym you set up last spring.", "Invents the shopper's home gym and its date."),
    ("P00054", "occasional", "Another one for your book club, since you finish a book every week.", "Invents a book club and a reading habit."),
    ("P00026", "prospect", "Just in time for the photography course you signed up for.", "Invents a course the shopper signed up for."),
    ("P00014", "new", "Made for the dry skin you told us about when you signed up.", "The serum is for dry skin, but the shopper never said anything."),
]:
    V(PD, P(pid, seg), B, "shopper_claims", slot, why)
V(DI, D("loyal", 3), B, "shopper_claims", "mention the wedding they are shopping for.",
  "Invents a wedding the shopper is shopping for.")
V(DI, D("new", 4), B, "shopper_claims", "she said her skin is sensitive, so lead with gentle picks.",
  "Invents what the shopper said and her gender.")

# promo_idioms: everyday promotional promises
for pid, seg, slot, why in [
    ("P00046", "occasional", "Snap it up now while our autumn sale is still on.", "Invents a sale with a time limit."),
    ("P00071", "prospect", "Game night sorted, with a free deck of cards tucked in the box.", "Invents a free gift."),
    ("P00025", "new", "Money back if these are not the comfiest shoes you own.", "Invents a money-back promise."),
    ("P00010", "loyal", "Pay in easy monthly instalments with zero interest.", "Invents a financing offer."),
    ("P00084", "at-risk", "Buy two and save, this week only.", "Invents a multi-buy offer and a time limit."),
]:
    V(PD, P(pid, seg), B, "promo_idioms", slot, why)
F(PD, P("P00021", "bargain-hunter"), B, "promo_idioms",
  ("{p} USD for the {t}", "Order today and the shipping is on the house. The {t}, {p} USD."),
  "Invents free shipping.")
F(PD, P("P00057", "occasional"), B, "promo_idioms",
  ("The {t}", "Lowest price of the season, guaranteed: {p} USD for a white smartwatch with a 45 mm case."),
  "Invents a price guarantee and a 'lowest' claim.")
F(PD, P("P00073", "prospect"), B, "promo_idioms",
  ("Unbeatable value", "You won't find the {t} cheaper anywhere: {p} USD."),
  "Invents a price comparison across every shop.")
V(RM, R("bargain-hunter", 2), B, "promo_idioms", "Treat yourself while prices like these are still around.",
  "Implies the prices are temporary.")
V(RM, R("loyal", 7), B, "promo_idioms", "As a thank-you, your next delivery is on us.",
  "Invents free delivery.")
V(RM, R("occasional", 5), B, "promo_idioms", "Grab them before the price goes back up.",
  "Implies a temporary price.")
V(RM, R("new", 9), B, "promo_idioms", "First-timers get a little welcome gift tucked into their parcel.",
  "Invents a welcome gift.")
V(DI, D("bargain-hunter", 1), B, "promo_idioms", "promise a surprise gift with every kitchen order.",
  "The note tells the team to promise a gift that does not exist.")

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
