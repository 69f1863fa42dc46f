"""The clock that services take as an argument, so that tests can fix the time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]
"""Returns the current time, timezone-aware."""


def utc_now() -> dt.datetime:
    """The current time in UTC, to the second: what is stored and compared."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
