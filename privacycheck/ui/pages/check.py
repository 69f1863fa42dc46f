"""The checklist: the essentials first pass, then one section per platform and questionnaire, items as cards.

In a re-check, the answers carried over from the last check come first in each section, each marked "from your last
check" (or "you said you fixed this") with a button to confirm it.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from privacycheck.core.model import PLATFORMS, Item
from privacycheck.core.provenance import REMEMBERED, recheck_order
from privacycheck.services.look import look_platforms
from privacycheck.services.session import ESSENTIALS, FIXED, CheckSession
from privacycheck.ui.item_card import ItemCard
from privacycheck.ui.labels import platform_of
from privacycheck.ui.pages.look import AnswerEvidence, LookButton
from privacycheck.ui.widgets import Card, plain_label


class Section(NamedTuple):
    key: str
    """The pack id, or "essentials"."""
    title: str
    description: str
    items: tuple[Item, ...]


class CheckPage(QWidget):
    """Sections on the left, the current section's items on the right; cards are built when a section opens."""

    sig_changed = Signal()
    """An answer changed (or was confirmed): the score moved."""

    sig_finish = Signal()
    """The user asked to see the results of this check."""

    sig_full = Signal()
    """The user finished the essentials and goes on with the full check."""

    def __init__(self, session: CheckSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.cards: dict[str, ItemCard] = {}
        self.evidence_notes: dict[str, AnswerEvidence] = {}
        self.confirm_bars: dict[str, QWidget] = {}
        self._bar_parts: dict[str, tuple[QWidget, ...]] = {}
        self._sections: list[Section] = []

        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections of the check"))
        self.sections.setMaximumWidth(280)
        self.sections.currentRowChanged.connect(self._show_section)

        self.heading = plain_label("", bold=True, size=16)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress in this section"))
        self.progress.setFormat(self.tr("%v of %m answered"))
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)

        self.previous = QPushButton(self.tr("Previous section"))
        self.previous.clicked.connect(lambda: self.sections.setCurrentRow(self.sections.currentRow() - 1))
        self.next = QPushButton(self.tr("Next section"))
        self.next.clicked.connect(lambda: self.sections.setCurrentRow(self.sections.currentRow() + 1))
        self.full = QPushButton(self.tr("Continue with the full check"))
        self.full.clicked.connect(self.sig_full.emit)
        self.finish = QPushButton(self.tr("See my results"))
        self.finish.setDefault(True)
        self.finish.clicked.connect(self.sig_finish.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
        buttons.addWidget(self.full)
        buttons.addWidget(self.finish)

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.progress)
        right.addWidget(self.scroller, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)
        self.reload()

    def build_sections(self) -> list[Section]:
        """The essentials first, then packs with something in scope: platforms, questionnaires, the org's."""
        session = self.session
        order = {"platform": 0, "questionnaire": 1, "org": 2}
        visible = [p for p in session.checklist.packs if any(session.entry(i.id) for i in p.items)]
        visible.sort(
            key=lambda p: (
                order.get(p.kind, 3),
                PLATFORMS.index(p.platform) if p.platform in PLATFORMS else 0,
                p.id,
            )
        )
        sections = [
            Section(
                ESSENTIALS,
                self.tr("Essentials (about 10 minutes)"),
                self.tr(
                    "The settings that expose you most on the platforms you use. Answer these first: you get a "
                    "provisional score in about 10 minutes, then the full check covers every setting."
                ),
                session.essential_items(),
            )
        ]
        sections += [
            Section(p.id, p.title.get(self.lang), p.description.get(self.lang) if p.description else "", p.items)
            for p in visible
        ]
        return sections

    def reload(self) -> None:
        """Rebuild the list of sections (the platforms used, or the check itself, may have changed)."""
        current = self.sections.currentRow()
        self.sections.blockSignals(True)
        self.sections.clear()
        self._sections = self.build_sections()
        for section in self._sections:
            entry = QListWidgetItem(section.title)
            entry.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sections.addItem(entry)
        self.sections.blockSignals(False)
        self._refresh_section_labels()
        row = min(max(current, 0), len(self._sections) - 1)
        if current < 0:
            row = self._first_unfinished(self.session.route)
        self.sections.setCurrentRow(row)
        if current == self.sections.currentRow():
            self._show_section(current)

    def resume(self, route: str) -> None:
        """Open the section where the route was left: the essentials, or the first section with something left."""
        self.sections.setCurrentRow(self._first_unfinished(route))

    def _first_unfinished(self, route: str) -> int:
        if route == ESSENTIALS or len(self._sections) < 2:
            return 0
        for row, section in enumerate(self._sections[1:], start=1):
            done, total = self.session.progress(section.items)
            if done < total or any(item.id in self.session.carried for item in section.items):
                return row
        return 1

    def refresh(self) -> None:
        """Follow the session: section progress, follow-ups, and what is left to confirm."""
        self._refresh_section_labels()
        self._update_visibility()

    def _refresh_section_labels(self) -> None:
        for row, section in enumerate(self._sections):
            done, total = self.session.progress(section.items)
            carried = sum(
                1 for item in section.items if item.id in self.session.carried and self.session.entry(item.id)
            )
            mark = "✓ " if total and done == total and not carried else ""
            left = " · " + self.tr("%1 to confirm").replace("%1", str(carried)) if carried else ""
            self.sections.item(row).setText(f"{mark}{section.title} — {done}/{total}{left}")

    @Slot(int)
    def _show_section(self, row: int) -> None:
        if not 0 <= row < len(self._sections):
            return
        section = self._sections[row]
        self.heading.setText(section.title)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(12)
        if section.description:
            column.addWidget(plain_label(section.description))
        self.cards = {}
        self.evidence_notes = {}
        self.confirm_bars = {}
        self._bar_parts = {}
        carried = self.session.carried
        # Answers to confirm first, in the section's order; then the rest.
        ordered = recheck_order(section.items, carried, self.session.evidence)  # the remembered ones first
        for item in ordered:
            if self.session.entry(item.id) is None:
                continue  # its platform is not used
            card = self._card(item, show_platform=section.key == ESSENTIALS)
            if item.id in carried:
                column.addWidget(self._confirm_bar(item, card))
            else:
                column.addWidget(card)
            self.cards[item.id] = card
        if section.key != ESSENTIALS and section.key in look_platforms(self.session):  # after the cards: Tab
            column.addWidget(LookButton(self.session, self.lang, section.key, self._looked))  # reaches them first
        column.addStretch(1)
        self.scroller.setWidget(content)
        self.previous.setEnabled(row > 0)
        self.next.setEnabled(row < len(self._sections) - 1)
        self.full.setVisible(section.key == ESSENTIALS)
        self._update_visibility()

    def _card(self, item: Item, show_platform: bool) -> ItemCard:
        answer = self.session.answers.choices.get(item.id)
        card = ItemCard(item, self.lang, answer, self.session.findings.get(item.id, ""))
        if show_platform:  # the essentials mix platforms: each card says which one it is about
            card.layout_.insertWidget(0, plain_label(platform_of(item.platform), bold=True))
        card.sig_answered.connect(self._answered)
        card.sig_finding.connect(self.session.set_finding)
        note = self.evidence_notes[item.id] = AnswerEvidence(self.session, item, self.lang)
        card.layout_.addWidget(note)
        card.sig_opened.connect(note.setting_opened)
        note.sig_seen.connect(self._seen)
        return card

    def _confirm_bar(self, item: Item, card: ItemCard) -> QWidget:
        """A carried answer: what it is, and a button to confirm it (choosing another answer confirms too)."""
        box = Card()
        box.setObjectName("carried")
        fixed = self.session.carried.get(item.id) == FIXED
        note = plain_label(
            self.tr("You said you fixed this: confirm it is done, or choose what you find now.")
            if fixed
            else self.tr("From your last check: confirm it is still true, or choose what you find now."),
            bold=True,
        )
        confirm = QPushButton(self.tr("Confirm this answer"))
        confirm.setAccessibleName(self.tr("Confirm the answer to: %1").replace("%1", item.title.get(self.lang)))
        confirm.clicked.connect(lambda: self._confirm(item.id))
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(confirm)
        box.layout_.addLayout(row)
        box.layout_.addWidget(card)
        self.confirm_bars[item.id] = box
        self._bar_parts[item.id] = (note, confirm)
        return box

    @Slot(str)
    def _seen(self, item_id: str) -> None:
        """Marks the answer shown as seen today ("This is what I see"); a carried one is confirmed with it."""
        self.session.seen(item_id)
        self._drop_bar(item_id)
        self.sig_changed.emit()

    def _looked(self) -> None:
        """A stranger's look changed answers: the cards show them."""
        self.reload()
        self.sig_changed.emit()

    def _confirm(self, item_id: str) -> None:
        note = self.evidence_notes.get(item_id)  # confirmed after opening the setting: seen, else remembered
        self.session.confirm(item_id, (note.how() if note else None) or REMEMBERED)
        if note is not None:
            note.refresh()
        self._drop_bar(item_id)
        self.sig_changed.emit()

    def _drop_bar(self, item_id: str) -> None:
        """Once confirmed, the note and its button go; the card stays where it is."""
        for widget in self._bar_parts.pop(item_id, ()):
            widget.hide()

    @Slot(str, str)
    def _answered(self, item_id: str, option_id: str) -> None:
        note = self.evidence_notes.get(item_id)
        self.session.answer(item_id, option_id, how=(note.how() if note else None) or REMEMBERED)
        if note is not None:
            note.refresh()
        self._drop_bar(item_id)
        self._update_visibility()
        self._refresh_section_labels()
        self.sig_changed.emit()

    def _update_visibility(self) -> None:
        """Follow-up questions appear and disappear with the answers they depend on."""
        for item_id, card in self.cards.items():
            visible = self.session.applicable(card.item)
            holder = self.confirm_bars.get(item_id)
            (holder or card).setVisible(visible)
            if holder is not None:
                card.setVisible(visible)
        row = self.sections.currentRow()
        if 0 <= row < len(self._sections):
            done, total = self.session.progress(self._sections[row].items)
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
