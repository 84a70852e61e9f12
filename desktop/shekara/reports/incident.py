"""The incident report: one version of one record, every field of its kind, on paper.

Data in, PDF bytes out: `render_incident(record, ref, ctx)`. The record is the interchange form
(shared/domain/records.md) plus the vault's read-only fields. The QR code carries
`SHK1:R:<id>:<version>:<content hash>` so the paper can be checked against the vault later.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from shekara.domain.codes import KIND_ARTICLE
from shekara.domain.records import content_hash
from shekara.domain.reference import ReferenceData
from shekara.domain.translations import translated
from shekara.reports import catalog
from shekara.reports.bilingual import Wording, join_unique
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
    qr_block,
    signature_lines,
    signer_names,
    stacked,
    title_block,
)
from shekara.reports.qr import VersionRef

Row = tuple[Sequence[str], Cell]


def render_incident(record: Mapping[str, Any], ref: ReferenceData, ctx: ReportContext) -> bytes:
    """The incident report for this record version, in ctx.lang's languages."""
    wording = Wording(ctx.lang, ref)
    styles = make_styles()
    report = _IncidentReport(record, wording, styles, ctx)
    handling = record.get("handling") or {}
    confidential = bool(handling.get("confidential", True))
    return build_pdf(report.story(), ctx, wording, title_key="incident.title",
                     confidential=confidential, letter=True)


def record_qr_text(record: Mapping[str, Any]) -> str:
    """What the report's QR code says for this record version."""
    return VersionRef("record", str(record["id"]), int(record["version"]),
                      content_hash(record)).text()


class _IncidentReport:
    """Builds the story (the flowables) of one incident report."""

    def __init__(self, record: Mapping[str, Any], wording: Wording, styles: Styles,
                 ctx: ReportContext) -> None:
        self.r = record
        self.w = wording
        self.s = styles
        self.ctx = ctx

    def story(self) -> list[Flowable]:
        r, w = self.r, self.w
        kind = str(r.get("kind", ""))
        article = w.tj("agreement_article", article=KIND_ARTICLE.get(kind, "?"))
        flow: list[Flowable] = title_block(self.s, w.t("incident.title"),
                                           f"{w.code('kind', kind)} ({article})")
        handling = r.get("handling") or {}
        flow += markings_banner(self.s, w, confidential=bool(handling.get("confidential", True)),
                                consent_required=handling.get("third_party")
                                != "allowed", personal_data=bool(r.get("persons")),
                                legal_hold=bool(handling.get("legal_hold")),
                                party=self.ctx.party)
        flow += self._section("sec.record", self._record_rows())
        flow += self._section("sec.circumstances", self._circumstance_rows(kind))
        flow += self._kind_sections(kind)
        flow += self._narrative("sec.narrative", r.get("narrative"), "narrative")
        flow += self._persons()
        flow += self._section("sec.handling", self._handling_rows(handling))
        flow += self._links_and_attachments()
        flow += self._section("sec.lifecycle", self._lifecycle_rows())
        flow += heading(self.s, w.t("sec.signatures"))
        flow += signature_lines(self.s, w, [w.t("sig.compiled_by"), w.t("sig.approved_by")],
                                names=signer_names(self.ctx, w, r.get("created_by"),
                                                   r.get("approved_by")))
        flow = ending_with_qr(flow, qr_block(self.s, w, record_qr_text(r)))
        return flow

    # --- sections ---------------------------------------------------------------------------
    def _section(self, key: str, rows: list[Row]) -> list[Flowable]:
        if not rows:
            return []
        return [*heading(self.s, self.w.t(key)), field_table(self.s, rows)]

    # --- Art. 14: free text and its Russian translation --------------------------------------
    def _russian(self, path: str) -> str:
        return translated(self.r, path)

    def _free(self, path: str, text: Any) -> Cell:
        """A free-text value as the document's languages need it: in a state-language document
        the text with its Russian translation under it; in Russian, the translation when there
        is one; otherwise the text as recorded."""
        original = str(text or "")
        russian = self._russian(path)
        if not original or not russian:
            return original
        if self.w.langs[-1] == "ru" and len(self.w.langs) > 1:
            return stacked([original, russian], self.s.cell, self.s.translation)
        return russian if self.w.primary == "ru" else original

    def _narrative(self, key: str, text: Any, path: str | None = None) -> list[Flowable]:
        russian = self._russian(path) if path and text else ""
        flow = heading(self.s, self.w.t(key))
        bilingual = len(self.w.langs) > 1
        if not russian or (not bilingual and self.w.primary != "ru"):
            if self.w.primary != "en":  # English is internal: no Art. 14 statement
                flow.append(free_text_note(self.s, self.w))
            return [*flow, Spacer(1, 1.5 * mm), *prose(self.s, text or "—")]
        if not bilingual:  # a Russian document prints the Russian text
            return [*flow, Spacer(1, 1.5 * mm), *prose(self.s, russian)]
        return [*flow, Spacer(1, 1.5 * mm), *prose(self.s, text),
                Spacer(1, 2 * mm),
                Paragraph(f"<b>{esc(catalog.text('translation_heading', 'ru'))}</b>",
                          self.s.body),
                Spacer(1, 1 * mm), *prose(self.s, russian)]

    def _record_rows(self) -> list[Row]:
        r, w = self.r, self.w
        return [
            (w.t("f.registration_number"), str(r.get("registration_number") or "—")),
            (w.t("f.id"), str(r.get("id", ""))),
            (w.t("f.kind"), w.code("kind", r.get("kind"))),
            (w.t("f.version"), str(r.get("version", ""))),
            (w.t("f.status"), w.code("status", r.get("status"))),
            (w.t("f.qualifies"), w.tj("yes" if r.get("qualifies") else "no")),
        ]

    def _circumstance_rows(self, kind: str) -> list[Row]:
        r, w = self.r, self.w
        place = r.get("place") or {}
        rows: list[Row] = [(w.t("f.occurred_at"), w.moment(r.get("occurred_at")))]
        if place.get("checkpoint"):
            rows.append((w.t("f.checkpoint"), w.checkpoint(place["checkpoint"])))
        rows.append((w.t("f.place"), self._free("place.description", place.get("description"))))
        if place.get("lat") is not None and place.get("lon") is not None:
            rows.append((w.t("f.coordinates"), f"{place['lat']}, {place['lon']}"))
        layout = _KIND_LAYOUT.get(kind)
        if layout is not None:
            rows += layout.rows(self)
            if layout.outcome:
                rows.append((w.t("f.outcome"), w.code("outcome", r.get("outcome"))))
                rows.append((w.t("f.case_number"), str(r.get("case_number") or "")))
        return rows

    # --- what each kind adds (one entry per kind in _KIND_LAYOUT) -----------------------------
    def _border_rows(self) -> list[Row]:
        return [self._code_row("f.direction", "direction", "direction"),
                self._code_row("f.section", "section", "section"),
                self._code_row("f.method", "method", "method"),
                self._code_row("f.detected_by", "detected_by", "detected_by")]

    def _contraband_rows(self) -> list[Row]:
        w = self.w
        return [(w.t("f.concealment"), self._concealment()),
                self._code_row("f.detection", "detection", "detection"),
                (w.t("f.conveyance"), self._conveyance())]

    def _forgery_rows(self) -> list[Row]:
        return [self._code_row("f.act", "act", "act"),
                self._code_row("f.forgery", "forgery", "forgery"),
                self._code_row("f.document_detected_by", "detected_by", "document_detected_by")]

    def _intel_rows(self) -> list[Row]:
        w = self.w
        return [(w.t("f.topics"), w.codes("topic", self.r.get("topics") or [])),
                (w.t("f.concealment"), self._concealment()),
                self._code_row("f.detection", "detection", "detection"),
                (w.t("f.evaluation"), self._evaluation())]

    def _no_sections(self) -> list[Flowable]:
        return []

    def _contraband_sections(self) -> list[Flowable]:
        return self._items() + self._route()

    def _forgery_sections(self) -> list[Flowable]:
        return self._section("sec.document", self._document_rows(self.r.get("document")))

    def _intel_sections(self) -> list[Flowable]:
        return (self._substances() + self._route()
                + self._narrative("f.channel", self.r.get("channel"), "channel")
                + self._narrative("f.equipment", self.r.get("equipment"), "equipment"))

    def _code_row(self, key: str, field: str, code_list: str) -> Row:
        return self.w.t(key), self.w.code(code_list, self.r.get(field))

    def _concealment(self) -> str:
        value = self.r.get("concealment") or {}
        label = self.w.code("concealment_method", value.get("method"))
        description = str(value.get("description") or "")
        russian = self._russian("concealment.description") if len(self.w.langs) > 1 else ""
        return "\n".join(part for part in (label, description, russian) if part)

    def _conveyance(self) -> str:
        value = self.r.get("conveyance") or {}
        parts = [self.w.code("conveyance_mode", value.get("mode")),
                 str(value.get("identifier") or ""), self.w.country(value.get("country"))]
        return "\n".join(part for part in parts if part)

    def _evaluation(self) -> str:
        value = self.r.get("evaluation") or {}
        source = self.w.code("evaluation_source", value.get("source"))
        info = self.w.code("evaluation_information", value.get("information"))
        if not source and not info:
            return ""
        return f"{value.get('source') or '—'}{value.get('information') or '—'}: {source}; {info}"

    def _kind_sections(self, kind: str) -> list[Flowable]:
        layout = _KIND_LAYOUT.get(kind)
        return layout.sections(self) if layout is not None else []

    def _document_rows(self, doc: Any) -> list[Row]:
        w = self.w
        doc = doc or {}
        return [
            (w.t("col.media_type"), w.code("document_type", doc.get("type"))),
            (w.t("number_sign"), str(doc.get("number") or "")),
            (w.t("col.country"), w.country(doc.get("issuing_state"))),
            (w.t("col.date"), self._document_dates(doc)),
        ]

    def _document_dates(self, doc: Mapping[str, Any]) -> str:
        parts = []
        if doc.get("issued_on"):
            parts.append(self.w.tj("f.issued_on", date=self.w.date_text(doc["issued_on"])))
        if doc.get("expires_on"):
            parts.append(self.w.tj("f.expires_on", date=self.w.date_text(doc["expires_on"])))
        return "\n".join(parts)

    def _quantity(self, value: Mapping[str, Any]) -> str:
        if value.get("quantity") is None:
            return ""
        return self.w.quantity(value["quantity"], value.get("unit"))

    def _items(self) -> list[Flowable]:
        w = self.w
        items = self.r.get("items") or []
        rows: list[list[Cell]] = [
            [str(n), w.code("item_category", it.get("category")), w.substance(it.get("substance")),
             self._free(f"items[{n - 1}].description", it.get("description")), self._quantity(it),
             str(it.get("serial_number") or ""), str(it.get("markings") or "")]
            for n, it in enumerate(items, start=1)]
        header = [w.t(k) for k in ("col.no", "col.category", "col.substance", "col.description",
                                   "col.quantity", "col.serial_number", "col.markings")]
        return self._table("sec.items", header, rows, [7, 22, 26, 28, 18, 16, 22])

    def _substances(self) -> list[Flowable]:
        w = self.w
        subs = self.r.get("substances") or []
        rows: list[list[Cell]] = [
            [str(n), w.substance(s.get("substance")), w.code("substance_form", s.get("form")),
             self._quantity(s), w.number(s.get("purity_percent")), str(s.get("markings") or ""),
             self._free(f"substances[{n - 1}].properties", s.get("properties"))]
            for n, s in enumerate(subs, start=1)]
        header = [w.t(k) for k in ("col.no", "col.substance", "col.form", "col.quantity",
                                   "col.purity", "col.markings", "col.properties")]
        return self._table("sec.substances", header, rows, [7, 26, 16, 18, 15, 22, 35])

    def _route(self) -> list[Flowable]:
        w = self.w
        legs = self.r.get("route") or []
        rows: list[list[Cell]] = [
            [str(n), w.country(leg.get("country")), str(leg.get("place") or ""),
             w.code("conveyance_mode", leg.get("mode")), w.date_text(leg.get("date"))]
            for n, leg in enumerate(legs, start=1)]
        header = [w.t(k) for k in ("col.no", "col.country", "col.place", "col.mode", "col.date")]
        return self._table("sec.route", header, rows, [7, 40, 50, 30, 22])

    def _table(self, key: str, header: list[list[str]], rows: list[list[Cell]],
               widths: list[float]) -> list[Flowable]:
        flow = heading(self.s, self.w.t(key))
        if not rows:
            return [*flow, Paragraph(esc(self.w.tj("none")), self.s.body)]
        return [*flow, *data_table(self.s, header, rows, widths)]

    # --- persons ----------------------------------------------------------------------------
    def _persons(self) -> list[Flowable]:
        w = self.w
        persons = self.r.get("persons") or []
        rows = [self._person_row(n, p) for n, p in enumerate(persons, start=1)]
        header = [w.t(k) for k in ("col.no", "col.role", "col.name", "col.birth", "col.sex",
                                   "col.citizenship", "col.documents")]
        return self._table("sec.persons", header, rows, [7, 19, 30, 17, 14, 21, 38])

    def _person_row(self, number: int, person: Mapping[str, Any]) -> list[Cell]:
        w, s = self.w, self.s
        name = " ".join(str(person.get(k) or "").strip()
                        for k in ("surname", "given_names", "patronymic")).strip()
        name_markup = f"<b>{esc(name)}</b>" if name else ""
        if person.get("latin_name"):
            name_markup += (f"<br/>{esc(join_unique(w.t('f.latin_name')))}: "
                            f"{esc(person['latin_name'])}")
        if person.get("mrz"):
            name_markup += (f'<br/><font size="6.5">{esc(join_unique(w.t("f.mrz")))}:<br/>'
                            f"{esc(person['mrz'])}</font>")
        birth = "\n".join(part for part in (w.date_text(person.get("birth_date")),
                                            str(person.get("birth_place") or "")) if part)
        docs = "\n\n".join(self._document_line(d) for d in person.get("documents") or [])
        return [str(number), w.code("role", person.get("role")),
                Paragraph(name_markup or "—", s.cell), birth, w.code("sex", person.get("sex")),
                w.countries(person.get("citizenship") or []), docs]

    def _document_line(self, doc: Mapping[str, Any]) -> str:
        w = self.w
        head = (f"{w.code('document_type', doc.get('type'))} "
                f"{w.t('number_sign')[0]} {doc.get('number') or '—'}")
        parts = [head, w.country(doc.get("issuing_state")), self._document_dates(doc)]
        return "\n".join(part for part in parts if part)

    # --- handling, links, lifecycle ---------------------------------------------------------
    def _handling_rows(self, handling: Mapping[str, Any]) -> list[Row]:
        w = self.w
        yes_no = {True: w.tj("yes"), False: w.tj("no")}
        rows: list[Row] = [
            (w.t("f.confidential"), yes_no[bool(handling.get("confidential", True))]),
            (w.t("f.third_party"),
             w.code("third_party", handling.get("third_party") or "consent_required")),
            (w.t("f.legal_hold"), yes_no[bool(handling.get("legal_hold"))]),
        ]
        if handling.get("note"):
            rows.append((w.t("f.note"), self._free("handling.note", handling["note"])))
        return rows

    def _links_and_attachments(self) -> list[Flowable]:
        w = self.w
        flow: list[Flowable] = []
        links = self.r.get("links") or []
        if links:
            flow += heading(self.s, w.t("sec.links"))
            flow.append(Paragraph("<br/>".join(esc(link) for link in links), self.s.cell))
        attachments = self.r.get("attachments") or []
        if attachments:
            rows: list[list[Cell]] = [
                [str(a.get("name") or ""), str(a.get("media_type") or ""),
                 w.number(a.get("size")), Paragraph(esc(a.get("sha256") or ""), self.s.small)]
                for a in attachments]
            header = [w.t(k) for k in ("col.file", "col.media_type", "col.size")]
            header.append(["SHA-256"])
            flow += self._table("sec.attachments", header, rows, [40, 22, 18, 60])
        return flow

    def _lifecycle_rows(self) -> list[Row]:
        r, w = self.r, self.w
        # Names as printed (the officers' profiles), never logins; without a printed name the
        # row says so, or "Created by: 2026-12-06 07:06" would read the time as the person.
        author, approver = (name or w.tj("f.no_printed_name") for name in signer_names(
            self.ctx, w, r.get("created_by"), r.get("approved_by")))
        created = ", ".join(p for p in (author, w.iso_timestamp(r.get("created_at"))) if p)
        if r.get("approved_by"):
            approved = ", ".join(p for p in (approver, w.iso_timestamp(r.get("approved_at")))
                                 if p)
        else:
            approved = w.tj("f.not_approved")
        return [
            (w.t("f.version"), str(r.get("version", ""))),
            (w.t("f.status"), w.code("status", r.get("status"))),
            (w.t("f.created"), created),
            (w.t("f.approved"), approved),
            (w.t("f.retain_until"), w.date_text(r.get("retain_until"))),
            (w.t("f.review_on"), w.date_text(r.get("review_on"))),
            (w.t("f.content_hash"), Paragraph(esc(content_hash(r)), self.s.small)),
        ]


@dataclass(frozen=True)
class _KindLayout:
    """What a record kind adds to the incident report: its circumstance rows, its own sections
    after them, and whether it has an outcome and case number (Art. 6 facts do)."""

    rows: Callable[[_IncidentReport], list[Row]]
    sections: Callable[[_IncidentReport], list[Flowable]]
    outcome: bool = True


# A new record kind adds one line here (docs/architecture.md).
_KIND_LAYOUT: dict[str, _KindLayout] = {
    "border_violation": _KindLayout(_IncidentReport._border_rows, _IncidentReport._no_sections),
    "contraband_detention": _KindLayout(_IncidentReport._contraband_rows,
                                        _IncidentReport._contraband_sections),
    "forged_document": _KindLayout(_IncidentReport._forgery_rows,
                                   _IncidentReport._forgery_sections),
    "drug_intel": _KindLayout(_IncidentReport._intel_rows, _IncidentReport._intel_sections,
                              outcome=False),
}
