"""Deterministic, realistic synthetic shop data (catalog, customers, daily orders, returns).

Same arguments give byte-identical files; the behaviour carries real signal for demand and recs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Literal

import numpy as np
import polars as pl
from faker import Faker

from shopcopy.sample.catalog import ATTRS, CATALOG, CATEGORY_POPULARITY, COMPLEMENTS  # noqa: F401 (re-exported)

MODELS = ["Trail", "Pro", "Air", "Classic", "Urban", "Max", "Lite", "Nova", "Edge", "Zen", "Aero"]
STATUSES = ["placed", "shipped", "delivered", "cancelled", "returned"]
CHANNELS = ["web", "app", "store"]
SEGMENTS = ["standard", "vip", "student"]
# User kinds: loyal frequent, one-off, occasional, lapsed (early then stopped), never orders.
KIND_P = [0.10, 0.45, 0.25, 0.13, 0.07]
KIND_RATE = [3.0 / 30, 0.0, 4.0 / 365, 1.5 / 30, 0.0]  # mean orders per day while active
HOUR_W = np.array([1, .5, .3, .2, .2, .3, .6, 1.2, 2, 2.5, 2.8, 3, 3.2, 3, 2.8, 2.8, 3, 3.3,
                   3.8, 4.3, 4.5, 4, 3, 2])
EPOCH = date(1970, 1, 1)
EARLIEST_SIGNUP = date(2015, 1, 1)


@dataclass(frozen=True)
class SampleSummary:
    out: Path
    start: date
    end: date
    users: int
    products: int
    orders: int
    order_lines: int
    returned_lines: int
    files: int


def _pick(rng: np.random.Generator, cum: np.ndarray, n: int) -> np.ndarray:
    """n draws from a categorical given its cumulative weights (vectorised inverse CDF)."""
    return np.searchsorted(cum, rng.random(n) * cum[-1], side="right").clip(0, len(cum) - 1)


def _price(x: np.ndarray) -> np.ndarray:
    return np.maximum(np.floor(x), 0) + 0.99  # shop prices end in .99


def _catalog(rng: np.random.Generator, n: int, start: date, upd: date):
    cats = list(CATALOG)
    # Round-robin over categories and nouns so every complement noun exists in small catalogs.
    cat = np.arange(n) % len(cats)
    noun_i = (np.arange(n) // len(cats)) % np.array([len(CATALOG[c][2]) for c in cats])[cat]
    rows = []
    for c, k in zip(cat, noun_i, strict=True):
        base, brands, nouns = CATALOG[cats[c]]
        noun, factor, keys = nouns[k]
        brand, model = brands[rng.integers(len(brands))], MODELS[rng.integers(len(MODELS))]
        attrs = {}
        for spec in keys.split(";"):
            key, _, vals = spec.partition("=")
            options = vals.split("|") if vals else ATTRS[key]
            attrs[key] = options[rng.integers(len(options))]
        variant = next(iter(attrs.values()))
        title = f"{brand} {model} {noun} {variant[:1].upper()}{variant[1:]}"
        facts = "; ".join(f"{k} {v}" for k, v in attrs.items())
        desc = f"The {model} {noun} is part of the {brand} {cats[c]} range. Details: {facts}."
        price = _price(base * factor * rng.lognormal(0, 0.3))
        rows.append((title, brand, cats[c], noun, float(price), json.dumps(attrs), desc))
    order = rng.permutation(n)  # so ids don't follow the round-robin
    rows = [rows[i] for i in order]
    df = pl.DataFrame(rows, schema=["title", "brand", "category", "noun", "price", "attributes",
                                    "description"], orient="row")
    df = df.with_columns(
        product_id=pl.Series([f"P{i + 1:05d}" for i in range(n)]), currency=pl.lit("USD"),
        in_stock=pl.Series(rng.random(n) >= 0.08),
        updated_at=pl.lit(datetime.combine(start, datetime.min.time())))
    # ~10% change price and/or stock on the update day, so price/stock history exists.
    changed = rng.choice(n, max(2, round(0.1 * n)), replace=False)
    kind = rng.integers(0, 3, len(changed))  # 0 price, 1 stock, 2 both
    kind[-1] = 1
    price2, stock2 = df["price"].to_numpy().copy(), df["in_stock"].to_numpy().copy()
    pc, sc = changed[kind != 1], changed[kind != 0]
    price2[pc] = _price(price2[pc] * rng.uniform(0.8, 1.15, len(pc)))
    stock2[sc] = ~stock2[sc]
    upd_df = df.with_columns(price=pl.Series(price2), in_stock=pl.Series(stock2),
                             updated_at=pl.lit(datetime.combine(upd, datetime.min.time())))
    upd_df = upd_df[np.sort(changed).tolist()]
    return df, upd_df, price2, stock2


def _customers(rng: np.random.Generator, seed: int, n: int, zh: np.ndarray) -> dict[str, list]:
    """Faker pools per locale (fast for 100k users); a user-number suffix keeps emails unique."""
    pool = min(max(n, 50), 2000)
    out: dict[str, list] = {"name": [], "email": [], "phone": []}
    suffix = rng.permutation(n) + 1
    picks = rng.integers(0, pool, (n, 4))
    fakes = {}
    for loc, is_zh in (("en_US", False), ("zh_CN", True)):
        f = Faker(loc)
        f.seed_instance(seed)
        fakes[is_zh] = ([f.first_name() for _ in range(pool)], [f.last_name() for _ in range(pool)],
                        [re.sub(r"[^a-z0-9]", "", f.user_name().lower()) or "user"
                         for _ in range(pool)], [f.free_email_domain() for _ in range(pool)])
    digits = rng.integers(0, 10, (n, 10))
    for i in range(n):
        first, last, user, dom = fakes[bool(zh[i])]
        p, d = picks[i], "".join(map(str, digits[i]))
        if zh[i]:
            out["name"].append(last[p[1]] + first[p[0]])
            out["phone"].append(f"+86 1{3 + digits[i, 0] % 7}{d[1]} {d[2:6]} {d[6:]}")
        else:
            out["name"].append(f"{first[p[0]]} {last[p[1]]}")
            out["phone"].append(f"+1-{2 + digits[i, 0] % 8}{d[1:3]}-{d[3:6]}-{d[6:]}")
        out["email"].append(f"{user[p[2]]}.{suffix[i]}@{dom[p[3]]}")
    return out


def generate(out: Path, *, users: int = 2000, products: int = 300, days: int = 365,
             seed: int = 42, end_date: date | None = None,
             order_files: Literal["daily", "monthly"] = "daily",
             seasonality: float = 0.2,
             level_shift: tuple[date, float] | None = None) -> SampleSummary:
    """Write products/, customers/ and orders/ under `out`; end_date is the last order day.

    Orders arrive as one file per day (as a shop's nightly export would) or, for tests and
    benchmarks that only need the rows, one per month: the same rows in a dozen files.
    `seasonality` is the yearly swing of the order rate (0.2: +-20 %, peak mid-December);
    `level_shift` = (day, factor) multiplies every order rate from that day on (a planted break
    the history cannot foresee). The defaults give the same files as before these options.
    """
    rng = np.random.default_rng(seed)
    end = end_date or (datetime.now(UTC).date() - timedelta(days=1))
    start = end - timedelta(days=days - 1)
    if start < EARLIEST_SIGNUP + timedelta(days=1):
        raise ValueError(f"start {start} must be after {EARLIEST_SIGNUP}; use fewer days")
    out = Path(out)
    upd_i = int(days * 0.6)
    upd = start + timedelta(days=upd_i)
    cat_df, upd_df, price2, stock2 = _catalog(rng, products, start, upd)
    price1, stock1 = cat_df["price"].to_numpy(), cat_df["in_stock"].to_numpy()
    cats = list(CATALOG)
    pcat = cat_df["category"].cast(pl.Enum(cats)).to_physical().to_numpy().astype(np.int64)

    # Zipf-like popularity within each category; ~5% of products are never bought.
    pop = 1.0 / (1 + rng.permutation(products)) ** 1.1
    pop[rng.random(products) < 0.05] = 0.0
    in_cat = [np.flatnonzero(pcat == c) for c in range(len(cats))]
    cat_cum = [np.cumsum(pop[ix]) for ix in in_cat]

    # Users: kind, tastes (Dirichlet concentrated on 1-3 categories), bargain hunting, signup.
    kind = rng.choice(5, users, p=KIND_P)
    zh = rng.random(users) < 0.25
    cat_pref = np.log([CATEGORY_POPULARITY[c] for c in cats])
    fav_rank = np.argsort(np.argsort(-(cat_pref + rng.gumbel(size=(users, len(cats)))), 1), 1)
    n_fav = rng.choice([1, 2, 3], users, p=[0.4, 0.4, 0.2])
    taste = rng.gamma(np.where(fav_rank < n_fav[:, None], 3.0, 0.08))
    taste_cum = np.cumsum(taste / taste.sum(1, keepdims=True), 1)
    bargain = rng.random(users) < 0.2
    pref_channel = rng.choice(3, users, p=[0.5, 0.35, 0.15])
    pre_days = (start - EARLIEST_SIGNUP).days
    signup_i = np.where(rng.random(users) < 0.65, -rng.integers(1, pre_days, users),
                        rng.integers(0, days, users))  # day index relative to start
    signup_s = rng.integers(0, 86400, users)

    # Active window [a, b) in day indices; lapsed users stop early, some others churn.
    a = np.maximum(signup_i + 1, 0)
    b = np.full(users, days)
    lapsed = kind == 3
    stop = rng.uniform(0.15, 0.5, lapsed.sum())
    b[lapsed] = a[lapsed] + ((days - a[lapsed]) * stop).astype(int)
    churn = np.isin(kind, [0, 2]) & (rng.random(users) < 0.2)
    b[churn] = a[churn] + ((days - a[churn]) * rng.random(churn.sum())).astype(int)
    b = np.maximum(a, b)

    # Seasonality: weekends busier, mild yearly peak in December; inverse CDF over the window.
    dates = np.array([start + timedelta(days=i) for i in range(days)])
    dow = np.array([d.weekday() for d in dates])
    doy = np.array([d.timetuple().tm_yday for d in dates])
    w = np.where(dow >= 5, 1.4, np.where(dow == 4, 1.1, 1.0)) * (
        1 + seasonality * np.cos(2 * np.pi * (doy - 350) / 365.25))
    w = w / w.mean()
    if level_shift is not None:
        w = np.where(dates >= level_shift[0], w * level_shift[1], w)
    W = np.concatenate([[0.0], np.cumsum(w)])
    rate = np.array(KIND_RATE)[kind] * rng.gamma(3.0, 1 / 3.0, users)
    n_orders = rng.poisson(rate * (W[b] - W[a]))
    n_orders[kind == 1] = 1
    n_orders[(kind == 4) | (b <= a)] = 0
    o_user = np.repeat(np.arange(users), n_orders)
    u = W[a[o_user]] + rng.random(len(o_user)) * (W[b[o_user]] - W[a[o_user]])
    o_day = np.searchsorted(W, u, side="right") - 1
    # A new customer's single order usually comes soon after signup.
    soon = a[o_user] + rng.exponential(20, len(o_user)).astype(np.int64)
    o_day = np.where((kind[o_user] == 1) & (a[o_user] > 0) & (soon < b[o_user]), soon, o_day)

    # Lines: category from the user's tastes, product from Zipf popularity within category.
    n_lines = 1 + np.minimum(rng.poisson(0.5, len(o_user)), 4)
    l_ord = np.repeat(np.arange(len(o_user)), n_lines)
    l_cat = (rng.random(len(l_ord))[:, None] > taste_cum[o_user[l_ord]]).sum(1)
    l_cat = l_cat.clip(0, len(cats) - 1)
    l_prod = np.zeros(len(l_ord), np.int64)
    for c, ix in enumerate(in_cat):
        m = l_cat == c
        if len(ix) and cat_cum[c][-1] > 0:
            l_prod[m] = ix[_pick(rng, cat_cum[c], m.sum())]
        else:
            l_prod[m] = -1
    keep = l_prod >= 0
    l_ord, l_prod = l_ord[keep], l_prod[keep]

    # Complements: same order (35%) or a follow-up order 1-10 days later (10%).
    noun = cat_df["noun"].to_numpy()
    extra_ord, extra_prod, fu_user, fu_day, fu_prod = [], [], [], [], []
    for x, y in COMPLEMENTS + [(y, x) for x, y in COMPLEMENTS]:
        cand = np.flatnonzero((noun == y) & (pop > 0))
        src = np.flatnonzero(noun[l_prod] == x)
        if not len(cand) or not len(src):
            continue
        r = rng.random(len(src))
        pick = cand[_pick(rng, np.cumsum(pop[cand]), len(src))]
        extra_ord.append(l_ord[src[r < 0.35]])
        extra_prod.append(pick[r < 0.35])
        fu = src[r > 0.9]
        fu_user.append(o_user[l_ord[fu]])
        fu_day.append(o_day[l_ord[fu]] + rng.integers(1, 11, len(fu)))
        fu_prod.append(pick[r > 0.9])
    fu_user, fu_day, fu_prod = (np.concatenate(x + [np.zeros(0, np.int64)])
                                for x in (fu_user, fu_day, fu_prod))
    ok = fu_day < days
    fu_ord = len(o_user) + np.arange(ok.sum())
    o_user, o_day = np.concatenate([o_user, fu_user[ok]]), np.concatenate([o_day, fu_day[ok]])
    l_ord = np.concatenate([l_ord, *extra_ord, fu_ord])
    l_prod = np.concatenate([l_prod, *extra_prod, fu_prod[ok]])

    # Drop duplicate products within an order and lines for products out of stock that day.
    first = np.unique(l_ord * products + l_prod, return_index=True)[1]
    l_ord, l_prod = l_ord[first], l_prod[first]  # np.unique sorts by (order, product)
    after = o_day[l_ord] >= upd_i
    ok = np.where(after, stock2[l_prod], stock1[l_prod])
    l_ord, l_prod, after = l_ord[ok], l_prod[ok], after[ok]

    # Orders: time of day, channel, status by age; ids follow time.
    n_o = len(o_user)
    o_sec = _pick(rng, np.cumsum(HOUR_W), n_o) * 3600 + rng.integers(0, 3600, n_o)
    o_chan = np.where(rng.random(n_o) < 0.75, pref_channel[o_user], rng.integers(0, 3, n_o))
    age = days - 1 - o_day
    r = rng.random(n_o)
    o_status = np.select([age <= 1, age <= 6], [np.where(r < 0.8, 0, 1), np.where(r < 0.7, 1, 2)],
                         np.where(r < 0.99, 2, 1))
    o_status[rng.random(n_o) < 0.02] = 3
    has = np.zeros(n_o, bool)
    has[l_ord] = True
    chrono = np.lexsort((o_user, o_sec, o_day))
    chrono = chrono[has[chrono]]
    new_id = np.full(n_o, -1)
    new_id[chrono] = np.arange(len(chrono))
    srt = np.lexsort((l_prod, new_id[l_ord]))
    l_ord, l_prod, after = l_ord[srt], l_prod[srt], after[srt]
    lid = new_id[l_ord]
    line_no = np.arange(len(lid)) - np.searchsorted(lid, lid) + 1

    # Lines: quantity, price at the time, discounts (bargain hunters far more often).
    n_l = len(l_ord)
    qty = 1 + _pick(rng, np.cumsum([0.78, 0.15, 0.05, 0.02]), n_l)
    unit = np.where(after, price2[l_prod], price1[l_prod])
    disc_p = np.where(bargain[o_user[l_ord]], 0.65, 0.07)
    disc = np.where(rng.random(n_l) < disc_p, rng.choice([.05, .1, .15, .2, .25, .3, .4, .5], n_l),
                    0.0)
    l_day = o_day[l_ord]
    start_s = (start - EPOCH).days * 86400
    ts = (start_s + l_day * 86400 + o_sec[l_ord]) * 1_000_000
    lines = pl.DataFrame({
        "order_id": [f"O{i + 1:07d}" for i in lid], "line_no": line_no,
        "user_id": [f"U{i + 1:06d}" for i in o_user[l_ord]],
        "product_id": cat_df["product_id"].to_numpy()[l_prod], "quantity": qty,
        "unit_price": unit, "currency": "USD",
        "ordered_at": pl.Series(ts).cast(pl.Datetime("us")),
        "status": np.array(STATUSES)[o_status[l_ord]],
        "channel": np.array(CHANNELS)[o_chan[l_ord]], "discount": disc,
    })

    # Returns: 3% of delivered lines (apparel 10%), 5-30 days later, in weekly Monday files.
    ret_p = np.where(pcat[l_prod] == cats.index("apparel"), 0.10, 0.03)
    ret_day = l_day + rng.integers(5, 31, n_l)
    ret_file = ret_day + (-(dow[0] + ret_day)) % 7
    ret = (o_status[l_ord] == 2) & (rng.random(n_l) < ret_p) & (ret_file < days)

    files = 0
    for sub in ("products", "customers", "orders"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    cols = ["product_id", "title", "brand", "category", "price", "currency", "attributes",
            "description", "in_stock", "updated_at"]
    for df, d in ((cat_df, start), (upd_df, upd)):
        df.select(cols).write_parquet(out / "products" / f"products_{d}.parquet")
        files += 1
    # File label per day index: the day itself, or its month.
    label = np.array([str(d)[:7] if order_files == "monthly" else str(d) for d in dates])
    for name, frame, day_of_row in (
        ("orders", lines, l_day),
        ("returns", lines.filter(pl.Series(ret)).with_columns(status=pl.lit("returned")), ret_file[ret]),
    ):
        row_label = label[day_of_row]
        for lab in dict.fromkeys(row_label):  # in date order
            frame.filter(pl.Series(row_label == lab)).write_csv(
                out / "orders" / f"{name}_{lab}.csv", float_precision=2,
                datetime_format="%Y-%m-%d %H:%M:%S")
            files += 1

    # Customers: signup strictly before the first possible order (window starts the next day).
    pii = _customers(rng, seed, users, zh)
    consent = rng.random(users) < 0.7
    seg = np.where((kind == 0) & (rng.random(users) < 0.5), 1,
                   rng.choice([0, 1, 2], users, p=[0.85, 0.03, 0.12]))
    with open(out / "customers" / "customers.jsonl", "w", encoding="utf-8") as fh:
        for i in range(users):
            signup = datetime.combine(start + timedelta(days=int(signup_i[i])), datetime.min.time())
            fh.write(json.dumps({
                "user_id": f"U{i + 1:06d}", "locale": "zh-CN" if zh[i] else "en-US",
                "signup_at": (signup + timedelta(seconds=int(signup_s[i]))).isoformat(),
                "marketing_consent": bool(consent[i]), "segment": SEGMENTS[seg[i]],
                "email": pii["email"][i], "phone": pii["phone"][i], "name": pii["name"][i],
            }, ensure_ascii=False) + "\n")
    files += 1
    return SampleSummary(out=out, start=start, end=end, users=users, products=products,
                         orders=len(chrono), order_lines=n_l, returned_lines=int(ret.sum()),
                         files=files)
