"""`shekara report …` (PDFs); `shekara request …` lives in cli/requests.py."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from shekara.cli import exchange, received, requests
from shekara.cli.common import (
    ExamplesHelpFormatter,
    emit,
    emit_json,
    open_session,
    secret,
    wants_json,
)
from shekara.domain.request import (
    REFUSAL_TRANSLATED,
    REQUEST_TRANSLATED,
    missing_translations,
)
from shekara.errors import InputError, NotFound, ShekaraError
from shekara.languages import CODES
from shekara.services.packet_io import refuse_grown, scan_packet_file
from shekara.services.report_verify import verify_text
from shekara.services.reports import Report, ReportService, check_report_target
from shekara.services.session import Session
from shekara.targets import given_path
from shekara.vault.vault import Vault

LANGS = CODES


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    requests.register(sub, common)
    _register_reports(sub, common)


# --- reports ----------------------------------------------------------------------------------
def _register_reports(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[common], help="print documents as PDF files",
                            formatter_class=ExamplesHelpFormatter,
                            description="Every PDF written is logged in the audit log. "
                            "--lang kk: Kazakh with Russian; lt: Lithuanian with Russian; ru; en "
                            "(internal use). Default: the Party's state language. The file named "
                            "by --out (its folder must exist; a file of that name is replaced) "
                            "is written whole or not at all, and its path printed.",
                            epilog="examples:\n"
                            "  shekara report incident ID --out incident.pdf\n"
                            "  shekara report summary --from 2026-01-01 --to 2026-03-31 "
                            "--lang ru --out q1.pdf\n"
                            "  shekara report statistics --from 2026-01-01 --to 2026-12-31 "
                            "--csv 2026.csv\n"
                            "  shekara report transmittal "
                            "/media/stick/shekara-KZ-NUR-ZHOLY-records-000004.shk --out "
                            "sheet.pdf")
    rsub = report.add_subparsers(dest="document", required=True, metavar="DOCUMENT")

    def document(name: str, help_text: str, func: Callable[[argparse.Namespace], int],
                 description: str, *, json_fields: str = "path, document, lang, id, version, "
                 "bytes") -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = rsub.add_parser(
            name, parents=[common], help=help_text,
            description=f"{description} Prints the path written; --json prints "
            f"{{{json_fields}}}.")
        p.add_argument("--lang", choices=LANGS, default=None, help=_LANG_HELP)
        p.add_argument("--out", required=True, metavar="FILE.pdf", help=_OUT_HELP)
        p.set_defaults(func=func)
        return p

    p = document("incident", "incident report of one record version", cmd_report_incident,
                 "The incident report of one record version, with its registration number and "
                 "a QR code that 'report verify' checks.")
    p.add_argument("id", help="the record's id")
    p.add_argument("--version", type=int, default=None, help="default: the current version")
    p = document("request", "an Art. 8 request", cmd_report_request,
                 "An Art. 8 request as the letter to the other Party, with a QR code. In kk or "
                 "lt, fields without a Russian translation (Art. 14) are printed untranslated "
                 "and named in a warning on stderr.")
    p.add_argument("id", help="the request's id")
    p.add_argument("--version", type=int, default=None,
                   help="default: the current version")
    p = document("refusal", "an Art. 9 refusal notice", cmd_report_refusal,
                 "Our Art. 9 refusal notice of a request, with a QR code. In kk or lt, fields "
                 "without a Russian translation (Art. 14) are printed untranslated and named "
                 "in a warning on stderr.")
    p.add_argument("id", help="the refusal's id (see 'shekara request show')")
    received.register_report(document)
    exchange.register_report(document)
    p = document("summary", "period summary with counts and charts", cmd_report_summary,
                 "Counts and charts of the records that occurred in a period, each at its "
                 "version in force (a correction still in draft does not count yet), with a "
                 "QR code that 'report verify' checks against the vault.")
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD",
                   help="the first day of the period (inclusive)")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD",
                   help="the last day of the period (inclusive)")
    p.add_argument("--checkpoint", metavar="CODE", default=None,
                   help="only this crossing point (its reference-data code; default: all)")
    p = rsub.add_parser("statistics", parents=[common],
                        help="counts by kind, month, crossing point, citizenship, substance "
                        "and outcome, without names (PDF and/or CSV)",
                        description="Art. 3.1.2 reference information, e.g. for the Joint "
                        "Commission: only codes and counts leave the vault. Give --out for "
                        "the PDF, --csv for a spreadsheet, or both (exit 2 with neither). "
                        "Each file written is logged in the audit log; --json prints {document, "
                        "pdf, csv}.")
    p.add_argument("--lang", choices=LANGS, default=None, help=_LANG_HELP)
    p.add_argument("--out", default=None, metavar="FILE.pdf",
                   help="the PDF to write (its folder must exist; a file of that name is "
                   "replaced)")
    p.add_argument("--csv", default=None, metavar="FILE.csv",
                   help="a CSV to write: columns table, key, kind, label, count, quantity, "
                   "unit; labels in the first language of --lang")
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD",
                   help="the first day of the period (inclusive)")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD",
                   help="the last day of the period (inclusive)")
    p.set_defaults(func=cmd_report_statistics)
    p = document("transmittal", "chain-of-custody sheet for a packet file",
                 cmd_report_transmittal,
                 "The chain-of-custody sheet for a records packet on a stick. The packet is "
                 "verified and decrypted in memory first, so the sheet states how many records "
                 "it really holds and a damaged copy is refused before anyone signs for it.")
    p.add_argument("packet", metavar="PACKET_FILE",
                   help="the records packet file (as 'export' wrote it)")
    document("enrollment", "this installation's public keys, for HQ to compare on paper",
             cmd_report_enrollment,
             "This installation's public keys and their fingerprint on paper, for the other "
             "side to compare with the file before trusting it.")
    p = document("recovery", "the recovery sheet (needs the recovery key)",
                 cmd_report_recovery, "The recovery sheet: the key, its QR code and what to do "
                 "with it. The recovery key comes from $SHEKARA_RECOVERY_KEY or "
                 "--recovery-key-file; it is checked against the vault and never stored "
                 "(nothing is written if it does not open this vault).")
    p.add_argument("--recovery-key-file", metavar="FILE", default=None,
                   help="read the recovery key from FILE (default: $SHEKARA_RECOVERY_KEY, else "
                   "a prompt on a terminal)")

    v = rsub.add_parser("verify", parents=[common],
                        help="check a report's QR text against the vault",
                        description="Says whether the paper matches the current version, a "
                        "superseded one, or nothing in this vault (exit 5). With --json the "
                        "verdict is printed in every case: {\"match\": "
                        "\"current\"|\"superseded\"|\"none\", …}.")
    v.add_argument("text", metavar="TEXT",
                   help="the text of the report's QR code, scanned or typed (case and spaces "
                   "do not matter)")
    v.set_defaults(func=cmd_report_verify)


_LANG_HELP = ("the document's language: kk (Kazakh with Russian), lt (Lithuanian with "
              "Russian), ru, en (internal use); default: the Party's state language")
_OUT_HELP = ("the PDF to write (its folder must exist; a file of that name is replaced)")


def _date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError("cli.bad_date", "{option} needs a date as YYYY-MM-DD",
                         option=option) from None


def _out_path(args: argparse.Namespace) -> Path:
    # before any work: refuse early, write nothing
    return check_report_target(given_path(args.out, "--out"))


def _produce(args: argparse.Namespace, build: Callable[[ReportService], Report]) -> int:
    out = _out_path(args)
    with open_session(args) as session:
        service = session.reports
        report = build(service)
        written = service.save_pdf(report, out)
    if wants_json(args):
        emit_json({"path": str(written), "document": report.document, "lang": report.lang,
                   "id": report.record_id, "version": report.version,
                   "bytes": len(report.pdf)})
    else:
        emit(str(written))
    return 0


def cmd_report_incident(args: argparse.Namespace) -> int:
    return _produce(args, lambda s: s.incident(args.id, args.version, args.lang))


def cmd_report_request(args: argparse.Namespace) -> int:
    def build(service: ReportService) -> Report:
        report = service.request(args.id, args.version, args.lang)
        request = service.vault_request(args.id, args.version)
        _warn_untranslated(report, missing_translations(request, REQUEST_TRANSLATED))
        return report

    return _produce(args, build)


def cmd_report_refusal(args: argparse.Namespace) -> int:
    def build(service: ReportService) -> Report:
        report = service.refusal(args.id, args.lang)
        refusal = service.vault_refusal(args.id)
        _warn_untranslated(report, missing_translations(refusal, REFUSAL_TRANSLATED))
        return report

    return _produce(args, build)


def _warn_untranslated(report: Report, fields: list[str]) -> None:
    """Art. 14: a letter for the other Party in Kazakh or Lithuanian goes with the Russian
    translation; say which fields have none (the document is still written, saying so)."""
    if fields and report.lang in ("kk", "lt"):
        sys.stderr.write(f"shekara: warning: no Russian translation of {', '.join(fields)} "
                         "(Art. 14): the document prints them untranslated\n")


def cmd_report_summary(args: argparse.Namespace) -> int:
    start = _date(args.date_from, "--from")
    end = _date(args.date_to, "--to")
    return _produce(args, lambda s: s.summary(start, end, args.checkpoint, args.lang))


def cmd_report_statistics(args: argparse.Namespace) -> int:
    start = _date(args.date_from, "--from")
    end = _date(args.date_to, "--to")
    if not args.out and not args.csv:
        raise InputError("cli.statistics_output", "say where to write: --out FILE.pdf, "
                         "--csv FILE.csv, or both")
    pdf_path = _out_path(args) if args.out else None
    csv_path = check_report_target(given_path(args.csv, "--csv")) if args.csv else None
    written: dict[str, str] = {}
    with open_session(args) as session:
        service = session.reports
        if pdf_path is not None:
            report = service.statistics(start, end, args.lang)
            written["pdf"] = str(service.save_pdf(report, pdf_path))
        if csv_path is not None:
            text = service.statistics_csv(start, end, args.lang)
            written["csv"] = str(service.save_csv(text, csv_path, start=start, end=end))
    if wants_json(args):
        emit_json({"document": "statistics", **written})
    else:
        for path in written.values():
            emit(path)
    return 0


def cmd_report_transmittal(args: argparse.Namespace) -> int:
    path = Path(args.packet)
    # Read (never held) before the vault is opened: an unreadable or over-size file is refused
    # first, as when it was read whole; the sheet reads its body again to count the records.
    scanned = refuse_grown(scan_packet_file(path))
    return _produce(args, lambda s: s.transmittal_file(path, args.lang, scanned=scanned))


def cmd_report_enrollment(args: argparse.Namespace) -> int:
    return _produce(args, lambda s: s.enrollment(args.lang))


def cmd_report_recovery(args: argparse.Namespace) -> int:
    key = secret(args, file_attr="recovery_key_file", env="SHEKARA_RECOVERY_KEY",
                 what="recovery key", prompt="Recovery key: ")
    return _produce(args, lambda s: s.recovery(key, args.lang))


def cmd_report_verify(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        verdict = verify_text(session.reports, args.text)
    if wants_json(args):
        emit_json(verdict.to_json())
        return 0 if verdict.match != "none" else NotFound.exit_code
    if verdict.match == "none":
        raise NotFound("report.no_match", "no match in this vault: {reason}",
                       reason=verdict.reason)
    target = f" {verdict.document} {verdict.id or ''}".rstrip()
    emit(f"{verdict.match}:{target} — {verdict.reason}")
    return 0





# --- init and recovery-key new: --recovery-sheet -------------------------------------------------
def add_recovery_sheet_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--recovery-sheet", metavar="PDF", default=None,
                   help="also write the recovery sheet (the key, its QR code, what to do)")
    p.add_argument("--lang", choices=LANGS, default=None,
                   help="language of the recovery sheet (default: the Party's state language)")


def recovery_sheet_path(args: argparse.Namespace) -> Path | None:
    """Checked before the vault is created, so a wrong folder costs nothing."""
    given = getattr(args, "recovery_sheet", None)
    if not given:
        return None
    return check_report_target(given_path(given, "--recovery-sheet"))


def write_recovery_sheet(vault: Vault, recovery_key: str, path: Path | None,
                         lang: str | None) -> tuple[Path | None, ShekaraError | None]:
    """Right after `init` made the vault (or `recovery-key new` its new key): the sheet's path,
    or the refusal to report once the recovery key has been shown (a failed sheet must never
    cost the only copy of the key)."""
    if path is None:
        return None, None
    session = Session(vault)
    service = session.reports
    try:
        return service.save_pdf(service.recovery(recovery_key, lang), path), None
    except ShekaraError as err:
        return None, err
