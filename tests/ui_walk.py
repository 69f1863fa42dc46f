"""Shared by the layout and accessibility tests: a data directory with two finished checks, a window over it, and
walks over every page that report clipped text and unnamed controls."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabBar,
    QWidget,
)

from privacycheck.core.answers import parse_answers
from privacycheck.services.assessments import save_assessment
from privacycheck.storage.settings import write_settings
from privacycheck.storage.store import KeyMode, Store
from privacycheck.ui.context import AppContext

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "answers.json"


def two_checks(directory: Path) -> Path:
    """An unencrypted store with an older, more exposed finished check and a newer one (first run done)."""
    write_settings(directory, {"first_run_done": True, "platforms": ["facebook", "instagram", "x"]})
    context = AppContext(directory)
    store = Store.open(directory, secrets=None, new_mode=KeyMode.PLAINTEXT)
    context.load_content()
    assert context.checklist is not None
    answers = parse_answers(json.loads(EXAMPLE.read_text()), context.checklist)
    earlier = answers
    for item_id in list(answers.choices)[::3]:
        item = context.checklist.items[item_id]
        earlier = earlier.with_choice(item_id, max(item.options, key=lambda o: o.exposure).id)
    now = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)
    for days, given in ((120, earlier), (10, answers)):
        when = now - dt.timedelta(days=days)
        save_assessment(store, context.checklist, given, created=when, clock=lambda when=when: when)
    store.close()
    return directory


def showing(widget: QWidget) -> Iterator[QWidget]:
    """`widget` and every descendant that is shown on screen."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.isVisible() and child.width() > 0 and child.height() > 0:
            yield child


def _visible_part(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget`, in window coordinates, that its ancestors let show sideways (each one clips it)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        rect = rect.intersected(QRect(area.left(), rect.top(), area.width(), rect.height()))
        parent = parent.parentWidget()
    return rect.intersected(QRect(0, rect.top(), window.width(), rect.height()))


def clipped(window: QWidget) -> list[str]:
    """Every shown widget whose text is elided or cut: a label or button narrower than its text, a tab narrower than
    its title, a scroll area that scrolls sideways, a widget that runs off the right of its scroll area or window."""
    problems: list[str] = []
    for widget in showing(window):
        name = f"{type(widget).__name__} {_text_of(widget)!r}"
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            room = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{name}: {widget.height()} px high, its text needs {needed}")
            else:
                text = (
                    widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                    if widget.buddy()
                    else widget.text()
                )
                lines = text.splitlines() or [""]
                needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
                if needed > room.width() + 1:
                    problems.append(f"{name}: {room.width()} px wide, its text needs {needed}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint().width()
            if widget.width() + 1 < needed:
                problems.append(f"{name}: {widget.width()} px wide, its text needs {needed}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = widget.tabText(index).replace("&", "")
                if widget.tabRect(index).width() < widget.fontMetrics().horizontalAdvance(text) + 8:
                    problems.append(f"tab {text!r}: elided")
        if isinstance(widget, QListView):
            problems += _elided_rows(widget)
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{name}: scrolls sideways")
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QComboBox)):
            whole = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            shown = _visible_part(widget, window)
            if shown.right() < whole.right() - 1:
                problems.append(f"{name}: cut on the right ({whole.right() - shown.right()} px)")
    return problems


ROW_PADDING = 48
"""What a row's margins, padding and focus border take from its width (the sidebar's style sheet: 2 × (8 + 12 + 2));
about half as much from its height."""


def _elided_rows(view: QListView) -> list[str]:
    """Rows of a list drawn on one line although their text is wider than the row: Qt elides them ("When a…")."""
    problems = []
    model = view.model()
    metrics = view.fontMetrics()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = str(index.data() or "")
        rect = view.visualRect(index)
        one_line = rect.height() < 2 * metrics.lineSpacing() + ROW_PADDING // 2  # less its padding: one line high
        room = min(rect.width(), view.viewport().width()) - ROW_PADDING  # a row wider than the list is cut too
        if rect.isValid() and one_line and metrics.horizontalAdvance(text) > room:
            problems.append(f"row {text!r} of {view.accessibleName()!r}: elided")
    return problems


def _text_of(widget: QWidget) -> str:
    for attribute in ("text", "currentText", "title"):
        method = getattr(widget, attribute, None)
        if callable(method):
            try:
                value = method()
            except TypeError:
                continue
            if isinstance(value, str):
                return value[:60]
    return widget.objectName()


def unnamed(window: QWidget) -> list[str]:
    """Every shown control that takes keyboard focus yet has no name for a screen reader (QAccessible)."""
    problems = []
    for widget in showing(window):
        if not widget.focusPolicy() & widget.focusPolicy().TabFocus or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QAbstractItemView):
            continue  # a scroll area's own frame: its content carries the names
        owner = widget.parentWidget()
        if isinstance(owner, (QAbstractSpinBox, QComboBox)) and _named(owner):
            continue  # the editor inside a spin box or an editable combo box: the box carries the name
        if not _named(widget):
            problems.append(f"{type(widget).__name__} {_text_of(widget)!r} in {type(widget.parentWidget()).__name__}")
    return problems


def _named(widget: QWidget) -> bool:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface is not None and bool(interface.text(QAccessible.Text.Name).strip())


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
