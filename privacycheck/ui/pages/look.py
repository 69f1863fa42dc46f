"""How answers were given, on the pages: under each card ("seen on DATE", "from memory", "This is what I see"), and
at the top of Results (what a stranger's look contradicted, how many settings were seen, new search results)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from privacycheck.core.model import Item
from privacycheck.core.provenance import LOOK, SEEN
from privacycheck.services.look import contradictions, look_platforms, seen_settings
from privacycheck.services.session import CheckSession
from privacycheck.ui.a11y import muted
from privacycheck.ui.locale_format import day, quote
from privacycheck.ui.widgets import plain_label


class AnswerEvidence(QWidget):
    """Under an item card: how its answer was given and, once the setting was opened, "This is what I see"."""

    sig_seen = Signal(str)
    """The person says the answer chosen is what the setting they opened shows: (item id)."""

    def __init__(self, session: CheckSession, item: Item, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item = item
        self.lang = lang
        self.opened = False
        """The person opened the setting from this card: the answers they choose now are seen, not remembered."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = plain_label(
            self.tr("Choose the answer that matches what the setting shows, then confirm: this is what I see.")
        )
        self.seen = QPushButton(self.tr("This is what I see"))
        self.seen.setAccessibleName(self.tr("This is what I see: %1").replace("%1", item.title.get(lang)))
        self.seen.clicked.connect(self._seen)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.seen)
        layout.addLayout(row)
        self.note = muted(plain_label(""))
        self.note.setObjectName("given")
        layout.addWidget(self.note)
        self.hint.setVisible(False)
        self.seen.setVisible(False)
        self.refresh()

    @Slot()
    def setting_opened(self) -> None:
        self.opened = True
        self.hint.setVisible(True)
        self.seen.setVisible(True)
        self.refresh()

    def how(self) -> str | None:
        """How an answer chosen now is given: seen once the setting was opened, else None (remembered)."""
        return SEEN if self.opened else None

    @Slot()
    def _seen(self) -> None:
        self.sig_seen.emit(self.item.id)
        self.refresh()

    def refresh(self) -> None:
        answered = self.item.id in self.session.answers.choices
        self.seen.setEnabled(answered)
        given = self.session.evidence.how(self.item.id) if answered else None
        if given is None:
            text = self.tr("Answered from memory.") if answered else ""
        elif given.how == SEEN:
            text = self.tr("Seen in the setting on %1.").replace("%1", day(given.on, self.lang))
        elif given.how == LOOK:
            text = self.tr("Seen by a stranger's look on %1.").replace("%1", day(given.on, self.lang))
        else:
            text = self.tr("Answered from memory on %1: open the setting to check it.").replace(
                "%1", day(given.on, self.lang)
            )
        self.note.setText(text)
        self.note.setVisible(bool(text))


class EvidenceSummary(QWidget):
    """The top of Results: what a stranger's look contradicted, how much of the score was looked at, what guided
    searches found that is new, and the way to a stranger's look."""

    sig_changed = Signal()
    """A stranger's look changed answers: the score and the plan moved."""

    def __init__(self, session: CheckSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.contradicted = plain_label("", bold=True)
        self.contradicted.setObjectName("contradictions")
        self.seen = plain_label("")
        self.seen.setObjectName("seen")
        self.new = plain_label("")
        self.new.setObjectName("new_findings")
        self.look = QPushButton(self.tr("A stranger's look…"))
        self.look.setToolTip(self.tr("Look at your profiles logged out, as a client would."))
        self.look.clicked.connect(self.open_look)
        row = QHBoxLayout()
        row.addWidget(self.seen, 1)
        row.addWidget(self.look)
        layout.addWidget(self.contradicted)
        layout.addLayout(row)
        layout.addWidget(self.new)
        self.dialog: QWidget | None = None
        self.refresh()

    @Slot()
    def open_look(self) -> None:
        from privacycheck.ui.look_dialog import LookDialog

        dialog = LookDialog(self.session, self.lang, self)
        dialog.sig_looked.connect(self._looked)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _looked(self) -> None:
        self.refresh()
        self.sig_changed.emit()

    def refresh(self) -> None:
        session, lang = self.session, self.lang
        items = session.checklist.items
        lines = []
        for contradiction in contradictions(session):
            item = items.get(contradiction.item)
            if item is None:
                continue
            was, now = item.option(contradiction.was), item.option(contradiction.now)
            lines.append(
                self.tr("%1: you answered %2, but a stranger's look shows %3. The score counts what the look shows.")
                .replace("%1", item.title.get(lang))
                .replace("%2", quote(was.label.get(lang) if was else contradiction.was, lang))
                .replace("%3", quote(now.label.get(lang) if now else contradiction.now, lang))
            )
        self.contradicted.setText("\n".join(lines))
        self.contradicted.setVisible(bool(lines))
        seen, settings = seen_settings(session)
        self.seen.setText(
            self.tr("%1 of %2 settings seen in this check; the others rest on your memory.")
            .replace("%1", str(seen))
            .replace("%2", str(settings))
            if settings and session.answers.choices
            else ""
        )
        new = [items[i].title.get(lang) for i in session.evidence.new_findings() if i in items]
        self.new.setText(self.tr("New result since last time: %1").replace("%1", "; ".join(new)) if new else "")
        self.new.setVisible(bool(new))
        self.look.setVisible(bool(look_platforms(session)))


class LookButton(QWidget):
    """On a platform's section of the check: the way to a stranger's look at that profile. The dialog belongs to the
    window, not to this button: a look rebuilds the section, and the dialog stays open."""

    def __init__(
        self,
        session: CheckSession,
        lang: str,
        platform: str,
        on_change: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.platform = platform
        self.on_change = on_change
        self.dialog: QWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(
            plain_label(self.tr("Your settings say one thing; check what a stranger actually sees of this profile.")),
            1,
        )
        self.button = QPushButton(self.tr("A stranger's look…"))
        self.button.clicked.connect(self.open_look)
        row.addWidget(self.button)

    @Slot()
    def open_look(self) -> None:
        from privacycheck.ui.look_dialog import LookDialog

        dialog = LookDialog(self.session, self.lang, self.window(), platform=self.platform)
        dialog.sig_looked.connect(self.on_change)
        self.dialog = dialog
        dialog.open()
