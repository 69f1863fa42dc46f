"""The first-check deadline an organisation sets for new staff: pure date logic, asked by Home and the tray's tick."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

FIRST_STARTED_KEY = "first_started"
"""The app setting (settings.json, nothing personal) holding the day the app first started: the deadline counts from
it."""

REMINDED_KEY = "deadline_reminded"
"""The app setting holding the last day the nearing deadline was notified (at most once a day)."""

REMIND_DAYS = 7
"""The reminder starts this many days before the deadline (or halfway, for a deadline shorter than two weeks)."""


@dataclass(frozen=True, slots=True)
class FirstCheckDeadline:
    """The first check is due by `deadline`; `done` is the day of the first finished check, if there is one."""

    deadline: dt.date
    today: dt.date
    done: dt.date | None = None
    days: int = 0
    """How many days after the first start the deadline falls."""

    @property
    def days_left(self) -> int:
        return (self.deadline - self.today).days

    @property
    def overdue(self) -> bool:
        return self.done is None and self.today > self.deadline

    @property
    def near(self) -> bool:
        """Not done, and the deadline is close or past: time for a reminder."""
        return self.done is None and self.days_left <= min(REMIND_DAYS, self.days // 2)


def first_check_deadline(
    first_started: dt.date, days: int, finished: dt.date | None, today: dt.date
) -> FirstCheckDeadline:
    return FirstCheckDeadline(first_started + dt.timedelta(days=days), today, finished, days)


def first_started(settings: Mapping[str, Any]) -> dt.date | None:
    """The recorded first start, or None (not recorded yet, or unreadable: then it is recorded again)."""
    value = settings.get(FIRST_STARTED_KEY)
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def should_remind(deadline: FirstCheckDeadline | None, settings: Mapping[str, Any]) -> bool:
    """Whether the tray's tick should notify now: the deadline is near or past, and not yet notified today."""
    return deadline is not None and deadline.near and settings.get(REMINDED_KEY) != deadline.today.isoformat()
