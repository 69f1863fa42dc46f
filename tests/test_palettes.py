"""The dark palette and a high-contrast one: every label on every page keeps a 4.5:1 contrast with what it is drawn
on, secondary text included (checked on the widgets, and on a screenshot of each page)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from privacycheck.ui.a11y import contrast
from privacycheck.ui.context import AppContext
from privacycheck.ui.window import CHECK, GUIDE, HISTORY, HOME, RESULTS, SETTINGS, MainWindow
from tests.ui_walk import settle, showing, two_checks

pytestmark = pytest.mark.gui
PAGES = (HOME, CHECK, RESULTS, HISTORY, GUIDE, SETTINGS)


def palette(window: str, text: str, base: str, highlight: str) -> QPalette:
    result = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, base),
        (QPalette.ColorRole.Mid, "#808080"),
    ):
        result.setColor(role, QColor(colour))
    return result


PALETTES = {
    "dark": palette("#202124", "#e8eaed", "#2b2c2f", "#8ab4f8"),
    "high-contrast": palette("#000000", "#ffffff", "#000000", "#ffff00"),
}


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.palette()
    yield qapp
    qapp.setPalette(before)


def background(widget: QWidget) -> QColor:
    """The colour `widget` is drawn on: the nearest ancestor (or itself) that fills its background."""
    current: QWidget | None = widget
    while current is not None:
        if current.autoFillBackground():
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window)


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_label_is_readable(
    name: str, themed: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "none.json"))
    themed.setPalette(PALETTES[name])
    window = MainWindow(AppContext(two_checks(tmp_path / "home")), "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window._load()
    problems = []
    for page in PAGES:
        window.go(page)
        settle()
        for widget in showing(window):
            if isinstance(widget, QLabel) and widget.text().strip() and widget.isEnabled():
                ratio = contrast(widget.palette().color(widget.foregroundRole()), background(widget))
                if ratio < 4.5:
                    problems.append(f"page {page}: {widget.text()[:50]!r} at {ratio:.1f}:1")
        shot = window.grab().toImage()
        assert shot.pixelColor(shot.width() // 2, shot.height() - 4).lightness() < 90  # the palette is in force
    assert not problems, "\n".join(problems)
