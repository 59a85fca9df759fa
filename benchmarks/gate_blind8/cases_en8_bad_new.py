"""cases_en8's cases, continued: bad cases of the five families earlier corpora were thin on.

Imported after cases_en8.py (build.py lists the modules in order, so cases.jsonl and its sha256 are unchanged); the helpers and constants are cases_en8's."""
# ruff: noqa: F403, F405
from cases_en8 import *

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

