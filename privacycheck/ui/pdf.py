"""HTML (already escaped) to an A4 PDF with Qt: QTextDocument printed on a QPdfWriter, fonts embedded, text kept."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, MutableMapping

PDF_RESOLUTION = 300
PAGE_MARGIN_MM = 0.0
"""QTextDocument.print_ adds its own 2 cm margin inside the printable area (and a page number at the foot), so the
page layout itself has none."""
_KEEP_ALIVE: list[object] = []


def prepare_headless(environ: MutableMapping[str, str] = os.environ, platform: str = sys.platform) -> None:
    """On Linux without a display, Qt would abort the process: draw offscreen instead (a PDF needs no screen)."""
    if platform.startswith("linux") and not _has_display(environ) and not environ.get("QT_QPA_PLATFORM"):
        environ["QT_QPA_PLATFORM"] = "offscreen"


def _has_display(environ: Mapping[str, str]) -> bool:
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> None:
    """A QGuiApplication is needed for fonts; the app's QApplication does, else one is made for this process."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        prepare_headless()
        # Kept here: the instance must outlive this call (there is one per process, and Qt needs it to the end).
        _KEEP_ALIVE.append(QGuiApplication(["privacycheck"]))


def html_to_pdf(html: str, *, title: str, author: str = "privacycheck", xmp: bytes | None = None) -> bytes:
    """Render `html` to PDF bytes. The HTML must already have every piece of text escaped: Qt reads it as markup.
    `xmp`: an XMP packet for the document's metadata (the attestation carries its JSON there)."""
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(author)
    if xmp is not None:
        writer.setDocumentXmpMetadata(QByteArray(xmp))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(0)
    font = document.defaultFont()
    for feature in ("liga", "clig"):  # ligatures extract as "ﬁ": searching the PDF for "fix" would not find it
        font.setFeature(QFont.Tag(feature), 0)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.print_(writer)
    del writer  # the PDF trailer is written when the painter ends; deleting the writer flushes anything left
    buffer.close()
    return bytes(data.data())
