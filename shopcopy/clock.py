"""The one clock. Stored timestamps are UTC instants (naive TIMESTAMP columns hold UTC; every
warehouse connection runs with TimeZone=UTC). The shop's time zone (SHOPCOPY_TIMEZONE) is used
only to choose the default snapshot date and the schedule."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


def now_utc() -> datetime:
    """Timezone-aware now in UTC."""
    return datetime.now(UTC)


def utc_naive(ts: datetime | None = None) -> datetime:
    """A UTC instant as the naive value stored in TIMESTAMP columns."""
    ts = ts or now_utc()
    return (ts.astimezone(UTC) if ts.tzinfo else ts).replace(tzinfo=None)


def shop_today(timezone: str | ZoneInfo) -> date:
    """Today's date in the shop's time zone: the default snapshot date."""
    tz = timezone if isinstance(timezone, ZoneInfo) else ZoneInfo(timezone)
    return datetime.now(tz).date()
