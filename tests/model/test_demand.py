"""Demand prediction: point-in-time training, the backtest against the recency baseline on the
sample shop, the data-sufficiency policy (refuse vs flag) and rerun safety."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from shopcopy.model import demand, evaluate
from shopcopy.model.features import load_customers, load_order_lines
from shopcopy.settings import get_settings
from shopcopy.validate.sufficiency import Sufficiency, record_sufficiency
from tests.fixtures.warehouse import SAMPLE_SNAPSHOT

S = SAMPLE_SNAPSHOT


@pytest.fixture(scope="module")
def sample_frames(sample_warehouse):
    from shopcopy import warehouse

    with warehouse.connect(sample_warehouse, read_only=True) as c:
        return load_order_lines(c, S), load_customers(c, S)


def test_model_beats_recency_baseline_in_auc(sample_frames):
    lines, customers = sample_frames
    evals = {(e.metric, e.baseline): e
             for e in evaluate.demand_evaluations(lines, customers, S - timedelta(days=30))}
    auc = evals["auc", "recency_only"]
    assert auc.details["buyers"] > 30  # enough positives for the AUC to mean something
    assert auc.value > auc.baseline_value + 0.05, (auc.value, auc.baseline_value)
    assert auc.beats_baseline is True
    mae = evals["mae_orders_30d", "orders_last_30d"]
    assert mae.value < mae.baseline_value and mae.beats_baseline is True
    bins = evals["calibration_error", "train_base_rate"].details["deciles"]
    assert len(bins) == 10 and bins[-1]["actual_rate"] > bins[0]["actual_rate"]


def test_training_never_sees_the_outcome_window(sample_frames):
    lines, customers = sample_frames
    cutoff = S - timedelta(days=30)
    before = lines.filter(lines["order_date"] < cutoff)
    # Same model whether or not the orders after the cutoff exist: fit only looks back.
    assert demand.fit_demand(lines, customers, cutoff).version == \
        demand.fit_demand(before, customers, cutoff).version
    a = demand.predict_demand(demand.fit_demand(lines, customers, cutoff), lines, customers, cutoff)
    b = demand.predict_demand(demand.fit_demand(before, customers, cutoff), before, customers, cutoff)
    assert a.equals(b)


def test_run_demand_writes_every_user_and_reruns_replace(loaded_con):
    cfg = get_settings()
    first = demand.run_demand(loaded_con, S, "run-1", cfg)
    again = demand.run_demand(loaded_con, S, "run-2", cfg)
    assert first.model_version == again.model_version and first.model_version.startswith("hgb-")
    # The latest training window: S-30, or S-60 when the recipe calibrates on S-30.
    latest = S - timedelta(days=30 if first.recipe == demand.RECENT.name else 60)
    assert first.train_snapshot == latest and first.recipe in {r.name for r in demand.CANDIDATES}
    rows = loaded_con.execute(
        "select count(*), count(distinct user_id), min(p_purchase_30d), max(p_purchase_30d), "
        "count(next_category), min(next_order_date), bool_and(low_confidence) "
        "from predictions.user_demand where snapshot_date = ?", [S]).fetchall()[0]
    n, distinct, p_min, p_max, with_cat, next_min, low = rows
    assert n == distinct == first.rows
    assert 0 <= p_min < p_max <= 1 and with_cat == n and next_min >= S
    # 400 users is below the default min_buyers (500): the verdict flags, it does not refuse.
    assert low is True and first.low_confidence and any("buyers" in r for r in first.reasons)


def verdict(sufficient: bool, low: bool, reasons: list[str]) -> Sufficiency:
    return Sufficiency(S, sufficient, low, 3, 10, 0, 0, reasons)


def test_insufficient_verdict_refuses_and_writes_nothing(loaded_con):
    record_sufficiency(loaded_con, "validate-1", verdict(False, False, ["only 3 buyers"]))
    with pytest.raises(demand.InsufficientDataError, match="only 3 buyers"):
        demand.run_demand(loaded_con, S, "run-1", get_settings())
    assert loaded_con.execute("select count(*) from predictions.user_demand").fetchall() == [(0,)]


def test_stored_verdict_wins_over_measuring(loaded_con):
    # A sufficient stored verdict (e.g. after lowering thresholds) means no low-confidence flag.
    record_sufficiency(loaded_con, "validate-1", verdict(True, False, []))
    result = demand.run_demand(loaded_con, S, "run-1", get_settings())
    assert not result.low_confidence
    flags = loaded_con.execute("select distinct low_confidence from predictions.user_demand "
                               "where snapshot_date = ?", [S]).fetchall()
    assert flags == [(False,)]


def test_without_a_stored_verdict_the_measured_one_refuses_an_empty_shop(con):
    now = datetime(2026, 6, 1)
    con.execute("insert into raw.customers values ('u1', 'en-US', ?, true, 'standard', "
                "'e', 'p', 'n', 'c', ?)", [datetime(2026, 1, 1), now])
    with pytest.raises(demand.InsufficientDataError):
        demand.run_demand(con, date(2026, 6, 1), "run-1", get_settings(min_buyers=0,
                                                                         min_history_days=0))


@pytest.mark.parametrize(("expected", "days"), [(1.0, 29), (3.0, 9), (30.0, 0), (0.05, None)])
def test_next_order_date_follows_the_expected_rate(expected, days):
    got = demand.next_order_date(S, expected)
    assert got == (None if days is None else S + timedelta(days=days))
