"""Start the desktop app: the Qt application, then the main window. Slow imports wait until the window is shown."""

from __future__ import annotations

import sys


def run_app() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    app.setApplicationName("privacycheck")
    window = QMainWindow()
    window.setWindowTitle("privacycheck")
    window.setCentralWidget(QLabel(window.tr("privacycheck")))
    window.resize(1280, 800)
    window.show()
    return app.exec()
