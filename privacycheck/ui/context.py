"""The app's composition root: paths, settings, managed configuration, packs, store and session, built once."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privacycheck.core.loader import LoadResult
    from privacycheck.core.recheck import RecheckStatus
    from privacycheck.core.scoring import Checklist
    from privacycheck.services.managed import ManagedResult
    from privacycheck.services.session import CheckSession
    from privacycheck.storage.store import KeyMode, Store


class AppContext:
    """Everything the windows need, passed down through constructors. No Qt here: the UI asks, this answers."""

    def __init__(self, home: Path, environ: Mapping[str, str] = os.environ) -> None:
        from privacycheck.storage.settings import read_settings

        self.home = home
        self.environ = environ
        self.settings: dict[str, Any] = read_settings(home)
        self.packs: LoadResult | None = None
        self.managed: ManagedResult | None = None
        self.checklist: Checklist | None = None
        self.store: Store | None = None
        self.session: CheckSession | None = None

    # ---- settings -------------------------------------------------------------------------------------------------

    def language(self, system: str) -> str:
        value = self.settings.get("language")
        return value if value in ("en", "fr") else system

    def set_setting(self, key: str, value: Any) -> None:
        from privacycheck.storage.settings import write_settings

        self.settings[key] = value
        write_settings(self.home, self.settings)

    def first_time(self, key: str) -> bool:
        """True the first time it is asked about `key` (a hint shown once), False ever after."""
        if self.settings.get(key):
            return False
        self.set_setting(key, True)
        return True

    @property
    def first_run(self) -> bool:
        return not self.settings.get("first_run_done")

    @property
    def platforms(self) -> tuple[str, ...]:
        from privacycheck.core.model import DEFAULT_PLATFORMS, PLATFORMS

        chosen = self.settings.get("platforms")
        return tuple(p for p in PLATFORMS if p in chosen) if isinstance(chosen, list) else DEFAULT_PLATFORMS

    # ---- loading (after the window is shown: these import jsonschema, cryptography and keyring) ---------------------

    def load_content(self) -> None:
        from privacycheck.core.scoring import Checklist
        from privacycheck.services.catalog import load_installed
        from privacycheck.services.managed import config_location, load_managed

        self.managed = load_managed(config_location(self.environ))
        config = self.managed.config
        self.packs = load_installed(self.home / "packs", config.packs if config else ())
        self.checklist = Checklist(self.packs.packs)

    def open_store(self, new_mode: KeyMode | None = None, passphrase: Callable[[], str] | None = None) -> Store:
        from privacycheck.storage.secrets import KeyringStore
        from privacycheck.storage.store import Store

        self.store = Store.open(self.home, secrets=KeyringStore.find, passphrase=passphrase, new_mode=new_mode)
        return self.store

    def start_session(self) -> CheckSession:
        from privacycheck.services.session import CheckSession

        assert self.checklist is not None
        if self.store is None:
            self.session = CheckSession(self.checklist, None, platforms=self.platforms)
        else:
            self.session = CheckSession.resume_or_start(self.checklist, self.store, self.platforms)
        return self.session

    @property
    def organisation(self) -> str | None:
        config = self.managed.config if self.managed else None
        return config.organisation if config else None

    @property
    def policy_url(self) -> str | None:
        config = self.managed.config if self.managed else None
        return config.policy_url if config else None

    @property
    def recheck_interval_days(self) -> int:
        """The organisation's interval (90 days without one), or the user's when shorter (a store preference, shared
        with `privacycheck due`)."""
        from privacycheck.core.recheck import PREF_KEY, effective_interval, parse_interval

        config = self.managed.config if self.managed else None
        chosen = parse_interval(self.store.pref(PREF_KEY)) if self.store is not None else None
        return effective_interval(config.recheck_interval_days if config else None, chosen)

    def recheck_status(self, today: dt.date) -> RecheckStatus:
        """When the next re-check is due: the day of the last finished check, where the user is, and the interval in
        force. The same answer as `privacycheck due`."""
        from privacycheck.services.recheck import recheck_status

        config = self.managed.config if self.managed else None
        return recheck_status(self.store, config.recheck_interval_days if config else None, today)

    @property
    def longest_interval_days(self) -> int:
        """The longest interval the user may choose: the organisation's, or 90 days."""
        from privacycheck.core.recheck import effective_interval

        config = self.managed.config if self.managed else None
        return effective_interval(config.recheck_interval_days if config else None)

    def set_recheck_interval(self, days: int) -> None:
        from privacycheck.core.recheck import PREF_KEY

        if self.store is not None:
            self.store.set_pref(PREF_KEY, str(days))
