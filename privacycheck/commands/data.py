"""`privacycheck data init|export|delete`: how the data is protected, everything out, everything gone."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from privacycheck.commands.context import Context
from privacycheck.errors import PrivacycheckError


def register(commands: Any) -> None:
    data = commands.add_parser("data", help="set up, export or delete your stored data")
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", parser_class=type(data), required=True)

    init = actions.add_parser("init", help="choose how your answers are protected (before the first save)")
    mode = init.add_mutually_exclusive_group()
    mode.add_argument("--passphrase", action="store_true", help="a passphrase instead of the system keyring")
    mode.add_argument("--unencrypted", action="store_true", help="store answers unencrypted (not recommended)")
    init.set_defaults(run=run_init)

    export = actions.add_parser("export", help="everything stored, decrypted, as JSON")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(run=run_export)

    delete = actions.add_parser("delete", help="erase everything, keyring entry included")
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    delete.set_defaults(run=run_delete)


def run_init(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.storage.paths import DATABASE_NAME
    from privacycheck.storage.store import KeyMode

    if (context.home / DATABASE_NAME).exists():
        raise PrivacycheckError(f"{context.home / DATABASE_NAME} exists already: export and delete it to start over.")
    mode = KeyMode.PASSPHRASE if options.passphrase else KeyMode.PLAINTEXT if options.unencrypted else KeyMode.KEYRING
    with context.open_store(new_mode=mode) as store:
        where = {
            KeyMode.KEYRING: "encrypted; the key is in the system keyring",
            KeyMode.PASSPHRASE: "encrypted with a key derived from your passphrase",
            KeyMode.PLAINTEXT: "NOT encrypted, as you chose",
        }[store.mode]
    print(f"Your data will be stored in {context.home}, {where}.")
    return 0


def run_export(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.storage.paths import private_umask

    with context.open_store() as store:
        document = store.export()
    target: Path = options.file
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with private_umask():
            temporary.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PrivacycheckError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"Exported {len(document['assessments'])} assessment(s) to {target} (decrypted: keep it safe).")
    return 0


def run_delete(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.storage.secrets import KeyringStore
    from privacycheck.storage.store import erase

    if not options.yes:
        raise PrivacycheckError("this erases every stored assessment and the key: add --yes to confirm")
    removed = erase(context.home, KeyringStore.find)
    print(f"Erased {len(removed)} item(s) from {context.home}." if removed else "Nothing was stored.")
    return 0
