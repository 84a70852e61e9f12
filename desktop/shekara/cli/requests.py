"""`shekara request …`: the request register (Art. 8 requests both ways, Art. 9 refusals,
follow-up questions, answers). HQ mode; a post vault refuses to make requests."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from shekara.cli.common import (
    check_paging,
    emit,
    emit_json,
    open_session,
    read_input,
    wants_json,
)
from shekara.domain.request import REFUSAL_REASONS, REFUSAL_SCOPES
from shekara.domain.request_register import DIRECTIONS, STATUSES
from shekara.domain.strictjson import parse_json
from shekara.errors import InputError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    request = sub.add_parser("request", parents=[common],
                             help="the register of Art. 8 requests both ways and Art. 9 refusals "
                             "(HQ)",
                             description="At HQ (docs/report-commands.md): the register of "
                             "Art. 8 requests, ours to the partner (out) and the partner's to "
                             "us (in), with their due dates, Art. 9 refusals, follow-up "
                             "questions and answers. A post vault refuses (exit 6).")
    rsub = request.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = rsub.add_parser("add", parents=[common], help="add a request from a JSON file",
                        description="One JSON object with the fields of docs/reports.md "
                        "(shekara.domain.request); '-' reads standard input. Prints its id. "
                        "Our own request starts as a draft for a second supervisor to approve; "
                        "with --incoming, registers a request the other Party sent (on paper).")
    p.add_argument("file", metavar="FILE",
                   help="the request as one JSON object; '-' reads standard input")
    p.add_argument("--confirm-scope", action="store_true",
                   help="the request asks for no legal assistance in a criminal case and no "
                   "extradition (Art. 1.2), although its words suggest it")
    p.add_argument("--incoming", action="store_true",
                   help="a request received from the other Party's central authority")
    p.add_argument("--their-number", metavar="NUMBER", default=None,
                   help="with --incoming: the partner's registration number of the request")
    p.add_argument("--received-on", metavar="YYYY-MM-DD", default=None,
                   help="with --incoming: when it arrived (default today)")
    p.set_defaults(func=cmd_request_add)

    p = rsub.add_parser("approve", parents=[common],
                        help="approve our draft request (a second supervisor: four-eyes); it "
                        "travels in the next letter to the partner",
                        description="A supervisor approves our draft request; under four-eyes "
                        "not the one who wrote it (exit 4). It then travels in the next letter "
                        "to the partner ('share send').")
    p.add_argument("id", help="our draft request's id")
    p.set_defaults(func=cmd_request_approve)

    p = rsub.add_parser("list", parents=[common],
                        help="the register, newest first: direction, status, due date, overdue",
                        description="The register, newest first: id, direction, version, "
                        "status, date, due date (OVERDUE when past it), urgency ('!'), the "
                        "authority and the reference. --json prints an array of objects with "
                        "id.")
    p.add_argument("--direction", choices=DIRECTIONS, default=None,
                   help="out: our requests to the partner; in: the partner's to us "
                   "(default: both)")
    p.add_argument("--status", choices=STATUSES, default=None,
                   help="only requests in this status (default: any)")
    p.add_argument("--overdue", action="store_true", help="only requests past their due date")
    p.add_argument("--limit", type=int, default=100,
                   help="at most this many requests, 1-100000 (default: 100)")
    p.add_argument("--offset", type=int, default=0,
                   help="skip this many requests first, for the next page (default: 0)")
    p.set_defaults(func=cmd_request_list)

    p = rsub.add_parser("show", parents=[common], help="show a request, its refusals and its "
                        "thread (an audited view)",
                        description="Show a request: its direction, version, status and due "
                        "date, its JSON, its refusals and its thread of follow-up questions, "
                        "answers and withdrawal. Every call is an audited view (request.view). "
                        "--json prints it whole.")
    p.add_argument("id", help="the request's id")
    p.add_argument("--version", type=int, default=None,
                   help="show this version (default: the latest)")
    p.set_defaults(func=cmd_request_show)

    p = rsub.add_parser("answer", parents=[common],
                        help="answer a request the other Party sent us",
                        description='FILE: {"text": "…", "translations": {"ru": {"text": "…"}},'
                        ' "records": [ids], "partial": false}; \'-\' reads standard input.'
                        ' The answer travels in the next letter to the partner. Prints its id.')
    p.add_argument("id", help="the partner's request's id")
    p.add_argument("file", metavar="FILE",
                   help="the answer as one JSON object; '-' reads standard input")
    p.set_defaults(func=cmd_request_answer)

    p = rsub.add_parser("refuse", parents=[common],
                        help="refuse a request the other Party sent us (Art. 9), with reasons",
                        description="Either --ground and --reason, or FILE with {reason_code, "
                        "scope, explanation, decided_on, signed_by}. Prints the refusal's id; "
                        "'shekara report refusal ID' prints the notice.")
    p.add_argument("id", help="the partner's request's id")
    p.add_argument("file", metavar="FILE", nargs="?", default=None,
                   help="the refusal as one JSON object, instead of --ground and --reason; "
                   "'-' reads standard input")
    p.add_argument("--ground", choices=REFUSAL_REASONS, default=None,
                   help="the Art. 9 ground of the refusal")
    p.add_argument("--reason", default=None, help="the reasons the notice gives")
    p.add_argument("--scope", choices=REFUSAL_SCOPES, default="whole",
                   help="whole: the request is refused; part: only part of it, the rest still "
                   "to answer (default: whole)")
    p.set_defaults(func=cmd_request_refuse)

    p = rsub.add_parser("follow-up", parents=[common],
                        help="ask a follow-up question on a request (Art. 8.6)",
                        description="Ask the other Party for additional information on a "
                        "request (Art. 8.6); the question travels in the next letter to the "
                        "partner. Prints its id.")
    p.add_argument("id", help="the request's id")
    p.add_argument("--text", required=True, help="the question as written")
    p.add_argument("--text-ru", metavar="TEXT", default=None,
                   help="its Russian translation (Art. 14), unless it is written in Russian")
    p.set_defaults(func=cmd_request_follow_up)

    p = rsub.add_parser("withdraw", parents=[common], help="withdraw our own request",
                        description="Withdraw our own request not yet answered or refused "
                        "(supervisors); a request already sent is withdrawn in the next letter "
                        "to the partner.")
    p.add_argument("id", help="our request's id")
    p.add_argument("--reason", required=True, help="why, as written")
    p.add_argument("--reason-ru", metavar="TEXT", default=None,
                   help="its Russian translation (Art. 14), unless it is written in Russian")
    p.set_defaults(func=cmd_request_withdraw)

    p = rsub.add_parser("close-paper-copy", parents=[common],
                        help="close the paper copy of a partner's request that came in a "
                        "letter too (status duplicate; the letter's copy is the one answered)",
                        description="A request of the partner's typed in from paper "
                        "('request add --incoming') that later came in a letter as well is "
                        "two rows with the same partner's number ('twins' in 'request show'). "
                        "This closes the paper copy, its thread kept, so it no longer waits "
                        "open and overdue in the register.")
    p.add_argument("id", help="the paper copy's id")
    p.set_defaults(func=cmd_request_close_paper_copy)


def _read_object(path: str) -> Any:
    return parse_json(read_input(path))


def cmd_request_add(args: argparse.Namespace) -> int:
    data = _read_object(args.file)
    if not args.incoming and (args.their_number or args.received_on):
        raise InputError("cli.incoming_only", "--their-number and --received-on are for "
                         "--incoming requests")
    with open_session(args) as session:
        service = session.requests
        if args.incoming:
            stored = service.receive(data, their_number=args.their_number or "",
                                     received_on=args.received_on)
        else:
            stored = service.add(data, confirm_scope=args.confirm_scope)
    if wants_json(args):
        emit_json({"id": stored.id, "version": stored.version, "status": stored.status,
                   "direction": stored.direction, "due_on": stored.due_on,
                   "content_hash": stored.content_hash})
    else:
        emit(stored.id)
    return 0


def cmd_request_approve(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        stored = session.requests.approve(args.id)
    if wants_json(args):
        emit_json({"id": stored.id, "version": stored.version, "status": stored.status,
                   "approved_by": stored.approved_by})
    else:
        emit(f"{stored.id} approved: it travels in the next letter to the other Party")
    return 0


def cmd_request_list(args: argparse.Namespace) -> int:
    check_paging(args)
    with open_session(args) as session:
        entries = session.requests.register(
            direction=args.direction, status=args.status, overdue=args.overdue,
            limit=args.limit, offset=args.offset)
    if wants_json(args):
        emit_json([e.to_json() for e in entries])
        return 0
    for e in entries:
        i = e.request
        mark = "!" if i.urgent else " "
        late = " OVERDUE" if e.overdue else ""
        emit(f"{i.id}  {i.direction:<3} v{i.version}  {i.status:<15} {i.dated_on}  due "
             f"{i.due_on or '-'}{late}  {mark} {i.to_authority:<10} {i.reference}")
    return 0


def cmd_request_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        shown = session.requests.show(args.id, args.version)
    if wants_json(args):
        emit_json(shown.to_json())
        return 0
    cur = shown.current
    emit(f"{cur.id}  {cur.direction}  version {cur.version} of {cur.head_version}  "
         f"{cur.status}  due {cur.due_on or '-'}{'  OVERDUE' if shown.overdue else ''}")
    emit(f"created by {cur.created_by} at {cur.created_at}; hash {cur.content_hash}")
    emit_json(cur.data)
    for refusal in shown.refusals:
        who = "we refused" if refusal.direction == "out" else "refused by the partner"
        emit(f"refusal {refusal.id} of v{refusal.request_version} ({who}): "
             f"{refusal.data.get('reason_code')} ({refusal.data.get('scope')}), decided on "
             f"{refusal.data.get('decided_on')}")
    for message in shown.thread:
        who = "we" if message.direction == "out" else "the partner"
        words = message.data.get("text") or message.data.get("reason") or ""
        emit(f"{message.created_at} {who}: {message.kind}: {words}")
    return 0


def cmd_request_answer(args: argparse.Namespace) -> int:
    data = _read_object(args.file)
    with open_session(args) as session:
        message = session.requests.answer(args.id, data)
    if wants_json(args):
        emit_json(message.to_json())
    else:
        emit(message.id)
    return 0


def cmd_request_refuse(args: argparse.Namespace) -> int:
    if args.file is not None:
        if args.ground or args.reason:
            raise InputError("cli.refusal_twice", "give the refusal either as FILE or as "
                             "--ground and --reason, not both")
        data = _read_object(args.file)
    elif args.ground and args.reason:
        data = {"reason_code": args.ground, "scope": args.scope, "explanation": args.reason,
                "decided_on": date.today().isoformat()}
    else:
        raise InputError("cli.refusal_needs_ground", "a refusal needs --ground and --reason "
                         "(the Art. 9 ground and the reasons the notice gives)")
    with open_session(args) as session:
        refusal = session.requests.refuse(args.id, data)
    if wants_json(args):
        emit_json(refusal.to_json())
    else:
        emit(refusal.id)
    return 0


def cmd_request_follow_up(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        message = session.requests.follow_up(args.id, args.text, russian=args.text_ru)
    if wants_json(args):
        emit_json(message.to_json())
    else:
        emit(message.id)
    return 0


def cmd_request_withdraw(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        stored = session.requests.withdraw(args.id, args.reason, russian=args.reason_ru)
    if wants_json(args):
        emit_json({"id": stored.id, "status": stored.status})
    else:
        emit(f"{stored.id} withdrawn")
    return 0


def cmd_request_close_paper_copy(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        stored, letter_copy = session.requests.close_paper_copy(args.id)
    if wants_json(args):
        emit_json({"id": stored.id, "status": stored.status, "letter_copy": letter_copy})
    else:
        emit(f"{stored.id} closed as a duplicate: answer its letter copy {letter_copy}")
    return 0
