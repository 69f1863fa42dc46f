"""`privacycheck update` and `privacycheck admin keygen|sign`: signed checklist updates, installed and published."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacycheck.commands import attestations
from privacycheck.commands.context import Context, print_json
from privacycheck.errors import PrivacycheckError

if TYPE_CHECKING:
    from privacycheck.services.updates import UpdateResult


def register(commands: Any) -> None:
    update = commands.add_parser("update", help="fetch, verify and install checklist updates")
    update.add_argument("--url", help="the update index (default: update_url of the managed configuration)")
    update.add_argument(
        "--rollback",
        action="store_true",
        help="put back the packs the last update replaced (run again to undo); fetches nothing",
    )
    update.add_argument("--json", action="store_true", help="print JSON")
    update.set_defaults(run=run_update)

    admin = commands.add_parser(
        "admin", help="for organisations: signed pack updates, and a summary of the attestations staff send"
    )
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", parser_class=type(admin), required=True)
    keygen = actions.add_parser("keygen", help="make a signing key pair; prints the public key")
    keygen.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for private.pem and public.txt")
    keygen.set_defaults(run=run_keygen)
    sign = actions.add_parser("sign", help="check an index.json and write its signature, INDEX.sig")
    sign.add_argument("index", type=Path, metavar="INDEX")
    sign.add_argument("--key", type=Path, required=True, metavar="PRIVATE.pem", help="the private key")
    sign.add_argument(
        "--expires",
        type=int,
        default=30,
        metavar="DAYS",
        help="computers refuse the index this many days from now (default 30; 1 to 365): sign again before then",
    )
    sign.set_defaults(run=run_sign)
    attestations.register_admin(actions)


def run_update(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.updates import roll_back

    if options.rollback:
        if options.url:
            raise PrivacycheckError("--rollback fetches nothing: leave out --url")
        result = roll_back(context.home)
    else:
        result = _check(options, context)
    if options.json:
        print_json(result.as_json())
    else:
        print(result.message)
    return 0


def _check(options: argparse.Namespace, context: Context) -> UpdateResult:
    from privacycheck.services.updates import check_and_install

    config = context.managed.config
    url = options.url or (config.update_url if config else None)
    if not url:
        raise PrivacycheckError("no update source: pass --url, or set update_url in the managed configuration")
    # The key comes only from the organisation's configuration: a key on the command line would let anyone vouch.
    return check_and_install(url, config.update_public_key if config else None, context.home)


def run_keygen(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.services.signing import PRIVATE_KEY_NAME, PUBLIC_KEY_NAME, generate

    public = generate(options.out)
    print(public)
    print(
        f"Wrote {options.out / PRIVATE_KEY_NAME} (keep it offline and secret) and {options.out / PUBLIC_KEY_NAME}. "
        "Put the public key above in the managed configuration as update_public_key.",
        file=sys.stderr,
    )
    return 0


def run_sign(options: argparse.Namespace, context: Context) -> int:
    import datetime as dt

    from privacycheck.services.signing import sign
    from privacycheck.services.update_index import read_index

    if not 1 <= options.expires <= 365:
        raise PrivacycheckError("--expires is a number of days from 1 to 365")
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=options.expires)
    # Never sign an index that every computer would refuse.
    signature = sign(
        options.index, options.key, check=lambda data: read_index(data, str(options.index)), expires=expires
    )
    print(f"Signed {options.index} (expires {expires:%Y-%m-%d %H:%M} UTC): wrote {signature}")
    return 0
