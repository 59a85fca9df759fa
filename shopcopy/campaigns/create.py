"""`campaign create`: audience, arms, deterministic assignment, the MDE, the variants' texts.

The audience is every consenting user whose current message for the snapshot is ready to send.
Members are assigned by hash before any variant text exists, so who is eligible never depends on
the arm; a variant member whose text fails the gate stays in the arm (intention to treat) and is
counted as not sendable.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

import duckdb
import pyarrow as pa

from shopcopy.campaigns.assign import (
    CONTROL,
    ArmSpec,
    assign,
    even_shares,
    intervals,
    thompson_allocation,
)
from shopcopy.campaigns.stats import minimum_detectable_effect
from shopcopy.campaigns.variants import TASK, MemberText, VariantRun, is_default, write_variant
from shopcopy.clock import utc_naive
from shopcopy.settings import Settings
from shopcopy.warehouse import run_sql
from shopcopy.warehouse.retry import write_attempts

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
ARM = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,15}")


class CampaignError(ValueError):
    """The campaign cannot be created or used as asked; the message says why and what to do."""


@dataclass(frozen=True)
class VariantSpec:
    arm: str
    prompt_name: str | None = None   # a prompt file in shopcopy/llm/prompts/ (None: the task's own)
    model: str | None = None         # None: the model that wrote the audience's texts


@dataclass
class CampaignPlan:
    campaign_id: str
    snapshot_date: date
    send_at: datetime
    window_days: int
    audience: int
    shares: dict[str, float]
    members: Counter
    ready: Counter
    base_rate: float | None
    mde: dict[str, float]
    variants: list[VariantRun] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"Campaign {self.campaign_id}: {self.audience} members from the messages of "
                 f"{self.snapshot_date}, sent at {self.send_at:%Y-%m-%d %H:%M} UTC, "
                 f"window {self.window_days} days"]
        for arm, share in self.shares.items():
            ready = "held back" if arm == CONTROL else f"{self.ready[arm]} with a sendable text"
            mde = ("" if arm not in self.mde else f", MDE {self.mde[arm] * 100:.1f}pp"
                   if self.mde[arm] == self.mde[arm] else ", MDE n/a (too few members to measure)")
            lines.append(f"  {arm}: share {share:.1%}, {self.members[arm]} members, {ready}{mde}")
        if self.base_rate is not None:
            lines.append(f"  baseline conversion (the audience, {self.window_days} days before the "
                         f"snapshot): {self.base_rate:.2%}")
        lines += [f"  variant {v.arm}: {v.summary}" for v in self.variants if v.calls]
        if any(math.isnan(m) or m > 0.2 for m in self.mde.values()):  # undefined, or above 20 points
            lines.append("  too few members to measure a realistic uplift: publish more messages "
                         "(more LLM budget, or review the needs_review queue) or hold back more")
        return "\n".join(lines)


def parse_variants(labels: str, prompts: dict[str, str], models: dict[str, str]) -> list[VariantSpec]:
    arms = [a.strip() for a in labels.split(",") if a.strip()]
    bad = [a for a in arms if not ARM.fullmatch(a) or a == CONTROL]
    if bad or not arms or len(set(arms)) != len(arms):
        raise CampaignError(f"--variants takes distinct labels like A,B (not 'control'); got '{labels}'")
    unknown = (set(prompts) | set(models)) - set(arms)
    if unknown:
        raise CampaignError(f"--variant-prompt/--variant-model name arm(s) {sorted(unknown)} that are "
                            f"not in --variants {','.join(arms)}")
    return [VariantSpec(a, prompts.get(a), models.get(a)) for a in arms]


def _rows(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _existing(con, campaign_id: str) -> list[dict]:
    return _rows(run_sql(con, "campaigns/campaign", {"campaign_id": campaign_id}))


def _history(con, specs: dict[str, tuple], before: datetime) -> list[tuple[int, int]]:
    """(conversions, non-conversions) of finished campaigns per variant key (prompt, version, model)."""
    found = {(r["prompt_name"], r["prompt_version"], r["model"]): (r["conversions"], r["non_conversions"])
             for r in _rows(run_sql(con, "campaigns/earlier_results", {"before": before}))}
    return [found.get(key, (0, 0)) for key in specs.values()]


def create_campaign(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    *,
    name: str,
    snapshot_date: date,
    send_at: datetime,
    holdout: float,
    variants: list[VariantSpec],
    run_id: str,
    assignment: str = "hash",
    open_client: Callable | None = None,
) -> CampaignPlan:
    """Build (or rebuild, while never exported) the campaign; see the module docstring.

    `send_at` is a UTC instant. `open_client(model)` is a context manager yielding an LLMClient;
    it is entered only for variants whose texts must be written.
    """
    if not NAME.fullmatch(name):
        raise CampaignError(f"campaign name '{name}' must be letters, digits, '-', '_' or '.'")
    if assignment not in ("hash", "thompson"):
        raise CampaignError(f"--assign must be hash or thompson, got '{assignment}'")
    if send_at < datetime.combine(snapshot_date, datetime.min.time()):
        raise CampaignError(f"the send ({send_at:%Y-%m-%d %H:%M}) is before the snapshot {snapshot_date} "
                            "whose messages it sends; send on or after the snapshot date")
    existing = _existing(con, name)
    if existing and existing[0]["exports"]:
        raise CampaignError(f"campaign '{name}' was already exported for sending, so its arms are final; "
                            "create a new campaign with another name")
    audience = _rows(run_sql(con, "campaigns/audience", {"snapshot_date": snapshot_date}))
    if not audience:
        raise CampaignError(f"no message of snapshot {snapshot_date} is ready to send (marts.campaign_messages); "
                            "run `shopcopy run nightly` (or `shopcopy generate`) for that date first")
    window = settings.campaign_window_days
    audience_key = Counter((a["prompt_name"], a["prompt_version"], a["model"]) for a in audience).most_common(1)[0][0]
    keys = {v.arm: _variant_key(v, audience_key) for v in variants}
    arms_list = [v.arm for v in variants]
    try:
        if assignment == "thompson":
            shares = thompson_allocation(holdout, arms_list, _history(con, keys, send_at), name)
        else:
            shares = even_shares(holdout, arms_list)
    except ValueError as exc:
        raise CampaignError(str(exc)) from None
    specs = [ArmSpec(CONTROL, shares[CONTROL])] + [
        ArmSpec(v.arm, shares[v.arm], keys[v.arm][0], keys[v.arm][2]) for v in variants]
    assigned = assign(name, [a["user_id"] for a in audience], specs)
    arm_of = {u: arm for u, arm, _ in assigned}
    members = Counter(arm_of.values())
    base_rate = run_sql(con, "campaigns/base_rate", {"user_ids": list(arm_of), "snapshot_date": snapshot_date,
                                                     "window_days": window}).fetchone()[0]
    mde = {v.arm: minimum_detectable_effect(members[v.arm], members[CONTROL], base_rate or 0.0,
                                            settings.campaign_alpha, settings.campaign_power)
           for v in variants}

    from shopcopy.report.ledger import record_run_end, record_run_start

    record_run_start(con, run_id, "campaign", snapshot_date)  # marks variant texts (045 view)
    try:
        texts, runs = _write_texts(con, settings, name, snapshot_date, run_id, variants, audience,
                                   arm_of, audience_key, keys, open_client)
        ready = Counter(arm_of[u] for u, t in texts.items() if t.text_status == "ready")
        _store(con, name, snapshot_date, send_at, window, holdout, assignment, settings, run_id,
               base_rate, specs, keys, mde, assigned, texts, replace=bool(existing))
    except BaseException as exc:
        record_run_end(con, run_id, "failed", f"{type(exc).__name__}: {exc}"[:500], None)
        raise
    record_run_end(con, run_id, "completed", None, None)
    return CampaignPlan(name, snapshot_date, send_at, window, len(audience), shares, members, ready,
                        base_rate, mde, runs)


def _write_texts(con, settings, name, snapshot_date, run_id, variants, audience, arm_of,
                 audience_key, keys, open_client) -> tuple[dict[str, MemberText], list[VariantRun]]:
    """Each treated member's text: the current one for the default variant, else the variant's."""
    texts: dict[str, MemberText] = {}
    runs: list[VariantRun] = []
    by_user = {a["user_id"]: a for a in audience}
    for v in variants:
        mine = [by_user[u] for u, arm in arm_of.items() if arm == v.arm]
        if is_default(v.prompt_name, v.model, audience_key[2]):
            texts |= {m["user_id"]: MemberText(m["output_id"], "ready") for m in mine}
            continue
        if open_client is None:
            raise CampaignError(f"variant {v.arm} needs new texts but no LLM endpoint was given")
        run = write_variant(con, snapshot_date, run_id, settings, arm=v.arm, prompt_name=v.prompt_name,
                            model=v.model, members=mine, open_client=open_client)
        keys[v.arm] = (run.prompt_name, run.prompt_version, run.model)
        texts |= run.texts
        runs.append(run)
    return texts, runs


def _variant_key(v: VariantSpec, audience_key: tuple) -> tuple:
    """(prompt_name, prompt_version, model) the arm is known by; finalised once texts exist."""
    if is_default(v.prompt_name, v.model, audience_key[2]):
        return audience_key
    from shopcopy.llm.prompts import load_prompt

    try:
        prompt = load_prompt(v.prompt_name or TASK)
    except FileNotFoundError as exc:
        raise CampaignError(f"variant {v.arm}: {exc}; put the prompt in shopcopy/llm/prompts/ "
                            f"(e.g. {TASK}.short.j2) and pass its name without .j2") from None
    return (prompt.name, prompt.version, v.model or audience_key[2])


def _store(con, name, snapshot_date, send_at, window, holdout, assignment, settings, run_id,
           base_rate, specs, keys, mde, assigned, texts, *, replace: bool) -> None:
    now = utc_naive()
    slices = intervals(specs)
    campaign = [{"campaign_id": name, "snapshot_date": snapshot_date, "send_at": send_at,
                 "window_days": window, "holdout_share": holdout, "assignment": assignment,
                 "audience": len(assigned), "base_rate": base_rate, "alpha": settings.campaign_alpha,
                 "power": settings.campaign_power, "run_id": run_id, "created_at": now}]
    arms = [{"campaign_id": name, "arm": s.arm, "is_control": s.is_control, "share": s.share,
             "bucket_low": slices[s.arm][0], "bucket_high": slices[s.arm][1],
             "prompt_name": None if s.is_control else keys[s.arm][0],
             "prompt_version": None if s.is_control else keys[s.arm][1],
             "model": None if s.is_control else keys[s.arm][2], "mde": mde.get(s.arm)} for s in specs]
    members = [{"campaign_id": name, "user_id": u, "arm": arm, "bucket": b,
                "output_id": None if arm == CONTROL else texts[u].output_id,
                "text_status": "holdout" if arm == CONTROL else texts[u].text_status,
                "assigned_at": now} for u, arm, b in assigned]
    batches = {"campaign_batch": campaign, "arms_batch": arms, "members_batch": members}
    for tx in write_attempts(con, "campaigns"):
        with tx:
            if replace:
                run_sql(con, "campaigns/use_campaign", {"campaign_id": name})
                run_sql(con, "campaigns/delete_campaign")
            for view, rows in batches.items():
                con.register(view, pa.Table.from_pylist(rows))
            try:
                run_sql(con, "campaigns/insert_campaign")
            finally:
                for view in batches:
                    con.unregister(view)

