"""`shekara record …` and `shekara search`."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from shekara.cli.common import (
    ExamplesHelpFormatter,
    check_paging,
    emit,
    emit_json,
    open_session,
    read_input,
    wants_json,
)
from shekara.domain.codes import CODE_LISTS, KIND_ARTICLE
from shekara.domain.strictjson import parse_json, parse_records_input
from shekara.domain.text_rules import shown
from shekara.errors import InputError
from shekara.services.received import listed_json as received_listed_json
from shekara.vault.received_store import ReceivedFact
from shekara.vault.records import ListedRecord, RecordFilter


def register(sub: Any, common: argparse.ArgumentParser) -> Any:
    """Adds `record …` and `search`; returns the `record` action table (for `record attach`)."""
    record = sub.add_parser("record", help="add, list, show, approve, amend, withdraw records",
                            parents=[common],
                            description="Incident records (docs/record-format.md). An officer "
                            "writes a draft; a supervisor approves it (under four-eyes, not its "
                            "author's own); the post exports it to HQ in a packet and HQ "
                            "acknowledges it. A correction is a new version; nothing is deleted "
                            "until 'retention purge'.")
    rsub = record.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = rsub.add_parser("add", parents=[common], help="add records from a JSON file",
                        formatter_class=ExamplesHelpFormatter,
                        description="Add one record, a JSON array, or JSON Lines ('-' reads "
                        "standard input). Every record is checked first and every problem is "
                        "named (exit 2); then all are stored, as drafts, or none. Prints each "
                        "new id; --json prints [{\"id\", \"version\": 1, \"status\": \"draft\"}].",
                        epilog="examples:\n"
                        "  shekara record add incident.json\n"
                        "  shekara record add - --json < shift.jsonl")
    p.add_argument("file", metavar="FILE",
                   help="a JSON file: one record object, an array of them, or JSON Lines; '-' "
                   "reads standard input")
    p.set_defaults(func=cmd_add)

    p = rsub.add_parser("list", parents=[common], help="list records, newest first",
                        formatter_class=ExamplesHelpFormatter,
                        description="List records, latest occurrence first: id, version, "
                        "status, kind, when it occurred and its title ('*': it qualifies for "
                        "exchange under the Agreement). The filters combine; --kind and --status "
                        "may be repeated (any of them). --json prints an array of objects with "
                        "id, version, kind, status, occurred_at, checkpoint, citizenship, "
                        "qualifies, qualifies_under, title, created_by and updated_at.",
                        epilog="examples:\n"
                        "  shekara record list --status draft --json\n"
                        "  shekara record list --kind contraband_detention --from 2026-01-01 "
                        "--to 2026-03-31\n"
                        "  shekara record list --limit 100 --offset 100      # the second page")
    add_filter_options(p)
    p.add_argument("--limit", type=int, default=100,
                   help="at most this many records, 1-100000 (default: 100)")
    p.add_argument("--offset", type=int, default=0,
                   help="skip this many records first, for the next page (default: 0)")
    p.set_defaults(func=cmd_list)

    p = rsub.add_parser("show", parents=[common], help="show one record (an audited view)",
                        description="Show one record: its version, status, registration number, "
                        "whether it qualifies under the Agreement, who wrote and approved it, "
                        "why it was sent back or changed, its retention, and its JSON. Every "
                        "call is an audited view (record.view). --json prints the version's "
                        "object with registration_number (and sent_back, history).")
    p.add_argument("id", help="the record's id (as 'record add' or 'record list' prints it)")
    p.add_argument("--version", type=int, default=None,
                   help="show this version (default: the latest)")
    p.add_argument("--history", action="store_true", help="list every version and its reason")
    p.set_defaults(func=cmd_show)

    p = rsub.add_parser("approve", parents=[common], help="approve drafts (supervisors)",
                        description="Approves every draft named, in one transaction: if one "
                        "is refused (not a draft, or written by you under four-eyes), none is "
                        "approved. --json prints an object for one id, an array for several.")
    p.add_argument("id", nargs="+", help="the drafts' ids (one or more)")
    p.set_defaults(func=cmd_approve)

    p = rsub.add_parser("send-back", parents=[common],
                        help="return a draft to its author with a comment (supervisors)",
                        description="The draft stays a draft, open to its author, who sees the "
                        "comment when opening it; the comment goes into the audit log.")
    p.add_argument("id", help="the draft's id")
    p.add_argument("--reason", required=True, help="what the author should change")
    p.set_defaults(func=cmd_send_back)

    p = rsub.add_parser("amend", parents=[common],
                        help="change a draft, or correct an approved record as a new version",
                        description="A draft is changed in place. A record approved (or "
                        "exported, or acknowledged) gets a new draft version holding the "
                        "correction, which needs --reason and then a supervisor's approval; "
                        "the approved version stays in force until then. FILE is the whole "
                        "record, not the changes; its kind cannot change. A withdrawn record is "
                        "refused (exit 6). Prints ID vN draft.")
    p.add_argument("id", help="the record's id")
    p.add_argument("file", metavar="FILE",
                   help="the record as one JSON object; '-' reads standard input")
    p.add_argument("--reason", default=None, help="why (required for a correction)")
    p.set_defaults(func=cmd_amend)

    p = rsub.add_parser("withdraw", parents=[common], help="withdraw a record with a reason",
                        description="Mark a record withdrawn; it is kept, not deleted. A record "
                        "ever approved gets a withdrawn version that travels to HQ in the next "
                        "packet. A supervisor may withdraw any record, an officer only a first "
                        "draft of their own (exit 4). A withdrawn record is refused (exit 6).")
    p.add_argument("id", help="the record's id")
    p.add_argument("--reason", required=True, help="why it is withdrawn (kept with the record)")
    p.set_defaults(func=cmd_withdraw)

    p = rsub.add_parser("review", parents=[common],
                        help="keep a record longer after a periodic review (supervisors)",
                        description="After a periodic review, keep an approved record past its "
                        "retention date: it is kept until --extend-until, and its next review "
                        "falls due one review period from today (or on that date, if sooner). "
                        "The reason goes into the audit log (record.review).")
    p.add_argument("id", help="the record's id")
    p.add_argument("--extend-until", required=True, metavar="YYYY-MM-DD",
                   help="the new end of its retention, after the current one")
    p.add_argument("--reason", required=True, help="why the record is still needed")
    p.set_defaults(func=cmd_review)

    search = sub.add_parser("search", parents=[common],
                            help="find records by name (any script), document, place, substance",
                            description="Case- and diacritics-insensitive search across Cyrillic "
                            "and Latin spellings (see docs/search.md). Best matches first; when "
                            "nothing matches exactly, a name one letter off ('≈'). At HQ, facts "
                            "received from the partner are searched too ('⇐', after our own), "
                            "unless --status, --qualifies, --not-qualifies or --checkpoint is "
                            "given. --json prints the array of 'record list' with match "
                            "(exact|approximate) and origin (own|partner).")
    search.add_argument("text", help="what to look for: names, document numbers, places, "
                        "substances; every word must match (the start of a word is enough)")
    add_filter_options(search)
    search.add_argument("--limit", type=int, default=50,
                        help="at most this many hits, 1-100000 (default: 50)")
    search.set_defaults(func=cmd_search)
    return rsub


def add_filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", action="append", choices=CODE_LISTS["kind"], default=None,
                   help="only records of this kind (repeat for several)")
    p.add_argument("--status", action="append", choices=CODE_LISTS["status"], default=None,
                   help="only records in this status (repeat for several): exported = in a "
                   "packet, acknowledged = by HQ")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", default=None,
                   help="only records that occurred on this day or later (inclusive)")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", default=None,
                   help="only records that occurred on this day or earlier (inclusive)")
    p.add_argument("--citizenship", metavar="ALPHA3", default=None,
                   help="only records with a person of this citizenship (ISO 3166 alpha-3, e.g. "
                   "LTU; any case)")
    p.add_argument("--checkpoint", metavar="CODE", default=None,
                   help="only records at this crossing point (its reference-data code)")
    q = p.add_mutually_exclusive_group()
    q.add_argument("--qualifies", dest="qualifies", action="store_const", const=True,
                   default=None, help="only records that qualify for exchange under the Agreement")
    q.add_argument("--not-qualifies", dest="qualifies", action="store_const", const=False,
                   help="only records that do not qualify for exchange")


def _date_arg(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError("cli.bad_date", "{option} needs a date as YYYY-MM-DD",
                         option=option) from None


def record_filter(args: argparse.Namespace) -> RecordFilter:
    citizenship = args.citizenship.upper() if args.citizenship else None
    if citizenship is not None and (len(citizenship) != 3 or not citizenship.isalpha()):
        raise InputError("cli.bad_citizenship", "--citizenship needs an ISO alpha-3 code")
    return RecordFilter(kinds=args.kind or (), statuses=args.status or (),
                        occurred_from=_date_arg(args.date_from, "--from"),
                        occurred_to=_date_arg(args.date_to, "--to"), citizenship=citizenship,
                        qualifies=args.qualifies, checkpoint=args.checkpoint)


def listed_json(item: ListedRecord) -> dict[str, Any]:
    return {"id": item.id, "version": item.version, "kind": item.kind, "status": item.status,
            "occurred_at": item.occurred_at, "checkpoint": item.checkpoint,
            "citizenship": list(item.citizenships), "qualifies": item.qualifies,
            "qualifies_under": KIND_ARTICLE.get(item.kind) if item.qualifies else None,
            "title": item.title, "created_by": item.created_by, "updated_at": item.updated_at}


def print_listing(items: list[ListedRecord], as_json: bool, *, search: bool = False,
                  received: list[ReceivedFact] | None = None) -> None:
    """The list, or search hits: those also say whether they matched exactly or only one letter
    off (docs/search.md), and where they come from (`origin`: this HQ's own records, or facts
    received from the partner, listed after them); in text, an approximate hit's title starts
    with "≈" and a partner's with "⇐"."""
    if as_json:
        emit_json([listed_json(i) | ({"match": "approximate" if i.approximate else "exact",
                                      "origin": "own"} if search else {}) for i in items]
                  + [received_listed_json(f) | {"match": "exact", "origin": "partner"}
                     for f in received or []])
        return
    for i in items:
        mark = "*" if i.qualifies else " "
        emit(f"{i.id}  v{i.version}  {i.status:<12} {i.kind:<21} {i.occurred_at[:16]:<16}"
             f" {mark} {'≈ ' if i.approximate else ''}{shown(i.title)}")  # --json: stored text
    for f in received or []:
        emit(f"{f.id}  v{f.version}  {f.state:<12} {f.kind:<21} {f.occurred_at[:16]:<16}"
             f"   ⇐ {f.partner} {shown(f.title)}")


def cmd_add(args: argparse.Namespace) -> int:
    inputs = parse_records_input(read_input(args.file))
    with open_session(args) as session:
        ids = session.records.add(inputs)
    if wants_json(args):
        emit_json([{"id": i, "version": 1, "status": "draft"} for i in ids])
    else:
        for record_id in ids:
            emit(record_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    check_paging(args)
    flt = record_filter(args)
    with open_session(args) as session:
        items = session.records.list_records(flt, limit=args.limit, offset=args.offset)
    print_listing(items, wants_json(args))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    check_paging(args)
    flt = record_filter(args)
    with open_session(args) as session:
        items = session.records.search(args.text, flt, limit=args.limit)
        # Facts received from the partner are searched too, unless the filter asks for what
        # only own records have (a status, the qualification, a crossing point of ours).
        received = [] if (flt.statuses or flt.qualifies is not None or flt.checkpoint) else \
            session.received.search(
                args.text, kinds=tuple(flt.kinds), occurred_from=flt.occurred_from,
                occurred_to=flt.occurred_to, citizenship=flt.citizenship, limit=args.limit)
    print_listing(items, wants_json(args), search=True, received=received)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        shown = session.records.show(args.id, args.version)
        sent_back = session.review.sent_back(args.id)
        number = session.records.registration_number(args.id)
    if wants_json(args):
        out = shown.to_json()
        out["registration_number"] = number
        if sent_back is not None:  # the author sees why the draft came back
            out["sent_back"] = {"by": sent_back.by, "at": sent_back.at,
                                "comment": sent_back.comment}
        if args.history:
            out["history"] = [{"version": v.version, "status": v.status, "reason": v.reason,
                               "created_by": v.created_by, "created_at": v.created_at,
                               "approved_by": v.approved_by, "approved_at": v.approved_at,
                               "content_hash": v.content_hash} for v in shown.versions]
        emit_json(out)
        return 0
    cur = shown.current
    emit(f"{cur.id}  version {cur.version} of {len(shown.versions)}  {cur.status}  {cur.kind}")
    emit(f"registration number: {number or 'none yet (given at its first approval)'}")
    emit(f"qualifies under the Agreement: {'yes' if shown.qualifies else 'no'}")
    emit(f"created by {cur.created_by} at {cur.created_at}"
         + (f"; approved by {cur.approved_by} at {cur.approved_at}" if cur.approved_by else ""))
    if sent_back is not None:
        emit(f"sent back by {sent_back.by} at {sent_back.at}: {sent_back.comment}")
    if cur.reason:
        emit(f"reason: {cur.reason}")
    if cur.retain_until:
        emit(f"retain until {cur.retain_until}, review on {cur.review_on}")
    emit_json(cur.data)
    if args.history:
        for v in shown.versions:
            emit(f"  v{v.version} {v.status} by {v.created_by} {v.created_at}"
                 + (f" — {v.reason}" if v.reason else ""))
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        approved = session.records.approve_many(args.id)
    shown = [{"id": v.id, "version": v.version, "status": v.status,
              "retain_until": v.retain_until, "review_on": v.review_on} for v in approved]
    if wants_json(args):
        emit_json(shown[0] if len(shown) == 1 else shown)
    else:
        for v in approved:
            emit(f"{v.id} v{v.version} approved")
    return 0


def cmd_send_back(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        sent = session.review.send_back(args.id, args.reason)
    if wants_json(args):
        emit_json({"id": sent.record_id, "version": sent.version, "status": "draft",
                   "sent_back_by": sent.by, "at": sent.at})
    else:
        emit(f"{sent.record_id} v{sent.version} sent back to its author")
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    data = parse_json(read_input(args.file))
    if not isinstance(data, dict):
        raise InputError("json.not_a_record", "the file must hold one JSON object")
    with open_session(args) as session:
        version = session.records.amend(args.id, data, args.reason)
    if wants_json(args):
        emit_json({"id": args.id, "version": version, "status": "draft"})
    else:
        emit(f"{args.id} v{version} draft")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        version = session.records.withdraw(args.id, args.reason)
    if wants_json(args):
        emit_json({"id": args.id, "version": version, "status": "withdrawn"})
    else:
        emit(f"{args.id} v{version} withdrawn")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    until = _date_arg(args.extend_until, "--extend-until")
    assert until is not None
    with open_session(args) as session:
        reviewed = session.records.review(args.id, date.fromisoformat(until), args.reason)
    if wants_json(args):
        emit_json({"id": reviewed.id, "version": reviewed.version,
                   "retain_until": reviewed.retain_until, "review_on": reviewed.review_on})
    else:
        emit(f"{reviewed.id} kept until {reviewed.retain_until}, next review {reviewed.review_on}")
    return 0
