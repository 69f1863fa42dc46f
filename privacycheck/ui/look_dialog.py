"""A stranger's look, guided: the profile address, a private window, then what a stranger sees, platform by platform.
What the person saw may overrule their answers (services/look.py); the dialog says which."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from privacycheck.core.look import AddressError, profile_url
from privacycheck.core.model import Item
from privacycheck.services.look import LookResult, apply_look, look_platforms, look_questions, set_profile
from privacycheck.services.session import CheckSession
from privacycheck.ui.a11y import label_group, muted
from privacycheck.ui.labels import platform_of
from privacycheck.ui.locale_format import quote
from privacycheck.ui.notice import open_url
from privacycheck.ui.widgets import Card, plain_label
from privacycheck.ui.wrapping import WrapRadio


class LookDialog(QDialog):
    """One platform at a time: where the profile is, how to look at it as a stranger, and what a stranger sees."""

    sig_looked = Signal()
    """What a stranger sees was saved: answers (and so the score) may have changed."""

    def __init__(
        self, session: CheckSession, lang: str, parent: QWidget | None = None, platform: str | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.setWindowTitle(self.tr("A stranger's look"))
        self.groups: dict[str, tuple[QButtonGroup, list[str]]] = {}
        self.last: LookResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "See your profile as a client would: in a private window, where you are not logged in. What a "
                    "stranger sees counts more than what you remember of your settings."
                )
            )
        )
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        for used in look_platforms(session):
            self.platform.addItem(platform_of(used), used)
        layout.addWidget(self.platform)

        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Your profile address or username"))
        self.address.setPlaceholderText(self.tr("Your profile address or username (stays encrypted on this computer)"))
        self.problem = plain_label("")
        self.problem.setObjectName("problem")
        copy = QPushButton(self.tr("Copy the address"))
        copy.clicked.connect(self._copy)
        self.open_button = QPushButton(self.tr("Open in my browser"))
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(copy)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(
            muted(
                plain_label(
                    self.tr(
                        "Open a private window first (Ctrl+Shift+N in Chrome and Edge, Ctrl+Shift+P in Firefox, "
                        "Shift+Command+N in Safari), then paste the address there. A normal window shows your "
                        "profile as you see it, logged in, not as a stranger does."
                    )
                )
            )
        )
        self.questions = QScrollArea()
        self.questions.setWidgetResizable(True)
        layout.addWidget(self.questions, 1)
        self.outcome = plain_label("")
        self.outcome.setObjectName("outcome")
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save = buttons.addButton(self.tr("Save what a stranger sees"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if platform is not None:
            self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))
        self.platform.currentIndexChanged.connect(self._show_platform)
        self._show_platform(self.platform.currentIndex())
        self.resize(640, 560)

    def current_platform(self) -> str:
        return str(self.platform.currentData() or "")

    @Slot(int)
    def _show_platform(self, _index: int) -> None:
        platform = self.current_platform()
        self.address.setText(self.session.evidence.profiles.get(platform, ""))
        self._problem("")
        self.outcome.setText("")
        content = QWidget()
        column = QVBoxLayout(content)
        self.groups = {}
        for item in look_questions(self.session, platform) if platform else ():
            column.addWidget(self._question(item))
        column.addStretch(1)
        self.questions.setWidget(content)
        self.save.setEnabled(bool(self.groups))

    def _question(self, item: Item) -> Card:
        assert item.look is not None
        card = Card()
        card.layout_.addWidget(plain_label(item.title.get(self.lang), bold=True))
        question = item.look.question.get(self.lang)
        card.layout_.addWidget(plain_label(question))
        answers = QWidget()
        column = QVBoxLayout(answers)
        column.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(card)
        ids: list[str] = []
        for index, answer in enumerate(item.look.answers):
            button = WrapRadio(answer.label.get(self.lang))
            group.addButton(button, index)
            ids.append(answer.id)
            column.addWidget(button)
        label_group(answers, group.buttons(), question)
        card.layout_.addWidget(answers)
        self.groups[item.id] = (group, ids)
        return card

    def choose(self, item_id: str, answer_id: str) -> None:
        """Select what a stranger sees for one item, as a click would."""
        group, ids = self.groups[item_id]
        group.button(ids.index(answer_id)).click()

    def _address(self) -> str | None:
        try:
            url = profile_url(self.current_platform(), self.address.text())
        except AddressError:
            self._problem(
                self.tr("This is not a username or an address on %1.").replace(
                    "%1", platform_of(self.current_platform())
                )
            )
            return None
        self._problem("")
        set_profile(self.session, self.current_platform(), self.address.text())
        return url

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    @Slot()
    def _copy(self) -> None:
        url = self._address()
        if url is not None:
            QGuiApplication.clipboard().setText(url)
            self.outcome.setText(self.tr("Copied: paste it in a private window."))

    @Slot()
    def _open(self) -> None:
        url = self._address()
        if url is not None:
            open_url(self, url)

    @Slot()
    def _save(self) -> None:
        seen = {
            item_id: ids[group.checkedId()] for item_id, (group, ids) in self.groups.items() if group.checkedId() >= 0
        }
        if not seen:
            self.outcome.setText(self.tr("Choose what a stranger sees for at least one question."))
            return
        if self.address.text().strip() and self._address() is None:
            return
        self.last = apply_look(self.session, self.current_platform(), seen)
        if self.address.text().strip():  # a finished check became a new one: the profile goes with it
            set_profile(self.session, self.current_platform(), self.address.text())
        self.outcome.setText(self._describe(self.last))
        self.sig_looked.emit()

    def _describe(self, result: LookResult) -> str:
        if not result.contradictions:
            return self.tr("Saved. What a stranger sees matches your answers.")
        lines = [self.tr("Saved. What a stranger sees overrules these answers:")]
        for contradiction in result.contradictions:
            item = self.session.checklist.items[contradiction.item]
            was, now = item.option(contradiction.was), item.option(contradiction.now)
            lines.append(
                self.tr("%1: you answered %2; a stranger's look shows %3.")
                .replace("%1", item.title.get(self.lang))
                .replace("%2", quote(was.label.get(self.lang) if was else contradiction.was, self.lang))
                .replace("%3", quote(now.label.get(self.lang) if now else contradiction.now, self.lang))
            )
        return "\n".join(lines)
