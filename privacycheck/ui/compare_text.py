"""Two stored checks compared, as plain text for the history page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from privacycheck.core.compare import Snapshot, compare
from privacycheck.core.scoring import Checklist
from privacycheck.storage.store import Record
from privacycheck.ui.labels import band_name, short_dimension_names


def comparison_text(checklist: Checklist, older: Record, newer: Record, lang: str) -> str:
    result = compare(checklist, Snapshot.from_payload(older.payload), Snapshot.from_payload(newer.payload))
    translate = QCoreApplication.translate
    lines = [
        translate("Compare", "From %1 to %2")
        .replace("%1", f"{older.created.astimezone():%Y-%m-%d}")
        .replace("%2", f"{newer.created.astimezone():%Y-%m-%d}"),
        translate("Compare", "Score: %1 (%2) → %3 (%4), %5 points")
        .replace("%1", f"{result.before.score:.1f}")
        .replace("%2", band_name(result.before.band))
        .replace("%3", f"{result.after.score:.1f}")
        .replace("%4", band_name(result.after.band))
        .replace("%5", f"{result.delta:+.1f}"),
    ]
    names = short_dimension_names()
    deltas = [f"{names.get(key, key)} {value:+.1f}" for key, value in result.by_dimension.items() if value]
    if deltas:
        lines.append(", ".join(deltas))
    lines.append("")
    if result.changes:
        lines.append(translate("Compare", "Answers that changed:"))
        unknown = translate("Compare", "unknown")
        for change in result.changes:
            before = change.item.option(change.before) if change.before else None
            after = change.item.option(change.after) if change.after else None
            lines.append(
                f"• {change.item.title.get(lang)}: {before.label.get(lang) if before else unknown} → "
                f"{after.label.get(lang) if after else unknown} ({change.points:+.1f})"
            )
    else:
        lines.append(translate("Compare", "No answer changed."))
    if result.new_items:
        lines.append("")
        lines.append(translate("Compare", "New since the earlier check:"))
        lines.extend(f"• {item.title.get(lang)}" for item in result.new_items)
    if result.revised:
        lines.append("")
        lines.append(translate("Compare", "Revised since you answered them (check them again):"))
        lines.extend(f"• {item.title.get(lang)}" for item in result.revised)
    return "\n".join(lines)
