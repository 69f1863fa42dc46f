"""Encryption at rest: AES-256-GCM under a random data key; scrypt turns a passphrase into a key that wraps it."""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
from typing import Any

NONCE_BYTES = 12
KEY_BYTES = 32
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
# What a stored kdf entry may ask for: never weaker than this version writes, never so costly that opening hangs.
N_RANGE = (2**17, 2**20)
R_RANGE = (8, 16)
P_RANGE = (1, 4)
SALT_RANGE = (16, 64)
_CHECK = b"privacycheck key check v1"


class DecryptionError(ValueError):
    """The data does not open with this key: a wrong key, or the bytes were altered."""


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def parameters_in_bounds(n: object, r: object, p: object, salt: bytes) -> bool:
    """Whether stored scrypt parameters are ones this version accepts (N a power of two in N_RANGE)."""
    ints = all(type(value) is int for value in (n, r, p))
    if not ints:
        return False
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    return (
        N_RANGE[0] <= n <= N_RANGE[1]
        and n & (n - 1) == 0
        and R_RANGE[0] <= r <= R_RANGE[1]
        and P_RANGE[0] <= p <= P_RANGE[1]
        and SALT_RANGE[0] <= len(salt) <= SALT_RANGE[1]
    )


@functools.lru_cache(maxsize=4)
def _aead(key: bytes) -> Any:
    """One cipher object per key in use (opening history decrypts a thousand summaries with one key)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def encrypt(key: bytes, plaintext: bytes, context: bytes) -> bytes:
    """nonce ‖ ciphertext ‖ tag. `context` is authenticated: a blob opens only where it was written."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + bytes(_aead(key).encrypt(nonce, plaintext, context))


def decrypt(key: bytes, blob: bytes, context: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag

    if len(blob) < NONCE_BYTES + 16:
        raise DecryptionError("the data is too short")
    try:
        return bytes(_aead(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context))
    except (InvalidTag, ValueError):
        raise DecryptionError("the data does not open with this key") from None


def subkey(key: bytes, purpose: bytes) -> bytes:
    """A key for one purpose, derived from the data key (HMAC-SHA256 as a one-block HKDF-Expand)."""
    return hmac.new(key, b"privacycheck subkey\x00" + purpose + b"\x01", hashlib.sha256).digest()


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(subkey(key, b"meta"), data, hashlib.sha256).digest()


def mac_matches(key: bytes, data: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(mac(key, data), expected)


def key_check(key: bytes, context: bytes = b"key-check") -> bytes:
    """A value stored beside the data that tells a right key from a wrong one before anything is read."""
    return encrypt(key, _CHECK, context)


def verify_key(key: bytes, check: bytes, context: bytes = b"key-check") -> bool:
    try:
        return decrypt(key, check, context) == _CHECK
    except DecryptionError:
        return False
