"""Fixtures for the report tests: the shipped reference data, a context, records of every kind."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from shekara.domain.officials import OfficialProfile
from shekara.domain.reference import ReferenceData, load_default
from shekara.domain.validation import validate_record
from shekara.reports.context import ReportContext

ALMATY = timezone(timedelta(hours=5))


@pytest.fixture(scope="session")
def ref() -> ReferenceData:
    return _reference()


PROFILES = {
    "supervisor1": OfficialProfile("supervisor1", {
        "full_name": "Ахметова Гүлнар Сәкенқызы", "full_name_ru": "Ахметова Гульнар Сакеновна",
        "rank": "подполковник", "rank_ru": "подполковник",
        "position": "бөлім бастығы", "position_ru": "начальник отдела"}),
    "officer1": OfficialProfile("officer1", {
        "full_name": "Жанпейісова Дана", "rank": "лейтенант", "position": "инспектор"}),
}
INSTALLATION = {"authority_name": "ҚР ҰҚК Шекара қызметі",
                "authority_name_ru": "Пограничная служба КНБ РК",
                "unit_name": "«Нұр жолы» өткізу пункті"}


def make_context(lang: str, party: str = "KZ", **extra: Any) -> ReportContext:
    return ReportContext(party=party, post_code="KZ-ALA-01", post_name="Нұр жолы",
                         officer="supervisor1",
                         printed_at=datetime(2026, 11, 21, 9, 5, tzinfo=ALMATY), lang=lang,
                         profiles=extra.pop("profiles", PROFILES),
                         installation=extra.pop("installation", INSTALLATION), **extra)


@pytest.fixture
def context() -> Callable[..., ReportContext]:
    return make_context


def _person(surname: str, given: str, citizenship: str, **extra: Any) -> dict[str, Any]:
    person = {"role": "courier", "surname": surname, "given_names": given, "patronymic": "",
              "latin_name": "", "birth_date": "1988-04-02", "sex": "M",
              "citizenship": [citizenship], "birth_place": "",
              "documents": [{"type": "passport", "number": "12345678",
                             "issuing_state": citizenship, "issued_on": None,
                             "expires_on": "2030-01-01"}],
              "mrz": ""}
    person.update(extra)
    return person


LIFECYCLE: dict[str, Any] = {
    "id": "5f0c6a8e-2b1d-4c3e-9a7f-0123456789ab", "version": 2, "status": "approved",
    "created_by": "officer1", "created_at": "2026-11-20T15:00:00+05:00",
    "approved_by": "supervisor1", "approved_at": "2026-11-20T18:10:00+05:00",
    "retain_until": "2031-11-20", "review_on": "2027-11-20", "qualifies": True,
}
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=ALMATY)


def make_record(kind: str = "contraband_detention", **overrides: Any) -> dict[str, Any]:
    """A stored record: content passed through validate_record (so it is exactly the
    normalised interchange form), plus the vault's read-only fields."""
    record: dict[str, Any] = {
        "kind": kind,
        "occurred_at": "2026-11-20T14:30:00+05:00",
        "place": {"checkpoint": "KZ-NUR-ZHOLY-ROAD", "description": "Жолақ 3 / lane 3",
                  "lat": 44.2, "lon": 80.3},
        "narrative": "Рентгенмен тексеру кезінде қосалқы дөңгелектен героин табылды.",
        "persons": [
            _person("Žukauskas", "Tomas", "LTU", latin_name="ZUKAUSKAS TOMAS"),
            _person("Жукаускас", "Томас", "LTU"),
            _person("Сүлейменов", "Асқар", "KAZ", patronymic="Бекұлы", role="violator"),
        ],
        "handling": {"confidential": True, "third_party": "consent_required",
                     "legal_hold": False, "note": ""},
        "links": [], "attachments": [],
    }
    if kind == "border_violation":
        record.update(direction="entry", section="green", method="on_foot",
                      detected_by="patrol", outcome="detained", case_number="")
    elif kind == "contraband_detention":
        record.update(
            items=[{"category": "narcotic_drug", "substance": "heroin",
                    "description": "4 packages", "quantity": 1.85, "unit": "kg",
                    "serial_number": "", "markings": "tiger stamp"}],
            concealment={"method": "vehicle_natural_cavity", "description": "spare tyre"},
            detection="xray", conveyance={"mode": "road", "identifier": "ABC123",
                                          "country": "LTU"},
            route=[{"country": "AFG", "place": "", "mode": "road", "date": None},
                   {"country": "KAZ", "place": "", "mode": "road", "date": None},
                   {"country": "LTU", "place": "Vilnius", "mode": "road", "date": "2026-11-25"}],
            outcome="criminal_case", case_number="2026-0117")
    elif kind == "forged_document":
        record.update(act="use", document={"type": "passport", "number": "LT0099887",
                                           "issuing_state": "LTU", "issued_on": "2020-01-01",
                                           "expires_on": "2030-01-01"},
                      forgery="photo_substitution", detected_by="uv", outcome="detained",
                      case_number="")
    elif kind == "drug_intel":
        record.update(topics=["route", "concealment"],
                      substances=[{"substance": "mephedrone", "form": "powder",
                                   "quantity": 482, "unit": "kg", "purity_percent": 71.5,
                                   "markings": "", "properties": ""}],
                      route=[{"country": "AFG", "place": "", "mode": "road", "date": None},
                             {"country": "LTU", "place": "Vilnius", "mode": "road",
                              "date": None}],
                      channel="Couriers with cover loads.", concealment={"method": "cargo_mixed",
                                                                         "description": ""},
                      detection="intelligence", equipment="",
                      evaluation={"source": "B", "information": "2"})
    lifecycle = {**LIFECYCLE, **{k: v for k, v in overrides.items() if k in LIFECYCLE}}
    record.update({k: v for k, v in overrides.items() if k not in LIFECYCLE})
    stored = validate_record(record, _reference(), now=NOW)
    stored.update(lifecycle)
    return stored


@functools.cache
def _reference() -> ReferenceData:
    return load_default()


@pytest.fixture
def record_factory() -> Callable[..., dict[str, Any]]:
    return make_record
