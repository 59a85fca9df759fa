"""`shopcopy campaign create|report|list` and `shopcopy simulate responses`."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import typer

from shopcopy import warehouse
from shopcopy.cli.app import app, console, fail, new_run_id, print_rows, settings

campaign_app = typer.Typer(no_args_is_help=True,
                           help="Campaigns with a holdout: create, report (uplift + chart), list.")
app.add_typer(campaign_app, name="campaign")
simulate_app = typer.Typer(no_args_is_help=True, help="Simulate the shop (sample data that responds).")
app.add_typer(simulate_app, name="simulate")


def _connect():
    try:
        return warehouse.connect(settings().warehouse, wait_s=5)
    except warehouse.WarehouseBusyError as exc:
        raise fail(str(exc)) from None


def _pairs(values: list[str], option: str) -> dict[str, str]:
    out = {}
    for v in values:
        arm, sep, value = v.partition("=")
        if not sep or not arm.strip() or not value.strip():
            raise fail(f"{option} expects ARM=VALUE, got '{v}'")
        out[arm.strip()] = value.strip()
    return out


def send_instant(text: str, tz) -> datetime:
    """'2026-07-02' (midnight) or '2026-07-02 09:00' in the shop's time zone -> naive UTC instant."""
    from shopcopy.clock import utc_naive

    try:
        local = datetime.fromisoformat(text)
    except ValueError:
        raise fail(f"--send-at must be YYYY-MM-DD or 'YYYY-MM-DD HH:MM', got '{text}'") from None
    return utc_naive(local.replace(tzinfo=tz) if local.tzinfo is None else local)


@contextmanager
def _client(model: str | None):
    """An LLMClient for a variant's model (None: the configured one). The embedded server serves
    one model, so another name there would record a model that never wrote the text."""
    from shopcopy.campaigns import CampaignError
    from shopcopy.llm.client import LLMClient
    from shopcopy.llm.server import llm_endpoint

    cfg = settings()
    if model is not None:
        cfg = cfg.model_copy(update={"llm_model": model})
    with llm_endpoint(cfg) as endpoint:
        if model is not None and endpoint.embedded:
            from shopcopy.llm.server import embedded_model_name

            if model != embedded_model_name():
                raise CampaignError(f"the embedded server serves only {embedded_model_name()}; a model "
                                    f"variant ('{model}') needs SHOPCOPY_LLM_BASE_URL pointing at a "
                                    "server that has it")
        yield LLMClient(endpoint, cfg)


@campaign_app.command("create")
def create(
    name: str = typer.Option(..., "--name", help="Campaign name (its id): letters, digits, - _ ."),
    send_at: str = typer.Option(..., "--send-date", "--send-at",
                                help="When the CRM sends: YYYY-MM-DD or 'YYYY-MM-DD HH:MM' (shop time)"),
    holdout: str = typer.Option("10%", "--holdout", help="Share held back as control, e.g. 10%"),
    variants: str = typer.Option("A", "--variants", help="Variant labels, e.g. A,B"),
    variant_prompt: list[str] = typer.Option(
        [], "--variant-prompt", help="ARM=PROMPT: a prompt file in shopcopy/llm/prompts/ (name without .j2)"),
    variant_model: list[str] = typer.Option([], "--variant-model", help="ARM=MODEL served by the endpoint"),
    snapshot: str = typer.Option(None, "--date", help="Snapshot whose messages form the audience "
                                                      "(default: the send date)"),
    assignment: str = typer.Option("hash", "--assign",
                                   help="hash (even variant shares) or thompson (learn from finished campaigns)"),
) -> None:
    """Build a campaign: audience, control/variant arms by hash, MDE, and each variant's texts."""
    from shopcopy.campaigns import CampaignError, create_campaign, parse_variants
    from shopcopy.campaigns.assign import parse_share

    cfg = settings()
    send = send_instant(send_at, cfg.tz)
    try:
        day = date.fromisoformat(snapshot) if snapshot else datetime.fromisoformat(send_at).date()
        specs = parse_variants(variants, _pairs(variant_prompt, "--variant-prompt"),
                               _pairs(variant_model, "--variant-model"))
        with _connect() as con:
            plan = create_campaign(con, cfg, name=name, snapshot_date=day, send_at=send,
                                   holdout=parse_share(holdout), variants=specs, run_id=new_run_id("campaign"),
                                   assignment=assignment, open_client=_client)
    except (CampaignError, ValueError) as exc:
        raise fail(str(exc)) from None
    console.print(plan.summary(), soft_wrap=True)


@campaign_app.command("report")
def report(
    name: str = typer.Argument(..., help="Campaign name"),
    png: Path = typer.Option(None, "--png", help="Write the chart here (default: SHOPCOPY_CAMPAIGN_DIR/NAME/)"),
) -> None:
    """Attribute orders in the window, compute uplift per variant with intervals, draw the chart."""
    from shopcopy.campaigns import CampaignError, run_campaign_results
    from shopcopy.campaigns.report import (
        ARM_HEADERS,
        COMPARISON_HEADERS,
        arm_rows,
        chart,
        comparison_rows,
        save_chart,
        status_line,
    )

    try:
        with _connect() as con:
            results = run_campaign_results(con, name)
    except CampaignError as exc:
        raise fail(str(exc)) from None
    console.print(status_line(results), soft_wrap=True)
    print_rows(f"Campaign {name}: arms", ARM_HEADERS, [tuple(r) for r in arm_rows(results)])
    print_rows(f"Campaign {name}: uplift (arm minus vs)", COMPARISON_HEADERS,
               [tuple(r) for r in comparison_rows(results)])
    if png is not None:
        png.parent.mkdir(parents=True, exist_ok=True)
        png.write_bytes(chart(results))
        path = png
    else:
        path = save_chart(results, settings().campaign_dir)
    console.print(f"Chart of cumulative conversion per arm: {path}")


@campaign_app.command("list")
def list_cmd() -> None:
    """Every campaign with its state (scheduled, running, finished) and sizes."""
    from shopcopy.clock import utc_naive
    from shopcopy.warehouse import run_sql

    with _connect() as con:
        rows = run_sql(con, "campaigns/list_campaigns", {"now": utc_naive()}).fetchall()
    print_rows("Campaigns", ["campaign", "snapshot", "send_at (UTC)", "window", "holdout", "assign",
                             "audience", "control", "variants", "last export", "state"],
               [(r[0], r[1], r[2], r[3], f"{r[4]:.0%}", *r[5:]) for r in rows])


@simulate_app.command("responses")
def simulate_responses(
    campaign: str = typer.Option(..., "--campaign", help="Campaign name"),
    effect: str = typer.Option("", "--effect", help="Planted uplift per variant, e.g. A=+3pp,B=+1pp"),
    seed: int = typer.Option(0, "--seed", help="Same seed, same files"),
    out: Path = typer.Option(None, "--out", help="Inbox to write into (default: SHOPCOPY_INBOX)"),
) -> None:
    """Write the shop's later order files: everyone's baseline orders plus the planted effect."""
    from shopcopy.campaigns import parse_effects
    from shopcopy.campaigns import simulate_responses as simulate

    try:
        effects = parse_effects(effect)
        with _connect() as con:
            s = simulate(con, campaign, effects, out or settings().inbox, seed=seed)
    except (ValueError, FileExistsError) as exc:
        raise fail(str(exc)) from None
    planted = ", ".join(f"{a} {100 * e:+.2f}pp per exported member ({100 * s.planted_itt[a]:+.2f}pp "
                        "per assigned member)" for a, e in s.planted.items())
    days = sorted({p.stem for p in s.files})
    console.print(f"Wrote {s.orders} orders ({s.lines} lines) in {len(s.files)} file(s) "
                  f"{days[0] if days else ''}..{days[-1] if days else ''} under {out or settings().inbox}/orders; "
                  f"planted: {planted}. Load them with `shopcopy ingest`.", soft_wrap=True)

