"""Report stage: the run ledger (ops.runs), the nightly report's numbers, and named queries."""
