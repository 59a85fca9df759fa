"""Tests for the synthetic shop generator: layout, contract, determinism and behavioural signal."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from shopcopy.sample.data import CATALOG, COMPLEMENTS, SampleSummary, generate

END = date(2024, 3, 31)
ARGS = dict(users=300, products=60, days=90, seed=7, end_date=END)
ORDER_COLS = ["order_id", "line_no", "user_id", "product_id", "quantity", "unit_price",
              "currency", "ordered_at", "status", "channel", "discount"]


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> tuple[Path, SampleSummary]:
    out = tmp_path_factory.mktemp("shop")
    return out, generate(out, **ARGS)


@pytest.fixture(scope="module")
def con(shop):
    out, _ = shop
    c = duckdb.connect()
    c.execute(f"create view orders as select * from read_csv('{out}/orders/orders_*.csv', "
              "filename = true)")
    c.execute(f"create view returns as select * from read_csv('{out}/orders/returns_*.csv', "
              "filename = true)")
    c.execute(f"create view products as select * from read_parquet('{out}/products/*.parquet')")
    c.execute("create view catalog as select * from products qualify "
              "row_number() over (partition by product_id order by updated_at) = 1")
    c.execute(f"create view customers as select * from "
              f"read_json('{out}/customers/customers.jsonl')")
    yield c
    c.close()


def q(con, sql: str, *params):
    return con.execute(sql, list(params)).fetchall()


def file_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_same_seed_gives_identical_bytes_and_other_seed_differs(shop, tmp_path):
    out, _ = shop
    generate(tmp_path / "again", **ARGS)
    assert file_bytes(tmp_path / "again") == file_bytes(out)
    generate(tmp_path / "other", **{**ARGS, "seed": 8})
    other = file_bytes(tmp_path / "other")
    assert other["customers/customers.jsonl"] != file_bytes(out)["customers/customers.jsonl"]
    day = "orders/orders_2024-03-30.csv"
    assert other[day] != (out / day).read_bytes()


def test_layout_and_summary(shop):
    out, s = shop
    start = END - timedelta(days=ARGS["days"] - 1)
    assert (s.start, s.end, s.users, s.products, s.out) == (start, END, 300, 60, out)
    assert sorted(p.name for p in out.iterdir()) == ["customers", "orders", "products"]
    prod = sorted(p.name for p in (out / "products").iterdir())
    assert len(prod) == 2 and prod[0] == f"products_{start}.parquet"
    upd = date.fromisoformat(prod[1][len("products_"):-len(".parquet")])
    assert start < upd <= END
    assert [p.name for p in (out / "customers").iterdir()] == ["customers.jsonl"]
    names = [p.name for p in (out / "orders").iterdir()]
    assert all(re.fullmatch(r"(orders|returns)_\d{4}-\d{2}-\d{2}\.csv", n) for n in names)
    days = {date.fromisoformat(n[-14:-4]) for n in names if n.startswith("orders_")}
    assert min(days) >= start and max(days) == END and len(days) > 80
    assert any(n.startswith("returns_") for n in names)
    assert s.files == len(prod) + 1 + len(names)


def test_column_names_and_types(con):
    def schema(view):
        rows = q(con, f"describe select * exclude (filename) from {view}") if view in (
            "orders", "returns") else q(con, f"describe select * from {view}")
        return [(r[0], r[1]) for r in rows]

    order_types = ["VARCHAR", "BIGINT", "VARCHAR", "VARCHAR", "BIGINT", "DOUBLE", "VARCHAR",
                   "TIMESTAMP", "VARCHAR", "VARCHAR", "DOUBLE"]
    assert schema("orders") == list(zip(ORDER_COLS, order_types, strict=True))
    assert schema("returns") == schema("orders")
    assert schema("products") == [
        ("product_id", "VARCHAR"), ("title", "VARCHAR"), ("brand", "VARCHAR"),
        ("category", "VARCHAR"), ("price", "DOUBLE"), ("currency", "VARCHAR"),
        ("attributes", "VARCHAR"), ("description", "VARCHAR"), ("in_stock", "BOOLEAN"),
        ("updated_at", "TIMESTAMP")]
    assert schema("customers") == [
        ("user_id", "VARCHAR"), ("locale", "VARCHAR"), ("signup_at", "TIMESTAMP"),
        ("marketing_consent", "BOOLEAN"), ("segment", "VARCHAR"), ("email", "VARCHAR"),
        ("phone", "VARCHAR"), ("name", "VARCHAR")]


def test_csv_header_and_value_formats(shop):
    out, _ = shop
    lines = (out / "orders" / f"orders_{END}.csv").read_text().splitlines()
    assert lines[0] == ",".join(ORDER_COLS)
    for row in lines[1:]:
        f = dict(zip(ORDER_COLS, row.split(","), strict=True))
        assert re.fullmatch(r"O\d{7}", f["order_id"]) and re.fullmatch(r"U\d{6}", f["user_id"])
        assert re.fullmatch(r"\d+\.\d{2}", f["unit_price"]) and f["currency"] == "USD"
        assert f["ordered_at"].startswith(f"{END} ") and len(f["ordered_at"]) == 19


def test_catalog_is_plausible(con):
    n, cats, bad_price, oos = q(con, """select count(*), count(distinct category),
        count(*) filter (price <= 0 or round(price, 2) <> price), avg(1 - in_stock::int)
        from catalog""")[0]
    assert n == 60 and cats == len(CATALOG) and bad_price == 0 and 0 < oos < 0.25
    for title, brand, attrs, desc in q(con, "select title, brand, attributes, description "
                                             "from catalog"):
        assert title.startswith(brand + " ") and json.loads(attrs) and isinstance(
            json.loads(attrs), dict)
        assert all(str(v) in desc for v in json.loads(attrs).values())
    # The update file: ~10% of products, later updated_at, price and stock changes.
    changed, price_changes, went_oos = q(con, """select count(*),
        count(*) filter (u.price <> c.price), count(*) filter (c.in_stock and not u.in_stock)
        from products u join catalog c using (product_id) where u.updated_at > c.updated_at""")[0]
    assert 4 <= changed <= 10 and price_changes > 0 and went_oos > 0
    never = q(con, "select count(*) from catalog where product_id not in "
                   "(select product_id from orders)")[0][0]
    assert never > 0


def test_orders_within_dates_and_reference_existing_rows(con):
    lo, hi, bad_day = q(con, """select min(ordered_at), max(ordered_at),
        count(*) filter (strftime(ordered_at, '%Y-%m-%d') <> regexp_extract(filename,
        '(\\d{4}-\\d{2}-\\d{2})', 1)) from orders""")[0]
    assert lo >= datetime(2015, 1, 1) and lo.date() >= END - timedelta(days=89)
    assert hi < datetime.combine(END + timedelta(days=1), datetime.min.time())
    assert bad_day == 0  # each line sits in the file of its own day
    assert q(con, "select count(*) from orders where product_id not in "
                  "(select product_id from catalog)")[0][0] == 0
    assert q(con, "select count(*) from orders where user_id not in "
                  "(select user_id from customers)")[0][0] == 0
    dup = q(con, "select count(*) from (select order_id, line_no from orders group by all "
                 "having count(*) > 1)")[0][0]
    assert dup == 0
    # One user/time/status/channel per order, and line numbers run 1..n.
    assert q(con, """select count(*) from (select order_id from orders group by 1 having
        count(distinct (user_id, ordered_at, status, channel)) > 1 or min(line_no) <> 1
        or max(line_no) <> count(*))""")[0][0] == 0
    assert q(con, "select count(*) from orders where quantity not between 1 and 4 or "
                  "discount not between 0 and 0.5 or currency <> 'USD' or channel not in "
                  "('web', 'app', 'store')")[0][0] == 0
    assert q(con, "select avg((discount = 0)::int) from orders")[0][0] > 0.6


def test_unit_price_is_catalog_price_at_order_time_and_product_in_stock(con):
    rows = q(con, """select count(*), count(*) filter (o.unit_price <> p.price),
        count(*) filter (not p.in_stock) from orders o asof join products p
        on o.product_id = p.product_id and o.ordered_at >= p.updated_at""")[0]
    n_lines = q(con, "select count(*) from orders")[0][0]
    assert rows == (n_lines, 0, 0)


def test_status_follows_order_age(con):
    old, old_delivered, recent_delivered, cancelled = q(con, """select
        count(*) filter (ordered_at < ?), count(*) filter (ordered_at < ? and status = 'delivered'),
        count(*) filter (ordered_at >= ? and status = 'delivered'),
        avg((status = 'cancelled')::int) from orders""",
        END - timedelta(days=7), END - timedelta(days=7), END - timedelta(days=1))[0]
    assert old_delivered / old > 0.9 and recent_delivered == 0 and 0.003 < cancelled < 0.05
    assert q(con, "select count(*) from orders where status = 'returned'")[0][0] == 0


def test_returns_repeat_earlier_delivered_lines(con):
    n, matched, later = q(con, """select count(*), count(o.order_id),
        count(*) filter (regexp_extract(r.filename, '(\\d{4}-\\d{2}-\\d{2})', 1)::date
                         > o.ordered_at::date)
        from returns r left join orders o on o.order_id = r.order_id and o.line_no = r.line_no
        and o.status = 'delivered' and (o.user_id, o.product_id, o.quantity, o.unit_price,
        o.currency, o.ordered_at, o.channel, o.discount) = (r.user_id, r.product_id, r.quantity,
        r.unit_price, r.currency, r.ordered_at, r.channel, r.discount)""")[0]
    assert n > 0 and matched == n and later == n
    assert q(con, "select distinct status from returns") == [("returned",)]
    overall, apparel, other = q(con, """select avg(ret), avg(ret) filter (category = 'apparel'),
        avg(ret) filter (category <> 'apparel') from (select c.category,
        (r.order_id is not null)::int ret from orders o join catalog c using (product_id)
        left join returns r using (order_id, line_no) where o.status = 'delivered')""")[0]
    assert 0.01 < overall < 0.1 and apparel > 2 * other  # apparel comes back most


def test_customers(con):
    n, ids, emails, zh, consent = q(con, """select count(*), count(distinct user_id),
        count(distinct email), avg((locale = 'zh-CN')::int), avg(marketing_consent::int)
        from customers""")[0]
    assert n == ids == emails == 300 and 0.15 < zh < 0.35 and 0.55 < consent < 0.85
    for locale, name, email in q(con, "select locale, name, email from customers"):
        assert re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]+", email)
        if locale == "zh-CN":
            assert re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name), name
        else:
            assert locale == "en-US" and re.fullmatch(r"[A-Za-z.'-]+( [A-Za-z.'-]+)+", name)
    assert {s for (s,) in q(con, "select distinct segment from customers")} <= {
        "standard", "vip", "student"}
    # Signup after 2015-01-01 and before the user's first order; some users never order.
    bad = q(con, """select count(*) from customers c join (select user_id, min(ordered_at) f
        from orders group by 1) o using (user_id)
        where c.signup_at >= o.f or c.signup_at < date '2015-01-01'""")[0][0]
    assert bad == 0
    assert q(con, "select count(*) from customers where user_id not in "
                  "(select user_id from orders)")[0][0] > 10


def test_purchase_frequency_is_heavy_tailed(con):
    counts = [n for (n,) in q(con, "select count(distinct order_id) from orders group by user_id")]
    assert sum(n == 1 for n in counts) / len(counts) > 0.3  # many one-off buyers
    assert sum(n >= 5 for n in counts) / len(counts) > 0.05  # and a loyal core


def test_complements_are_bought_together(con):
    nouns = sorted({n for _, _, items in CATALOG.values() for n, _, _ in items}, key=len,
                   reverse=True)
    noun_of = {pid: next(n for n in nouns if f" {n} " in t)
               for pid, t in q(con, "select product_id, title from catalog")}
    baskets: dict[str, set[str]] = {}
    for oid, pid in q(con, "select order_id, product_id from orders"):
        baskets.setdefault(oid, set()).add(noun_of[pid])
    n = len(baskets)
    has = {x: {o for o, b in baskets.items() if x in b} for x in nouns}
    together = sum(len(has[a] & has[b]) for a, b in COMPLEMENTS)
    chance = sum(len(has[a]) * len(has[b]) / n for a, b in COMPLEMENTS)
    assert together > 10 and together / chance > 2


def test_weekends_are_busier(con):
    per_day = q(con, """select isodow(ordered_at::date) >= 6, count(distinct order_id)
        / count(distinct ordered_at::date) from orders group by 1 order by 1""")
    (_, weekday), (_, weekend) = per_day
    assert weekend > 1.15 * weekday


def test_next_category_is_predictable_from_history(con):
    # The user's favourite past category hits the next month's purchases far more often than
    # the globally most popular category does.
    snap = END - timedelta(days=30)
    fav_hit, pop_hit = q(con, """with lines as (select o.user_id, o.ordered_at, c.category
            from orders o join catalog c using (product_id)),
        fav as (select user_id, mode(category) fav from lines where ordered_at < ? group by 1),
        top as (select mode(category) top from lines where ordered_at < ?),
        fut as (select user_id, list(distinct category) cats from lines where ordered_at >= ?
                group by 1)
        select avg(list_contains(cats, fav)::int), avg(list_contains(cats, top)::int)
        from fav join fut using (user_id), top""", snap, snap, snap)[0]
    assert fav_hit > 0.5 and fav_hit > 1.5 * pop_hit


def test_tiny_shop_default_end_date_and_bad_range(tmp_path):
    s = generate(tmp_path / "tiny", users=25, products=8, days=7, seed=1)
    assert s.end == datetime.now(UTC).date() - timedelta(days=1)
    assert s.orders > 0 and (tmp_path / "tiny/customers/customers.jsonl").exists()
    with pytest.raises(ValueError, match="2015"):
        generate(tmp_path / "old", days=400, end_date=date(2015, 6, 1))
