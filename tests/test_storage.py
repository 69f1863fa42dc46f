"""The SQLite store on real files: encryption, protection modes, damaged files, migrations, crashes, export, erase."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from privacycheck.core.answers import Answers
from privacycheck.core.scoring import Checklist
from privacycheck.errors import PrivacycheckError
from privacycheck.services.assessments import answers_of, save_assessment
from privacycheck.storage.home import MARKER
from privacycheck.storage.paths import DATABASE_NAME
from privacycheck.storage.secrets import KeyringUnavailable
from privacycheck.storage.store import (
    KeyMode,
    LostKey,
    NeedsKeyChoice,
    Record,
    StorageError,
    Store,
    WrongPassphrase,
    erase,
    move_aside,
)
from tests.factory import built, item, option, pack

SECRET_ITEM = "demo.employer_named_zq"
SECRET_OPTION = "yes_every_week_zq"
NOTE = "my-note-about-a-client-zq"


def checklist() -> Checklist:
    options = [option("no", 0), option(SECRET_OPTION, 1)]
    return Checklist([built(pack("demo", [item(SECRET_ITEM, options=options), item("demo.other")]))])


ANSWERS = Answers(frozenset({"facebook"}), {SECRET_ITEM: SECRET_OPTION, "demo.other": "partly"})


def open_passphrase(directory: Path, phrase: str = "correct horse") -> Store:
    return Store.open(directory, secrets=None, passphrase=lambda: phrase, new_mode=KeyMode.PASSPHRASE)


def no_keyring() -> Store:
    raise KeyringUnavailable("No secure system keyring is available.")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_saved_assessment_reads_back_after_reopening(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        saved_id, score = save_assessment(store, checklist(), ANSWERS, notes={SECRET_ITEM: NOTE})
        assert store.encrypted and store.mode is KeyMode.PASSPHRASE
    with open_passphrase(tmp_path) as store:
        record = store.get(saved_id)
        assert record is not None
        assert answers_of(record) == ANSWERS
        assert record.payload["notes"] == {SECRET_ITEM: NOTE}
        assert record.summary["score"] == round(score.score, 1)
        [summary] = store.history()
        assert (summary.id, summary.score, summary.band) == (saved_id, round(score.score, 1), score.band)


def test_the_latest_finished_checks_date_is_read_without_its_answers(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        assert store.latest_created() is None
        days = [dt.datetime(2026, month, 1, 12, tzinfo=dt.UTC) for month in (3, 9, 5)]
        for day in days:
            save_assessment(store, checklist(), ANSWERS, created=day, clock=lambda day=day: day)
        save_assessment(store, checklist(), ANSWERS, status="draft", created=days[0] + dt.timedelta(days=400))
        latest = store.latest()
        assert latest is not None
        assert store.latest_created() == latest.created == days[1]  # the draft is not a finished check
        assert store.latest_created("draft") == days[0] + dt.timedelta(days=400)


def test_no_answer_item_id_or_note_appears_in_any_file(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        for _ in range(3):
            save_assessment(store, checklist(), ANSWERS, notes={SECRET_ITEM: NOTE})
        save_assessment(store, checklist(), ANSWERS, status="draft", findings={SECRET_ITEM: NOTE})
        store.set_pref("language", "fr")
        files = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert {p.name for p in files} >= {DATABASE_NAME}
        for path in files:
            content = path.read_bytes()
            for secret in (SECRET_ITEM, SECRET_OPTION, NOTE, "employer_named"):
                assert secret.encode() not in content, f"{secret} found in {path.name}"


def test_files_are_private_to_the_user(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with open_passphrase(home) as store:
        save_assessment(store, checklist(), ANSWERS)
    assert home.stat().st_mode & 0o777 == 0o700
    for path in home.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_wrong_passphrase_is_refused_and_the_file_is_untouched(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        save_assessment(store, checklist(), ANSWERS)
    before = digest(tmp_path / DATABASE_NAME)
    with pytest.raises(WrongPassphrase, match="does not open your data"):
        open_passphrase(tmp_path, "wrong horse")
    assert digest(tmp_path / DATABASE_NAME) == before


def test_without_a_keyring_a_new_store_asks_for_a_choice(tmp_path: Path) -> None:
    with pytest.raises(NeedsKeyChoice, match="No secure system keyring"):
        Store.open(tmp_path, secrets=no_keyring)
    with Store.open(tmp_path, secrets=no_keyring, new_mode=KeyMode.PLAINTEXT) as store:
        assert (store.mode, store.encrypted) == (KeyMode.PLAINTEXT, False)
        save_assessment(store, checklist(), ANSWERS)
    with Store.open(tmp_path, secrets=no_keyring) as store:  # the choice is remembered
        assert store.mode is KeyMode.PLAINTEXT
        assert len(store.history()) == 1


def test_a_keyring_store_without_its_key_reports_a_lost_key(tmp_path: Path) -> None:
    secrets = DictSecrets()
    with Store.open(tmp_path, secrets=lambda: secrets) as store:
        save_assessment(store, checklist(), ANSWERS)
    before = digest(tmp_path / DATABASE_NAME)
    secrets.values.clear()
    with pytest.raises(LostKey, match="missing from the system keyring"):
        Store.open(tmp_path, secrets=lambda: secrets)
    assert digest(tmp_path / DATABASE_NAME) == before


class DictSecrets:
    """A secret store in memory, for the tests of the logic around the key.

    The real keyring (gnome-keyring under D-Bus) is exercised in tests/test_keyring.py.
    """

    description = "memory"

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a database at all" * 100, "is not a privacycheck database, or it is damaged"),
        (b"SQLite format 3\x00" + b"\x07" * 4000, "is not a privacycheck database, or it is damaged"),
    ],
)
def test_a_damaged_file_is_reported_and_kept_byte_for_byte(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / DATABASE_NAME
    path.write_bytes(content)
    with pytest.raises(StorageError, match=message):
        open_passphrase(tmp_path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != MARKER) == [DATABASE_NAME]


def test_another_programs_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('someone')")
    other.commit()
    other.close()
    before = digest(path)
    with pytest.raises(StorageError, match="belongs to another program"):
        open_passphrase(tmp_path)
    assert digest(path) == before


def test_a_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    with open_passphrase(tmp_path):
        pass
    connection = sqlite3.connect(tmp_path / DATABASE_NAME)
    connection.execute("PRAGMA user_version=99")
    connection.close()
    before = digest(tmp_path / DATABASE_NAME)
    with pytest.raises(StorageError, match="written by a newer privacycheck"):
        open_passphrase(tmp_path)
    assert digest(tmp_path / DATABASE_NAME) == before


def test_a_damaged_file_can_be_moved_aside_to_start_afresh(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    path.write_bytes(b"garbage" * 50)
    aside = move_aside(tmp_path, dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.UTC))
    assert aside.read_bytes() == b"garbage" * 50
    with open_passphrase(tmp_path) as store:
        assert store.history() == []


def test_a_full_disk_is_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        first, _ = save_assessment(store, checklist(), ANSWERS)
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "disk is full" from here on
        big = Answers(ANSWERS.platforms, {f"demo.x{n}": "o" * 200 for n in range(400)})
        with pytest.raises(StorageError, match="full"):
            store.save(Record(None, dt.datetime.now(dt.UTC), dt.datetime.now(dt.UTC), "complete", big.to_json()))
        assert [s.id for s in store.history()] == [first]


def test_one_draft_is_autosaved_and_resumed(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        draft_id, _ = save_assessment(store, checklist(), ANSWERS.with_choice("demo.other", None), status="draft")
        save_assessment(store, checklist(), ANSWERS, status="draft", record_id=draft_id)
    with open_passphrase(tmp_path) as store:
        draft = store.draft()
        assert draft is not None and draft.id == draft_id
        assert answers_of(draft) == ANSWERS
        assert store.history() == []  # a draft is not a finished check


SAVER = """
import sys, itertools
from pathlib import Path
from privacycheck.storage.store import Store, KeyMode
from privacycheck.services.assessments import save_assessment
from tests.test_storage import checklist, ANSWERS
store = Store.open(Path(sys.argv[1]), secrets=None, passphrase=lambda: "correct horse")
for n in itertools.count():
    save_assessment(store, checklist(), ANSWERS)
    if n == 20:
        print("saving", flush=True)
"""


@pytest.mark.slow
def test_a_process_killed_while_saving_loses_at_most_the_save_in_flight(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        save_assessment(store, checklist(), ANSWERS)
    root = Path(__file__).resolve().parents[1]
    saver = subprocess.Popen([sys.executable, "-c", SAVER, str(tmp_path)], stdout=subprocess.PIPE, cwd=root)
    assert saver.stdout is not None
    assert saver.stdout.readline().strip() == b"saving"
    time.sleep(0.3)
    os.kill(saver.pid, signal.SIGKILL)
    saver.wait()
    saver.stdout.close()
    with open_passphrase(tmp_path) as store:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        history = store.history()
        assert len(history) > 21
        for summary in history:  # every stored row opens: nothing half-written
            record = store.get(summary.id)
            assert record is not None and answers_of(record) == ANSWERS


def test_export_is_everything_decrypted(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        saved_id, _ = save_assessment(store, checklist(), ANSWERS, notes={SECRET_ITEM: NOTE})
        store.set_pref("language", "fr")
        exported = store.export()
    assert exported["protection"] == "passphrase"
    assert exported["preferences"] == {"language": "fr"}
    [assessment] = exported["assessments"]
    assert assessment["id"] == saved_id
    assert assessment["answers"] == dict(ANSWERS.choices)
    assert assessment["notes"] == {SECRET_ITEM: NOTE}


def test_erase_removes_everything_and_the_key(tmp_path: Path) -> None:
    secrets = DictSecrets()
    with Store.open(tmp_path, secrets=lambda: secrets) as store:
        save_assessment(store, checklist(), ANSWERS)
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "x.json").write_text("{}")
    assert len(secrets.values) == 1
    removed, left = erase(tmp_path, lambda: secrets)
    assert removed[0] == "the data key in the system keyring"
    assert left == []
    assert secrets.values == {}
    assert not tmp_path.exists()  # the folder privacycheck made is gone with its files


def test_storage_errors_carry_a_title_for_the_dialog() -> None:
    error = WrongPassphrase("That passphrase does not open your data.")
    assert isinstance(error, PrivacycheckError)
    assert error.title == "Wrong passphrase"
