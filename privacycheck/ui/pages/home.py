"""Home: the latest score, the sub-scores, the one fix worth doing today, and the next re-check."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from privacycheck.core.output import step_title
from privacycheck.core.recheck import RecheckStatus
from privacycheck.services.session import CheckSession
from privacycheck.storage.store import Summary
from privacycheck.ui.labels import band_name, dimension_names
from privacycheck.ui.widgets import Card, ScoreGauge, SubscoreBars, plain_label


class HomePage(QWidget):
    sig_start = Signal()
    """The user wants to start or resume a check."""

    sig_guide = Signal()
    """The user wants the "it already happened" guide."""

    sig_results = Signal()
    """The user wants the full results."""

    def __init__(
        self, lang: str, organisation: str | None, policy_url: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        heading = plain_label(self.tr("How exposed are you to your clients?"), bold=True, size=18)
        layout.addWidget(heading)
        if organisation:
            banner = QHBoxLayout()
            banner.addWidget(
                plain_label(
                    self.tr("Provided by %1. Your answers stay on this computer: %1 never sees them.").replace(
                        "%1", organisation
                    )
                ),
                1,
            )
            if policy_url:
                policy = QPushButton(self.tr("Read the social-media policy"))
                policy.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(policy_url)))
                banner.addWidget(policy)
            layout.addLayout(banner)

        grid = QGridLayout()
        grid.setSpacing(14)
        score_card = Card()
        score_card.layout_.addWidget(plain_label(self.tr("Your exposure score"), bold=True))
        self.gauge = ScoreGauge()
        score_card.layout_.addWidget(self.gauge)
        self.change = plain_label("")
        score_card.layout_.addWidget(self.change)
        self.status = plain_label("")
        score_card.layout_.addWidget(self.status)
        grid.addWidget(score_card, 0, 0)

        bars_card = Card()
        bars_card.layout_.addWidget(plain_label(self.tr("Where the exposure comes from"), bold=True))
        self.bars = SubscoreBars(dimension_names())
        bars_card.layout_.addWidget(self.bars)
        see_all = QPushButton(self.tr("See every point explained"))
        see_all.clicked.connect(self.sig_results.emit)
        bars_card.layout_.addWidget(see_all)
        bars_card.layout_.addStretch(1)
        grid.addWidget(bars_card, 0, 1)

        today = Card()
        today.layout_.addWidget(plain_label(self.tr("One thing to do today"), bold=True))
        self.today_title = plain_label("", size=12)
        self.today_detail = plain_label("")
        self.today_open = QPushButton(self.tr("Open this setting"))
        self.today_open.clicked.connect(self._open_today)
        today.layout_.addWidget(self.today_title)
        today.layout_.addWidget(self.today_detail)
        today.layout_.addWidget(self.today_open)
        today.layout_.addStretch(1)
        grid.addWidget(today, 1, 0)

        next_card = Card()
        next_card.layout_.addWidget(plain_label(self.tr("Your check"), bold=True))
        self.next_check = plain_label("")
        next_card.layout_.addWidget(self.next_check)
        self.start = QPushButton(self.tr("Start a check"))
        self.start.setDefault(True)
        self.start.clicked.connect(self.sig_start.emit)
        next_card.layout_.addWidget(self.start)
        guide = QPushButton(self.tr("A client found or contacted me"))
        guide.clicked.connect(self.sig_guide.emit)
        next_card.layout_.addWidget(guide)
        next_card.layout_.addStretch(1)
        grid.addWidget(next_card, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._link: str | None = None

    def show_state(self, session: CheckSession | None, history: list[Summary], recheck: RecheckStatus) -> None:
        """Fill the page from the session in progress (or last finished), the stored history and the re-check
        status."""
        if session is None:
            self.gauge.set_score(None)
            self.status.setText(self.tr("Loading…"))
            return
        score = session.score
        answered, total = session.progress(session.checklist.items.values())
        started = bool(session.answers.choices)
        self.gauge.set_score(score.score if started else None, score.band, band_name(score.band) if started else "")
        self.bars.set_values(dict(score.by_dimension) if started else {})
        finished = [s for s in history if s.id != session.record_id]
        if started and finished and finished[-1].score is not None:
            delta = round(score.score, 1) - finished[-1].score
            arrow = "▼" if delta < 0 else "▲" if delta > 0 else "="
            self.change.setText(
                self.tr("%1 %2 points since your check of %3")
                .replace("%1", arrow)
                .replace("%2", f"{abs(delta):.1f}")
                .replace("%3", f"{finished[-1].created.astimezone():%Y-%m-%d}")
            )
        else:
            self.change.setText("")
        if not started:
            self.status.setText(
                self.tr("No check yet. It takes about 30 minutes, and you can stop at any time: every answer is saved.")
            )
        elif session.status == "draft":
            self.status.setText(
                self.tr("Check in progress: %1 of %2 answered. Unanswered items count as the riskiest answer.")
                .replace("%1", str(answered))
                .replace("%2", str(total))
            )
        else:
            self.status.setText(
                self.tr("Finished check of %1.").replace("%1", f"{session.created.astimezone():%Y-%m-%d}")
            )
        self.start.setText(
            self.tr("Resume the check")
            if session.status == "draft" and started
            else self.tr("Start a new check")
            if history
            else self.tr("Start a check")
        )
        steps = [step for step in score.plan if step.item.id not in session.done]
        if started and steps:
            step = steps[0]
            self.today_title.setText(step_title(step.item, self.lang))
            self.today_detail.setText(
                self.tr("Saves %1 points in about %2 minutes.")
                .replace("%1", f"{step.saves:.1f}")
                .replace("%2", str(step.effort_minutes))
            )
            self._link = step.item.link
            self.today_open.setVisible(bool(step.item.link))
        else:
            self.today_title.setText(self.tr("Answer the checklist to see the fix worth the most."))
            self.today_detail.setText("")
            self.today_open.setVisible(False)
        interval = str(recheck.interval_days)
        due = recheck.next
        if due is None:
            self.next_check.setText(self.tr("Re-check every %1 days. No finished check yet.").replace("%1", interval))
        else:
            text = (
                self.tr("A re-check is due since %1 (every %2 days).")
                if recheck.due
                else self.tr("Next re-check: %1 (every %2 days).")
            )
            self.next_check.setText(text.replace("%1", due.isoformat()).replace("%2", interval))

    def _open_today(self) -> None:
        if self._link:
            QDesktopServices.openUrl(QUrl(self._link))
