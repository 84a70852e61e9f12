"""`shekara share …` and `shekara disclosures …`: what this HQ sends the other Party's central
authority (issue 9 §3–4), and the register of what it has disclosed (Art. 10)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from shekara.cli.common import ExamplesHelpFormatter, emit, emit_json, open_session, wants_json
from shekara.errors import InputError
from shekara.services.reports import check_report_target
from shekara.targets import given_path


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    share = sub.add_parser("share", parents=[common],
                           help="send information to the other Party's central authority (HQ)",
                           description="At HQ (docs/exchange.md): the outgoing notice to the "
                           "partner. Supervisors put candidates on it, a second supervisor "
                           "approves exactly what 'share show' prints (four-eyes), and 'share "
                           "send' writes the letter as a signed, encrypted exchange packet.")
    ssub = share.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ssub.add_parser("candidates", parents=[common],
                        help="what qualifies and was never sent, and what changed since it was",
                        description="Approved record versions that qualify under the Agreement "
                        "and were never sent; newer versions of records sent before; records "
                        "withdrawn or purged after they were sent (Art. 10.3: the partner "
                        "corrects or destroys its copy). Each with its article and why. --json "
                        "prints an array of objects.")
    p.set_defaults(func=cmd_candidates)
    p = ssub.add_parser("add", parents=[common], help="put candidates on the outgoing notice",
                        description="A person the rule keeps home (a witness, a citizen of "
                        "this Party) is sent only when a supervisor includes them with a "
                        "reason: --include-person N --reason TEXT (N counts from 0, as in "
                        "'record show'), for one record at a time. Supervisors.")
    p.add_argument("ids", nargs="+", metavar="ID",
                   help="the records to put on the notice, as 'share candidates' lists them")
    p.add_argument("--include-person", type=int, action="append", default=[], metavar="N",
                   help="also send person N of the record (counting from 0), whom the rule "
                   "keeps home; repeat for several; needs --reason")
    p.add_argument("--reason", default=None, help="why the included persons must be sent")
    p.set_defaults(func=cmd_add)
    p = ssub.add_parser("remove", parents=[common], help="take a record off the notice",
                        description="Take a record off the outgoing notice (supervisors); it "
                        "stays a candidate. A notice approved before must be approved again.")
    p.add_argument("id", metavar="ID", help="the record's id")
    p.set_defaults(func=cmd_remove)
    p = ssub.add_parser("show", parents=[common],
                        help="exactly what the next letter carries, minimized",
                        description="Print exactly what the next letter carries: each record "
                        "with the persons sent and withheld by minimization, the requests, "
                        "answers, refusals, follow-up questions and withdrawals waiting, and "
                        "the digest an approval names. --json prints it whole.")
    p.set_defaults(func=cmd_show)
    p = ssub.add_parser("approve", parents=[common],
                        help="approve the notice as 'share show' prints it (a second "
                        "supervisor: four-eyes)",
                        description="Approve the notice as 'share show' prints it now (its "
                        "digest): anything changed afterwards needs a new approval. Under "
                        "four-eyes a supervisor who put items on it cannot approve it (exit "
                        "4). Exit 6 if the notice is empty.")
    p.set_defaults(func=cmd_approve)
    p = ssub.add_parser("send", parents=[common],
                        help="write the approved letter as a signed, encrypted exchange packet",
                        description="Gives the notice its registration number, records every "
                        "version sent in the disclosure register, and writes the packet to DIR "
                        "(read back and checked). It also goes when only our receipts of the "
                        "partner's letters changed; exit 6 when nothing waits, or when the "
                        "notice is not approved as it stands. With --resend SEQ, writes the "
                        "very same bytes of a letter sent before. Supervisors. --json prints "
                        "seq, registration_number, path, sha256 and counts.",
                        epilog="examples:\n"
                        "  shekara share send --to /media/stick\n"
                        "  shekara share send --to /media/stick --resend 3",
                        formatter_class=ExamplesHelpFormatter)
    p.add_argument("--to", required=True, type=Path, metavar="DIR",
                   help="an existing folder for the exchange packet file")
    p.add_argument("--resend", type=int, default=None, metavar="SEQ",
                   help="write letter (exchange packet) number SEQ again instead, as 'share "
                   "letters' lists it")
    p.set_defaults(func=cmd_send)
    p = ssub.add_parser("letters", parents=[common], help="the letters sent, by number",
                        description="The letters to the partner: exchange packet number, "
                        "registration number, date, whether the file was written, and what it "
                        "carried. --json prints an array of objects.")
    p.set_defaults(func=cmd_letters)

    disclosures = sub.add_parser("disclosures", parents=[common],
                                 help="the register of what was disclosed to the partner "
                                 "(Art. 10)",
                                 description="At HQ: the Art. 10 register of every record "
                                 "version and correction disclosed to the partner, on which "
                                 "the partner's consent (10.2) and corrections (10.3) stand.")
    dsub = disclosures.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = dsub.add_parser("list", parents=[common],
                        help="every record version or correction sent to the partner",
                        description="Every record version or correction sent to the partner, "
                        "oldest first: when, in which letter, the article, and which persons "
                        "went. --json prints an array of objects.")
    p.add_argument("--from", dest="since", default=None, metavar="YYYY-MM-DD",
                   help="only what was sent on this day or later (inclusive)")
    p.add_argument("--to", dest="until", default=None, metavar="YYYY-MM-DD",
                   help="only what was sent on this day or earlier (inclusive)")
    p.add_argument("--record", default=None, metavar="ID", help="only this record")
    p.set_defaults(func=cmd_disclosures)


def register_report(document: Callable[..., argparse.ArgumentParser]) -> None:
    """`report notice REGNO` and `report disclosures`: added by cli/reports.py."""
    p = document("notice", "the covering letter of a letter sent to the partner, by its "
                 "registration number", cmd_report_notice,
                 "The covering letter of a letter sent to the partner, as a PDF.",
                 json_fields="path, document, lang, bytes")
    p.add_argument("registration_number", metavar="REGNO",
                   help="the letter's registration number, as 'share letters' prints it")
    p = document("disclosures", "the Art. 10 register of what was disclosed to the partner in "
                 "a period", cmd_report_disclosures,
                 "The Art. 10 disclosure register of a period as a PDF: every record version "
                 "and correction sent to the partner between the two days.",
                 json_fields="path, document, lang, bytes")
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD",
                   help="the first day of the period (inclusive)")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD",
                   help="the last day of the period (inclusive)")


def _save(args: argparse.Namespace, build: Callable[[Any], Any]) -> int:
    out = check_report_target(given_path(args.out, "--out"))
    with open_session(args) as session:
        report = build(session.share)
        written = session.reports.save_pdf(report, out)
    if wants_json(args):
        emit_json({"path": str(written), "document": report.document, "lang": report.lang,
                   "bytes": len(report.pdf)})
    else:
        emit(str(written))
    return 0


def cmd_report_notice(args: argparse.Namespace) -> int:
    return _save(args, lambda share: share.notice_report(args.registration_number, args.lang))


def cmd_report_disclosures(args: argparse.Namespace) -> int:
    start, end = _date(args.date_from), _date(args.date_to)
    return _save(args, lambda share: share.disclosures_report(start, end, args.lang))


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError("cli.bad_date", "{value} is not a date (YYYY-MM-DD)",
                         value=value) from None


def cmd_candidates(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = session.share.candidates()
    if wants_json(args):
        emit_json([c.to_json() for c in found])
    elif not found:
        emit("no candidates: everything that qualifies is sent and current")
    else:
        for c in found:
            mark = " (on the notice)" if c.queued else ""
            emit(f"{c.record_id} v{c.version} {c.action} Art. {c.article}: {c.text()}{mark}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    if args.include_person and not (args.reason or "").strip():
        raise InputError("share.include_reason", "say why the included persons must be sent "
                         "(--reason)")
    if args.reason and not args.include_person:
        raise InputError("share.reason_alone", "--reason goes with --include-person")
    include = {n: str(args.reason) for n in args.include_person}
    with open_session(args) as session:
        added = session.share.add(args.ids, include=include)
    if wants_json(args):
        emit_json([{"id": i.record_id, "version": i.version, "action": i.action,
                    "article": i.article} for i in added])
    else:
        for i in added:
            emit(f"on the notice: {i.record_id} v{i.version} ({i.action}, Art. {i.article})")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        session.share.remove(args.id)
    emit(f"taken off the notice: {args.id}")
    return 0


def _print_preview(preview: Any) -> None:
    for item in preview.items:
        q = item.queued
        if item.minimized is None:
            emit(f"{q.record_id} v{q.version}: {q.action} (Art. {q.article})")
            continue
        m = item.minimized
        extra = (f", included by hand: {', '.join(str(i) for i in m.included)}"
                 if m.included else "")
        emit(f"{q.record_id} v{q.version}: fact, Art. {m.article}; persons sent "
             f"{list(m.sent)}, withheld {m.withheld}{extra}")
    for label, ids in (("request", preview.requests), ("answer", preview.answers),
                       ("refusal", preview.refusals), ("follow-up", preview.follow_ups),
                       ("withdrawal of request", preview.withdrawals)):
        for ident in ids:
            emit(f"{label} {ident}")
    emit(f"digest {preview.digest}; approved by {preview.approved_by or 'nobody yet'}")


def cmd_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        preview = session.share.preview()
    if wants_json(args):
        emit_json(preview.to_json())
    else:
        _print_preview(preview)
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        preview = session.share.approve()
    if wants_json(args):
        emit_json(preview.to_json())
    else:
        emit(f"notice approved by {preview.approved_by}: {len(preview.items)} record(s), "
             f"digest {preview.digest}")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.resend is not None:
            path = session.share.write_again(args.resend, args.to)
            letter = next(entry for entry in session.share.letters() if entry.seq == args.resend)
            out: dict[str, Any] = {"seq": letter.seq,
                                   "registration_number": letter.registration_number,
                                   "path": str(path), "sha256": letter.sha256,
                                   "counts": letter.counts}
        else:
            out = session.share.send(args.to).to_json()
    if wants_json(args):
        emit_json(out)
    else:
        emit(str(out["path"]))
        emit(f"letter {out['registration_number']} (exchange packet {out['seq']}), sha256 "
             f"{out['sha256']}")
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        letters = session.share.letters()
    rows = [{"seq": entry.seq, "registration_number": entry.registration_number,
             "partner": entry.partner, "sha256": entry.sha256, "issued_at": entry.issued_at,
             "approved_by": entry.approved_by, "written_at": entry.written_at,
             "counts": entry.counts} for entry in letters]
    if wants_json(args):
        emit_json(rows)
    else:
        for row in rows:
            emit(f"{row['seq']} {row['registration_number']} {row['issued_at']} "
                 f"{'written' if row['written_at'] else 'NOT WRITTEN'} {row['counts']}")
    return 0


def cmd_disclosures(args: argparse.Namespace) -> int:
    since, until = _day(args.since), _day_after(args.until)  # before the passphrase is asked
    with open_session(args) as session:
        rows = session.share.disclosures(since=since, until=until, record_id=args.record)
    if wants_json(args):
        emit_json([d.to_json() for d in rows])
    else:
        for d in rows:
            emit(f"{d.sent_at} {d.letter_number} {d.record_id} v{d.version} {d.action} "
                 f"Art. {d.article} persons {[p['index'] for p in d.persons]}")
    return 0


def _day(day: str | None) -> str | None:
    """`--from` checked as a date, as `--to` is (a typo compared as text matched silently)."""
    return None if day is None else _date(day).isoformat()


def _day_after(day: str | None) -> str | None:
    if day is None:
        return None
    return (_date(day) + timedelta(days=1)).isoformat()
