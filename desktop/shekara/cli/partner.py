"""`shekara partner …`: the other Party's central authority's keys (HQ)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from shekara.cli import received
from shekara.cli.common import emit, emit_json, open_session, wants_json
from shekara.errors import PacketError
from shekara.services.hq import format_ranges
from shekara.services.keys import read_key_file


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    partner = sub.add_parser("partner", parents=[common],
                             help="the other Party's central authority: its keys (HQ)",
                             description="At HQ (docs/exchange.md): the other Party's central "
                             "authority. Trust its keys after comparing the fingerprint on "
                             "paper, import its letters (exchange packets), and follow or "
                             "discard the ones held.")
    psub = partner.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = psub.add_parser("enroll", parents=[common],
                        help="trust the partner HQ's keys file after comparing its fingerprint,"
                        " or follow its key rotation",
                        description="FILE is the partner's 'shekara hq keys export'. FP is the "
                        "fingerprint as its paper sheet or 'keys show' prints it (spaces "
                        "optional); the file is refused unless they match. FILE may also be "
                        "the partner's rotation statement ('shekara hq keys rotate'): signed "
                        "by the key trusted now, it needs no --fingerprint.")
    p.add_argument("file", metavar="FILE",
                   help="the partner HQ's keys file, or its rotation statement")
    p.add_argument("--fingerprint", default=None, metavar="FP",
                   help="the fingerprint on the partner's paper sheet (needed for a keys file)")
    p.add_argument("--replace", action="store_true",
                   help="replace the partner key trusted now (a new key, compared on paper)")
    p.set_defaults(func=cmd_partner_enroll)
    p = psub.add_parser("list", parents=[common], help="the partner keys and their state",
                        description="Every partner key this HQ knows: code, Party, state "
                        "(active, rotated or revoked) and fingerprint. --json prints an array of "
                        "objects.")
    p.set_defaults(func=cmd_partner_list)
    p = psub.add_parser("revoke", parents=[common], help="stop trusting the partner's keys",
                        description="Supervisors: stop trusting every key of the partner: its "
                        "letters signed with them are refused from now on. Prints each "
                        "fingerprint revoked.")
    p.add_argument("code", help="the partner's code, as 'partner list' prints it")
    p.set_defaults(func=cmd_partner_revoke)
    p = psub.add_parser("import", parents=[common],
                        help="import the partner's exchange packets (letters)",
                        description="Each file is checked before anything in it is read: "
                        "signed by the enrolled partner, for this HQ, unaltered. Importing a "
                        "file again changes nothing; a packet that comes before one still "
                        "missing is held until it arrives; a different packet with a number "
                        "already used is quarantined as a fork. Exit 8 if any file was "
                        "refused or is a fork.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="exchange packet files from the partner, in any order")
    p.set_defaults(func=cmd_partner_import)
    p = psub.add_parser("status", parents=[common],
                        help="the partner's letters: imported through, gaps, held, forks",
                        description="The partner's letters: the number imported through (every "
                        "one up to it is in), gaps, letters held or quarantined as forks (with "
                        "the ids 'partner discard' takes) and how many were refused. --json "
                        "prints one object per partner.")
    p.set_defaults(func=cmd_partner_status)
    p = psub.add_parser("discard", parents=[common],
                        help="discard a held or forked letter (supervisor; audited)",
                        description="Discard a letter of the partner held for a missing "
                        "earlier one, or quarantined as a fork, without importing it "
                        "(supervisors; the reason goes into the audit log).")
    p.add_argument("id", help="as 'shekara partner status' lists it")
    p.add_argument("--reason", required=True, help="why it is discarded")
    p.set_defaults(func=cmd_partner_discard)
    received.register(sub, common)


def cmd_partner_enroll(args: argparse.Namespace) -> int:
    data = read_key_file(Path(args.file))
    with open_session(args) as session:
        change = session.partner.enroll(data, args.fingerprint, replace=args.replace)
    if wants_json(args):
        emit_json({"code": change.code, "fingerprint": change.fingerprint,
                   "outcome": change.outcome, "replaced": change.old_fingerprint})
    else:
        emit(f"partner {change.code} {change.outcome}: {change.fingerprint}")
    return 0


def cmd_partner_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        keys = session.partner.keys()
    if wants_json(args):
        emit_json([k.to_json() for k in keys])
    else:
        for k in keys:
            emit(f"{k.code:<16} {k.party}  {k.state:<8} {k.fingerprint}")
    return 0


def cmd_partner_revoke(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        prints = session.partner.revoke(args.code)
    if wants_json(args):
        emit_json({"code": args.code, "revoked": prints})
    else:
        for fingerprint in prints:
            emit(f"revoked {fingerprint}")
    return 0


def cmd_partner_import(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        outcomes = session.partner.import_files(
            [Path(f) for f in args.files])
    if wants_json(args):
        emit_json([o.to_json() for o in outcomes])
    else:
        for outcome in outcomes:
            if outcome.status in ("refused", "fork"):
                print(f"shekara: error: {outcome.line()}", file=sys.stderr)
            else:
                emit(outcome.line())
    return 0 if all(o.ok for o in outcomes) else PacketError.exit_code


def cmd_partner_status(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        streams = session.partner.status()
    if wants_json(args):
        emit_json([s.to_json() for s in streams])
        return 0
    for s in streams:
        emit(f"{s.partner}: imported through {s.imported_through}; gaps "
             f"{format_ranges(s.gaps) or '-'}; held {format_ranges(s.held) or '-'}; "
             f"{s.refusals} refused")
        for kept in s.kept:
            emit(f"  {kept.state} {kept.id}" + (f": {kept.reason}" if kept.reason else ""))
    return 0


def cmd_partner_discard(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        done = session.partner.discard(args.id, args.reason)
    if wants_json(args):
        emit_json(done)
    else:
        emit(f"discarded {done['state']} letter {done['seq']}")
    return 0
