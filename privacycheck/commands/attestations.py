"""`privacycheck admin attestations DIR`: a folder of attestations as staff send them, summarised for HR."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from privacycheck.commands.context import Context, print_json, warn
from privacycheck.errors import PrivacycheckError


def register_admin(actions: Any) -> None:
    """Add the action to `privacycheck admin` (commands/update.py makes the group)."""
    summary = actions.add_parser(
        "attestations",
        help="list, per person, who sent a complete attestation, when, and who is overdue (never any answer)",
    )
    summary.add_argument("directory", type=Path, metavar="DIR", help="the folder of attestation files (.json, .pdf)")
    formats = summary.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON")
    formats.add_argument("--csv", action="store_true", help="print CSV, one row per person")
    summary.add_argument(
        "--due", type=_day, metavar="DATE", help="the deadline (YYYY-MM-DD): who has no complete check by then"
    )
    summary.set_defaults(run=run_attestations)


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def run_attestations(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.attest_summary import summarise, summary_csv, summary_json, summary_lines

    directory: Path = options.directory
    if not directory.is_dir():
        raise PrivacycheckError(f"{directory}: not a folder")
    try:
        summary = summarise(directory, options.due, dt.date.today())
    except OSError as error:
        raise PrivacycheckError(f"{directory}: cannot read it ({error.strerror or error})") from None
    for file, reason in summary.malformed:
        warn(f"{directory / file}: {reason}")
    if options.json:
        print_json(summary_json(summary))
    elif options.csv:
        sys.stdout.write(summary_csv(summary))
    else:
        for line in summary_lines(summary):
            print(line)
        people = len(summary.people)
        complete = sum(1 for person in summary.people if person.shown.complete)
        print(f"\n{people} person(s), {complete} with a complete check; {len(summary.malformed)} file(s) not read.")
        if summary.due is not None:
            overdue = sum(1 for person in summary.people if person.overdue(summary.due, summary.today))
            print(f"{overdue} overdue against {summary.due.isoformat()}.")
    return 1 if summary.malformed else 0
