"""Small reusable widgets: plain-text labels, cards, the score gauge, sub-score bars and the history chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

BAND_COLOURS = {"low": "#2e7d32", "moderate": "#b26a00", "high": "#d84315", "severe": "#b71c1c"}
DIMENSION_ORDER = ("find", "see", "contact", "disclose", "account")


def plain_label(
    text: str = "", *, wrap: bool = True, bold: bool = False, size: float | None = None, selectable: bool = False
) -> QLabel:
    """A label that shows `text` exactly as written: pack text is never interpreted as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if bold or size:
        font = label.font()
        font.setBold(bold)
        if size:
            font.setPointSizeF(size)
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Card(QFrame):
    """A rounded panel that follows the system palette, light or dark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 14, 16, 14)
        self.layout_.setSpacing(8)


class ScoreGauge(QWidget):
    """A half-ring from 0 to 100 with the score in the middle, coloured by band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: float | None = None
        self._band = ""
        self._band_label = ""
        self._what_if: float | None = None
        self.setMinimumSize(220, 140)
        self.setAccessibleName(self.tr("Exposure score"))

    def sizeHint(self) -> QSize:
        return QSize(260, 170)

    def set_score(
        self, score: float | None, band: str = "", band_label: str = "", what_if: float | None = None
    ) -> None:
        self._score, self._band, self._band_label, self._what_if = score, band, band_label, what_if
        if score is None:
            self.setAccessibleDescription(self.tr("No score yet"))
        else:
            self.setAccessibleDescription(
                self.tr("%1 out of 100, %2").replace("%1", QLocale().toString(score, "f", 1)).replace("%2", band_label)
            )
        self.update()

    def number(self) -> str:
        """The number in the middle: always the score itself, as on the home page and in the summary line. The pale
        end of the arc is what the ticked fixes would take off."""
        return "–" if self._score is None else f"{self._score:.0f}"

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        side = max(60.0, min(self.width() - 24.0, (self.height() - 24.0) * 2))
        ring = QRectF((self.width() - side) / 2, 12, side, side)
        centre_y = ring.top() + side / 2
        thickness = max(10.0, side / 12)
        track = QPen(palette.color(QPalette.ColorRole.Mid), thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(track)
        painter.drawArc(ring, 0, 180 * 16)
        if self._what_if is not None and self._score is not None and self._what_if < self._score:
            ghost = QColor(BAND_COLOURS.get(self._band, "#777777"))
            ghost.setAlpha(90)
            painter.setPen(QPen(ghost, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawArc(ring, 180 * 16, int(-180 * 16 * self._score / 100))
        if self._score is not None:
            shown = self._what_if if self._what_if is not None else self._score
            colour = QColor(BAND_COLOURS.get(self._band, "#777777"))
            painter.setPen(QPen(colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawArc(ring, 180 * 16, int(-180 * 16 * shown / 100))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPointSizeF(max(18.0, side / 7))
        font.setBold(True)
        painter.setFont(font)
        centre = QRectF(ring.left(), centre_y - side * 0.30, side, side * 0.20)
        painter.drawText(centre, Qt.AlignmentFlag.AlignCenter, self.number())
        font.setPointSizeF(max(10.0, side / 18))
        font.setBold(False)
        painter.setFont(font)
        below = QRectF(ring.left(), centre_y - side * 0.10, side, side * 0.09)
        painter.drawText(below, Qt.AlignmentFlag.AlignCenter, self._band_label)
        painter.end()


class SubscoreBars(QWidget):
    """One labelled bar per dimension (or platform); a group with nothing in scope shows a dash. With `only_given`,
    a group absent from the values (a platform the person does not use) is not shown at all."""

    def __init__(self, labels: dict[str, str], parent: QWidget | None = None, *, only_given: bool = False) -> None:
        super().__init__(parent)
        self._only_given = only_given
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self._bars: dict[str, tuple[QLabel, QProgressBar, QLabel]] = {}
        for row, (key, text) in enumerate(labels.items()):
            name = plain_label(text)  # wraps in a narrow window rather than being cut
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setFixedHeight(10)
            bar.setAccessibleName(text)
            value = plain_label("–", wrap=False)
            value.setMinimumWidth(44)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name.setBuddy(bar)
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(value, row, 2)
            self._bars[key] = (name, bar, value)
        grid.setColumnStretch(1, 1)

    def set_values(self, values: dict[str, float | None]) -> None:
        for key, (name, bar, label) in self._bars.items():
            shown = key in values or not self._only_given
            for widget in (name, bar, label):
                widget.setVisible(shown)
            value = values.get(key)
            bar.setValue(0 if value is None else round(value * 10))
            bar.setEnabled(value is not None)
            label.setText("–" if value is None else f"{value:.0f}")
            bar.setAccessibleDescription(label.text())


class HistoryChart(QWidget):
    """Scores over time as a line with points; the band thresholds as faint lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[dt.datetime, float]] = []
        self.right_margin = 16
        """Room right of the plot (a subclass writes the bands' names there)."""
        self.setMinimumHeight(180)
        self.setAccessibleName(self.tr("Scores over time"))

    def set_points(self, points: Sequence[tuple[dt.datetime, float]]) -> None:
        self._points = list(points)
        self.setAccessibleDescription(", ".join(f"{_day(when)}: {score:.0f}" for when, score in self._points))
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        left, top, right, bottom = 40, 12, self.width() - self.right_margin, self.height() - 28
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        faint = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
        for level in (0, 20, 45, 70, 100):
            y = bottom - (bottom - top) * level / 100
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, str(level))
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
        if not self._points:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left, top, right - left, bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Your scores will appear here after your first check."),
            )
            painter.end()
            return
        start = self._points[0][0].timestamp()
        span = max(1.0, self._points[-1][0].timestamp() - start)

        def place(when: dt.datetime, score: float) -> QPointF:
            x = left + (right - left) * ((when.timestamp() - start) / span if len(self._points) > 1 else 0.5)
            return QPointF(x, bottom - (bottom - top) * score / 100)

        path = QPainterPath()
        for index, (when, score) in enumerate(self._points):
            point = place(when, score)
            path.moveTo(point) if index == 0 else path.lineTo(point)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(accent, 2.5))
        painter.drawPath(path)
        painter.setBrush(accent)
        for when, score in self._points:
            painter.drawEllipse(place(when, score), 4, 4)
        painter.setPen(text_colour)
        first, last = self._points[0][0], self._points[-1][0]
        painter.drawText(QRectF(left, bottom + 6, 160, 18), Qt.AlignmentFlag.AlignLeft, _day(first))
        if len(self._points) > 1:
            painter.drawText(QRectF(right - 160, bottom + 6, 160, 18), Qt.AlignmentFlag.AlignRight, _day(last))
        painter.end()


def _day(moment: dt.datetime) -> str:
    """A day as the interface language writes it short ("Dec 1, 2026", "1 déc. 2026"): QLocale's default is the
    language's (privacycheck.ui.main.Translations)."""
    local = moment.astimezone() if moment.tzinfo else moment
    pattern = "d MMM yyyy" if QLocale().language() == QLocale.Language.French else "MMM d, yyyy"
    return QLocale().toString(QDate(local.year, local.month, local.day), pattern)


def band_colour(band: str) -> str:
    return BAND_COLOURS.get(band, "#777777")
