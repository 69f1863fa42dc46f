"""Results: the score, every point explained, and the fixes ranked by points saved per minute."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacycheck.core.output import step_title
from privacycheck.services.session import CheckSession
from privacycheck.ui.labels import band_name, dimension_names, platform_names
from privacycheck.ui.models import ContributionModel, PlanModel
from privacycheck.ui.widgets import Card, ScoreGauge, SubscoreBars, plain_label


class ResultsPage(QWidget):
    sig_changed = Signal()
    """A fix was ticked or unticked: the what-if score moved."""

    sig_finish = Signal()
    """The user finished the check in progress."""

    sig_report = Signal(bool)
    """The user asked to save the report: the share-safe summary (True) or the full report (False)."""

    def __init__(self, session: CheckSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        score_card = Card()
        self.gauge = ScoreGauge()
        score_card.layout_.addWidget(self.gauge)
        self.summary = plain_label("")
        score_card.layout_.addWidget(self.summary)
        self.what_if = plain_label("")
        score_card.layout_.addWidget(self.what_if)
        self.finish = QPushButton(self.tr("Finish this check"))
        self.finish.clicked.connect(self.sig_finish.emit)
        score_card.layout_.addWidget(self.finish)
        reports = QHBoxLayout()
        full = QPushButton(self.tr("Save the full report…"))
        full.setToolTip(self.tr("With your answers: keep it private."))
        full.clicked.connect(lambda: self.sig_report.emit(False))
        summary = QPushButton(self.tr("Save a summary to share…"))
        summary.setToolTip(self.tr("Score, sub-scores and the fixes, without your answers."))
        summary.clicked.connect(lambda: self.sig_report.emit(True))
        reports.addWidget(full)
        reports.addWidget(summary)
        score_card.layout_.addLayout(reports)
        top.addWidget(score_card, 2)
        bars_card = Card()
        bars_card.layout_.addWidget(plain_label(self.tr("By dimension"), bold=True))
        self.dimensions = SubscoreBars(dimension_names())
        bars_card.layout_.addWidget(self.dimensions)
        bars_card.layout_.addWidget(plain_label(self.tr("By platform"), bold=True))
        self.platforms = SubscoreBars(platform_names(), only_given=True)
        bars_card.layout_.addWidget(self.platforms)
        top.addWidget(bars_card, 3)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        plan_tab = QWidget()
        plan_layout = QHBoxLayout(plan_tab)
        self.plan_model = PlanModel(lang, self)
        self.plan_model.sig_done_changed.connect(self._done_changed)
        self.plan = QTableView()
        self.plan.setModel(self.plan_model)
        self.plan.setAccessibleName(self.tr("Fixes, best first"))
        self.plan.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan.verticalHeader().setVisible(False)
        header = self.plan.horizontalHeader()
        header.setSectionResizeMode(PlanModel.FIX, QHeaderView.ResizeMode.Stretch)
        for column in (PlanModel.DONE, PlanModel.SAVES, PlanModel.MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.plan.selectionModel().selectionChanged.connect(self._selected)
        plan_layout.addWidget(self.plan, 3)
        self.detail = Card()
        self.detail_title = plain_label("", bold=True, size=12)
        self.detail_steps = plain_label("", selectable=True)
        self.detail_path = plain_label("", selectable=True)
        self.detail_verify = plain_label("")
        self.detail_open = QPushButton(self.tr("Open this setting"))
        self.detail_open.clicked.connect(self._open_selected)
        for widget in (self.detail_title, self.detail_path, self.detail_steps, self.detail_verify, self.detail_open):
            self.detail.layout_.addWidget(widget)
        self.detail.layout_.addStretch(1)
        plan_layout.addWidget(self.detail, 2)
        self.tabs.addTab(plan_tab, self.tr("Fix first"))

        self.contribution_model = ContributionModel(lang, self)
        contributions = QTableView()
        contributions.setModel(self.contribution_model)
        contributions.setAccessibleName(self.tr("Every point explained"))
        contributions.verticalHeader().setVisible(False)
        contributions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        contributions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(contributions, self.tr("Every point explained"))
        layout.addWidget(self.tabs, 1)
        self._link: str | None = None
        self.refresh()

    def refresh(self) -> None:
        score = self.session.score
        band = band_name(score.band)
        self._show_what_if()
        self.summary.setText(
            self.tr("%1 out of 100: %2. %3 answered, %4 unknown (counted as the riskiest answer).")
            .replace("%1", f"{score.score:.1f}")
            .replace("%2", band)
            .replace("%3", str(score.answered))
            .replace("%4", str(len(score.unknown)))
        )
        self.finish.setVisible(self.session.status == "draft")
        self.dimensions.set_values(dict(score.by_dimension))
        self.platforms.set_values(dict(score.by_platform))
        self.plan_model.set_plan(score.plan, self.session.done)
        self.contribution_model.set_items(score.items)
        if self.plan_model.rowCount():
            self.plan.selectRow(0)
        else:
            self._show_step(None)

    @Slot(str, bool)
    def _done_changed(self, item_id: str, done: bool) -> None:
        self.session.set_done(item_id, done)
        self._show_what_if()
        self.sig_changed.emit()

    def _show_what_if(self) -> None:
        """The gauge and the line under it: the score, and what it will be once the ticked fixes are made."""
        score, what_if, ticked = self.session.score, self.session.what_if(), len(self.session.done)
        self.gauge.set_score(score.score, score.band, band_name(score.band), what_if.score if ticked else None)
        if not ticked:
            self.what_if.setText(self.tr("Tick a fix once you have made it: the score shows what it will be."))
            return
        text = (
            self.tr("With the fix you ticked: %2 (%3).")
            if ticked == 1
            else self.tr("With the %1 fixes you ticked: %2 (%3).")
        )
        self.what_if.setText(
            text.replace("%1", str(ticked)).replace("%2", f"{what_if.score:.1f}").replace("%3", band_name(what_if.band))
        )

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.plan.selectionModel().selectedRows()
        self._show_step(rows[0].row() if rows else None)

    def _show_step(self, row: int | None) -> None:
        if row is None:
            for label in (self.detail_title, self.detail_steps, self.detail_path, self.detail_verify):
                label.setText("")
            self.detail_title.setText(self.tr("Nothing to fix: every item is at its safest answer."))
            self.detail_open.setVisible(False)
            return
        item = self.plan_model.step(row).item
        self.detail_title.setText(step_title(item, self.lang))
        remediation = item.remediation
        steps = remediation.steps if remediation else ()
        self.detail_steps.setText("\n".join(f"{n}. {step.get(self.lang)}" for n, step in enumerate(steps, 1)))
        self.detail_path.setText(self.tr("Where: ") + item.setting.path.get(self.lang) if item.setting else "")
        self.detail_verify.setText(
            self.tr("How to verify: ") + remediation.verify.get(self.lang) if remediation else ""
        )
        self._link = item.link
        self.detail_open.setVisible(bool(item.link))

    def _open_selected(self) -> None:
        if self._link:
            QDesktopServices.openUrl(QUrl(self._link))
