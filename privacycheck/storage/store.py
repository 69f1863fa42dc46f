"""The SQLite store: a versioned schema, backups before migrations, every answer encrypted, no file overwritten.

Split by concern: `database` (the file and its schema), `keys` (the data key and the sealed metadata), `rows`
(what each ciphertext is bound to), `migrate` (earlier schemas), `home` (the data folder, erasing it).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from privacycheck.storage import database, keys
from privacycheck.storage.crypto import new_key
from privacycheck.storage.database import SCHEMA_VERSION, sqlite_error
from privacycheck.storage.errors import (
    KeyMode,
    LostKey,
    NeedsKeyChoice,
    NotOurFolder,
    StorageError,
    WrongPassphrase,
)
from privacycheck.storage.home import KEY_NAME, erase, move_aside, prepare_home
from privacycheck.storage.incidents import Incidents
from privacycheck.storage.paths import DATABASE_NAME
from privacycheck.storage.records import Records
from privacycheck.storage.rows import Record, Summary
from privacycheck.storage.secrets import SecretStore

__all__ = [
    "KEY_NAME",
    "SCHEMA_VERSION",
    "KeyMode",
    "LostKey",
    "NeedsKeyChoice",
    "NotOurFolder",
    "Record",
    "StorageError",
    "Store",
    "Summary",
    "WrongPassphrase",
    "erase",
    "move_aside",
]


class Store(Records, Incidents):
    """An open store. Build it with `Store.open`; close it with `close()` (or use it as a context manager)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, mode: KeyMode, key: bytes | None) -> None:
        self.path = path
        self._db = connection
        self.mode = mode
        self._key = key
        self.damaged: list[int] = []
        """Ids of the rows the last `history()` or `export()` could not read and left out."""

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
            passphrase: asked only when the store is protected by a passphrase, or one is being set up (then the
                caller has had it typed twice).
            new_mode: for a new store, how to protect it; by default the keyring, else NeedsKeyChoice is raised.
            now: the clock, for backup names.

        Nothing is left behind when a new store cannot be set up (no keyring, no passphrase chosen).
        """
        from privacycheck.storage.migrate import create, migrate_v1

        now = now or (lambda: dt.datetime.now(dt.UTC))
        prepare_home(directory)
        path = directory / DATABASE_NAME
        existed = path.exists() and path.stat().st_size > 0
        read_only = existed and not (os.access(directory, os.W_OK) and os.access(path, os.W_OK))
        if existed:
            database.check_identity(path, read_only=read_only)
        asked = None if passphrase is None else functools.cache(passphrase)
        connection = database.connect(path, read_only=read_only)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall()) if version else {}
            if "key_mode" not in meta:
                if read_only:
                    raise StorageError(f"{path} is read-only and holds no data yet.", title="Read-only")
                mode, key = create(connection, version, secrets, asked, new_mode)
            elif version == 1:
                mode, key = keys.unlock_v1(path, meta, secrets, asked)
                if read_only:
                    raise StorageError(
                        f"{path} was written by an earlier privacycheck and must be updated, but it is read-only.",
                        title="Read-only",
                    )
                database.backup(path, connection, version, now())
                key = migrate_v1(path, connection, mode, key, meta, asked)
            else:
                mode, key = keys.unlock(path, meta, secrets, asked)
            if (
                key is None
                and connection.execute(
                    "SELECT 1 FROM assessments WHERE substr(summary, 1, 1) IN ('E', x'45') "
                    "OR substr(payload, 1, 1) IN ('E', x'45') LIMIT 1"
                ).fetchone()
            ):
                raise StorageError(
                    f"{path} holds encrypted checks but says it is unencrypted: its settings were changed outside "
                    "privacycheck. It was left untouched."
                )
        except sqlite3.Error as error:
            connection.close()
            raise sqlite_error(path, error) from None
        except BaseException:
            connection.close()
            if not existed:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return cls(path, connection, mode, key)

    def export(self) -> dict[str, Any]:
        """Everything stored, decrypted: the assessments and preferences, and the incident log with its files."""
        document = super().export()
        damaged = list(self.damaged)
        document["incidents"] = self.export_incidents()
        document["damaged_incidents"] = list(self.damaged)
        document["personal_settings"] = self.sealed_prefs()
        self.damaged = damaged
        return document

    # ---- life cycle ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- how the data is protected ----------------------------------------------------------------------------------

    def change_protection(
        self,
        mode: KeyMode,
        *,
        secrets: Callable[[], SecretStore] | None,
        passphrase: Callable[[], str] | None = None,
    ) -> None:
        """Move to `mode` (the keyring, or a new passphrase the caller had typed twice); every check is kept.

        Unencrypted data is encrypted on the way; going back to unencrypted is refused (export instead).
        """
        from privacycheck.storage.incidents import reseal_incidents
        from privacycheck.storage.migrate import replace_meta, reseal_all

        if mode is KeyMode.PLAINTEXT:
            raise StorageError("Your data stays encrypted: export it if you need it unencrypted.", title="Not changed")
        store_id, before = self.store_id, self.mode
        key = self._key or new_key()
        meta = keys.sealed(keys.protect(key, store_id, mode, secrets=secrets, passphrase=passphrase, asked=mode), key)
        with self._write() as db:
            if self._key is None:
                reseal_all(db, store_id, None, key)
                reseal_incidents(db, store_id, None, key)
            replace_meta(db, meta)
        self.mode, self._key = mode, key
        if before is KeyMode.KEYRING and mode is not KeyMode.KEYRING and secrets is not None:
            with suppress(Exception):  # the entry no longer opens anything; a keyring gone now is no failure
                secrets().delete(KEY_NAME.format(store_id=store_id))
