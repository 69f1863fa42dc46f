"""When the next re-check is due: pure date arithmetic over the last check and the interval in force."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_INTERVAL_DAYS = 90
"""Without a managed configuration, a re-check every 90 days (design brief, section 6)."""

PREF_KEY = "recheck_interval_days"
"""The store preference by which a user shortens (never lengthens) their organisation's interval."""

MIN_INTERVAL_DAYS = 1

INCIDENT_RECHECK_DAYS = 3
"""After a logged incident, a full check falls due within three days."""


def _day(value: dt.date) -> dt.date:
    """A datetime counts by its calendar date; comparing a datetime with a date would raise TypeError."""
    return value.date() if isinstance(value, dt.datetime) else value


def parse_interval(value: str | int | None) -> int | None:
    """A user's interval preference as a number of days, or None when unset or unusable (it is then ignored)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        days = int(value)
    except ValueError:
        return None
    return days if days >= MIN_INTERVAL_DAYS else None


def effective_interval(org_days: int | None, user_days: int | None = None) -> int:
    """The interval in force: the organisation's (90 days without one), or the user's when it is shorter."""
    org = org_days if org_days is not None and org_days >= MIN_INTERVAL_DAYS else DEFAULT_INTERVAL_DAYS
    if user_days is None or user_days < MIN_INTERVAL_DAYS:
        return org
    return min(org, user_days)


def next_due(last: dt.date | None, interval_days: int) -> dt.date | None:
    """The day the next re-check falls due: `interval_days` after the last one; None when there has been none."""
    if last is None:
        return None
    return _day(last) + dt.timedelta(days=max(interval_days, MIN_INTERVAL_DAYS))


def is_due(now: dt.date, last: dt.date | None, interval_days: int) -> bool:
    """Whether a re-check is due on `now`: from its due day on, and always when there has never been a check."""
    due = next_due(last, interval_days)
    return due is None or _day(now) >= due


def reminder_day(now: dt.date, last: dt.date | None, interval_days: int) -> dt.date:
    """The day a reminder should fall on: the due day, or `now` when the re-check is already due."""
    due = next_due(last, interval_days)
    today = _day(now)
    return today if due is None or due <= today else due


def should_notify(now: dt.date, last: dt.date | None, interval_days: int, notified: dt.date | None) -> bool:
    """For a periodic tick (never a timer armed for the due date): remind at most once a day while a check is due."""
    return is_due(now, last, interval_days) and (notified is None or _day(notified) < _day(now))


@dataclass(frozen=True, slots=True)
class RecheckStatus:
    """Everything `privacycheck due` reports."""

    today: dt.date
    last: dt.date | None
    interval_days: int
    incident: dt.date | None = None
    """The day of the latest logged incident: a full check falls due within INCIDENT_RECHECK_DAYS of it, unless one
    was finished on or after that day."""

    @property
    def sooner(self) -> dt.date | None:
        """The closer due day an incident set, while no check has followed it."""
        if self.incident is None or (self.last is not None and _day(self.last) >= self.incident):
            return None
        return self.incident + dt.timedelta(days=INCIDENT_RECHECK_DAYS)

    @property
    def next(self) -> dt.date | None:
        regular, sooner = next_due(self.last, self.interval_days), self.sooner
        return regular if sooner is None or regular is None else min(regular, sooner)

    @property
    def due(self) -> bool:
        sooner = self.sooner
        return is_due(self.today, self.last, self.interval_days) or (sooner is not None and self.today >= sooner)

    @property
    def reminder_day(self) -> dt.date:
        due = self.next
        return self.today if due is None or due <= self.today else due

    @property
    def days_left(self) -> int | None:
        """Days until the due day (negative when overdue); None when there has never been a check."""
        due = self.next
        return None if due is None else (due - self.today).days

    def to_json(self) -> dict[str, object]:
        due = self.next
        return {
            "due": self.due,
            "next": None if due is None else due.isoformat(),
            "last": None if self.last is None else self.last.isoformat(),
            "interval_days": self.interval_days,
            "incident": None if self.sooner is None or self.incident is None else self.incident.isoformat(),
        }


def update_check_due(last: dt.datetime | None, every_days: int | None, now: dt.datetime) -> bool:
    """Whether the organisation's scheduled update check should run: only when it set `update_check_days`, and
    then when there has been no successful check for that many days."""
    if not every_days:
        return False
    return last is None or now - last >= dt.timedelta(days=every_days)
