"""The guides as a PDF to keep or print: the same text as the page, every piece of it escaped, links written out."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from privacycheck.core.model import Guide
from privacycheck.ui.pdf import html_to_pdf

_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #1a1a1a; }
h1 { font-size: 16pt; margin-bottom: 4pt; }
h2 { font-size: 12pt; margin-top: 12pt; }
li { margin-bottom: 4pt; }
p.link { color: #333; margin: 2pt 0 2pt 18pt; }
"""


def guides_html(guides: Sequence[Guide], lang: str) -> str:
    """A self-contained page with each guide's title, summary, sections, steps and links (as text)."""
    e = html.escape
    out = [f'<!DOCTYPE html><html lang="{e(lang)}"><head><meta charset="utf-8"><style>{_STYLE}</style></head><body>']
    for guide in guides:
        out.append(f"<h1>{e(guide.title.get(lang))}</h1><p>{e(guide.summary.get(lang))}</p>")
        for section in guide.sections:
            out.append(f"<h2>{e(section.title.get(lang))}</h2><ol>")
            out += [f"<li>{e(step.get(lang))}</li>" for step in section.steps]
            out.append("</ol>")
            out += [f'<p class="link">{e(link)}</p>' for link in section.links]
    out.append("</body></html>")
    return "".join(out)


def save_guides(parent: QWidget, guides: Sequence[Guide], lang: str) -> Path | None:
    """Ask where (the Documents folder first), then write the guides as a PDF readable by the owner only."""
    from privacycheck.services.report import write_private
    from privacycheck.ui.documents import in_documents

    translate = QCoreApplication.translate
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("GuidePdf", "Save the guide"),
        in_documents(translate("GuidePdf", "privacycheck-guide.pdf")),
        translate("GuidePdf", "PDF (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path)
    title = guides[0].title.get(lang) if guides else "privacycheck"
    write_private(target, html_to_pdf(guides_html(guides, lang), title=title))
    return target
