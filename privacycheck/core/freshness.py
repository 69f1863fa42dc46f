"""How fresh an item's verification is: the app warns when it is older than six months."""

from __future__ import annotations

import datetime as dt

CONFIDENCES = ("checked", "help_page", "inferred")
"""checked: on a live account; help_page: read on the platform's own help page; inferred: guides, press, code."""

STALE_AFTER_MONTHS = 6


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later, or the month's last day when it has no such day (31 → 30)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has at least 28 days")


def is_stale(verified: dt.date, today: dt.date) -> bool:
    """True when the verification is more than six months old on `today`."""
    return today > months_later(verified, STALE_AFTER_MONTHS)
