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
    due.add_argument(
        "--notify", action="store_true", help="show a desktop notification when a re-check is due (else say nothing)"
    )
    due.add_argument("--lang", choices=("en", "fr"), default=None)
    due.set_defaults(run=run_due)

    remind = commands.add_parser(
        "remind", help="a reminder for the next re-check: a calendar event, or the system's own scheduler (Linux)"
    )
    how = remind.add_mutually_exclusive_group(required=True)
    how.add_argument("--ics", type=Path, metavar="FILE", help="write an iCalendar event with an alarm")
    how.add_argument(
        "--systemd", action="store_true", help="install a systemd user timer that notifies when a re-check is due"
    )
    how.add_argument(
        "--autostart", action="store_true", help="install an autostart entry that notifies at login when one is due"
    )
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
    if options.notify:
        return _notify(status, context.language(options.lang))
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
    if status.sooner is not None and status.incident is not None:
        print(f"Brought closer by the incident logged on {status.incident}: run a full check.")
    return 0


def _notify(status: RecheckStatus, lang: str) -> int:
    """For the system's scheduler: a desktop notification (freedesktop `notify-send`) only when a re-check is due;
    without one, the message goes to standard output (the systemd journal)."""
    import shutil
    import subprocess

    from privacycheck.services.recheck import due_notice

    notice = due_notice(status, lang)
    if notice is None:
        return 0
    title, text = notice
    sender = shutil.which("notify-send")
    if sender is not None:
        subprocess.run([sender, "--app-name=privacycheck", title, text], check=False, timeout=30)
    else:
        print(f"{title}: {text}")
    return 0


def _own_command() -> list[str]:
    """How the scheduler runs `privacycheck due --notify`: this interpreter and package, or the bundled app."""
    import sys

    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [sys.executable, "due", "--notify"]
    return [sys.executable, "-m", "privacycheck", "due", "--notify"]


def _config_dir(context: Context) -> Path:
    configured = context.environ.get("XDG_CONFIG_HOME")
    return Path(configured) if configured else Path(context.environ.get("HOME", str(Path.home()))) / ".config"


def _install_scheduler(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.recheck import AUTOSTART_NAME, UNIT_NAME, autostart_entry, systemd_units
    from privacycheck.services.report import write_private

    home = context.environ.get("PRIVACYCHECK_HOME")
    if options.systemd:
        folder = _config_dir(context) / "systemd" / "user"
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in systemd_units(_own_command(), home).items():
            write_private(folder / name, text.encode("utf-8"))
        print(f"Wrote {UNIT_NAME}.service and {UNIT_NAME}.timer to {folder}. Turn the daily check on with:")
        print(f"  systemctl --user daemon-reload && systemctl --user enable --now {UNIT_NAME}.timer")
        print(f"Turn it off with: systemctl --user disable --now {UNIT_NAME}.timer")
        return 0
    folder = _config_dir(context) / "autostart"
    folder.mkdir(parents=True, exist_ok=True)
    write_private(folder / AUTOSTART_NAME, autostart_entry(_own_command(), home).encode("utf-8"))
    print(f"Wrote {folder / AUTOSTART_NAME}: at each login, a notification says when a re-check is due.")
    print("Remove that file to turn it off.")
    return 0


def run_remind(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.recheck import reminder_ics, reminder_uid
    from privacycheck.services.report import write_private

    if options.ics is None:
        return _install_scheduler(options, context)
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
