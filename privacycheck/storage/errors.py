"""What can go wrong with the stored data, each with a title a person can act on."""

from __future__ import annotations

import enum

from privacycheck.errors import PrivacycheckError


class StorageError(PrivacycheckError):
    title = "Storage problem"


class LostKey(StorageError):
    title = "Key not found"


class WrongPassphrase(StorageError):
    title = "Wrong passphrase"


class NeedsKeyChoice(StorageError):
    """No keyring: the user must choose a passphrase or, explicitly, unencrypted storage."""

    title = "Choose how to protect your data"


class NotOurFolder(StorageError):
    """The data folder holds files privacycheck did not make: it is never written into or emptied."""

    title = "Data folder not used"


class KeyMode(enum.StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"
    PLAINTEXT = "plaintext"
