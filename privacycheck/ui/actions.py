"""What the main window's buttons do: finish, new checks, platforms, reports, updates, export and delete.

Each action tells the person what happened where they are looking (the window's notice), never only in a status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from privacycheck.errors import PrivacycheckError
from privacycheck.ui.notice import ERROR

if TYPE_CHECKING:
    from privacycheck.ui.window import MainWindow

translate = QCoreApplication.translate


class Actions:
    """The window's actions over its context; errors they raise become a dialog in the window (`_guarded`)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.context = window.context

    def _session(self) -> Any:
        session = self.context.session
        assert session is not None
        return session

    def finish(self) -> None:
        session = self._session()
        if not session.answers.choices:
            raise PrivacycheckError(translate("MainWindow", "Answer at least one item before you finish the check."))
        provisional = session.shown().provisional
        session.complete()
        self.window.refresh()
        self.window.notify(
            translate("MainWindow", "Essentials finished and saved. The score is provisional until the full check.")
            if provisional
            else translate("MainWindow", "Check finished and saved. It is now in your history.")
        )

    def new_check(self, prefill: bool) -> None:
        """A new check, empty or from the last one's answers; the finished check stays as it was."""
        session = self._session()
        last = session.created if session.status == "complete" else None
        session.start_new(prefill=prefill, platforms=self.context.platforms)
        self.window.check.reload()
        self.window.refresh()
        if prefill:
            text = translate(
                "MainWindow",
                "A new check started from your answers of %1. Confirm each one: they come first in every section.",
            ).replace("%1", f"{last.astimezone():%Y-%m-%d}" if last else "")
        else:
            text = translate("MainWindow", "A new, empty check started. Your finished checks are kept as they were.")
        self.window.notify(text)

    def platforms(self, platforms: list[str]) -> None:
        """The platforms in use changed: the draft follows (a finished check is never changed: a new draft starts
        from its answers)."""
        session = self._session()
        was_finished = session.status == "complete"
        self.context.set_setting("platforms", platforms)
        session.set_platforms(platforms)
        self.window.check.reload()
        self.window.refresh()
        if was_finished and session.status == "draft":
            self.window.notify(
                translate(
                    "MainWindow",
                    "Your platforms changed, so a new check started from your last answers. "
                    "Your finished check is kept as it was.",
                )
            )

    def _stored_check(self, finished: bool) -> Any:
        """The record of the check on screen (or the last finished one), as stored."""
        store, session = self.context.store, self.context.session
        if store is None or session is None:
            raise PrivacycheckError(translate("MainWindow", "Nothing is stored, so there is no check to report on."))
        record = store.latest() if finished else (store.get(session.record_id) if session.record_id else None)
        if record is None:
            raise PrivacycheckError(
                translate("MainWindow", "Finish a check first: the report and the attestation describe one.")
            )
        return record

    def save_report(self, summary: bool) -> None:
        from privacycheck.ui.documents import save_report

        window = self.window
        saved = save_report(window, self._stored_check(finished=False), self.context, window.lang, summary)
        if saved is not None:
            window.notify(translate("MainWindow", "Report saved to %1").replace("%1", str(saved)))

    def attest(self) -> None:
        from privacycheck.ui.documents import AttestationDialog

        window = self.window
        from privacycheck.services.attest import organisation_pack_ids

        packs = self.context.packs.packs if self.context.packs else ()
        dialog = AttestationDialog(
            self._stored_check(finished=True),
            self.context.organisation,
            window.lang,
            window,
            organisation_packs=organisation_pack_ids(packs),
        )
        if dialog.exec() and dialog.saved is not None:
            window.notify(translate("MainWindow", "Attestation saved to %1").replace("%1", str(dialog.saved)))

    def check_updates(self) -> None:
        """Fetch and install signed checklist updates off the GUI thread; then reload the packs."""
        from privacycheck.services.updates import check_and_install
        from privacycheck.ui.worker import run_in_background

        window = self.window
        config = self.context.managed.config if self.context.managed else None
        if config is None or not config.update_url:
            raise PrivacycheckError(
                translate(
                    "MainWindow",
                    "No update source is set up: checklist updates come from your organisation's configuration.",
                ),
                title=translate("MainWindow", "No updates"),
            )
        url, key, home = config.update_url, config.update_public_key, self.context.home
        window.settings.update_button.setEnabled(False)
        window.busy(translate("MainWindow", "Checking for checklist updates…"))

        def done(result: Any) -> None:
            window.busy(None)
            self.reload_content()
            window.notify(str(result.message))

        def failed(error: BaseException) -> None:
            window.settings.update_button.setEnabled(True)
            window.failed(error)

        run_in_background(window, lambda: check_and_install(url, key, home), done, failed)

    def reload_content(self) -> None:
        """New packs: the session resumes over them, the pages are rebuilt."""
        self.context.load_content()
        self.context.start_session()
        self.window.rebuild(self.window.lang)

    def scheduled_update_check(self) -> None:
        """Asked by the tray's periodic tick: run the update check the organisation scheduled, quietly, when due."""
        import datetime as dt

        from privacycheck.core.recheck import update_check_due
        from privacycheck.services.updates import check_and_install, last_checked
        from privacycheck.ui.worker import run_in_background

        window = self.window
        config = self.context.managed.config if self.context.managed else None
        if config is None or not config.update_url or not config.update_public_key or not window.loaded:
            return
        home = self.context.home
        if not update_check_due(last_checked(home), config.update_check_days, dt.datetime.now(dt.UTC)):
            return
        url, key = config.update_url, config.update_public_key

        def done(result: Any) -> None:
            if result.installed:
                self.reload_content()
                window.notify(str(result.message))

        def failed(error: BaseException) -> None:  # a scheduled check never interrupts with a dialog
            window.statusBar().showMessage(
                translate("MainWindow", "Scheduled update check failed: %1").replace("%1", str(error)), 10000
            )

        run_in_background(window, lambda: check_and_install(url, key, home), done, failed)

    def compare(self, older: int, newer: int) -> None:
        from privacycheck.ui.compare_text import comparison_text

        store = self.context.store
        assert store is not None and self.context.checklist is not None
        first, second = store.get(older), store.get(newer)
        if first is None or second is None:
            return
        self.window.history.show_comparison(comparison_text(self.context.checklist, first, second, self.window.lang))

    def export(self) -> None:
        import json
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from privacycheck.storage.files import write_private

        store = self.context.store
        if store is None:
            raise PrivacycheckError(translate("MainWindow", "Nothing is stored, so there is nothing to export."))
        from privacycheck.ui.documents import in_documents

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("MainWindow", "Export everything"),
            in_documents("privacycheck-export.json"),
            translate("MainWindow", "JSON files (*.json)"),
        )
        if not path:
            return
        data = json.dumps(store.export(), indent=2, ensure_ascii=False).encode("utf-8")
        write_private(Path(path), data, home=self.context.home)  # a private file of unpredictable name, then a rename
        self.window.notify(
            translate("MainWindow", "Exported to %1 (decrypted: keep it safe).").replace("%1", path), ERROR
        )

    def delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from privacycheck.storage.secrets import KeyringStore
        from privacycheck.storage.store import erase

        answer = QMessageBox.question(
            self.window,
            translate("MainWindow", "Delete everything"),
            translate(
                "MainWindow", "Delete every stored check, your settings and the encryption key? This cannot be undone."
            ),
            defaultButton=QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.context.store is not None:
            self.context.store.close()
            self.context.store = None
        erase(self.context.home, KeyringStore.find)
        self.context.settings = {}
        self.context.start_session()
        self.window.rebuild(self.window.lang)
        self.window.notify(
            translate("MainWindow", "Everything was deleted. Nothing is stored until you restart privacycheck.")
        )
