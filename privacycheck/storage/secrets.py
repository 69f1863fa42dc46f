"""Secrets in the operating system's keyring, and only there. Weak or plaintext keyring backends are refused."""

from __future__ import annotations

from typing import Any, Protocol

from privacycheck.errors import PrivacycheckError

SERVICE = "privacycheck"

# Backends that keep secrets in a file in the clear (or barely obfuscated), or that store nothing.
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null", "keyring.backends.chainer")


class KeyringUnavailable(PrivacycheckError):
    title = "No keyring"


class KeyringFailed(PrivacycheckError):
    title = "Keyring error"


class SecretStore(Protocol):
    """Where the data key lives. The real one is the OS keyring; a test may pass another real store."""

    @property
    def description(self) -> str: ...

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringStore:
    """The OS keyring (Secret Service, macOS Keychain, Windows Credential Locker) through `keyring`."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    @classmethod
    def find(cls) -> KeyringStore:
        """The best secure keyring backend on this system, or KeyringUnavailable saying why there is none."""
        try:
            import keyring.backend
            from keyring.errors import KeyringError
        except ImportError as error:  # pragma: no cover - keyring is a dependency
            raise KeyringUnavailable(f"The keyring library cannot be loaded ({error}).") from None
        try:
            candidates = sorted(keyring.backend.get_all_keyring(), key=lambda b: b.priority, reverse=True)
        except (KeyringError, RuntimeError, OSError) as error:
            raise KeyringUnavailable(f"The system keyring cannot be reached ({error}).") from None
        secure = [b for b in candidates if not type(b).__module__.startswith(_REFUSED_MODULES)]
        if not secure:
            raise KeyringUnavailable(
                "No secure system keyring is available (no Secret Service, Keychain or Credential Locker)."
            )
        store = cls(secure[0])
        store.get("probe")  # a locked or broken keyring fails here, not in the middle of a save
        return store

    @property
    def description(self) -> str:
        return str(getattr(self._backend, "name", type(self._backend).__name__))

    def get(self, name: str) -> str | None:
        return self._call("read", self._backend.get_password, SERVICE, name)  # type: ignore[no-any-return]

    def set(self, name: str, value: str) -> None:
        self._call("write", self._backend.set_password, SERVICE, name, value)

    def delete(self, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._call("delete", self._backend.delete_password, SERVICE, name)
        except KeyringFailed as error:
            if not isinstance(error.__cause__, PasswordDeleteError):
                raise

    def _call(self, verb: str, function: Any, *arguments: Any) -> Any:
        from keyring.errors import KeyringError

        try:
            return function(*arguments)
        except KeyringError as error:
            message = f"The system keyring refused to {verb} privacycheck's key: {error or type(error).__name__}."
            raise KeyringFailed(message) from error
        except Exception as error:  # D-Bus and platform errors arrive under many types
            message = f"The system keyring failed to {verb} privacycheck's key: {error or type(error).__name__}."
            raise KeyringFailed(message) from error
