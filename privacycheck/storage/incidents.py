"""The incident log in the store: dated entries and their attached files, sealed like answers.

Two tables, created on first use (an earlier release that opens the file leaves them alone): `incidents` (one sealed
`entry` per row) and `incident_files` (a sealed `meta` and the sealed file bytes in `data`). Every ciphertext is bound
by its associated data to the store, the row's own id, its column and its kind; a file's kind names its entry, so a
file cannot be moved to another entry, nor an entry's text into an assessment.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import sqlite3
import uuid
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from privacycheck.storage.errors import StorageError
from privacycheck.storage.incident_rows import (
    Attachment,
    Incident,
    media_type,
    pref_frame,
    reseal_incidents,
    seal_bytes,
    unseal_bytes,
)
from privacycheck.storage.rows import Damaged, Frame, moment, seal, unseal

__all__ = ["Attachment", "Incident", "Incidents", "media_type", "reseal_incidents"]

MAX_FILE_BYTES = 10 * 1024 * 1024
"""One attached file: a screenshot or a saved page is well under this."""
MAX_FILES_PER_ENTRY = 20
ENTRY_FIELDS = ("happened", "platform", "who", "where", "what", "links", "notes")
"""What an entry holds: when it happened (ISO date or date-time), platform, who, where, what was said, links, notes."""

SCHEMA = """
    CREATE TABLE IF NOT EXISTS incidents (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL,
        entry BLOB NOT NULL
    );
    CREATE TABLE IF NOT EXISTS incident_files (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        incident TEXT NOT NULL REFERENCES incidents (uuid) ON DELETE CASCADE,
        created TEXT NOT NULL,
        meta BLOB NOT NULL,
        data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS incident_files_by_incident ON incident_files (incident);
    CREATE TABLE IF NOT EXISTS sealed_prefs (key TEXT PRIMARY KEY, uuid TEXT NOT NULL, value BLOB NOT NULL);
"""
"""`sealed_prefs`: personal settings kept sealed like answers (the person's own contacts, the lockdown ticks)."""


class Incidents:
    """The incident half of `Store` (mixed in beside `Records`)."""

    _db: sqlite3.Connection
    _key: bytes | None
    damaged: list[int]

    if TYPE_CHECKING:  # provided by Records, first in Store's bases

        @property
        def store_id(self) -> str: ...

        def _write(self) -> AbstractContextManager[sqlite3.Connection]: ...

        def _read(self, query: str, arguments: tuple[Any, ...] = ()) -> list[Any]: ...

    def _incident_tables(self) -> bool:
        rows = self._read("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'incidents'")
        return bool(rows and rows[0][0])

    def add_incident(self, fields: dict[str, Any], files: list[Attachment], now: dt.datetime) -> int:
        """Save one entry and its files in one transaction; returns its id."""
        unknown = set(fields) - set(ENTRY_FIELDS)
        if unknown:
            raise StorageError(f"Unknown incident field(s): {', '.join(sorted(unknown))}.", title="Not saved")
        if len(files) > MAX_FILES_PER_ENTRY:
            raise StorageError(f"At most {MAX_FILES_PER_ENTRY} files per entry.", title="Not saved")
        for attachment in files:
            if len(attachment.data) > MAX_FILE_BYTES:
                raise StorageError(
                    f"{attachment.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: attach a smaller "
                    "screenshot or a part of it.",
                    title="File too large",
                )
        created = now.isoformat()
        row_uuid = str(uuid.uuid4())
        with self._write() as db:
            self._create_tables(db)
            frame = Frame(self.store_id, row_uuid, created, created, "incident")
            cursor = db.execute(
                "INSERT INTO incidents (uuid, created, entry) VALUES (?, ?, ?)",
                (row_uuid, created, seal(self._key, dict(fields), frame, "entry")),
            )
            for attachment in files:
                file_uuid = str(uuid.uuid4())
                file_frame = Frame(self.store_id, file_uuid, created, created, f"incident-file:{row_uuid}")
                meta = {"name": attachment.name, "type": attachment.media_type, "size": len(attachment.data)}
                db.execute(
                    "INSERT INTO incident_files (uuid, incident, created, meta, data) VALUES (?, ?, ?, ?, ?)",
                    (
                        file_uuid,
                        row_uuid,
                        created,
                        seal(self._key, meta, file_frame, "meta"),
                        seal_bytes(self._key, attachment.data, file_frame),
                    ),
                )
            return int(cursor.lastrowid or 0)

    def _create_tables(self, db: sqlite3.Connection) -> None:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)

    def sealed_pref(self, key: str) -> dict[str, Any] | None:
        """A personal setting, decrypted; None when unset or unreadable."""
        if not self._incident_tables():
            return None
        rows = self._read("SELECT uuid, value FROM sealed_prefs WHERE key = ?", (key,))
        if not rows:
            return None
        try:
            return unseal(self._key, rows[0][1], pref_frame(self.store_id, str(rows[0][0]), key), "value")
        except Damaged:
            return None

    def set_sealed_pref(self, key: str, value: dict[str, Any] | None) -> None:
        with self._write() as db:
            self._create_tables(db)
            if value is None:
                db.execute("DELETE FROM sealed_prefs WHERE key = ?", (key,))
                return
            row_uuid = str(uuid.uuid4())
            blob = seal(self._key, value, pref_frame(self.store_id, row_uuid, key), "value")
            db.execute("INSERT OR REPLACE INTO sealed_prefs (key, uuid, value) VALUES (?, ?, ?)", (key, row_uuid, blob))

    def sealed_prefs(self) -> dict[str, dict[str, Any]]:
        """Every personal setting that opens, for `data export`."""
        if not self._incident_tables():
            return {}
        keys = [str(row[0]) for row in self._read("SELECT key FROM sealed_prefs ORDER BY key")]
        return {key: value for key in keys if (value := self.sealed_pref(key)) is not None}

    def incidents(self, *, with_files: bool = True) -> list[Incident]:
        """Every entry, oldest first; a damaged one is left out and its id noted in `damaged`."""
        self.damaged = []
        if not self._incident_tables():
            return []
        found = []
        for row_id, row_uuid, created in self._read("SELECT id, uuid, created FROM incidents ORDER BY created, id"):
            try:
                found.append(self._incident(int(row_id), str(row_uuid), created, with_files))
            except Damaged:
                self.damaged.append(int(row_id))
        return found

    def incident(self, incident_id: int) -> Incident | None:
        if not self._incident_tables():
            return None
        rows = self._read("SELECT id, uuid, created FROM incidents WHERE id = ?", (incident_id,))
        if not rows:
            return None
        try:
            return self._incident(int(rows[0][0]), str(rows[0][1]), rows[0][2], True)
        except Damaged:
            raise StorageError(
                f"Incident entry {incident_id} is damaged, or was not written by privacycheck with your key.",
                title="Damaged entry",
            ) from None

    def delete_incident(self, incident_id: int) -> bool:
        """Remove an entry and its files; returns whether there was one. The freed pages are overwritten."""
        if not self._incident_tables():
            return False
        self._db.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left for a disk search
        with self._write() as db:
            row = db.execute("SELECT uuid FROM incidents WHERE id = ?", (incident_id,)).fetchone()
            if row is None:
                return False
            db.execute("DELETE FROM incident_files WHERE incident = ?", (row[0],))
            db.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
        with contextlib.suppress(sqlite3.Error):  # the old pages leave the write-ahead log too
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return True

    def latest_incident_day(self) -> dt.date | None:
        """The day of the latest entry (when it was logged): nothing decrypted."""
        if not self._incident_tables():
            return None
        rows = self._read("SELECT max(created) FROM incidents")
        try:
            return None if not rows or rows[0][0] is None else moment(rows[0][0]).astimezone().date()
        except (Damaged, ValueError):
            return None

    def export_incidents(self) -> list[dict[str, Any]]:
        """Every entry decrypted, files in base64, for `data export`."""
        return [
            {
                "id": entry.id,
                "created": entry.created.isoformat(),
                **entry.fields,
                "files": [
                    {"name": f.name, "type": f.media_type, "base64": base64.b64encode(f.data).decode("ascii")}
                    for f in entry.attachments
                ],
            }
            for entry in self.incidents()
        ]

    def _incident(self, row_id: int, row_uuid: str, created: object, with_files: bool) -> Incident:
        stamp = str(created)
        frame = Frame(self.store_id, row_uuid, stamp, stamp, "incident")
        entry = self._read("SELECT entry FROM incidents WHERE id = ?", (row_id,))[0][0]
        fields = unseal(self._key, entry, frame, "entry")
        files = []
        if with_files:
            query = "SELECT id, uuid, created, meta, data FROM incident_files WHERE incident = ? ORDER BY id"
            for file_id, file_uuid, file_created, meta_blob, data_blob in self._read(query, (row_uuid,)):
                file_frame = Frame(
                    self.store_id, str(file_uuid), str(file_created), str(file_created), f"incident-file:{row_uuid}"
                )
                meta = unseal(self._key, meta_blob, file_frame, "meta")
                data = unseal_bytes(self._key, data_blob, file_frame)
                files.append(Attachment(str(meta.get("name", "file")), data, str(meta.get("type", "")), file_id))
        return Incident(row_id, moment(created), fields, tuple(files))
