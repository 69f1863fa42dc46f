"""Encryption at rest: AES-256-GCM with a random data key, or one derived from a passphrase with scrypt."""

from __future__ import annotations

import os

NONCE_BYTES = 12
KEY_BYTES = 32
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_CHECK = b"privacycheck key check v1"


class DecryptionError(ValueError):
    """The data does not open with this key: a wrong key, or the bytes were altered."""


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt(key: bytes, plaintext: bytes, context: bytes) -> bytes:
    """nonce ‖ ciphertext ‖ tag. `context` is authenticated, so a blob cannot be moved to another column."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def decrypt(key: bytes, blob: bytes, context: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context)
    except (InvalidTag, ValueError):
        raise DecryptionError("the data does not open with this key") from None


def key_check(key: bytes) -> bytes:
    """A value stored beside the data that tells a right key from a wrong one before anything is read."""
    return encrypt(key, _CHECK, b"key-check")


def verify_key(key: bytes, check: bytes) -> bool:
    try:
        return decrypt(key, check, b"key-check") == _CHECK
    except DecryptionError:
        return False
