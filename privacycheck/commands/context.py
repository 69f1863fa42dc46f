"""The command line's composition root: the data directory, managed configuration, packs and store, built once."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacycheck.errors import PrivacycheckError

if TYPE_CHECKING:
    from privacycheck.core.loader import LoadResult
    from privacycheck.core.scoring import Checklist
    from privacycheck.services.managed import ManagedResult
    from privacycheck.storage.store import KeyMode, Store

PASSPHRASE_VARIABLE = "PRIVACYCHECK_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "PRIVACYCHECK_NEW_PASSPHRASE"


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """ "fr" when the user's locale is French, else "en" (the same rule as the app's first run)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def warn(message: str) -> None:
    print(f"privacycheck: warning: {message}", file=sys.stderr)


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


class Context:
    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self.environ = environ

    def language(self, chosen: str | None) -> str:
        return chosen or system_language(self.environ)

    @functools.cached_property
    def home(self) -> Path:
        from privacycheck.storage.paths import data_dir

        return data_dir(self.environ)

    @functools.cached_property
    def managed(self) -> ManagedResult:
        from privacycheck.services.managed import config_location, load_managed

        result = load_managed(config_location(self.environ))
        for problem in result.problems:
            warn(f"managed configuration: {problem}")
        return result

    @functools.cached_property
    def packs(self) -> LoadResult:
        from privacycheck.services.catalog import load_installed

        config = self.managed.config
        result = load_installed(self.home / "packs", config.packs if config else ())
        for problem in result.problems:
            warn(f"skipped pack: {problem}")
        return result

    @functools.cached_property
    def checklist(self) -> Checklist:
        from privacycheck.core.scoring import Checklist

        return Checklist(self.packs.packs)

    def passphrase(self) -> str:
        """The passphrase that opens the data: PRIVACYCHECK_PASSPHRASE, or typed at the terminal."""
        value = self.environ.get(PASSPHRASE_VARIABLE)
        if value:
            return value
        if not sys.stdin.isatty():
            raise PrivacycheckError(
                f"Your data is protected by a passphrase: run this in a terminal, or set {PASSPHRASE_VARIABLE}."
            )
        import getpass

        return getpass.getpass("privacycheck passphrase: ")

    def new_passphrase(self, variable: str = PASSPHRASE_VARIABLE) -> str:
        """A passphrase being set: from `variable`, or typed twice at the terminal; the one policy applies to both."""
        from privacycheck.storage.keys import passphrase_problem

        value = self.environ.get(variable)
        if not value:
            if not sys.stdin.isatty():
                raise PrivacycheckError(f"A new passphrase is needed: run this in a terminal, or set {variable}.")
            import getpass

            value = getpass.getpass("New passphrase (at least 8 characters): ")
            if passphrase_problem(value) is None and getpass.getpass("The same passphrase again: ") != value:
                raise PrivacycheckError("The two passphrases differ. Nothing was changed.")
        problem = passphrase_problem(value)
        if problem:
            raise PrivacycheckError(f"Not protected: {problem}. Nothing was changed.")
        return value

    def open_store(self, new_mode: KeyMode | None = None) -> Store:
        from privacycheck.storage.errors import KeyMode
        from privacycheck.storage.keys import MIN_PASSPHRASE
        from privacycheck.storage.secrets import KeyringStore
        from privacycheck.storage.store import NeedsKeyChoice, Store

        asked = self.new_passphrase if new_mode is KeyMode.PASSPHRASE else self.passphrase
        try:
            return Store.open(self.home, secrets=KeyringStore.find, passphrase=asked, new_mode=new_mode)
        except NeedsKeyChoice as error:
            raise PrivacycheckError(
                f"{error.message} Run 'privacycheck data init --passphrase' to protect your answers with a "
                f"passphrase (at least {MIN_PASSPHRASE} characters), or 'privacycheck data init --unencrypted' to "
                "store them unencrypted.",
            ) from None
