"""Signed updates from a real HTTP(S) server on 127.0.0.1: the good path, and refusals that leave packs untouched."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import ipaddress
import json
import os
import re
import socket
import ssl
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from privacycheck.services import catalog, packset, signing
from privacycheck.services.http import Timeouts
from privacycheck.services.updates import (
    LOCK_FILE,
    MAX_INDEX_BYTES,
    MAX_PACK_BYTES,
    PACKS_DIR,
    UpdateError,
    UpdateResult,
    _exclusive,
    check_and_install,
    last_checked,
    roll_back,
)
from privacycheck.storage.home import MARKER
from tests.factory import item, pack, platform_pack

ROOT = Path(__file__).resolve().parents[1]
FAST = Timeouts(connect=2, read=2, total=10)
NOW = dt.datetime(2027, 1, 15, 9, 30, tzinfo=dt.UTC)
BUILT_IN_X = json.loads((ROOT / "checklists" / "x.json").read_bytes())["version"]
NEWER_X = "99.0.0"


# --- a real server -----------------------------------------------------------------------------------------------


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    mode: str = "plain"
    """plain (Content-Length), chunked, close (no length: the body ends when the connection closes), stall, trickle."""
    etag: bool = False


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        if context is not None:
            self.socket = context.wrap_socket(self.socket, server_side=True)
        self.scheme = "https" if context else "http"
        self.routes: dict[str, Route] = {}
        self.seen: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05})

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server_address[1]}{path}"

    def paths_seen(self) -> list[str]:
        return [path for path, _ in self.seen]

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up on purpose (a body too large) is expected here."""

    def __enter__(self) -> Server:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()
        self._thread.join()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: without this, each GET waits 40 ms
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.server.seen.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path, Route(b"not here", status=404))
        if route.mode == "stall":
            self.server.release.wait(10)
            self.close_connection = True
            return
        etag = f'"{hashlib.sha256(route.body).hexdigest()[:16]}"'
        if route.etag and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(route.status)
        if route.etag:
            self.send_header("ETag", etag)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.mode == "chunked":
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(route.body), 65536):
                chunk = route.body[start : start + 65536]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
            return
        if route.mode == "close":
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(route.body)
            self.close_connection = True
            return
        if "Content-Length" not in route.headers:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        if route.mode == "trickle":
            for byte in route.body:
                if self.server.release.wait(0.05):
                    return
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            return
        self.wfile.write(route.body)


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


def tls_context(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    """A throwaway CA and a certificate for 127.0.0.1 signed by it: the server's context, and the CA file to trust."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])

    now = dt.datetime.now(dt.UTC)
    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())

    def certificate(subject: str, key: Any, ca: bool) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(name(subject))
            .issuer_name(name("test CA"))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        )
        if ca:
            usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
            builder = builder.add_extension(usage, critical=True)
        else:
            san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
            builder = builder.add_extension(san, critical=False)
        return builder.sign(ca_key, hashes.SHA256())

    pem = serialization.Encoding.PEM
    ca_file, cert_file, key_file = tmp_path / "ca.pem", tmp_path / "cert.pem", tmp_path / "key.pem"
    ca_file.write_bytes(certificate("test CA", ca_key, ca=True).public_bytes(pem))
    cert_file.write_bytes(certificate("127.0.0.1", leaf_key, ca=False).public_bytes(pem))
    key_file.write_bytes(leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context, ca_file


# --- a publisher: keys, packs, index and signature, as an organisation makes them ---------------------------------


@dataclass
class Publisher:
    server: Server
    folder: Path
    public_key: str

    @property
    def index_url(self) -> str:
        return self.server.url("/updates/index.json")

    def put(self, path: str, route: Route) -> None:
        self.server.routes[path] = route

    def publish(self, *documents: dict[str, Any], bodies: dict[str, bytes] | None = None) -> bytes:
        """Serve each pack at /updates/packs/ID.json, an index listing them (relative URLs) and its signature."""
        bodies = dict(bodies or {})
        entries = []
        for document in documents:
            body = bodies.pop(document["id"], None) or json.dumps(document, indent=1).encode()
            self.put(f"/updates/packs/{document['id']}.json", Route(body))
            digest = hashlib.sha256(body).hexdigest()
            entries.append(
                {
                    "id": document["id"],
                    "version": document["version"],
                    "url": f"packs/{document['id']}.json",
                    "sha256": digest,
                }
            )
        return self.publish_index({"schema_version": 1, "publisher": "Test Org", "packs": entries})

    def publish_index(self, index: Any, *, raw: bytes | None = None) -> bytes:
        data = raw if raw is not None else json.dumps(index, indent=1).encode()
        path = self.folder / "index.json"
        path.write_bytes(data)
        signature = signing.sign(path, self.folder / signing.PRIVATE_KEY_NAME)
        self.put("/updates/index.json", Route(data, etag=True))
        self.put("/updates/index.json.sig", Route(signature.read_bytes()))
        return data


@pytest.fixture
def publisher(server: Server, tmp_path: Path) -> Publisher:
    folder = tmp_path / "publisher"
    return Publisher(server, folder, signing.generate(folder))


def demo(version: str = "1.0.0", **overrides: Any) -> dict[str, Any]:
    return pack("demo", version=version, **overrides)


def update(publisher: Publisher, home: Path, **options: Any) -> UpdateResult:
    options = {"timeouts": FAST, "clock": lambda: NOW, **options}
    return check_and_install(options.pop("url", publisher.index_url), publisher.public_key, home, **options)


def snapshot(home: Path) -> dict[str, str]:
    """Every file and folder in the data directory with the hash of its bytes (the lock file aside)."""
    return {
        str(path.relative_to(home)): hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        for path in sorted(home.rglob("*"))
        if path.name != LOCK_FILE
    }


def installed(home: Path) -> dict[str, str]:
    return {path.name: json.loads(path.read_bytes())["version"] for path in sorted((home / PACKS_DIR).glob("*.json"))}


# --- the good path -------------------------------------------------------------------------------------------------


def test_installs_signed_packs_then_finds_nothing_new(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    publisher.publish(demo(), platform_pack("x", version=NEWER_X))
    result = update(publisher, home)
    assert [(p.id, p.version) for p in result.installed] == [("demo", "1.0.0"), ("x", NEWER_X)]
    assert result.message == f"Installed 2 pack(s) from Test Org: demo 1.0.0, x {NEWER_X}."
    assert installed(home) == {"demo.json": "1.0.0", "x.json": NEWER_X}
    assert last_checked(home) == NOW
    loaded = {p.id: p for p in catalog.load_installed(home / PACKS_DIR).packs}
    assert (loaded["demo"].origin, loaded["x"].origin, loaded["facebook"].origin) == ("updated", "updated", "built-in")

    again = update(publisher, home)
    assert again.installed == ()
    assert {p.id for p in again.unchanged} == {"demo", "x"}
    assert "not changed" in again.message
    index_requests = [headers for path, headers in publisher.server.seen if path == "/updates/index.json"]
    assert "If-None-Match" not in index_requests[0]
    assert index_requests[1]["If-None-Match"]
    assert publisher.server.paths_seen()[-1] == "/updates/index.json"  # 304: nothing else downloaded


def test_a_newer_version_replaces_and_keeps_the_previous_set(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    publisher.publish(demo("1.0.0"), pack("extra"))
    update(publisher, home)
    publisher.publish(demo("1.1.0"), pack("extra"))
    result = update(publisher, home)
    assert [(p.id, p.version) for p in result.installed] == [("demo", "1.1.0")]
    assert [(p.id, p.version) for p in result.unchanged] == [("extra", "1.0.0")]
    assert installed(home) == {"demo.json": "1.1.0", "extra.json": "1.0.0"}
    previous = packset.previous(home / PACKS_DIR)
    assert json.loads((previous / "demo.json").read_bytes())["version"] == "1.0.0"
    kept = sorted(p.name for p in home.iterdir() if p.name != MARKER)
    assert kept == ["packs", "packs.previous", "update-state.json", "update.lock"]
    assert publisher.server.paths_seen().count("/updates/packs/extra.json") == 1  # the same version is not fetched


def test_a_rollback_puts_back_the_set_before_the_last_update_and_can_be_undone(
    publisher: Publisher, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    publisher.publish(demo("1.0.0"), pack("extra"))
    update(publisher, home)
    publisher.publish(demo("1.1.0"))
    update(publisher, home)
    assert installed(home) == {"demo.json": "1.1.0", "extra.json": "1.0.0"}

    back = roll_back(home)
    assert installed(home) == {"demo.json": "1.0.0", "extra.json": "1.0.0"}
    assert back.message == "Rolled back to the packs before the last update: demo 1.0.0, extra 1.0.0."
    loaded = {p.id: p for p in catalog.load_installed(home / PACKS_DIR).packs}
    assert (loaded["demo"].version, loaded["demo"].origin) == ("1.0.0", "updated")

    roll_back(home)  # undoes the rollback
    assert installed(home) == {"demo.json": "1.1.0", "extra.json": "1.0.0"}
    roll_back(home)
    seen = len(publisher.server.seen)
    assert [(p.id, p.version) for p in update(publisher, home).installed] == [("demo", "1.1.0")]
    assert publisher.server.seen[seen][1].get("If-None-Match") is None  # the remembered ETag no longer vouches


def test_rolling_back_the_first_update_leaves_the_built_in_packs_alone(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    with pytest.raises(UpdateError, match="nothing to roll back: no update has been installed"):
        roll_back(home)
    publisher.publish(demo(), platform_pack("x", version=NEWER_X))
    update(publisher, home)
    assert roll_back(home).message == "Rolled back: the built-in packs alone are in force."
    assert installed(home) == {}
    loaded = {p.id: p for p in catalog.load_installed(home / PACKS_DIR).packs}
    assert "demo" not in loaded and (loaded["x"].version, loaded["x"].origin) == (BUILT_IN_X, "built-in")


def test_an_index_equal_to_what_is_installed_is_nothing_to_do(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    publisher.publish(platform_pack("x", version=BUILT_IN_X))  # the built-in version
    result = update(publisher, home)
    assert (result.installed, [p.id for p in result.unchanged]) == ((), ["x"])
    assert "every pack in the index is installed" in result.message
    assert not (home / PACKS_DIR).exists()


def test_an_etag_is_not_trusted_once_the_installed_packs_changed(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    publisher.publish(demo())
    update(publisher, home)
    (home / PACKS_DIR / "demo.json").unlink()
    result = update(publisher, home)
    assert [p.id for p in result.installed] == ["demo"]
    index_requests = [headers for path, headers in publisher.server.seen if path == "/updates/index.json"]
    assert "If-None-Match" not in index_requests[1]


def test_a_proxy_from_the_environment_is_not_used_on_this_computer(
    publisher: Publisher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The proxy is a port where nothing listens: going through it would fail."""
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{_free_port()}")
    publisher.publish(demo())
    assert [(p.id, p.version) for p in update(publisher, tmp_path / "home").installed] == [("demo", "1.0.0")]


def test_follows_a_redirect_on_this_computer_and_resolves_packs_against_it(
    publisher: Publisher, tmp_path: Path
) -> None:
    publisher.publish(demo())
    publisher.put("/moved.json", Route(status=302, headers={"Location": "/updates/index.json"}))
    result = update(publisher, tmp_path / "home", url=publisher.server.url("/moved.json"))
    assert [p.id for p in result.installed] == ["demo"]


def test_works_over_https_and_refuses_to_leave_it(publisher: Publisher, tmp_path: Path) -> None:
    context, ca_file = tls_context(tmp_path)
    home = tmp_path / "home"
    with Server(context) as secure, requests.Session() as session:
        session.verify = str(ca_file)
        session.trust_env = (
            False  # else REQUESTS_CA_BUNDLE overrides `verify`: https://github.com/psf/requests/issues/3829
        )
        secure.routes = publisher.server.routes
        publisher.publish(demo())
        url = secure.url("/updates/index.json")
        result = update(publisher, home, url=url, session=session)
        assert [p.id for p in result.installed] == ["demo"]
        before = snapshot(home)

        secure.routes["/to-http.json"] = Route(status=301, headers={"Location": publisher.index_url})
        with pytest.raises(UpdateError, match=r"would leave HTTPS"):
            update(publisher, home, url=secure.url("/to-http.json"), session=session)

        entry = {"id": "demo", "version": "1.1.0", "url": publisher.server.url("/updates/packs/demo.json")}
        publisher.publish_index({"schema_version": 1, "publisher": "Org", "packs": [{**entry, "sha256": "0" * 64}]})
        with pytest.raises(UpdateError, match=r"would leave HTTPS"):
            update(publisher, home, url=url, session=session)
        assert snapshot(home) == before

    with Server(context) as untrusted, pytest.raises(UpdateError, match=r"no secure connection to 127\.0\.0\.1.*cert"):
        update(publisher, home, url=untrusted.url("/updates/index.json"))


# --- every refusal leaves the installed packs exactly as they were --------------------------------------------------


def _large(limit: int) -> bytes:
    return b" " * (limit + 1)


def _sign_with_another_key(p: Publisher) -> None:
    other = p.folder.parent / "other"
    signing.generate(other)
    index = p.folder / "index.json"
    p.publish(demo("2.0.0"))
    p.put("/updates/index.json.sig", Route(signing.sign(index, other / signing.PRIVATE_KEY_NAME).read_bytes()))


def _index_changed_after_signing(p: Publisher) -> None:
    data = p.publish(demo("2.0.0"))
    p.put("/updates/index.json", Route(data.replace(b"Test Org", b"Test 0rg")))


def _cut_off(p: Publisher) -> None:
    """The server goes away: nothing listens on its port any more."""
    p.put("/updates/index.json", Route(status=302, headers={"Location": f"http://127.0.0.1:{_free_port()}/i.json"}))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


BREAKERS: dict[str, tuple[Callable[[Publisher], object], str]] = {
    "connection refused": (_cut_off, r"cannot reach 127\.0\.0\.1:\d+: Connection refused"),
    "index 404": (lambda p: p.put("/updates/index.json", Route(b"gone", status=404)), r"index\.json answered 404"),
    "index 500": (lambda p: p.put("/updates/index.json", Route(status=500)), r"answered 500 Internal Server Error"),
    "pack 404": (
        lambda p: [p.publish(demo("2.0.0")), p.put("/updates/packs/demo.json", Route(status=404))],
        r"packs/demo\.json answered 404",
    ),
    "index too large, honest length": (
        lambda p: p.put("/updates/index.json", Route(_large(MAX_INDEX_BYTES))),
        r"index\.json is larger than 1 MiB",
    ),
    "index too large, no length": (
        lambda p: p.put("/updates/index.json", Route(_large(MAX_INDEX_BYTES), mode="close")),
        r"index\.json is larger than 1 MiB",
    ),
    "index too large, lying length": (
        lambda p: p.put(
            "/updates/index.json", Route(_large(4 * MAX_INDEX_BYTES), mode="chunked", headers={"Content-Length": "9"})
        ),
        r"index\.json is larger than 1 MiB",
    ),
    "pack too large, no length": (
        lambda p: [
            p.publish(demo("2.0.0")),
            p.put("/updates/packs/demo.json", Route(_large(MAX_PACK_BYTES), mode="close")),
        ],
        r"demo\.json is larger than 4 MiB",
    ),
    "pack too large, lying length": (
        lambda p: [
            p.publish(demo("2.0.0")),
            p.put(
                "/updates/packs/demo.json",
                Route(_large(MAX_PACK_BYTES), mode="chunked", headers={"Content-Length": "2"}),
            ),
        ],
        r"demo\.json is larger than 4 MiB",
    ),
    "index compressed": (
        lambda p: p.put("/updates/index.json", Route(b"\x1f\x8b...", headers={"Content-Encoding": "gzip"})),
        r"index\.json came gzip-compressed although privacycheck asks for plain data",
    ),
    "signature by another key": (_sign_with_another_key, r"signature does not match the organisation's update key"),
    "index changed after signing": (_index_changed_after_signing, r"signature does not match"),
    "signature missing": (
        lambda p: [p.publish(demo("2.0.0")), p.server.routes.pop("/updates/index.json.sig")],
        r"no signature: .*index\.json\.sig answered 404",
    ),
    "signature not base64": (
        lambda p: [p.publish(demo("2.0.0")), p.put("/updates/index.json.sig", Route(b"not a signature!"))],
        r"the signature is not base64",
    ),
    "hash mismatch": (
        lambda p: [
            p.publish(demo("2.0.0")),
            p.put("/updates/packs/demo.json", Route(json.dumps(demo("2.0.1")).encode())),
        ],
        r"packs/demo\.json does not match its sha256 in the signed index",
    ),
    "pack not JSON": (
        lambda p: p.publish(demo("2.0.0"), bodies={"demo": b"{not json"}),
        r"invalid pack: .*demo\.json: \$: not valid JSON",
    ),
    "pack against the schema": (
        lambda p: p.publish(demo("2.0.0", items=[item("demo.first", severity=9)])),
        r"invalid pack: .*demo\.json: \$\.items\[0\]\.severity: 9 is greater than the maximum of 5",
    ),
    "pack with a dangling when": (
        lambda p: p.publish(demo("2.0.0", items=[item("demo.first", when={"item": "nowhere.item", "in": ["a"]})])),
        r"invalid pack: .*demo\.json: \$\.items\[0\]\.when\.item: no loaded item has the id 'nowhere\.item'",
    ),
    "pack clashing with another new pack": (
        lambda p: p.publish(
            demo("2.0.0", items=[item("demo.more.first")]), pack("demo.more", items=[item("demo.more.first")])
        ),
        r"invalid pack: .*item id 'demo\.more\.first'",
    ),
    "pack id not the indexed one": (
        lambda p: p.publish(demo("2.0.0"), bodies={"demo": json.dumps(pack("other", version="2.0.0")).encode()}),
        r"demo\.json holds other 2\.0\.0, not demo 2\.0\.0 as indexed",
    ),
    "pack version not the indexed one": (
        lambda p: p.publish(demo("2.0.0"), bodies={"demo": json.dumps(demo("2.0.1")).encode()}),
        r"holds demo 2\.0\.1, not demo 2\.0\.0 as indexed",
    ),
    "downgrade of an update": (
        lambda p: p.publish(demo("1.0.9")),
        r"the index offers demo 1\.0\.9, older than the installed 1\.1\.0",
    ),
    "downgrade of a built-in pack": (
        lambda p: p.publish(platform_pack("x", version="0.9")),
        r"the index offers x 0\.9, older than the installed [0-9.]+",
    ),
    "index against its schema": (
        lambda p: p.publish_index({"schema_version": 1, "publisher": "", "packs": []}),
        r"invalid update index: .*index\.json: \$\.publisher: '' should be non-empty",
    ),
    "index of a future format": (
        lambda p: p.publish_index({"schema_version": 3, "publisher": "Org", "packs": []}),
        r"index format 3; this privacycheck reads formats 1 and 2",
    ),
    "index listing a pack twice": (
        lambda p: p.publish_index(
            {
                "schema_version": 1,
                "publisher": "Org",
                "packs": [{"id": "demo", "version": "3", "url": "a.json", "sha256": "0" * 64}] * 2,
            }
        ),
        r"\$\.packs\[1\]\.id: 'demo' is listed twice",
    ),
    "redirect to plain HTTP elsewhere": (
        lambda p: p.put("/updates/index.json", Route(status=302, headers={"Location": "http://192.0.2.7/index.json"})),
        r"refused http://192\.0\.2\.7/index\.json: only https://",
    ),
    "pack on plain HTTP elsewhere": (
        lambda p: p.publish_index(
            {
                "schema_version": 1,
                "publisher": "Org",
                "packs": [{"id": "demo", "version": "3", "url": "http://example.org/d.json", "sha256": "0" * 64}],
            }
        ),
        r"invalid update index: .*\$\.packs\[0\]\.url: refused http://example\.org/d\.json",
    ),
    "redirect loop": (
        lambda p: p.put("/updates/index.json", Route(status=307, headers={"Location": "index.json"})),
        r"more than 5 redirects",
    ),
}


@pytest.fixture
def home(publisher: Publisher, tmp_path: Path) -> Path:
    """A data directory with updates installed twice: demo 1.1.0 in packs/, demo 1.0.0 in packs.previous/."""
    home = tmp_path / "home"
    publisher.publish(demo("1.0.0"))
    update(publisher, home)
    publisher.publish(demo("1.1.0"))
    update(publisher, home)
    assert {"packs/demo.json", "packs.previous/demo.json", "update-state.json"} <= snapshot(home).keys()
    return home


def refused(publisher: Publisher, home: Path, **options: Any) -> str:
    """The one-line reason of a failed update, which must have left the data directory byte for byte as it was."""
    before = snapshot(home)
    with pytest.raises(UpdateError) as raised:
        update(publisher, home, **options)
    assert snapshot(home) == before
    message = str(raised.value)
    assert "\n" not in message
    assert len(message) < 300
    return message


@pytest.mark.parametrize("case", list(BREAKERS))
def test_a_failure_changes_nothing_and_says_why_in_one_line(publisher: Publisher, home: Path, case: str) -> None:
    breaker, expected = BREAKERS[case]
    breaker(publisher)
    message = refused(publisher, home)
    assert message.startswith("no update installed: ")
    assert re.search(expected, message), message


def test_a_stalled_server_fails_fast_with_short_timeouts(publisher: Publisher, home: Path) -> None:
    publisher.put("/updates/index.json", Route(mode="stall"))
    started = time.monotonic()
    message = refused(publisher, home, timeouts=Timeouts(connect=1, read=0.5, total=5))
    assert message.endswith(f"127.0.0.1:{publisher.server.server_address[1]} stopped answering (timed out)")
    assert time.monotonic() - started < 3


def test_a_trickling_server_is_cut_off_by_the_total_time(publisher: Publisher, home: Path) -> None:
    publisher.put("/updates/index.json", Route(b"x" * 200, mode="trickle"))
    started = time.monotonic()
    message = refused(publisher, home, timeouts=Timeouts(connect=1, read=1, total=1))
    assert message.endswith("is too slow: gave up after 1 s")
    assert time.monotonic() - started < 3


def test_refuses_without_a_key_before_any_request(publisher: Publisher, home: Path) -> None:
    before, seen = snapshot(home), len(publisher.server.seen)
    publisher.publish(demo("2.0.0"))
    for key in (None, ""):
        with pytest.raises(UpdateError, match=r"^updates are refused: no update key is configured"):
            check_and_install(publisher.index_url, key, home)
    assert len(publisher.server.seen) == seen
    assert snapshot(home) == before


@pytest.mark.parametrize("url", ["http://example.org/index.json", "ftp://127.0.0.1/index.json", "file:///etc/passwd"])
def test_refuses_plain_http_beyond_this_computer(publisher: Publisher, home: Path, url: str) -> None:
    message = refused(publisher, home, url=url)
    assert message.endswith("only https:// addresses (or http:// on this computer) are allowed")


def test_one_update_at_a_time(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    publisher.publish(demo())
    with _exclusive(home / LOCK_FILE), pytest.raises(UpdateError, match="another update is running"):
        update(publisher, home)
    assert publisher.server.seen == []


# --- the swap survives a crash at any step -------------------------------------------------------------------------


def test_a_crash_between_the_two_renames_leaves_the_new_set_in_force(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    publisher.publish(demo("1.0.0"))
    update(publisher, home)
    packs, new = home / PACKS_DIR, home / "packs.new"
    new.mkdir()
    (new / "demo.json").write_text(json.dumps(demo("1.5.0")))
    packs.rename(packset.previous(packs))  # the crash: packs/ moved aside, packs.new/ not yet moved in
    assert {p.id: p.version for p in catalog.load_installed(packs).packs}["demo"] == "1.5.0"

    publisher.publish(demo("1.5.0"))
    result = update(publisher, home)  # finishes the swap, then finds nothing newer
    assert result.installed == ()
    assert installed(home) == {"demo.json": "1.5.0"}
    assert not new.exists()


def test_a_crash_before_the_swap_leaves_the_old_set_and_no_leftovers(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    publisher.publish(demo("1.0.0"))
    update(publisher, home)
    (home / "packs.new").mkdir()
    (home / "packs.new" / "demo.json").write_text(json.dumps(demo("1.5.0")))
    (home / ".packs.staging-abc").mkdir()
    assert {p.id: p.version for p in catalog.load_installed(home / PACKS_DIR).packs}["demo"] == "1.0.0"

    publisher.publish(demo("1.0.0"))
    update(publisher, home)
    assert sorted(p.name for p in home.iterdir() if p.name != MARKER) == ["packs", "update-state.json", "update.lock"]
    assert installed(home) == {"demo.json": "1.0.0"}


# --- the command line ----------------------------------------------------------------------------------------------


def cli(*arguments: str, home: Path, managed: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "C.UTF-8", "PRIVACYCHECK_HOME": str(home)}
    env.pop("LC_ALL", None)
    env["PRIVACYCHECK_MANAGED_CONFIG"] = str(managed or home.parent / "no-managed.json")
    return subprocess.run(
        [sys.executable, "-m", "privacycheck", *arguments], capture_output=True, text=True, env=env, cwd=ROOT
    )


def managed_config(tmp_path: Path, **keys: Any) -> Path:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps({"organisation": "Test Org", **keys}))
    return path


@pytest.mark.slow
def test_cli_update_installs_and_packs_lists_them_as_updated(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    publisher.publish(demo(), platform_pack("x", version=NEWER_X))
    managed = managed_config(tmp_path, update_url=publisher.index_url, update_public_key=publisher.public_key)

    first = cli("update", "--json", home=home, managed=managed)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {
        "installed": [{"id": "demo", "version": "1.0.0"}, {"id": "x", "version": NEWER_X}],
        "unchanged": [],
        "message": f"Installed 2 pack(s) from Test Org: demo 1.0.0, x {NEWER_X}.",
        "publisher": "Test Org",
    }
    listed = cli("packs", "--json", home=home, managed=managed)
    assert listed.returncode == 0, listed.stderr
    origins = {entry["id"]: (entry["version"], entry["origin"]) for entry in json.loads(listed.stdout)}
    assert origins["demo"] == ("1.0.0", "updated")
    assert origins["x"] == (NEWER_X, "updated")
    assert origins["facebook"][1] == "built-in"

    second = cli("update", home=home, managed=managed)
    assert (second.returncode, second.stderr) == (0, "")
    assert second.stdout == "Already up to date: the update index has not changed since the last check.\n"

    back = cli("update", "--rollback", home=home, managed=managed)
    assert (back.returncode, back.stdout) == (0, "Rolled back: the built-in packs alone are in force.\n")
    origins = {entry["id"]: entry["origin"] for entry in json.loads(cli("packs", "--json", home=home).stdout)}
    assert "demo" not in origins and origins["x"] == "built-in"
    mixed = cli("update", "--rollback", "--url", publisher.index_url, home=home, managed=managed)
    assert (mixed.returncode, mixed.stderr) == (1, "privacycheck: error: --rollback fetches nothing: leave out --url\n")


@pytest.mark.slow
def test_cli_update_failure_is_one_line_and_exit_1(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    publisher.publish(demo())
    managed = managed_config(tmp_path, update_public_key=publisher.public_key)
    assert cli("update", "--url", publisher.index_url, home=home, managed=managed).returncode == 0
    before = snapshot(home)
    _index_changed_after_signing(publisher)
    result = cli("update", "--url", publisher.index_url, "--json", home=home, managed=managed)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("privacycheck: error: no update installed: http://127.0.0.1:")
    assert result.stderr.endswith("signature does not match the organisation's update key\n")
    assert result.stderr.count("\n") == 1
    assert snapshot(home) == before


@pytest.mark.slow
def test_cli_update_without_a_configured_key_refuses(publisher: Publisher, tmp_path: Path) -> None:
    publisher.publish(demo())
    for managed in (managed_config(tmp_path, update_url=publisher.index_url), None):
        result = cli("update", "--url", publisher.index_url, home=tmp_path / "home", managed=managed)
        assert result.returncode == 1
        assert result.stderr.startswith("privacycheck: error: updates are refused: no update key is configured")
        assert result.stderr.count("\n") == 1
    result = cli(
        "update", home=tmp_path / "home", managed=managed_config(tmp_path, update_public_key=publisher.public_key)
    )
    assert result.returncode == 1
    assert "no update source: pass --url" in result.stderr
    assert publisher.server.seen == []


@pytest.mark.slow
def test_cli_admin_keygen_and_sign(tmp_path: Path) -> None:
    home, keys = tmp_path / "home", tmp_path / "keys"
    made = cli("admin", "keygen", "--out", str(keys), home=home)
    assert made.returncode == 0, made.stderr
    public = made.stdout.strip()
    assert len(base64.b64decode(public, validate=True)) == 32
    assert (keys / "public.txt").read_text().strip() == public
    assert stat.S_IMODE((keys / "private.pem").stat().st_mode) == 0o600
    assert (keys / "private.pem").read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    again = cli("admin", "keygen", "--out", str(keys), home=home)
    assert again.returncode == 1
    assert "exists already: refusing to replace a signing key" in again.stderr

    index = tmp_path / "index.json"
    index.write_bytes(b'{"schema_version": 1, "publisher": "Org", "packs": []}\n')
    signed = cli("admin", "sign", str(index), "--key", str(keys / "private.pem"), home=home)
    assert signed.returncode == 0, signed.stderr
    signing.verify(index.read_bytes(), (tmp_path / "index.json.sig").read_bytes(), public)

    index.write_bytes(b'{"schema_version": 1, "packs": []}')
    refused = cli("admin", "sign", str(index), "--key", str(keys / "private.pem"), home=home)
    assert refused.returncode == 1
    assert "invalid update index" in refused.stderr and "'publisher' is a required property" in refused.stderr
    with pytest.raises(signing.SignatureError):  # the old signature was not replaced by one of the invalid index
        signing.verify(index.read_bytes(), (tmp_path / "index.json.sig").read_bytes(), public)


# ---- F13: one URL parser; F14: a stale index is refused -----------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://192.0.2.2:8767\\@127.0.0.1:8765/good/index.json",
        "http://user@127.0.0.1:8765/index.json",
        "https://user:secret@example.org/index.json",
        "https://example.org/in dex.json",
        "https://example.org/index.json\n",
        "http://127.0.0.1:8765/\x00index.json",
    ],
)
def test_f13_addresses_the_parsers_could_read_differently_are_refused(url: str) -> None:
    from privacycheck.services.http import NetworkError, check_url

    with pytest.raises(NetworkError, match="refused"):
        check_url(url)


def test_f13_a_redirect_to_such_an_address_is_refused(publisher: Publisher, home: Path) -> None:
    target = f"http://192.0.2.2:8767\\@127.0.0.1:{publisher.server.server_address[1]}/updates/index.json"
    publisher.put("/updates/index.json", Route(status=302, headers={"Location": target}))
    assert "backslash" in refused(publisher, home)


def dated(p: Publisher, expires: str, *packs: dict[str, Any]) -> None:
    p.publish(*packs)
    index = json.loads((p.folder / "index.json").read_bytes())
    p.publish_index({**index, "schema_version": 2, "expires": expires})


def test_f14_an_index_past_its_expiry_is_refused(publisher: Publisher, home: Path) -> None:
    dated(publisher, "2027-01-15T09:00:00Z", demo("2.0.0"))  # half an hour before NOW
    assert "expired on 2027-01-15 09:00" in refused(publisher, home)


def test_f14_a_fresh_index_installs_and_an_old_undated_one_is_then_refused(
    publisher: Publisher, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    dated(publisher, "2027-02-14T09:30:00+00:00", demo("1.0.0"))
    assert [p.id for p in update(publisher, home).installed] == ["demo"]
    state = json.loads((home / "update-state.json").read_text())
    assert (state["index_format"], state["expires"]) == (2, "2027-02-14T09:30:00+00:00")
    publisher.publish(demo("1.1.0"))  # a format 1 index (no expiry), replayed from before
    with pytest.raises(UpdateError, match="no expiry date"):
        update(publisher, home)


def test_f14_an_unchanged_index_that_has_expired_is_refused(publisher: Publisher, tmp_path: Path) -> None:
    home = tmp_path / "home"
    dated(publisher, "2027-01-20T00:00:00Z", demo("1.0.0"))
    update(publisher, home)
    later = dt.datetime(2027, 1, 21, tzinfo=dt.UTC)
    with pytest.raises(UpdateError, match="expired on 2027-01-20 00:00"):
        update(publisher, home, clock=lambda: later)  # the server answers 304: still refused


def test_f14_admin_sign_sets_the_expiry_30_days_ahead_by_default(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    public = signing.generate(keys)
    index = tmp_path / "index.json"
    index.write_bytes(b'{"schema_version": 1, "publisher": "Org", "packs": []}\n')
    index.chmod(0o644)
    result = cli("admin", "sign", str(index), "--key", str(keys / "private.pem"), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    document = json.loads(index.read_bytes())
    expires = dt.datetime.fromisoformat(document["expires"].replace("Z", "+00:00"))
    assert document["schema_version"] == 2
    assert dt.timedelta(days=29) < expires - dt.datetime.now(dt.UTC) <= dt.timedelta(days=30)
    signing.verify(index.read_bytes(), (tmp_path / "index.json.sig").read_bytes(), public)
    assert stat.S_IMODE(index.stat().st_mode) == 0o644  # still readable by the web server
    shorter = cli("admin", "sign", str(index), "--key", str(keys / "private.pem"), "--expires", "7", home=tmp_path)
    assert shorter.returncode == 0, shorter.stderr
    assert json.loads(index.read_bytes())["expires"] < document["expires"]
