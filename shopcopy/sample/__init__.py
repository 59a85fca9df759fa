"""Deterministic, realistic sample shop data for the demo, the tests and the benchmarks."""
