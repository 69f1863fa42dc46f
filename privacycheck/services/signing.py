"""Ed25519 signatures of update indexes: an organisation's key pair, signing an index, checking a signature."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from privacycheck.errors import PrivacycheckError
from privacycheck.storage.paths import ensure_private_dir, private_umask

PRIVATE_KEY_NAME = "private.pem"
PUBLIC_KEY_NAME = "public.txt"
SIGNATURE_SUFFIX = ".sig"
SIGNATURE_BYTES = 64
PUBLIC_KEY_BYTES = 32


class SignatureError(PrivacycheckError):
    """A signature or key that cannot be used: missing, malformed, or not matching."""

    title = "Signature"


def _decode(text: str | bytes, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(f"{what} is not base64") from None
    if len(raw) != size:
        raise SignatureError(f"{what} is {len(raw)} bytes long instead of {size}")
    return raw


def verify(data: bytes, signature: bytes, public_key: str) -> None:
    """Raise SignatureError unless `signature` (base64 text) is `public_key`'s Ed25519 signature of exactly `data`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = Ed25519PublicKey.from_public_bytes(_decode(public_key, PUBLIC_KEY_BYTES, "the update key"))
    raw = _decode(signature, SIGNATURE_BYTES, "the signature")
    try:
        key.verify(raw, data)
    except InvalidSignature:
        raise SignatureError("the signature does not match the organisation's update key") from None


def generate(out: Path) -> str:
    """Write a new key pair into `out` (private.pem, mode 0600; public.txt) and return the public key in base64.

    Refuses to overwrite an existing private key: the computers that trust it would stop accepting updates.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    public = base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")
    private_path = out / PRIVATE_KEY_NAME
    try:
        ensure_private_dir(out)
        with private_umask():
            descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise SignatureError(f"{private_path} exists already: refusing to replace a signing key") from None
    except OSError as error:
        raise SignatureError(f"cannot write {private_path}: {error.strerror or error}") from None
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(pem)
    from privacycheck.storage.files import write_atomic

    write_atomic(out / PUBLIC_KEY_NAME, (public + "\n").encode("ascii"), mode=0o644)
    return public


def stamped(data: bytes, expires: dt.datetime) -> bytes:
    """The index with `expires` set (and schema_version 2, which requires it), written back as indented JSON."""
    import json

    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise SignatureError(f"the index is not JSON: {str(error)[:120]}") from None
    if not isinstance(document, dict):
        raise SignatureError("the index is not a JSON object")
    moment = expires.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    document = {"schema_version": 2, **{k: v for k, v in document.items() if k != "schema_version"}, "expires": moment}
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def sign(
    index: Path,
    private_key: Path,
    check: Callable[[bytes], object] | None = None,
    *,
    expires: dt.datetime | None = None,
) -> Path:
    """Sign the exact bytes of `index` with the PEM key at `private_key`; write and return `INDEX.sig`.

    With `expires`, the index is first rewritten with that expiry (design.md §7). `check` sees the bytes about to be
    signed and raises to refuse them; then nothing is written.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from privacycheck.storage.files import write_atomic

    try:
        pem = private_key.read_bytes()
        data = index.read_bytes()
    except OSError as error:
        raise SignatureError(f"cannot read {error.filename}: {error.strerror or error}") from None
    try:
        key = load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as error:
        raise SignatureError(f"{private_key} is not a usable private key: {str(error)[:160]}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SignatureError(f"{private_key} is not an Ed25519 private key (make one with 'privacycheck admin keygen')")
    if expires is not None:
        data = stamped(data, expires)
    if check is not None:
        check(data)
    signature = index.with_name(index.name + SIGNATURE_SUFFIX)
    if expires is not None:
        write_atomic(index, data, mode=_mode(index))
    write_atomic(signature, base64.b64encode(key.sign(data)) + b"\n", mode=_mode(index))
    return signature


def _mode(path: Path) -> int:
    """Published files keep the index's permissions (a web server may need to read them)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644
