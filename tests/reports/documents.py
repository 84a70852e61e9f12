"""One sample of every document, for tests that must hold for all of them (and the bench)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from shekara.domain.reference import ReferenceData
from shekara.domain.request import validate_refusal, validate_request
from shekara.reports.context import ReportContext
from shekara.reports.incident import record_qr_text, render_incident
from shekara.reports.requests import (
    refusal_qr_text,
    render_refusal,
    render_request,
    request_qr_text,
)
from shekara.reports.sheets import (
    PacketTransmittal,
    PostKeys,
    enrollment_qr_text,
    render_enrollment,
    render_recovery,
    render_transmittal,
    transmittal_qr_text,
)
from shekara.reports.summary import render_summary, summarize, summary_qr_text
from tests.reports.conftest import ALMATY, NOW, make_record

REQUEST_ID = "9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d"
RECOVERY_KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"
PACKET = PacketTransmittal("KZ-ALA-01", 17, datetime(2026, 11, 21, 8, 0, tzinfo=ALMATY), 42,
                           "3f2a9c01" * 8, "KZ-ALA-01-000017.shkp")
KEYS = PostKeys("KZ", "KZ-ALA-01", "AB12 CD34 EF56 7890 AB12 CD34 EF56 7890 AB12 CD34",
                "0f" * 32, "age1" + "qpzry9x8gf2tvdw0s3jn54khce6mua7l" + "q" * 26,
                "2026-11-01T10:00:00+05:00")


def sample_request(ref: ReferenceData, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "to_authority": "LT-VSAT", "from_authority": "KZ-KNB-PS", "reference": "18-2/417",
        "dated_on": "2026-11-21",
        "subject": "Нұр жолы арқылы героин контрабандасы / Контрабанда героина через Нур Жолы",
        "persons": [{"record_id": make_record()["id"]},
                    {"description": "Белгісіз жүргізуші / Неизвестный водитель"}],
        "facts": "Курьер ұсталды / Задержан курьер.",
        "objects_and_documents": "Автомобиль ABC123 (LTU)",
        "reasons": "Арнаны анықтау / Установить канал.",
        "procedure": "Тұлғаны есепке алу бойынша тексеру / Проверить лицо по учётам.",
        "deadline": "2026-12-31",
        "attachments_list": [{"title": "Хаттаманың көшірмесі / Копия протокола", "pages": 3}],
        "urgent": True,
        "signed_by": {"name": "А. Сүлейменов", "position": "Департамент бастығы"},
    }
    data.update(changes)
    request = validate_request(data, ref, "KZ", NOW)
    request.update(id=REQUEST_ID, version=1)
    return request


def sample_refusal() -> dict[str, Any]:
    return validate_refusal({"reason_code": "national_law", "scope": "part",
                             "explanation": "Prieštarauja įstatymui / Противоречит закону.",
                             "decided_on": "2026-11-25",
                             "signed_by": {"name": "Jonas Petraitis", "position": "Vadovas"}})


def summary_records() -> list[dict[str, Any]]:
    return [make_record(kind) for kind in
            ("contraband_detention", "border_violation", "forged_document", "drug_intel")]


# name → (render(ref, ctx) → PDF bytes, the QR text that must be on its last page)
Sample = tuple[Callable[[ReferenceData, ReportContext], bytes], Callable[[ReferenceData], str]]

PERIOD = (date(2026, 11, 1), date(2026, 11, 30))

DOCUMENTS: dict[str, Sample] = {
    "incident": (lambda ref, ctx: render_incident(make_record(), ref, ctx),
                 lambda ref: record_qr_text(make_record())),
    "request": (lambda ref, ctx: render_request(sample_request(ref), ref, ctx,
                                                linked_records={make_record()["id"]:
                                                                make_record()}),
                lambda ref: request_qr_text(sample_request(ref))),
    "refusal": (lambda ref, ctx: render_refusal(sample_request(ref), sample_refusal(), ref,
                                                ctx),
                lambda ref: refusal_qr_text(sample_request(ref), sample_refusal())),
    "summary": (lambda ref, ctx: render_summary(summary_records(), ref, ctx, start=PERIOD[0],
                                                end=PERIOD[1]),
                lambda ref: summary_qr_text(summarize(summary_records(), *PERIOD))),
    "transmittal": (lambda ref, ctx: render_transmittal(PACKET, ref, ctx),
                    lambda ref: transmittal_qr_text(PACKET)),
    "enrollment": (lambda ref, ctx: render_enrollment(KEYS, ref, ctx),
                   lambda ref: enrollment_qr_text(KEYS)),
    "recovery": (lambda ref, ctx: render_recovery(RECOVERY_KEY, ref, ctx, vault_id="0e1f2a3b"),
                 lambda ref: RECOVERY_KEY),
}
