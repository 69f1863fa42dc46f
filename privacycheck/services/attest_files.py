"""Attestation files as staff send them: JSON, or a PDF that carries the same JSON in its XMP metadata.

The PDF holds the attestation's JSON word for word in an XMP packet (uncompressed XML), so that a folder of PDFs can be
summarised without reading the page. Nothing here proves who made a file or that it was not edited: an attestation is
a self-declaration (docs/deployment.md).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from privacycheck.core.loader import parse_json

XMP_NAMESPACE = "https://privacycheck.invalid/ns/attestation/"
MAX_FILE_BYTES = 10 * 1024 * 1024
"""A real attestation is a few kilobytes (JSON) or tens of kilobytes (PDF); anything bigger is not one."""

_XMP_ELEMENT = re.compile(rb"<pc:attestation>([^<]*)</pc:attestation>")
_XML_ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&"}


def attestation_xmp(content: Mapping[str, Any]) -> bytes:
    """An XMP packet holding the attestation's JSON, for the PDF's document metadata."""
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:pc="{XMP_NAMESPACE}"><pc:attestation>{escaped}</pc:attestation>'
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>'
    ).encode()


class MalformedAttestation(ValueError):
    """A file that is not a readable attestation; the message says why, for a line `FILE: reason`."""


@dataclass(frozen=True, slots=True)
class Attestation:
    """What one file says, and only that."""

    file: str
    name: str | None
    organisation: str | None
    assessment_date: dt.date
    issued: dt.date
    complete: bool
    organisation_packs: tuple[tuple[str, str], ...]


def read_attestation(path: Path) -> Attestation:
    """Read and check one attestation file (.json or .pdf); raises MalformedAttestation with the reason."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise MalformedAttestation(f"not an attestation file (.json or .pdf expected, not {path.suffix or 'none'})")
    try:
        raw = _read_regular(path)
    except OSError as error:
        raise MalformedAttestation(f"cannot read it ({error.strerror or error})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise MalformedAttestation(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not an attestation")
    if suffix == ".pdf":
        raw = _from_pdf(raw)
    data, problems = parse_json(raw, path.name)
    if problems:
        raise MalformedAttestation(problems[0].reason)
    return _checked(path.name, data)


def _read_regular(path: Path) -> bytes:
    """At most MAX_FILE_BYTES + 1 bytes of a regular file. Opened without blocking and checked before reading: a FIFO
    or a device in the folder would otherwise hang the summary."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise MalformedAttestation("not a regular file")
        return handle.read(MAX_FILE_BYTES + 1)


def _from_pdf(raw: bytes) -> bytes:
    if not raw.startswith(b"%PDF-"):
        raise MalformedAttestation("not a PDF file")
    found = _XMP_ELEMENT.findall(raw)
    if len(found) != 1:
        raise MalformedAttestation(
            "a PDF without a privacycheck attestation in its metadata (made by another program, or re-saved)"
            if not found
            else "a PDF with more than one attestation in its metadata"
        )
    text = found[0].decode("utf-8", errors="strict")
    return re.sub("&(lt|gt|quot|apos|amp);", lambda m: _XML_ENTITIES[m.group(0)], text).encode("utf-8")


def _checked(file: str, data: Any) -> Attestation:
    if not isinstance(data, dict) or "attestation_version" not in data:
        raise MalformedAttestation("not a privacycheck attestation (no attestation_version)")
    version = data["attestation_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MalformedAttestation("$.attestation_version: not a version number")
    return Attestation(
        file=file,
        name=_text(data, "name", required=False),
        organisation=_text(data, "organisation", required=False),
        assessment_date=_date(data, "assessment_date"),
        issued=_date(data, "issued"),
        complete=_complete(data),
        organisation_packs=_packs(data),
    )


def _text(data: Mapping[str, Any], key: str, *, required: bool) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise MalformedAttestation(f"$.{key}: not a name of 1 to 200 characters")
    return _line(key, value)


def _line(key: str, value: str) -> str:
    """One line in a table: the file's own words without line breaks; control characters (which could drive the
    terminal that shows the summary) make the file malformed."""
    text = " ".join(value.split())
    if any(ord(char) < 32 or 0x7F <= ord(char) < 0xA0 for char in text):
        raise MalformedAttestation(f"$.{key}: holds control characters")
    return text


def _date(data: Mapping[str, Any], key: str) -> dt.date:
    value = data.get(key)
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else _bad_date(key)
    except ValueError:
        return _bad_date(key)


def _bad_date(key: str) -> dt.date:
    raise MalformedAttestation(f"$.{key}: missing, or not a date (YYYY-MM-DD)")


def _complete(data: Mapping[str, Any]) -> bool:
    """The completion flag: every applicable item answered."""
    value = data.get("complete")
    if isinstance(value, bool):
        return value
    completion = data.get("completion")  # version 1 files held the counts instead of the flag
    if "complete" not in data and isinstance(completion, dict):
        answered, applicable = completion.get("answered"), completion.get("applicable")
        if isinstance(answered, int) and isinstance(applicable, int):
            return answered >= applicable
    raise MalformedAttestation("$.complete: missing, or not true or false")


def _packs(data: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    value = data.get("organisation_packs", [])
    if not isinstance(value, list):
        raise MalformedAttestation("$.organisation_packs: not a list")
    packs = []
    for index, pack in enumerate(value):
        if not (isinstance(pack, dict) and isinstance(pack.get("id"), str) and isinstance(pack.get("version"), str)):
            raise MalformedAttestation(f"$.organisation_packs[{index}]: not an id and a version")
        where = f"organisation_packs[{index}]"
        packs.append((_line(f"{where}.id", pack["id"][:200]), _line(f"{where}.version", pack["version"][:50])))
    return tuple(sorted(packs))
