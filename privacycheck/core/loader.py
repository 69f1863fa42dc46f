"""Read pack files: bytes → JSON → schema → domain values, with every problem named by file and JSON path."""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from privacycheck.core import rules
from privacycheck.core.model import (
    Cap,
    Guide,
    GuideSection,
    Item,
    Look,
    LookAnswer,
    Option,
    Origin,
    Pack,
    Remediation,
    Setting,
    When,
)
from privacycheck.core.problems import Problem, json_path
from privacycheck.core.text import Text
from privacycheck.paths import packaged

MAX_PACK_BYTES = 16 * 1024 * 1024
MAX_SCHEMA_ERRORS = 20
_MAX_REASON = 240
_MAX_VALUE = 40


@dataclass(frozen=True, slots=True)
class PackSource:
    """A pack file to load and where it came from."""

    path: Path
    origin: Origin = Origin.BUILTIN


@dataclass(frozen=True, slots=True)
class LoadResult:
    packs: tuple[Pack, ...]
    problems: tuple[Problem, ...]


def source_root() -> Path:
    """The packaged `checklists/` folder."""
    return packaged("checklists")


def builtin_sources() -> list[PackSource]:
    return [PackSource(path) for path in sorted(source_root().glob("*.json"))]


def schema_path() -> Path:
    return source_root() / "schema" / "pack.schema.json"


@functools.cache
def _validator() -> Any:
    # Imported when first needed: jsonschema costs tens of milliseconds, and `--version` never needs it.
    from privacycheck.core.schema import fast_validator

    return fast_validator(schema_path())


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number in JSON")


def parse_json(raw: bytes, file: str) -> tuple[Any, list[Problem]]:
    """Decode UTF-8 JSON strictly; on any failure, return a problem instead of raising."""
    if not raw.strip():
        return None, [Problem(file, "$", "the file is empty")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reason = f"not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})"
        return None, [Problem(file, "$", reason)]
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        return None, [Problem(file, "$", f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}")]
    except RecursionError:
        return None, [Problem(file, "$", "not valid JSON: nested too deeply")]
    except ValueError as error:
        return None, [Problem(file, "$", f"not valid JSON: {error}")]
    return data, []


def schema_problems(data: Any, file: str) -> list[Problem]:
    """Every place where `data` breaks the pack schema, in document order."""
    try:
        errors = sorted(_validator().iter_errors(data), key=lambda error: list(map(str, error.absolute_path)))
    except RecursionError:
        return [Problem(file, "$", "nested too deeply")]
    problems = [Problem(file, json_path(error.absolute_path), _reason(error)) for error in errors]
    if len(problems) > MAX_SCHEMA_ERRORS:
        hidden = len(problems) - MAX_SCHEMA_ERRORS
        problems = [*problems[:MAX_SCHEMA_ERRORS], Problem(file, "$", f"{hidden} more problems not shown")]
    return problems


def _reason(error: Any) -> str:
    """jsonschema's message, with a long offending value cut short so that the reason stays one readable line."""
    message: str = error.message
    shown = repr(error.instance)
    if len(shown) > _MAX_VALUE and message.startswith(shown):
        message = shown[: _MAX_VALUE - 1] + "…" + message[len(shown) :]
    return message if len(message) <= _MAX_REASON else message[: _MAX_REASON - 1] + "…"


def read_regular(path: Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a regular file. A FIFO, a device or a folder is refused without waiting on it
    (opened non-blocking, then checked on the open descriptor)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return stream.read(limit + 1)


def read_pack(source: PackSource) -> tuple[Pack | None, list[Problem]]:
    """Read, parse, schema-check and build one pack. Never raises for bad content or unreadable files."""
    file = str(source.path)
    try:
        raw = read_regular(source.path, MAX_PACK_BYTES)
    except OSError as error:
        return None, [Problem(file, "$", f"cannot read the file: {error.strerror or error}")]
    if len(raw) > MAX_PACK_BYTES:
        return None, [Problem(file, "$", f"larger than {MAX_PACK_BYTES // (1024 * 1024)} MiB")]
    return pack_from_bytes(raw, file, source.origin)


def pack_from_bytes(raw: bytes, file: str, origin: Origin = Origin.BUILTIN) -> tuple[Pack | None, list[Problem]]:
    data, problems = parse_json(raw, file)
    if problems:
        return None, problems
    problems = schema_problems(data, file)
    if problems:
        return None, problems
    try:
        pack = build_pack(data, file, origin)
    except _BadDate as error:
        return None, [Problem(file, error.path, error.reason)]
    problems = rules.check_pack(pack)
    return (None, problems) if problems else (pack, [])


def load_packs(sources: Iterable[PackSource]) -> LoadResult:
    """Load every source; bad packs are reported and skipped, the others load."""
    candidates: list[Pack] = []
    problems: list[Problem] = []
    for source in sources:
        pack, found = read_pack(source)
        problems.extend(found)
        if pack is not None:
            candidates.append(pack)
    packs, found = rules.check_set(candidates)
    problems.extend(found)
    return LoadResult(tuple(packs), tuple(problems))


class _BadDate(ValueError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


def _date(value: str, path: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _BadDate(path, f"{value!r} is not a calendar date") from None


def _text(value: Mapping[str, str] | None) -> Text | None:
    return None if value is None else Text.of(value)


def _texts(values: Sequence[Mapping[str, str]]) -> tuple[Text, ...]:
    return tuple(Text.of(value) for value in values)


def build_pack(data: Mapping[str, Any], file: str, origin: Origin) -> Pack:
    """Turn schema-valid pack data into domain values."""
    items = tuple(
        _build_item(item, data["id"], data["platform"], f"$.items[{index}]") for index, item in enumerate(data["items"])
    )
    guides = tuple(_build_guide(guide) for guide in data.get("guides", ()))
    return Pack(
        id=data["id"],
        version=data["version"],
        kind=data["kind"],
        platform=data["platform"],
        title=Text.of(data["title"]),
        description=_text(data.get("description")),
        verified=_date(data["verified"], "$.verified"),
        items=items,
        guides=guides,
        origin=origin,
        path=file,
    )


def _build_item(data: Mapping[str, Any], pack_id: str, pack_platform: str | None, path: str) -> Item:
    remediation = data.get("remediation")
    setting = data.get("setting")
    when = data.get("when")
    return Item(
        id=data["id"],
        pack_id=pack_id,
        kind=data["kind"],
        platform=data.get("platform", pack_platform),
        dimension=data["dimension"],
        severity=data["severity"],
        title=Text.of(data["title"]),
        prompt=Text.of(data["prompt"]),
        why=Text.of(data["why"]),
        options=tuple(Option(o["id"], Text.of(o["label"]), float(o["exposure"])) for o in data["options"]),
        source=data["source"],
        verified=_date(data["verified"], f"{path}.verified"),
        fact=data.get("fact", False),
        irreducible=data.get("irreducible", False),
        guide=_texts(data.get("guide", ())),
        setting=None
        if setting is None
        else Setting(Text.of(setting["name"]), Text.of(setting["path"]), _text(setting.get("path_app"))),
        link=data.get("link"),
        remediation=None
        if remediation is None
        else Remediation(
            title=_text(remediation.get("title")),
            steps=_texts(remediation["steps"]),
            effort_minutes=remediation["effort_minutes"],
            verify=Text.of(remediation["verify"]),
        ),
        when=None if when is None else When(when["item"], frozenset(when["in"])),
        caps=tuple(Cap(cap["item"], frozenset(cap["in"]), float(cap["max"])) for cap in data.get("caps", ())),
        confidence=data.get("confidence"),
        look=_look(data.get("look")),
        lockdown=data.get("lockdown"),
    )


def _look(data: Mapping[str, Any] | None) -> Look | None:
    if data is None:
        return None
    answers = tuple(LookAnswer(a["id"], Text.of(a["label"]), tuple(a["fits"])) for a in data["answers"])
    return Look(Text.of(data["question"]), answers)


def _build_guide(data: Mapping[str, Any]) -> Guide:
    sections = tuple(
        GuideSection(Text.of(s["title"]), _texts(s["steps"]), tuple(s.get("links", ()))) for s in data["sections"]
    )
    return Guide(data["id"], Text.of(data["title"]), Text.of(data["summary"]), sections, data.get("source"))
