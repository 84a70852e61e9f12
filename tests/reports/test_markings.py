"""The handling stamp (issue 11): per-Party reference data, never a national classification
level, changeable by HQ's reference update, and the shipped one kept for older updates."""

from __future__ import annotations

import copy

import pytest

from shekara.domain.reference import ReferenceData, load_default
from shekara.reports.incident import render_incident
from tests.reports.conftest import make_context, make_record
from tests.reports.pdfcheck import flat, text

REF = load_default()
# National classification levels a stamp must never read as (KZ state secrets; LT classified).
CLASSIFIED = ("ҚҰПИЯ", "ӨТЕ ҚҰПИЯ", "СЕКРЕТНО", "СОВЕРШЕННО СЕКРЕТНО", "ОСОБОЙ ВАЖНОСТИ",
              "KONFIDENCIALIAI", "RIBOTO NAUDOJIMO", "SLAPTAI", "VISIŠKAI SLAPTAI",
              "КОНФИДЕНЦИАЛЬНО")


@pytest.mark.parametrize("party", ["KZ", "LT"])
@pytest.mark.parametrize("lang", ["kk", "lt", "ru", "en"])
def test_the_shipped_stamps_are_no_classification_level(party: str, lang: str) -> None:
    stamp = REF.marking(party, lang)
    assert stamp and "10" in stamp  # it says which article it stands on
    assert not any(level == stamp.split(" (")[0].strip() for level in CLASSIFIED)


@pytest.mark.parametrize(("lang", "party"), [("kk", "KZ"), ("lt", "LT")])
def test_documents_carry_their_partys_stamp_in_both_languages(lang: str, party: str) -> None:
    words = flat(text(render_incident(make_record(), REF, make_context(lang, party=party))))
    assert flat(REF.marking(party, lang)) in words
    assert flat(REF.marking(party, "ru")) in words
    for level in ("ҚҰПИЯ", "KONFIDENCIALU", "КОНФИДЕНЦИАЛЬНО"):
        assert flat(level) not in words


def test_an_hq_update_sets_its_own_stamp_and_an_old_update_keeps_the_shipped_one() -> None:
    sources = copy.deepcopy(dict(REF.sources))
    sources["markings"] = {"KZ": {"stamp": {"kk": "ШЕКТЕУЛІ", "lt": "RIBOTAS",
                                            "ru": "ОГРАНИЧЕННОГО ДОСТУПА", "en": "LIMITED"}}}
    updated = ReferenceData(sources)
    words = flat(text(render_incident(make_record(), updated, make_context("ru"))))
    assert flat("ОГРАНИЧЕННОГО ДОСТУПА") in words
    old = {k: v for k, v in REF.sources.items() if k != "markings"}
    assert ReferenceData(old).marking("KZ", "ru") == ""
    kept = ReferenceData(old).with_markings_of(REF)
    assert kept.marking("KZ", "ru") == REF.marking("KZ", "ru")
    assert updated.with_markings_of(REF).marking("KZ", "en") == "LIMITED"


def test_a_reference_packet_may_carry_markings_or_not() -> None:
    from shekara.packets.payload import decode_refdata, encode_refdata

    with_stamp = decode_refdata(encode_refdata(dict(REF.sources)))
    assert "markings" in with_stamp.files
    without = {k: v for k, v in REF.sources.items() if k != "markings"}
    assert "markings" not in decode_refdata(encode_refdata(without)).files
