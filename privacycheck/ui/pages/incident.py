"""The page "When a client finds you": the emergency number, whom to call, the lockdown path with its "done" ticks,
the incident log, and plain guidance on reporting, blocking and telling the employer; the other guides follow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from privacycheck.ui.incident_contacts import ContactsCard
from privacycheck.ui.labels import incident_page_name, platform_of
from privacycheck.ui.notice import open_url
from privacycheck.ui.pages.guide import site_name
from privacycheck.ui.widgets import Card, plain_label

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from privacycheck.core.answers import Answers
    from privacycheck.core.lockdown import Guidance, LockdownStep
    from privacycheck.core.model import Guide
    from privacycheck.services.managed import Contact
    from privacycheck.storage.store import Store

FIRST_MINUTES = 10
"""The lockdown path marks where its first ten minutes or so end."""
DONE_KEY = "lockdown_done"
"""The sealed setting that remembers which lockdown steps were ticked."""


class IncidentPage(QWidget):
    sig_full_check = Signal()
    """The person wants to run a full check now."""

    sig_logged = Signal()
    """An incident was logged: the window redraws the re-check date."""

    def __init__(
        self,
        lang: str,
        guidance: Guidance,
        steps: Sequence[LockdownStep],
        platforms: Sequence[str],
        store: Store | None,
        contacts: Sequence[Contact],
        procedure_url: str | None,
        guarded: Callable[[Callable[..., None]], Callable[..., None]],
        guides: Sequence[Guide] = (),
        answers: Callable[[], Answers] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._answers = answers
        """The check's answers as they are now: a fix answered at its safest since the page was built reads done."""
        self._items = {step.item.id: step.item for step in steps}
        from privacycheck.ui.incident_log import IncidentLog

        self._lang, self._store = lang, store
        outer = QVBoxLayout(self)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        layout.addWidget(plain_label(incident_page_name(), bold=True, size=16))
        emergency = Card()
        emergency.layout_.addWidget(plain_label(guidance.emergency.get(lang), bold=True, size=12))
        layout.addWidget(emergency)
        first = [section for section in guidance.sections if section.id == "first"]
        for section in first:  # stay safe and keep a record come before anything else
            steps_text = [step.get(lang) for step in section.steps]
            layout.addWidget(self._section_card(section.title.get(lang), steps_text, section.links))

        self.contacts = ContactsCard(contacts, procedure_url, store, guarded)
        layout.addWidget(self.contacts)

        self.lockdown = Card()
        self.lockdown.layout_.addWidget(plain_label(self.tr("Lock down now"), bold=True, size=13))
        minutes = sum(step.minutes for step in steps)
        self.summary = plain_label(
            self.tr("Document first, then block. Then %1 fixes, about %2 minutes, most effective first.")
            .replace("%1", str(len(steps)))
            .replace("%2", str(minutes))
        )
        self.lockdown.layout_.addWidget(self.summary)
        for name in platforms:
            advice = guidance.platforms.get(name)
            if advice is None:
                continue
            text = self.tr("Block or restrict the person on %1: %2").replace("%1", platform_of(name))
            self.lockdown.layout_.addWidget(plain_label(text.replace("%2", advice.block.get(lang))))
            self._link_row(self.lockdown, self.tr("%1 help page").replace("%1", site_name(advice.link)), advice.link)
        done = set((store.sealed_pref(DONE_KEY) or {}).get("items", ())) if store is not None else set()
        self.ticks: dict[str, QCheckBox] = {}
        self.first_minutes: QWidget | None = None
        """The line under the steps that fit in about ten minutes, when more follow."""
        elapsed = 0
        for number, step in enumerate(steps, start=1):
            item = step.item
            label = (
                self.tr("%1: %2 (%3)")
                .replace("%1", platform_of(item.platform))
                .replace("%3", self.minutes_text(step.minutes))
            )
            label = label.replace("%2", item.title.get(lang))  # last: a title may hold "%3"
            tick = QCheckBox(label)
            tick.setChecked(item.id in done)
            if item.remediation is not None:
                tick.setToolTip("\n".join(text.get(lang) for text in item.remediation.steps))
                tick.setAccessibleDescription(tick.toolTip())
            tick.toggled.connect(self._ticked)
            self.ticks[item.id] = tick
            row = QHBoxLayout()
            row.addWidget(tick, 1)
            if item.link:
                button = QPushButton(self.tr("Open this setting"))
                button.setToolTip(item.link)
                button.setAccessibleDescription(f"{label}: {item.link}")
                button.clicked.connect(lambda _=False, url=item.link: open_url(self, url))
                row.addWidget(button)
            self.lockdown.layout_.addLayout(row)
            elapsed += step.minutes
            if self.first_minutes is None and elapsed >= FIRST_MINUTES and number < len(steps):
                self.first_minutes = plain_label(
                    self.tr(
                        "About %1 minutes to here: these close the most. Go on with the rest when you can."
                    ).replace("%1", str(elapsed)),
                    bold=True,
                )
                self.lockdown.layout_.addWidget(self.first_minutes)
        self.progress = plain_label("")
        self.lockdown.layout_.addWidget(self.progress)
        self._count()
        layout.addWidget(self.lockdown)

        self.log = IncidentLog(store, platforms, lang, guarded)
        self.log.sig_logged.connect(self.sig_logged.emit)
        layout.addWidget(self.log)

        after = Card()
        after.layout_.addWidget(plain_label(self.tr("In the next few days"), bold=True, size=13))
        self.after = plain_label(self.tr("Run a full check within three days: what the person found may not be all."))
        after.layout_.addWidget(self.after)
        full = QPushButton(self.tr("Start a full check"))
        full.clicked.connect(self.sig_full_check.emit)
        after.layout_.addWidget(full)
        layout.addWidget(after)

        for section in (section for section in guidance.sections if section.id != "first"):
            layout.addWidget(
                self._section_card(section.title.get(lang), [s.get(lang) for s in section.steps], section.links)
            )
        blocking = Card()
        blocking.layout_.addWidget(
            plain_label(self.tr("What blocking hides, and what it does not"), bold=True, size=12)
        )
        for name in platforms:
            advice = guidance.platforms.get(name)
            if advice is not None:
                blocking.layout_.addWidget(plain_label(platform_of(name), bold=True))
                blocking.layout_.addWidget(plain_label(self.tr("Hides: %1").replace("%1", advice.hides.get(lang))))
                text = self.tr("Does not hide: %1").replace("%1", advice.does_not_hide.get(lang))
                blocking.layout_.addWidget(plain_label(text))
        layout.addWidget(blocking)
        for guide in guides:
            layout.addWidget(plain_label(guide.title.get(lang), bold=True, size=13))
            layout.addWidget(plain_label(guide.summary.get(lang)))
            for part in guide.sections:
                steps_text = [step.get(lang) for step in part.steps]
                layout.addWidget(self._section_card(part.title.get(lang), steps_text, part.links))
        layout.addWidget(plain_label(self.tr("Guidance checked on %1.").replace("%1", guidance.verified.isoformat())))
        layout.addStretch(1)
        self.scroller.setWidget(content)
        outer.addWidget(self.scroller)

    def minutes_text(self, minutes: int) -> str:
        return self.tr("%n min", "", minutes)

    def _link_row(self, card: Card, label: str, url: str) -> None:
        button = QPushButton(label)
        button.setToolTip(url)
        button.setAccessibleDescription(url)
        button.clicked.connect(lambda _=False: open_url(self, url))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        card.layout_.addLayout(row)

    def _section_card(self, title: str, steps: Sequence[str], links: Sequence[str]) -> Card:
        card = Card()
        card.layout_.addWidget(plain_label(title, bold=True, size=12))
        for number, step in enumerate(steps, start=1):
            card.layout_.addWidget(plain_label(f"{number}. {step}", selectable=True))
        for link in links:
            self._link_row(card, self.tr("%1 help page").replace("%1", site_name(link)), link)
        return card

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow_answers()

    def follow_answers(self) -> None:
        """Ticks for the fixes the check now has at their safest answer (answered after the page was built)."""
        if self._answers is None:
            return
        choices = self._answers().choices
        for item_id, tick in self.ticks.items():
            item = self._items[item_id]
            chosen = item.option(choices.get(item_id, ""))
            safe = chosen is not None and chosen.exposure <= item.safest.exposure
            tick.blockSignals(True)
            if safe:
                tick.setChecked(True)
            tick.setEnabled(not safe)
            tick.blockSignals(False)
        self._count()

    @Slot(bool)
    def _ticked(self, _checked: bool) -> None:
        if self._store is not None:
            done = sorted(item_id for item_id, tick in self.ticks.items() if tick.isChecked())
            self._store.set_sealed_pref(DONE_KEY, {"items": done})
        self._count()

    def _count(self) -> None:
        done = sum(tick.isChecked() for tick in self.ticks.values())
        self.progress.setText(self.tr("%1 of %2 done.").replace("%1", str(done)).replace("%2", str(len(self.ticks))))

    def show_recheck(self, due: dt.date | None, today: dt.date) -> None:
        """After an incident, the re-check date the window worked out (it moved closer)."""
        if due is None:
            return
        if due <= today:
            self.after.setText(self.tr("A full check is due now: what the person found may not be all."))
        else:
            self.after.setText(
                self.tr("Run a full check by %1: what the person found may not be all.").replace("%1", due.isoformat())
            )

    def open_lockdown(self) -> None:
        """Scroll to the lockdown path (the Home button and the tray's "Lock down now")."""
        self.scroller.ensureWidgetVisible(self.lockdown, 0, 0)
        first = next(iter(self.ticks.values()), None)
        if first is not None:
            first.setFocus()
