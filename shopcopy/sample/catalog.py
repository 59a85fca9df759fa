"""The sample shop's catalog: categories with price levels, brands and items, complements, attributes."""

# category -> (typical price, brands, [(noun, price factor, attributes)]); an attribute is a
# shared key from ATTRS or "key=v1|v2" with values that fit the noun. Complement nouns come
# first so that even a 60-product catalog contains every pair.
CATALOG: dict[str, tuple[float, list[str], list[tuple[str, float, str]]]] = {
    "electronics": (90.0, ["Voltra", "Northwind", "Pixelon", "Auralis", "Kestrel"], [
        ("Smartphone", 6.0, "color;storage=64 GB|128 GB|256 GB"),
        ("Phone Case", 0.25, "color;material=silicone|leather|polycarbonate"),
        ("Camera", 5.0, "color;resolution=20 MP|24 MP|33 MP"),
        ("SD Card", 0.3, "storage=64 GB|128 GB|256 GB"),
        ("Wireless Earbuds", 1.2, "color;battery=6 h|8 h|10 h"),
        ("Bluetooth Speaker", 0.9, "color;battery=12 h|20 h"),
        ("Smartwatch", 2.5, "color;case=41 mm|45 mm")]),
    "home": (45.0, ["Hearthly", "Acme", "Linden & Co", "Casa Verde"], [
        ("Duvet", 1.6, "size=single|double|king;material=cotton|down|microfiber"),
        ("Pillow Set", 0.8, "size=standard|king;material=cotton|memory foam"),
        ("Desk Lamp", 0.9, "color;power=6 W|9 W"), ("LED Bulb Pack", 0.3, "power=6 W|9 W|12 W"),
        ("Throw Blanket", 0.9, "color;material=fleece|wool|cotton"),
        ("Wall Clock", 0.7, "color;material=wood|metal")]),
    "kitchen": (35.0, ["Copperpot", "Acme", "Bellacucina", "Stovewise"], [
        ("Coffee Maker", 2.5, "color;capacity=1.2 L|1.5 L"),
        ("Frying Pan", 1.0, "size=24 cm|28 cm;material=cast iron|stainless steel|non-stick"),
        ("Spatula", 0.3, "material=silicone|bamboo|nylon;color"),
        ("Chef Knife", 1.4, "blade=15 cm|20 cm;material=stainless steel|damascus steel"),
        ("Water Bottle", 0.6, "capacity=500 ml|750 ml|1 L;color"),
        ("Mixing Bowl Set", 0.8, "material=stainless steel|glass;pieces=3|5")]),
    "beauty": (18.0, ["Lumiere", "Petal & Pine", "Aqualis", "Verdana"], [
        ("Shampoo", 0.8, "volume;scent"), ("Conditioner", 0.8, "volume;scent"),
        ("Face Serum", 1.8, "volume=30 ml|50 ml;skin=all skin types|dry skin|oily skin"),
        ("Body Lotion", 0.9, "volume;scent"), ("Lip Balm", 0.3, "scent"),
        ("Hand Cream", 0.6, "volume=50 ml|75 ml;scent")]),
    "sports": (40.0, ["Stridemax", "Peakform", "Acme", "Velocity"], [
        ("Running Shoes", 2.5, "size=EU 40|EU 42|EU 44;color"),
        ("Sports Socks", 0.3, "size;color"), ("Yoga Mat", 0.9, "color;thickness=4 mm|6 mm"),
        ("Yoga Block", 0.4, "color;material=cork|foam"),
        ("Dumbbell Set", 1.8, "weight=2 x 5 kg|2 x 10 kg"),
        ("Jump Rope", 0.3, "color;length=2.7 m|3 m")]),
    "outdoors": (70.0, ["Northwind", "Ridgeline", "Alpenglow", "Trailcraft", "Acme"], [
        ("Tent", 3.0, "capacity=2-person|3-person|4-person;color"),
        ("Sleeping Bag", 1.5, "comfort temperature=5 °C|-2 °C;color"),
        ("Backpack", 1.2, "volume=20L|30L|45L;color"),
        ("Headlamp", 0.4, "brightness=200 lm|400 lm"),
        ("Camping Stove", 0.9, "weight=300 g|450 g"),
        ("Trekking Poles", 0.8, "material=aluminium|carbon;length=110-135 cm")]),
    "books": (15.0, ["Harbor Press", "Quill House", "Lantern Books"], [
        ("Novel", 1.0, "format;pages"), ("Bookmark Set", 0.4, "material=brass|leather|paper"),
        ("Cookbook", 1.6, "format;pages"), ("Travel Guide", 1.3, "format;pages"),
        ("Notebook", 0.6, "format=A5|A4;color")]),
    "toys": (25.0, ["Tinkertot", "Playwell", "Acme", "Starling"], [
        ("RC Car", 2.0, "color;age=6+|8+"),
        ("Rechargeable Batteries", 0.6, "type=AA 4-pack|AAA 4-pack"),
        ("Board Game", 1.2, "age=8+|12+;players=2-4|2-6"),
        ("Building Blocks Set", 1.6, "age=4+|6+;pieces=250|500"),
        ("Plush Bear", 0.8, "color;height=25 cm|40 cm")]),
    "apparel": (35.0, ["Threadline", "Urban Fox", "Marlow", "Kinfolk", "Acme"], [
        ("Dress Shirt", 1.2, "color;size;material=cotton|linen"),
        ("Tie", 0.6, "color;material=silk|wool"),
        ("Jeans", 1.6, "size;color=blue|black|grey;material=denim"),
        ("Rain Jacket", 2.6, "size;color;material=nylon|polyester"),
        ("T-Shirt", 0.6, "size;color;material=cotton|organic cotton"),
        ("Hoodie", 1.4, "size;color;material=cotton|fleece")]),
    "grocery": (9.0, ["Good Harvest", "Farmstead", "Mill & Grain"], [
        ("Coffee Beans", 1.6, "weight=250 g|500 g|1 kg;roast=medium|dark"),
        ("Spaghetti", 0.4, "weight=500 g|1 kg"), ("Pasta Sauce", 0.6, "weight=400 g|680 g"),
        ("Green Tea", 0.8, "weight=40 g|100 g;bags=20|50"),
        ("Olive Oil", 1.4, "capacity=500 ml|1 L"),
        ("Granola", 0.7, "weight=500 g|750 g")]),
}
# How often each category is among a user's favourites (relative).
CATEGORY_POPULARITY = {"electronics": 3, "home": 2.5, "kitchen": 2, "beauty": 2, "sports": 1.5,
                       "outdoors": 1.2, "books": 1, "toys": 1.2, "apparel": 2.5, "grocery": 1.5}
# Pairs bought together: same order or a follow-up order within days.
COMPLEMENTS = [("Smartphone", "Phone Case"), ("Camera", "SD Card"), ("Duvet", "Pillow Set"),
               ("Desk Lamp", "LED Bulb Pack"), ("Coffee Maker", "Coffee Beans"),
               ("Frying Pan", "Spatula"), ("Shampoo", "Conditioner"), ("Yoga Mat", "Yoga Block"),
               ("Running Shoes", "Sports Socks"), ("Tent", "Sleeping Bag"),
               ("Novel", "Bookmark Set"), ("RC Car", "Rechargeable Batteries"),
               ("Dress Shirt", "Tie"), ("Spaghetti", "Pasta Sauce")]
ATTRS = {
    "color": ["black", "white", "navy", "grey", "red", "green", "beige", "blue"],
    "size": ["S", "M", "L", "XL"], "volume": ["100 ml", "250 ml", "400 ml"],
    "scent": ["unscented", "lavender", "citrus"], "format": ["paperback", "hardcover"],
    "pages": ["192", "320", "480"],
}
