"""Publishing policy for generated text: pure checks of a text against the facts of its inputs.

`check(task, output, inputs, catalog) -> Verdict` is the public interface. No I/O beyond reading
the package's own policy file, and no LLM or database import: copy written anywhere can be judged.
"""

from shopcopy.guardrails.base import Failure
from shopcopy.guardrails.catalog import Catalog, CatalogProduct, parse_json
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
    has_hard_failure,
    output_of,
)

__all__ = [
    "CHECKS", "TASK_FIELDS", "TEXT_FIELDS", "Catalog", "CatalogProduct", "Failure", "Policy",
    "Verdict", "all_checks", "check", "check_row", "find_pii", "has_hard_failure",
    "load_policy", "looks_like_injection", "neutralise", "output_of", "parse_json",
]
