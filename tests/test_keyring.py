"""Against a real Secret Service (gnome-keyring on a private D-Bus session), and without any keyring at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from privacycheck.storage.secrets import SERVICE, KeyringStore, KeyringUnavailable
from privacycheck.storage.store import LostKey, Store
from tests import keyring_daemon

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.keyring


@pytest.fixture(scope="module")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    if not keyring_daemon.available():
        message = "gnome-keyring-daemon and dbus-daemon are not installed (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with keyring_daemon.secret_service(tmp_path_factory.mktemp("keyring-home")) as environment:
        yield environment


@pytest.fixture
def keyring_env(secret_service: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name, value in secret_service.items():
        monkeypatch.setenv(name, value)
    return secret_service


def secret_service_store() -> KeyringStore:
    from keyring.backends.SecretService import Keyring

    return KeyringStore(Keyring())


def stored_labels(environment: dict[str, str]) -> list[str]:
    """What privacycheck holds in the Secret Service, read with the Secret Service's own client library."""
    probe = (
        "import json, secretstorage\n"
        "c = secretstorage.dbus_init()\n"
        f"items = secretstorage.search_items(c, {{'service': {SERVICE!r}}})\n"
        "print(json.dumps(sorted(i.get_attributes()['username'] for i in items)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], env={**os.environ, **environment}, capture_output=True, text=True, check=True
    )
    return list(json.loads(result.stdout))


def test_the_key_lives_in_the_secret_service_and_opens_the_store(keyring_env: dict[str, str], tmp_path: Path) -> None:
    store = secret_service_store()
    with Store.open(tmp_path, secrets=lambda: store) as opened:
        store_id = opened.store_id
        opened.set_pref("language", "fr")
    assert f"data-key:{store_id}" in stored_labels(keyring_env)
    with Store.open(tmp_path, secrets=lambda: store) as reopened:
        assert reopened.pref("language") == "fr"
    store.delete(f"data-key:{store_id}")
    with pytest.raises(LostKey, match="missing from the system keyring"):
        Store.open(tmp_path, secrets=lambda: store)


def test_find_picks_the_secret_service(keyring_env: dict[str, str]) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from privacycheck.storage.secrets import KeyringStore; print(KeyringStore.find().description)",
        ],
        env={**os.environ, **keyring_env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "SecretService Keyring"


def run_cli(*arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacycheck", *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8", **env},
        cwd=ROOT,
    )


def answers_file(tmp_path: Path) -> Path:
    shown = run_cli("packs", "show", "selfdisclosure", "--json", env={})
    first = json.loads(shown.stdout)["items"][0]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"platforms": [], "answers": {first["id"]: first["options"][-1]["id"]}}))
    return path


def test_the_command_line_saves_lists_exports_and_erases(keyring_env: dict[str, str], tmp_path: Path) -> None:
    env = {**keyring_env, "PRIVACYCHECK_HOME": str(tmp_path / "home")}
    answers = answers_file(tmp_path)
    saved = run_cli("assess", "--answers", str(answers), "--json", env=env)
    assert saved.returncode == 0, saved.stderr
    score = json.loads(saved.stdout)["score"]
    history = json.loads(run_cli("history", "--json", env=env).stdout)
    assert [(row["score"], row["band"]) for row in history] == [(score, json.loads(saved.stdout)["band"])]
    export = tmp_path / "export.json"
    assert run_cli("data", "export", str(export), env=env).returncode == 0
    exported = json.loads(export.read_text())
    assert exported["protection"] == "keyring"
    assert exported["assessments"][0]["answers"] == json.loads(answers.read_text())["answers"]
    labels_before = stored_labels(keyring_env)
    erased = run_cli("data", "delete", "--yes", env=env)
    assert erased.returncode == 0, erased.stderr
    assert not (tmp_path / "home" / "privacycheck.db").exists()
    assert len(stored_labels(keyring_env)) == len(labels_before) - 1


NO_BUS = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}


def test_without_a_keyring_the_situation_is_stated_with_the_ways_out(tmp_path: Path) -> None:
    env = {**NO_BUS, "PRIVACYCHECK_HOME": str(tmp_path / "home")}
    answers = answers_file(tmp_path)
    refused = run_cli("assess", "--answers", str(answers), env=env)
    assert refused.returncode == 1
    assert "privacycheck data init --passphrase" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (tmp_path / "home" / "privacycheck.db").exists() or run_cli("history", env=env).returncode == 1


def test_without_a_keyring_a_passphrase_protects_the_data(tmp_path: Path) -> None:
    env = {**NO_BUS, "PRIVACYCHECK_HOME": str(tmp_path / "home"), "PRIVACYCHECK_PASSPHRASE": "a long passphrase"}
    assert run_cli("data", "init", "--passphrase", env=env).returncode == 0
    saved = run_cli("assess", "--answers", str(answers_file(tmp_path)), env=env)
    assert saved.returncode == 0, saved.stderr
    assert len(json.loads(run_cli("history", "--json", env=env).stdout)) == 1
    wrong = run_cli("history", env={**env, "PRIVACYCHECK_PASSPHRASE": "another one"})
    assert wrong.returncode == 1
    assert "That passphrase does not open your data" in wrong.stderr


def test_keyring_unavailable_is_an_explained_error() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from privacycheck.storage.secrets import KeyringStore; KeyringStore.find()"],
        env={**os.environ, **NO_BUS},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "KeyringUnavailable" in result.stderr
    assert issubclass(KeyringUnavailable, Exception)


def test_moving_between_the_keyring_and_a_passphrase_keeps_the_checks_and_tidies_the_keyring(
    keyring_env: dict[str, str], tmp_path: Path
) -> None:
    import datetime as dt

    from privacycheck.storage.rows import Record
    from privacycheck.storage.store import KeyMode

    store = secret_service_store()
    when = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    with Store.open(tmp_path, secrets=lambda: store) as opened:
        store_id = opened.store_id
        opened.save(Record(None, when, when, "complete", {"answers": {}}, {"score": 12.0, "band": "low"}))
        opened.change_protection(KeyMode.PASSPHRASE, secrets=lambda: store, passphrase=lambda: "long enough phrase")
    assert f"data-key:{store_id}" not in stored_labels(keyring_env)  # the key no longer sits in the keyring
    with Store.open(tmp_path, secrets=lambda: store, passphrase=lambda: "long enough phrase") as opened:
        assert [s.score for s in opened.history()] == [12.0]
        opened.change_protection(KeyMode.KEYRING, secrets=lambda: store)
    assert f"data-key:{store_id}" in stored_labels(keyring_env)
    with Store.open(tmp_path, secrets=lambda: store) as opened:
        assert opened.mode is KeyMode.KEYRING and [s.score for s in opened.history()] == [12.0]


def test_a_keyring_store_of_the_2026_12_01_release_migrates_with_its_key_in_the_secret_service(
    keyring_env: dict[str, str], tmp_path: Path
) -> None:
    import shutil

    fixture = ROOT / "tests" / "fixtures" / "store_v1" / "keyring"
    home = tmp_path / "home"
    shutil.copytree(fixture, home, ignore=shutil.ignore_patterns("keyring-key.txt"))
    entry = json.loads((fixture / "keyring-key.txt").read_text())
    store = secret_service_store()
    store.set(entry["name"], entry["value"])
    with Store.open(home, secrets=lambda: store) as opened:
        assert len(opened.history()) == 2 and not opened.damaged
    assert (home / "backups").is_dir()
