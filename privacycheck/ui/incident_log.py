"""The incident log on the page "When a client finds you": a form for what happened, files attached, the entries
kept in the encrypted store, shown, exported and deleted. A file is never opened, except an image to show it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from privacycheck.errors import PrivacycheckError
from privacycheck.ui.labels import platform_names
from privacycheck.ui.widgets import Card, plain_label

if TYPE_CHECKING:
    from privacycheck.storage.incidents import Attachment, Incident
    from privacycheck.storage.store import Store

PREVIEW_WIDTH = 360


class IncidentLog(Card):
    sig_logged = Signal()
    """An entry was saved: the next re-check moves closer."""

    def __init__(
        self,
        store: Store | None,
        platforms: Sequence[str],
        lang: str,
        guarded: Callable[[Callable[..., None]], Callable[..., None]],
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._lang, self._now = store, lang, now
        self._pending: list[Attachment] = []
        self._entries: list[Incident] = []
        self.layout_.addWidget(plain_label(self.tr("Incident log"), bold=True, size=13))
        self.layout_.addWidget(
            plain_label(
                self.tr(
                    "Write down what happened while you remember it, and attach your screenshots. The log is "
                    "encrypted with your answers; export it for your supervisor, your union or the police."
                )
            )
        )
        form = QFormLayout()
        self.happened = QDateTimeEdit(QDateTime.currentDateTime())
        self.happened.setCalendarPopup(True)
        self.platform = QComboBox()
        self.platform.addItem(self.tr("(none)"), "")
        names = platform_names()
        for name in platforms:
            self.platform.addItem(names.get(name, name), name)
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("the account name, or how you know the person"))
        self.where = QLineEdit()
        self.where.setPlaceholderText(self.tr("a message, a comment, a post, a place"))
        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(self.tr("what was said or done, in their words if you can"))
        self.what.setTabChangesFocus(True)
        self.what.setMaximumHeight(110)
        self.links = QLineEdit()
        self.links.setPlaceholderText(self.tr("addresses of the profile and posts, separated by spaces"))
        for label, widget in (
            (self.tr("When"), self.happened),
            (self.tr("Platform"), self.platform),
            (self.tr("Who"), self.who),
            (self.tr("Where"), self.where),
            (self.tr("What happened"), self.what),
            (self.tr("Links"), self.links),
        ):
            form.addRow(plain_label(label, wrap=False), widget)
            widget.setAccessibleName(label)
        self.layout_.addLayout(form)
        self.attached = plain_label("")
        attach = QPushButton(self.tr("Attach files…"))
        attach.clicked.connect(guarded(self._attach))
        self.save = QPushButton(self.tr("Save this entry"))
        self.save.clicked.connect(guarded(self._save))
        row = QHBoxLayout()
        row.addWidget(attach)
        row.addWidget(self.save)
        row.addStretch(1)
        self.layout_.addWidget(self.attached)
        self.layout_.addLayout(row)

        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Logged entries"))
        self.entries.setMaximumHeight(140)
        self.entries.currentRowChanged.connect(self._show)
        self.layout_.addWidget(self.entries)
        self.detail = plain_label("", selectable=True)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("Attached image"))
        self.layout_.addWidget(self.detail)
        self.layout_.addWidget(self.preview)
        buttons = QHBoxLayout()
        self.delete = QPushButton(self.tr("Delete this entry"))
        self.delete.clicked.connect(guarded(self._delete))
        self.pdf = QPushButton(self.tr("Export as PDF…"))
        self.pdf.clicked.connect(guarded(self._export_pdf))
        self.folder = QPushButton(self.tr("Export as a folder…"))
        self.folder.clicked.connect(guarded(self._export_folder))
        for button in (self.delete, self.pdf, self.folder):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        if store is None:
            self.save.setEnabled(False)
            self.layout_.addWidget(plain_label(self.tr("Nothing can be logged: your data is not stored.")))
        self.reload()

    # ---- the form --------------------------------------------------------------------------------------------------

    def _attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.attach_files([Path(path) for path in paths])

    def attach_files(self, paths: Sequence[Path]) -> None:
        """Read the chosen files (refused above the size limit); they are saved with the entry."""
        from privacycheck.services.incidents import read_attachment
        from privacycheck.storage.incidents import MAX_FILE_BYTES

        self._pending += [read_attachment(path, MAX_FILE_BYTES) for path in paths]
        names = ", ".join(attachment.name for attachment in self._pending)
        self.attached.setText(self.tr("Attached: %1").replace("%1", names) if names else "")

    def fields(self) -> dict[str, Any]:
        links = [link for link in self.links.text().split() if link]
        for link in links:
            if not link.startswith(("https://", "http://")):
                raise PrivacycheckError(
                    self.tr("%1 is not a web address (https://…).").replace("%1", link[:60]), title=self.tr("Not saved")
                )
        happened = self.happened.dateTime().toString(Qt.DateFormat.ISODate)
        found = {
            "happened": happened,
            "platform": self.platform.currentData() or "",
            "who": self.who.text().strip(),
            "where": self.where.text().strip(),
            "what": self.what.toPlainText().strip(),
            "links": links,
        }
        return {key: value for key, value in found.items() if value}

    @Slot()
    def _save(self) -> None:
        if self._store is None:
            return
        fields = self.fields()
        if not fields.get("what") and not self._pending:
            raise PrivacycheckError(
                self.tr("Write what happened, or attach a screenshot."), title=self.tr("Nothing to save")
            )
        self._store.add_incident(fields, self._pending, self._now())
        self._pending = []
        for widget in (self.who, self.where, self.links):
            widget.clear()
        self.what.clear()
        self.attached.setText(self.tr("Saved."))
        self.reload()
        self.entries.setCurrentRow(self.entries.count() - 1)
        self.sig_logged.emit()

    # ---- the entries -----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._entries = self._store.incidents() if self._store is not None else []
        self.entries.clear()
        for entry in self._entries:
            what = " ".join(entry.text("what").split())[:70] or self.tr("(no text)")
            files = self.tr("%n file(s)", "", len(entry.attachments))
            text = f"{entry.created.astimezone():%Y-%m-%d %H:%M} · {what} · {files}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.entries.addItem(item)
        has = bool(self._entries)
        for button in (self.delete, self.pdf, self.folder):
            button.setEnabled(has)
        if not has:
            self.detail.setText(self.tr("No entry yet."))
            self.preview.clear()

    @Slot(int)
    def _show(self, row: int) -> None:
        self.preview.clear()
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        names = {
            "happened": self.tr("When"),
            "platform": self.tr("Platform"),
            "who": self.tr("Who"),
            "where": self.tr("Where"),
            "what": self.tr("What happened"),
        }
        lines = [f"{label}: {entry.text(key)}" for key, label in names.items() if entry.text(key)]
        lines += [f"{self.tr('Links')}: {link}" for link in entry.links]
        lines += [f"{self.tr('File')}: {a.name} ({len(a.data) // 1024 + 1} KB)" for a in entry.attachments]
        self.detail.setText("\n".join(lines))
        image = next((a for a in entry.attachments if a.is_image), None)
        if image is not None:  # only an image is ever opened, to be shown here
            picture = QImage.fromData(image.data)
            if not picture.isNull():
                self.preview.setPixmap(QPixmap.fromImage(picture).scaledToWidth(PREVIEW_WIDTH))

    def _selected(self) -> Incident | None:
        row = self.entries.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    @Slot()
    def _delete(self) -> None:
        entry = self._selected()
        if entry is None or entry.id is None or self._store is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete this entry?"),
            self.tr("The entry and its files are deleted for good. Export the log first if you may need it."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_entry(entry.id)

    def delete_entry(self, entry_id: int) -> None:
        if self._store is not None:
            self._store.delete_incident(entry_id)
        self.reload()

    @Slot()
    def _export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the log as PDF"), "incident-log.pdf", "PDF (*.pdf)")
        if path:
            self.export(Path(path), "pdf")

    @Slot()
    def _export_folder(self) -> None:
        parent = QFileDialog.getExistingDirectory(self, self.tr("Choose where to put the folder"))
        if parent:
            self.export(Path(parent) / f"incident-log-{self._now().astimezone():%Y-%m-%d-%H%M}", "folder")

    def export(self, target: Path, kind: str) -> None:
        from privacycheck.services.incidents import export_folder, export_pdf

        home = self._store.path.parent if self._store is not None else None
        if kind == "pdf":
            from privacycheck.ui.pdf import html_to_pdf

            export_pdf(self._entries, target, self._lang, self._now(), lambda h, t: html_to_pdf(h, title=t), home)
        else:
            export_folder(self._entries, target, self._lang, self._now(), home)
        window = self.window()
        notify = getattr(window, "notify", None)
        if callable(notify):
            notify(self.tr("The log was exported to %1. It is not encrypted: keep it safe.").replace("%1", str(target)))
