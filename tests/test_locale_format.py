"""Figures as each language writes them: decimal comma and singular below 2 in French, dates in words, « »."""

from __future__ import annotations

import datetime as dt

import pytest

from privacycheck.ui.locale_format import NBSP, day, label, minutes, number, points, quote, signed


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """QLocale and the translations need a Qt application."""


def test_decimal_separator_follows_the_language() -> None:
    assert number(29.14, "en") == "29.1"
    assert number(29.14, "fr") == "29,1"
    assert number(1234.5, "fr", 0).replace(NBSP, " ").replace("\u202f", " ") in ("1 234", "1 235")


def test_signs_are_always_shown_and_minus_is_a_minus_sign() -> None:
    assert signed(2.24, "en") == "+2.2"
    assert signed(-2.24, "fr") == "−2,2"
    assert signed(0.04, "en") == "0.0"


def test_french_puts_quantities_below_two_in_the_singular() -> None:
    assert points(1.1, "fr") == f"1,1{NBSP}point"
    assert points(1.96, "fr") == f"2,0{NBSP}points"
    assert points(1.1, "en") == f"1.1{NBSP}points"
    assert points(1.0, "en") == f"1.0{NBSP}point"
    assert points(-2.2, "fr", sign=True) == f"−2,2{NBSP}points"
    assert minutes(1, "en") == f"1{NBSP}minute"
    assert minutes(45, "fr") == f"45{NBSP}minutes"


def test_dates_in_words() -> None:
    assert day(dt.date(2026, 12, 1), "en") == "December 1, 2026"
    assert day(dt.date(2026, 12, 1), "fr") == f"1er{NBSP}décembre{NBSP}2026"
    assert day(dt.date(2026, 3, 30), "fr") == f"30{NBSP}mars{NBSP}2026"


def test_french_quotes_and_colons() -> None:
    assert quote("Amis", "fr") == f"«{NBSP}Amis{NBSP}»"
    assert quote("Friends", "en") == "“Friends”"
    assert label("Où", "fr") == f"Où{NBSP}:"
    assert label("Where", "en") == "Where:"


def test_save_dialogs_open_in_the_documents_folder() -> None:
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    from privacycheck.ui.documents import in_documents

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(in_documents("report.pdf")) == Path(documents or Path.home()) / "report.pdf"
    assert Path(in_documents("report.pdf")).parent != Path.cwd()
