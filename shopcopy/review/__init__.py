"""Review stage: the queue of held-back texts; approve / reject with a log (ops.review_log)."""
