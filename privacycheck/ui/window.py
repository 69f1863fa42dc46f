"""The main window: a sidebar of pages over one check session, built after the window is first shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# No `Qt` namespace and no page here at import time: creating the namespace's enums costs more than a bare window
# takes to start, so it waits until the window is on screen (benchmarks/run.py measures the start).
from PySide6.QtCore import QSize, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from privacycheck.errors import PrivacycheckError

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QIcon

    from privacycheck.ui.context import AppContext

HOME, CHECK, RESULTS, HISTORY, GUIDE, SETTINGS = range(6)

# Colours come from the palette, so light and dark system themes both read well.
STYLE = """
QListWidget#sidebar { border: none; background: palette(window); font-size: 11pt; outline: 0; }
QListWidget#sidebar::item { padding: 9px 12px; margin: 2px 8px; border-radius: 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QFrame#card { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QLabel#brand { font-size: 14pt; font-weight: bold; padding: 14px 16px 8px 16px; }
"""


class MainWindow(QMainWindow):
    sig_language_changed = Signal(str)
    """The user switched the interface language; the app installs the translator, then calls `rebuild`."""

    sig_ready = Signal()
    """Packs, store and session are loaded and the pages are built."""

    def __init__(
        self, context: AppContext, lang: str, icon: QIcon | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__()
        self.context = context
        self.lang = lang
        self.today = today
        """Today's date where the user is: injected, so that tests can fix it."""
        self.setWindowTitle("privacycheck")
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(1280, 800)
        self.setMinimumSize(QSize(900, 600))
        self.loaded = False
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        central = QWidget()
        self.setStyleSheet(STYLE)
        brand = QLabel("privacycheck")
        brand.setObjectName("brand")
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(brand)
        side.addWidget(self.sidebar, 1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(220)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(side_panel)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.stack.addWidget(QLabel(self.tr("Loading your checklist…")))
        self._fill_sidebar()
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages: dict[int, QWidget] = {}

    # ---- loading ------------------------------------------------------------------------------------------------

    def start_loading(self) -> None:
        """Once the window is on screen: read and validate the packs off the GUI thread, then open the store and
        resume the check (dialogs may ask how to protect the data, so that part stays on the GUI thread)."""
        from privacycheck.ui.worker import run_in_background

        def begin() -> None:
            self._busy(self.tr("Loading your checklist…"))
            run_in_background(self, self.context.load_content, lambda _: self._loaded(), self._failed)

        QTimer.singleShot(0, begin)

    def _load(self) -> None:
        """Everything `start_loading` does, in one go on this thread (for scripts and tests)."""
        self.context.load_content()
        self._loaded()

    def _busy(self, message: str | None) -> None:
        """An indeterminate progress bar in the status bar while work runs in the background; None removes it."""
        from PySide6.QtWidgets import QProgressBar

        bar = self.findChild(QProgressBar, "busy")
        if message is None:
            if bar is not None:
                self.statusBar().removeWidget(bar)
                bar.deleteLater()
            self.statusBar().clearMessage()
            return
        if bar is None:
            bar = QProgressBar()
            bar.setObjectName("busy")
            bar.setRange(0, 0)
            bar.setMaximumWidth(160)
            bar.setAccessibleName(message)
            self.statusBar().addPermanentWidget(bar)
        self.statusBar().showMessage(message)

    def _failed(self, error: BaseException) -> None:
        from privacycheck.ui.dialogs import show_error

        self._busy(None)
        if not isinstance(error, PrivacycheckError):
            error = PrivacycheckError(f"{type(error).__name__}: {error}", title=self.tr("Unexpected error"))
        show_error(self, error)

    def _loaded(self) -> None:
        self._busy(None)
        context = self.context
        if context.packs and context.packs.problems:
            self.statusBar().showMessage(
                self.tr("%1 checklist pack(s) could not be loaded and were skipped.").replace(
                    "%1", str(len({p.file for p in context.packs.problems}))
                )
            )
        if context.store is None:
            self._open_store()
        context.start_session()
        self.loaded = True
        self.rebuild(self.lang)
        self.sig_ready.emit()

    def _open_store(self) -> None:
        from privacycheck.storage.store import KeyMode, NeedsKeyChoice, StorageError, WrongPassphrase
        from privacycheck.ui.dialogs import ProtectionDialog, show_error

        attempts = 0
        while True:
            try:
                self.context.open_store(passphrase=self._ask_passphrase)
                return
            except NeedsKeyChoice as error:
                dialog = ProtectionDialog(error.message, self)
                dialog.exec()
                choice = dialog.choice.checkedId()
                if choice == ProtectionDialog.NOTHING:
                    return
                mode = KeyMode.PASSPHRASE if choice == ProtectionDialog.PASSPHRASE else KeyMode.PLAINTEXT
                try:
                    self.context.open_store(new_mode=mode, passphrase=dialog.passphrase)
                    return
                except PrivacycheckError as failure:
                    show_error(self, failure)
                    return
            except WrongPassphrase as error:
                attempts += 1
                if attempts >= 3:
                    show_error(self, error)
                    return
            except StorageError as error:
                if not self._offer_fresh_start(error):
                    return
            except PrivacycheckError as error:
                show_error(self, error)
                return

    def _ask_passphrase(self) -> str:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, accepted = QInputDialog.getText(
            self,
            self.tr("Passphrase"),
            self.tr("Your answers are protected by a passphrase. Type it to open them:"),
            QLineEdit.EchoMode.Password,
        )
        if not accepted:
            from privacycheck.storage.store import WrongPassphrase

            raise WrongPassphrase(self.tr("No passphrase was given: your data stays closed."))
        return str(text)

    def _offer_fresh_start(self, error: PrivacycheckError) -> bool:
        """A damaged database or a lost key: keep the old file aside and start afresh, or go on without saving."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from privacycheck.storage.store import move_aside

        box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "The file is kept as it is. You can move it aside (nothing is deleted) and "
                "start afresh, or continue without saving anything."
            )
        )
        fresh = box.addButton(self.tr("Move it aside and start afresh"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Continue without saving"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not fresh:
            return False
        kept = move_aside(self.context.home, dt.datetime.now(dt.UTC))
        self.statusBar().showMessage(self.tr("The old file was kept as %1").replace("%1", str(kept)))
        return True

    # ---- pages ----------------------------------------------------------------------------------------------------

    def _fill_sidebar(self) -> None:
        names = [
            self.tr("Home"),
            self.tr("Check"),
            self.tr("Results"),
            self.tr("History"),
            self.tr("It already happened"),
            self.tr("Settings"),
        ]
        current = max(self.sidebar.currentRow(), 0)
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.addItems(names if self.loaded else names[:1])
        self.sidebar.blockSignals(False)
        self.sidebar.setCurrentRow(min(current, self.sidebar.count() - 1))

    def rebuild(self, lang: str) -> None:
        """Build (or rebuild, after a language change) every page over the current session."""
        from privacycheck.ui.pages.check import CheckPage
        from privacycheck.ui.pages.guide import GuidePage
        from privacycheck.ui.pages.history import HistoryPage
        from privacycheck.ui.pages.home import HomePage
        from privacycheck.ui.pages.results import ResultsPage
        from privacycheck.ui.pages.settings import SettingsPage

        self.lang = lang
        context = self.context
        session = context.session
        assert session is not None and context.checklist is not None
        current = self.stack.currentIndex()
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.home = HomePage(lang, context.organisation, context.policy_url)
        self.home.sig_start.connect(lambda: self.go(CHECK))
        self.home.sig_guide.connect(lambda: self.go(GUIDE))
        self.home.sig_results.connect(lambda: self.go(RESULTS))
        self.check = CheckPage(session, lang)
        self.check.sig_changed.connect(self._score_changed)
        self.check.sig_finish.connect(lambda: self.go(RESULTS))
        self.results = ResultsPage(session, lang)
        self.results.sig_changed.connect(self._score_changed)
        self.results.sig_finish.connect(self._guarded(self._finish))
        self.results.sig_report.connect(self._guarded(self._save_report))
        self.history = HistoryPage()
        self.history.sig_compare.connect(self._guarded(self._compare))
        guides = [guide for pack in context.checklist.packs for guide in pack.guides]
        self.guide = GuidePage(guides, lang)
        self.settings = SettingsPage(
            lang,
            context.platforms,
            context.recheck_interval_days,
            context.longest_interval_days,
            self._protection_text(),
        )
        self.settings.sig_language.connect(self.sig_language_changed.emit)
        self.settings.sig_platforms.connect(self._guarded(self._platforms))
        self.settings.sig_interval.connect(context.set_recheck_interval)
        self.settings.sig_export.connect(self._guarded(self._export))
        self.settings.sig_delete.connect(self._guarded(self._delete))
        self.settings.sig_attest.connect(self._guarded(self._attest))
        self.settings.sig_update.connect(self._guarded(self._check_updates))
        self.pages = {
            HOME: self.home,
            CHECK: self.check,
            RESULTS: self.results,
            HISTORY: self.history,
            GUIDE: self.guide,
            SETTINGS: self.settings,
        }
        for index in range(len(self.pages)):
            self.stack.addWidget(self.pages[index])
        self._fill_sidebar()
        self.go(max(current, 0))
        self._score_changed()

    def go(self, page: int) -> None:
        self.sidebar.setCurrentRow(page)
        self.stack.setCurrentIndex(page)
        if page == RESULTS and self.loaded:
            self.results.refresh()

    def _history(self) -> list[Any]:
        return self.context.store.history() if self.context.store else []

    @Slot()
    def _score_changed(self) -> None:
        history = self._history()
        self.home.show_state(self.context.session, history, self.context.recheck_status(self.today()))
        if self.loaded:
            self.history.set_history(history)

    def _protection_text(self) -> str:
        from privacycheck.storage.store import KeyMode

        store = self.context.store
        where = str(self.context.home)
        if store is None:
            return self.tr("Nothing is stored: your answers are lost when you close the app.")
        return {
            KeyMode.KEYRING: self.tr(
                "Your answers are stored in %1, encrypted (AES-256). The key is in your system keyring."
            ),
            KeyMode.PASSPHRASE: self.tr(
                "Your answers are stored in %1, encrypted (AES-256) with a key made from your passphrase."
            ),
            KeyMode.PLAINTEXT: self.tr(
                "Your answers are stored in %1 WITHOUT encryption, as you chose. Anyone who "
                "copies these files can read them."
            ),
        }[store.mode].replace("%1", where)

    # ---- actions ----------------------------------------------------------------------------------------------------

    def _guarded(self, action: Callable[..., None]) -> Callable[..., None]:
        """Errors from an action become a dialog here, and only here."""

        def run(*arguments: Any) -> None:
            try:
                action(*arguments)
            except PrivacycheckError as error:
                from privacycheck.ui.dialogs import show_error

                show_error(self, error)

        return run

    def _finish(self) -> None:
        session = self.context.session
        assert session is not None
        session.complete()
        self.results.refresh()
        self._score_changed()
        self.statusBar().showMessage(self.tr("Check finished and saved."), 5000)

    def _stored_check(self, finished: bool) -> Any:
        """The record of the check on screen (or the last finished one), as stored."""
        store, session = self.context.store, self.context.session
        if store is None or session is None:
            raise PrivacycheckError(self.tr("Nothing is stored, so there is no check to report on."))
        record = store.latest() if finished else (store.get(session.record_id) if session.record_id else None)
        if record is None:
            raise PrivacycheckError(self.tr("Finish a check first: the report and the attestation describe one."))
        return record

    def _save_report(self, summary: bool) -> None:
        from privacycheck.ui.documents import save_report

        saved = save_report(self, self._stored_check(finished=False), self.context, self.lang, summary)
        if saved is not None:
            self.statusBar().showMessage(self.tr("Report saved to %1").replace("%1", str(saved)), 8000)

    def _attest(self) -> None:
        from privacycheck.ui.documents import AttestationDialog

        dialog = AttestationDialog(self._stored_check(finished=True), self.context.organisation, self.lang, self)
        if dialog.exec() and dialog.saved is not None:
            self.statusBar().showMessage(self.tr("Attestation saved to %1").replace("%1", str(dialog.saved)), 8000)

    def _check_updates(self) -> None:
        """Fetch and install signed checklist updates off the GUI thread; then reload the packs."""
        from privacycheck.services.updates import check_and_install
        from privacycheck.ui.worker import run_in_background

        config = self.context.managed.config if self.context.managed else None
        if config is None or not config.update_url:
            raise PrivacycheckError(
                self.tr("No update source is set up: checklist updates come from your organisation's configuration."),
                title=self.tr("No updates"),
            )
        url, key, home = config.update_url, config.update_public_key, self.context.home
        self.settings.update_button.setEnabled(False)
        self._busy(self.tr("Checking for checklist updates…"))

        def done(result: Any) -> None:
            self._busy(None)
            self.context.load_content()
            self.context.start_session()
            self.rebuild(self.lang)
            self.statusBar().showMessage(str(result.message), 10000)

        def failed(error: BaseException) -> None:
            self.settings.update_button.setEnabled(True)
            self._failed(error)

        run_in_background(self, lambda: check_and_install(url, key, home), done, failed)

    def scheduled_update_check(self) -> None:
        """Asked by the tray's periodic tick: run the update check the organisation scheduled, quietly, when due."""
        import datetime as dt

        from privacycheck.core.recheck import update_check_due
        from privacycheck.services.updates import check_and_install, last_checked
        from privacycheck.ui.worker import run_in_background

        config = self.context.managed.config if self.context.managed else None
        if config is None or not config.update_url or not config.update_public_key or not self.loaded:
            return
        home = self.context.home
        if not update_check_due(last_checked(home), config.update_check_days, dt.datetime.now(dt.UTC)):
            return
        url, key = config.update_url, config.update_public_key

        def done(result: Any) -> None:
            if result.installed:
                self.context.load_content()
                self.context.start_session()
                self.rebuild(self.lang)
            self.statusBar().showMessage(str(result.message), 10000)

        def failed(error: BaseException) -> None:  # a scheduled check never interrupts with a dialog
            self.statusBar().showMessage(self.tr("Scheduled update check failed: %1").replace("%1", str(error)), 10000)

        run_in_background(self, lambda: check_and_install(url, key, home), done, failed)

    def _platforms(self, platforms: list[str]) -> None:
        session = self.context.session
        assert session is not None
        self.context.set_setting("platforms", platforms)
        session.set_platforms(platforms)
        self.check.reload()
        self.results.refresh()
        self._score_changed()

    def _compare(self, older: int, newer: int) -> None:
        from privacycheck.ui.compare_text import comparison_text

        store = self.context.store
        assert store is not None and self.context.checklist is not None
        first, second = store.get(older), store.get(newer)
        if first is None or second is None:
            return
        self.history.show_comparison(comparison_text(self.context.checklist, first, second, self.lang))

    def _export(self) -> None:
        import json

        from PySide6.QtWidgets import QFileDialog

        store = self.context.store
        if store is None:
            raise PrivacycheckError(self.tr("Nothing is stored, so there is nothing to export."))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export everything"), "privacycheck-export.json", self.tr("JSON files (*.json)")
        )
        if not path:
            return
        from pathlib import Path

        from privacycheck.storage.paths import private_umask

        target = Path(path)
        try:
            with private_umask():
                target.write_text(json.dumps(store.export(), indent=2, ensure_ascii=False), encoding="utf-8")
        except OSError as error:
            raise PrivacycheckError(
                self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", error.strerror or str(error))
            ) from None
        self.statusBar().showMessage(self.tr("Exported to %1 (decrypted: keep it safe).").replace("%1", path))

    def _delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from privacycheck.storage.secrets import KeyringStore
        from privacycheck.storage.store import erase

        answer = QMessageBox.question(
            self,
            self.tr("Delete everything"),
            self.tr("Delete every stored check, your settings and the encryption key? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.context.store is not None:
            self.context.store.close()
            self.context.store = None
        erase(self.context.home, KeyringStore.find)
        self.context.settings = {}
        self.context.start_session()
        self.rebuild(self.lang)
        self.statusBar().showMessage(self.tr("Everything was deleted."), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Every answer is already saved; a finding being typed is saved now."""
        from PySide6.QtWidgets import QLineEdit

        focused = self.focusWidget()
        if isinstance(focused, QLineEdit):
            focused.editingFinished.emit()
        if self.context.store is not None:
            self.context.store.close()
            self.context.store = None
        super().closeEvent(event)
