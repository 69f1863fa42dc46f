"""`privacycheck due` and `privacycheck remind --ics FILE`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacycheck.commands.context import Context, print_json

if TYPE_CHECKING:
    from privacycheck.core.recheck import RecheckStatus
    from privacycheck.storage.store import Store


def register(commands: Any) -> None:
    due = commands.add_parser("due", help="when the next re-check is due")
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(run=run_due)

    remind = commands.add_parser("remind", help="write a calendar reminder (.ics) for the next re-check")
    remind.add_argument("--ics", required=True, type=Path, metavar="FILE")
    remind.add_argument("--lang", choices=("en", "fr"), default=None)
    remind.set_defaults(run=run_remind)


def _status(context: Context, now: dt.datetime) -> tuple[RecheckStatus, str]:
    """The status, and a seed naming the re-check cycle (for a stable calendar UID)."""
    from privacycheck.services.recheck import recheck_status
    from privacycheck.storage.paths import DATABASE_NAME

    config = context.managed.config
    interval = config.recheck_interval_days if config else None
    today = now.astimezone().date()
    if not (context.home / DATABASE_NAME).exists():  # nothing stored yet: never checked, and nothing is created
        return recheck_status(None, interval, today), f"{context.home}:none"
    store: Store
    with context.open_store() as store:
        latest = store.latest()
        status = recheck_status(store, interval, today)
        seed = f"{store.store_id}:{latest.id if latest else 'none'}"
    return status, seed


def run_due(options: argparse.Namespace, context: Context) -> int:
    status, _ = _status(context, dt.datetime.now(dt.UTC))
    if options.json:
        print_json(status.to_json())
        return 0
    last = status.last.isoformat() if status.last else "never"
    if status.next is None:
        print(f"A check is due now: you have not completed one yet (re-check every {status.interval_days} days).")
    elif status.due:
        print(
            f"A re-check is due now: it was due on {status.next} "
            f"(last check {last}, every {status.interval_days} days)."
        )
    else:
        print(
            f"Next re-check on {status.next}, in {status.days_left} day(s) "
            f"(last check {last}, every {status.interval_days} days)."
        )
    return 0


def run_remind(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.recheck import reminder_ics, reminder_uid
    from privacycheck.services.report import write_private

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    status, seed = _status(context, now)
    config = context.managed.config
    text = reminder_ics(
        status.reminder_day,
        uid=reminder_uid(seed),
        now=now,
        lang=context.language(options.lang),
        organisation=config.organisation if config else None,
        policy_url=config.policy_url if config else None,
    )
    target: Path = options.ics
    write_private(target, text.encode("utf-8"))
    when = "today (a re-check is due now)" if status.due else f"on {status.reminder_day}"
    print(f"Wrote a reminder {when} to {target}: open it with your calendar to add it.")
    return 0
