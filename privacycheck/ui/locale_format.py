"""Numbers, points, dates and quotes written the way the interface language writes them (through QLocale).

English uses a decimal point and "1 point" / "1.5 points"; Quebec French a decimal comma, "1,5 point" (singular
below 2) and a non-breaking space before the colon and inside « ». Every page takes its figures from here, so that the
app and the reports say the same thing the same way.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

NBSP = "\u00a0"
MINUS = "\u2212"


def locale_for(lang: str) -> QLocale:
    if lang == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.Canada)
    return QLocale(QLocale.Language.English, QLocale.Country.Canada)


def number(value: float, lang: str, decimals: int = 1) -> str:
    """`value` with `decimals` digits after the separator of the language ("1.5", "1,5"), a real minus sign."""
    text = locale_for(lang).toString(abs(value), "f", decimals)
    negative = round(value, decimals) < 0
    return (MINUS if negative else "") + text


def signed(value: float, lang: str, decimals: int = 1) -> str:
    """`number` with its sign always shown: "+2.2", "−2.2" ("±0.0" never appears: zero is "0.0")."""
    shown = number(value, lang, decimals)
    return "+" + shown if round(value, decimals) > 0 else shown


def is_singular(value: float, lang: str) -> bool:
    """French puts a quantity below 2 in the singular ("1,5 point"); English only exactly one ("1 point")."""
    magnitude = abs(value)
    return magnitude < 2 if lang == "fr" else magnitude == 1


def points(value: float, lang: str, *, sign: bool = False, decimals: int = 1) -> str:
    """ "1.5 points", "1,5 point", "−2,2 points": the number and the word agree."""
    shown = signed(value, lang, decimals) if sign else number(value, lang, decimals)
    rounded = round(value, decimals)
    template = (
        QCoreApplication.translate("Format", "%1 point")
        if is_singular(rounded, lang)
        else QCoreApplication.translate("Format", "%1 points")
    )
    return template.replace("%1", shown).replace(" ", NBSP)


def minutes(value: int, lang: str) -> str:
    template = (
        QCoreApplication.translate("Format", "%1 minute")
        if is_singular(value, lang)
        else QCoreApplication.translate("Format", "%1 minutes")
    )
    return template.replace("%1", locale_for(lang).toString(value)).replace(" ", NBSP)


def day(value: dt.date | dt.datetime, lang: str) -> str:
    """A date in words: "December 1, 2026", "1er décembre 2026" (a moment is shown in the user's own time zone)."""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    if lang != "fr":
        return locale_for(lang).toString(QDate(value.year, value.month, value.day), "MMMM d, yyyy")
    month = locale_for(lang).toString(QDate(value.year, value.month, value.day), "MMMM")
    return f"{'1er' if value.day == 1 else value.day}{NBSP}{month}{NBSP}{value.year}"  # « le 1er décembre »


def short_day(value: dt.date | dt.datetime, lang: str) -> str:
    """A date for narrow places (tables, the chart's axis): "Dec 1, 2026", "1 déc. 2026"."""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    pattern = "d MMM yyyy" if lang == "fr" else "MMM d, yyyy"
    return locale_for(lang).toString(QDate(value.year, value.month, value.day), pattern)


def quote(text: str, lang: str) -> str:
    """« text » in French (non-breaking spaces inside), “text” in English."""
    return f"«{NBSP}{text}{NBSP}»" if lang == "fr" else f"“{text}”"


def label(text: str, lang: str) -> str:
    """A label before its value: "Where:" / "Où :" (French puts a non-breaking space before the colon)."""
    return f"{text}{NBSP}:" if lang == "fr" else f"{text}:"
