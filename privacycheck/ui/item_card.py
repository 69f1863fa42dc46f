"""One checklist item as a card: the question, why it matters, where the setting is, and the answers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from privacycheck.core.clock import utc_now
from privacycheck.core.freshness import is_stale
from privacycheck.core.model import UNKNOWN, Item
from privacycheck.ui.a11y import label_group, muted
from privacycheck.ui.labels import short_dimension_names
from privacycheck.ui.locale_format import day, label, quote
from privacycheck.ui.notice import open_url
from privacycheck.ui.widgets import Card, plain_label
from privacycheck.ui.wrapping import WrapRadio

UNKNOWN_ID = 1000  # not -1: QButtonGroup reads -1 as "assign an id for me"


class ItemCard(Card):
    """Radio buttons for the options plus "I don't know"; every change is reported at once (and autosaved)."""

    sig_answered = Signal(str, str)
    """The user chose an option: (item id, option id, or "unknown" for "I don't know")."""

    sig_finding = Signal(str, str)
    """The user recorded what a guided check found: (item id, text)."""

    sig_opened = Signal()
    """The user opened the setting from this card: what they choose next is what they see there."""

    def __init__(
        self,
        item: Item,
        lang: str,
        answer: str | None,
        finding: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setAccessibleName(item.title.get(lang))
        layout = self.layout_

        title = plain_label(item.title.get(lang), bold=True, size=12.5)
        layout.addWidget(title)
        tags = [
            short_dimension_names().get(item.dimension, item.dimension),
            self.tr("severity %1 of 5").replace("%1", str(item.severity)),
        ]
        if item.fact:
            tags.append(self.tr("a fact: no setting changes it"))
        meta = muted(plain_label(" · ".join(tags)))  # secondary, yet read as normal text (never drawn disabled)
        layout.addWidget(meta)
        question = plain_label(item.prompt.get(lang), size=11)
        layout.addWidget(question)
        why = plain_label(label(self.tr("Why it matters"), lang) + " " + item.why.get(lang))
        why.setObjectName("why")
        layout.addWidget(why)

        if item.setting is not None:
            layout.addWidget(
                plain_label(
                    label(self.tr("Setting"), lang) + " " + quote(item.setting.name.get(lang), lang), selectable=True
                )
            )
            layout.addWidget(
                plain_label(label(self.tr("Where"), lang) + " " + item.setting.path.get(lang), selectable=True)
            )
            if item.setting.path_app is not None:
                layout.addWidget(
                    plain_label(label(self.tr("Also"), lang) + " " + item.setting.path_app.get(lang), selectable=True)
                )
        if item.guide:
            layout.addWidget(plain_label(label(self.tr("How to find out"), lang), bold=True))
            for number, step in enumerate(item.guide, start=1):
                layout.addWidget(plain_label(f"{number}. {step.get(lang)}"))

        answers = QWidget()  # the radio buttons' group: named by the question, described by why it matters
        answers.setObjectName("answers")
        column = QVBoxLayout(answers)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._option_ids: list[str] = []
        for index, option in enumerate(item.options):
            button = WrapRadio(option.label.get(lang))
            self.group.addButton(button, index)
            self._option_ids.append(option.id)
            column.addWidget(button)
            if option.id == answer:
                button.setChecked(True)
        unknown = WrapRadio(self.tr("I don't know (counts as the riskiest answer)"))
        self.group.addButton(unknown, UNKNOWN_ID)
        unknown.setChecked(answer == UNKNOWN)
        column.addWidget(unknown)
        label_group(answers, self.group.buttons(), item.prompt.get(lang), item.why.get(lang))
        layout.addWidget(answers)
        self.group.idToggled.connect(self._toggled)  # mouse, Space and the arrow keys alike

        if item.guide:
            self.finding = QLineEdit(finding)
            self.finding.setPlaceholderText(self.tr("What did you find? (optional, stays on this computer)"))
            self.finding.setAccessibleName(self.tr("What you found"))
            self.finding.editingFinished.connect(self._finding_done)
            layout.addWidget(self.finding)

        links = QHBoxLayout()
        if item.link:
            open_setting = QPushButton(self.tr("Open this setting"))
            open_setting.setToolTip(item.link)
            open_setting.clicked.connect(lambda: open_url(self, item.link or ""))
            open_setting.clicked.connect(self.sig_opened.emit)
            links.addWidget(open_setting)
        help_page = QPushButton(self.tr("Help page"))
        help_page.setToolTip(item.source)
        help_page.clicked.connect(lambda: open_url(self, item.source))
        links.addWidget(help_page)
        links.addStretch(1)
        layout.addLayout(links)
        verified = muted(plain_label(self._verified_text(item, lang)))
        verified.setObjectName("verified")
        layout.addWidget(verified)
        if is_stale(item.verified, today or utc_now().date()):
            stale = plain_label(
                self.tr(
                    "Last verified on %1, more than six months ago: the platform may have moved or renamed this "
                    "setting since. Check its help page."
                ).replace("%1", day(item.verified, lang))
            )
            stale.setObjectName("stale")
            layout.addWidget(stale)

    def _verified_text(self, item: Item, lang: str) -> str:
        """The verified date and how it was verified (the item's confidence)."""
        how = {
            "checked": self.tr("checked on a live account"),
            "help_page": self.tr("read on the platform's help page"),
            "inferred": self.tr("inferred from guides and press, not confirmed on a help page"),
        }.get(item.confidence or "")
        date = day(item.verified, lang)
        if how is None:
            return self.tr("Verified on %1").replace("%1", date)
        return self.tr("Verified on %1: %2").replace("%1", date).replace("%2", how)

    def answer(self) -> str | None:
        """The option chosen, "unknown", or None when nothing is chosen yet."""
        checked = self.group.checkedId()
        if checked == -1:
            return None
        return UNKNOWN if checked == UNKNOWN_ID else self._option_ids[checked]

    def choose(self, option_id: str) -> None:
        """Select an option as the user would, by clicking it."""
        index = UNKNOWN_ID if option_id == UNKNOWN else self._option_ids.index(option_id)
        button = self.group.button(index)
        button.click()

    @Slot(int, bool)
    def _toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        self.sig_answered.emit(self.item.id, UNKNOWN if index == UNKNOWN_ID else self._option_ids[index])

    @Slot()
    def _finding_done(self) -> None:
        self.sig_finding.emit(self.item.id, self.finding.text())
