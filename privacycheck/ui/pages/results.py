"""Results: the score and what it means, the fixes (main plan and quick wins, by platform), every point explained."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacycheck.services.plans import QUICK_WINS, band_meaning
from privacycheck.services.session import CheckSession
from privacycheck.ui.fix_detail import FixDetail
from privacycheck.ui.labels import band_name, dimension_names, platform_names, platform_of
from privacycheck.ui.locale_format import number
from privacycheck.ui.models import ContributionModel, PlanModel
from privacycheck.ui.pages.look import EvidenceSummary
from privacycheck.ui.widgets import Card, ScoreGauge, SubscoreBars, plain_label

PLAN, QUICK, EXPLAINED = range(3)
"""The tabs: the main plan, the quick wins, every point explained."""


class ResultsPage(QWidget):
    sig_changed = Signal()
    """A fix was ticked or unticked: the what-if score moved."""

    sig_finish = Signal()
    """The user finished the check in progress."""

    sig_answers = Signal()
    """A stranger's look changed answers: every page follows, as after an answer on the check."""

    sig_full = Signal()
    """After the essentials, the user goes on with the full check."""

    sig_report = Signal(bool)
    """The user asked to save the report: the share-safe summary (True) or the full report (False)."""

    def __init__(self, session: CheckSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        outer = QVBoxLayout(self)  # on a short screen the page scrolls, and the fixes keep room to be read
        outer.setContentsMargins(0, 0, 0, 0)
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(page)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.evidence = EvidenceSummary(session, lang)  # named at the top: what a stranger's look contradicted
        self.evidence.sig_changed.connect(self.sig_answers.emit)
        layout.addWidget(self.evidence)

        top = QHBoxLayout()
        score_card = Card()
        self.kind = plain_label("", bold=True)
        score_card.layout_.addWidget(self.kind)
        self.gauge = ScoreGauge()
        score_card.layout_.addWidget(self.gauge)
        self.meaning = plain_label("")
        score_card.layout_.addWidget(self.meaning)
        self.summary = plain_label("")
        score_card.layout_.addWidget(self.summary)
        self.what_if = plain_label("")
        score_card.layout_.addWidget(self.what_if)
        self.finish = QPushButton(self.tr("Finish this check"))
        self.finish.clicked.connect(self.sig_finish.emit)
        score_card.layout_.addWidget(self.finish)
        self.full = QPushButton(self.tr("Continue with the full check"))
        self.full.setToolTip(self.tr("The essentials are the first part of your check: the full check finishes it."))
        self.full.clicked.connect(self.sig_full.emit)
        score_card.layout_.addWidget(self.full)
        reports = QVBoxLayout()  # one above the other: their French names are long
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
        self.bars_later = plain_label(
            self.tr("The sub-scores come with the full check: after the essentials, most items are still unanswered.")
        )
        bars_card.layout_.addWidget(self.bars_later)
        self.bars_parts: list[QWidget] = [plain_label(self.tr("By dimension"), bold=True)]
        self.dimensions = SubscoreBars(dimension_names())
        self.bars_parts += [self.dimensions, plain_label(self.tr("By platform"), bold=True)]
        self.platforms = SubscoreBars(platform_names(), only_given=True)
        self.bars_parts.append(self.platforms)
        for part in self.bars_parts:
            bars_card.layout_.addWidget(part)
        top.addWidget(bars_card, 3)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        plan_tab = QWidget()
        plan_column = QVBoxLayout(plan_tab)
        filter_row = QHBoxLayout()
        self.platform_filter = QComboBox()
        self.platform_filter.setAccessibleName(self.tr("Show the fixes of"))
        self.platform_filter.currentIndexChanged.connect(self._filter)
        filter_row.addWidget(plain_label(self.tr("Show the fixes of:"), wrap=False))
        filter_row.addWidget(self.platform_filter)
        filter_row.addStretch(1)
        plan_column.addLayout(filter_row)
        self.plan_model = PlanModel(lang, self)
        self.plan = self._table(self.plan_model, self.tr("Fixes, the most important first"))
        plan_column.addWidget(self.plan, 1)
        self.tabs.addTab(plan_tab, self.tr("Fix first"))
        self.quick_model = PlanModel(lang, self)
        self.quick = self._table(self.quick_model, self.tr("Quick wins: the most points per minute"))
        self.tabs.addTab(self.quick, self.tr("Quick wins"))

        self.contribution_model = ContributionModel(lang, self)
        contributions = QTableView()
        contributions.setModel(self.contribution_model)
        contributions.setAccessibleName(self.tr("Every point explained"))
        contributions.verticalHeader().setVisible(False)
        contributions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        contributions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(contributions, self.tr("Every point explained"))

        self.detail = FixDetail(lang)
        self.detail_platform, self.detail_title = self.detail.platform, self.detail.title
        self.detail_open = self.detail.open_button
        bottom = QHBoxLayout()
        bottom.addWidget(self.tabs, 3)
        bottom.addWidget(self.detail, 2)
        layout.addLayout(bottom, 1)
        self.tabs.setMinimumHeight(300)
        page.setWidget(content)
        self.refresh()

    def _table(self, model: PlanModel, name: str) -> QTableView:
        model.sig_done_changed.connect(self._done_changed)
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(PlanModel.FIX, QHeaderView.ResizeMode.Stretch)
        for column in (PlanModel.DONE, PlanModel.PLATFORM, PlanModel.SAVES, PlanModel.MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(
            lambda selected, _old, table=table, model=model: self._selected(table, model, selected)
        )
        return table

    def refresh(self) -> None:
        """Everything from the session's shown score (none, provisional or full)."""
        self.refresh_score()
        session, shown = self.session, self.session.shown()
        score, started = shown.score, shown.kind != "none"
        self.plan_model.set_plan(shown.plan, session.done)
        self.quick_model.set_plan(shown.quick[:QUICK_WINS], session.done)
        keep = {step.item.id for step in shown.plan} if shown.provisional else None
        entries = score.items if started else ()
        self.contribution_model.set_items([e for e in entries if keep is None or e.item.id in keep])
        self._fill_filter()
        if self.plan_model.rowCount():
            self.plan.selectRow(0)
        else:
            self._show_step(None)

    def refresh_score(self) -> None:
        """The score, its meaning, the sub-scores and the Finish button: cheap, kept current even off screen (the
        fix tables wait until the page is opened)."""
        self.evidence.refresh()
        session = self.session
        shown = session.shown()
        score = shown.score
        started = shown.kind != "none"
        band = band_name(shown.band)
        self._show_what_if()
        if not started:
            self.kind.setText(self.tr("No score yet"))
            self.summary.setText(self.tr("Answer at least one item: the score and the fixes appear here."))
        elif shown.provisional:
            self.kind.setText(self.tr("Provisional score: the essentials only"))
            self.summary.setText(
                self.tr(
                    "%1 out of 100 (%2) over the %3 essential settings. The full check covers every setting and "
                    "gives your full score."
                )
                .replace("%1", number(shown.value or 0.0, self.lang))
                .replace("%2", band)
                .replace("%3", str(len(session.essential_items())))
            )
        else:
            self.kind.setText(self.tr("Your exposure score"))
            self.summary.setText(
                self.tr("%1 out of 100: %2. %3 answered, %4 unknown (counted as the riskiest answer).")
                .replace("%1", number(score.score, self.lang))
                .replace("%2", band)
                .replace("%3", str(score.answered))
                .replace("%4", str(len(score.unknown)))
            )
        self.meaning.setText(band_meaning(shown.band, self.lang) if started else "")
        # The essentials are the first part of a check, not a check of their own: it is finished after the full one.
        self.finish.setVisible(session.status == "draft" and not shown.provisional)
        self.finish.setEnabled(started)
        self.full.setVisible(session.status == "draft" and shown.provisional)
        full = shown.kind == "full"  # while provisional, unanswered items would fill the sub-scores at their worst
        self.dimensions.set_values(dict(score.by_dimension) if full else {})
        self.platforms.set_values(dict(score.by_platform) if full else {})
        for part in self.bars_parts:
            part.setVisible(not shown.provisional)
        self.bars_later.setVisible(shown.provisional)

    def _fill_filter(self) -> None:
        chosen = self.platform_filter.currentData()
        self.platform_filter.blockSignals(True)
        self.platform_filter.clear()
        self.platform_filter.addItem(self.tr("every platform"), "")
        for platform in self.plan_model.platforms():
            self.platform_filter.addItem(platform_of(None if platform == "general" else platform), platform)
        index = max(0, self.platform_filter.findData(chosen or ""))
        self.platform_filter.setCurrentIndex(index)
        self.platform_filter.blockSignals(False)
        self.plan_model.set_platform(self.platform_filter.currentData())

    @Slot(int)
    def _filter(self, index: int) -> None:
        self.plan_model.set_platform(self.platform_filter.itemData(index))
        if self.plan_model.rowCount():
            self.plan.selectRow(0)
        else:
            self._show_step(None)

    @Slot(str, bool)
    def _done_changed(self, item_id: str, done: bool) -> None:
        self.session.set_done(item_id, done)
        for model in (self.plan_model, self.quick_model):  # the same fix, ticked in both lists
            model.set_done(self.session.done)
        self._show_what_if()
        self.sig_changed.emit()

    def _show_what_if(self) -> None:
        """The gauge and the line under it: the score, and what it will be once the ticked fixes are made."""
        session = self.session
        shown = session.shown()
        if shown.kind == "none":
            self.gauge.set_score(None)
            self.what_if.setText("")
            return
        (what_if, what_band), ticked = session.what_if(), len(session.done)
        self.gauge.set_score(shown.value, shown.band, band_name(shown.band), what_if if ticked else None)
        if not ticked:
            self.what_if.setText(self.tr("Tick a fix once you have made it: the score shows what it will be."))
            return
        text = (
            self.tr("With the fix you ticked: %2 (%3).")
            if ticked == 1
            else self.tr("With the %1 fixes you ticked: %2 (%3).")
        )
        self.what_if.setText(
            text.replace("%1", str(ticked))
            .replace("%2", number(what_if, self.lang))
            .replace("%3", band_name(what_band))
        )

    def _selected(self, table: QTableView, model: PlanModel, selected: QItemSelection) -> None:
        rows = table.selectionModel().selectedRows()
        if rows:
            self._show_step(model, rows[0].row())

    def _show_step(self, model: PlanModel | None, row: int = 0) -> None:
        if model is None:
            self.detail.show_nothing(self.session.shown().kind != "none")
        else:
            self.detail.show_item(model.step(row).item)

    @property
    def _link(self) -> str | None:
        """The link of the fix on show (None without one)."""
        return self.detail.link
