"""A fact received from the other Party's central authority, on paper (issue 9 §5).

The same sections as an incident report (reports/incident.py), under the *partner's* handling
restrictions: its Party's stamp when it marked the fact confidential, the Art. 10.2 consent
statement unless it allowed transfer, the Art. 10.3 statement on personal data, and what this
HQ must not do with it (it is never sent on). A section says where it came from: the partner,
the covering letter's and the fact's own registration numbers, the article, how many persons
the partner withheld, its corrections, and the consents recorded. No signature lines and no QR
code: the document is the partner's information, not this HQ's own record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.platypus import Flowable

from shekara.domain.codes import KIND_ARTICLE
from shekara.domain.reference import ReferenceData
from shekara.reports import catalog
from shekara.reports.bilingual import Wording
from shekara.reports.context import ReportContext
from shekara.reports.incident import Row, _IncidentReport
from shekara.reports.layout import (
    build_pdf,
    heading,
    make_styles,
    markings_banner,
    prose,
    title_block,
)

WORDING: dict[str, catalog.Entry] = {
    "received.title": {"kk": "Екінші Тараптан алынған ақпарат",
                       "lt": "Iš kitos Šalies gauta informacija",
                       "ru": "Информация, полученная от другой Стороны",
                       "en": "Information received from the other Party"},
    "f.partner_marking": {"kk": "Ұсынушының белгісі", "lt": "Teikėjo žyma",
                          "ru": "Гриф предоставившей стороны", "en": "Provider's marking"},
    "received.not_sent_on": {
        "kk": "Келісім бойынша алынған ақпарат басқа ешкімге жіберілмейді.",
        "lt": "Pagal Susitarimą gauta informacija toliau neperduodama.",
        "ru": "Информация, полученная по Соглашению, дальше не передаётся.",
        "en": "Information received under the Agreement is never sent on."},
    "sec.received_from": {"kk": "Кімнен және қалай алынды", "lt": "Iš ko ir kaip gauta",
                          "ru": "От кого и как получено", "en": "Where it came from"},
    "f.partner": {"kk": "Ұсынған орган", "lt": "Pateikusi institucija",
                  "ru": "Предоставивший орган", "en": "Provided by"},
    "f.letter_number": {"kk": "Ілеспе хаттың тіркеу нөмірі",
                        "lt": "Lydraščio registracijos numeris",
                        "ru": "Регистрационный номер сопроводительного письма",
                        "en": "Covering letter's registration number"},
    "f.their_number": {"kk": "Ұсынушының тіркеу нөмірі", "lt": "Teikėjo registracijos numeris",
                       "ru": "Регистрационный номер у предоставившей стороны",
                       "en": "Provider's registration number"},
    "f.article": {"kk": "Келісімнің бабы", "lt": "Susitarimo straipsnis",
                  "ru": "Статья Соглашения", "en": "Article of the Agreement"},
    "f.withheld_persons": {"kk": "Берілмеген адамдар саны", "lt": "Nepateiktų asmenų skaičius",
                           "ru": "Не переданных лиц", "en": "Persons withheld"},
    "f.received_status": {"kk": "Күйі", "lt": "Būsena", "ru": "Состояние", "en": "State"},
    "f.consents": {"kk": "Үшінші тарапқа беруге келісімдер (10.2-бап)",
                   "lt": "Sutikimai perduoti trečiajai šaliai (10 str. 2 d.)",
                   "ru": "Согласия на передачу третьей стороне (п. 2 ст. 10)",
                   "en": "Consents to pass to a third party (Art. 10.2)"},
    "received.current": {"kk": "ағымдағы", "lt": "galiojanti", "ru": "действующая",
                         "en": "current"},
    "received.superseded": {"kk": "жаңа нұсқамен ауыстырылған", "lt": "pakeista naujesne",
                            "ru": "заменена новой версией", "en": "superseded"},
    "received.withdrawn": {"kk": "ұсынушы кері қайтарып алды", "lt": "teikėjas atšaukė",
                           "ru": "отозвана предоставившей стороной",
                           "en": "withdrawn by the provider"},
    "received.destroyed": {"kk": "жойылды", "lt": "sunaikinta", "ru": "уничтожена",
                           "en": "destroyed"},
}
# One catalog for every document: this one's wording joins it here, so the catalog module keeps
# the wording of the documents that existed before the exchange (and merges stay small).
catalog.CATALOG.update(WORDING)
PARTY_LANGUAGE = {"KZ": "kk", "LT": "lt"}  # Art. 14: each Party's state language


def render_received(fact: Mapping[str, Any], ref: ReferenceData, ctx: ReportContext, *,
                    partner_party: str, consents: Sequence[Mapping[str, Any]]) -> bytes:
    """The received fact (`services.received.fact_json`) in ctx.lang's languages."""
    wording = Wording(ctx.lang, ref)
    report = _ReceivedReport(fact, wording, make_styles(), ctx, partner_party, consents)
    handling = fact.get("handling") or {}
    return build_pdf(report.story(), ctx, wording, title_key="received.title",
                     confidential=bool(handling.get("confidential", True)), letter=True)


class _ReceivedReport(_IncidentReport):
    def __init__(self, fact: Mapping[str, Any], wording: Wording, styles: Any,
                 ctx: ReportContext, partner_party: str,
                 consents: Sequence[Mapping[str, Any]]) -> None:
        super().__init__(fact, wording, styles, ctx)
        self.partner_party = partner_party
        self.consents = consents

    def story(self) -> list[Flowable]:
        r, w = self.r, self.w
        kind = str(r.get("kind", ""))
        article = w.tj("agreement_article", article=KIND_ARTICLE.get(kind, "?"))
        flow: list[Flowable] = title_block(self.s, w.t("received.title"),
                                           f"{w.code('kind', kind)} ({article})")
        handling = r.get("handling") or {}
        flow += markings_banner(self.s, w, confidential=bool(handling.get("confidential", True)),
                                consent_required=handling.get("third_party") != "allowed",
                                personal_data=bool(r.get("persons")),
                                party=self.partner_party)
        flow += prose(self.s, w.tj("received.not_sent_on"))
        flow += self._section("sec.received_from", self._received_rows())
        flow += self._section("sec.circumstances", self._circumstance_rows(kind))
        flow += self._kind_sections(kind)
        flow += self._narrative("sec.narrative", r.get("narrative"), "narrative")
        flow += self._persons()
        flow += self._section("sec.handling", self._handling_rows(handling))
        if self.consents:
            flow += heading(self.s, w.t("f.consents"))
            flow += prose(self.s, "\n".join(
                f"{c['registration_number']}: {c['third_party']}" for c in self.consents))
        return flow

    def _received_rows(self) -> list[Row]:
        r, w = self.r, self.w
        got = r.get("received") or {}
        return [
            (w.t("f.partner"), str(got.get("partner", ""))),
            (w.t("f.letter_number"), str(got.get("letter") or "—")),
            (w.t("f.their_number"), str(got.get("registration_number") or "—")),
            (w.t("f.article"), w.tj("agreement_article", article=got.get("article", "?"))),
            (w.t("f.id"), f"{r.get('id', '')} v{r.get('version', '')}"),
            (w.t("f.received_status"), w.tj(f"received.{r.get('status', 'current')}")),
            (w.t("f.withheld_persons"), str(got.get("withheld_persons", 0))),
            *self._marking_rows(),
        ]

    def _marking_rows(self) -> list[Row]:
        """The partner's own stamp, in its state language, as it marked the fact."""
        if not bool((self.r.get("handling") or {}).get("confidential", True)):
            return []
        lang = PARTY_LANGUAGE.get(self.partner_party, "ru")
        stamp = self.w.ref.marking(self.partner_party, lang) or \
            catalog.text("marking.confidential", lang)
        return [(self.w.t("f.partner_marking"), stamp)]
