from casekit import add  # noqa: F401
