"""The data key: made once per store, kept in the system keyring or wrapped under a passphrase, never written in clear.

Metadata of a store (schema 2), in its `meta` table:

- `store_id`, `key_mode` (keyring | passphrase | plaintext);
- keyring: `key_check`, the encryption of a constant under the data key (the key itself is in the keyring);
- passphrase: `kdf` (scrypt parameters and salt, bounded) and `wrapped_key`, the data key encrypted under the key
  scrypt makes from the passphrase, so that changing the passphrase rewraps one value;
- `meta_mac`: an HMAC of all of the above and the schema version, under a subkey of the data key. Editing the file
  without the key (a downgrade to unencrypted, other scrypt parameters) is detected.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from privacycheck.errors import PrivacycheckError
from privacycheck.storage import crypto
from privacycheck.storage.errors import KeyMode, LostKey, NeedsKeyChoice, StorageError, WrongPassphrase
from privacycheck.storage.home import KEY_NAME
from privacycheck.storage.secrets import SecretStore

MIN_PASSPHRASE = 8
"""The one passphrase policy, for the app and the command line: at least 8 characters, typed twice when set."""
ENCRYPTED_KEYS = ("key_check", "wrapped_key", "kdf", "meta_mac")


def passphrase_problem(text: str) -> str | None:
    """Why `text` cannot be a new passphrase, or None."""
    if len(text) < MIN_PASSPHRASE:
        return f"a passphrase needs at least {MIN_PASSPHRASE} characters"
    return None


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def new_store_id() -> str:
    return base64.urlsafe_b64encode(os.urandom(12)).decode()


def _b64(text: object, what: str, path: Path) -> bytes:
    try:
        if not isinstance(text, str):
            raise ValueError
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise StorageError(f"{what} of {path} is damaged (not base64). Your data was left untouched.") from None


def wrap_context(store_id: str) -> bytes:
    return b"privacycheck wrapped key v2\x00" + store_id.encode()


def check_context(store_id: str) -> bytes:
    return b"privacycheck key check v2\x00" + store_id.encode()


def _keyring(secrets: Callable[[], SecretStore] | None, new_mode: KeyMode | None) -> SecretStore:
    if secrets is None:
        raise NeedsKeyChoice("No keyring is in use: choose a passphrase, or to store your answers unencrypted.")
    try:
        return secrets()
    except PrivacycheckError as error:
        if new_mode is None:
            raise NeedsKeyChoice(
                f"{error.message} Choose a passphrase instead, or to store your answers unencrypted."
            ) from error
        raise


def protect(
    key: bytes | None,
    store_id: str,
    mode: KeyMode,
    *,
    secrets: Callable[[], SecretStore] | None,
    passphrase: Callable[[], str] | None,
    asked: KeyMode | None = None,
    policy: bool = True,
) -> dict[str, str]:
    """The metadata that keeps `key` in `mode` (a keyring entry is written here), without its MAC."""
    meta = {"store_id": store_id, "key_mode": str(mode)}
    if mode is KeyMode.KEYRING:
        assert key is not None
        _keyring(secrets, asked).set(KEY_NAME.format(store_id=store_id), base64.b64encode(key).decode())
        meta["key_check"] = base64.b64encode(crypto.key_check(key, check_context(store_id))).decode()
    elif mode is KeyMode.PASSPHRASE:
        assert key is not None
        if passphrase is None:
            raise NeedsKeyChoice("A passphrase is needed to protect your answers.")
        text = passphrase()
        problem = passphrase_problem(text) if policy else None
        if problem:
            raise StorageError(f"Not protected: {problem}. Nothing was changed.", title="Passphrase too short")
        salt = os.urandom(crypto.SALT_BYTES)
        wrapping = crypto.derive_key(text, salt)
        parameters = {"name": "scrypt", "n": crypto.SCRYPT_N, "r": crypto.SCRYPT_R, "p": crypto.SCRYPT_P}
        meta["kdf"] = json.dumps({**parameters, "salt": base64.b64encode(salt).decode()}, sort_keys=True)
        meta["wrapped_key"] = base64.b64encode(crypto.encrypt(wrapping, key, wrap_context(store_id))).decode()
    return meta


def set_up(
    secrets: Callable[[], SecretStore] | None,
    passphrase: Callable[[], str] | None,
    new_mode: KeyMode | None,
) -> tuple[KeyMode, bytes | None, dict[str, str]]:
    """A new store's mode, data key and metadata (with its MAC). The caller writes them in one transaction."""
    mode = KeyMode.KEYRING if new_mode is None else new_mode
    key = None if mode is KeyMode.PLAINTEXT else crypto.new_key()
    meta = protect(key, new_store_id(), mode, secrets=secrets, passphrase=passphrase, asked=new_mode)
    return mode, key, sealed(meta, key)


def sealed(meta: Mapping[str, str], key: bytes | None, schema: int = 2) -> dict[str, str]:
    """`meta` with its MAC (none without a key: an unencrypted store has nothing to sign with)."""
    result = {name: value for name, value in meta.items() if name != "meta_mac"}
    if key is not None:
        result["meta_mac"] = base64.b64encode(crypto.mac(key, _canonical(result, schema))).decode()
    return result


def _canonical(meta: Mapping[str, str], schema: int) -> bytes:
    body = {name: value for name, value in meta.items() if name != "meta_mac"}
    return json.dumps({"schema": schema, "meta": body}, sort_keys=True, separators=(",", ":")).encode()


def _mode(path: Path, meta: Mapping[str, str]) -> KeyMode:
    try:
        mode = KeyMode(meta.get("key_mode", ""))
    except ValueError:
        raise StorageError(f"{path} records an unknown protection. Your data was left untouched.") from None
    if mode is KeyMode.PLAINTEXT and any(name in meta for name in ENCRYPTED_KEYS):
        raise StorageError(
            f"{path} says it is unencrypted, but it was set up encrypted: its settings were changed outside "
            "privacycheck. It was left untouched."
        )
    if "store_id" not in meta:
        raise StorageError(f"{path} has lost its identity (store_id). Your data was left untouched.")
    return mode


def unlock(
    path: Path,
    meta: Mapping[str, str],
    secrets: Callable[[], SecretStore] | None,
    passphrase: Callable[[], str] | None,
    schema: int = 2,
) -> tuple[KeyMode, bytes | None]:
    """Open a schema-2 store's data key, checking that its metadata was written with that key."""
    mode = _mode(path, meta)
    if mode is KeyMode.PLAINTEXT:
        return mode, None
    store_id = meta["store_id"]
    if mode is KeyMode.KEYRING:
        key = _from_keyring(path, store_id, secrets)
        check = _b64(meta.get("key_check"), "The key check", path)
        if not crypto.verify_key(key, check, check_context(store_id)):
            raise LostKey(f"The key in the system keyring does not open {path}. Your data was left untouched.")
    else:
        wrapping = _from_passphrase(path, meta.get("kdf"), passphrase, bounded=True)
        try:
            key = crypto.decrypt(
                wrapping, _b64(meta.get("wrapped_key"), "The wrapped key", path), wrap_context(store_id)
            )
        except crypto.DecryptionError:
            raise WrongPassphrase("That passphrase does not open your data. Nothing was changed.") from None
    if not crypto.mac_matches(key, _canonical(meta, schema), _b64(meta.get("meta_mac"), "The seal", path)):
        raise StorageError(
            f"The settings stored in {path} were changed outside privacycheck (their seal does not match). "
            "Your data was left untouched."
        )
    return mode, key


def unlock_v1(
    path: Path,
    meta: Mapping[str, str],
    secrets: Callable[[], SecretStore] | None,
    passphrase: Callable[[], str] | None,
) -> tuple[KeyMode, bytes | None]:
    """Open a store written by release 1 (key check bound to nothing, scrypt at N=2^15), to migrate it."""
    mode = _mode(path, {name: value for name, value in meta.items() if name not in ("key_check", "kdf")})
    if mode is KeyMode.PLAINTEXT:
        if "key_check" in meta:
            raise StorageError(f"{path} says it is unencrypted, but it was set up encrypted. It was left untouched.")
        return mode, None
    if mode is KeyMode.KEYRING:
        key = _from_keyring(path, meta["store_id"], secrets)
    else:
        key = _from_passphrase(path, meta.get("kdf"), passphrase, bounded=False)
    if not crypto.verify_key(key, _b64(meta.get("key_check"), "The key check", path)):
        if mode is KeyMode.PASSPHRASE:
            raise WrongPassphrase("That passphrase does not open your data. Nothing was changed.")
        raise LostKey(f"The key in the system keyring does not open {path}. Your data was left untouched.")
    return mode, key


def _from_keyring(path: Path, store_id: str, secrets: Callable[[], SecretStore] | None) -> bytes:
    if secrets is None:
        raise LostKey(f"The key of {path} is in the system keyring, which is not in use.")
    stored = secrets().get(KEY_NAME.format(store_id=store_id))
    if stored is None:
        raise LostKey(
            f"The key that opens {path} is missing from the system keyring. Your data was left untouched; "
            "if the key cannot be restored, move the file elsewhere to start afresh."
        )
    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != crypto.KEY_BYTES:
        raise LostKey(f"The keyring entry for {path} is not a privacycheck key. Your data was left untouched.")
    return key


def _from_passphrase(path: Path, kdf: str | None, passphrase: Callable[[], str] | None, *, bounded: bool) -> bytes:
    try:
        parameters: Any = json.loads(kdf or "")
        n, r, p = parameters["n"], parameters["r"], parameters["p"]
        salt = base64.b64decode(parameters["salt"], validate=True)
        usable = parameters.get("name") == "scrypt" and all(type(value) is int for value in (n, r, p))
    except (ValueError, TypeError, KeyError, binascii.Error):
        usable = False
    if usable and bounded:
        usable = crypto.parameters_in_bounds(n, r, p, salt)
    elif usable:  # release 1 wrote N=2^15; accept its values only
        usable = (n, r, p) == (2**15, 8, 1) and len(salt) == 16
    if not usable:
        raise StorageError(
            f"The passphrase settings stored in {path} are damaged or were changed. Your data was left untouched."
        )
    if passphrase is None:
        raise WrongPassphrase(f"{path} is protected by a passphrase: one is needed to open it.")
    return crypto.derive_key(passphrase(), salt, n, r, p)
