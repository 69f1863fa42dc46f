"""Signed checklist updates: fetch an index and its packs, verify everything, then install all of them or none."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from privacycheck.core import rules
from privacycheck.core.clock import Clock, utc_now
from privacycheck.core.loader import PackSource, builtin_sources, pack_from_bytes, read_pack
from privacycheck.core.model import Origin, Pack, version_key
from privacycheck.core.problems import Problem
from privacycheck.errors import PrivacycheckError
from privacycheck.services import packset
from privacycheck.services.http import Fetcher, NetworkError, Timeouts, check_step, fetcher
from privacycheck.services.signing import SIGNATURE_SUFFIX, SignatureError, verify
from privacycheck.services.update_index import (
    IndexEntry,
    UpdateError,
    _moment,
    check_fresh,
    read_index,
)
from privacycheck.storage.home import prepare_home
from privacycheck.storage.paths import private_umask

if TYPE_CHECKING:
    import requests

MAX_INDEX_BYTES = 1024 * 1024
MAX_PACK_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
PACKS_DIR = "packs"
"""Installed updates, in the data directory; `packset` swaps it, the catalog loads it."""
STATE_FILE = "update-state.json"
LOCK_FILE = "update.lock"


@dataclass(frozen=True, slots=True, order=True)
class PackVersion:
    id: str
    version: str


@dataclass(frozen=True, slots=True)
class UpdateResult:
    installed: tuple[PackVersion, ...]
    unchanged: tuple[PackVersion, ...]
    message: str
    publisher: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "installed": [{"id": p.id, "version": p.version} for p in self.installed],
            "unchanged": [{"id": p.id, "version": p.version} for p in self.unchanged],
            "message": self.message,
            "publisher": self.publisher,
        }


def check_and_install(
    url: str,
    public_key: str | None,
    home: Path,
    *,
    session: requests.Session | None = None,
    clock: Clock = utc_now,
    timeouts: Timeouts | None = None,
) -> UpdateResult:
    """Fetch the index at `url`, check it against `public_key`, and install the newer packs it lists into `home`.

    All or nothing: on any failure the installed packs stay exactly as they were and UpdateError says why.
    """
    if not public_key:
        raise UpdateError(
            "updates are refused: no update key is configured (update_public_key in the organisation's managed "
            "configuration), and packs are never installed unsigned"
        )
    try:
        prepare_home(home)  # a folder of its own: never one holding other files
        with _exclusive(home / LOCK_FILE):
            packset.recover(home / PACKS_DIR)
            with fetcher(session, timeouts) as http:
                return _update(http, url, public_key, home, clock)
    except PrivacycheckError as error:
        raise UpdateError(f"no update installed: {error.message}", title=error.title) from None
    except OSError as error:
        where = error.filename or home
        raise UpdateError(f"no update installed: cannot write {where}: {error.strerror or error}") from None


def roll_back(home: Path) -> UpdateResult:
    """Put back in force the set of packs the last update replaced (none: the built-in packs alone).

    The set it replaces is kept in its turn, so a second rollback undoes the first. The next update installs the
    newer versions again, since what is installed no longer matches what the last check remembered.
    """
    packs_dir = home / PACKS_DIR
    nothing = UpdateError("nothing to roll back: no update has been installed")
    if not home.is_dir():
        raise nothing
    try:
        with _exclusive(home / LOCK_FILE):
            packset.recover(packs_dir)
            if not packs_dir.is_dir():
                raise nothing
            before = packset.previous(packs_dir)
            files = {path.name: path.read_bytes() for path in sorted(before.glob("*.json"))} if before.is_dir() else {}
            packset.replace(packs_dir, files)
    except OSError as error:
        where = error.filename or home
        raise UpdateError(f"nothing rolled back: cannot write {where}: {error.strerror or error}") from None
    packs = _read_all(PackSource(path, Origin.UPDATED) for path in sorted(packs_dir.glob("*.json")))
    in_force = tuple(sorted(PackVersion(pack.id, pack.version) for pack in packs))
    if not in_force:
        return UpdateResult((), (), "Rolled back: the built-in packs alone are in force.")
    names = ", ".join(f"{p.id} {p.version}" for p in in_force)
    return UpdateResult(in_force, (), f"Rolled back to the packs before the last update: {names}.")


def last_checked(home: Path) -> dt.datetime | None:
    """When an update check last succeeded (for the app's periodic check), or None."""
    value = _read_state(home).get("checked_at")
    try:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _update(http: Fetcher, url: str, public_key: str, home: Path, clock: Clock) -> UpdateResult:
    packs_dir = home / PACKS_DIR
    state = _read_state(home)
    files = _hashes(packs_dir)
    # An ETag only vouches for the index: reuse it only if the packs it led to are still what is installed.
    same = (state.get("url"), state.get("public_key"), state.get("files")) == (url, public_key, files)
    fetched = http.get(url, limit=MAX_INDEX_BYTES, etag=state.get("etag") if same else None)
    if fetched.body is None:
        expires = state.get("expires")
        if isinstance(expires, str) and _moment(expires) <= clock():
            raise UpdateError(
                f"the update index expired on {expires[:16].replace('T', ' ')} UTC and the publisher has not signed a "
                "fresh one ('privacycheck admin sign'). Nothing was installed."
            )
        _write_state(home, {**state, "checked_at": clock().isoformat()})
        listed = tuple(PackVersion(p["id"], p["version"]) for p in state["packs"])
        message = "Already up to date: the update index has not changed since the last check."
        return UpdateResult((), listed, message, state.get("publisher"))

    signature_url = _beside(fetched.url, SIGNATURE_SUFFIX)
    try:
        signature = http.get(signature_url, limit=MAX_SIGNATURE_BYTES).body or b""
    except NetworkError as error:
        raise UpdateError(f"no signature: {error.message}") from None
    try:
        verify(fetched.body, signature, public_key)
    except SignatureError as error:
        raise UpdateError(f"{signature_url}: {error.message}") from None
    index = read_index(fetched.body, fetched.url)
    check_fresh(index, state, public_key, clock())

    builtins = _builtin_packs()
    current = _read_all(PackSource(path, Origin.UPDATED) for path in sorted(packs_dir.glob("*.json")))
    accepted, baseline = rules.check_set([*builtins, *current])
    in_force = {pack.id: pack for pack in accepted}  # an installed update has superseded the built-in pack
    wanted: list[IndexEntry] = []
    unchanged: list[PackVersion] = []
    for entry in index.entries:
        # The signed index already states each version: refuse a downgrade before downloading anything.
        have = in_force.get(entry.id)
        if have is not None and version_key(entry.version) < have.version_key:
            raise UpdateError(f"the index offers {entry.id} {entry.version}, older than the installed {have.version}")
        if have is not None and version_key(entry.version) == have.version_key:
            unchanged.append(PackVersion(entry.id, have.version))
        else:
            wanted.append(entry)
    same_key = state.get("public_key") == public_key and type(state.get("index_format", 1)) is int
    replaced = {entry.id for entry in wanted}
    kept = [pack for pack in accepted if pack.origin == Origin.UPDATED and pack.id not in replaced]
    new = _verified(http, fetched.url, wanted, [*builtins, *kept], set(baseline))

    if new:
        contents = {f"{pack.id}.json": Path(pack.path).read_bytes() for pack in kept}
        contents |= {f"{pack.id}.json": body for pack, body in new}
        packset.replace(packs_dir, contents)
        files = {name: hashlib.sha256(body).hexdigest() for name, body in sorted(contents.items())}
    _write_state(
        home,
        {
            "url": url,
            "public_key": public_key,
            "etag": fetched.etag,
            "publisher": index.publisher,
            "packs": [{"id": e.id, "version": e.version} for e in index.entries],
            "files": files,
            "checked_at": clock().isoformat(),
            "index_format": max(index.version, int(state.get("index_format", 1) if same_key else 1)),
            "expires": None if index.expires is None else index.expires.isoformat(),
        },
    )
    installed = tuple(sorted(PackVersion(pack.id, pack.version) for pack, _ in new))
    if not installed:
        message = "Already up to date: every pack in the index is installed."
        return UpdateResult((), tuple(unchanged), message, index.publisher)
    names = ", ".join(f"{p.id} {p.version}" for p in installed)
    message = f"Installed {len(installed)} pack(s) from {index.publisher}: {names}."
    return UpdateResult(installed, tuple(unchanged), message, index.publisher)


def _verified(
    http: Fetcher, index_url: str, wanted: Sequence[IndexEntry], others: Sequence[Pack], baseline: set[Problem]
) -> list[tuple[Pack, bytes]]:
    """Download the wanted packs and check them in order: sha256, shape and meaning, then id and version.

    `others` are the packs they will be installed beside; `baseline` the problems those have already.
    """
    bodies: list[tuple[IndexEntry, str, bytes]] = []
    for entry in wanted:
        pack_url = urljoin(index_url, entry.url)
        check_step(index_url, pack_url)
        body = http.get(pack_url, limit=MAX_PACK_BYTES).body or b""
        if hashlib.sha256(body).hexdigest() != entry.sha256:
            raise UpdateError(f"{pack_url} does not match its sha256 in the signed index")
        bodies.append((entry, pack_url, body))
    new: list[tuple[Pack, bytes]] = []
    for _, pack_url, body in bodies:
        pack, problems = pack_from_bytes(body, pack_url, Origin.UPDATED)
        if pack is None:
            raise UpdateError(f"invalid pack: {problems[0]}")
        new.append((pack, body))
    # Together with the built-in packs and the other updates: unique item ids, resolvable `when` references.
    _, found = rules.check_set([*others, *(pack for pack, _ in new)])
    fresh = [problem for problem in found if problem not in baseline]
    if fresh:
        raise UpdateError(f"invalid pack: {fresh[0]}")
    _score_with(others, [pack for pack, _ in new])
    for (entry, pack_url, _), (pack, _) in zip(bodies, new, strict=True):
        if (pack.id, pack.version) != (entry.id, entry.version):
            raise UpdateError(f"{pack_url} holds {pack.id} {pack.version}, not {entry.id} {entry.version} as indexed")
    return new


def _score_with(others: Sequence[Pack], new: Sequence[Pack]) -> None:
    """Score once with the new packs in place: a pack every check let through must still not break scoring on
    every computer it reaches."""
    from privacycheck.core.answers import Answers
    from privacycheck.core.model import PLATFORMS
    from privacycheck.core.scoring import Checklist, evaluate

    accepted, _ = rules.check_set([*others, *new])
    try:
        evaluate(Checklist(accepted), Answers(frozenset(PLATFORMS), {}))
    except Exception as error:
        raise UpdateError(f"invalid pack: scoring fails with it ({type(error).__name__}: {str(error)[:120]})") from None


@functools.cache
def _builtin_packs() -> tuple[Pack, ...]:
    """The packs shipped with the app: they cannot change while it runs, so an app checking daily reads them once."""
    return tuple(_read_all(builtin_sources()))


def _read_all(sources: Iterable[PackSource]) -> list[Pack]:
    return [pack for pack, _ in map(read_pack, sources) if pack is not None]


def _beside(url: str, suffix: str) -> str:
    from urllib3.util import parse_url

    parts = parse_url(url)
    return str(parts._replace(path=(parts.path or "") + suffix, fragment=None).url)


def _hashes(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.glob("*.json"))}


def _read_state(home: Path) -> dict[str, Any]:
    """What the last successful check remembered; anything unreadable or odd counts as nothing remembered."""
    try:
        state = json.loads((home / STATE_FILE).read_text(encoding="utf-8"))
        if all(isinstance(p["id"], str) and isinstance(p["version"], str) for p in state["packs"]):
            return dict(state)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return {}


def _write_state(home: Path, state: dict[str, Any]) -> None:
    from privacycheck.storage.files import write_atomic

    write_atomic(home / STATE_FILE, json.dumps(state, indent=2).encode("utf-8"))


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One update at a time per data directory; the OS releases the lock if the process dies."""
    with private_umask():
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise UpdateError("another update is running: try again when it has finished") from None
        yield
    finally:
        os.close(descriptor)
