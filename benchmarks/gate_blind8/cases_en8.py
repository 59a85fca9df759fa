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
