"""Reports from the vault: build each printed document, write it, and log every print.

`ReportService(vault, ref)` gathers what a document needs (the record or request, the post, the
officer printing, the time with the post's UTC offset), calls the pure renderers of
`shekara.reports` and returns a `Report`: the PDF bytes and what the audit log says about them.
Nothing is written or logged until the caller decides: `save_pdf(report, path)` writes the file
atomically and logs it; the GUI logs through `log_output(report, "printer")` once the print
dialog was accepted. Audit details hold the document kind, ids, versions, codes and the language,
never a name or a narrative.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from shekara import fileio
from shekara.domain.reference import ReferenceData
from shekara.domain.relevance import qualifies
from shekara.errors import AuthError, InputError, NotFound, StateError
from shekara.packets.inspect import ScannedPacket
from shekara.packets.keys import KeyRing, PrivateKeys
from shekara.reports.bilingual import Wording, document_languages
from shekara.reports.context import ReportContext
from shekara.reports.incident import render_incident
from shekara.reports.requests import render_refusal, render_request
from shekara.reports.sheets import (
    PacketTransmittal,
    post_keys_from,
    render_enrollment,
    render_recovery,
    render_transmittal,
)
from shekara.reports.statistics import count_statistics, render_statistics, statistics_csv
from shekara.reports.summary import render_period_summary, summarize
from shekara.services.keys import hq_keyring, identities, own_keyring, own_keys
from shekara.services.officials import OfficialsService
from shekara.services.packet_io import ByteProgress
from shekara.services.transmittal import read_transmittal_bytes, read_transmittal_file
from shekara.targets import check_folder, check_new_file
from shekara.vault import audit, journal, keyslots
from shekara.vault import records as record_repo
from shekara.vault import requests as request_repo
from shekara.vault.report_sources import versions_in_force
from shekara.vault.vault import Vault

STATE_LANGUAGE = {"KZ": "kk", "LT": "lt"}
OUTPUTS = ("pdf", "printer")
DOCUMENTS = ("incident", "request", "refusal", "summary", "statistics", "transmittal",
             "enrollment", "recovery", "received", "notice", "disclosures")


def default_language(party: str) -> str:
    """The Party's state language (Art. 14): Kazakh with Russian, or Lithuanian with Russian."""
    return STATE_LANGUAGE.get(party, "ru")


def check_language(lang: str | None, party: str) -> str:
    chosen = lang or default_language(party)
    document_languages(chosen)  # InputError report.unknown_language
    return chosen


def post_name(ref: ReferenceData, post_code: str, lang: str) -> str:
    """The crossing point a post code names (its own code, or a prefix of the codes of its
    road/rail points when they share one name), in the document's languages; else the code."""
    wording = Wording(lang, ref)
    codes = [code for code in ref.checkpoints
             if code == post_code or code.startswith(post_code + "-")]
    names = {wording.checkpoint(code) for code in codes}
    return names.pop() if len(names) == 1 else post_code


@dataclass(frozen=True)
class Report:
    """One rendered document and what its print entry in the audit log will say."""

    document: str  # one of DOCUMENTS
    pdf: bytes
    lang: str
    record_id: str | None = None  # the record, request (or refused request) it prints
    version: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)  # codes and counts, no names
    file_name: str = "report.pdf"  # a suggestion for "save as"

    def audit_detail(self, output: str) -> dict[str, Any]:
        return {"document": self.document, "lang": self.lang, "output": output, **self.detail}


def check_report_target(path: Path) -> Path:
    """A report may replace an earlier regular file of that name; nothing else odd."""
    missing = InputError("report.no_folder", "the folder for {name} does not exist",
                         name=path.name)
    check_folder(path.parent, InputError, missing)
    if path.is_dir():
        raise InputError("report.out_is_folder", "{name} is a folder, not a file name",
                         name=path.name)
    return check_new_file(path, InputError, missing, replace_regular=True)


def write_pdf_file(path: Path, data: bytes) -> Path:
    """Write `data` to `path` atomically (fileio), readable by its owner only.

    An error leaves no file behind (neither the temporary one nor a partial `path`)."""
    check_report_target(path)
    try:
        fileio.write_atomically(path, data, replace=True)  # private: a report names people
    except OSError as exc:
        raise InputError("report.write_failed", "cannot write {name}: {reason}",
                         name=path.name, reason=exc.strerror or "I/O error") from None
    return path


class ReportService:
    def __init__(self, vault: Vault, ref: ReferenceData, *,
                 now: datetime | None = None) -> None:
        self.vault = vault
        self.ref = ref
        self._now = now  # tests pin the clock; otherwise local time with its UTC offset

    # --- context -----------------------------------------------------------------------------
    def context(self, lang: str | None = None) -> ReportContext:
        chosen = check_language(lang, self.vault.party)
        printed_at = self._now or datetime.now().astimezone()
        officials = OfficialsService(self.vault)
        return ReportContext(party=self.vault.party, post_code=self.vault.post_code,
                             post_name=post_name(self.ref, self.vault.post_code, chosen),
                             officer=self.vault.officer, printed_at=printed_at, lang=chosen,
                             profiles=officials.profiles(),
                             installation=officials.names().values)

    # --- documents ---------------------------------------------------------------------------
    def incident(self, record_id: str, version: int | None = None,
                 lang: str | None = None) -> Report:
        ctx = self.context(lang)
        stored = record_repo.get_version(self.vault.conn, record_id, version)
        record = stored.to_json(qualifies(stored.data, self.vault.party))
        record["registration_number"] = journal.record_number(self.vault.conn, stored.id)
        pdf = render_incident(record, self.ref, ctx)
        return Report("incident", pdf, ctx.lang, stored.id, stored.version,
                      {"kind": stored.kind},
                      f"incident-{stored.id[:8]}-v{stored.version}-{ctx.lang}.pdf")

    def request(self, request_id: str, version: int | None = None,
                lang: str | None = None) -> Report:
        ctx = self.context(lang)
        stored = request_repo.get_request(self.vault.conn, request_id, version)
        linked: dict[str, dict[str, Any]] = {}
        for person in stored.data.get("persons") or []:
            linked_id = person.get("record_id")
            if linked_id and linked_id not in linked:
                with contextlib.suppress(NotFound):  # purged since: printed by id alone
                    linked[linked_id] = record_repo.get_version(self.vault.conn,
                                                                linked_id).to_json()
        letter = {**stored.to_json(), "registration_number": stored.registration_number}
        pdf = render_request(letter, self.ref, ctx, linked_records=linked)
        return Report("request", pdf, ctx.lang, stored.id, stored.version,
                      {"to": stored.data.get("to_authority")},
                      f"request-{stored.id[:8]}-v{stored.version}-{ctx.lang}.pdf")

    def vault_request(self, request_id: str, version: int | None = None) -> dict[str, Any]:
        """The stored request's fields (no audit entry: the print that follows is logged)."""
        return request_repo.get_request(self.vault.conn, request_id, version).data

    def vault_refusal(self, refusal_id: str) -> dict[str, Any]:
        return request_repo.get_refusal(self.vault.conn, refusal_id).data

    def refusal(self, refusal_id: str, lang: str | None = None) -> Report:
        ctx = self.context(lang)
        refusal = request_repo.get_refusal(self.vault.conn, refusal_id)
        request = request_repo.get_request(self.vault.conn, refusal.request_id,
                                           refusal.request_version)
        letter = {**refusal.data, "registration_number": refusal.registration_number}
        pdf = render_refusal(request.to_json(), letter, self.ref, ctx)
        return Report("refusal", pdf, ctx.lang, request.id, request.version,
                      {"refusal": refusal.id, "reason": refusal.data.get("reason_code")},
                      f"refusal-{refusal.id[:8]}-{ctx.lang}.pdf")

    def _in_force(self, start: date, end: date,
                  checkpoint: str | None) -> Iterator[dict[str, Any]]:
        """The versions a summary counts, each with its Agreement relevance derived from the
        version in force itself (a correction in progress does not change what is counted)."""
        for record in versions_in_force(self.vault.conn, start.isoformat(), end.isoformat(),
                                        checkpoint):
            record["qualifies"] = qualifies(record, self.vault.party)
            yield record

    def summary(self, start: date, end: date, checkpoint: str | None = None,
                lang: str | None = None) -> Report:
        ctx = self.context(lang)
        if end < start:
            raise InputError("report.bad_period", "the period ends before it starts")
        if checkpoint is not None and checkpoint not in self.ref.checkpoints:
            raise InputError("report.unknown_checkpoint",
                             "{code} is not a crossing point in the reference data",
                             code=checkpoint[:64])
        counted = summarize(self._in_force(start, end, checkpoint), start, end, checkpoint)
        pdf = render_period_summary(counted, self.ref, ctx)
        detail = {"from": start.isoformat(), "to": end.isoformat(), "checkpoint": checkpoint,
                  "records": counted.counted, "digest": counted.digest}
        return Report("summary", pdf, ctx.lang, None, None, detail,
                      f"summary-{start:%Y%m%d}-{end:%Y%m%d}-{ctx.lang}.pdf")

    def statistics(self, start: date, end: date, lang: str | None = None) -> Report:
        """Counts without names (Art. 3.1.2 reference information); its CSV twin is
        `statistics_csv`."""
        ctx = self.context(lang)
        stats = self._statistics(start, end)
        pdf = render_statistics(stats, self.ref, ctx)
        detail = {"from": start.isoformat(), "to": end.isoformat(), "records": stats.counted}
        return Report("statistics", pdf, ctx.lang, None, None, detail,
                      f"statistics-{start:%Y%m%d}-{end:%Y%m%d}-{ctx.lang}.pdf")

    def statistics_csv(self, start: date, end: date, lang: str | None = None) -> str:
        """The same counts as CSV (labels in the first language of `lang`)."""
        chosen = check_language(lang, self.vault.party)
        return statistics_csv(self._statistics(start, end), self.ref,
                              document_languages(chosen)[0])

    def _statistics(self, start: date, end: date) -> Any:
        if end < start:
            raise InputError("report.bad_period", "the period ends before it starts")
        return count_statistics(versions_in_force(self.vault.conn, start.isoformat(),
                                                  end.isoformat()),
                                start, end, self.vault.party)

    def save_csv(self, text: str, path: Path, *, start: date, end: date) -> Path:
        """Write the statistics CSV atomically and log it as a print of the statistics."""
        written = write_pdf_file(path, text.encode("utf-8"))
        try:
            with self.vault.transaction() as conn:
                audit.append(conn, self.vault.officer, "print", detail={
                    "document": "statistics", "output": "csv", "from": start.isoformat(),
                    "to": end.isoformat()})
        except BaseException:
            with contextlib.suppress(OSError):
                written.unlink()
            raise
        return written

    def summary_digest(self, start: date, end: date, checkpoint: str | None) -> tuple[int, str]:
        """How many records a summary of this period counts now, and their digest."""
        counted = summarize(self._in_force(start, end, checkpoint), start, end, checkpoint)
        return counted.counted, counted.digest

    def transmittal(self, packet: bytes, file_name: str, lang: str | None = None) -> Report:
        """The chain-of-custody sheet for a records packet (its bytes, as read from the stick).

        The packet is verified and opened here, so the sheet states what the file really holds
        and a damaged copy is refused before anyone signs for it (services/transmittal.py)."""
        ctx = self.context(lang)
        return self._transmittal(read_transmittal_bytes(packet, file_name,
                                                        self.transmittal_keyring,
                                                        self.transmittal_identities), ctx)

    def transmittal_file(self, path: Path, lang: str | None = None, *,
                         scanned: ScannedPacket | None = None,
                         progress: ByteProgress | None = None) -> Report:
        """`transmittal` of the packet file at `path`, read a chunk at a time and never held
        (`scanned`: its first reading, made already)."""
        ctx = self.context(lang)
        return self._transmittal(read_transmittal_file(
            path, self.transmittal_keyring, self.transmittal_identities, progress,
            scanned=scanned), ctx)

    def transmittal_keyring(self) -> KeyRing:
        """Whose signature a sheet's packet must carry: this post's own keys, or at HQ the
        enrolled posts'."""
        return hq_keyring(self.vault) if self.vault.mode == "hq" else own_keyring(self.vault)

    def transmittal_identities(self) -> list[PrivateKeys]:
        return identities(self.vault)

    def transmittal_sheet(self, sheet: PacketTransmittal, lang: str | None = None) -> Report:
        """The sheet of a packet file read already (services/transmittal.py)."""
        return self._transmittal(sheet, self.context(lang))

    def _transmittal(self, sheet: PacketTransmittal, ctx: ReportContext) -> Report:
        pdf = render_transmittal(sheet, self.ref, ctx)
        detail = {"post": sheet.post_code, "seq": sheet.sequence, "records": sheet.record_count,
                  "sha256": sheet.sha256}
        return Report("transmittal", pdf, ctx.lang, None, None, detail,
                      f"transmittal-{sheet.post_code}-{sheet.sequence:06d}-{ctx.lang}.pdf")

    def enrollment(self, lang: str | None = None) -> Report:
        ctx = self.context(lang)
        public = own_keys(self.vault).public
        pdf = render_enrollment(post_keys_from(public), self.ref, ctx)
        return Report("enrollment", pdf, ctx.lang, None, None,
                      {"fingerprint": public.fingerprint()},
                      f"enrollment-{public.code}-{ctx.lang}.pdf")

    def recovery(self, recovery_key: str, lang: str | None = None) -> Report:
        """The recovery sheet, only for the key that opens this vault's recovery slot."""
        ctx = self.context(lang)
        key = check_recovery_key(self.vault, recovery_key)
        pdf = render_recovery(key, self.ref, ctx, vault_id=self.vault.vault_id)
        return Report("recovery", pdf, ctx.lang, None, None, {},
                      f"recovery-{self.vault.post_code}-{ctx.lang}.pdf")

    # --- output and the audit log ------------------------------------------------------------
    def log_output(self, report: Report, output: str) -> None:
        """Append the `print` entry for one print (output "printer") or export ("pdf")."""
        if output not in OUTPUTS:
            raise ValueError(f"unknown output {output!r}")
        with self.vault.transaction() as conn:
            audit.append(conn, self.vault.officer, "print", record_id=report.record_id,
                         version=report.version, detail=report.audit_detail(output))

    def log_preview(self, report: Report) -> None:
        """A preview on screen shows personal data: it is a view like any other."""
        action = {"incident": "record.view", "request": "request.view",
                  "refusal": "request.view"}.get(report.document)
        if action is None:
            return
        with self.vault.transaction() as conn:
            audit.append(conn, self.vault.officer, action, record_id=report.record_id,
                         version=report.version, detail={"document": report.document})

    def save_pdf(self, report: Report, path: Path) -> Path:
        """Write the PDF atomically and log the export; if logging fails the file goes too."""
        written = write_pdf_file(path, report.pdf)
        try:
            self.log_output(report, "pdf")
        except BaseException:
            with contextlib.suppress(OSError):
                written.unlink()
            raise
        return written


def check_recovery_key(vault: Vault, recovery_key: str) -> str:
    """The key in its printed form, once it is proven to open the vault's recovery slot."""
    slots = keyslots.SlotFile.read(vault.directory)
    slot = slots.slots.get(keyslots.RECOVERY_LABEL)
    if slot is None:
        raise StateError("auth.no_recovery", "this vault has no recovery slot")
    raw = keyslots.parse_recovery_key(recovery_key)
    try:
        keyslots.unwrap(slot, keyslots.derive_recovery_key(raw, slots.vault_id),
                        slots.vault_id)
    except AuthError:
        raise AuthError("report.wrong_recovery_key",
                        "this recovery key does not open this vault: no sheet was printed"
                        ) from None
    return keyslots.format_recovery_key(raw)
