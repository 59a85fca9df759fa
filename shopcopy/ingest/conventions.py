"""The file-wide conventions the typed statements are bound with: which decimal separator the
numbers use, and when the source's time zone changes its clocks.

Decimal separator: a source may set it (sources.toml `decimal`); JSON and Parquet carry real
numbers, so '.'; a CSV shows it in its numbers. The typed statement first reads only what is the
same either way and counts what the rest says (`_evidence`, see sc_num_class in macros.sql):
only decimal points -> '.', only decimal commas -> ',' and the file is read again. A value that
reads differently under the two ('1.234') takes the file's convention when there is one; when the
file shows none, or both, it is quarantined, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import duckdb

from shopcopy.ingest.sources import Source

NAMES = {".": "point", ",": "comma"}


@dataclass(frozen=True)
class Decimal:
    conv: str      # '.' | ',' | 'auto' (first pass of a CSV)
    strict: bool   # quarantine values that read differently under '.' and ','
    note: str      # why the file has this convention, for the quarantine reasons


def first_pass(fmt: str, source: Source) -> Decimal:
    configured = source.options.decimal
    if configured != "auto":
        return Decimal(configured, False, f"decimal = \"{configured}\" is set for source "
                                          f"'{source.name}' in sources.toml")
    if fmt != "csv":
        return Decimal(".", False, f"numbers in {fmt} files use a decimal point; set decimal for "
                                   "the source in sources.toml if these are text")
    return Decimal("auto", False, "")


def evidence(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int]:
    """Rows whose numbers show a decimal point, a decimal comma, or either (see typed_*.sql)."""
    return con.execute(
        "select coalesce(count_if(_evidence & 1 > 0), 0), coalesce(count_if(_evidence & 2 > 0), 0), "
        "coalesce(count_if(_evidence & 4 > 0), 0) from _typed"
    ).fetchone()


def second_pass(first: Decimal, point: int, comma: int, either: int) -> Decimal | None:
    """The convention to read the file again with, or None when the first pass stands."""
    if first.conv != "auto" or (comma == 0 and (either == 0 or point == 0)):
        return None
    if comma == 0:
        return Decimal(".", False, "this file's other numbers use a decimal point")
    if point == 0:
        return Decimal(",", False, "this file's other numbers use a decimal comma")
    major = "." if point >= comma else ","
    return Decimal(major, True, f"most numbers in this file use a decimal {NAMES[major]} "
                                f"({point} rows with a point, {comma} with a comma), so the file mixes "
                                "two conventions; fix the export, or set decimal for its source in sources.toml")


@cache
def transition_hours(tz: str) -> tuple[int | None, int | None]:
    """(first, last) local hour of day in which `tz` moved its clocks since 1990; (None, None) if never.

    Lets the typed statements check for times that do not exist or happen twice only on the rows
    whose hour could be one of those."""
    if tz == "UTC":
        return None, None
    zone, hours = ZoneInfo(tz), set()
    day = datetime(1990, 1, 1, 12)
    offset = zone.utcoffset(day)
    while day.year < 2040:
        nxt = day + timedelta(days=1)
        if zone.utcoffset(nxt) != offset:
            for h in range(48):  # the change happened within the day before nxt's noon
                local = day + timedelta(hours=h / 2)
                before, after = zone.utcoffset(local), zone.utcoffset(local + timedelta(minutes=30))
                if before != after:
                    gap = abs(after - before)
                    for k in range(int(gap.total_seconds() // 1800) + 2):
                        hours.add((local + timedelta(minutes=30 * k)).hour)
            offset = zone.utcoffset(nxt)
        day = nxt
    return (min(hours), max(hours)) if hours else (None, None)


def time_params(source: Source) -> dict:
    lo, hi = transition_hours(source.timezone)
    return {"tz": source.timezone, "dst_lo": lo, "dst_hi": hi}
