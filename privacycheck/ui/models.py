"""Qt models over core values: the remediation plan, the item contributions and the history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from privacycheck.core.output import step_title
from privacycheck.core.scoring import GENERAL, ItemScore, PlanStep
from privacycheck.storage.store import Summary
from privacycheck.ui.labels import band_name, platform_of
from privacycheck.ui.locale_format import number, short_day

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class _TableModel(QAbstractTableModel):
    """A flat table over a list of rows; subclasses give the rows and the column titles."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]


class PlanModel(_TableModel):
    """Fixes in a given order (the main plan, or the quick wins), each with its platform; the first column is a
    "done" tick box. A platform filter shows one platform's fixes only."""

    sig_done_changed = Signal(str, bool)
    """The user ticked (True) or unticked (False) the fix of this item id."""

    DONE, PLATFORM, FIX, SAVES, MINUTES = range(5)

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._done: set[str] = set()
        self._lang = lang
        self._all: list[PlanStep] = []
        self._platform: str | None = None

    def set_plan(self, steps: Sequence[PlanStep], done: set[str]) -> None:
        self.beginResetModel()
        self._all = list(steps)
        self._done = set(done)
        self._rows = self._filtered()
        self.endResetModel()

    def set_done(self, done: set[str]) -> None:
        """The fixes ticked as done changed elsewhere (the same fix is in both lists)."""
        self._done = set(done)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.DONE), self.index(len(self._rows) - 1, self.DONE), [Qt.ItemDataRole.CheckStateRole]
            )

    def set_platform(self, platform: str | None) -> None:
        """Show the fixes of one platform ("" or None: every platform; "general": the questionnaires')."""
        self.beginResetModel()
        self._platform = platform or None
        self._rows = self._filtered()
        self.endResetModel()

    def platforms(self) -> list[str]:
        """The platforms with at least one fix, in plan order of first appearance."""
        return list(dict.fromkeys(step.item.platform or GENERAL for step in self._all))

    def _filtered(self) -> list[PlanStep]:
        if self._platform is None:
            return list(self._all)
        return [step for step in self._all if (step.item.platform or GENERAL) == self._platform]

    def step(self, row: int) -> PlanStep:
        step: PlanStep = self._rows[row]
        return step

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Done"), self.tr("Platform"), self.tr("Fix"), self.tr("Saves (points)"), self.tr("Minutes"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.DONE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        step = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if step.item.id in self._done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PLATFORM:
                return platform_of(step.item.platform)
            if column == self.FIX:
                return step_title(step.item, self._lang)
            if column == self.SAVES:
                return number(step.saves, self._lang)
            if column == self.MINUTES:
                return str(step.effort_minutes)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.DONE:
            return self.tr("Done") if step.item.id in self._done else self.tr("Not done")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SAVES, self.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FIX:
            return step.item.why.get(self._lang)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item_id = self._rows[index.row()].item.id
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        (self._done.add if done else self._done.discard)(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.sig_done_changed.emit(item_id, done)
        return True


class ContributionModel(_TableModel):
    """Every applicable item with its platform, its answer and the points it adds to the score, largest first."""

    ITEM, PLATFORM, ANSWER, POINTS = range(4)

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def set_items(self, items: Sequence[ItemScore]) -> None:
        self.beginResetModel()
        live = [entry for entry in items if entry.applicable]
        self._rows = sorted(live, key=lambda entry: (-entry.contribution, entry.item.id))
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Item"), self.tr("Platform"), self.tr("Your answer"), self.tr("Points"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.ITEM:
                return entry.item.title.get(self._lang)
            if index.column() == self.PLATFORM:
                return platform_of(entry.item.platform)
            if index.column() == self.ANSWER:
                option = entry.item.option(entry.answer) if entry.answer else None
                return option.label.get(self._lang) if option else self.tr("I don't know or not answered yet")
            return number(entry.contribution, self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.ANSWER and entry.answer is None:
            return self.tr("Counts as the riskiest answer.")
        return None


class HistoryModel(_TableModel):
    """Stored checks, newest first."""

    DATE, SCORE, BAND = range(3)

    def __init__(self, parent: Any = None, lang: str = "en") -> None:
        super().__init__(parent)
        self._lang = lang

    def set_history(self, summaries: Sequence[Summary]) -> None:
        self.beginResetModel()
        self._rows = sorted(summaries, key=lambda s: (s.created, s.id), reverse=True)
        self.endResetModel()

    def summary(self, row: int) -> Summary:
        summary: Summary = self._rows[row]
        return summary

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Score"), self.tr("Band"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or role != Qt.ItemDataRole.DisplayRole:
            return None
        summary = self._rows[index.row()]
        if index.column() == self.DATE:
            return f"{short_day(summary.created, self._lang)}, {summary.created.astimezone():%H:%M}"
        if index.column() == self.SCORE:
            return "–" if summary.score is None else number(summary.score, self._lang)
        return band_name(summary.band or "")
