"""A folder of attestations summarised for HR: per person, complete or not, when, which organisation packs, who is
overdue. Everything printed comes from the files; a malformed file is named with its reason and the rest is read."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from privacycheck.services.attest_files import Attestation, MalformedAttestation, read_attestation

SUMMARY_VERSION = 1
CSV_COLUMNS = ("name", "organisation", "complete", "check_date", "issued", "organisation_packs", "overdue", "files")


@dataclass(frozen=True, slots=True)
class Person:
    """One person's attestations: `shown` is the one the row describes (their latest complete one, else their
    latest), `files` every file they sent. A file without a name is a person of its own."""

    shown: Attestation
    files: tuple[str, ...]
    complete_by_due: bool

    def overdue(self, due: dt.date | None, today: dt.date) -> bool | None:
        """No complete check dated on or before the due date, and that date has passed (None: no due date given)."""
        if due is None:
            return None
        return not self.complete_by_due and due < today


@dataclass(frozen=True, slots=True)
class Summary:
    people: tuple[Person, ...]
    malformed: tuple[tuple[str, str], ...]
    """(file name, reason) for every file that could not be read as an attestation."""
    due: dt.date | None
    today: dt.date


def summarise(directory: Path, due: dt.date | None, today: dt.date) -> Summary:
    """Read every file in `directory` (not its subfolders; hidden files are skipped)."""
    attestations: list[Attestation] = []
    malformed: list[tuple[str, str]] = []
    for path in sorted(p for p in directory.iterdir() if not p.name.startswith(".") and not p.is_dir()):
        try:
            attestations.append(read_attestation(path))
        except MalformedAttestation as error:
            malformed.append((path.name, str(error)))
    return Summary(tuple(_people(attestations, due)), tuple(malformed), due, today)


def _key(attestation: Attestation) -> str:
    return attestation.name.casefold() if attestation.name else f"\0{attestation.file}"


def _people(attestations: Iterable[Attestation], due: dt.date | None) -> list[Person]:
    groups: dict[str, list[Attestation]] = {}
    for attestation in attestations:
        groups.setdefault(_key(attestation), []).append(attestation)
    people = []
    for group in groups.values():
        ordered = sorted(group, key=lambda a: (a.complete, a.assessment_date, a.issued, a.file))
        people.append(
            Person(
                shown=ordered[-1],
                files=tuple(sorted(a.file for a in group)),
                complete_by_due=any(a.complete and (due is None or a.assessment_date <= due) for a in group),
            )
        )
    return sorted(people, key=lambda p: ((p.shown.name or "").casefold(), p.files))


def _packs(attestation: Attestation) -> list[dict[str, str]]:
    return [{"id": pack_id, "version": version} for pack_id, version in attestation.organisation_packs]


def summary_json(summary: Summary) -> dict[str, Any]:
    return {
        "summary_version": SUMMARY_VERSION,
        "due": summary.due.isoformat() if summary.due else None,
        "people": [
            {
                "name": person.shown.name,
                "organisation": person.shown.organisation,
                "complete": person.shown.complete,
                "check_date": person.shown.assessment_date.isoformat(),
                "issued": person.shown.issued.isoformat(),
                "organisation_packs": _packs(person.shown),
                "overdue": person.overdue(summary.due, summary.today),
                "files": list(person.files),
            }
            for person in summary.people
        ],
        "malformed": [{"file": file, "reason": reason} for file, reason in summary.malformed],
    }


def _cell(value: object) -> str:
    """A spreadsheet would run a cell starting with = + - @ (or a tab or carriage return) as a formula: such a cell
    is written after an apostrophe, which spreadsheets show as text (OWASP, "CSV injection")."""
    text = "" if value is None else "yes" if value is True else "no" if value is False else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def summary_csv(summary: Summary) -> str:
    """One row per person (RFC 4180, CRLF line ends); malformed files are reported apart, never as rows."""
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in summary_json(summary)["people"]:
        packs = "; ".join(f"{pack['id']} {pack['version']}" for pack in row["organisation_packs"])
        values = {**row, "organisation_packs": packs, "files": "; ".join(row["files"])}
        writer.writerow([_cell(values[column]) for column in CSV_COLUMNS])
    return output.getvalue()


def summary_lines(summary: Summary) -> list[str]:
    """A plain table for the terminal."""
    headers = ("name", "complete", "check date", "organisation packs", "overdue", "files")
    rows: list[Sequence[str]] = []
    for row in summary_json(summary)["people"]:
        rows.append(
            (
                row["name"] or "(no name)",
                "yes" if row["complete"] else "no",
                row["check_date"],
                ", ".join(f"{pack['id']} {pack['version']}" for pack in row["organisation_packs"]) or "-",
                "-" if row["overdue"] is None else "yes" if row["overdue"] else "no",
                ", ".join(row["files"]),
            )
        )
    widths = [max(len(str(r[i])) for r in (headers, *rows)) for i in range(len(headers))]
    return [
        "  ".join(str(cell).ljust(width) for cell, width in zip(r, widths, strict=True)).rstrip()
        for r in (headers, *rows)
    ]
