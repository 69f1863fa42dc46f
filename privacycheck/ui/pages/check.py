"""The checklist: one section per platform and questionnaire, items as cards, progress as you go."""

from __future__ import annotations

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

from privacycheck.core.model import PLATFORMS, Item, Pack
from privacycheck.services.session import CheckSession
from privacycheck.ui.item_card import ItemCard
from privacycheck.ui.widgets import plain_label


class CheckPage(QWidget):
    """Sections on the left, the current section's items on the right; cards are built when a section opens."""

    sig_changed = Signal()
    """An answer changed: the score moved."""

    sig_finish = Signal()
    """The user asked to see the results of this check."""

    def __init__(self, session: CheckSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.cards: dict[str, ItemCard] = {}

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
        self.finish = QPushButton(self.tr("See my results"))
        self.finish.setDefault(True)
        self.finish.clicked.connect(self.sig_finish.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
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

    def packs(self) -> list[Pack]:
        """The sections: packs with something in scope, platforms first, then questionnaires, then the org's."""
        order = {"platform": 0, "questionnaire": 1, "org": 2}
        visible = [p for p in self.session.checklist.packs if any(self.session.entry(i.id) for i in p.items)]
        return sorted(
            visible,
            key=lambda p: (
                order.get(p.kind, 3),
                PLATFORMS.index(p.platform) if p.platform in PLATFORMS else 0,
                p.id,
            ),
        )

    def reload(self) -> None:
        """Rebuild the list of sections (the platforms used may have changed)."""
        current = self.sections.currentRow()
        self.sections.blockSignals(True)
        self.sections.clear()
        self._packs = self.packs()
        for pack in self._packs:
            entry = QListWidgetItem(pack.title.get(self.lang))
            entry.setData(Qt.ItemDataRole.UserRole, pack.id)
            self.sections.addItem(entry)
        self.sections.blockSignals(False)
        self._refresh_section_labels()
        self.sections.setCurrentRow(min(max(current, 0), len(self._packs) - 1))
        if current == self.sections.currentRow():
            self._show_section(current)

    def _refresh_section_labels(self) -> None:
        for row, pack in enumerate(self._packs):
            done, total = self.session.progress(pack.items)
            mark = "✓ " if total and done == total else ""
            self.sections.item(row).setText(f"{mark}{pack.title.get(self.lang)} — {done}/{total}")

    @Slot(int)
    def _show_section(self, row: int) -> None:
        if not 0 <= row < len(self._packs):
            return
        pack = self._packs[row]
        self.heading.setText(pack.title.get(self.lang))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(12)
        if pack.description:
            column.addWidget(plain_label(pack.description.get(self.lang)))
        self.cards = {}
        for item in pack.items:
            if self.session.entry(item.id) is None:
                continue  # its platform is not used
            card = self._card(item)
            column.addWidget(card)
            self.cards[item.id] = card
        column.addStretch(1)
        self.scroller.setWidget(content)
        self.previous.setEnabled(row > 0)
        self.next.setEnabled(row < len(self._packs) - 1)
        self._update_visibility()

    def _card(self, item: Item) -> ItemCard:
        answer = self.session.answers.choices.get(item.id)
        card = ItemCard(item, self.lang, answer, self.session.findings.get(item.id, ""))
        card.sig_answered.connect(self._answered)
        card.sig_finding.connect(self.session.set_finding)
        return card

    @Slot(str, str)
    def _answered(self, item_id: str, option_id: str) -> None:
        self.session.answer(item_id, option_id)
        self._update_visibility()
        self._refresh_section_labels()
        self.sig_changed.emit()

    def _update_visibility(self) -> None:
        """Follow-up questions appear and disappear with the answers they depend on."""
        for card in self.cards.values():
            card.setVisible(self.session.applicable(card.item))
        pack = self._packs[self.sections.currentRow()] if self._packs else None
        if pack is not None:
            done, total = self.session.progress(pack.items)
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
