"""Transmittal, enrollment and recovery sheets, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

from shekara.domain.reference import ReferenceData
from shekara.packets.keys import PrivateKeys
from shekara.reports.catalog import CATALOG
from shekara.reports.qr import EnrollmentRef, PacketRef, parse_qr_text
from shekara.reports.sheets import (
    enrollment_qr_text,
    grouped,
    post_keys_from,
    render_enrollment,
    render_recovery,
    render_transmittal,
    transmittal_qr_text,
)
from tests.reports.conftest import make_context
from tests.reports.documents import KEYS, PACKET, RECOVERY_KEY
from tests.reports.pdfcheck import decode_qr, flat, page_count, text, word_boxes


def has(pdf_text: str, value: str) -> bool:
    return flat(value) in flat(pdf_text)


def test_grouping_for_the_eye() -> None:
    assert grouped("3f2a9c01ab") == ["3F2A", "9C01", "AB"]
    assert grouped("AB12 CD34-ef56") == ["AB12", "CD34", "EF56"]


def test_transmittal_sheet(ref: ReferenceData) -> None:
    out = text(render_transmittal(PACKET, ref, make_context("kk")))
    assert has(out, " ".join(grouped(PACKET.sha256)))  # the hash, grouped, for comparing
    for value in (PACKET.file_name, "17", "42", "21.11.2026 08:00"):
        assert has(out, value), value
    for key in ("transmittal.handed_over", "transmittal.received", "sig.time", "sig.date",
                "transmittal.instructions"):
        assert has(out, CATALOG[key]["kk"]) and has(out, CATALOG[key]["ru"]), key
    assert parse_qr_text(transmittal_qr_text(PACKET)) == PacketRef(
        PACKET.post_code, PACKET.sequence, PACKET.sha256)


def test_enrollment_sheet(ref: ReferenceData) -> None:
    out = text(render_enrollment(KEYS, ref, make_context("lt")))
    assert has(out, KEYS.fingerprint)
    assert has(out, KEYS.age_recipient)
    assert has(out, " ".join(grouped(KEYS.signing_public)))
    assert has(out, ref.country_name("KAZ", "lt")) and has(out, ref.country_name("KAZ", "ru"))
    for key in ("enrollment.instructions", "enrollment.fingerprint", "enrollment.checked_by"):
        assert has(out, CATALOG[key]["lt"]) and has(out, CATALOG[key]["ru"]), key
    assert parse_qr_text(enrollment_qr_text(KEYS)) == EnrollmentRef(
        "KZ", "KZ-ALA-01", "ab12cd34ef567890ab12cd34ef567890ab12cd34", KEYS.signing_public,
        KEYS.age_recipient)


def test_recovery_sheet(ref: ReferenceData) -> None:
    pdf = render_recovery(RECOVERY_KEY, ref, make_context("kk"), vault_id="0e1f2a3b")
    assert page_count(pdf) == 1  # one sheet for the safe
    out = text(pdf)
    for group in RECOVERY_KEY.split("-"):
        assert group in out
    for key in ("recovery.warning", "recovery.keep", "recovery.use"):
        assert has(out, CATALOG[key]["kk"]) and has(out, CATALOG[key]["ru"]), key
    assert "shekara recover" in out and "0e1f2a3b" in out


def test_recovery_key_without_separators_is_grouped_in_fours(ref: ReferenceData) -> None:
    out = text(render_recovery(RECOVERY_KEY.replace("-", ""), ref, make_context("en")))
    for group in RECOVERY_KEY.split("-"):
        assert group in out


def test_enrollment_sheet_of_real_keys_shows_their_fingerprint(ref: ReferenceData,
                                                                tmp_path: Path) -> None:
    keys = PrivateKeys.from_seed(bytes(range(32)), "KZ-ALA-01", "KZ", "post",
                                 created_at="2026-11-01T10:00:00+05:00").public
    pdf = render_enrollment(post_keys_from(keys), ref, make_context("kk"))
    assert has(text(pdf), keys.fingerprint())
    payload = parse_qr_text(decode_qr(pdf, tmp_path)[0])
    assert isinstance(payload, EnrollmentRef)
    assert payload.fingerprint == keys.fingerprint().replace(" ", "").lower()
    assert bytes.fromhex(payload.signing_public) == keys.signing_public
    assert payload.age_recipient == keys.age_recipient


def test_the_recovery_sheet_stays_one_page_with_the_widest_key() -> None:
    """Thirteen groups of five (four key letters and a check letter), the widest letters."""
    from shekara.domain.reference import load_default
    from shekara.reports.sheets import render_recovery
    from tests.reports.conftest import make_context
    from tests.reports.pdfcheck import page_count

    widest = "-".join(["WWMWM"] * 13)
    for lang in ("kk", "lt", "ru", "en"):
        pdf = render_recovery(widest, load_default(), make_context(lang), vault_id="0e1f2a3b")
        assert page_count(pdf) == 1, lang


def test_the_recovery_key_groups_are_numbered_on_one_line(ref: ReferenceData,
                                                          tmp_path: Path) -> None:
    """Groups 10 to 13 were numbered "1" over "0" … "1" over "3": the number's column was too
    narrow for two digits."""
    widest = "-".join(["WWMWM"] * 13)
    pdf = render_recovery(widest, ref, make_context("lt"), vault_id="0e1f2a3b")
    ((_, _, words),) = word_boxes(pdf, tmp_path)
    numbers = {w.text for w in words if w.text.isdigit() and len(w.text) <= 2}
    assert {str(n) for n in range(1, 14)} <= numbers, sorted(numbers)
