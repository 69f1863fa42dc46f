"""Fitting the screen, the keyboard and screen readers: helpers every page and the main window call.

- `fit_to_screen`: the window opens inside the screen's available area (the largest that fits when the preferred
  size would not), never under a task bar.
- `one_tab_stop`: a table is one Tab stop; the arrow keys move inside it.
- `muted`: secondary text (severity, dates) drawn in a softer colour, never as a disabled widget, which screen readers
  would announce as unavailable.
- `label_group`: a group of radio buttons named by its question and described by why it matters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

# Only what the window needs before it is first shown: a Qt enum or a new class here would delay the first frame
# (benchmarks/run.py measures the start); the rest is imported where it is used.
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel

PREFERRED = QSize(1280, 800)
SMALLEST = QSize(760, 520)
FRAME = QSize(16, 48)
"""Room for the window manager's border and title bar, which Qt cannot know before the window is first shown."""


def fit_to_screen(window: QWidget, area: QRect | None = None, preferred: QSize = PREFERRED) -> None:
    """Size and place `window` inside `area` (the available geometry of its screen: the screen less task bars)."""
    if area is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
    window.setMinimumSize(SMALLEST.boundedTo(area.size()))
    room = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
    size = preferred.boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    window.move(area.x() + (area.width() - size.width()) // 2, area.y() + max(0, (room.height() - size.height()) // 2))


def one_tab_stop(*views: QAbstractItemView) -> None:
    """Tab leaves the table at once instead of walking every cell; the arrow keys move inside it."""
    from PySide6.QtCore import Qt

    for view in views:
        view.setTabKeyNavigation(False)
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: 72 % of the way from the background to the text colour (well above a 4.5:1 contrast on light,
    dark and high-contrast palettes), never the disabled colour."""
    from PySide6.QtGui import QColor, QPalette

    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    if contrast(text, back) < 7:  # already a low-contrast theme: keep the text colour itself
        return text

    def mix(a: int, b: int) -> int:
        return round(b + (a - b) * 0.72)

    return QColor(mix(text.red(), back.red()), mix(text.green(), back.green()), mix(text.blue(), back.blue()))


def muted(label: QLabel) -> QLabel:
    """Draw `label` as secondary text; it stays enabled, so a screen reader reads it normally."""
    from PySide6.QtGui import QPalette

    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_colour(palette))
    label.setPalette(palette)
    return label


def label_group(group: QWidget, buttons: Iterable[QAbstractButton], question: str, why: str = "") -> None:
    """The radio buttons' group is named by its question and described by why it matters; each button carries the
    question too, for screen readers that do not announce groups ("Everyone, radio button, Who can see…")."""
    group.setAccessibleName(question)
    group.setAccessibleDescription(why)
    for button in buttons:
        button.setAccessibleName(button.accessibleName() or button.text())
        button.setAccessibleDescription(question)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
