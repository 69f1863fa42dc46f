"""The incident log: round trips through the real encrypted store with files, unreadable at rest, exported with what
was entered and nothing else, deleted for good, and driven from the command line."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from privacycheck.core.answers import Answers
from privacycheck.core.scoring import Checklist
from privacycheck.errors import PrivacycheckError
from privacycheck.services.assessments import save_assessment
from privacycheck.services.incidents import export_folder, log_html, read_attachment, safe_name, text_log
from privacycheck.services.recheck import recheck_status
from privacycheck.storage.incidents import MAX_FILE_BYTES, Attachment
from privacycheck.storage.store import KeyMode, StorageError, Store
from tests.clirun import run
from tests.factory import built, item, pack

NOW = dt.datetime(2026, 12, 1, 15, 30, tzinfo=dt.UTC)
WHAT = "He wrote ZQ-SECRET-WORDS under my daughter's photo"
WHO = "@zq_account_name"
PNG = b"\x89PNG\r\n\x1a\n" + b"ZQ-ATTACHMENT-BYTES-" * 50
FIELDS = {
    "happened": "2026-11-30T21:10",
    "platform": "instagram",
    "who": WHO,
    "where": "comments on a public post",
    "what": WHAT,
    "links": ["https://www.instagram.com/p/zq-post/"],
}


def open_passphrase(directory: Path) -> Store:
    return Store.open(directory, secrets=None, passphrase=lambda: "correct horse", new_mode=KeyMode.PASSPHRASE)


def files_in(directory: Path) -> list[Path]:
    return [path for path in directory.rglob("*") if path.is_file()]


def test_an_entry_and_its_files_round_trip_and_are_not_readable_at_rest(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        entry_id = store.add_incident(FIELDS, [Attachment("shot.png", PNG, "image/png")], NOW)
    with open_passphrase(tmp_path) as store:  # a new connection: nothing is cached
        entry = store.incident(entry_id)
        assert entry is not None and entry.fields == FIELDS and entry.created == NOW
        assert [(a.name, a.data, a.is_image) for a in entry.attachments] == [("shot.png", PNG, True)]
        assert [e.id for e in store.incidents()] == [entry_id]
    needles = [WHAT.encode(), WHO.encode(), b"ZQ-ATTACHMENT-BYTES", b"zq-post", b"shot.png"]
    for path in files_in(tmp_path):  # the database, its journal and backups alike
        raw = path.read_bytes()
        assert not any(needle in raw for needle in needles), path


def test_a_ciphertext_moved_to_another_entry_does_not_open(tmp_path: Path) -> None:
    with open_passphrase(tmp_path) as store:
        first = store.add_incident({"what": "first ZQ"}, [Attachment("a.png", PNG, "image/png")], NOW)
        second = store.add_incident({"what": "second ZQ"}, [], NOW)
    connection = sqlite3.connect(tmp_path / "privacycheck.db")
    with connection:
        blob = connection.execute("SELECT entry FROM incidents WHERE id = ?", (first,)).fetchone()[0]
        connection.execute("UPDATE incidents SET entry = ? WHERE id = ?", (blob, second))
        second_uuid = connection.execute("SELECT uuid FROM incidents WHERE id = ?", (second,)).fetchone()[0]
        connection.execute("UPDATE incident_files SET incident = ?", (second_uuid,))
    connection.close()
    with open_passphrase(tmp_path) as store:
        assert [e.id for e in store.incidents()] == [first]  # the moved text does not open at its new place
        assert store.damaged == [second]
        assert store.incident(first) is not None and store.incident(first).attachments == ()  # type: ignore[union-attr]
        with pytest.raises(StorageError):
            store.incident(second)


def test_files_have_a_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(b"\0" * (MAX_FILE_BYTES + 1))
    with pytest.raises(PrivacycheckError, match="limit"):
        read_attachment(big, MAX_FILE_BYTES)
    with Store.open(tmp_path / "home", secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        with pytest.raises(StorageError, match="larger than"):
            store.add_incident({"what": "x"}, [Attachment("big.png", b"\0" * (MAX_FILE_BYTES + 1))], NOW)
        assert store.incidents() == []


def test_a_file_is_typed_by_its_bytes_not_its_name(tmp_path: Path) -> None:
    fake = tmp_path / "not-an-image.png"
    fake.write_bytes(b"MZ\x90\x00 an executable")
    assert not read_attachment(fake, MAX_FILE_BYTES).is_image
    real = tmp_path / "photo.bin"
    real.write_bytes(PNG)
    assert read_attachment(real, MAX_FILE_BYTES).is_image


def test_the_export_holds_what_was_entered_and_nothing_else(tmp_path: Path) -> None:
    checklist = Checklist([built(pack("demo", [item("demo.zq_answer_item")]))])
    with open_passphrase(tmp_path / "home") as store:
        save_assessment(store, checklist, Answers(frozenset({"facebook"}), {"demo.zq_answer_item": "open"}))
        store.set_pref("zq_preference", "zq-pref-value")
        store.add_incident(FIELDS, [Attachment("../../evil name?.png", PNG, "image/png")], NOW)
        entries = store.incidents()
    written = export_folder(entries, tmp_path / "out", "en", NOW)
    names = sorted(str(path.relative_to(tmp_path / "out")) for path in written)
    assert names == ["entry-01/01-evil name_.png", "incident-log.json", "incident-log.txt"]
    assert (tmp_path / "out" / "entry-01" / "01-evil name_.png").read_bytes() == PNG
    log = json.loads((tmp_path / "out" / "incident-log.json").read_text("utf-8"))
    (entry,) = log["entries"]
    assert {k: entry[k] for k in FIELDS} == FIELDS
    assert set(entry) == {*FIELDS, "logged", "files"}
    assert entry["files"][0]["saved_as"] == "entry-01/01-evil name_.png"
    everything = "".join(path.read_text("utf-8", "replace") for path in files_in(tmp_path / "out"))
    for stranger in ("zq_answer_item", "zq-pref-value", "score"):
        assert stranger not in everything
    for text in (text_log(entries, "fr", NOW), log_html(entries, "fr", NOW)):
        assert WHO in text and "Journal d’incidents" in text and "zq_answer_item" not in text
    assert "&lt;script&gt;" in log_html([entries[0].__class__(1, NOW, {"what": "<script>"})], "en", NOW)
    with pytest.raises(PrivacycheckError, match="exists already"):
        export_folder(entries, tmp_path / "out", "en", NOW)
    for inside in (tmp_path / "home", tmp_path / "home" / "log"):  # a decrypted copy never lands in the data folder
        with pytest.raises(PrivacycheckError, match="data folder"):
            export_folder(entries, inside, "en", NOW, home=tmp_path / "home")
    assert not (tmp_path / "home" / "log").exists()
    assert safe_name("..") == "file" and "/" not in safe_name("a/b\\c")


def test_delete_removes_the_entry_and_its_files_and_data_export_includes_them(tmp_path: Path) -> None:
    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        keep = store.add_incident({"what": "kept"}, [Attachment("k.png", PNG, "image/png")], NOW)
        gone = store.add_incident({"what": "ZQ-GONE-TEXT"}, [Attachment("g.txt", b"ZQ-GONE-FILE", "text/plain")], NOW)
        store.set_sealed_pref("own_contacts", {"contacts": [{"name": "Sam", "role": "supervisor"}]})
        assert store.delete_incident(gone) and not store.delete_incident(gone)
        exported = store.export()
    assert [entry["what"] for entry in exported["incidents"]] == ["kept"]
    assert exported["incidents"][0]["id"] == keep and exported["incidents"][0]["files"][0]["name"] == "k.png"
    assert exported["personal_settings"]["own_contacts"]["contacts"][0]["name"] == "Sam"
    for path in files_in(tmp_path):  # secure_delete: even an unencrypted store keeps nothing of the deleted entry
        raw = path.read_bytes()
        assert b"ZQ-GONE-TEXT" not in raw and b"ZQ-GONE-FILE" not in raw, path


def test_encrypting_an_unencrypted_store_seals_the_log_too(tmp_path: Path) -> None:
    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        store.add_incident({"what": WHAT}, [Attachment("a.png", PNG, "image/png")], NOW)
        store.set_sealed_pref("own_contacts", {"contacts": [{"name": "ZQ-CONTACT-NAME", "role": "union"}]})
        store.change_protection(KeyMode.PASSPHRASE, secrets=None, passphrase=lambda: "correct horse")
    store = Store.open(tmp_path, secrets=None, passphrase=lambda: "correct horse")
    with store:
        connection = store._db
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")  # the old unencrypted pages are gone from the file, as after any rewrite
        assert store.incidents()[0].fields["what"] == WHAT
        assert store.sealed_pref("own_contacts") == {"contacts": [{"name": "ZQ-CONTACT-NAME", "role": "union"}]}
    for path in files_in(tmp_path):
        raw = path.read_bytes()
        assert WHAT.encode() not in raw and b"ZQ-ATTACHMENT" not in raw and b"ZQ-CONTACT" not in raw, path


def test_an_incident_moves_the_next_recheck_closer(tmp_path: Path) -> None:
    checklist = Checklist([built(pack("demo", [item("demo.a")]))])
    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        save_assessment(store, checklist, Answers(frozenset({"facebook"}), {"demo.a": "safe"}))
        day = store.latest_created()
        assert day is not None
        before = recheck_status(store, None, day.date())
        store.add_incident({"what": "x"}, [], day + dt.timedelta(days=1))
        after = recheck_status(store, None, day.date())
    assert before.next is not None and after.next is not None
    assert (after.next - day.astimezone().date()).days <= 4 < (before.next - day.astimezone().date()).days
    assert before.to_json()["incident"] is None
    assert after.to_json()["incident"] == (day + dt.timedelta(days=1)).astimezone().date().isoformat()


def test_the_command_line_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run("data", "init", "--unencrypted", home=home).returncode == 0
    shot = tmp_path / "shot.png"
    shot.write_bytes(PNG)
    added = run(
        "incident", "add", "--what", WHAT, "--who", WHO, "--link", "https://x.com/zq", "--file", str(shot),
        "--happened", "2026-11-30", "--json", home=home,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    row = json.loads(added.stdout)
    assert row["what"] == WHAT and row["happened"] == "2026-11-30" and row["files"][0]["size"] == len(PNG)
    listed = json.loads(run("incident", "list", "--json", home=home).stdout)
    assert [entry["id"] for entry in listed["incidents"]] == [row["id"]]
    folder = run("incident", "export", "--out", str(tmp_path / "log"), home=home)
    assert folder.returncode == 0, folder.stderr
    assert WHAT in (tmp_path / "log" / "incident-log.txt").read_text("utf-8")
    pdf = run("incident", "export", "--out", str(tmp_path / "log.pdf"), home=home)
    assert pdf.returncode == 0 and (tmp_path / "log.pdf").read_bytes().startswith(b"%PDF")
    exported = tmp_path / "all.json"
    assert run("data", "export", str(exported), home=home).returncode == 0
    assert json.loads(exported.read_text("utf-8"))["incidents"][0]["what"] == WHAT
    refused = run("incident", "delete", str(row["id"]), home=home)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert run("incident", "delete", str(row["id"]), "--yes", home=home).returncode == 0
    assert json.loads(run("incident", "list", "--json", home=home).stdout)["incidents"] == []
    bad = run("incident", "add", "--what", "x", "--link", "javascript:alert(1)", home=home)
    assert bad.returncode == 1 and "not a web address" in bad.stderr
    lockdown = json.loads(run("incident", "lockdown", "--platform", "x", "--json", home=home).stdout)
    assert lockdown["steps"][0]["item"] == "x.protect_posts" and lockdown["minutes"] > 0
    assert run("incident", "add", "--what", "kept until everything goes", home=home).returncode == 0
    assert run("data", "delete", "--yes", home=home).returncode == 0  # "Delete everything"
    assert not home.exists() or not any(b"kept until" in p.read_bytes() for p in files_in(home))
