"""Setting up a new store, and bringing a store written by an earlier release to the current schema.

Schema 1 (release of 2026-12-01) bound each ciphertext to its column only, left the metadata unsealed and derived
passphrase keys with scrypt at N=2^15. Moving to schema 2 happens on the first open with the key, after a backup
(backups/privacycheck-v1-*.db, which keeps the old protection), in one transaction: each row gets its own id and is
sealed again to its place; a passphrase store gets a new random data key, wrapped at today's scrypt cost; the
metadata is sealed. A row that cannot be read is carried over untouched and reported as damaged afterwards.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

from privacycheck.storage import crypto, database, keys
from privacycheck.storage.errors import KeyMode
from privacycheck.storage.rows import ENCRYPTED, Damaged, Frame, seal, unseal
from privacycheck.storage.secrets import SecretStore


def create(
    connection: sqlite3.Connection,
    version: int,
    secrets: Callable[[], SecretStore] | None,
    passphrase: Callable[[], str] | None,
    new_mode: KeyMode | None,
) -> tuple[KeyMode, bytes | None]:
    """The schema and the key's metadata, in one transaction: a crash leaves no store, or a whole one."""
    mode, key, meta = keys.set_up(secrets, passphrase, new_mode)
    connection.execute("BEGIN IMMEDIATE")
    try:
        if version < 1:
            database.run_script(connection, database.SCHEMA_1)
        if version < 2:
            database.run_script(connection, database.SCHEMA_2)
        replace_meta(connection, meta)
        connection.execute(f"PRAGMA application_id={database.APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version={database.SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return mode, key


def migrate_v1(
    path: Path,
    connection: sqlite3.Connection,
    mode: KeyMode,
    old_key: bytes | None,
    meta: Mapping[str, str],
    passphrase: Callable[[], str] | None,
) -> bytes | None:
    """Schema 1 → 2, once unlocked with the old rules; returns the data key in force afterwards."""
    store_id = meta["store_id"]
    new_key = crypto.new_key() if mode is KeyMode.PASSPHRASE else old_key
    if mode is KeyMode.KEYRING:
        assert old_key is not None
        check = crypto.key_check(old_key, keys.check_context(store_id))
        fresh = {"store_id": store_id, "key_mode": str(mode), "key_check": keys.b64(check)}
    else:  # the passphrase it was opened with (asked once), kept whatever its length: a policy is not a lock-out
        fresh = keys.protect(new_key, store_id, mode, secrets=None, passphrase=passphrase, policy=False)
    connection.execute("BEGIN IMMEDIATE")
    try:
        database.run_script(connection, database.SCHEMA_2)
        rows = connection.execute("SELECT id, created, updated, status, summary, payload FROM assessments").fetchall()
        for row_id, created, updated, status, summary, payload in rows:
            row_uuid = str(uuid.uuid4())
            frame = Frame(store_id, row_uuid, str(created), str(updated), str(status))
            connection.execute(
                "UPDATE assessments SET uuid = ?, summary = ?, payload = ? WHERE id = ?",
                (
                    row_uuid,
                    _v1_to_v2(old_key, new_key, summary, frame, "summary"),
                    _v1_to_v2(old_key, new_key, payload, frame, "payload"),
                    row_id,
                ),
            )
        replace_meta(connection, keys.sealed(fresh, new_key))
        connection.execute(f"PRAGMA user_version={database.SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return new_key


def _v1_to_v2(old_key: bytes | None, new_key: bytes | None, blob: object, frame: Frame, column: str) -> object:
    if not isinstance(blob, bytes) or old_key is None or new_key is None or blob[:1] != ENCRYPTED:
        return blob  # unencrypted rows stay so; anything odd stays as it was, to be reported
    try:
        raw = crypto.decrypt(old_key, blob[1:], column.encode())
        data = json.loads(raw)
    except (crypto.DecryptionError, ValueError):
        return blob
    return seal(new_key, data, frame, column) if isinstance(data, dict) else blob


def reseal_all(connection: sqlite3.Connection, store_id: str, old_key: bytes | None, new_key: bytes) -> None:
    """Every row sealed again under `new_key`, inside the caller's transaction; unreadable rows are left as they
    are."""
    rows = connection.execute("SELECT id, uuid, created, updated, status, summary, payload FROM assessments")
    for row_id, row_uuid, created, updated, status, summary, payload in rows.fetchall():
        row_uuid = row_uuid if isinstance(row_uuid, str) else str(uuid.uuid4())
        frame = Frame(store_id, row_uuid, str(created), str(updated), str(status))
        try:
            sealed = [
                seal(new_key, unseal(old_key, blob, frame, column), frame, column)
                for blob, column in ((summary, "summary"), (payload, "payload"))
            ]
        except Damaged:
            continue
        connection.execute(
            "UPDATE assessments SET uuid = ?, summary = ?, payload = ? WHERE id = ?", (row_uuid, *sealed, row_id)
        )


def replace_meta(connection: sqlite3.Connection, meta: Mapping[str, str]) -> None:
    connection.execute("DELETE FROM meta")
    connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
