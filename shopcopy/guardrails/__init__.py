"""Publishing policy for generated text: pure checks of a text against the facts of its inputs.

`check(task, output, inputs, catalog) -> Verdict` is the interface the pipeline uses;
`guard_check(task, output, inputs, catalog=None) -> dict` is the same verdict as JSON-able data
for copy written anywhere (by hand, an agency, another model). No I/O beyond reading the
package's own data files, and no LLM or database import.
"""

from shopcopy.guardrails.base import Failure
from shopcopy.guardrails.catalog import Catalog, CatalogProduct, parse_json
from shopcopy.guardrails.data import gate_version
from shopcopy.guardrails.inputs import find_pii, looks_like_injection, neutralise
from shopcopy.guardrails.policy import Policy, load_policy
from shopcopy.guardrails.verdict import (
    CHECKS,
    TASK_FIELDS,
    TEXT_FIELDS,
    Verdict,
    all_checks,
    check,
    check_row,
    guard_check,
    has_hard_failure,
    output_of,
)

__all__ = [
    "CHECKS", "TASK_FIELDS", "TEXT_FIELDS", "Catalog", "CatalogProduct", "Failure", "Policy",
    "Verdict", "all_checks", "check", "check_row", "find_pii", "gate_version", "guard_check",
    "has_hard_failure",
    "load_policy", "looks_like_injection", "neutralise", "output_of", "parse_json",
]
