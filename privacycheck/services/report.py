"""The report of a stored assessment as a plain, versioned document; the HTML, Markdown and PDF are drawn from it.

Two levels (docs/reports.md):

- `full`: private. Score, band, sub-scores, every applicable item with the answer given, its points and whether it is
  unknown, the whole remediation plan with steps, menu paths and links, the notes the user recorded, pack versions.
- `summary`: share-safe, for a supervisor or a colleague. Score, band, completion counts, sub-scores by dimension,
  pack versions, the date, and how many fixes are still open with the points they would save. Nothing that names an
  item, a setting or an answer: no fix titles (a fix exists only for an open setting, so its title names it), no
  platform sub-scores (the platforms are the person's own), no item ids, findings, notes, steps or links.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from privacycheck.core.compare import Snapshot, revised_items
from privacycheck.core.model import UNKNOWN, Item
from privacycheck.core.output import round_shares, step_title
from privacycheck.core.scoring import GENERAL, Checklist, ItemScore, evaluate
from privacycheck.errors import PrivacycheckError
from privacycheck.services.recheck import local_day
from privacycheck.storage.store import Record

REPORT_VERSION = 1
FORMATS = ("pdf", "html", "md", "json")


class ReportError(PrivacycheckError):
    title = "Report not written"


def _tenth(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_report(
    record: Record,
    checklist: Checklist,
    *,
    lang: str = "en",
    summary: bool = False,
    organisation: str | None = None,
    now: dt.datetime,
) -> dict[str, Any]:
    """The report document (resources/schema/report.schema.json). The stored answers are scored against the packs
    installed now; `packs` shows the version each was answered with, and findings flag items revised since."""
    snapshot = Snapshot.from_payload(record.payload)
    score = evaluate(checklist, snapshot.answers)
    applicable = [entry for entry in score.items if entry.applicable]
    stored_score = record.summary.get("score")
    document: dict[str, Any] = {
        "report_version": REPORT_VERSION,
        "kind": "summary" if summary else "full",
        "generated": _utc(now),
        "language": lang,
        "organisation": organisation,
        "assessment": {
            "id": record.id,
            "date": local_day(record.created).isoformat(),
            "status": record.status,
            "score_when_saved": stored_score if isinstance(stored_score, int | float) else None,
        },
        "score": round(score.score, 1),
        "band": score.band,
        "answered": score.answered,
        "applicable": len(applicable),
        "unknown": len(score.unknown),
        "by_platform": {key: _tenth(value) for key, value in score.by_platform.items()},
        "by_dimension": {key: _tenth(value) for key, value in score.by_dimension.items()},
        "packs": [
            {
                "id": pack.id,
                "title": pack.title.get(lang),
                "version": pack.version,
                "assessed_version": None if snapshot.packs is None else snapshot.packs.get(pack.id),
                "verified": pack.verified.isoformat(),
            }
            for pack in checklist.packs
        ],
    }
    if summary:
        # Share-safe: a fix exists only for a setting still open, so its title names that
        # setting, and the platforms are the person's own. Only counts, points and minutes remain.
        document["by_platform"] = {}
        document["plan"] = _hidden_plan(score.plan, lang)
        return document

    done = set(record.payload.get("done", ()))
    document["plan"] = [
        {
            "item": step.item.id,
            "title": step_title(step.item, lang),
            "platform": _group(step.item),
            "steps": [text.get(lang) for text in step.item.remediation.steps] if step.item.remediation else [],
            "saves": round(step.saves, 1),
            "effort_minutes": step.effort_minutes,
            "severity": step.item.severity,
            "path": step.item.setting.path.get(lang) if step.item.setting else None,
            "link": step.item.link,
            "verify": step.item.remediation.verify.get(lang) if step.item.remediation else None,
            "done": step.item.id in done,
        }
        for step in score.plan
    ]
    points = round_shares({entry.item.id: entry.contribution for entry in applicable})
    revised = {item.id for item in revised_items(checklist, snapshot)}
    ordered = sorted(applicable, key=lambda e: (_group(e.item), -e.contribution, e.item.id))
    document["findings"] = [
        _finding(entry, snapshot, points[entry.item.id], entry.item.id in revised, lang) for entry in ordered
    ]
    document["notes"] = _notes(record.payload, checklist, lang)
    return document


_HIDDEN = {
    "en": "{count} fixes still open (which ones is left out of this share-safe summary: their names say which "
    "settings are open)",
    "fr": "Corrections encore à faire : {count} (lesquelles n'est pas dit dans ce sommaire partageable : leur nom "
    "dirait quels paramètres sont ouverts)",
}


def _hidden_plan(plan: Sequence[Any], lang: str) -> list[dict[str, Any]]:
    """The plan as one line: how many fixes, the points they would save, the minutes they take; no titles."""
    if not plan:
        return []
    return [
        {
            "title": _HIDDEN.get(lang, _HIDDEN["en"]).format(count=len(plan)),
            "saves": min(100.0, round(math.fsum(step.saves for step in plan), 1)),
            "effort_minutes": sum(int(step.effort_minutes) for step in plan),
        }
    ]


def _group(item: Item) -> str:
    return item.platform or GENERAL


def _finding(entry: ItemScore, snapshot: Snapshot, points: float, revised: bool, lang: str) -> dict[str, Any]:
    item = entry.item
    option = item.option(entry.answer) if entry.answer is not None else None
    answered_as = snapshot.verified.get(item.id)
    return {
        "item": item.id,
        "title": item.title.get(lang),
        "group": _group(item),
        "dimension": item.dimension,
        "severity": item.severity,
        "answer": None if option is None else option.id,
        "answer_label": None if option is None else option.label.get(lang),
        "dont_know": option is None and snapshot.answers.choices.get(item.id) == UNKNOWN,
        "unknown": entry.unknown,
        "contribution": points,
        "verified": item.verified.isoformat(),
        "answered_verified": None if answered_as is None else answered_as.isoformat(),
        "revised": revised,
    }


def _notes(payload: Mapping[str, Any], checklist: Checklist, lang: str) -> list[dict[str, Any]]:
    """The free text the user recorded (notes and findings, each keyed by item id), in item order."""
    result = []
    for kind in ("note", "finding"):
        recorded = payload.get(f"{kind}s", {})
        if not isinstance(recorded, Mapping):
            continue
        for key, text in sorted(recorded.items()):
            if not isinstance(text, str) or not text.strip():
                continue
            item = checklist.items.get(str(key))
            result.append(
                {"kind": kind, "item": str(key), "title": item.title.get(lang) if item else None, "text": text}
            )
    return result


def report_bytes(document: dict[str, Any], kind: str, to_pdf: Callable[[str, str], bytes]) -> bytes:
    """The report in one of FORMATS. `to_pdf(html, title)` makes the PDF: Qt does it, and Qt lives in the UI layer."""
    from privacycheck.services.report_render import render_html, render_markdown
    from privacycheck.services.report_words import words

    if kind == "json":
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if kind == "md":
        return render_markdown(document).encode("utf-8")
    html = render_html(document)
    if kind == "html":
        return html.encode("utf-8")
    title = words(document["language"])["title_summary" if document["kind"] == "summary" else "title_full"]
    return to_pdf(html, title)


def write_private(target: Path, data: bytes, home: Path | None = None) -> None:
    """Write `data` to `target` atomically through a private file of unpredictable name, readable by the owner only:
    reports hold answers. With `home`, a target inside the data folder is refused."""
    from privacycheck.storage.files import write_private as write

    write(target, data, home=home)


def format_of(path: Path, chosen: str | None) -> str:
    """The chosen format, else the one the file name ends with."""
    if chosen:
        return chosen
    suffix = path.suffix.lower().lstrip(".")
    suffix = {"htm": "html", "markdown": "md"}.get(suffix, suffix)
    if suffix not in FORMATS:
        raise ReportError(f"cannot tell the format of {path.name}: use --format {'|'.join(FORMATS)}")
    return suffix
