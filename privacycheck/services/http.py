"""The one wrapper around HTTP: HTTPS only (plain HTTP to loopback), timeouts, size limits, no downgrading redirect."""

from __future__ import annotations

import contextlib
import ipaddress
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from privacycheck import __version__
from privacycheck.errors import PrivacycheckError

if TYPE_CHECKING:
    import requests

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_MAX_REASON = 160


class NetworkError(PrivacycheckError):
    """A download that failed or was refused: unreachable, too slow, too large, an error status, an unsafe address."""

    title = "Download failed"


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds. `total` bounds every request of one `Fetcher`, streaming included.

    A read already waiting when `total` runs out can still take up to `read`, so a stalled or trickling server fails
    within `total + read` (30 s by default). Name resolution is not covered: the system resolver has its own timeout.
    """

    connect: float = 10.0
    read: float = 10.0
    total: float = 20.0


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    """Where the body came from, after redirects: relative links resolve against it."""
    body: bytes | None
    """None when the server answered 304 Not Modified to the ETag sent."""
    etag: str | None


def is_loopback(host: str) -> bool:
    """`localhost`, 127.0.0.0/8 or ::1: this computer, where plain HTTP cannot be read or changed on the way."""
    host = host.strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class Address:
    scheme: str
    host: str
    netloc: str
    """host[:port], for messages."""


def parse(url: str) -> Address:
    """The one URL parser: urllib3's, the one that connects. Refused before parsing: a backslash, a user name or
    password, whitespace and control characters, on which parsers disagree about where the host ends."""
    from urllib3.exceptions import LocationParseError
    from urllib3.util import parse_url

    shown = url if len(url) <= 120 else url[:119] + "…"
    if "\\" in url or any(ord(char) <= 0x20 or ord(char) == 0x7F for char in url):
        raise NetworkError(f"refused {shown!r}: an address may not hold a backslash, spaces or control characters")
    try:
        parts = parse_url(url)
        parts.port  # noqa: B018 (an invalid port raises here)
    except (LocationParseError, ValueError):
        raise NetworkError(f"{shown!r} is not a valid address") from None
    if parts.auth is not None or "@" in (parts.netloc or ""):
        raise NetworkError(f"refused {shown!r}: an address with a user name or password")
    return Address((parts.scheme or "").lower(), (parts.host or "").lower(), parts.netloc or "")


def check_url(url: str) -> None:
    """Refuse anything but an https:// address, or an http:// address on this computer."""
    address = parse(url)
    if address.scheme == "https" and address.host:
        return
    if address.scheme == "http" and address.host and is_loopback(address.host):
        return
    raise NetworkError(f"refused {url}: only https:// addresses (or http:// on this computer) are allowed")


def check_step(source: str, target: str) -> None:
    """A redirect from `source`, or a link in a document fetched from it, may go anywhere allowed but not off HTTPS."""
    check_url(target)
    if parse(source).scheme == "https" and parse(target).scheme != "https":
        raise NetworkError(f"refused {target}: it would leave HTTPS (reached from {source})")


@contextlib.contextmanager
def fetcher(session: requests.Session | None = None, timeouts: Timeouts | None = None) -> Iterator[Fetcher]:
    """A `Fetcher` over `session`, or over a new session that is closed afterwards."""
    if session is not None:
        yield Fetcher(session, timeouts or Timeouts())
        return
    import requests

    with requests.Session() as owned:
        yield Fetcher(owned, timeouts or Timeouts())


class Fetcher:
    """GET requests that share one session and one deadline."""

    def __init__(
        self, session: requests.Session, timeouts: Timeouts, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._session = session
        self._timeouts = timeouts
        self._monotonic = monotonic
        self._deadline = monotonic() + timeouts.total

    def get(self, url: str, *, limit: int, etag: str | None = None) -> Fetched:
        """The body at `url`, at most `limit` bytes, following safe redirects.

        With `etag`, asks the server to answer 304 if the body has not changed: `Fetched.body` is then None.
        """
        import requests
        import urllib3

        check_url(url)
        headers = {"Accept-Encoding": "identity", "User-Agent": f"privacycheck/{__version__}"}
        if etag is not None:
            headers["If-None-Match"] = etag
        for _ in range(MAX_REDIRECTS + 1):
            address = parse(url)
            host = address.netloc
            # A proxy from the environment is for leaving this computer: a request to loopback never goes through one
            # (requests drops the keys set to None after merging the environment's proxies).
            direct = {"http": None, "https": None, "all": None} if is_loopback(address.host) else None
            try:
                with self._session.get(
                    url,
                    headers=headers,
                    timeout=self._timeout(url),
                    stream=True,
                    allow_redirects=False,
                    proxies=direct,  # type: ignore[arg-type]  # None removes a key; the stubs allow only str
                ) as response:
                    if response.is_redirect:
                        target = urljoin(url, response.headers["Location"])
                        check_step(url, target)
                        url = target
                        continue
                    if response.status_code == 304 and etag is not None:
                        return Fetched(url, None, etag)
                    if response.status_code != 200:
                        raise NetworkError(f"{url} answered {response.status_code} {response.reason or ''}".rstrip())
                    return Fetched(url, self._body(response, url, limit), response.headers.get("ETag"))
            except (requests.exceptions.ConnectTimeout, urllib3.exceptions.ConnectTimeoutError):
                raise NetworkError(f"connecting to {host} timed out") from None
            except (requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError):
                raise NetworkError(f"{host} stopped answering (timed out)") from None
            except requests.exceptions.SSLError as error:
                raise NetworkError(f"no secure connection to {host}: {_cause(error)}") from None
            except requests.exceptions.ConnectionError as error:
                raise NetworkError(f"cannot reach {host}: {_cause(error)}") from None
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
                raise NetworkError(f"downloading {url} failed: {_cause(error)}") from None
        raise NetworkError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _remaining(self, url: str) -> float:
        remaining = self._deadline - self._monotonic()
        if remaining <= 0:
            raise NetworkError(f"{parse(url).netloc} is too slow: gave up after {self._timeouts.total:g} s")
        return remaining

    def _timeout(self, url: str) -> tuple[float, float]:
        remaining = self._remaining(url)
        return min(self._timeouts.connect, remaining), min(self._timeouts.read, remaining)

    def _body(self, response: requests.Response, url: str, limit: int) -> bytes:
        """Read at most `limit` bytes, whatever Content-Length claims, and give up at the deadline."""
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding != "identity":
            # We asked for identity; a compressed body could expand far beyond the limit while being decoded.
            raise NetworkError(f"{url} came {encoding}-compressed although privacycheck asks for plain data")
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise NetworkError(f"{url} is larger than {_size(limit)}")
        raw: Any = response.raw
        body = bytearray()
        while True:
            self._remaining(url)
            # read1 returns as soon as some bytes arrive, so a server sending a byte at a time still meets the deadline.
            chunk = raw.read1(_CHUNK, decode_content=False)
            if not chunk:
                return bytes(body)
            body += chunk
            if len(body) > limit:
                raise NetworkError(f"{url} is larger than {_size(limit)}")


def _size(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MiB" if limit >= 1024 * 1024 else f"{limit / 1024:g} KiB"


def _cause(error: BaseException) -> str:
    """The innermost reason of a requests/urllib3 error, on one short line ("Connection refused")."""
    current: BaseException = error
    seen = {id(current)}
    while True:
        inner = getattr(current, "reason", None)
        if not isinstance(inner, BaseException):
            inner = current.__cause__ or next((a for a in current.args if isinstance(a, BaseException)), None)
        if inner is None or id(inner) in seen:
            break
        seen.add(id(inner))
        current = inner
    message = getattr(current, "verify_message", None) or getattr(current, "strerror", None) or str(current)
    line = " ".join(str(message).split()) or type(current).__name__
    return line if len(line) <= _MAX_REASON else line[: _MAX_REASON - 1] + "…"
