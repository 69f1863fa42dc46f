"""`privacycheck report` (a stored assessment as PDF, HTML, Markdown or JSON) and `privacycheck attest` (for HR)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacycheck.commands.context import Context, warn
from privacycheck.errors import PrivacycheckError

if TYPE_CHECKING:
    from privacycheck.storage.store import Record, Store

FORMATS = ("pdf", "html", "md", "json")
YES = ("y", "yes", "o", "oui")


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="write the report of a stored assessment")
    report.add_argument("--assessment", type=int, metavar="ID", help="which assessment (default: the latest complete)")
    report.add_argument("--format", choices=FORMATS, help="default: from the file name's extension")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")
    report.add_argument("--summary", action="store_true", help="share-safe: no answers, findings or notes")
    report.add_argument("--lang", choices=("en", "fr"), default=None)
    report.set_defaults(run=run_report)

    attest = commands.add_parser("attest", help="write an attestation for HR (.json or .pdf): never your answers")
    attest.add_argument("--out", required=True, type=Path, metavar="FILE")
    attest.add_argument("--include-band", action="store_true", help="include the exposure band (never the score)")
    attest.add_argument(
        "--include-platforms", action="store_true", help="list the platforms the check covered (left out by default)"
    )
    attest.add_argument(
        "--include-look",
        action="store_true",
        help="say whether the check included a stranger's look on each platform used (yes or no, nothing more)",
    )
    attest.add_argument("--name", help="your name as HR knows you, so that HR can tell whose attestation it is")
    attest.add_argument("--yes", action="store_true", help="write without asking")
    attest.add_argument("--lang", choices=("en", "fr"), default=None)
    attest.set_defaults(run=run_attest)


def _record(store: Store, assessment_id: int | None) -> Record:
    if assessment_id is not None:
        record = store.get(assessment_id)
        if record is None:
            raise PrivacycheckError(f"no stored assessment has the id {assessment_id} (see 'privacycheck history')")
        return record
    record = store.latest()
    for damaged in store.damaged:  # newer ones that cannot be read: say so rather than pass over them silently
        warn(f"assessment {damaged} is damaged, or was not written by privacycheck with your key: left out")
    if record is None:
        raise PrivacycheckError(
            "no completed assessment is stored yet: run a check in the app, or 'privacycheck assess --answers FILE'"
        )
    return record


def run_report(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.report import build_report, format_of, report_bytes, write_private

    target: Path = options.out
    kind = format_of(target, options.format)
    lang = context.language(options.lang)
    with context.open_store() as store:
        record = _record(store, options.assessment)
    config = context.managed.config
    document = build_report(
        record,
        context.checklist,
        lang=lang,
        summary=options.summary,
        organisation=config.organisation if config else None,
        now=dt.datetime.now(dt.UTC),
    )
    data = report_bytes(document, kind, _pdf)
    write_private(target, data, context.home)
    if options.summary:
        print(f"Wrote the share-safe summary of assessment {record.id} to {target}.")
    else:
        print(f"Wrote the full report of assessment {record.id} to {target}. It holds your answers: keep it private.")
    return 0


def _pdf(html: str, title: str) -> bytes:
    from privacycheck.ui.pdf import html_to_pdf

    return html_to_pdf(html, title=title)


def run_attest(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.attest import (
        attestation,
        attestation_html,
        attestation_json,
        attestation_lines,
        attestation_title,
        organisation_pack_ids,
    )
    from privacycheck.services.attest_files import attestation_xmp
    from privacycheck.services.report import write_private

    target: Path = options.out
    kind = target.suffix.lower().lstrip(".")
    if kind not in ("json", "pdf"):
        raise PrivacycheckError(f"an attestation is written as .json or .pdf, not {target.name!r}")
    lang = context.language(options.lang)
    with context.open_store() as store:
        record = _record(store, None)
    config = context.managed.config
    content = attestation(
        record,
        organisation=config.organisation if config else None,
        today=dt.datetime.now(dt.UTC).astimezone().date(),
        include_band=options.include_band,
        name=options.name,
        organisation_packs=organisation_pack_ids(context.packs.packs),
        include_platforms=options.include_platforms,
        include_look=options.include_look,
    )
    data = attestation_json(content)
    if content["name"] is None:
        print("Note: without --name, whoever receives it cannot tell whose attestation it is.", file=sys.stderr)
    print(f"This is exactly what will be written to {target}:\n")
    if kind == "json":
        print(data.decode("utf-8"))
    else:
        print(attestation_title(lang))
        for label, value in attestation_lines(content, lang):
            print(f"  {label}: {value}")
        print()
    if not options.yes and not _confirm(f"Write it to {target}? [y/N] "):
        print("Nothing was written.", file=sys.stderr)
        return 1
    if kind == "pdf":
        from privacycheck.ui.pdf import html_to_pdf

        data = html_to_pdf(attestation_html(content, lang), title=attestation_title(lang), xmp=attestation_xmp(content))
    write_private(target, data, context.home)
    print(f"Wrote the attestation to {target}.")
    return 0


def _confirm(question: str) -> bool:
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    if not answer:
        print("\n(no answer: add --yes to write without asking)", file=sys.stderr)
    return answer.strip().lower() in YES
