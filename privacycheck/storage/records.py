"""An open store's assessments and preferences: each row read on its own, a damaged one named and left out."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from privacycheck.storage.database import sqlite_error
from privacycheck.storage.errors import KeyMode, StorageError
from privacycheck.storage.rows import Damaged, Frame, Record, Summary, moment, seal, unseal

_COLUMNS = "id, uuid, created, updated, status, summary, payload"


class Records:
    """The reading and writing half of `Store`."""

    path: Path
    mode: KeyMode
    _db: sqlite3.Connection
    _key: bytes | None
    damaged: list[int]

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def store_id(self) -> str:
        """Read once: every row's ciphertexts are bound to it, and it never changes."""
        cached: str | None = self.__dict__.get("_store_id")
        if cached is None:
            cached = self.__dict__["_store_id"] = str(self._meta("store_id"))
        return cached

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
            raise sqlite_error(self.path, error) from None
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def _read(self, query: str, arguments: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._db.execute(query, arguments).fetchall()
        except (sqlite3.Error, OverflowError) as error:
            raise sqlite_error(self.path, error) from None

    # ---- assessments ----------------------------------------------------------------------------------------------

    def save(self, record: Record) -> int:
        """Insert or update one assessment in one transaction; returns its id."""
        created, updated = record.created.isoformat(), record.updated.isoformat()
        with self._write() as db:
            row = (
                None
                if record.id is None
                else db.execute("SELECT uuid FROM assessments WHERE id = ?", (record.id,)).fetchone()
            )
            row_uuid = row[0] if row and isinstance(row[0], str) else str(uuid.uuid4())
            frame = Frame(self.store_id, row_uuid, created, updated, record.status)
            values = (
                row_uuid,
                created,
                updated,
                record.status,
                seal(self._key, record.summary, frame, "summary"),
                seal(self._key, record.payload, frame, "payload"),
            )
            if record.id is None:
                cursor = db.execute(
                    "INSERT INTO assessments (uuid, created, updated, status, summary, payload) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    values,
                )
                return int(cursor.lastrowid or 0)
            db.execute(
                "UPDATE assessments SET uuid = ?, created = ?, updated = ?, status = ?, summary = ?, payload = ? "
                "WHERE id = ?",
                (*values, record.id),
            )
            return record.id

    def get(self, assessment_id: int) -> Record | None:
        rows = self._read(f"SELECT {_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,))
        return self._checked(rows[0]) if rows else None

    def latest(self, status: str = "complete") -> Record | None:
        """The newest readable assessment of `status`; newer ones that cannot be read are skipped and their ids noted
        in `damaged`, so that one damaged row never stops the app from opening."""
        self.damaged = []
        offset = 0
        while True:
            rows = self._read(
                f"SELECT {_COLUMNS} FROM assessments WHERE status = ? ORDER BY created DESC, id DESC LIMIT 20 OFFSET ?",
                (status, offset),
            )
            for row in rows:
                try:
                    return self._record(row)
                except Damaged:
                    self.damaged.append(int(row[0]))
            if len(rows) < 20:
                return None
            offset += 20

    def latest_created(self, status: str = "complete") -> dt.datetime | None:
        """When the latest assessment of `status` was made: one indexed query, nothing decrypted (the app asks on
        every answer, for the next re-check date)."""
        rows = self._read("SELECT max(created) FROM assessments WHERE status = ?", (status,))
        try:
            return None if not rows or rows[0][0] is None else moment(rows[0][0])
        except Damaged:
            return None

    def draft(self) -> Record | None:
        """The unfinished assessment, if any (there is at most one)."""
        return self.latest("draft")

    def history(self) -> list[Summary]:
        """Every completed assessment, oldest first, only the small summaries decrypted; a damaged one is left out
        and its id noted in `damaged`."""
        self.damaged = []
        summaries = []
        query = "SELECT id, uuid, created, updated, status, summary FROM assessments WHERE status = 'complete'"
        for row in self._read(f"{query} ORDER BY created, id"):  # the answers (payload) are not even read
            try:
                frame, created, updated = self._frame(row)
                summary = unseal(self._key, row[5], frame, "summary")
            except Damaged:
                self.damaged.append(int(row[0]))
                continue
            score, band = summary.get("score"), summary.get("band")
            score = score if isinstance(score, int | float) and not isinstance(score, bool) else None
            summaries.append(Summary(row[0], created, updated, row[4], score, band if isinstance(band, str) else None))
        return summaries

    def delete(self, assessment_id: int) -> None:
        with self._write() as db:
            db.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))

    def _frame(self, row: tuple[Any, ...]) -> tuple[Frame, dt.datetime, dt.datetime]:
        _, row_uuid, created, updated, status = row[:5]
        if self._key is not None and not isinstance(row_uuid, str):
            raise Damaged("no row id")
        if not isinstance(status, str):
            raise Damaged("no status")
        frame = Frame(self.store_id, str(row_uuid), str(created), str(updated), status)
        return frame, moment(created), moment(updated)

    def _record(self, row: tuple[Any, ...]) -> Record:
        frame, created, updated = self._frame(row)
        summary = unseal(self._key, row[5], frame, "summary")
        payload = unseal(self._key, row[6], frame, "payload")
        return Record(int(row[0]), created, updated, row[4], payload, summary)

    def _checked(self, row: tuple[Any, ...]) -> Record:
        try:
            return self._record(row)
        except Damaged:
            raise StorageError(
                f"Assessment {row[0]} in {self.path} is damaged, or was not written by privacycheck with your key: "
                "it cannot be read. The others are intact (see 'privacycheck history').",
                title="Damaged assessment",
            ) from None

    # ---- preferences (not personal: language, interval, when a reminder was last shown) -----------------------------

    def pref(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM prefs WHERE key = ?", (key,))
        return default if not rows else str(rows[0][0])

    def set_pref(self, key: str, value: str | None) -> None:
        with self._write() as db:
            if value is None:
                db.execute("DELETE FROM prefs WHERE key = ?", (key,))
            else:
                db.execute("INSERT OR REPLACE INTO prefs (key, value) VALUES (?, ?)", (key, value))

    # ---- export -----------------------------------------------------------------------------------------------------

    def export(self) -> dict[str, Any]:
        """Everything stored, decrypted; a damaged assessment is left out and listed under `damaged`."""
        self.damaged = []
        assessments = []
        for row in self._read(f"SELECT {_COLUMNS} FROM assessments ORDER BY id"):
            try:
                record = self._record(row)
            except Damaged:
                self.damaged.append(int(row[0]))
                continue
            assessments.append(
                {
                    "id": record.id,
                    "created": record.created.isoformat(),
                    "updated": record.updated.isoformat(),
                    "status": record.status,
                    "summary": record.summary,
                    **record.payload,
                }
            )
        return {
            "format": "privacycheck-export",
            "version": 1,
            "protection": str(self.mode),
            "preferences": dict(self._read("SELECT key, value FROM prefs ORDER BY key")),
            "assessments": assessments,
            "damaged": list(self.damaged),
        }
