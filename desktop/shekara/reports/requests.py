"""The Art. 8 request and the Art. 9 refusal notice, as signed and sealed letters.

`render_request(request, ref, ctx, linked_records=...)`: the request in its validated form
(`shekara.domain.request.validate_request`) plus the vault's `id` and `version`. Persons that
link a record are printed with the names, birth dates and citizenships of that record's persons
when the caller passes the records (`linked_records`: id → record); otherwise by record id.

`render_refusal(request, refusal, ref, ctx)`: the written notice with reasons that Art. 9
requires, from the requested authority back to the requesting one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from shekara.domain.reference import ReferenceData
from shekara.domain.request import refusal_content_hash, request_content_hash
from shekara.reports import catalog
from shekara.reports.bilingual import Wording
from shekara.reports.context import ReportContext
from shekara.reports.layout import (
    Cell,
    Styles,
    build_pdf,
    data_table,
    ending_with_qr,
    esc,
    field_table,
    free_text_note,
    heading,
    make_styles,
    markings_banner,
    prose,
    prose_section,
    qr_block,
    signature_lines,
    title_block,
)
from shekara.reports.qr import VersionRef


def request_qr_text(request: Mapping[str, Any]) -> str:
    return VersionRef("request", str(request["id"]), int(request["version"]),
                      request_content_hash(request)).text()


def refusal_qr_text(request: Mapping[str, Any], refusal: Mapping[str, Any]) -> str:
    return VersionRef("refusal", str(request["id"]), int(request["version"]),
                      refusal_content_hash(request, refusal)).text()


def render_request(request: Mapping[str, Any], ref: ReferenceData, ctx: ReportContext, *,
                   linked_records: Mapping[str, Mapping[str, Any]] | None = None) -> bytes:
    w = Wording(ctx.lang, ref)
    s = make_styles()
    article = w.tj("agreement_article", article="8")
    flow: list[Flowable] = []
    if request.get("urgent"):
        flow.append(Paragraph(f"<b>{esc(w.tj('request.urgent'))}</b>", s.heading))
    flow += title_block(s, w.t("request.title"), article)
    flow += markings_banner(s, w, confidential=False, consent_required=False,
                            personal_data=bool(request.get("persons")))
    flow.append(field_table(s, [
        *_number_row(w, request),
        (w.t("request.to"), w.authority(request.get("to_authority"))),
        (w.t("request.from"), w.authority(request.get("from_authority"))),
        (w.t("request.reference"), str(request.get("reference") or "")),
        (w.t("request.dated"), _long_date(w, request.get("dated_on"))),
    ]))
    flow += [Spacer(1, 2 * mm), Paragraph(esc(w.tj("request.basis")), s.body),
             free_text_note(s, w)]
    flow += _translated_section(s, w, "request.subject", request, "subject")
    flow += _persons(s, w, request.get("persons") or [], linked_records or {})
    flow += _translated_section(s, w, "request.facts", request, "facts")
    if request.get("objects_and_documents"):
        flow += _translated_section(s, w, "request.objects", request, "objects_and_documents")
    flow += _translated_section(s, w, "request.reasons", request, "reasons")
    flow += _translated_section(s, w, "request.procedure", request, "procedure")
    flow += heading(s, w.t("request.deadline"))
    flow.append(Paragraph(esc(_long_date(w, request.get("deadline")) or w.tj("not_given")),
                          s.body))
    flow += _attachments(s, w, request.get("attachments_list") or [])
    flow += heading(s, w.t("sec.signatures"))
    flow += signature_lines(s, w, [w.t("request.signed_by")], seal=True,
                            names=[_signer(request.get("signed_by"))])
    if not request.get("registration_number"):  # a draft printed in-house: its QR code
        flow = ending_with_qr(flow, qr_block(s, w, request_qr_text(request)))
    return build_pdf(flow, ctx, w, title_key="request.title", letter=True)


def _translated_section(s: Styles, w: Wording, key: str, value: Mapping[str, Any], name: str,
                        *, note: bool = False) -> list[Flowable]:
    """A prose field with its Russian translation (Art. 14) under it in a kk/lt document, the
    translation alone in a Russian one; `note` says when a translation is missing."""
    text = value.get(name) or ""
    russian = str(((value.get("translations") or {}).get("ru") or {}).get(name) or "")
    if russian and w.langs == ("ru",):
        return prose_section(s, w.t(key), russian)
    if russian and len(w.langs) > 1:
        return [*prose_section(s, w.t(key), text), Spacer(1, 1.5 * mm),
                Paragraph(f"<b>{esc(catalog.text('translation_heading', 'ru'))}</b>", s.body),
                Spacer(1, 1 * mm), *prose(s, russian)]
    if note and w.primary != "en":
        return [*heading(s, w.t(key)), free_text_note(s, w), Spacer(1, 1.5 * mm),
                *prose(s, text or "—")]
    return prose_section(s, w.t(key), text)


def _number_row(w: Wording, letter: Mapping[str, Any]) -> list[tuple[list[str], str]]:
    """A letter issued to the other Party carries its registration number, not our QR code
    and `report verify` hint (those are for documents that stay in-house)."""
    number = letter.get("registration_number")
    return [(w.t("f.registration_number"), str(number))] if number else []


def render_refusal(request: Mapping[str, Any], refusal: Mapping[str, Any],
                   ref: ReferenceData, ctx: ReportContext) -> bytes:
    w = Wording(ctx.lang, ref)
    s = make_styles()
    flow: list[Flowable] = title_block(s, w.t("refusal.title"),
                                       w.tj("agreement_article", article="9"))
    number = str(request.get("reference") or request.get("id") or "")
    dated = _long_date(w, request.get("dated_on"))
    flow.append(field_table(s, [
        *_number_row(w, refusal),
        # The notice goes back: from the authority asked to the one that asked.
        (w.t("request.to"), w.authority(request.get("from_authority"))),
        (w.t("request.from"), w.authority(request.get("to_authority"))),
        (w.t("refusal.request"), f"{w.t('number_sign')[0]} {number}, {dated}"),
        (w.t("refusal.decided_on"), _long_date(w, refusal.get("decided_on"))),
    ]))
    flow += [Spacer(1, 3 * mm), Paragraph(esc(w.tj("refusal.basis")), s.body),
             Spacer(1, 2 * mm)]
    reason = str(refusal.get("reason_code") or "")
    flow.append(field_table(s, [
        (w.t("refusal.scope"), w.tj(f"refusal.scope.{refusal.get('scope') or 'whole'}")),
        (w.t("refusal.ground"), w.tj(f"refusal.reason.{reason}")),
    ]))
    flow += _translated_section(s, w, "refusal.explanation", refusal, "explanation",
                                note=True)
    flow += heading(s, w.t("sec.signatures"))
    flow += signature_lines(s, w, [w.t("refusal.signed_by")], seal=True,
                            names=[_signer(refusal.get("signed_by"))])
    if not refusal.get("registration_number"):
        flow = ending_with_qr(flow, qr_block(s, w, refusal_qr_text(request, refusal)))
    return build_pdf(flow, ctx, w, title_key="refusal.title", letter=True)


def _long_date(w: Wording, value: Any) -> str:
    if not value:
        return ""
    try:
        return w.long_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _signer(signed_by: Any) -> str:
    if not isinstance(signed_by, Mapping):
        return ""
    return ", ".join(str(signed_by.get(k) or "") for k in ("position", "name")
                     if signed_by.get(k))


def _persons(s: Styles, w: Wording, persons: list[Mapping[str, Any]],
             linked: Mapping[str, Mapping[str, Any]]) -> list[Flowable]:
    flow = heading(s, w.t("request.persons"))
    if not persons:
        return [*flow, Paragraph(esc(w.tj("none")), s.body)]
    rows: list[list[Cell]] = []
    for number, person in enumerate(persons, start=1):
        parts: list[str] = []
        record_id = person.get("record_id")
        if record_id:
            parts.append(f"<b>{esc(w.tj('request.linked_record'))} {esc(record_id)}</b>")
            record = linked.get(str(record_id))
            for who in (record or {}).get("persons") or []:
                parts.append(esc(_person_line(w, who)))
        if person.get("description"):
            parts.append(esc(person["description"]))
        rows.append([str(number), Paragraph("<br/>".join(parts) or "—", s.cell)])
    header = [w.t("col.no"), w.t("sec.persons")]
    return [*flow, *data_table(s, header, rows, [8, 166])]


def _person_line(w: Wording, person: Mapping[str, Any]) -> str:
    name = " ".join(str(person.get(k) or "").strip()
                    for k in ("surname", "given_names", "patronymic")).strip()
    if person.get("latin_name"):
        name = f"{name} ({person['latin_name']})" if name else str(person["latin_name"])
    parts = [name, w.date_text(person.get("birth_date")),
             w.countries(person.get("citizenship") or [])]
    return ", ".join(part for part in parts if part)


def _attachments(s: Styles, w: Wording, attachments: list[Mapping[str, Any]]) -> list[Flowable]:
    flow = heading(s, w.t("request.attachments"))
    if not attachments:
        return [*flow, Paragraph(esc(w.tj("none")), s.body)]
    rows: list[list[Cell]] = [
        [str(n), str(a.get("title") or ""), w.tj("request.pages", n=a.get("pages") or "?")]
        for n, a in enumerate(attachments, start=1)]
    return [*flow, *data_table(s, [w.t("col.no"), w.t("col.title"), w.t("col.pages")], rows,
                              [8, 136, 30])]
