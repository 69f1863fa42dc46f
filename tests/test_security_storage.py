"""Security review F1, F6, F8, F9, F10, F11, F16, F17, F22 and the crypto hardening of the store, on real files."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from privacycheck.storage import crypto
from privacycheck.storage.database import SCHEMA_VERSION
from privacycheck.storage.home import MARKER, erase, prepare_home
from privacycheck.storage.paths import DATABASE_NAME, data_dir
from privacycheck.storage.store import (
    KeyMode,
    LostKey,
    NeedsKeyChoice,
    NotOurFolder,
    Record,
    StorageError,
    Store,
    WrongPassphrase,
)
from tests.test_storage import DictSecrets

FIXTURES = Path(__file__).parent / "fixtures" / "store_v1"
V1_PASSPHRASE = "fixture passphrase v1"


def kdf(n: object, salt: object = "A" * 22 + "==") -> str:
    value = json.dumps({"name": "scrypt", "n": n, "r": 8, "p": 1, "salt": salt}).replace("'", "''")
    return f"UPDATE meta SET value = '{value}' WHERE key = 'kdf'"


NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def record(score: float = 1.0, status: str = "complete", created: dt.datetime = NOW) -> Record:
    return Record(None, created, created, status, {"answers": {"a.b": "yes"}}, {"score": score, "band": "low"})


def keyring_store(home: Path, secrets: DictSecrets) -> Store:
    return Store.open(home, secrets=lambda: secrets)


def plaintext_store(home: Path) -> Store:
    return Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT)


def edit(home: Path, *statements: str, arguments: tuple[object, ...] = ()) -> None:
    connection = sqlite3.connect(home / DATABASE_NAME)
    for statement in statements:
        connection.execute(statement, arguments if "?" in statement else ())
    connection.commit()
    connection.close()


# ---- F1: the app deletes only what it made, and never settles in someone else's folder ---------------------------


def test_f1_delete_everything_keeps_the_users_own_files(tmp_path: Path) -> None:
    home = tmp_path / "data"
    secrets = DictSecrets()
    with keyring_store(home, secrets) as store:
        store.save(record())
    (home / "cv.docx").write_text("keep")  # put there later, by the user
    (home / "taxes").mkdir()
    (home / "taxes" / "2025.pdf").write_text("keep")
    removed, left = erase(home, lambda: secrets)
    assert sorted(left) == ["cv.docx", "taxes"]
    assert (home / "cv.docx").read_text() == "keep" and (home / "taxes" / "2025.pdf").read_text() == "keep"
    assert not (home / DATABASE_NAME).exists() and secrets.values == {}
    assert any(entry.endswith(DATABASE_NAME) for entry in removed)


def test_f1_a_folder_holding_other_files_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "cv.docx").write_text("keep")
    before = sorted(p.name for p in documents.iterdir())
    with pytest.raises(NotOurFolder, match="did not make"):
        plaintext_store(documents)
    assert sorted(p.name for p in documents.iterdir()) == before


def test_f1_a_folder_made_by_the_earlier_release_is_adopted(tmp_path: Path) -> None:
    home = tmp_path / "old"
    shutil.copytree(FIXTURES / "plaintext", home)
    (home / "settings.json").write_text("{}")
    prepare_home(home)
    assert (home / MARKER).exists()


def test_f1_the_cli_refuses_a_documents_folder_and_deletes_nothing_there(tmp_path: Path) -> None:
    from tests.clirun import run

    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "cv.docx").write_text("keep")
    result = run("data", "init", "--unencrypted", home=documents)
    assert result.returncode == 1 and "did not make" in result.stderr and "Traceback" not in result.stderr
    result = run("data", "delete", "--yes", home=documents)
    assert result.returncode == 0, result.stderr
    assert (documents / "cv.docx").read_text() == "keep"


# ---- F6, F16: nothing half set up --------------------------------------------------------------------------------


def test_f6_a_first_run_without_a_key_choice_leaves_no_database(tmp_path: Path) -> None:
    with pytest.raises(NeedsKeyChoice):
        Store.open(tmp_path, secrets=None)
    assert not (tmp_path / DATABASE_NAME).exists()
    with plaintext_store(tmp_path) as store:  # and the choice made afterwards works
        assert store.mode is KeyMode.PLAINTEXT


def test_f6_a_database_left_without_a_key_by_the_earlier_release_can_still_be_set_up(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "plaintext" / DATABASE_NAME, tmp_path / DATABASE_NAME)
    edit(tmp_path, "DELETE FROM meta", "DELETE FROM assessments")
    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        assert store.mode is KeyMode.PLAINTEXT and store.history() == []


def test_f16_the_key_is_set_up_in_one_transaction(tmp_path: Path) -> None:
    """The meta rows, the schema and the version are written together: a trace shows one BEGIN…COMMIT around them."""
    seen: list[str] = []
    real_connect = sqlite3.connect

    def traced(*arguments: object, **options: object) -> sqlite3.Connection:
        connection = real_connect(*arguments, **options)  # type: ignore[arg-type]
        connection.set_trace_callback(seen.append)
        return connection

    sqlite3.connect = traced  # type: ignore[assignment]
    try:
        keyring_store(tmp_path, DictSecrets()).close()
    finally:
        sqlite3.connect = real_connect
    begin = seen.index("BEGIN IMMEDIATE")
    commit = seen.index("COMMIT")
    inserts = [i for i, text in enumerate(seen) if text.startswith("INSERT INTO meta")]
    version = next(i for i, text in enumerate(seen) if text.startswith("PRAGMA user_version="))
    assert inserts and all(begin < i < commit for i in [*inserts, version])


# ---- crypto hardening and F8 -------------------------------------------------------------------------------------


def test_f8_a_downgrade_to_unencrypted_is_refused(tmp_path: Path) -> None:
    secrets = DictSecrets()
    with keyring_store(tmp_path, secrets) as store:
        store.save(record())
    edit(tmp_path, "UPDATE meta SET value = 'plaintext' WHERE key = 'key_mode'")
    with pytest.raises(StorageError, match="outside privacycheck"):
        keyring_store(tmp_path, secrets)
    edit(tmp_path, "DELETE FROM meta WHERE key IN ('key_check', 'meta_mac')")
    with pytest.raises(StorageError, match="encrypted checks but says it is unencrypted"):
        keyring_store(tmp_path, secrets)


def test_f8_a_forged_unencrypted_row_is_never_read_as_the_users(tmp_path: Path) -> None:
    secrets = DictSecrets()
    with keyring_store(tmp_path, secrets) as store:
        real = store.save(record(10.0))
    forged = b'P{"score":0.0,"band":"low"}'
    edit(
        tmp_path,
        "INSERT INTO assessments (uuid, created, updated, status, summary, payload) VALUES (?, ?, ?, ?, ?, ?)",
        arguments=("x", "2030-01-01T00:00:00+00:00", "2030-01-01T00:00:00+00:00", "complete", forged, b"P{}"),
    )
    with keyring_store(tmp_path, secrets) as store:
        assert [s.id for s in store.history()] == [real] and len(store.damaged) == 1
        latest = store.latest()  # the forged row is newer: skipped, and named
        assert latest is not None and latest.id == real and len(store.damaged) == 1
        with pytest.raises(StorageError, match="damaged"):
            store.get(store.damaged[0])


def test_f8_rows_cannot_be_swapped_nor_their_dates_or_status_forged(tmp_path: Path) -> None:
    secrets = DictSecrets()
    with keyring_store(tmp_path, secrets) as store:
        first = store.save(record(10.0, created=NOW - dt.timedelta(days=30)))
        second = store.save(record(90.0))
    edit(
        tmp_path,
        "UPDATE assessments SET summary = (SELECT summary FROM assessments WHERE id = 1) WHERE id = 2",
        "UPDATE assessments SET created = '2020-01-01T00:00:00+00:00' WHERE id = 1",
    )
    with keyring_store(tmp_path, secrets) as store:
        assert store.history() == [] and sorted(store.damaged) == [first, second]


@pytest.mark.parametrize(
    "change",
    [
        kdf(2**40),
        kdf("x", 5),
        kdf(1024),
        "DELETE FROM meta WHERE key = 'wrapped_key'",
        "UPDATE meta SET value = 'not base64!' WHERE key = 'meta_mac'",
        "UPDATE meta SET value = 'keyring' WHERE key = 'key_mode'",
    ],
    ids=["huge-n", "wrong-types", "weak-n", "no-wrapped-key", "bad-mac", "mode-switched"],
)
def test_f8_edited_passphrase_settings_are_refused_without_a_traceback(
    tmp_path: Path, change: str, passphrase_v2: Path
) -> None:
    home = tmp_path / "h"
    shutil.copytree(passphrase_v2, home)
    edit(home, change)
    with pytest.raises(StorageError):
        Store.open(home, secrets=lambda: DictSecrets(), passphrase=lambda: "correct horse v2")


def test_f8_the_scrypt_cost_is_at_least_2_to_the_17_and_stored(passphrase_v2: Path) -> None:
    kdf = json.loads(_meta(passphrase_v2)["kdf"])
    assert kdf["n"] >= 2**17 and kdf["r"] == 8 and kdf["p"] == 1
    assert crypto.SCRYPT_N >= 2**17
    assert not crypto.parameters_in_bounds(2**15, 8, 1, b"s" * 16)
    assert not crypto.parameters_in_bounds(2**40, 8, 1, b"s" * 16)


def test_change_passphrase_and_move_between_keyring_and_passphrase_keep_every_check(
    tmp_path: Path, passphrase_v2: Path
) -> None:
    home = tmp_path / "h"
    shutil.copytree(passphrase_v2, home)
    secrets = DictSecrets()
    with Store.open(home, secrets=None, passphrase=lambda: "correct horse v2") as store:
        store.change_protection(KeyMode.PASSPHRASE, secrets=None, passphrase=lambda: "a new passphrase")
    with pytest.raises(WrongPassphrase):
        Store.open(home, secrets=None, passphrase=lambda: "correct horse v2")
    with Store.open(home, secrets=None, passphrase=lambda: "a new passphrase") as store:
        store.change_protection(KeyMode.KEYRING, secrets=lambda: secrets)
    with keyring_store(home, secrets) as store:
        assert store.mode is KeyMode.KEYRING and [s.score for s in store.history()] == [42.0]
        with pytest.raises(StorageError, match="at least 8"):
            store.change_protection(KeyMode.PASSPHRASE, secrets=lambda: secrets, passphrase=lambda: "short")


def test_unencrypted_data_can_be_encrypted_later(tmp_path: Path) -> None:
    secrets = DictSecrets()
    with plaintext_store(tmp_path) as store:
        store.save(record(7.0))
        store.change_protection(KeyMode.KEYRING, secrets=lambda: secrets)
    assert b"7.0" not in (tmp_path / DATABASE_NAME).read_bytes()
    with keyring_store(tmp_path, secrets) as store:
        assert store.encrypted and [s.score for s in store.history()] == [7.0]


# ---- migration from the release of 2026-12-01 -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["passphrase", "keyring", "plaintext"])
def test_a_store_made_by_the_2026_12_01_release_migrates_after_a_backup(tmp_path: Path, mode: str) -> None:
    home = tmp_path / "h"
    shutil.copytree(FIXTURES / mode, home)
    secrets = DictSecrets()
    original = (home / DATABASE_NAME).read_bytes()
    if mode == "keyring":
        entry = json.loads((home / "keyring-key.txt").read_text())
        secrets.set(entry["name"], entry["value"])
        (home / "keyring-key.txt").unlink()
    when = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
    with Store.open(home, secrets=lambda: secrets, passphrase=lambda: V1_PASSPHRASE, now=lambda: when) as store:
        assert store.mode is KeyMode(mode)
        history = store.history()
        assert [(s.created.date().isoformat(), s.score) for s in history] == [("2026-03-01", 2.0), ("2026-09-01", 2.0)]
        draft = store.draft()
        assert draft is not None and draft.payload["notes"] == {"demo.two": "draft note"}
        first = store.get(history[0].id)
        assert first is not None and first.payload["answers"] == {"demo.one": "yes", "demo.two": "no"}
        assert store.pref("recheck_days") == "90" and not store.damaged
    backup = home / "backups" / "privacycheck-v1-20261202T080000Z.db"
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM assessments").fetchone()[0] == 3
    copy.close()
    assert original != (home / DATABASE_NAME).read_bytes()
    meta = _meta(home)
    assert sqlite3.connect(home / DATABASE_NAME).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    if mode != "plaintext":
        assert "meta_mac" in meta
    if mode == "passphrase":
        assert json.loads(meta["kdf"])["n"] >= 2**17
    with Store.open(home, secrets=lambda: secrets, passphrase=lambda: V1_PASSPHRASE) as store:  # opens again
        assert len(store.history()) == 2


def test_a_wrong_passphrase_leaves_an_old_store_unmigrated(tmp_path: Path) -> None:
    home = tmp_path / "h"
    shutil.copytree(FIXTURES / "passphrase", home)
    original = (home / DATABASE_NAME).read_bytes()
    with pytest.raises(WrongPassphrase):
        Store.open(home, secrets=None, passphrase=lambda: "not the passphrase")
    assert (home / DATABASE_NAME).read_bytes() == original and not (home / "backups").exists()


# ---- F9, F17: one damaged row, damaged files, odd keyring values ---------------------------------------------------


def test_f9_one_damaged_row_leaves_the_others_readable_and_exportable(tmp_path: Path) -> None:
    secrets = DictSecrets()
    with keyring_store(tmp_path, secrets) as store:
        ids = [store.save(record(float(n), created=NOW + dt.timedelta(days=n))) for n in range(3)]
    edit(
        tmp_path,
        "UPDATE assessments SET summary = CAST(x'ff00fe' AS TEXT) WHERE id = ?",
        arguments=(ids[1],),
    )
    with keyring_store(tmp_path, secrets) as store:
        assert [s.id for s in store.history()] == [ids[0], ids[2]] and store.damaged == [ids[1]]
        exported = store.export()
        assert [a["id"] for a in exported["assessments"]] == [ids[0], ids[2]] and exported["damaged"] == [ids[1]]
        with pytest.raises(StorageError, match=f"Assessment {ids[1]} .* damaged"):
            store.get(ids[1])


def test_f17_a_non_base64_keyring_value_is_a_clear_error(tmp_path: Path) -> None:
    secrets = DictSecrets()
    keyring_store(tmp_path, secrets).close()
    [name] = secrets.values
    secrets.set(name, "%%% not base64 %%%")
    with pytest.raises(LostKey, match="not a privacycheck key"):
        keyring_store(tmp_path, secrets)


def test_f17_a_truncated_database_is_a_clear_error(tmp_path: Path) -> None:
    with plaintext_store(tmp_path) as store:
        for n in range(30):
            store.save(record(float(n)))
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / DATABASE_NAME
    path.write_bytes(path.read_bytes()[:-1])
    try:
        with plaintext_store(tmp_path) as store:
            store.export()
    except StorageError:
        pass  # said plainly; an open that still works is fine too


# ---- F10, F11, F22: folders ----------------------------------------------------------------------------------------


def test_f11_a_relative_home_is_made_absolute() -> None:
    assert data_dir({"PRIVACYCHECK_HOME": "rel/home"}) == Path.cwd() / "rel" / "home"


def test_f22_an_existing_home_is_made_private(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    plaintext_store(home).close()
    assert home.stat().st_mode & 0o777 == 0o700


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to run as another user")
def test_f10_a_read_only_store_is_read_and_never_called_damaged(tmp_path: Path) -> None:
    shared = Path(os.environ.get("TMPDIR", "/tmp")) / f"pc-ro-{os.getpid()}"
    shared.mkdir(mode=0o755)
    try:
        home = shared / "h"
        with plaintext_store(home) as store:
            store.save(record(5.0))
        home.chmod(0o755)
        (home / DATABASE_NAME).chmod(0o644)
        script = (
            "import sys; from pathlib import Path; from privacycheck.storage.store import Store, StorageError\n"
            "s = Store.open(Path(sys.argv[1]), secrets=None)\n"
            "print([x.score for x in s.history()])\n"
            "try:\n    s.set_pref('x', 'y')\nexcept StorageError as e:\n    print(e.title)\n"
        )
        as_nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", sys.executable, "-c"]
        checkout = Path(__file__).resolve().parents[1]
        probe = subprocess.run([*as_nobody, "import privacycheck.storage.store"], capture_output=True, cwd=checkout)
        if probe.returncode != 0:  # a checkout or an interpreter in a private folder (/root, say)
            pytest.skip("another user cannot run this checkout's Python")
        result = subprocess.run(
            [*as_nobody, script, str(home)], capture_output=True, text=True, cwd=checkout, timeout=60
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split("\n")[:2] == ["[5.0]", "Read-only"]
    finally:
        shutil.rmtree(shared)


# ---- a store in schema 2 with a passphrase, made once per session (scrypt at 2^17 is slow on purpose) ------------


def _meta(home: Path) -> dict[str, str]:
    connection = sqlite3.connect(home / DATABASE_NAME)
    try:
        return dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def passphrase_v2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("v2") / "passphrase-v2"
    with Store.open(home, secrets=None, passphrase=lambda: "correct horse v2", new_mode=KeyMode.PASSPHRASE) as store:
        store.save(record(42.0))
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return home
