"""`shekara received …`, `shekara consent …` and `shekara report received`: what the other
Party's central authority sent this HQ (issue 9 §5)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shekara.cli.common import check_paging, emit, emit_json, open_session, wants_json
from shekara.services.received import listed_json
from shekara.services.reports import check_report_target
from shekara.targets import given_path


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    received = sub.add_parser("received", parents=[common],
                              help="information received from the partner (HQ)",
                              description="At HQ: the facts the partner sent in its letters, "
                              "kept apart from our own records under the sender's handling "
                              "markings, and passed to a third party only with its written "
                              "consent ('consent add').")
    rsub = received.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = rsub.add_parser("list", parents=[common],
                        help="received facts, newest first (their latest version)",
                        description="Received facts, latest occurrence first, each at its "
                        "latest version: id, version, state, kind, when it occurred, the "
                        "partner's registration number and title. --json prints an array of "
                        "objects with id.")
    p.add_argument("--limit", type=int, default=100,
                   help="at most this many facts, 1-100000 (default: 100)")
    p.add_argument("--offset", type=int, default=0,
                   help="skip this many facts first, for the next page (default: 0)")
    p.set_defaults(func=cmd_received_list)
    p = rsub.add_parser("show", parents=[common],
                        help="one received fact with its versions and consents (audited)",
                        description="Show one received fact: the partner's letter and "
                        "registration number, the article, its handling markings, the fact "
                        "and the consents recorded for it. Every call is an audited view "
                        "(received.view). --json prints it whole, with its versions.")
    p.add_argument("id", help="the received fact's id (see 'received list')")
    p.add_argument("--version", type=int, default=None, help="default: the latest")
    p.set_defaults(func=cmd_received_show)

    consent = sub.add_parser("consent", parents=[common],
                             help="Art. 10.2 consents of the partner to pass a received item "
                             "to a third party (HQ)",
                             description="At HQ: the partner's written consents (Art. 10.2) to "
                             "pass information it sent to a third party, each with the "
                             "partner's registration number and the letter itself.")
    csub = consent.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = csub.add_parser("add", parents=[common],
                        help="record the partner's written consent (supervisor; audited)",
                        description="RECEIVED_ID is the received fact (see 'shekara received "
                        "list'); --regno the partner's registration number of the consent "
                        "letter; --file the letter itself (a scan or a text), kept in the "
                        "vault. Supervisors; audited.")
    p.add_argument("id", metavar="RECEIVED_ID", help="the received fact consented to")
    p.add_argument("--regno", required=True, metavar="PARTNER_REGNO",
                   help="the partner's registration number of the consent letter")
    p.add_argument("--third-party", required=True, metavar="TEXT",
                   help="who may receive the information, as the letter names them")
    p.add_argument("--file", required=True, metavar="SCAN_OR_TEXT",
                   help="the consent letter: a scan or a text file, kept in the vault")
    p.add_argument("--purpose", default="", metavar="TEXT",
                   help="what the consent is given for, if the letter says (default: none)")
    p.add_argument("--version", type=int, default=None,
                   help="only this version (default: the fact, every version)")
    p.set_defaults(func=cmd_consent_add)
    p = csub.add_parser("list", parents=[common], help="consents recorded",
                        description="The consents recorded: id, received fact, the partner's "
                        "registration number, source and third party. --json prints an array "
                        "of objects.")
    p.add_argument("--received", default=None, metavar="RECEIVED_ID",
                   help="only the consents for this received fact (default: all)")
    p.set_defaults(func=cmd_consent_list)


def register_report(document: Callable[..., argparse.ArgumentParser]) -> None:
    """`report received ID`: added by cli/reports.py with its `document` helper."""
    p = document("received", "a fact received from the partner, with its handling "
                 "restrictions", cmd_report_received,
                 "A fact received from the partner as a PDF, with the handling restrictions "
                 "the partner set; an audited print.")
    p.add_argument("id", help="the received fact's id")
    p.add_argument("--version", type=int, default=None, help="default: the latest")


def cmd_received_list(args: argparse.Namespace) -> int:
    check_paging(args)  # --limit 0 printed nothing, and said nothing of it
    with open_session(args) as session:
        facts = session.received.heads(limit=args.limit, offset=args.offset)
    if wants_json(args):
        emit_json([listed_json(f) for f in facts])
        return 0
    for f in facts:
        emit(f"{f.id}  v{f.version}  {f.state:<10} {f.kind:<21} {f.occurred_at[:16]:<16} "
             f"{f.registration_number or '-'}  {f.title}")
    return 0


def cmd_received_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        shown = session.received.show(args.id, args.version)
    if wants_json(args):
        emit_json(shown.to_json())
        return 0
    fact = shown.current
    emit(f"{fact.id} v{fact.version} ({fact.state}) from {fact.partner}, letter "
         f"{fact.letter_number}, their number {fact.registration_number or '-'}, "
         f"Art. {fact.article}")
    handling = fact.data.get("handling") or {}
    emit(f"handling: confidential={handling.get('confidential')}, third party="
         f"{handling.get('third_party')}")
    emit(f"{fact.kind} {fact.occurred_at}: {fact.title}")
    for consent in shown.consents:
        emit(f"consent {consent.registration_number}: {consent.third_party}")
    return 0


def cmd_consent_add(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        consent = session.received.add_consent(
            args.id, registration_number=args.regno, third_party=args.third_party,
            document=Path(args.file), purpose=args.purpose, version=args.version)
    if wants_json(args):
        emit_json(consent.to_json())
    else:
        emit(consent.id)
    return 0


def cmd_consent_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        consents = session.received.consents(args.received)
    if wants_json(args):
        emit_json([c.to_json() for c in consents])
        return 0
    for c in consents:
        emit(f"{c.id}  {c.fact_id}  {c.registration_number}  {c.source:<6} {c.third_party}")
    return 0


def cmd_report_received(args: argparse.Namespace) -> int:
    out = check_report_target(given_path(args.out, "--out"))
    with open_session(args) as session:
        report = session.received.report(args.id, args.version, args.lang)
        written = session.reports.save_pdf(report, out)
    if wants_json(args):
        emit_json({"path": str(written), "document": report.document, "lang": report.lang,
                   "id": report.record_id, "version": report.version,
                   "bytes": len(report.pdf)})
    else:
        emit(str(written))
    return 0
