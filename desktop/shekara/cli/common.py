"""What every subcommand shares: the vault path, who is acting, their passphrase, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from shekara.cli.rebuild_progress import RebuildProgressLines
from shekara.domain.strictjson import MAX_INPUT_BYTES
from shekara.errors import AuthError, InputError
from shekara.paths import default_vault_dir
from shekara.services.session import Session
from shekara.vault.vault import Vault


class ExamplesHelpFormatter(argparse.HelpFormatter):
    """`--help` with the description wrapped to the terminal, as usual, and an epilog of
    examples ("examples:" and one command a line) kept line by line, as typed."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("examples:"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Options accepted before or after the subcommand (SUPPRESS keeps the outer value)."""
    parser.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS,
                        help="vault folder (default: $SHEKARA_VAULT, else the user data folder)")
    parser.add_argument("--officer", metavar="LOGIN", default=argparse.SUPPRESS,
                        help="whose key slot opens the vault (default: $SHEKARA_OFFICER)")
    parser.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help="read the passphrase from FILE (default: $SHEKARA_PASSPHRASE)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output")


def vault_dir(args: argparse.Namespace) -> Path:
    given = getattr(args, "vault", None)
    return Path(given) if given else default_vault_dir()


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _read_secret_file(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read(4096)
    except OSError:
        raise InputError("cli.secret_file", "cannot read the {what} file", what=what) from None
    return text.rstrip("\r\n")


def secret(args: argparse.Namespace, *, file_attr: str, env: str, what: str,
           prompt: str) -> str:
    """A secret from its file option, else its environment variable, else a terminal prompt.

    Secrets never come from the command line itself: other users can read it in `ps`."""
    path = getattr(args, file_attr, None)
    if path:
        return _read_secret_file(path, what)
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    option = "--" + file_attr.replace("_", "-")
    raise AuthError("cli.no_secret", "no {what}: set {env} or use {option}", what=what, env=env,
                    option=option)


def passphrase(args: argparse.Namespace) -> str:
    return secret(args, file_attr="passphrase_file", env="SHEKARA_PASSPHRASE",
                  what="passphrase", prompt="Passphrase: ")


def new_passphrase(args: argparse.Namespace) -> str:
    return secret(args, file_attr="new_passphrase_file", env="SHEKARA_NEW_PASSPHRASE",
                  what="new passphrase", prompt="New passphrase: ")


def officer(args: argparse.Namespace) -> str:
    login = getattr(args, "officer", None) or os.environ.get("SHEKARA_OFFICER")
    if not login:
        raise AuthError("cli.no_officer", "no officer: set SHEKARA_OFFICER or use --officer")
    return str(login)


# Said on stderr after a command that succeeded (a refusal stays one line): what the officer
# should know about this unlock, e.g. the failed unlocks before it.
NOTES: list[str] = []


MAX_PAGE = 100_000


def check_paging(args: argparse.Namespace) -> None:
    """--limit within 1-100000 and --offset not negative, before the passphrase is asked: a
    list commands print (records, search, requests, received facts) refuses the same way."""
    if not 1 <= args.limit <= MAX_PAGE or getattr(args, "offset", 0) < 0:
        raise InputError("cli.bad_paging", "--limit is 1-100000 and --offset is not negative")


def open_session(args: argparse.Namespace, secret_phrase: str | None = None) -> Session:
    """The vault unlocked with the officer's passphrase (`secret_phrase` when the command has
    read it already: it needs it again, and a terminal must not ask twice)."""
    vault = Vault.open(vault_dir(args), officer(args),
                       passphrase(args) if secret_phrase is None else secret_phrase)
    failures = vault.failed_unlocks
    if failures is not None:  # the officer sees them at once; the audit log keeps them
        NOTES.append(f"{failures.count} failed unlock(s) of this vault since {failures.first} "
                     "(see 'shekara audit list')")
    session = Session(vault, rebuild_on_open=False)
    try:  # what a schema step flagged, before the command, saying how far it is on stderr
        session.rebuilds.run_all(RebuildProgressLines())
    except BaseException:  # its flag stays set: the next command runs it again
        session.close()
        raise
    return session


def read_input(path: str) -> bytes:
    """A file's bytes, or standard input for '-', refusing anything over the input cap."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError("cli.unreadable", "cannot read {path}: {reason}", path=path,
                         reason=exc.strerror or "I/O error") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError("json.too_large", "input is larger than {n} bytes", n=MAX_INPUT_BYTES)
    return data


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=False) + "\n")


def emit(line: str = "") -> None:
    sys.stdout.write(line + "\n")
