"""Reliability suite (issue #8): bad input, crashes, flaky endpoints, concurrency, security."""
