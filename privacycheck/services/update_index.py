"""The signed update index: its shape, its pack entries and its expiry (design.md §7)."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from privacycheck.core.loader import parse_json
from privacycheck.core.problems import Problem, json_path
from privacycheck.errors import PrivacycheckError
from privacycheck.paths import packaged
from privacycheck.services.http import NetworkError, check_url, parse

INDEX_FORMAT = 2
"""The newest index format this version reads; format 1 (no `expires`) is still read, until a source has sent 2."""


class UpdateError(PrivacycheckError):
    """An update refused or failed; the installed packs are as they were."""

    title = "No update installed"


@dataclass(frozen=True, slots=True)
class IndexEntry:
    id: str
    version: str
    url: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Index:
    publisher: str
    entries: tuple[IndexEntry, ...]
    version: int = 1
    expires: dt.datetime | None = None


@functools.cache
def _index_validator() -> Any:
    from privacycheck.core.schema import validator_class

    schema = json.loads((packaged("resources") / "schema" / "update-index.schema.json").read_text("utf-8"))
    return validator_class()(schema)


def read_index(raw: bytes, source: str) -> Index:
    """Parse and validate index.json (shape, then unique pack ids); raise UpdateError naming the first problem."""
    data, problems = parse_json(raw, source)
    if not problems:
        version = data.get("schema_version") if isinstance(data, dict) else None
        if type(version) is int and version > INDEX_FORMAT:
            raise UpdateError(
                f"{source} is in index format {version}; this privacycheck reads formats 1 and {INDEX_FORMAT}: "
                "update privacycheck"
            )
        errors = sorted(_index_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
        problems = [Problem(source, json_path(e.absolute_path), e.message[:200]) for e in errors]
    if problems:
        raise UpdateError(f"invalid update index: {problems[0]}")
    entries = tuple(IndexEntry(e["id"], e["version"], e["url"], e["sha256"].lower()) for e in data["packs"])
    ids = [entry.id for entry in entries]
    for position, entry in enumerate(entries):
        if ids.index(entry.id) != position:
            raise UpdateError(f"invalid update index: {source}: $.packs[{position}].id: {entry.id!r} is listed twice")
        try:
            if parse(entry.url).scheme:  # a relative URL is checked once resolved against the index's own
                check_url(entry.url)
        except NetworkError as error:
            raise UpdateError(f"invalid update index: {source}: $.packs[{position}].url: {error.message}") from None
    expires = data.get("expires")
    try:
        moment = None if expires is None else _moment(expires)
    except ValueError:
        raise UpdateError(f"invalid update index: {source}: $.expires: {expires[:40]!r} is not a time") from None
    return Index(data["publisher"], entries, data["schema_version"], moment)


def _moment(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def check_fresh(index: Index, state: dict[str, Any], public_key: str, now: dt.datetime) -> None:
    """Refuse a stale index: past its `expires`, or without one once this source has sent an index with one (a
    replayed old index would keep the computers on revisions the publisher has since replaced)."""
    if index.expires is not None and index.expires <= now:
        raise UpdateError(
            f"the update index expired on {index.expires:%Y-%m-%d %H:%M} UTC: an old index was served again, or the "
            "publisher has not signed a fresh one ('privacycheck admin sign'). Nothing was installed."
        )
    if index.expires is None and state.get("index_format") == INDEX_FORMAT and state.get("public_key") == public_key:
        raise UpdateError(
            "the update index has no expiry date, although this source sent dated ones before: an old index may "
            "have been served again. Nothing was installed."
        )
