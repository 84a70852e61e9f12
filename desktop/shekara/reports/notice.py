"""The covering letter of an exchange packet, and the disclosure register, on paper (issue 9
§3–4).

`render_notice(letter, ref, ctx)`: the notice one HQ sends the other Party's central authority
with a letter — its registration number and date, what it covers fact by fact (article, kind,
when, the record's own number, how many persons were sent and withheld), the corrections, the
requests, answers and refusals it carries, the Art. 10 conditions, and the signing official.
A letter to the other Party: the registration number stands where in-house documents print a
QR code. In the state language with the Russian translation (Art. 14).

`render_disclosures(rows, ref, ctx, start, end)`: the Art. 10 register of what this HQ disclosed
in a period — an in-house document for whoever answers for the disclosures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from shekara.domain.reference import ReferenceData
from shekara.reports import catalog
from shekara.reports.bilingual import Wording
from shekara.reports.context import ReportContext
from shekara.reports.layout import (
    build_pdf,
    data_table,
    esc,
    field_table,
    heading,
    make_styles,
    markings_banner,
    prose,
    signature_lines,
    title_block,
)

WORDING: dict[str, catalog.Entry] = {
    "notice.title": {
        "kk": "Ақпарат беру туралы ілеспе хат",
        "lt": "Lydraštis dėl informacijos teikimo",
        "ru": "Сопроводительное письмо о передаче информации",
        "en": "Covering letter: information provided"},
    "notice.basis": {
        "kk": "Келісімнің 4 және 6-баптарына сәйкес Сізге төменде көрсетілген ақпаратты "
              "жібереміз. Ақпарат Келісімнің 10-бабында көзделген шарттармен беріледі.",
        "lt": "Vadovaudamiesi Susitarimo 4 ir 6 straipsniais, siunčiame Jums toliau nurodytą "
              "informaciją. Informacija teikiama Susitarimo 10 straipsnyje nustatytomis "
              "sąlygomis.",
        "ru": "В соответствии со статьями 4 и 6 Соглашения направляем Вам нижеследующую "
              "информацию. Информация предоставляется на условиях, предусмотренных статьёй 10 "
              "Соглашения.",
        "en": "Under Articles 4 and 6 of the Agreement we send you the information below. It is "
              "provided on the conditions of Article 10 of the Agreement."},
    "notice.conditions": {
        "kk": "Ақпарат тек Келісімнің мақсаттары үшін пайдаланылады және оны берген Тараптың "
              "жазбаша келісімінсіз үшінші тарапқа берілмейді (Келісімнің 10-бабы). Бұрын "
              "берілген ақпараттың түзетулері осы хатпен бірге жіберіледі.",
        "lt": "Informacija naudojama tik Susitarimo tikslais ir be ją pateikusios Šalies raštiško "
              "sutikimo neperduodama trečiosioms šalims (Susitarimo 10 straipsnis). Anksčiau "
              "pateiktos informacijos pataisos siunčiamos su šiuo raštu.",
        "ru": "Информация используется только в целях Соглашения и не передаётся третьей "
              "стороне без письменного согласия предоставившей её Стороны (статья 10 "
              "Соглашения). Исправления ранее предоставленной информации направляются с "
              "настоящим письмом.",
        "en": "The information is used only for the purposes of the Agreement and is not passed "
              "to a third party without the written consent of the Party that provided it "
              "(Article 10). Corrections of information provided before travel with this "
              "letter."},
    "notice.articles": {"kk": "Келісімнің 4 және 6-баптары", "lt": "Susitarimo 4 ir 6 straipsniai",
                        "ru": "ст. 4 и 6 Соглашения", "en": "Agreement, Art. 4 and 6"},
    "notice.number": {"kk": "Тіркеу нөмірі", "lt": "Registracijos numeris",
                      "ru": "Регистрационный номер", "en": "Registration number"},
    "notice.date": {"kk": "Күні", "lt": "Data", "ru": "Дата", "en": "Date"},
    "notice.from": {"kk": "Кімнен", "lt": "Siuntėjas", "ru": "От кого", "en": "From"},
    "notice.to": {"kk": "Кімге", "lt": "Gavėjas", "ru": "Кому", "en": "To"},
    "notice.packet": {"kk": "Алмасу пакеті", "lt": "Mainų paketas", "ru": "Пакет обмена",
                      "en": "Exchange packet"},
    "notice.facts": {"kk": "Берілетін фактілер", "lt": "Teikiami faktai",
                     "ru": "Предоставляемые факты", "en": "Facts provided"},
    "notice.corrections": {"kk": "Бұрын берілген ақпаратты түзету",
                           "lt": "Anksčiau pateiktos informacijos pataisos",
                           "ru": "Исправления ранее предоставленной информации",
                           "en": "Corrections of information provided before"},
    "notice.letters": {"kk": "Хатпен бірге жіберілетіндер", "lt": "Kartu su raštu siunčiama",
                       "ru": "Вместе с письмом направляются", "en": "Sent with this letter"},
    "notice.none": {"kk": "жоқ", "lt": "nėra", "ru": "нет", "en": "none"},
    "notice.signed_by": {"kk": "Хатқа қол қойған лауазымды адам",
                         "lt": "Raštą pasirašantis pareigūnas",
                         "ru": "Должностное лицо, подписавшее письмо",
                         "en": "Official signing the letter"},
    "col.no": {"kk": "№", "lt": "Nr.", "ru": "№", "en": "No."},
    "col.article": {"kk": "Келісімнің бабы", "lt": "Susitarimo straipsnis",
                    "ru": "Статья Соглашения", "en": "Article"},
    "col.v": {"kk": "Н.", "lt": "V.", "ru": "В.", "en": "V."},
    "col.art": {"kk": "Бап", "lt": "Str.", "ru": "Ст.", "en": "Art."},
    "col.persons_short": {"kk": "Адамдар", "lt": "Asmenys", "ru": "Лица", "en": "Persons"},
    "col.kind": {"kk": "Түрі", "lt": "Rūšis", "ru": "Вид", "en": "Kind"},
    "col.occurred": {"kk": "Болған күні", "lt": "Įvykio data", "ru": "Дата события",
                     "en": "Occurred"},
    "col.record_number": {"kk": "Жазбаның тіркеу нөмірі", "lt": "Įrašo registracijos numeris",
                          "ru": "Регистрационный номер записи", "en": "Record number"},
    "col.persons": {"kk": "Берілген / берілмеген адамдар", "lt": "Pateikti / nepateikti asmenys",
                    "ru": "Лица: переданы / не переданы", "en": "Persons sent / withheld"},
    "col.action": {"kk": "Не жасалады", "lt": "Veiksmas", "ru": "Действие", "en": "Action"},
    "col.reason": {"kk": "Себебі", "lt": "Priežastis", "ru": "Причина", "en": "Reason"},
    "col.record": {"kk": "Жазба", "lt": "Įrašas", "ru": "Запись", "en": "Record"},
    "col.sent_at": {"kk": "Жіберілген күні", "lt": "Išsiųsta", "ru": "Дата отправки",
                    "en": "Sent"},
    "col.letter": {"kk": "Хат, күні", "lt": "Raštas, data", "ru": "Письмо, дата",
                   "en": "Letter, date"},
    "action.fact": {"kk": "берілді", "lt": "pateikta", "ru": "предоставлено", "en": "provided"},
    "action.withdrawn": {"kk": "кері қайтарып алынады", "lt": "atšaukiama",
                         "ru": "отзывается", "en": "withdrawn"},
    "action.destroyed": {"kk": "жойылуы тиіс", "lt": "turi būti sunaikinta",
                         "ru": "подлежит уничтожению", "en": "to be destroyed"},
    "letters.requests": {"kk": "Өтініштер (8-бап)", "lt": "Prašymai (8 str.)",
                         "ru": "Запросы (ст. 8)", "en": "Requests (Art. 8)"},
    "letters.answers": {"kk": "Өтініштерге жауаптар", "lt": "Atsakymai į prašymus",
                        "ru": "Ответы на запросы", "en": "Answers to requests"},
    "letters.refusals": {"kk": "Өтінішті орындаудан бас тарту (9-бап)",
                         "lt": "Atsisakymai vykdyti prašymus (9 str.)",
                         "ru": "Отказы в исполнении запросов (ст. 9)",
                         "en": "Refusals to execute requests (Art. 9)"},
    "letters.follow_ups": {"kk": "Өтініштер бойынша қосымша сұрақтар (8.6-бап)",
                           "lt": "Papildomi klausimai dėl prašymų (8.6 str.)",
                           "ru": "Дополнительные вопросы по запросам (ст. 8.6)",
                           "en": "Follow-up questions on requests (Art. 8.6)"},
    "letters.withdrawals": {"kk": "Кері қайтарып алынған өтініштер",
                            "lt": "Atšaukti prašymai",
                            "ru": "Отозванные запросы",
                            "en": "Requests withdrawn"},
    "disclosures.title": {
        "kk": "Екінші Тарапқа берілген ақпараттың тізілімі",
        "lt": "Kitai Šaliai pateiktos informacijos registras",
        "ru": "Реестр информации, предоставленной другой Стороне",
        "en": "Register of information disclosed to the other Party"},
    "disclosures.basis": {
        "kk": "Келісімнің 10-бабы: берілген әр нұсқа, оның адамдары мен түзетулері.",
        "lt": "Susitarimo 10 straipsnis: kiekviena pateikta versija, jos asmenys ir pataisos.",
        "ru": "Статья 10 Соглашения: каждая предоставленная версия, её лица и исправления.",
        "en": "Article 10 of the Agreement: every version provided, its persons and "
              "corrections."},
    "disclosures.period": {"kk": "Кезең", "lt": "Laikotarpis", "ru": "Период", "en": "Period"},
    "disclosures.by_hand": {"kk": "қолмен қосылды", "lt": "įtraukta rankiniu būdu",
                            "ru": "включено вручную", "en": "included by hand"},
}
catalog.CATALOG.update(WORDING)


def _persons_cell(sent: int, withheld: int) -> str:
    return f"{sent} / {withheld}"


def render_notice(letter: Mapping[str, Any], ref: ReferenceData, ctx: ReportContext) -> bytes:
    """`letter`: registration_number, issued_on, seq, sha256, from/to authority names,
    signed_by {full_name, position, rank}, facts [{id, version, article, kind, occurred_at,
    registration_number, persons, withheld}], corrections [{id, version, action, reason}],
    requests/answers/refusals [registration numbers]; follow_ups [their numbers] and
    withdrawals [the requests' numbers], printed only when the letter carries them."""
    w = Wording(ctx.lang, ref)
    s = make_styles()
    flow: list[Flowable] = title_block(s, w.t("notice.title"), w.tj("notice.articles"))
    flow += markings_banner(s, w, confidential=True, consent_required=True,
                            personal_data=any(f["persons"] for f in letter["facts"]))
    flow.append(field_table(s, [
        (w.t("notice.number"), str(letter["registration_number"])),
        (w.t("notice.date"), w.date_text(letter["issued_on"])),
        (w.t("notice.from"), str(letter.get("from") or ctx.post_code)),
        (w.t("notice.to"), str(letter.get("to") or "")),
        (w.t("notice.packet"), f"{letter['seq']} · SHA-256 {letter['sha256']}"),
    ]))
    flow += [Spacer(1, 6), *prose(s, w.tj("notice.basis"))]
    flow += heading(s, w.t("notice.facts"))
    rows = [[str(n), w.tj("agreement_article", article=f["article"]),
             w.code("kind", f["kind"]), w.date_text(str(f["occurred_at"])[:10]),
             str(f.get("registration_number") or "—"),
             _persons_cell(f["persons"], f["withheld"])]
            for n, f in enumerate(letter["facts"], start=1)]
    flow += _table(s, w, ["col.no", "col.article", "col.kind", "col.occurred",
                          "col.record_number", "col.persons"], rows,
                   [10, 30, 44, 24, 38, 24])
    if letter["corrections"]:
        flow += heading(s, w.t("notice.corrections"))
        rows = [[str(n), f"{c['id']} v{c['version']}", w.tj(f"action.{c['action']}"),
                 str(c["reason"])] for n, c in enumerate(letter["corrections"], start=1)]
        flow += _table(s, w, ["col.no", "col.record", "col.action", "col.reason"], rows,
                       [10, 80, 40, 40])
    flow += heading(s, w.t("notice.letters"))
    lines = [f"{w.tj(key)}: {', '.join(letter[name]) or w.tj('notice.none')}"
             for key, name in (("letters.requests", "requests"), ("letters.answers", "answers"),
                               ("letters.refusals", "refusals"))]
    lines += [f"{w.tj(key)}: {', '.join(letter[name])}"
              for key, name in (("letters.follow_ups", "follow_ups"),
                                ("letters.withdrawals", "withdrawals"))
              if letter.get(name)]
    flow += [Paragraph(esc(line), s.body) for line in lines]
    flow += prose(s, w.tj("notice.conditions"))
    flow += heading(s, w.t("sec.signatures"))
    signed = letter.get("signed_by") or {}
    name = ", ".join(str(signed.get(k)) for k in ("position", "rank", "full_name")
                     if signed.get(k))
    flow += signature_lines(s, w, [w.t("notice.signed_by")], seal=True, names=[name])
    return build_pdf(flow, ctx, w, title_key="notice.title", confidential=True, letter=True)


def render_disclosures(rows: Sequence[Mapping[str, Any]], ref: ReferenceData,
                       ctx: ReportContext, start: date, end: date) -> bytes:
    """`rows`: the register's entries (exchange_store.Disclosure.to_json())."""
    w = Wording(ctx.lang, ref)
    s = make_styles()
    flow: list[Flowable] = title_block(s, w.t("disclosures.title"),
                                       w.tj("agreement_article", article="10"))
    flow += markings_banner(s, w, confidential=True, consent_required=False,
                            personal_data=False)
    flow.append(field_table(s, [(w.t("disclosures.period"), w.period(start, end))]))
    # Room around the basis, which otherwise sat on the rules of both tables.
    flow += [Spacer(1, 8), *prose(s, w.tj("disclosures.basis")), Spacer(1, 6)]
    table_rows = []
    for n, d in enumerate(rows, start=1):
        by_hand = [p for p in d["persons"] if p.get("reason")]
        persons = _persons_cell(len(d["persons"]), int(d["withheld"]))
        if by_hand:
            persons += "; " + "; ".join(f"{w.tj('disclosures.by_hand')} ({p['index']}): "
                                        f"{p['reason']}" for p in by_hand)
        record = str(d["record_id"]) + (f" · {d['record_number']}" if d.get("record_number")
                                        else "")
        table_rows.append([str(n), f"{d['registration_number']}\n"
                                   f"{w.date_text(str(d['sent_at'])[:10])}",
                           record, str(d["version"]), str(d["article"]),
                           "\n".join(w.t(f"action.{d['action']}")), persons])
    flow += _table(s, w, ["col.no", "col.letter", "col.record", "col.v", "col.art",
                          "col.action", "col.persons_short"], table_rows,
                   [7, 34, 67, 6, 11, 26, 16])
    return build_pdf(flow, ctx, w, title_key="disclosures.title", confidential=True)


def _table(s: Any, w: Wording, keys: Sequence[str], rows: list[list[str]],
           widths_mm: Sequence[float]) -> list[Flowable]:
    if not rows:
        return [Paragraph(esc(w.tj("notice.none")), s.body)]
    return data_table(s, [w.t(key) for key in keys], rows, widths_mm)
