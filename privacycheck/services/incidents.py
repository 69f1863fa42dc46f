"""The incident log taken out of the store for a supervisor, a union representative or the police: a PDF, or a folder.

What leaves is exactly what was entered (each entry's fields, its files byte for byte) plus the date it was logged;
never answers, scores or anything else from the store. Attachments are written as files, never opened.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from privacycheck.errors import PrivacycheckError
from privacycheck.storage.files import refuse_inside, write_atomic
from privacycheck.storage.incidents import ENTRY_FIELDS, Attachment, Incident, media_type
from privacycheck.storage.paths import private_umask

_WORDS = {
    "en": {
        "title": "Incident log",
        "exported": "Exported on {day} from privacycheck. {count} entries.",
        "logged": "Logged",
        "happened": "When it happened",
        "platform": "Platform",
        "who": "Who",
        "where": "Where",
        "what": "What was said or done",
        "links": "Links",
        "notes": "Notes",
        "files": "Attached files",
        "file_line": "{name} ({kind}, {size} bytes, SHA-256 {digest})",
        "files_elsewhere": "The files themselves are in a folder export of this log.",
        "entry": "Entry {number}",
        "colon": ":",
        "bytes": "bytes",
    },
    "fr": {
        "title": "Journal d’incidents",
        "exported": "Exporté le {day} depuis privacycheck. {count} entrées.",
        "logged": "Consigné",
        "happened": "Quand c’est arrivé",
        "platform": "Plateforme",
        "who": "Qui",
        "where": "Où",
        "what": "Ce qui a été dit ou fait",
        "links": "Liens",
        "notes": "Notes",
        "files": "Fichiers joints",
        "file_line": "{name} ({kind}, {size} octets, SHA-256 {digest})",
        "files_elsewhere": "Les fichiers eux-mêmes sont dans une exportation de ce journal en dossier.",
        "entry": "Entrée {number}",
        "colon": "\u00a0:",
        "bytes": "octets",
    },
}


def words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang.split("-", 1)[0], _WORDS["en"])


def read_attachment(path: Path, limit: int) -> Attachment:
    """A file the person chose, read as bytes (never opened by another program), refused above `limit`."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PrivacycheckError(f"{path} is not a file.", title="File not attached")
        if size > limit:
            raise PrivacycheckError(
                f"{path.name} is {size // 1024} KB: the limit is {limit // (1024 * 1024)} MB per file.",
                title="File too large",
            )
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise PrivacycheckError(f"cannot read {path}: {error.strerror or error}", title="File not attached") from None
    if len(data) > limit:
        raise PrivacycheckError(f"{path.name} grew beyond the limit while it was read.", title="File too large")
    return Attachment(path.name, data, media_type(path.name, data))


def entry_document(entry: Incident) -> dict[str, Any]:
    """One entry as exported: its logged date, the fields entered, and its files described (not their bytes)."""
    document: dict[str, Any] = {"logged": entry.created.isoformat()}
    document.update({name: entry.fields[name] for name in ENTRY_FIELDS if entry.fields.get(name)})
    document["files"] = [_file_facts(f, index) for index, f in enumerate(entry.attachments, start=1)]
    return document


def _file_facts(attachment: Attachment, index: int) -> dict[str, Any]:
    return {
        "name": attachment.name,
        "saved_as": f"{index:02d}-{safe_name(attachment.name)}",
        "type": attachment.media_type,
        "size": len(attachment.data),
        "sha256": hashlib.sha256(attachment.data).hexdigest(),
    }


def safe_name(name: str) -> str:
    """A file name that stays inside the export folder on every system: no folders, no dots first, no odd signs."""
    base = re.sub(r"[^\w.\- ]", "_", Path(name.replace("\\", "/")).name).strip(" .") or "file"
    return base[:120]


def text_log(entries: Sequence[Incident], lang: str, now: dt.datetime) -> str:
    """The log as plain text, in the order the entries were logged."""
    w = words(lang)
    c = w["colon"]
    lines = [w["title"], "=" * len(w["title"]), w["exported"].format(day=now.date().isoformat(), count=len(entries))]
    for number, entry in enumerate(entries, start=1):
        document = entry_document(entry)
        lines += ["", w["entry"].format(number=number), "-" * 20, f"{w['logged']}{c} {document['logged']}"]
        for name in ENTRY_FIELDS:
            value = document.get(name)
            if isinstance(value, list):
                lines.append(f"{w[name]}{c}")
                lines += [f"  {link}" for link in value]
            elif value:
                lines.append(f"{w[name]}{c} {value}")
        if document["files"]:
            lines.append(f"{w['files']}{c}")
            lines += [
                f"  entry-{number:02d}/{f['saved_as']}{c} {f['type']}, {f['size']} {w['bytes']}, SHA-256 {f['sha256']}"
                for f in document["files"]
            ]
    return "\n".join(lines) + "\n"


def log_html(entries: Sequence[Incident], lang: str, now: dt.datetime) -> str:
    """The log as HTML for the PDF: every piece of text escaped (Qt reads it as markup)."""
    w = words(lang)
    e = html.escape
    parts = [
        f"<html><head><meta charset='utf-8'><title>{e(w['title'])}</title></head><body>",
        f"<h1>{e(w['title'])}</h1>",
        f"<p>{e(w['exported'].format(day=now.date().isoformat(), count=len(entries)))}</p>",
    ]
    for number, entry in enumerate(entries, start=1):
        document = entry_document(entry)
        parts.append(f"<h2>{e(w['entry'].format(number=number))}</h2><table>")
        parts.append(f"<tr><th>{e(w['logged'])}</th><td>{e(document['logged'])}</td></tr>")
        for name in ENTRY_FIELDS:
            value = document.get(name)
            if isinstance(value, list):
                cell = "<br>".join(e(str(link)) for link in value)
            elif value:
                cell = e(str(value)).replace("\n", "<br>")
            else:
                continue
            parts.append(f"<tr><th>{e(w[name])}</th><td>{cell}</td></tr>")
        parts.append("</table>")
        if document["files"]:
            parts.append(f"<p><b>{e(w['files'])}</b></p><ul>")
            for facts in document["files"]:
                line = w["file_line"].format(
                    name=facts["name"], kind=facts["type"], size=facts["size"], digest=facts["sha256"]
                )
                parts.append(f"<li>{e(line)}</li>")
            parts.append(f"</ul><p>{e(w['files_elsewhere'])}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def export_pdf(
    entries: Sequence[Incident],
    target: Path,
    lang: str,
    now: dt.datetime,
    to_pdf: Callable[[str, str], bytes],
    home: Path | None = None,
) -> None:
    """The log as a PDF at `target` (owner-only). `to_pdf(html, title)` comes from the UI layer (Qt draws it)."""
    if home is not None:
        refuse_inside(target, home)
    write_atomic(target, to_pdf(log_html(entries, lang, now), words(lang)["title"]))


def export_folder(
    entries: Sequence[Incident], target: Path, lang: str, now: dt.datetime, home: Path | None = None
) -> list[Path]:
    """The log as a new folder at `target`: incident-log.txt, incident-log.json and each file, byte for byte.
    The folder must not exist yet (nothing is overwritten); it and its files are readable by the owner only."""
    if home is not None:  # neither the data folder itself, nor a folder directly inside it
        refuse_inside(target / "x", home)
        refuse_inside(target, home)
    try:
        with private_umask():
            target.mkdir(mode=0o700)
    except FileExistsError:
        raise PrivacycheckError(f"{target} exists already: choose a new folder name.", title="Not exported") from None
    except OSError as error:
        raise PrivacycheckError(f"cannot create {target}: {error.strerror or error}", title="Not exported") from None
    written = []
    documents = []
    for number, entry in enumerate(entries, start=1):
        document = entry_document(entry)
        documents.append(document)
        if entry.attachments:
            folder = target / f"entry-{number:02d}"
            with private_umask():
                folder.mkdir(mode=0o700, exist_ok=True)
            for attachment, facts in zip(entry.attachments, document["files"], strict=True):
                path = folder / facts["saved_as"]
                write_atomic(path, attachment.data)
                written.append(path)
                facts["saved_as"] = f"{folder.name}/{facts['saved_as']}"
    log = {"format": "privacycheck-incident-log", "version": 1, "exported": now.isoformat(), "entries": documents}
    for name, data in (
        ("incident-log.json", (json.dumps(log, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
        ("incident-log.txt", text_log(entries, lang, now).encode("utf-8")),
    ):
        write_atomic(target / name, data)
        written.append(target / name)
    target.chmod(0o700)
    return written
