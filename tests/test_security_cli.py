"""No traceback from any command on any input (security review F17, with F3, F6, F7, F10, F11, F19, F20, F23): the
review's inputs, each run as a user runs the command line, each ending in one short line and exit 0, 1 or 2."""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.clirun import ROOT, run

ANSWERS = ROOT / "docs" / "examples" / "answers.json"
ORG_PACK = ROOT / "docs" / "examples" / "org-pack.json"


def plain_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert run("data", "init", "--unencrypted", home=home).returncode == 0
    assert run("assess", "--answers", str(ANSWERS), home=home).returncode == 0
    return home


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def truncated_store(tmp_path: Path) -> Path:
    home = plain_home(tmp_path)
    connection = sqlite3.connect(home / "privacycheck.db")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    database = home / "privacycheck.db"
    database.write_bytes(database.read_bytes()[: len(database.read_bytes()) // 2])
    return home


def float_severity(tmp_path: Path) -> Path:
    document = json.loads(ORG_PACK.read_text())
    document["items"][0]["severity"] = 3.0
    return write(tmp_path, "org.json", json.dumps(document))


def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo.json"
    os.mkfifo(path)
    return path


# (case, arguments, home maker, environment, what stderr must say)
Case = tuple[str, Callable[[Path], list[str]], Callable[[Path], Path | None], dict[str, str], str]
CASES: list[Case] = [
    (
        "answers missing",
        lambda t: ["assess", "--answers", str(t / "none.json"), "--no-save"],
        lambda t: None,
        {},
        "cannot read",
    ),
    (
        "answers binary",
        lambda t: ["assess", "--answers", str(write(t, "a.json", b"\xff\xfe\x00")), "--no-save"],
        lambda t: None,
        {},
        "not valid JSON",
    ),
    (
        "answers a list",
        lambda t: ["assess", "--answers", str(write(t, "a.json", "[]")), "--no-save"],
        lambda t: None,
        {},
        "JSON object",
    ),
    (
        "F19 answers with a key twice",
        lambda t: [
            "assess",
            "--answers",
            str(write(t, "a.json", '{"answers": {"facebook.two_factor": "on"}, "answers": {}}')),
            "--no-save",
        ],
        lambda t: None,
        {},
        "duplicate key",
    ),
    (
        "F20 a huge answer value",
        lambda t: [
            "assess",
            "--answers",
            str(write(t, "a.json", json.dumps({"answers": {"facebook.x": "a" * 200_000}}))),
            "--no-save",
        ],
        lambda t: None,
        {},
        "unknown item",
    ),
    (
        "F20 a huge item id",
        lambda t: [
            "assess",
            "--answers",
            str(write(t, "a.json", json.dumps({"answers": {"b" * 200_000: "on"}}))),
            "--no-save",
        ],
        lambda t: None,
        {},
        "unknown item",
    ),
    (
        "F17 an id too large for SQLite",
        lambda t: ["report", "--assessment", "99999999999999999999", "--out", str(t / "r.json")],
        plain_home,
        {},
        "too large",
    ),
    ("F17 a truncated database", lambda t: ["data", "export", str(t / "e.json")], truncated_store, {}, "damaged"),
    ("F17 history of a truncated database", lambda t: ["history"], truncated_store, {}, "damaged"),
    (
        "F12 export over the database",
        lambda t: ["data", "export", str(t / "home" / "privacycheck.db")],
        plain_home,
        {},
        "data folder",
    ),
    ("export to a folder", lambda t: ["data", "export", str(t)], plain_home, {}, "cannot write"),
    (
        "report to a missing folder",
        lambda t: ["report", "--out", str(t / "no" / "r.md")],
        plain_home,
        {},
        "cannot write",
    ),
    ("F11 a relative home", lambda t: ["history"], lambda t: Path(os.path.relpath(plain_home(t), ROOT)), {}, ""),
    ("a home that is a file", lambda t: ["history"], lambda t: write(t, "file", "x"), {}, "not a folder"),
    (
        "F1 a home holding other files",
        lambda t: ["data", "init", "--unencrypted"],
        lambda t: write(t, "cv.docx", "keep").parent,
        {},
        "did not make",
    ),
    (
        "F6 no keyring, nothing set up",
        lambda t: ["history"],
        lambda t: t / "fresh",
        {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"},
        "data init --passphrase",
    ),
    (
        "F7 a one-character passphrase",
        lambda t: ["data", "init", "--passphrase"],
        lambda t: t / "fresh",
        {"PRIVACYCHECK_PASSPHRASE": "a"},
        "at least 8 characters",
    ),
    (
        "F7 a one-character new passphrase",
        lambda t: ["data", "protect", "--passphrase"],
        plain_home,
        {"PRIVACYCHECK_NEW_PASSPHRASE": "a"},
        "at least 8 characters",
    ),
    ("init twice", lambda t: ["data", "init", "--unencrypted"], plain_home, {}, "set up already"),
    ("F3 a float severity", lambda t: ["validate", str(float_severity(t))], lambda t: None, {}, "integer"),
    (
        "F23 an org pack that is a FIFO",
        lambda t: ["assess", "--answers", str(ANSWERS), "--no-save"],
        lambda t: None,
        {"PRIVACYCHECK_MANAGED_CONFIG": "{managed_fifo}"},
        "regular file",
    ),
    (
        "F23 a managed configuration that is a FIFO",
        lambda t: ["packs"],
        lambda t: None,
        {"PRIVACYCHECK_MANAGED_CONFIG": "{fifo}"},
        "regular file",
    ),
    (
        "F13 a URL the parsers read differently",
        lambda t: ["update", "--url", "http://192.0.2.2:8767\\@127.0.0.1:8765/i"],
        lambda t: None,
        {"PRIVACYCHECK_MANAGED_CONFIG": "{keyed}"},
        "backslash",
    ),
    ("attest to a .txt", lambda t: ["attest", "--out", str(t / "a.txt"), "--yes"], plain_home, {}, ".json or .pdf"),
    (
        "a report of nothing",
        lambda t: ["report", "--out", str(t / "r.md")],
        lambda t: t / "empty-home",
        {},
        "no completed assessment",
    ),
]


@pytest.mark.parametrize(
    ("case", "arguments", "make_home", "environment", "said"), CASES, ids=[case[0] for case in CASES]
)
def test_no_traceback_from_any_command_on_any_input(
    tmp_path: Path,
    case: str,
    arguments: Callable[[Path], list[str]],
    make_home: Callable[[Path], Path | None],
    environment: dict[str, str],
    said: str,
) -> None:
    home = make_home(tmp_path) or tmp_path / "default-home"
    env = dict(environment)
    if "{fifo}" in env.get("PRIVACYCHECK_MANAGED_CONFIG", ""):
        env["PRIVACYCHECK_MANAGED_CONFIG"] = str(fifo(tmp_path))
    if "{managed_fifo}" in env.get("PRIVACYCHECK_MANAGED_CONFIG", ""):
        managed = write(tmp_path, "managed.json", json.dumps({"packs": [str(fifo(tmp_path))]}))
        env["PRIVACYCHECK_MANAGED_CONFIG"] = str(managed)
    if env.get("PRIVACYCHECK_MANAGED_CONFIG") == "{keyed}":
        key = base64.b64encode(bytes(range(32))).decode()
        env["PRIVACYCHECK_MANAGED_CONFIG"] = str(write(tmp_path, "m.json", json.dumps({"update_public_key": key})))
    if case == "a report of nothing":
        env["PRIVACYCHECK_PASSPHRASE"] = "a passphrase long enough"
        assert run("data", "init", "--unencrypted", home=home).returncode == 0
    result = run(*arguments(tmp_path), home=home, env=env)
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output[-2000:]
    assert result.returncode in (0, 1, 2), output[-2000:]
    assert len(result.stderr) < 3000, f"{len(result.stderr)} characters on stderr"
    assert said in output, output[-1000:]


def test_f6_the_first_run_without_a_keyring_is_not_a_dead_end(tmp_path: Path) -> None:
    home, no_keyring = tmp_path / "home", {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}
    first = run("assess", "--answers", str(ANSWERS), home=home, env=no_keyring)
    assert first.returncode == 1 and "data init --passphrase" in first.stderr
    chosen = run("data", "init", "--unencrypted", home=home, env=no_keyring)
    assert chosen.returncode == 0, chosen.stderr
    assert run("assess", "--answers", str(ANSWERS), home=home, env=no_keyring).returncode == 0


def test_f7_a_passphrase_typed_at_a_terminal_is_asked_twice(tmp_path: Path) -> None:
    """Through a real pseudo-terminal: getpass reads the controlling terminal, as for a person typing."""
    import pty
    import time

    home = tmp_path / "home"
    env = {**os.environ, "PRIVACYCHECK_HOME": str(home), "LANG": "C.UTF-8"}
    env.pop("PRIVACYCHECK_PASSPHRASE", None)
    env["PRIVACYCHECK_MANAGED_CONFIG"] = str(tmp_path / "none.json")

    def session(*typed: str) -> tuple[int, str]:
        pid, master = pty.fork()
        if pid == 0:  # the child: the command line, with the pty as its terminal
            os.chdir(ROOT)
            os.execve(sys.executable, [sys.executable, "-m", "privacycheck", "data", "init", "--passphrase"], env)
        seen = b""
        for text in typed:
            deadline = time.monotonic() + 60
            while b": " not in seen.rsplit(b"\n", 1)[-1] and time.monotonic() < deadline:
                seen += os.read(master, 1024)
            os.write(master, text.encode() + b"\n")
            seen += b"\n"
        while True:
            try:
                chunk = os.read(master, 1024)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        _, status = os.waitpid(pid, 0)
        os.close(master)
        return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")

    code, shown = session("long enough one", "long enough two")
    assert code == 1 and "differ" in shown and not (home / "privacycheck.db").exists()
    code, shown = session("short")
    assert code == 1 and "at least 8 characters" in shown
    code, shown = session("long enough one", "long enough one")
    assert code == 0, shown
    assert (home / "privacycheck.db").exists()


def test_f10_deleting_from_a_folder_that_cannot_be_read_is_one_clear_line(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any folder")
    home = plain_home(tmp_path)
    home.chmod(0)
    try:
        result = run("data", "delete", "--yes", home=home)
        assert "Traceback" not in result.stderr and result.returncode == 1
    finally:
        home.chmod(0o700)
        shutil.rmtree(home)


def test_f9_history_names_a_damaged_assessment_and_lists_the_others(tmp_path: Path) -> None:
    home = plain_home(tmp_path)
    assert run("assess", "--answers", str(ANSWERS), home=home).returncode == 0
    connection = sqlite3.connect(home / "privacycheck.db")
    connection.execute("UPDATE assessments SET summary = x'00' WHERE id = 1")
    connection.commit()
    connection.close()
    result = run("history", home=home)
    assert result.returncode == 0, result.stderr
    assert "assessment 1 is damaged" in result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["2"]


def test_data_protect_changes_the_passphrase_on_the_command_line(tmp_path: Path) -> None:
    home, old, new = tmp_path / "home", "the first passphrase", "the second passphrase"
    assert run("data", "init", "--passphrase", home=home, env={"PRIVACYCHECK_PASSPHRASE": old}).returncode == 0
    assert run("assess", "--answers", str(ANSWERS), home=home, env={"PRIVACYCHECK_PASSPHRASE": old}).returncode == 0
    changed = run(
        "data",
        "protect",
        "--passphrase",
        home=home,
        env={"PRIVACYCHECK_PASSPHRASE": old, "PRIVACYCHECK_NEW_PASSPHRASE": new},
    )
    assert changed.returncode == 0, changed.stderr
    assert "wrapped under your passphrase" in changed.stdout
    refused = run("history", home=home, env={"PRIVACYCHECK_PASSPHRASE": old})
    assert refused.returncode == 1 and "does not open your data" in refused.stderr
    kept = run("history", "--json", home=home, env={"PRIVACYCHECK_PASSPHRASE": new})
    assert kept.returncode == 0 and len(json.loads(kept.stdout)) == 1
