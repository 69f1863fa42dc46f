"""The command line: `privacycheck` starts the app; subcommands work on the same core and services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from privacycheck import __version__
from privacycheck.commands import assess, data, incident, packs, recheck, report, update
from privacycheck.commands.context import Context
from privacycheck.errors import PrivacycheckError

# Only the standard library is imported at the top: `--version`, `packs` and `assess` must start fast, so Qt,
# requests, keyring and cryptography are imported inside the commands that need them.

_COMMANDS = (packs, assess, data, recheck, report, update, incident)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="privacycheck", description="Check how exposed you are to clients on social media.")
    parser.add_argument("--version", action="version", version=f"privacycheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        from privacycheck.ui.main import run_app

        return run_app()
    parser = build_parser()
    options = parser.parse_args(arguments)
    if options.command is None:
        parser.print_help()
        return 0
    try:
        return int(options.run(options, Context()))
    except PrivacycheckError as error:
        message = error.message if len(error.message) <= 2000 else error.message[:1999] + "…"
        print(f"privacycheck: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`privacycheck packs | head`): nothing left to say.
        sys.stderr.close()
        return 1
    except OSError as error:  # a file or folder the command was given, or the data folder
        where = f" {error.filename}" if error.filename else ""
        print(f"privacycheck: error: cannot use{_line(where)}: {error.strerror or error}", file=sys.stderr)
        return 1
    except Exception as error:  # never a traceback (docs/cli.md): one line, short, and the type for a bug report
        print(f"privacycheck: error: unexpected {type(error).__name__}: {_line(str(error))}", file=sys.stderr)
        return 1


def _line(text: str, limit: int = 400) -> str:
    """A message on one line, a long one cut: a bad value is quoted as a short excerpt, never whole."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
