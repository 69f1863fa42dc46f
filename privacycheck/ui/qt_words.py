"""Qt's own dialog words that qtbase_fr lacks: our catalogue answers for them, so Qt's file dialog is wholly French.

Where the desktop has a native file dialog (Windows, macOS, GTK or the desktop portal on Linux), Qt uses it and it
speaks the desktop's language. Elsewhere Qt draws its own, and qtbase_fr.qm (Qt 6) has no French for these labels of
it; the translator of the app is asked too, so listing them here puts them in privacycheck_fr.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_FROM_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
