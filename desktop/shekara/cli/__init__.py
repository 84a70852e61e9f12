"""The `shekara` command: a thin layer over services. Everything the GUI does, headless.

Exit status: 0 on success; on a refusal one line `shekara: error: …` on stderr and the error's
exit code (2 bad input, 3 authentication, 4 permission, 5 not found, 6 wrong state, 7 vault,
8 packet); 70 for an internal error (whose details are not printed: they could hold personal
data — set SHEKARA_DEBUG=1 to see the traceback on a test vault).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from shekara import __version__
from shekara.cli import (
    admin,
    common,
    exchange,
    packet_inspect,
    packets,
    partner,
    records,
    recovery_key,
    reports,
)
from shekara.cli.common import add_common_options
from shekara.errors import InputError, ShekaraError
from shekara.vault.connection import DatabaseError


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr like every other refusal."""

    def error(self, message: str) -> NoReturn:
        raise InputError("cli.usage", "{message} (see '{prog} --help')", message=message,
                         prog=self.prog)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    add_common_options(common)
    parser = _Parser(prog="shekara", parents=[common],
                     description="Shekara: records, packets and reports for KZ-LT border posts. "
                     "With no command, starts the desktop application.",
                     epilog="'shekara COMMAND --help' explains each command. Environment: "
                     "SHEKARA_VAULT (the vault folder), SHEKARA_OFFICER (who acts), "
                     "SHEKARA_PASSPHRASE (their passphrase), SHEKARA_NEW_PASSPHRASE (for "
                     "'officer add|passwd' and 'recover'), SHEKARA_RECOVERY_KEY (for 'recover' "
                     "and 'report recovery'), SHEKARA_DEBUG=1 (a traceback for an internal "
                     "error, on a test vault only). Exit status: 0 success; 2 bad input, 3 "
                     "authentication, 4 permission, 5 not found, 6 wrong state, 7 vault, 8 "
                     "packet, each with one line on stderr; 70 internal error; 130 interrupted.")
    parser.add_argument("--version", action="version", version=f"shekara {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo vault with sample records (in a temporary folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation: create, fill, export and acknowledge "
                        "throw-away vaults in a temporary folder, then remove them")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    admin.register(sub, common)
    recovery_key.register(sub, common)
    record_actions = records.register(sub, common)
    packets.register(sub, common)
    packets.register_record_attach(record_actions, common)
    packet_inspect.register(sub, common)
    partner.register(sub, common)
    exchange.register(sub, common)
    reports.register(sub, common)
    return parser


def _no_core_dumps() -> None:
    """A crash must not write the process's memory (names, keys) to a core file."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no core files; its error reporting is configured by the installer


def main(argv: Sequence[str] | None = None) -> int:
    _no_core_dumps()
    common.NOTES.clear()
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if getattr(args, "self_test", False):
            from shekara.demo import selftest

            return selftest.run()
        func = getattr(args, "func", None)
        if func is None:
            from shekara.cli.gui import start_gui

            return start_gui(args)
        code = int(func(args))
        for note in common.NOTES if code == 0 else ():
            print(f"shekara: note: {note}", file=sys.stderr)
        return code
    except ShekaraError as err:
        print(f"shekara: error: {err.text()}", file=sys.stderr)
        return err.exit_code
    except DatabaseError as exc:
        # A read or write the vault layer did not expect to fail: damage, or a full disk.
        reason = ("the disk is full" if "full" in str(exc)
                  else "it may be damaged (try 'shekara check')")
        print(f"shekara: error: the vault cannot be read or written: {reason}", file=sys.stderr)
        return 7
    except KeyboardInterrupt:
        print("shekara: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the one place that turns a bug into one line, not a traceback
        if os.environ.get("SHEKARA_DEBUG") == "1":
            raise
        print(f"shekara: internal error ({type(exc).__name__}); "
              "run again with SHEKARA_DEBUG=1 on a test vault to see details", file=sys.stderr)
        return 70
