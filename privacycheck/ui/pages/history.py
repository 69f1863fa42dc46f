"""History: scores over time, and what changed between two checks."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacycheck.storage.store import Summary
from privacycheck.ui.models import HistoryModel
from privacycheck.ui.widgets import Card, HistoryChart, plain_label


class HistoryPage(QWidget):
    sig_compare = Signal(int, int)
    """The user asked to compare two stored checks: (older id, newer id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Your checks over time"), bold=True, size=16))
        chart_card = Card()
        self.chart = HistoryChart()
        chart_card.layout_.addWidget(self.chart)
        layout.addWidget(chart_card)
        row = QHBoxLayout()
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Stored checks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        self.compare = QPushButton(self.tr("Compare the two selected checks"))
        self.compare.setEnabled(False)
        self.compare.clicked.connect(self._compare)
        left.addWidget(self.compare)
        row.addLayout(left, 2)
        self.comparison = QPlainTextEdit()
        self.comparison.setReadOnly(True)
        self.comparison.setAccessibleName(self.tr("What changed"))
        self.comparison.setPlaceholderText(self.tr("Select two checks (Ctrl+click) to see what changed."))
        row.addWidget(self.comparison, 3)
        layout.addLayout(row, 1)

    def set_history(self, summaries: list[Summary]) -> None:
        self.model.set_history(summaries)
        self.chart.set_points([(s.created, s.score) for s in summaries if s.score is not None])

    def show_comparison(self, text: str) -> None:
        self.comparison.setPlainText(text)

    @Slot()
    def _selection(self) -> None:
        self.compare.setEnabled(len(self.table.selectionModel().selectedRows()) == 2)

    @Slot()
    def _compare(self) -> None:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if len(rows) == 2:
            newer, older = (self.model.summary(row) for row in rows)  # the table lists the newest first
            self.sig_compare.emit(older.id, newer.id)
