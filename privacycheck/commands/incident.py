"""`privacycheck incident add|list|export|delete|lockdown`: the incident log and the lockdown path, from a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from privacycheck.commands.context import Context, print_json
from privacycheck.errors import PrivacycheckError


def register(commands: Any) -> None:
    incident = commands.add_parser("incident", help="log what a client did, export the log, lock your accounts down")
    actions = incident.add_subparsers(dest="incident_command", metavar="ACTION", parser_class=type(incident))
    actions.required = True

    add = actions.add_parser("add", help="log what happened (kept encrypted with your answers)")
    add.add_argument("--what", required=True, help="what was said or done")
    add.add_argument("--who", default="", help="who: the account name, or how you know the person")
    add.add_argument("--where", default="", help="where: the platform, the profile or the place")
    add.add_argument("--platform", default="", help="the platform, if any")
    add.add_argument(
        "--happened", default="", metavar="DATE", help="when it happened (YYYY-MM-DD[THH:MM]); default: now"
    )
    add.add_argument("--link", action="append", default=[], metavar="URL", help="an address (repeat for several)")
    add.add_argument("--notes", default="", help="anything else")
    add.add_argument("--file", action="append", default=[], type=Path, metavar="FILE", help="attach a file (repeat)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=run_add)

    listing = actions.add_parser("list", help="the logged entries")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)

    export = actions.add_parser("export", help="the log as a PDF, or as a folder with the attached files")
    export.add_argument("--out", required=True, type=Path, metavar="PATH")
    export.add_argument("--format", choices=("pdf", "folder"), help="default: pdf for a .pdf name, else a folder")
    export.add_argument("--lang", choices=("en", "fr"))
    export.set_defaults(run=run_export)

    delete = actions.add_parser("delete", help="delete one entry and its files")
    delete.add_argument("id", type=int)
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    delete.set_defaults(run=run_delete)

    lockdown = actions.add_parser("lockdown", help="the fixes that cut a client off fastest, in order")
    lockdown.add_argument("--platform", action="append", metavar="NAME", help="a platform you use (repeat)")
    lockdown.add_argument("--lang", choices=("en", "fr"))
    lockdown.add_argument("--json", action="store_true")
    lockdown.set_defaults(run=run_lockdown)


def _happened(text: str, now: dt.datetime) -> str:
    if not text:
        return now.astimezone().isoformat(timespec="minutes")
    try:
        return (dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)).isoformat()
    except ValueError:
        raise PrivacycheckError(f"--happened: {text[:40]!r} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None


def _row(entry: Any) -> dict[str, Any]:
    return {
        "id": entry.id,
        "logged": entry.created.isoformat(),
        **entry.fields,
        "files": [{"name": f.name, "type": f.media_type, "size": len(f.data)} for f in entry.attachments],
    }


def run_add(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.incidents import read_attachment
    from privacycheck.storage.incidents import MAX_FILE_BYTES

    now = dt.datetime.now(dt.UTC)
    for link in options.link:
        if not link.startswith(("https://", "http://")):
            raise PrivacycheckError(f"--link: {link[:60]!r} is not a web address (https://…)")
    files = [read_attachment(path, MAX_FILE_BYTES) for path in options.file]
    fields = {
        "happened": _happened(options.happened, now),
        "platform": options.platform,
        "who": options.who,
        "where": options.where,
        "what": options.what,
        "links": list(options.link),
        "notes": options.notes,
    }
    fields = {k: v for k, v in fields.items() if v}
    with context.open_store() as store:
        entry_id = store.add_incident(fields, files, now)
        entry = store.incident(entry_id)
        due = store.latest_incident_day()
    if options.json:
        print_json(_row(entry))
        return 0
    print(f"Logged entry {entry_id} ({len(files)} file(s)), encrypted with your answers.")
    if due is not None:
        from privacycheck.core.recheck import INCIDENT_RECHECK_DAYS

        print(f"Run a full check by {due + dt.timedelta(days=INCIDENT_RECHECK_DAYS)}: see 'privacycheck due'.")
    return 0


def run_list(options: argparse.Namespace, context: Context) -> int:
    with context.open_store() as store:
        entries = store.incidents()
        damaged = list(store.damaged)
    if options.json:
        print_json({"incidents": [_row(entry) for entry in entries], "damaged": damaged})
        return 0
    if not entries:
        print("No incident logged.")
    for entry in entries:
        what = " ".join(entry.text("what").split())
        print(f"{entry.id}\t{entry.created.astimezone():%Y-%m-%d %H:%M}\t{len(entry.attachments)} file(s)\t{what[:60]}")
    for entry_id in damaged:
        print(f"privacycheck: warning: incident entry {entry_id} is damaged and was left out.")
    return 0


def run_export(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.incidents import export_folder, export_pdf

    kind = options.format or ("pdf" if options.out.suffix.lower() == ".pdf" else "folder")
    lang = context.language(options.lang)
    now = dt.datetime.now(dt.UTC)
    with context.open_store() as store:
        entries = store.incidents()
    if kind == "pdf":
        from privacycheck.commands.report import _pdf

        export_pdf(entries, options.out, lang, now, _pdf, home=context.home)
    else:
        export_folder(entries, options.out, lang, now, home=context.home)
    print(f"Exported {len(entries)} incident entries to {options.out} (decrypted: keep it safe).")
    return 0


def run_delete(options: argparse.Namespace, context: Context) -> int:
    if not options.yes:
        raise PrivacycheckError("this deletes the entry and its files for good: add --yes to confirm")
    with context.open_store() as store:
        if not store.delete_incident(options.id):
            raise PrivacycheckError(f"no incident entry {options.id} (see 'privacycheck incident list')")
    print(f"Deleted incident entry {options.id} and its files.")
    return 0


def run_lockdown(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.core.answers import Answers
    from privacycheck.core.lockdown import lockdown_path, total_minutes
    from privacycheck.core.model import PLATFORMS

    lang = context.language(options.lang)
    unknown = sorted(set(options.platform or ()) - set(PLATFORMS))
    if unknown:
        raise PrivacycheckError(f"unknown platform(s): {', '.join(unknown)} (one of {', '.join(PLATFORMS)})")
    platforms = frozenset(options.platform or PLATFORMS)
    steps = lockdown_path(context.checklist, Answers(platforms, {}))
    rows = [
        {
            "item": step.item.id,
            "platform": step.item.platform,
            "rank": step.rank,
            "title": step.item.title.get(lang),
            "link": step.item.link,
            "effort_minutes": step.minutes,
        }
        for step in steps
    ]
    if options.json:
        print_json({"steps": rows, "minutes": total_minutes(steps)})
        return 0
    for number, row in enumerate(rows, start=1):
        print(f"{number:2d}. [{row['platform']}] {row['title']} ({row['effort_minutes']} min)\n    {row['link']}")
    print(f"About {total_minutes(steps)} minutes in all.")
    return 0
