"""Simulated shop response to a campaign: later order files with a planted effect per variant.

Every customer with a demand prediction keeps buying at a baseline rate (a Poisson process whose
chance of at least one order in the window equals the predicted 30-day probability scaled to the
window); members who were actually sent a variant's text get extra conversions so that their
window conversion rate is the baseline plus the planted effect, with response times that fade
after the send. Orders are written as the shop's daily export files (the sample-data format), so
the normal ingest loads them and attribution has to tell them apart: some fall before the send
hour, after the window, or are cancelled.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np
import polars as pl

from shopcopy.warehouse import run_sql

RESPONSE_MEAN_DAYS = 2.0   # incremental buyers answer soon after the send
TAIL_DAYS = 7              # baseline orders continue this long after the window closes
CANCEL_SHARE = 0.02


@dataclass(frozen=True)
class SimulationSummary:
    campaign: str
    files: list[Path]
    orders: int
    lines: int
    planted: dict[str, float]          # effect per exported member, as asked
    planted_itt: dict[str, float]      # effect per assigned member (exported share x effect)


def parse_effects(text: str) -> dict[str, float]:
    """'A=+3pp,B=+1pp' (or A=0.03) -> {'A': 0.03, 'B': 0.01}."""
    out = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        arm, sep, value = part.partition("=")
        if not sep or not arm.strip():
            raise ValueError(f"--effect expects ARM=+Npp[,ARM=...], got '{part}'")
        v = value.strip().lower()
        try:
            out[arm.strip()] = float(v[:-2]) / 100 if v.endswith("pp") else float(v)
        except ValueError:
            raise ValueError(f"--effect value for {arm.strip()} must look like +3pp or 0.03, "
                             f"got '{value}'") from None
    return out


def _seed(*parts) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()[:8], "big")


def plan_orders(people: pl.DataFrame, products: pl.DataFrame, *, send_at: datetime,
                window_days: int, effects: dict[str, float], seed: int,
                first_order_number: int) -> pl.DataFrame:
    """Order lines for everyone in `people` (user_id, arm, exported, p_window, rec_products).

    arm is null for shoppers outside the campaign; effects apply to exported members only.
    """
    rng = np.random.default_rng(seed)
    people = people.sort("user_id")
    n = people.height
    start = datetime.combine(send_at.date(), datetime.min.time())   # the send day's first hour
    span = (send_at + timedelta(days=window_days + TAIL_DAYS) - start).total_seconds() / 86400
    p_w = people["p_window"].fill_null(0).clip(0, 0.999).to_numpy()
    lam = -np.log1p(-p_w) / window_days                                # orders per day
    n_base = rng.poisson(lam * span)
    effect = np.array([effects.get(a, 0.0) if e else 0.0 for a, e in
                       zip(people["arm"].to_list(), people["exported"].to_list(), strict=True)])
    # P(convert in window) = 1 - (1 - p_w)(1 - q) = p_w + effect  =>  q = effect / (1 - p_w)
    q = np.clip(effect / np.maximum(1 - p_w, 1e-9), 0, 1)
    responds = rng.random(n) < q
    user_ix = np.concatenate([np.repeat(np.arange(n), n_base), np.flatnonzero(responds)])
    base_t = np.datetime64(start, 'us') + pd_days(rng.random(int(n_base.sum())) * span)
    u = rng.random(int(responds.sum()))                                # truncated exponential
    resp_days = -RESPONSE_MEAN_DAYS * np.log1p(-u * (1 - math.exp(-window_days / RESPONSE_MEAN_DAYS)))
    resp_t = np.datetime64(send_at, 'us') + pd_days(resp_days)
    # A few extra orders that are cancelled: they must never count as a conversion.
    cancel_ix = rng.choice(n, rng.binomial(len(user_ix), CANCEL_SHARE)) if n else np.zeros(0, int)
    cancel_t = np.datetime64(start, "us") + pd_days(rng.random(len(cancel_ix)) * span)
    kinds = np.concatenate([np.zeros(len(base_t), int), np.ones(len(resp_t), int),
                            np.full(len(cancel_ix), 2)])
    user_ix = np.concatenate([user_ix, cancel_ix])
    when = np.concatenate([base_t, resp_t, cancel_t])
    when = when.astype("datetime64[s]")  # the shop's files carry whole seconds
    order = np.lexsort((user_ix, when))
    user_ix, when, kinds = user_ix[order], when[order], kinds[order]
    return _lines(rng, people, products, user_ix, when, kinds == 1, kinds == 2, first_order_number)


def pd_days(days: np.ndarray) -> np.ndarray:
    return (np.asarray(days) * 86400 * 1e6).astype("timedelta64[us]")


def _lines(rng, people, products, user_ix, when, is_response, is_cancel, first) -> pl.DataFrame:
    pid = products["product_id"].to_numpy()
    price = dict(zip(pid, products["price"].to_list(), strict=True))
    currency = dict(zip(pid, products["currency"].to_list(), strict=True))
    weight = products["weight"].to_numpy().astype(float)
    weight = weight / weight.sum()
    recs = people["rec_products"].to_list()
    rows = []
    statuses = np.where(is_cancel, "cancelled", "placed")
    channels = rng.choice(["web", "app", "store"], len(user_ix), p=[0.5, 0.35, 0.15])
    n_lines = 1 + np.minimum(rng.poisson(0.4, len(user_ix)), 2)
    for k, (ui, ts) in enumerate(zip(user_ix.tolist(), when.tolist(), strict=True)):
        own = [p for p in (recs[ui] or []) if p in price]
        chosen: list[str] = []
        for line in range(n_lines[k]):
            # A responder's first line is a product the message named; others mostly from the
            # shopper's recommendations, else the shop's best sellers.
            if own and (line == 0 and is_response[k] or rng.random() < 0.5):
                p = own[rng.integers(len(own))]
            else:
                p = pid[rng.choice(len(pid), p=weight)]
            if p not in chosen:
                chosen.append(p)
        for line_no, p in enumerate(chosen, 1):
            rows.append((f"O{first + k:07d}", line_no, people["user_id"][int(ui)], p,
                         int(1 + (rng.random() < 0.15) + (rng.random() < 0.05)), price[p],
                         currency[p], ts, statuses[k], channels[k],
                         0.1 if rng.random() < 0.1 else 0.0))
    return pl.DataFrame(rows, orient="row", schema={
        "order_id": pl.Utf8, "line_no": pl.Int64, "user_id": pl.Utf8, "product_id": pl.Utf8,
        "quantity": pl.Int64, "unit_price": pl.Float64, "currency": pl.Utf8,
        "ordered_at": pl.Datetime("us"), "status": pl.Utf8, "channel": pl.Utf8,
        "discount": pl.Float64})


def write_daily_files(lines: pl.DataFrame, inbox: Path) -> list[Path]:
    """One orders/orders_<day>.csv per day, formatted like the sample data's own files. A file that
    exists with other content is never overwritten (it may be a real export)."""
    folder = Path(inbox) / "orders"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    days = lines.with_columns(day=pl.col("ordered_at").dt.date())
    for (day,), part in days.group_by(["day"], maintain_order=True):
        path = folder / f"orders_{day}.csv"
        text = part.drop("day").write_csv(float_precision=2, datetime_format="%Y-%m-%d %H:%M:%S")
        if path.exists() and path.read_text(encoding="utf-8") != text:
            raise FileExistsError(
                f"{path} already exists with other orders; move it away (or write the simulation "
                "into another inbox with --out) so no export is overwritten")
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def simulate_responses(con: duckdb.DuckDBPyConnection, campaign_id: str, effects: dict[str, float],
                       inbox: Path, seed: int = 0) -> SimulationSummary:
    """Write the shop's order files for the campaign's window (and a week past it)."""
    from shopcopy.campaigns.results import frame

    camp = run_sql(con, "campaigns/campaign", {"campaign_id": campaign_id}).fetchall()
    if not camp:
        raise ValueError(f"no campaign '{campaign_id}'; see `shopcopy campaign list`")
    cur = run_sql(con, "campaigns/campaign", {"campaign_id": campaign_id})
    names = [d[0] for d in cur.description]
    arms = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    variants = {a["arm"] for a in arms if not a["is_control"]}
    unknown = set(effects) - variants
    if unknown:
        raise ValueError(f"--effect names arm(s) {sorted(unknown)}; campaign {campaign_id} has "
                         f"variants {sorted(variants)}")
    if not arms[0]["exports"]:
        raise ValueError(f"campaign {campaign_id} was never exported, so nobody was sent anything; "
                         "run `shopcopy export campaign` first")
    send_at, window = arms[0]["send_at"], arms[0]["window_days"]
    people = frame(con, "campaigns/simulation_people", {"campaign_id": campaign_id})
    people = people.with_columns(
        p_window=1 - (1 - pl.col("p_purchase_30d").clip(0, 0.999)) ** (window / 30))
    products = frame(con, "campaigns/simulation_products")
    if products.is_empty():
        raise ValueError("no product is in stock; the simulated shop has nothing to sell")
    first = run_sql(con, "campaigns/max_order_number").fetchone()[0] + 1
    lines = plan_orders(people, products, send_at=send_at, window_days=window, effects=effects,
                        seed=_seed(campaign_id, seed), first_order_number=first)
    files = write_daily_files(lines, inbox)
    members = people.filter(pl.col("arm").is_not_null())
    itt = {}
    for arm in sorted(variants):
        part = members.filter(pl.col("arm") == arm)
        share = part["exported"].mean() if part.height else 0.0
        itt[arm] = effects.get(arm, 0.0) * float(share or 0.0)
    return SimulationSummary(campaign_id, files, lines["order_id"].n_unique(), lines.height,
                             {a: effects.get(a, 0.0) for a in sorted(variants)}, itt)
