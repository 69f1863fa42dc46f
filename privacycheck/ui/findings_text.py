"""The findings of guided searches in History's comparison: each with the day it was recorded, and what is new since
the earlier check."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from privacycheck.core.provenance import Evidence
from privacycheck.core.scoring import Checklist
from privacycheck.storage.store import Record
from privacycheck.ui.compare_text import HEADING, WORSE, Line
from privacycheck.ui.locale_format import day, label


def _findings(record: Record) -> dict[str, str]:
    found = record.payload.get("findings", {})
    if not isinstance(found, Mapping):
        return {}
    return {k: v.strip() for k, v in found.items() if isinstance(k, str) and isinstance(v, str) and v.strip()}


def findings_lines(checklist: Checklist, older: Record, newer: Record, lang: str) -> list[Line]:
    """The newer check's findings, in item order; one that differs from the earlier check's is marked new."""
    translate = QCoreApplication.translate
    before, after = _findings(older), _findings(newer)
    if not after:
        return []
    dates = Evidence.from_json(newer.payload.get("evidence")).found
    lines = [Line(""), Line(label(translate("Findings", "What guided searches found"), lang), HEADING)]
    order = {item_id: index for index, item_id in enumerate(checklist.items)}
    for item_id in sorted(after, key=lambda i: (order.get(i, len(order)), i)):
        item = checklist.items.get(item_id)
        title = item.title.get(lang) if item is not None else item_id
        when = dates.get(item_id)
        head = f"{title} ({day(when.on, lang)})" if when is not None else title
        text = f"• {label(head, lang)} {after[item_id]}"
        if after[item_id] != before.get(item_id, ""):
            text += " — " + translate("Findings", "new result since last time")
            lines.append(Line(text, WORSE))
        else:
            lines.append(Line(text))
    return lines
