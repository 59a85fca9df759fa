"""Warn at load time about values validation will refuse, naming the allowed ones.

The allowed values are read from the validation suites themselves (expectations/raw_*.json), so
there is one list of them. Rows still load (raw keeps what the export said); validation then
hides them, and the ledger warning says why and what to change in sources.toml.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from functools import cache

import duckdb

from shopcopy.clock import utc_naive
from shopcopy.warehouse import SQL_DIR

EXPECTATIONS_DIR = SQL_DIR.parent / "expectations"
# Columns whose export wording a source may map (sources.toml [sources.X.status] / .channel).
MAPPABLE = {"status", "channel"}
# Timestamp columns checked against the shop's lifetime, per kind.
LIFETIME = {"orders": "ordered_at", "products": "updated_at", "customers": "signup_at"}


@cache
def allowed_values(kind: str) -> dict[str, tuple[str, ...]]:
    """{column: allowed values} of the suite's `expect_column_values_to_be_in_set` rules."""
    path = EXPECTATIONS_DIR / f"raw_{kind}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {
        e["kwargs"]["column"]: tuple(e["kwargs"]["value_set"])
        for e in doc["expectations"]
        if e["type"] == "expect_column_values_to_be_in_set" and isinstance(e["kwargs"].get("value_set"), list)
    }


def check_mapping(kind: str, column: str, mapping: dict[str, str], source: str) -> list[str]:
    """Problems with a source's vocabulary mapping: a word mapped to a value validation refuses."""
    allowed = allowed_values(kind).get(column, ())
    return [f"[sources.{source}.{column}] maps '{k}' to '{v}', which validation refuses; "
            f"allowed: {', '.join(allowed)}" for k, v in mapping.items() if allowed and v not in allowed]


def value_warnings(con: duckdb.DuckDBPyConnection, kind: str, source: str, shop_opened: date,
                   columns: tuple[str, ...]) -> list[str]:
    """One warning per column of `_good` holding values validation will set aside."""
    return value_warnings_by_file(con, kind, source, shop_opened, columns, "_good", None).get(None, [])


def value_warnings_by_file(con: duckdb.DuckDBPyConnection, kind: str, source: str, shop_opened: date,
                           columns: tuple[str, ...], relation: str, by: str | None,
                           relation_params: list | tuple = ()) -> dict:
    """The same warnings for each value of column `by` of `relation` (one query for many files
    staged together, see batch.py); with `by` None, for the whole relation under the key None.
    `relation` may be a subquery whose `?` take `relation_params` (direct.py: a file's new rows).
    A relation with nothing to warn about (most files) has no key.

    First one count of the rows that break any rule, a plain filter that scans on every core; only
    when it finds some are they counted by value (the histograms, grouped by `by`). On a clean
    5 M-line file in its transaction the count takes 0.4 s; the histograms took 0.5-1.7 s."""
    allowed = {c: v for c, v in allowed_values(kind).items() if c in columns}
    ts = LIFETIME[kind]
    params = [v for vals in allowed.values() for v in vals]
    opened = datetime.combine(shop_opened, time())
    latest = utc_naive() + timedelta(days=1)  # validation allows up to the end of the run's day
    outside = [f"{c} not in ({', '.join('?' * len(v))})" for c, v in allowed.items()]
    breaks = " or ".join([*outside, f"{ts} < ?", f"{ts} > ?"])
    if not con.execute(f"select count_if({breaks}) from {relation}",
                       [*params, opened, latest, *relation_params]).fetchone()[0]:
        return {}
    aggregates = [f"histogram({c}) filter (where {rule})" for c, rule in zip(allowed, outside, strict=True)]
    select = ", ".join(aggregates + [f"count_if({ts} < ?)", f"count_if({ts} > ?)", f"min({ts})"])
    if by is None:
        rows = [(None, *con.execute(f"select {select} from {relation}",
                                    [*params, opened, latest, *relation_params]).fetchone())]
    else:
        rows = con.execute(f"select {by}, {select} from {relation} group by {by}",
                           [*params, opened, latest, *relation_params]).fetchall()
    return {row[0]: _warnings(row[1:], allowed, ts, source, shop_opened) for row in rows}


def _warnings(row: tuple, allowed: dict[str, tuple[str, ...]], ts: str, source: str,
              shop_opened: date) -> list[str]:
    out = []
    for (column, values), found in zip(allowed.items(), row, strict=False):
        if not found:
            continue
        listed = ", ".join(f"'{k}' ({n})" for k, n in sorted(found.items(), key=lambda kv: -kv[1])[:10])
        hint = (f"; map them in sources.toml [sources.{source}.{column}], e.g. {next(iter(found))} = "
                f"\"{values[0]}\"" if column in MAPPABLE else "")
        out.append(f"{column}: {sum(found.values())} row(s) have values validation will refuse: {listed}; "
                   f"allowed: {', '.join(values)}{hint}")
    early, late, first = row[len(allowed)], row[len(allowed) + 1], row[len(allowed) + 2]
    if early:
        out.append(f"{ts}: {early} row(s) are dated before the shop opened ({shop_opened}, first is {first}); "
                   "validation will hide them. If the shop is older, set [shop] opened in sources.toml "
                   "(or SHOPCOPY_SHOP_OPENED)")
    if late:
        out.append(f"{ts}: {late} row(s) are dated in the future; validation will hide them "
                   "(a time zone or date format problem in the export?)")
    return out

