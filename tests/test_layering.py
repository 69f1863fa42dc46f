"""Imports point one way: the core and the services never load Qt, and light commands load nothing heavy."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import privacycheck.core

HEAVY = ("PySide6", "shiboken6", "keyring", "requests", "cryptography", "jsonschema", "sqlite3")


def imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(result.stdout.split()) & set(HEAVY)


def test_the_core_imports_no_qt_keyring_requests_or_sqlite() -> None:
    modules = [m.name for m in pkgutil.iter_modules(privacycheck.core.__path__)]
    assert "scoring" in modules
    code = "\n".join(f"import privacycheck.core.{name}" for name in modules)
    assert imported_after(code) == set()


def test_loading_and_scoring_need_only_jsonschema() -> None:
    code = (
        "from privacycheck.services.catalog import load_installed\n"
        "from privacycheck.core.scoring import Checklist, evaluate\n"
        "from privacycheck.core.answers import Answers\n"
        "evaluate(Checklist(load_installed().packs), Answers())"
    )
    assert imported_after(code) == {"jsonschema"}


def test_services_and_storage_never_import_qt() -> None:
    code = "import privacycheck.services, privacycheck.storage, privacycheck.services.catalog"
    assert not imported_after(code) & {"PySide6", "shiboken6"}


def test_the_version_command_imports_nothing_heavy() -> None:
    code = "from privacycheck.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    assert imported_after(code) == set()
