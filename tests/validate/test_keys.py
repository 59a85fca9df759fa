"""Keys the warehouse does not enforce are checked by the validate stage (shopcopy/validate/keys.py):
read from the migration files, recorded in ops.quality_results, a duplicate blocks the run with
the table, the key, examples and what to do. On a lake: tests/warehouse/test_lake.py."""

from __future__ import annotations

import pytest

from shopcopy.settings import get_settings
from shopcopy.validate import GateFailed, gate, run_validate
from shopcopy.validate.keys import SUITE, keys_to_check, schema_keys
from tests.fixtures.warehouse import SAMPLE_SNAPSHOT
from tests.review.test_review import GOOD_COPY, insert_copy


def test_the_keys_read_from_the_migration_files_are_the_ones_a_duckdb_file_enforces(con):
    enforced = {f"{s}.{t}": tuple(cols) for s, t, cols in con.execute(
        "select schema_name, table_name, constraint_column_names from duckdb_constraints() "
        "where constraint_type in ('PRIMARY KEY', 'UNIQUE')").fetchall()}
    assert schema_keys() == enforced
    assert len(enforced) > 20 and "raw.orders" not in enforced  # its key left the schema (220)


def test_on_a_lake_every_key_is_checked_once_and_raw_keys_stay_with_their_suites():
    checked = {table_key for table_key in keys_to_check(lake=True).values()}
    assert ("ops.llm_calls", ("call_id",)) in checked and ("ops.review_log", ("review_id",)) in checked
    assert ("gen.product_descriptions", ("input_hash",)) in checked
    assert ("raw.products", ("product_id",)) not in checked  # expectations/raw_products.json has it
    # On a DuckDB file the schema's keys are enforced by the engine: only input_hash is checked.
    assert {t for t, _ in keys_to_check(lake=False).values()} == {
        "gen.product_descriptions", "gen.recommendation_messages", "gen.demand_insights"}


def test_a_duplicated_input_hash_blocks_the_validate_stage_with_what_to_do(loaded_con):
    insert_copy(loaded_con, "pd-1", GOOD_COPY, status="published")
    clean = run_validate(loaded_con, "v-clean", SAMPLE_SNAPSHOT, get_settings(), engine="duckdb")
    assert gate(clean.report).passed
    # A second text for the same input (what two lake writers appending the same item leave).
    loaded_con.execute("insert into gen.product_descriptions select * replace ('pd-2' as output_id) "
                       "from gen.product_descriptions where output_id = 'pd-1'")
    result = run_validate(loaded_con, "v-dup", SAMPLE_SNAPSHOT, get_settings(), engine="duckdb")
    with pytest.raises(GateFailed) as err:
        gate(result.report)
    assert len(result.report.blocking) == 1, result.report.blocking
    message = str(err.value)
    assert "gen.product_descriptions has 2 of 2 rows sharing a key (input_hash)" in message
    assert "input_hash=pd-1, rows=2" in message and "Keep one row per key" in message
    stored = loaded_con.execute(
        "select expectation_name, success, unexpected_count from ops.quality_results "
        "where run_id = 'v-dup' and suite = ? order by 1", [SUITE]).fetchall()
    assert stored == [("gen.demand_insights:input_hash", True, 0),
                      ("gen.product_descriptions:input_hash", False, 2),
                      ("gen.recommendation_messages:input_hash", True, 0)]
