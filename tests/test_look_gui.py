"""The guided look, driven through the real widgets offscreen: open a setting then "this is what I see", a choice
from memory, and a stranger's look that overrules an answer and is named at the top of Results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from privacycheck.core.provenance import LOOK, REMEMBERED, SEEN
from privacycheck.storage.settings import write_settings
from privacycheck.storage.store import KeyMode, Store
from privacycheck.ui.context import AppContext
from privacycheck.ui.item_card import ItemCard
from privacycheck.ui.look_dialog import LookDialog
from privacycheck.ui.window import CHECK, RESULTS, MainWindow

pytestmark = pytest.mark.gui


class Browser(QObject):
    """Stands in for the system browser: Qt hands it every https address the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser() -> Iterator[Browser]:
    handler = Browser()
    # PySide6 wants the slot name as str at run time; its stubs say bytes.
    QDesktopServices.setUrlHandler("https", handler, "open")  # type: ignore[arg-type]
    yield handler
    QDesktopServices.unsetUrlHandler("https")


@pytest.fixture
def window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[MainWindow]:
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "no-managed-config.json"))
    directory = tmp_path / "home"
    Store.open(directory, secrets=None, new_mode=KeyMode.PLAINTEXT).close()
    write_settings(directory, {"first_run_done": True, "platforms": ["facebook"]})
    main = MainWindow(AppContext(directory), "en")
    qtbot.addWidget(main)
    main.show()
    main._load()
    yield main
    main.quitting = True
    main.close()


def open_section(window: MainWindow, key: str) -> None:
    window.go(CHECK)
    sections = window.check.sections
    for row in range(sections.count()):
        if sections.item(row).data(Qt.ItemDataRole.UserRole) == key:
            sections.setCurrentRow(row)
            return
    raise AssertionError(key)


def button(card: ItemCard, text: str) -> QPushButton:
    return next(b for b in card.findChildren(QPushButton) if b.text() == text)


def confirm(window: MainWindow, item_id: str) -> None:
    bar = window.check.confirm_bars[item_id]
    next(b for b in bar.findChildren(QPushButton) if b.text() == "Confirm this answer").click()


def test_open_then_this_is_what_i_see_marks_answers_seen(window: MainWindow, browser: Browser) -> None:
    open_section(window, "facebook")
    session = window.context.session
    assert session is not None
    friends = window.check.cards["facebook.friend_list_visibility"]
    birthday = window.check.cards["facebook.birthday_visibility"]
    # Chosen without opening the setting: remembered, and the card says so.
    birthday.choose("friends")
    assert session.evidence.given["facebook.birthday_visibility"].how == REMEMBERED
    note = window.check.evidence_notes["facebook.birthday_visibility"]
    assert note.note.text().startswith("Answered from memory")
    # Opened, then chosen: seen.
    button(friends, "Open this setting").click()
    assert browser.opened == [friends.item.link]
    friends.choose("public")
    assert session.evidence.given["facebook.friend_list_visibility"].how == SEEN
    assert window.check.evidence_notes["facebook.friend_list_visibility"].note.text().startswith("Seen in the setting")
    # An answer given from memory, then checked: "This is what I see" after opening.
    seen_button = window.check.evidence_notes["facebook.birthday_visibility"].seen
    assert not seen_button.isVisibleTo(birthday)
    button(birthday, "Open this setting").click()
    assert seen_button.isVisibleTo(birthday)
    seen_button.click()
    assert session.evidence.given["facebook.birthday_visibility"].how == SEEN
    # Both count the same in the score; Results says how much was looked at.
    window.go(RESULTS)
    settings = sum(1 for e in session.score.items if e.applicable and e.item.kind == "setting")
    assert window.results.evidence.seen.text() == (
        f"2 of {settings} settings seen in this check; the others rest on your memory."
    )


def test_a_strangers_look_overrules_an_answer_and_results_names_it(window: MainWindow, browser: Browser) -> None:
    open_section(window, "facebook")
    session = window.context.session
    assert session is not None
    window.check.cards["facebook.future_posts_audience"].choose("friends")  # remembered: "Friends"
    before = session.score.score
    window.go(RESULTS)
    summary = window.results.evidence
    assert summary.look.isVisibleTo(window) and not summary.contradicted.isVisibleTo(window)
    summary.open_look()
    dialog = summary.dialog
    assert isinstance(dialog, LookDialog)
    assert dialog.current_platform() == "facebook"
    dialog.address.setText("https://evil.example/jane")
    dialog.open_button.click()
    assert browser.opened == [] and "not a username" in dialog.problem.text()
    dialog.address.setText("jane.doe.77")
    dialog.open_button.click()
    assert browser.opened == ["https://www.facebook.com/jane.doe.77"]
    assert session.evidence.profiles == {"facebook": "jane.doe.77"}
    assert "private window" in " ".join(label.text() for label in dialog.findChildren(type(dialog.problem)))
    dialog.choose("facebook.future_posts_audience", "recent_visible")
    dialog.save.click()
    # The look wins: the answer is the option it showed, marked so, and the score follows.
    assert session.answers.choices["facebook.future_posts_audience"] == "public"
    assert session.evidence.given["facebook.future_posts_audience"].how == LOOK
    assert session.score.score > before
    assert "overrules" in dialog.outcome.text()
    # Named at the top of Results, and the check page shows the new answer.
    assert summary.contradicted.isVisibleTo(window)
    assert summary.contradicted.text().startswith("Audience of your future posts: you answered “Friends”")
    assert "a stranger's look shows" in summary.contradicted.text()
    assert window.check.cards["facebook.future_posts_audience"].answer() == "public"
    dialog.close()
    QApplication.processEvents()


def test_history_compares_guided_search_findings(tmp_path: Path, qtbot: QtBot) -> None:
    from privacycheck.core.loader import builtin_sources, load_packs
    from privacycheck.core.scoring import Checklist
    from privacycheck.services.session import CheckSession
    from privacycheck.ui.compare_text import WORSE, comparison_text

    checklist = Checklist(load_packs(builtin_sources()).packs)
    clock_now = [dt.datetime(2026, 9, 1, 9, tzinfo=dt.UTC)]

    def clock() -> dt.datetime:
        clock_now[0] += dt.timedelta(minutes=1)
        return clock_now[0]

    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        session = CheckSession(checklist, store, platforms=["facebook"], clock=clock)
        session.set_finding("searchability.name_city_search", "An old staff page")
        session.set_finding("searchability.data_brokers", "Nothing")
        older = store.get(session.complete() or 0)
        clock_now[0] += dt.timedelta(days=90)
        session.start_new(prefill=True)
        session.set_finding("searchability.name_city_search", "A people-search site lists my street")
        newer = store.get(session.complete() or 0)
    assert older is not None and newer is not None
    lines = comparison_text(checklist, older, newer, "en").lines
    texts = [line.text for line in lines]
    assert "What guided searches found:" in texts
    street = next(line for line in lines if "lists my street" in line.text)
    assert street.text.endswith("new result since last time") and street.tone == WORSE
    assert "(November 30, 2026)" in street.text  # the day it was recorded
    nothing = next(line for line in lines if line.text.endswith(" Nothing"))
    assert nothing.tone == "" and "(September 1, 2026)" in nothing.text  # carried over, found on the first check


def test_a_look_from_the_platforms_section_updates_its_cards(window: MainWindow, browser: Browser) -> None:
    from privacycheck.ui.pages.look import LookButton

    open_section(window, "facebook")
    session = window.context.session
    assert session is not None
    window.check.cards["facebook.friend_list_visibility"].choose("only_me")
    look = window.check.findChild(LookButton)
    assert look is not None
    look.button.click()
    dialog = look.dialog
    assert isinstance(dialog, LookDialog) and dialog.current_platform() == "facebook"
    dialog.choose("facebook.friend_list_visibility", "list_visible")
    dialog.save.click()  # the section is rebuilt under the open dialog
    assert dialog.isVisible()
    assert window.check.cards["facebook.friend_list_visibility"].answer() == "public"
    note = window.check.evidence_notes["facebook.friend_list_visibility"].note.text()
    assert note.startswith("Seen by a stranger's look on")
    dialog.close()


def test_the_look_dialog_opens_on_the_platform_asked_or_the_first(qtbot: QtBot) -> None:
    from privacycheck.core.loader import builtin_sources, load_packs
    from privacycheck.core.scoring import Checklist
    from privacycheck.services.session import CheckSession

    session = CheckSession(Checklist(load_packs(builtin_sources()).packs), None, platforms=["instagram", "facebook"])
    first = LookDialog(session, "en")
    qtbot.addWidget(first)
    assert first.current_platform() == "facebook"
    assert "facebook.friend_list_visibility" in first.groups
    asked = LookDialog(session, "en", platform="instagram")
    qtbot.addWidget(asked)
    assert asked.current_platform() == "instagram" and "instagram.private_account" in asked.groups


def test_a_recheck_asks_the_remembered_answers_first_and_a_confirmation_after_opening_is_seen(
    window: MainWindow, browser: Browser
) -> None:
    session = window.context.session
    assert session is not None
    session.answer("facebook.lookup_by_phone", "only_me", how=SEEN)
    session.answer("facebook.lookup_by_email", "only_me", how=SEEN)
    session.answer("facebook.birthday_visibility", "only_me")  # remembered
    session.answer("facebook.friend_list_visibility", "only_me")  # remembered
    session.complete()
    session.start_new(prefill=True)
    window.check.reload()
    open_section(window, "facebook")
    order = [item_id for item_id in window.check.cards if item_id in session.carried]
    assert order == [
        "facebook.friend_list_visibility",
        "facebook.birthday_visibility",
        "facebook.lookup_by_phone",
        "facebook.lookup_by_email",
    ]  # remembered first (in the pack's order), then seen
    friends = window.check.cards["facebook.friend_list_visibility"]
    button(friends, "Open this setting").click()
    confirm(window, "facebook.friend_list_visibility")  # after looking
    confirm(window, "facebook.birthday_visibility")  # from memory
    assert session.evidence.given["facebook.friend_list_visibility"].how == SEEN
    assert session.evidence.given["facebook.birthday_visibility"].how == REMEMBERED
    assert window.check.evidence_notes["facebook.friend_list_visibility"].note.text().startswith("Seen in the setting")
