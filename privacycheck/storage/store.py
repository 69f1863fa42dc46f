"""The SQLite store: a versioned schema, backups before migrations, every answer encrypted, no file overwritten."""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from privacycheck.errors import PrivacycheckError
from privacycheck.storage import crypto
from privacycheck.storage.paths import DATABASE_NAME, ensure_private_dir, private_umask
from privacycheck.storage.secrets import SecretStore

APPLICATION_ID = 0x50434B31  # "PCK1": tells our database from any other SQLite file
SCHEMA_VERSION = 1
KEY_NAME = "data-key:{store_id}"


class StorageError(PrivacycheckError):
    title = "Storage problem"


class LostKey(StorageError):
    title = "Key not found"


class WrongPassphrase(StorageError):
    title = "Wrong passphrase"


class NeedsKeyChoice(StorageError):
    """No keyring: the user must choose a passphrase or, explicitly, unencrypted storage."""

    title = "Choose how to protect your data"


class KeyMode(enum.StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"
    PLAINTEXT = "plaintext"


@dataclass(frozen=True, slots=True)
class Summary:
    """What the history list shows, without opening any answer."""

    id: int
    created: dt.datetime
    updated: dt.datetime
    status: str
    score: float | None
    band: str | None


@dataclass(frozen=True, slots=True)
class Record:
    """One assessment: a draft in progress or a completed check."""

    id: int | None
    created: dt.datetime
    updated: dt.datetime
    status: str
    payload: dict[str, Any] = field(default_factory=dict)
    """platforms, answers, notes, findings, done steps, pack versions: always encrypted at rest."""
    summary: dict[str, Any] = field(default_factory=dict)
    """score, band, answered, unknown: encrypted too."""


_MIGRATIONS: tuple[str, ...] = (
    # 0 → 1
    """
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
    """,
)


def _sqlite_error(path: Path, error: sqlite3.Error) -> StorageError:
    text = str(error)
    if "readonly" in text or "read-only" in text:
        return StorageError(f"{path} cannot be written (read-only). Nothing was changed.")
    if "disk is full" in text or "disk I/O" in text:
        return StorageError(f"The disk holding {path} is full or failing ({text}). Nothing was lost.")
    if "not a database" in text or "malformed" in text:
        return StorageError(f"{path} is damaged ({text}). It was left untouched.")
    if "locked" in text:
        return StorageError(f"{path} is in use by another privacycheck ({text}).")
    return StorageError(f"{path}: {text}")


class Store:
    """An open store. Build it with `Store.open`; close it with `close()` (or use it as a context manager)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, mode: KeyMode, key: bytes | None) -> None:
        self.path = path
        self._db = connection
        self.mode = mode
        self._key = key

    # ---- opening ------------------------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        directory: Path,
        *,
        secrets: Callable[[], SecretStore] | None,
        passphrase: Callable[[], str] | None = None,
        new_mode: KeyMode | None = None,
        now: Callable[[], dt.datetime] | None = None,
    ) -> Store:
        """Open (or create) the store in `directory`.

        Args:
            secrets: gives the keyring (raising KeyringUnavailable when there is none); None means "do not use it".
            passphrase: asked only when the store is protected by a passphrase, or one is being set up.
            new_mode: for a new store, how to protect it; by default the keyring, else NeedsKeyChoice is raised.
            now: the clock, for backup names.
        """
        now = now or (lambda: dt.datetime.now(dt.UTC))
        ensure_private_dir(directory)
        path = directory / DATABASE_NAME
        if path.exists() and path.stat().st_size > 0:
            cls._check_identity(path)  # read-only: a file that is not ours is never written to
        connection = cls._connect(path)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version < SCHEMA_VERSION:
                cls._migrate(path, connection, version, now())
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            if "key_mode" not in meta:
                mode, key = cls._set_up_key(connection, secrets, passphrase, new_mode)
            else:
                mode, key = cls._unlock(path, meta, secrets, passphrase)
        except BaseException:
            connection.close()
            raise
        return cls(path, connection, mode, key)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        try:
            with private_umask():
                connection = sqlite3.connect(path, isolation_level=None, timeout=5)
                connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as error:
            raise _sqlite_error(path, error) from None
        return connection

    @staticmethod
    def _check_identity(path: Path) -> None:
        try:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                application_id = connection.execute("PRAGMA application_id").fetchone()[0]
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if application_id == APPLICATION_ID and version >= 1:
                    connection.execute("SELECT count(*) FROM assessments").fetchone()
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise StorageError(
                f"{path} is not a privacycheck database, or it is damaged ({error}). It was left untouched: "
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

    @staticmethod
    def _migrate(path: Path, connection: sqlite3.Connection, version: int, when: dt.datetime) -> None:
        if version > 0:  # a backup of the data before changing its shape; a new file has nothing to save
            backups = ensure_private_dir(path.parent / "backups")
            target = backups / f"privacycheck-v{version}-{when:%Y%m%dT%H%M%SZ}.db"
            with private_umask():
                backup = sqlite3.connect(target)
                connection.backup(backup)
                backup.close()
        try:
            for step in range(version, SCHEMA_VERSION):
                connection.execute("BEGIN IMMEDIATE")
                for statement in _MIGRATIONS[step].split(";"):
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version={step + 1}")
                connection.execute("COMMIT")
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise _sqlite_error(path, error) from None

    @staticmethod
    def _set_up_key(
        connection: sqlite3.Connection,
        secrets: Callable[[], SecretStore] | None,
        passphrase: Callable[[], str] | None,
        new_mode: KeyMode | None,
    ) -> tuple[KeyMode, bytes | None]:
        store_id = base64.urlsafe_b64encode(os.urandom(12)).decode()
        meta: dict[str, str] = {"store_id": store_id}
        key: bytes | None
        if new_mode in (None, KeyMode.KEYRING):
            if secrets is None:
                raise NeedsKeyChoice("No keyring is in use: choose a passphrase, or to store your answers unencrypted.")
            try:
                store = secrets()
            except PrivacycheckError as error:
                if new_mode is None:
                    raise NeedsKeyChoice(
                        f"{error.message} Choose a passphrase instead, or to store your answers unencrypted."
                    ) from error
                raise
            key = crypto.new_key()
            store.set(KEY_NAME.format(store_id=store_id), base64.b64encode(key).decode())
            mode = KeyMode.KEYRING
        elif new_mode is KeyMode.PASSPHRASE:
            if passphrase is None:
                raise NeedsKeyChoice("A passphrase is needed to protect your answers.")
            salt = os.urandom(16)
            key = crypto.derive_key(passphrase(), salt)
            meta["kdf"] = json.dumps(
                {
                    "name": "scrypt",
                    "n": crypto.SCRYPT_N,
                    "r": crypto.SCRYPT_R,
                    "p": crypto.SCRYPT_P,
                    "salt": base64.b64encode(salt).decode(),
                }
            )
            mode = KeyMode.PASSPHRASE
        else:
            key = None
            mode = KeyMode.PLAINTEXT
        meta["key_mode"] = str(mode)
        if key is not None:
            meta["key_check"] = base64.b64encode(crypto.key_check(key)).decode()
        connection.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
        return mode, key

    @staticmethod
    def _unlock(
        path: Path,
        meta: dict[str, str],
        secrets: Callable[[], SecretStore] | None,
        passphrase: Callable[[], str] | None,
    ) -> tuple[KeyMode, bytes | None]:
        mode = KeyMode(meta["key_mode"])
        if mode is KeyMode.PLAINTEXT:
            return mode, None
        if mode is KeyMode.KEYRING:
            if secrets is None:
                raise LostKey(f"The key of {path} is in the system keyring, which is not in use.")
            stored = secrets().get(KEY_NAME.format(store_id=meta["store_id"]))
            if stored is None:
                raise LostKey(
                    f"The key that opens {path} is missing from the system keyring. Your data was left untouched; "
                    "if the key cannot be restored, move the file elsewhere to start afresh."
                )
            key = base64.b64decode(stored)
        else:
            if passphrase is None:
                raise WrongPassphrase(f"{path} is protected by a passphrase: one is needed to open it.")
            kdf = json.loads(meta["kdf"])
            key = crypto.derive_key(passphrase(), base64.b64decode(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
        if not crypto.verify_key(key, base64.b64decode(meta["key_check"])):
            if mode is KeyMode.PASSPHRASE:
                raise WrongPassphrase("That passphrase does not open your data. Nothing was changed.")
            raise LostKey(f"The key in the system keyring does not open {path}. Your data was left untouched.")
        return mode, key

    # ---- life cycle ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def store_id(self) -> str:
        return str(self._meta("store_id"))

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise _sqlite_error(self.path, error) from None
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    # ---- sealing --------------------------------------------------------------------------------------------------

    def _seal(self, data: dict[str, Any], column: str) -> bytes:
        raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
        if self._key is None:
            return b"P" + raw
        return b"E" + crypto.encrypt(self._key, raw, column.encode())

    def _open(self, blob: bytes, column: str) -> dict[str, Any]:
        kind, body = blob[:1], bytes(blob[1:])
        if kind == b"P":
            raw = body
        elif self._key is None:
            raise StorageError(f"{self.path} holds encrypted data but is opened without a key.")
        else:
            try:
                raw = crypto.decrypt(self._key, body, column.encode())
            except crypto.DecryptionError:
                raise StorageError(f"A stored assessment in {self.path} is damaged and cannot be read.") from None
        result: dict[str, Any] = json.loads(raw)
        return result

    # ---- assessments ----------------------------------------------------------------------------------------------

    def save(self, record: Record) -> int:
        """Insert or update one assessment in one transaction; returns its id."""
        values = (
            record.created.isoformat(),
            record.updated.isoformat(),
            record.status,
            self._seal(record.summary, "summary"),
            self._seal(record.payload, "payload"),
        )
        with self._write() as db:
            if record.id is None:
                cursor = db.execute(
                    "INSERT INTO assessments (created, updated, status, summary, payload) VALUES (?, ?, ?, ?, ?)",
                    values,
                )
                return int(cursor.lastrowid or 0)
            db.execute(
                "UPDATE assessments SET created = ?, updated = ?, status = ?, summary = ?, payload = ? WHERE id = ?",
                (*values, record.id),
            )
            return record.id

    def get(self, assessment_id: int) -> Record | None:
        row = self._db.execute(
            "SELECT id, created, updated, status, summary, payload FROM assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        return None if row is None else self._record(row)

    def latest(self, status: str = "complete") -> Record | None:
        row = self._db.execute(
            "SELECT id, created, updated, status, summary, payload FROM assessments WHERE status = ? "
            "ORDER BY created DESC, id DESC LIMIT 1",
            (status,),
        ).fetchone()
        return None if row is None else self._record(row)

    def latest_created(self, status: str = "complete") -> dt.datetime | None:
        """When the latest assessment of `status` was made: one indexed query, nothing decrypted (the app asks on
        every answer, for the next re-check date)."""
        row = self._db.execute("SELECT max(created) FROM assessments WHERE status = ?", (status,)).fetchone()
        return None if row is None or row[0] is None else dt.datetime.fromisoformat(row[0])

    def draft(self) -> Record | None:
        """The unfinished assessment, if any (there is at most one)."""
        return self.latest("draft")

    def history(self) -> list[Summary]:
        """Every completed assessment, oldest first: one query, only the small summaries decrypted."""
        rows = self._db.execute(
            "SELECT id, created, updated, status, summary FROM assessments WHERE status = 'complete' "
            "ORDER BY created, id"
        ).fetchall()
        summaries = []
        for assessment_id, created, updated, status, blob in rows:
            summary = self._open(blob, "summary")
            summaries.append(
                Summary(
                    assessment_id,
                    dt.datetime.fromisoformat(created),
                    dt.datetime.fromisoformat(updated),
                    status,
                    summary.get("score"),
                    summary.get("band"),
                )
            )
        return summaries

    def delete(self, assessment_id: int) -> None:
        with self._write() as db:
            db.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))

    def _record(self, row: tuple[Any, ...]) -> Record:
        assessment_id, created, updated, status, summary, payload = row
        return Record(
            assessment_id,
            dt.datetime.fromisoformat(created),
            dt.datetime.fromisoformat(updated),
            status,
            self._open(payload, "payload"),
            self._open(summary, "summary"),
        )

    # ---- preferences (not personal: language, interval, when a reminder was last shown) -----------------------------

    def pref(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM prefs WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_pref(self, key: str, value: str | None) -> None:
        with self._write() as db:
            if value is None:
                db.execute("DELETE FROM prefs WHERE key = ?", (key,))
            else:
                db.execute("INSERT OR REPLACE INTO prefs (key, value) VALUES (?, ?)", (key, value))

    # ---- export and erase -----------------------------------------------------------------------------------------

    def export(self) -> dict[str, Any]:
        """Everything stored, decrypted."""
        rows = self._db.execute(
            "SELECT id, created, updated, status, summary, payload FROM assessments ORDER BY id"
        ).fetchall()
        return {
            "format": "privacycheck-export",
            "version": 1,
            "protection": str(self.mode),
            "preferences": dict(self._db.execute("SELECT key, value FROM prefs ORDER BY key").fetchall()),
            "assessments": [
                {
                    "id": record.id,
                    "created": record.created.isoformat(),
                    "updated": record.updated.isoformat(),
                    "status": record.status,
                    "summary": record.summary,
                    **record.payload,
                }
                for record in map(self._record, rows)
            ],
        }


def erase(directory: Path, secrets: Callable[[], SecretStore] | None) -> list[str]:
    """Delete everything privacycheck stores in `directory`, and the keyring entry. Returns what was removed."""
    removed = []
    path = directory / DATABASE_NAME
    store_id = None
    if path.exists():
        try:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            row = connection.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
            store_id = row[0] if row else None
            connection.close()
        except sqlite3.Error:
            store_id = None  # a damaged file: still erased below
    if store_id is not None and secrets is not None:
        try:
            secrets().delete(KEY_NAME.format(store_id=store_id))
            removed.append("the data key in the system keyring")
        except PrivacycheckError:
            pass  # no keyring now: nothing of ours can be in it to remove
    if directory.exists():
        for entry in sorted(directory.iterdir()):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(str(entry))
    return removed


def move_aside(directory: Path, when: dt.datetime) -> Path:
    """Rename a database that cannot be opened, so that a new one can start; the old bytes are kept as they were."""
    path = directory / DATABASE_NAME
    target = directory / f"{DATABASE_NAME}.unreadable-{when:%Y%m%dT%H%M%SZ}"
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.replace(Path(f"{target}{suffix}"))
    return target
