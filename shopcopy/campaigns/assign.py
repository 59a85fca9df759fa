"""Who is in which arm: a hash of campaign and user mapped onto the arms' share intervals.

The bucket depends only on the campaign name and the user id, so a rerun (or another machine)
puts every member in the same arm, and two campaigns draw independent holdouts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from shopcopy.campaigns.stats import thompson_shares

CONTROL = "control"


@dataclass(frozen=True)
class ArmSpec:
    arm: str
    share: float
    prompt_name: str | None = None      # None for control
    model: str | None = None

    @property
    def is_control(self) -> bool:
        return self.arm == CONTROL


def bucket(campaign_id: str, user_id: str) -> float:
    """A uniform number in [0, 1) from sha256(campaign, user)."""
    digest = hashlib.sha256(f"{campaign_id}\x1f{user_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def intervals(arms: list[ArmSpec]) -> dict[str, tuple[float, float]]:
    """Each arm's [low, high) slice of [0, 1): control first, so its slice never moves when
    variant shares change (Thompson sampling keeps the holdout fixed)."""
    total = sum(a.share for a in arms)
    if abs(total - 1) > 1e-9:
        raise ValueError(f"arm shares must add up to 1, got {total:.6f}")
    out, low = {}, 0.0
    for a in sorted(arms, key=lambda a: (not a.is_control, a.arm)):
        out[a.arm] = (low, low + a.share)
        low += a.share
    last = max(out, key=lambda k: out[k][1])
    out[last] = (out[last][0], 1.0)  # no float gap at the top
    return out


def assign(campaign_id: str, user_ids: list[str], arms: list[ArmSpec]) -> list[tuple[str, str, float]]:
    """(user_id, arm, bucket) for every user."""
    slices = intervals(arms)
    out = []
    for user in user_ids:
        b = bucket(campaign_id, user)
        arm = next(name for name, (lo, hi) in slices.items() if lo <= b < hi)
        out.append((user, arm, b))
    return out


def even_shares(holdout: float, variants: list[str]) -> dict[str, float]:
    if not 0 < holdout < 1:
        raise ValueError(f"--holdout must be between 0% and 100% (exclusive), got {holdout:.2%}")
    if not variants:
        raise ValueError("a campaign needs at least one variant, e.g. --variants A")
    return {CONTROL: holdout, **{v: (1 - holdout) / len(variants) for v in variants}}


def thompson_allocation(holdout: float, variants: list[str], history: list[tuple[int, int]],
                        campaign_id: str) -> dict[str, float]:
    """Holdout fixed; the treated share split by each variant's posterior probability of being
    the best (history: (conversions, non-conversions) per variant from finished campaigns)."""
    shares = even_shares(holdout, variants)
    seed = int.from_bytes(hashlib.sha256(campaign_id.encode()).digest()[:8], "big")
    best = thompson_shares([h[0] for h in history], [h[1] for h in history], seed=seed)
    return {CONTROL: shares[CONTROL], **{v: (1 - holdout) * p for v, p in zip(variants, best, strict=True)}}


def parse_share(text: str) -> float:
    """'10%' or '0.1' -> 0.1."""
    t = str(text).strip()
    try:
        value = float(t[:-1]) / 100 if t.endswith("%") else float(t)
    except ValueError:
        raise ValueError(f"a share must look like 10% or 0.1, got '{text}'") from None
    return value
