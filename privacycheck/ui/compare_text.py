"""Two stored checks compared, as lines with a tone (better, worse) for the history page: lower scores are better,
and every signed figure says so in words as well as in colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from privacycheck.core.compare import Snapshot, compare
from privacycheck.core.model import Item
from privacycheck.core.scoring import Checklist
from privacycheck.storage.store import Record
from privacycheck.ui.labels import band_name, platform_of, short_dimension_names
from privacycheck.ui.locale_format import day, label, number, points

BETTER, WORSE, HEADING, TITLE = "better", "worse", "heading", "title"


@dataclass(frozen=True)
class Line:
    text: str
    tone: str = ""
    """"better" (the score went down), "worse" (up), "heading", "title", or "" for plain text."""


def _tone(delta: float) -> str:
    return BETTER if round(delta, 1) < 0 else WORSE if round(delta, 1) > 0 else ""


def _named(item: Item, lang: str) -> str:
    return f"{platform_of(item.platform)} — {item.title.get(lang)}"


def comparison_lines(checklist: Checklist, older: Record, newer: Record, lang: str) -> list[Line]:
    result = compare(checklist, Snapshot.from_payload(older.payload), Snapshot.from_payload(newer.payload))
    translate = QCoreApplication.translate
    lines = [
        Line(
            translate("Compare", "From %1 to %2")
            .replace("%1", day(older.created, lang))
            .replace("%2", day(newer.created, lang)),
            TITLE,
        ),
        Line(
            label(translate("Compare", "Score"), lang)
            + " "
            + f"{number(result.before.score, lang)} ({band_name(result.before.band)}) → "
            f"{number(result.after.score, lang)} ({band_name(result.after.band)})"
        ),
    ]
    tone = _tone(result.delta)
    verdict = {
        BETTER: translate("Compare", "%1: better (a lower score is better)"),
        WORSE: translate("Compare", "%1: worse (a lower score is better)"),
        "": translate("Compare", "%1: no change"),
    }[tone]
    lines.append(Line(verdict.replace("%1", points(result.delta, lang, sign=True)), tone))
    names = short_dimension_names()
    for key, value in result.by_dimension.items():
        if value is not None and round(value, 1):
            lines.append(Line(f"{label(names.get(key, key), lang)} {points(value, lang, sign=True)}", _tone(value)))
    lines.append(Line(""))
    if result.changes:
        lines.append(Line(label(translate("Compare", "Answers that changed"), lang), HEADING))
        unknown = translate("Compare", "unknown")
        for change in result.changes:
            before = change.item.option(change.before) if change.before else None
            after = change.item.option(change.after) if change.after else None
            lines.append(
                Line(
                    f"• {label(_named(change.item, lang), lang)} {before.label.get(lang) if before else unknown} → "
                    f"{after.label.get(lang) if after else unknown} ({points(change.points, lang, sign=True)})",
                    _tone(change.points),
                )
            )
    else:
        lines.append(Line(translate("Compare", "No answer changed.")))
    if result.new_items:
        lines += [Line(""), Line(label(translate("Compare", "New since the earlier check"), lang), HEADING)]
        lines += [Line(f"• {_named(item, lang)}") for item in result.new_items]
    if result.revised:
        lines += [
            Line(""),
            Line(label(translate("Compare", "Revised since you answered them (check them again)"), lang), HEADING),
        ]
        lines += [Line(f"• {_named(item, lang)}") for item in result.revised]
    from privacycheck.ui.findings_text import findings_lines  # it builds on Line

    return lines + findings_lines(checklist, older, newer, lang)


class Comparison(str):
    """The comparison as plain text that also carries its lines and their tones, for the history page's colours."""

    lines: tuple[Line, ...] = ()


def comparison_text(checklist: Checklist, older: Record, newer: Record, lang: str) -> Comparison:
    lines = comparison_lines(checklist, older, newer, lang)
    text = Comparison("\n".join(line.text for line in lines))
    text.lines = tuple(lines)
    return text
