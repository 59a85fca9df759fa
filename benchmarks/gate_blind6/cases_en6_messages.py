"""cases_en6's cases, continued: recommendation messages, demand insights and the second pass.

Imported after cases_en6.py (build.py lists the modules in order, so cases.jsonl and its sha256 are unchanged); the helpers and constants are cases_en6's."""
# ruff: noqa: F403, F405
from cases_en6 import *

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
