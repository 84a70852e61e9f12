"""`shekara recovery-key new`: a new recovery key for the same master key (supervisors).

The key is printed once, exactly as `init` and `rekey` print theirs — on standard output, and
under "recovery_key" with --json (a script that asks for it takes it to paper itself) — and
the recovery sheet is written with --recovery-sheet, as `init` writes it. Nothing else keeps
the key: no file, no log, no audit detail.
"""

from __future__ import annotations

import argparse
from typing import Any

from shekara.cli.common import emit, emit_json, open_session, passphrase, wants_json
from shekara.cli.reports import (
    add_recovery_sheet_options,
    recovery_sheet_path,
    write_recovery_sheet,
)
from shekara.services.recovery import replace_recovery_key


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("recovery-key", parents=[common],
                           help="replace the vault's recovery key (supervisors)",
                           description="The recovery key opens the vault without any officer's "
                           "passphrase: 'shekara recover' sets a forgotten one with it. It is "
                           "printed once, at 'init', 'rekey' and 'recovery-key new', and kept on "
                           "paper (the recovery sheet).")
    gsub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = gsub.add_parser(
        "new", parents=[common],
        help="a new recovery key for the same master key; the old one stops opening the vault",
        description="Replaces the recovery key with a new random one, printed once: the old "
        "key and its sheet stop opening the vault at once. The master key, the records and "
        "every officer's passphrase stay as they are: nothing is encrypted again (unlike "
        "'shekara rekey'). For a recovery sheet lost or destroyed, or a new master key whose "
        "recovery key was not written down; if the old sheet may be in someone else's hands, "
        "use 'shekara rekey' instead (backups made before keep the old recovery slot, and the "
        "master key is the same). Your passphrase ($SHEKARA_PASSPHRASE or "
        "--passphrase-file) opens the vault and is checked against your key slot again before "
        "anything changes. Print the new sheet with --recovery-sheet, or later with 'shekara "
        "report recovery'. The key slot file is replaced atomically: a crash leaves the old "
        "recovery key working or the new one, never neither.")
    add_recovery_sheet_options(p)
    p.set_defaults(func=cmd_recovery_key_new)


def cmd_recovery_key_new(args: argparse.Namespace) -> int:
    sheet_path = recovery_sheet_path(args)  # before anything changes: a wrong path costs nothing
    secret_phrase = passphrase(args)
    with open_session(args, secret_phrase) as session:
        recovery_key = replace_recovery_key(session.vault, secret_phrase)
        sheet, sheet_error = write_recovery_sheet(session.vault, recovery_key, sheet_path,
                                                  args.lang)
    if wants_json(args):
        emit_json({"recovery_key": recovery_key,
                   "recovery_sheet": str(sheet) if sheet else None})
    else:
        emit("the vault has a new recovery key: the old one and its sheet open nothing any "
             "more; destroy the old sheet")
        emit("new recovery key (shown once; keep it on paper in the post's safe):")
        emit(f"  {recovery_key}")
        if sheet:
            emit(f"recovery sheet: {sheet}")
        else:
            emit("print its sheet: shekara report recovery --out FILE.pdf")
    if sheet_error is not None:
        raise sheet_error  # after the key was shown: it is in place, the sheet is not
    return 0
