"""The SQLite file: telling ours from any other, its schema versions, and SQLite errors as messages."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from privacycheck.storage.errors import StorageError
from privacycheck.storage.paths import ensure_private_dir, private_umask

APPLICATION_ID = 0x50434B31  # "PCK1": tells our database from any other SQLite file
SCHEMA_VERSION = 2

SCHEMA_1 = """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
        summary BLOB NOT NULL,
        payload BLOB NOT NULL
    );
    CREATE INDEX assessments_by_created ON assessments (created);
"""
SCHEMA_2 = """
    ALTER TABLE assessments ADD COLUMN uuid TEXT;
"""
"""2: each row gets a random id that its ciphertexts are bound to (with the store, column, dates and status)."""


def sqlite_error(path: Path, error: sqlite3.Error | ValueError | OverflowError) -> StorageError:
    text = str(error)[:200]
    code = getattr(error, "sqlite_errorcode", None)
    if "readonly" in text or "read-only" in text or code == sqlite3.SQLITE_READONLY:
        return StorageError(
            f"{path} cannot be written (read-only or no permission). Nothing was changed.", title="Read-only"
        )
    if "unable to open" in text or code == sqlite3.SQLITE_CANTOPEN or code == sqlite3.SQLITE_PERM:
        return StorageError(f"{path} cannot be opened: no permission, or its folder is read-only.", title="No access")
    if "disk is full" in text or "disk I/O" in text:
        return StorageError(f"The disk holding {path} is full or failing ({text}). Nothing was lost.")
    if "not a database" in text or "malformed" in text:
        return StorageError(f"{path} is damaged ({text}). It was left untouched: restore a backup, or export it.")
    if "locked" in text:
        return StorageError(f"{path} is in use by another privacycheck ({text}).")
    return StorageError(f"{path}: {text}")


def _text(raw: bytes) -> str:
    """Text columns as written; bytes that are not UTF-8 do not stop a query (the row is then found damaged)."""
    return raw.decode("utf-8", "surrogateescape")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    try:
        if read_only:
            # A folder that cannot be written: read it as it is, without the WAL's shared memory file.
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
        else:
            with private_umask():
                connection = sqlite3.connect(path, isolation_level=None, timeout=5)
                connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error as error:
        raise sqlite_error(path, error) from None
    connection.text_factory = _text
    return connection


def check_identity(path: Path, *, read_only: bool = False) -> None:
    """Read-only: a file that is not ours, or is newer than this version, is never written to."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro{'&immutable=1' if read_only else ''}", uri=True)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if application_id == APPLICATION_ID and version >= 1:
                connection.execute("SELECT count(*) FROM assessments").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        mapped = sqlite_error(path, error)
        if mapped.title in ("Read-only", "No access"):
            raise mapped from None
        raise StorageError(
            f"{path} is not a privacycheck database, or it is damaged ({str(error)[:200]}). It was left untouched: "
            "move it elsewhere to start afresh, or restore a backup."
        ) from None
    if application_id != APPLICATION_ID and tables:
        raise StorageError(
            f"{path} belongs to another program (it is a SQLite database, but not privacycheck's). "
            "It was left untouched."
        )
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{path} was written by a newer privacycheck (schema {version}, this one knows {SCHEMA_VERSION}). "
            "It was left untouched: update privacycheck to open it."
        )


def backup(path: Path, connection: sqlite3.Connection, version: int, when: dt.datetime) -> Path:
    """A copy of the whole database, before a migration changes its shape."""
    backups = ensure_private_dir(path.parent / "backups")
    target = backups / f"privacycheck-v{version}-{when:%Y%m%dT%H%M%SZ}.db"
    try:
        with private_umask():
            copy = sqlite3.connect(target)
            try:
                connection.backup(copy)
            finally:
                copy.close()
    except sqlite3.Error as error:
        raise sqlite_error(target, error) from None
    return target


def run_script(connection: sqlite3.Connection, script: str) -> None:
    """DDL statements one by one, inside the caller's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)
