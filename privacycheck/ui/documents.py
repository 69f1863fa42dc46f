"""Reports and the HR attestation from the app: the same documents as the command line, saved where the user says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from privacycheck.storage.store import Record
from privacycheck.ui.pdf import html_to_pdf
from privacycheck.ui.widgets import plain_label


def _pdf(html: str, title: str) -> bytes:
    return html_to_pdf(html, title=title)


def in_documents(name: str) -> str:
    """`name` in the user's Documents folder (their home when the system has none): where a save dialog opens."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / name)


def save_report(parent: QWidget, record: Record, context: Any, lang: str, summary: bool) -> Path | None:
    """Ask where, then write the full report or the share-safe summary (format from the file name)."""
    from privacycheck.services.report import build_report, format_of, report_bytes, write_private

    name = (
        QCoreApplication.translate("Documents", "privacycheck-summary.pdf")
        if summary
        else QCoreApplication.translate("Documents", "privacycheck-report.pdf")
    )
    filters = QCoreApplication.translate("Documents", "PDF (*.pdf);;Web page (*.html);;Markdown (*.md);;JSON (*.json)")
    title = QCoreApplication.translate("Documents", "Save the report")
    path, _ = QFileDialog.getSaveFileName(parent, title, in_documents(name), filters)
    if not path:
        return None
    target = Path(path)
    document = build_report(
        record,
        context.checklist,
        lang=lang,
        summary=summary,
        organisation=context.organisation,
        now=dt.datetime.now(dt.UTC),
    )
    write_private(target, report_bytes(document, format_of(target, None), _pdf), context.home)
    return target


class AttestationDialog(QDialog):
    """Shows exactly what the attestation holds before anything is written; the band only if the user ticks it, the
    name only as the user types it."""

    def __init__(
        self,
        record: Record,
        organisation: str | None,
        lang: str,
        parent: QWidget | None = None,
        organisation_packs: Collection[str] = (),
    ) -> None:
        from privacycheck.services.attest import attestation

        super().__init__(parent)
        self.setWindowTitle(self.tr("Attestation for HR"))
        self.record, self.organisation, self.lang = record, organisation, lang
        self.organisation_packs = organisation_packs
        self.content: dict[str, Any] = attestation(record, organisation=organisation, today=dt.date.today())
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "This is everything the attestation contains. "
                    "It never holds your answers, your notes or your score."
                )
            )
        )
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        # Control characters cannot be typed or pasted in: the name is shown in HR's tables and terminals.
        self.name.setValidator(QRegularExpressionValidator(QRegularExpression("[^\\x00-\\x1f\\x7f-\\x9f]*"), self))
        self.name.setPlaceholderText(self.tr("as HR knows you"))
        self.name.textChanged.connect(self._refresh)
        names = QFormLayout()
        names.addRow(self.tr("Your &name"), self.name)
        layout.addLayout(names)
        self.include_band = QCheckBox(self.tr("Include my exposure band (low, moderate, high or severe)"))
        self.include_band.toggled.connect(self._refresh)
        layout.addWidget(self.include_band)
        self.include_platforms = QCheckBox(self.tr("List the platforms my check covered"))
        self.include_platforms.setToolTip(self.tr("Left out unless you tick it: which platforms you use is yours."))
        self.include_platforms.toggled.connect(self._refresh)
        layout.addWidget(self.include_platforms)
        self.include_look = QCheckBox(self.tr("Say whether my check included a stranger's look on each platform"))
        self.include_look.setToolTip(self.tr("Yes or no for the whole check: never which platforms, items or answers."))
        self.include_look.toggled.connect(self._refresh)
        layout.addWidget(self.include_look)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What the attestation contains"))
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.saved: Path | None = None
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        from privacycheck.services.attest import attestation, attestation_lines, attestation_title

        self.content = attestation(
            self.record,
            organisation=self.organisation,
            today=dt.date.today(),
            include_band=self.include_band.isChecked(),
            include_platforms=self.include_platforms.isChecked(),
            include_look=self.include_look.isChecked(),
            name=self.name.text(),
            organisation_packs=self.organisation_packs,
        )
        lines = [attestation_title(self.lang), ""]
        lines += [f"{label}: {value}" for label, value in attestation_lines(self.content, self.lang)]
        self.preview.setPlainText("\n".join(lines))

    @Slot()
    def _save(self) -> None:
        from privacycheck.services.attest import attestation_html, attestation_json, attestation_title
        from privacycheck.services.attest_files import attestation_xmp
        from privacycheck.services.report import write_private

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the attestation"),
            in_documents(self.tr("privacycheck-attestation.pdf")),
            self.tr("PDF (*.pdf);;JSON (*.json)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() == ".json":
            data = attestation_json(self.content)
        else:
            data = html_to_pdf(
                attestation_html(self.content, self.lang),
                title=attestation_title(self.lang),
                xmp=attestation_xmp(self.content),
            )
        write_private(target, data)
        self.saved = target
        self.accept()
