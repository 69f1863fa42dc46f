"""History: scores over time on a chart with its bands named, and what changed between two checks, in colour.

Two checks are chosen with a click each (a third click lets go of the oldest choice), or "Compare with the previous
check" takes the selected one and the one before it. Lower scores are better, and the comparison says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from privacycheck.storage.store import Summary
from privacycheck.ui.a11y import contrast, one_tab_stop
from privacycheck.ui.compare_text import BETTER, HEADING, TITLE, WORSE, Comparison, Line
from privacycheck.ui.labels import band_name
from privacycheck.ui.models import HistoryModel
from privacycheck.ui.widgets import BAND_COLOURS, Card, HistoryChart, plain_label

BANDS = (("low", 0, 20), ("moderate", 20, 45), ("high", 45, 70), ("severe", 70, 100))
"""The bands' score ranges, as the chart shades and names them (docs/scoring.md)."""
TONE_COLOURS = {BETTER: ("#1b5e20", "#81c784"), WORSE: ("#b71c1c", "#ef9a9a")}
"""(on a light background, on a dark one): both above a 4.5:1 contrast."""


class BandChart(HistoryChart):
    """The history chart over shaded bands, each named at the right edge ("Low", "Moderate"…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.right_margin = 16 + max(self.fontMetrics().horizontalAdvance(band_name(band)) for band, _, _ in BANDS)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        left, top, right, bottom = 40, 12, self.width() - self.right_margin, self.height() - 28
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for band, low, high in BANDS:
            y_low = bottom - (bottom - top) * low / 100
            y_high = bottom - (bottom - top) * high / 100
            shade = QColor(BAND_COLOURS[band])
            shade.setAlpha(28)
            painter.fillRect(QRectF(QPointF(left, y_high), QPointF(right, y_low)), shade)
            painter.setPen(text)
            painter.drawText(
                QRectF(right + 6, y_high, self.right_margin - 8, y_low - y_high),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                band_name(band),
            )
        painter.end()
        super().paintEvent(event)


class HistoryPage(QWidget):
    sig_compare = Signal(int, int)
    """The user asked to compare two stored checks: (older id, newer id)."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._chosen: list[int] = []
        """Ids of the chosen checks, in the order they were clicked."""
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Your checks over time"), bold=True, size=16))
        chart_card = Card()
        self.chart = BandChart()
        self.chart.setMinimumHeight(150)
        chart_card.layout_.addWidget(self.chart)
        layout.addWidget(chart_card)
        row = QHBoxLayout()
        self.model = HistoryModel(self, lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Stored checks"))
        self.table.setAccessibleDescription(self.tr("Click two checks to compare them."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)  # a click adds or removes one
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        one_tab_stop(self.table)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        self.compare = QPushButton(self.tr("Compare the two chosen checks"))
        self.compare.setEnabled(False)
        self.compare.clicked.connect(self._compare)
        left.addWidget(self.compare)
        self.previous = QPushButton(self.tr("Compare with the previous check"))
        self.previous.setEnabled(False)
        self.previous.clicked.connect(self._compare_previous)
        left.addWidget(self.previous)
        row.addLayout(left, 2)
        self.comparison = QTextEdit()
        self.comparison.setReadOnly(True)
        self.comparison.setAcceptRichText(False)
        self.comparison.setAccessibleName(self.tr("What changed"))
        self.comparison.setPlaceholderText(
            self.tr("Click two checks to see what changed, or use “Compare with the previous check”.")
        )
        row.addWidget(self.comparison, 3)
        layout.addLayout(row, 1)

    def set_history(self, summaries: list[Summary]) -> None:
        self._chosen = []
        self.model.set_history(summaries)
        self.chart.set_points([(s.created, s.score) for s in summaries if s.score is not None])
        self._selection()

    def show_comparison(self, text: str | Sequence[Line]) -> None:
        """The comparison, each line in its tone's colour (bold for headings); plain text without lines as is."""
        self.comparison.clear()
        lines = text.lines if isinstance(text, Comparison) else text
        if isinstance(lines, str):
            self.comparison.setPlainText(lines)
            return
        cursor = QTextCursor(self.comparison.document())
        for number, line in enumerate(lines):
            if number:
                cursor.insertBlock()
            cursor.insertText(line.text, self._format(line.tone))
        self.comparison.moveCursor(QTextCursor.MoveOperation.Start)

    def _format(self, tone: str) -> QTextCharFormat:
        char = QTextCharFormat()
        if tone in (HEADING, TITLE):
            char.setFontWeight(700)
        if tone in TONE_COLOURS:
            background = self.comparison.palette().color(QPalette.ColorRole.Base)
            light, dark = (QColor(colour) for colour in TONE_COLOURS[tone])
            char.setForeground(light if contrast(light, background) >= contrast(dark, background) else dark)
            char.setFontWeight(600)
        return char

    def chosen_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    @Slot()
    def _selection(self) -> None:
        rows = self.chosen_rows()
        ids = [self.model.summary(row).id for row in rows]
        self._chosen = [i for i in self._chosen if i in ids] + [i for i in ids if i not in self._chosen]
        if len(self._chosen) > 2:  # a third click lets go of the first choice
            oldest = self._chosen.pop(0)
            for row in rows:
                if self.model.summary(row).id == oldest:
                    self.table.selectionModel().select(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows,
                    )
            return
        self.compare.setEnabled(len(rows) == 2)
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0
        self.previous.setEnabled(current < self.model.rowCount() - 1)

    @Slot()
    def _compare(self) -> None:
        rows = self.chosen_rows()
        if len(rows) == 2:
            newer, older = (self.model.summary(row) for row in rows)  # the table lists the newest first
            self.sig_compare.emit(older.id, newer.id)

    @Slot()
    def _compare_previous(self) -> None:
        """The current check (the newest when none) with the one before it."""
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0
        if not 0 <= current < self.model.rowCount() - 1:
            return
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in (current, current + 1):
            selection.select(self.model.index(row, 0, QModelIndex()), flags)
        self._compare()
