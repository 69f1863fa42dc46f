"""Visible focus: a 2 px ring in the highlight colour around the focused control, the sidebar included.

Qt's own focus frame is a 1 px dotted line, or a faint tint on buttons, and the default button's border looks the
same. A proxy over the platform style draws a clear ring instead; the style sheet gives the sidebar's rows theirs
(every row keeps a transparent border as wide, so that the ring never narrows a row and cuts its wrapped text).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

RING = 2.0
FOCUS_STYLE = """
QListWidget#sidebar::item { border: 2px solid transparent; }
QListWidget#sidebar::item:focus { border: 2px solid palette(text); }
QListWidget#sidebar::item:selected:focus { border: 2px solid palette(highlighted-text); }
QListWidget::item:focus { border: 2px solid palette(highlight); }
"""

_RINGED = (
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_PanelButtonTool,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)


class FocusRingStyle(QProxyStyle):
    """The platform style, with a 2 px ring where it would draw its focus frame and around focused buttons and
    fields."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(option, painter, inset=0.0)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(option, painter, inset=1.0)


def _ring(option: QStyleOption, painter: QPainter, inset: float) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), RING)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING / 2 + inset
    rect = QRectF(option.rect).adjusted(half, half, -half, -half)
    painter.drawRoundedRect(rect, 4, 4)
    painter.restore()


def install_style(window: QWidget, sheet: str) -> None:
    """Give the application the focus-ring style (once) and `window` its style sheet with the focus rules."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(app.style().name()))
    window.setStyleSheet(sheet + FOCUS_STYLE)
