"""`privacycheck data init|protect|export|delete`: how the data is protected, everything out, everything gone."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from privacycheck.commands.context import NEW_PASSPHRASE_VARIABLE, Context
from privacycheck.errors import PrivacycheckError


def register(commands: Any) -> None:
    data = commands.add_parser("data", help="set up, protect, export or delete your stored data")
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", parser_class=type(data), required=True)

    init = actions.add_parser("init", help="choose how your answers are protected (before the first save)")
    mode = init.add_mutually_exclusive_group()
    mode.add_argument("--passphrase", action="store_true", help="a passphrase instead of the system keyring")
    mode.add_argument("--unencrypted", action="store_true", help="store answers unencrypted (not recommended)")
    init.set_defaults(run=run_init)

    protect = actions.add_parser("protect", help="change the passphrase, or move between passphrase and keyring")
    target = protect.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--passphrase",
        action="store_true",
        help=f"protect with a new passphrase (typed twice, or from {NEW_PASSPHRASE_VARIABLE})",
    )
    target.add_argument("--keyring", action="store_true", help="keep the key in the system keyring instead")
    protect.set_defaults(run=run_protect)

    export = actions.add_parser("export", help="everything stored, decrypted, as JSON")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(run=run_export)

    delete = actions.add_parser("delete", help="erase everything privacycheck stored, keyring entry included")
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    delete.set_defaults(run=run_delete)


def _set_up(home: Path) -> bool:
    """Whether a store exists with its protection chosen (one left without, by an interrupted first run, is not)."""
    import sqlite3

    from privacycheck.storage.paths import DATABASE_NAME

    path = home / DATABASE_NAME
    if not path.exists():
        return False
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return connection.execute("SELECT 1 FROM meta WHERE key = 'key_mode'").fetchone() is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return True  # not ours to judge here: opening it says what is wrong


def run_init(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.storage.errors import KeyMode

    if _set_up(context.home):
        raise PrivacycheckError(
            f"your data in {context.home} is set up already. To change how it is protected, use "
            "'privacycheck data protect --passphrase' or '--keyring'."
        )
    mode = KeyMode.PASSPHRASE if options.passphrase else KeyMode.PLAINTEXT if options.unencrypted else KeyMode.KEYRING
    with context.open_store(new_mode=mode) as store:
        where = _protection(store.mode)
    print(f"Your data will be stored in {context.home}, {where}.")
    return 0


def _protection(mode: str) -> str:
    return {
        "keyring": "encrypted; the key is in the system keyring",
        "passphrase": "encrypted with a key wrapped under your passphrase",
        "plaintext": "NOT encrypted, as you chose",
    }[mode]


def run_protect(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.storage.errors import KeyMode
    from privacycheck.storage.secrets import KeyringStore

    mode = KeyMode.PASSPHRASE if options.passphrase else KeyMode.KEYRING
    with context.open_store() as store:
        asked = (lambda: context.new_passphrase(NEW_PASSPHRASE_VARIABLE)) if mode is KeyMode.PASSPHRASE else None
        store.change_protection(mode, secrets=KeyringStore.find, passphrase=asked)
    print(f"Your data in {context.home} is now {_protection(str(mode))}.")
    return 0


def run_export(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.storage.files import refuse_inside, write_private

    target: Path = options.file
    refuse_inside(target, context.home)
    with context.open_store() as store:
        document = store.export()
    write_private(target, json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"), home=context.home)
    print(f"Exported {len(document['assessments'])} assessment(s) to {target} (decrypted: keep it safe).")
    for assessment_id in document["damaged"]:
        print(f"privacycheck: warning: assessment {assessment_id} is damaged and was left out.", file=sys.stderr)
    return 0


def run_delete(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.storage.home import erase
    from privacycheck.storage.secrets import KeyringStore

    if not options.yes:
        raise PrivacycheckError("this erases every stored assessment and the key: add --yes to confirm")
    removed, left = erase(context.home, KeyringStore.find)
    print(f"Erased {len(removed)} item(s) from {context.home}." if removed else "Nothing was stored.")
    if left:
        shown = ", ".join(repr(name[:40]) for name in left[:5]) + (", …" if len(left) > 5 else "")
        print(f"Left {len(left)} item(s) privacycheck did not make, and the folder with them: {shown}.")
    return 0
