"""The QR text format: what each document writes, and every way a text is refused."""

from __future__ import annotations

from datetime import date

import pytest

from shekara.errors import InputError
from shekara.reports.qr import (
    EnrollmentRef,
    PacketRef,
    SummaryRef,
    VersionRef,
    parse_qr_text,
    qr_drawing,
)

RECORD_ID = "5f0c6a8e-2b1d-4c3e-9a7f-0123456789ab"
HASH = "ab" * 32
AGE = "age1" + "q" * 58


@pytest.mark.parametrize("payload", [
    VersionRef("record", RECORD_ID, 3, HASH),
    VersionRef("request", RECORD_ID, 1, HASH),
    VersionRef("refusal", RECORD_ID, 12, HASH),
    SummaryRef(date(2026, 11, 1), date(2026, 11, 30), None, 10_000, HASH),
    SummaryRef(date(2026, 11, 1), date(2026, 11, 30), "KZ-NUR-ZHOLY-ROAD", 0, HASH),
    PacketRef("KZ-ALA-01", 17, HASH),
    EnrollmentRef("LT", "LT-VSAT-07", "cd" * 20, "ef" * 32, AGE),
])
def test_every_payload_survives_a_round_trip(payload: object) -> None:
    text = payload.text()  # type: ignore[attr-defined]
    assert text.startswith("SHK1:")
    assert parse_qr_text(text) == payload


def test_record_text_is_upper_case_for_the_compact_qr_mode() -> None:
    text = VersionRef("record", RECORD_ID, 3, HASH).text()
    assert text == f"SHK1:R:{RECORD_ID.upper()}:3:{HASH.upper()}"


def test_parsing_tolerates_case_and_the_line_breaks_of_a_typed_copy() -> None:
    text = VersionRef("record", RECORD_ID, 3, HASH).text()
    typed = text.lower()[:40] + "\n  " + text.lower()[40:] + "\n"
    assert parse_qr_text(typed) == VersionRef("record", RECORD_ID, 3, HASH)


@pytest.mark.parametrize("text", [
    "",
    "hello",
    "SHK2:R:" + RECORD_ID + ":1:" + HASH,  # unknown format version
    "SHK1:Z:" + RECORD_ID + ":1:" + HASH,  # unknown document type
    "SHK1:R:" + RECORD_ID + ":1",  # too few fields
    "SHK1:R:" + RECORD_ID + ":1:" + HASH + ":x",  # too many
    "SHK1:R:not-a-uuid:1:" + HASH,
    "SHK1:R:" + RECORD_ID + ":0:" + HASH,  # versions start at 1
    "SHK1:R:" + RECORD_ID + ":-1:" + HASH,
    "SHK1:R:" + RECORD_ID + ":01:" + HASH,  # one way to write a number
    "SHK1:R:" + RECORD_ID + ":1:" + HASH[:-1],  # short hash
    "SHK1:R:" + RECORD_ID + ":1:" + "g" * 64,  # not hex
    "SHK1:S:20261301:20261130:*:1:" + HASH,  # no month 13
    "SHK1:S:2026111:20261130:*:1:" + HASH,
    "SHK1:S:20261101:20261130:bad code!:1:" + HASH,
    "SHK1:P:KZ-ALA-01:x:" + HASH,
    "SHK1:E:RU:KZ-ALA-01:" + "cd" * 20 + ":" + "ef" * 32 + ":" + AGE,  # not a Party
    "SHK1:E:KZ:KZ-ALA-01:" + "cd" * 19 + ":" + "ef" * 32 + ":" + AGE,  # short fingerprint
    "SHK1:E:KZ:KZ-ALA-01:" + "cd" * 20 + ":" + "ef" * 32 + ":age1short",
])
def test_anything_else_is_refused_with_one_message_id(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_qr_text(text)
    assert caught.value.msgid == "report.bad_qr"


def test_drawing_is_a_full_qr_code_not_a_micro_one() -> None:
    drawing = qr_drawing("SHK1", 100)
    # A Micro QR of this short text would be 11-13 modules; a full one has three finder
    # patterns of 7 modules and at least 21 modules a side, so many dark runs.
    assert drawing.width == drawing.height == 100
    assert len(drawing.contents) > 21
