"""Home: the score and what it means, the sub-scores, the one fix worth doing today, and the next re-check."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from privacycheck.core.output import step_title
from privacycheck.core.recheck import RecheckStatus
from privacycheck.services.plans import band_meaning
from privacycheck.services.session import ESSENTIALS, FULL, CheckSession
from privacycheck.storage.store import Summary
from privacycheck.ui.labels import band_name, dimension_names, platform_of
from privacycheck.ui.locale_format import day, minutes, points
from privacycheck.ui.notice import open_url
from privacycheck.ui.welcome import DeadlineNote
from privacycheck.ui.widgets import Card, ScoreGauge, SubscoreBars, plain_label


class HomePage(QWidget):
    sig_start = Signal(str)
    """The user wants to start or resume a route: "essentials" (the ten-minute first pass) or "full"."""

    sig_new = Signal(bool)
    """The user wants a new check: pre-filled from the last one (True) or empty (False)."""

    sig_guide = Signal()
    """The user wants to lock down: a client found or contacted them (the page "When a client finds you")."""

    sig_results = Signal()
    """The user wants the full results."""

    sig_explained = Signal()
    """The user wants every point of the score explained."""

    def __init__(
        self, lang: str, organisation: str | None, policy_url: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        outer = QVBoxLayout(self)  # the page scrolls when the window is short (a 1024×600 screen), never clips
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll)
        content = QWidget()
        layout = QVBoxLayout(content)
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
                policy.clicked.connect(lambda: open_url(self, policy_url))
                banner.addWidget(policy)
            layout.addLayout(banner)

        grid = QGridLayout()
        grid.setSpacing(14)
        score_card = Card()
        self.score_title = plain_label(self.tr("Your exposure score"), bold=True)
        score_card.layout_.addWidget(self.score_title)
        self.gauge = ScoreGauge()
        score_card.layout_.addWidget(self.gauge)
        self.meaning = plain_label("")
        self.meaning.setObjectName("band-meaning")
        score_card.layout_.addWidget(self.meaning)
        self.change = plain_label("")
        score_card.layout_.addWidget(self.change)
        self.status = plain_label("")
        score_card.layout_.addWidget(self.status)
        grid.addWidget(score_card, 0, 0)

        bars_card = Card()
        bars_card.layout_.addWidget(plain_label(self.tr("Where the exposure comes from"), bold=True))
        self.bars = SubscoreBars(dimension_names())
        bars_card.layout_.addWidget(self.bars)
        self.bars_later = plain_label(
            self.tr("The sub-scores come with the full check: after the essentials, most items are still unanswered.")
        )
        bars_card.layout_.addWidget(self.bars_later)
        self.see_all = QPushButton(self.tr("See every point explained"))
        self.see_all.clicked.connect(self.sig_explained.emit)
        bars_card.layout_.addWidget(self.see_all)
        bars_card.layout_.addStretch(1)
        grid.addWidget(bars_card, 0, 1)

        today = Card()
        today.layout_.addWidget(plain_label(self.tr("One thing to do today"), bold=True))
        self.today_platform = plain_label("", bold=True)
        self.today_title = plain_label("", size=12)
        self.today_detail = plain_label("")
        self.today_open = QPushButton(self.tr("Open this setting"))
        self.today_open.clicked.connect(self._open_today)
        self.today_all = QPushButton(self.tr("See all the fixes"))
        self.today_all.clicked.connect(self.sig_results.emit)
        for widget in (self.today_platform, self.today_title, self.today_detail, self.today_open, self.today_all):
            today.layout_.addWidget(widget)
        today.layout_.addStretch(1)
        grid.addWidget(today, 1, 0)

        next_card = Card()
        next_card.layout_.addWidget(plain_label(self.tr("Your check"), bold=True))
        self.next_check = plain_label("")
        next_card.layout_.addWidget(self.next_check)
        self.deadline = DeadlineNote()
        """The organisation's first-check deadline, filled by the window (ui/welcome.py)."""
        next_card.layout_.addWidget(self.deadline)
        self.start = QPushButton()
        self.start.setDefault(True)
        self.start.clicked.connect(lambda: self._clicked(self._start_action))
        next_card.layout_.addWidget(self.start)
        self.other = QPushButton()
        self.other.clicked.connect(lambda: self._clicked(self._other_action))
        next_card.layout_.addWidget(self.other)
        guide = QPushButton(self.tr("Lock down now"))
        guide.setToolTip(self.tr("A client found or contacted you: the fastest fixes, your contacts, a log"))
        guide.clicked.connect(self.sig_guide.emit)
        next_card.layout_.addWidget(guide)
        next_card.layout_.addStretch(1)
        grid.addWidget(next_card, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll.setWidget(content)
        self._link: str | None = None
        self._start_action: tuple[str, object] = ("start", ESSENTIALS)
        self._other_action: tuple[str, object] | None = None

    def _clicked(self, action: tuple[str, object] | None) -> None:
        if action is None:
            return
        kind, value = action
        if kind == "new":
            self.sig_new.emit(bool(value))
        else:
            self.sig_start.emit(str(value))

    def show_state(self, session: CheckSession | None, history: list[Summary], recheck: RecheckStatus) -> None:
        """Fill the page from the session on screen, the stored history and the re-check status."""
        if session is None:
            self.gauge.set_score(None)
            self.status.setText(self.tr("Loading…"))
            return
        shown = session.shown()
        score = shown.score
        started = shown.kind != "none"
        band = band_name(shown.band) if started else ""
        self.gauge.set_score(shown.value, shown.band, band)
        self.score_title.setText(
            self.tr("Provisional score: the essentials only") if shown.provisional else self.tr("Your exposure score")
        )
        self.meaning.setText(band_meaning(shown.band, self.lang) if started else "")
        # Sub-scores come with the full check: while provisional, unanswered items would fill them at their worst.
        self.bars.set_values(dict(score.by_dimension) if shown.kind == "full" else {})
        self.bars.setVisible(not shown.provisional)
        self.bars_later.setVisible(shown.provisional)
        self.see_all.setVisible(started)
        self._show_change(session, history)
        self._show_status(session)
        self._show_buttons(session, bool(history))
        self._show_today(session)
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
            self.next_check.setText(text.replace("%1", day(due, self.lang)).replace("%2", interval))

    def _show_change(self, session: CheckSession, history: list[Summary]) -> None:
        shown = session.shown()
        finished = [s for s in history if s.id != session.record_id]
        if shown.kind != "full" or not finished or finished[-1].score is None:
            self.change.setText("")
            return
        delta = round(shown.score.score, 1) - finished[-1].score
        when = day(finished[-1].created, self.lang)
        if abs(delta) < 0.05:
            text = self.tr("The same as your check of %3.")
        elif delta < 0:
            text = self.tr("▼ %2 lower than your check of %3: better.")
        else:
            text = self.tr("▲ %2 higher than your check of %3: more exposed.")
        self.change.setText(text.replace("%2", points(abs(delta), self.lang)).replace("%3", when))

    def _show_status(self, session: CheckSession) -> None:
        shown = session.shown()
        answered, total = session.progress(session.checklist.items.values())
        to_confirm = len(session.carried)
        if shown.kind == "none":
            text = self.tr(
                "No score yet: answer a few questions first. The essentials take about 10 minutes, the full check "
                "about 30, and every answer is saved."
            )
        elif session.status == "complete":
            text = self.tr("Finished check of %1.").replace("%1", day(session.created, self.lang))
        elif shown.provisional:
            done, count = session.progress(session.essential_items())
            text = (
                self.tr(
                    "Essentials: %1 of %2 answered. This score covers the essentials only; the full check covers "
                    "every setting."
                )
                .replace("%1", str(done))
                .replace("%2", str(count))
            )
        else:
            text = (
                self.tr("Check in progress: %1 of %2 answered. Unanswered items count as the riskiest answer.")
                .replace("%1", str(answered))
                .replace("%2", str(total))
            )
        if to_confirm and session.status == "draft":
            text += " " + self.tr("%1 answer(s) from your last check to confirm.").replace("%1", str(to_confirm))
        self.status.setText(text)

    def _show_buttons(self, session: CheckSession, has_history: bool) -> None:
        started = bool(session.answers.choices)
        if session.status == "complete":
            self._start_action = ("new", True)
            self.start.setText(self.tr("Start a new check from my last answers"))
            self._other_action = ("new", False)
            self.other.setText(self.tr("Start a new, empty check"))
        elif session.route == ESSENTIALS:
            essentials_done, count = session.progress(session.essential_items())
            if started and essentials_done == count:
                self._start_action = ("start", FULL)
                self.start.setText(self.tr("Continue with the full check (about 20 minutes)"))
                self._other_action = ("start", ESSENTIALS)
                self.other.setText(self.tr("Review the essentials"))
            else:
                self._start_action = ("start", ESSENTIALS)
                self.start.setText(
                    self.tr("Resume the essentials") if started else self.tr("Start with the essentials (10 minutes)")
                )
                self._other_action = ("start", FULL)
                self.other.setText(self.tr("Do the full check instead (about 30 minutes)"))
        else:
            self._start_action = ("start", FULL)
            self.start.setText(
                self.tr("Resume the check") if started or has_history else self.tr("Start the full check")
            )
            self._other_action = None if started else ("start", ESSENTIALS)
            self.other.setText(self.tr("Start with the essentials (10 minutes)"))
        self.other.setVisible(self._other_action is not None)

    def _show_today(self, session: CheckSession) -> None:
        shown = session.shown()
        steps = [step for step in shown.quick if step.item.id not in session.done]
        if shown.kind == "none" or not steps:
            self.today_platform.setText("")
            self.today_title.setText(
                self.tr("Answer the checklist to see the fix worth the most.")
                if shown.kind == "none"
                else self.tr("Nothing left to fix: every answer is at its safest.")
            )
            self.today_detail.setText("")
            self.today_open.setVisible(False)
            self.today_all.setVisible(shown.kind != "none")
            return
        step = steps[0]
        self.today_platform.setText(platform_of(step.item.platform))
        self.today_title.setText(step_title(step.item, self.lang))
        self.today_detail.setText(
            self.tr("Saves %1 in about %2.")
            .replace("%1", points(step.saves, self.lang))
            .replace("%2", minutes(step.effort_minutes, self.lang))
        )
        self._link = step.item.link
        self.today_open.setVisible(bool(step.item.link))
        self.today_all.setVisible(True)

    def _open_today(self) -> None:
        if self._link:
            open_url(self, self._link)
