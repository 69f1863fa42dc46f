"""The page "When a client finds you", driven through the real widgets offscreen: the organisation's contacts, the
lockdown path from the packs with its ticks, the incident log, one name everywhere, in both languages."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from privacycheck.storage.store import Store
from privacycheck.ui.context import AppContext
from privacycheck.ui.main import Translations, _start_tray
from privacycheck.ui.window import GUIDE, MainWindow

ROOT = Path(__file__).resolve().parents[1]
PNG = (ROOT / "resources" / "icons" / "hicolor" / "16x16" / "apps" / "privacycheck.png").read_bytes()


def labels(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_the_organisations_contacts_appear_on_the_page_and_in_the_tray(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch, open_window: Callable[..., MainWindow]
) -> None:
    managed = {
        "schema_version": 3,
        "organisation": "Acme",
        "contacts": [
            {"name": "Security desk", "role": "security", "phone": "+1 555 010 2911", "hours": "24 hours a day"},
            {"name": "Union & co 'local'", "role": "union", "email": "union@example.org"},
        ],
        "incident_procedure_url": "https://acme.example/procedure",
    }
    (tmp_path / "managed.json").write_text(json.dumps(managed), "utf-8")
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "managed.json"))
    window = open_window(home)
    window.go(GUIDE)
    shown = labels(window.guide.contacts)
    assert "Security desk (Security): +1 555 010 2911, 24 hours a day" in shown
    assert "Union & co 'local' (Union): union@example.org" in shown  # plain text, as written
    assert window.guide.contacts.managed
    _start_tray(window)
    assert window.tray is not None
    window.tray._rebuild_menu()
    texts = [action.text() for action in window.tray.menu.actions()]
    assert "When a client finds you" in texts
    assert "Security desk (Security): +1 555 010 2911, 24 hours a day" in texts
    assert "Union && co 'local' (Union): union@example.org" in texts  # shown with its "&", not as a shortcut
    action = next(a for a in window.tray.menu.actions() if a.text().startswith("Security desk"))
    action.trigger()
    assert QApplication.clipboard().text() == "+1 555 010 2911"


def test_without_a_managed_configuration_the_person_enters_their_own(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    card = window.guide.contacts
    assert not card.managed
    card.name.setText("Sam Tremblay")
    card.role.setCurrentIndex(card.role.findData("supervisor"))
    card.phone.setText("514 555 0100")
    card._add()
    assert card.own.text() == "Sam Tremblay (Supervisor): 514 555 0100"
    window.close()
    with Store.open(home, secrets=None) as store:
        assert store.sealed_pref("own_contacts") == {
            "contacts": [{"name": "Sam Tremblay", "role": "supervisor", "phone": "514 555 0100"}]
        }
    again = open_window(home)
    _start_tray(again)
    assert again.tray is not None
    again.tray._rebuild_menu()
    assert "Sam Tremblay (Supervisor): 514 555 0100" in [a.text() for a in again.tray.menu.actions()]


def test_lock_down_now_opens_the_packs_path_and_keeps_its_ticks(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    window.home.sig_guide.emit()  # Home's "Lock down now"
    assert window.stack.currentWidget() is window.guide
    ticks = window.guide.ticks
    order = list(ticks)
    assert order[:3] == ["facebook.future_posts_audience", "instagram.private_account", "x.protect_posts"]
    assert all(item_id.split(".")[0] in ("facebook", "instagram", "x") for item_id in order)
    marker = window.guide.first_minutes  # after the three accounts made private (2 + 3 + 10 minutes)
    assert marker is not None and marker.text().startswith("About 15 minutes to here")
    ticks["instagram.private_account"].setChecked(True)
    assert window.guide.progress.text() == f"1 of {len(order)} done."
    window.context.session.answer("x.protect_posts", "protected")  # fixed and answered in the check meanwhile
    window.go(GUIDE)
    window.guide.follow_answers()
    assert ticks["x.protect_posts"].isChecked() and not ticks["x.protect_posts"].isEnabled()
    assert window.guide.progress.text() == f"2 of {len(order)} done."
    window.close()
    again = open_window(home)
    assert again.guide.ticks["instagram.private_account"].isChecked()
    assert "x.protect_posts" not in again.guide.ticks  # at its safest answer: no longer on the path


def test_an_entry_logged_from_the_page_is_kept_and_the_recheck_comes_closer(
    tmp_path: Path, home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    log = window.guide.log
    log.who.setText("@zq_person")
    log.what.setPlainText("Commented ZQ-WORDS under my post")
    log.links.setText("https://www.instagram.com/p/zq/")
    shot = tmp_path / "shot.png"
    shot.write_bytes(PNG)
    log.attach_files([shot])
    log._save()
    assert log.entries.count() == 1
    assert "Who: @zq_person" in log.detail.text() and "File: shot.png" in log.detail.text()
    assert log.preview.pixmap() is not None and not log.preview.pixmap().isNull()  # the image is shown
    assert window.guide.after.text() == "A full check is due now: what the person found may not be all."  # none yet
    with Store.open(home, secrets=None) as store:
        (entry,) = store.incidents()
        assert entry.fields["who"] == "@zq_person" and entry.attachments[0].data == PNG
    log.export(tmp_path / "out", "folder")
    assert (tmp_path / "out" / "entry-01" / "01-shot.png").read_bytes() == PNG
    log.delete_entry(entry.id or 0)
    assert log.entries.count() == 0


def test_one_name_in_the_sidebar_the_title_home_and_the_tray_in_both_languages(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        for lang, name in (("en", "When a client finds you"), ("fr", "Si une personne usagère vous trouve")):
            translations.use(lang)
            window = open_window(home, lang)
            assert window.sidebar.item(GUIDE).text() == name
            assert labels(window.guide)[0] == name
            _start_tray(window)
            assert window.tray is not None
            window.tray._rebuild_menu()
            assert name in [a.text() for a in window.tray.menu.actions()]
            window.tray.icon.hide()
    finally:
        translations.use("en")


def test_the_recheck_status_counts_an_incident_after_the_last_check(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    from privacycheck.core.answers import Answers
    from privacycheck.core.scoring import Checklist
    from privacycheck.services.assessments import save_assessment
    from privacycheck.services.catalog import load_installed

    created = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    with Store.open(home, secrets=None) as store:
        save_assessment(store, Checklist(load_installed().packs), Answers(frozenset({"x"}), {}), created=created)
        store.add_incident({"what": "x"}, [], created + dt.timedelta(days=10))
    context = AppContext(home)
    context.load_content()
    context.open_store()
    status = context.recheck_status(dt.date(2026, 3, 12))
    assert status.next == dt.date(2026, 3, 14) and not status.due
    window = open_window(home)
    window.today = lambda: dt.date(2026, 3, 12)
    window.guide.log.sig_logged.emit()
    assert window.guide.after.text() == "Run a full check by 2026-03-14: what the person found may not be all."
    assert window.home.next_check.text().startswith("Next re-check: March 14, 2026")
