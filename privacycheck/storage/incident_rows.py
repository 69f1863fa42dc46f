"""The incident log's values and sealing: entries, attached files, and the bytes sealed to their place."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from privacycheck.storage import crypto
from privacycheck.storage.rows import ENCRYPTED, PLAIN, Damaged, Frame, seal, unseal


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    data: bytes
    media_type: str = "application/octet-stream"
    id: int | None = None

    @property
    def is_image(self) -> bool:
        return self.media_type in ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp")


@dataclass(frozen=True, slots=True)
class Incident:
    """One logged event. `fields` maps ENTRY_FIELDS to text (links: a list of addresses)."""

    id: int | None
    created: dt.datetime
    fields: dict[str, Any] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()

    def text(self, name: str) -> str:
        value = self.fields.get(name)
        return value if isinstance(value, str) else ""

    @property
    def links(self) -> tuple[str, ...]:
        value = self.fields.get("links")
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def media_type(name: str, data: bytes) -> str:
    """The type of a file from its first bytes (never from its name alone): only images are ever shown."""
    signatures = {
        b"\x89PNG\r\n\x1a\n": "image/png",
        b"\xff\xd8\xff": "image/jpeg",
        b"GIF87a": "image/gif",
        b"GIF89a": "image/gif",
        b"BM": "image/bmp",
        b"%PDF-": "application/pdf",
    }
    for signature, kind in signatures.items():
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "text/plain" if name.lower().endswith(".txt") else "application/octet-stream"


def pref_frame(store_id: str, row_uuid: str, key: str) -> Frame:
    return Frame(store_id, row_uuid, "", "", f"pref:{key}")


def seal_bytes(key: bytes | None, data: bytes, frame: Frame) -> bytes:
    return PLAIN + data if key is None else ENCRYPTED + crypto.encrypt(key, data, frame.context("data"))


def unseal_bytes(key: bytes | None, blob: object, frame: Frame) -> bytes:
    if not isinstance(blob, bytes) or not blob:
        raise Damaged("not sealed data")
    if key is None:
        if blob[:1] != PLAIN:
            raise Damaged("encrypted data in an unencrypted store")
        return blob[1:]
    if blob[:1] != ENCRYPTED:
        raise Damaged("unencrypted data in an encrypted store")
    try:
        return crypto.decrypt(key, blob[1:], frame.context("data"))
    except crypto.DecryptionError:
        raise Damaged("does not open with this key here") from None


def reseal_incidents(connection: sqlite3.Connection, store_id: str, old_key: bytes | None, new_key: bytes) -> None:
    """Every entry and file sealed again under `new_key`, inside the caller's transaction (an unencrypted store
    being encrypted); unreadable rows are left as they are."""
    exists = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incidents'").fetchone()
    if not exists:
        return
    for row_id, row_uuid, created, entry in connection.execute(
        "SELECT id, uuid, created, entry FROM incidents"
    ).fetchall():
        frame = Frame(store_id, row_uuid, created, created, "incident")
        try:
            fields = unseal(old_key, entry, frame, "entry")
        except Damaged:
            continue
        connection.execute(
            "UPDATE incidents SET entry = ? WHERE id = ?", (seal(new_key, fields, frame, "entry"), row_id)
        )
    for key, row_uuid, value in connection.execute("SELECT key, uuid, value FROM sealed_prefs").fetchall():
        frame = pref_frame(store_id, row_uuid, key)
        try:
            opened_pref = unseal(old_key, value, frame, "value")
        except Damaged:
            continue
        connection.execute(
            "UPDATE sealed_prefs SET value = ? WHERE key = ?", (seal(new_key, opened_pref, frame, "value"), key)
        )
    rows = connection.execute("SELECT id, uuid, incident, created, meta, data FROM incident_files").fetchall()
    for file_id, file_uuid, incident, created, meta, data in rows:
        frame = Frame(store_id, file_uuid, created, created, f"incident-file:{incident}")
        try:
            opened_meta, opened = unseal(old_key, meta, frame, "meta"), unseal_bytes(old_key, data, frame)
        except Damaged:
            continue
        connection.execute(
            "UPDATE incident_files SET meta = ?, data = ? WHERE id = ?",
            (seal(new_key, opened_meta, frame, "meta"), seal_bytes(new_key, opened, frame), file_id),
        )
