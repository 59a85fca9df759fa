"""Issue 16: demand you can plan with, on seeded sample shops with planted seasonality (±20 % a
year, weekly cycle): 30-day totals within ±10 %, a planted level shift flagged by the backtest
(and the predictions marked), the customer model's CLV, `predict --only`, and a stage with no
usable rows saying what validation set aside."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import polars as pl
import pytest

from shopcopy import warehouse
from shopcopy.model import backtest, demand, evaluate, training
from shopcopy.model.features import load_customers, load_order_lines
from shopcopy.settings import get_settings
from tests.fixtures.warehouse import SAMPLE_SNAPSHOT

END = date(2026, 6, 30)
LOADED = END + timedelta(days=1)


def _shop(root, **args):
    """A generated shop ingested into a real warehouse file: (path, lines, customers)."""
    from shopcopy.ingest.load import ingest_inbox
    from shopcopy.sample.data import generate

    generate(root / "inbox", order_files="monthly", end_date=END, **args)
    path = root / "wh.duckdb"
    with warehouse.connect(path) as con:
        assert not ingest_inbox(con, root / "inbox", "test-ingest").rejected
        return path, load_order_lines(con, LOADED), load_customers(con, LOADED)


def _total_error(lines, customers, snap, recipe):
    model = demand.fit_demand(lines, customers, snap, recipe=recipe)
    preds = demand.predict_demand(model, lines, customers, snap)
    actual = training.outcomes(lines, snap).join(preds, on="user_id", how="semi")["orders"].sum()
    return float(preds["expected_orders_30d"].sum()) / actual - 1


SEEDS = (21, 22, 23)
# A rising and a falling stretch of the season, where a model that follows the last quarter
# misses most (the real log in the issue: -10.9 % and +25.5 %).
SNAPSHOTS = (date(2025, 10, 1), date(2026, 3, 1))


@pytest.mark.slow
def test_predicted_30_day_total_lands_within_10_percent_over_seeds_and_dates(tmp_path_factory):
    new, old = {}, {}
    for seed in SEEDS:
        _, lines, customers = _shop(tmp_path_factory.mktemp(f"s{seed}"), users=2500, products=60,
                                    days=800, seed=seed)
        for snap in SNAPSHOTS:
            recipe, tests = backtest.choose_recipe(lines, customers, snap)
            assert len(tests) == len(demand.CANDIDATES)  # two years of history fit every recipe
            new[seed, snap] = _total_error(lines, customers, snap, recipe)
            old[seed, snap] = _total_error(lines, customers, snap, demand.RECENT)
    spread = {f"{s}/{d}": f"{e:+.1%} (before: {old[s, d]:+.1%})" for (s, d), e in new.items()}
    print("30-day total error per seed/snapshot:", spread)
    assert all(abs(e) <= 0.10 for e in new.values()), spread
    mean_abs = lambda d: sum(abs(v) for v in d.values()) / len(d)  # noqa: E731
    # The same cases with the recent-windows model miss more: the season is what is fixed.
    assert mean_abs(new) < mean_abs(old), spread


@pytest.fixture(scope="module")
def shifted(tmp_path_factory):
    """Orders halve from the backtest's cutoff on (the last 30 days before the snapshot)."""
    return _shop(tmp_path_factory.mktemp("shift"), users=700, products=40, days=500, seed=4,
                 level_shift=(END - timedelta(days=29), 0.5))


def _total_row(evals):
    return next(e for e in evals if e.metric == "total_orders_error" and e.baseline == "orders_last_30d")


def test_backtest_flags_a_planted_level_shift_and_not_a_steady_shop(shifted, tmp_path_factory):
    cutoff = END - timedelta(days=29)
    _, lines, customers = shifted
    row = _total_row(evaluate.demand_evaluations(lines, customers, cutoff, bgnbd=False))
    assert row.value > 0.3 and row.warning and "off by" in row.warning, row
    assert row.details["predicted_total"] > 1.3 * row.details["actual_total"]
    # The same shop without the shift: the total is not flagged.
    _, lines, customers = _shop(tmp_path_factory.mktemp("steady"), users=700, products=40,
                                days=500, seed=4)
    row = _total_row(evaluate.demand_evaluations(lines, customers, cutoff, bgnbd=False))
    assert abs(row.value) < 0.15 and not (row.warning and "off by" in row.warning), row


def test_a_flagged_backtest_marks_the_predictions_low_confidence(shifted, tmp_path):
    path = tmp_path / "wh.duckdb"
    shutil.copy(shifted[0], path)
    cfg = get_settings(min_buyers=0, min_history_days=0)
    with warehouse.connect(path) as con:
        result = demand.run_demand(con, LOADED, "run-1", cfg)
        assert result.low_confidence and any("off by" in w for w in result.warnings)
        evals = evaluate.run_evaluation(con, LOADED, "run-1", cfg)
        marks = con.execute(
            "select count(*), count(*) filter (where low_confidence), "
            "count(*) filter (where low_confidence_reason like '%total orders error%off by%') "
            "from predictions.user_demand where snapshot_date = ?", [LOADED]).fetchone()
        stored = con.execute(
            "select count(*) filter (where beats_baseline is not null), "
            "count(*) filter (where warning like '%off by%') from ops.model_evaluations "
            "where snapshot_date = ? and what = 'demand'", [LOADED]).fetchone()
    assert marks[0] == result.rows and marks[1] == marks[2] == marks[0], marks
    assert stored[0] >= 4 and stored[1] >= 1, stored
    assert any(e.baseline == "bgnbd" for e in evals)  # the customer model is a baseline row


def test_customer_values_rank_frequent_recent_buyers_first(loaded_con):
    from shopcopy.model import run_features

    assert run_features(loaded_con, SAMPLE_SNAPSHOT) > 0
    result = demand.run_demand(loaded_con, SAMPLE_SNAPSHOT, "run-1", get_settings())
    df = loaded_con.sql(
        "select d.user_id, d.p_alive, d.clv_90d, d.clv_365d, d.recipe, f.frequency, f.recency_days "
        "from predictions.user_demand d join features.user_features f using (snapshot_date, user_id) "
        "where snapshot_date = $s", params={"s": SAMPLE_SNAPSHOT}).pl()
    buyers, prospects = df.filter(pl.col("frequency") > 0), df.filter(pl.col("frequency") == 0)
    assert buyers["clv_365d"].null_count() == 0 and prospects["clv_365d"].null_count() == prospects.height
    assert (buyers["clv_365d"] >= buyers["clv_90d"]).all() and (buyers["clv_90d"] >= 0).all()
    assert ((buyers["p_alive"] >= 0) & (buyers["p_alive"] <= 1)).all()
    loyal = buyers.filter((pl.col("frequency") >= 4) & (pl.col("recency_days") <= 60))
    once = buyers.filter((pl.col("frequency") == 1) & (pl.col("recency_days") > 180))
    assert loyal.height and once.height
    assert loyal["clv_365d"].median() > 5 * once["clv_365d"].median()
    # P(alive): a repeat buyer silent for months has likely left; BG/NBD holds a one-order
    # buyer alive (no repeat yet to be late for), so the contrast is among repeat buyers.
    gone = buyers.filter((pl.col("frequency") >= 3) & (pl.col("recency_days") > 120))
    assert gone.height and loyal["p_alive"].mean() > gone["p_alive"].mean() + 0.2
    assert set(df["recipe"]) == {result.recipe}


def _cli(con, monkeypatch, *args):
    from typer.testing import CliRunner

    from shopcopy.cli import app

    path = con.execute("select path from duckdb_databases() where database_name = current_database()").fetchone()[0]
    con.close()
    monkeypatch.setenv("SHOPCOPY_WAREHOUSE", path)
    result = CliRunner().invoke(app, list(args))
    with warehouse.connect(path, read_only=True) as c:
        counts = c.execute("select (select count(*) from predictions.user_demand), "
                           "(select count(*) from recs.user_recommendations)").fetchone()
    return result, counts


@pytest.mark.parametrize(("only", "demand_rows", "recs_rows"), [("demand", True, False), ("recs", False, True)])
def test_predict_only_runs_one_part(loaded_con, monkeypatch, only, demand_rows, recs_rows):
    result, (d, r) = _cli(loaded_con, monkeypatch, "predict", "--date", str(SAMPLE_SNAPSHOT), "--only", only)
    assert result.exit_code == 0, result.output
    assert (d > 0, r > 0) == (demand_rows, recs_rows), result.output


def test_predict_only_refuses_an_unknown_part(loaded_con, monkeypatch):
    result, _ = _cli(loaded_con, monkeypatch, "predict", "--only", "everything")
    assert result.exit_code == 1 and "--only must be 'demand' or 'recs'" in result.output


def test_no_usable_rows_says_how_many_validation_set_aside_and_why(loaded_con, monkeypatch, tmp_path):
    from shopcopy.validate.suites import validate

    # A shop whose opening day is set after every order: validation hides them all.
    cfg = get_settings(shop_opened=SAMPLE_SNAPSHOT, docs_dir=tmp_path / "docs")
    validate(loaded_con, "validate-1", SAMPLE_SNAPSHOT, cfg, suites=("raw_orders",), engine="duckdb")
    total = loaded_con.execute("select count(*) from raw.orders").fetchone()[0]
    with pytest.raises(demand.InsufficientDataError) as err:
        demand.run_demand(loaded_con, SAMPLE_SNAPSHOT, "run-1", cfg)
    assert f"validation set aside {total} of {total} raw.orders rows" in str(err.value)
    assert "order" in str(err.value).split("raw.orders rows (")[1]  # the expectation's name
    result, _ = _cli(loaded_con, monkeypatch, "predict", "--date", str(SAMPLE_SNAPSHOT), "--only", "demand")
    assert result.exit_code == 1 and "validation set aside" in result.output
