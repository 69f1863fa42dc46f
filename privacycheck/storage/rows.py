"""Sealing a row's columns: each ciphertext is bound to its store, row, column, dates and status."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from privacycheck.storage import crypto

ENCRYPTED, PLAIN = b"E", b"P"


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


class Damaged(Exception):
    """One stored row cannot be read: altered, forged, or sealed for another place."""


@dataclass(frozen=True, slots=True)
class Frame:
    """What a row's ciphertexts are bound to, besides their column."""

    store_id: str
    uuid: str
    created: str
    updated: str
    status: str

    def context(self, column: str) -> bytes:
        """The associated data: each part length-prefixed, so that no two different frames encode alike."""
        parts = ("privacycheck row v2", self.store_id, self.uuid, column, self.created, self.updated, self.status)
        encoded = [part.encode("utf-8", "surrogateescape") for part in parts]
        return b"".join(len(part).to_bytes(4, "big") + part for part in encoded)


def seal(key: bytes | None, data: dict[str, Any], frame: Frame, column: str) -> bytes:
    raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    if key is None:
        return PLAIN + raw
    return ENCRYPTED + crypto.encrypt(key, raw, frame.context(column))


def unseal(key: bytes | None, blob: object, frame: Frame, column: str) -> dict[str, Any]:
    """The column's data; Damaged when it is not what this store, with this key, wrote at this place."""
    if not isinstance(blob, bytes) or not blob:
        raise Damaged("not sealed data")
    kind, body = blob[:1], blob[1:]
    if key is None:
        if kind != PLAIN:
            raise Damaged("encrypted data in an unencrypted store")
        raw = body
    else:
        if kind != ENCRYPTED:
            raise Damaged("unencrypted data in an encrypted store")
        try:
            raw = crypto.decrypt(key, body, frame.context(column))
        except crypto.DecryptionError:
            raise Damaged("does not open with this key here") from None
    try:
        result = json.loads(raw)
    except (ValueError, RecursionError):
        raise Damaged("not JSON") from None
    if not isinstance(result, dict):
        raise Damaged("not an object")
    return result


def moment(text: object) -> dt.datetime:
    if not isinstance(text, str):
        raise Damaged("no date")
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise Damaged("a damaged date") from None
