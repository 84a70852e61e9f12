"""A small, hand-made set of reference data for the domain tests.

Small on purpose: tests say exactly which codes exist, independent of the shipped files.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from shekara.domain.reference import ReferenceData

ALMATY = timezone(timedelta(hours=5))
# "Now" for every validation test: 21 Nov 2026, 12:00 in Almaty.
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=ALMATY)


def _names(en: str) -> dict[str, str]:
    return {"kk": en, "lt": en, "ru": en, "en": en}


REFERENCE_SOURCES: dict[str, Any] = {
    "meta": {"version": 1, "issued_on": "2026-01-01", "issued_by": "tests"},
    "countries": {code: {"alpha2": alpha2, "names": _names(code)} for code, alpha2 in [
        ("KAZ", "KZ"), ("LTU", "LT"), ("RUS", "RU"), ("BLR", "BY"), ("AFG", "AF"),
        ("POL", "PL"), ("CHN", "CN"), ("XXA", ""), ("XXX", ""),
    ]},
    "checkpoints": [
        {"code": "KZ-KORDAI", "party": "KZ", "type": "road", "neighbour": "KGZ",
         "names": _names("Kordai"), "status": "open", "confidence": "confirmed", "note": ""},
        {"code": "LT-MEDININKAI", "party": "LT", "type": "road", "neighbour": "BLR",
         "names": _names("Medininkai"), "status": "open", "confidence": "confirmed", "note": ""},
    ],
    "substances": [
        {"code": "heroin", "category": "narcotic_drug", "schedule": "I",
         "names": _names("Heroin"), "confidence": "confirmed"},
        {"code": "ephedrine", "category": "precursor", "schedule": "I",
         "names": _names("Ephedrine"), "confidence": "confirmed"},
    ],
    "authorities": [
        {"code": "KZ-BS", "party": "KZ", "names": _names("Border Service"), "note": ""},
        {"code": "LT-VSAT", "party": "LT", "names": _names("State Border Guard"), "note": ""},
    ],
    "retention": {
        "KZ": {"border_violation": {"retain_years": 5, "review_months": 12},
               "contraband_detention": {"retain_years": 10, "review_months": 24},
               "forged_document": {"retain_years": 5, "review_months": 12},
               "drug_intel": {"retain_years": 3, "review_months": 0}},
        "LT": {"border_violation": {"retain_years": 4, "review_months": 6},
               "contraband_detention": {"retain_years": 1, "review_months": 18},
               "forged_document": {"retain_years": 4, "review_months": 6},
               "drug_intel": {"retain_years": 2, "review_months": 12}},
    },
    "labels": {},
}


@pytest.fixture
def ref() -> ReferenceData:
    return ReferenceData(copy.deepcopy(REFERENCE_SOURCES))


def records_md_example() -> dict[str, Any]:
    """The example of `shared/domain/records.md`, verbatim."""
    return {
        "kind": "contraband_detention",
        "occurred_at": "2026-11-20T14:30:00+05:00",
        "place": {"checkpoint": None, "description": "Road crossing, lane 3", "lat": None,
                  "lon": None},
        "narrative": "Heroin found in the spare tyre during an X-ray check.",
        "persons": [{
            "role": "courier", "surname": "Žukauskas", "given_names": "Tomas", "patronymic": "",
            "birth_date": "1988-04-02", "sex": "M", "citizenship": ["LTU"],
            "documents": [{"type": "passport", "number": "12345678", "issuing_state": "LTU",
                           "issued_on": None, "expires_on": "2030-01-01"}],
        }],
        "items": [{"category": "narcotic_drug", "substance": "heroin",
                   "description": "4 packages", "quantity": 1.85, "unit": "kg",
                   "serial_number": None, "markings": "tiger stamp"}],
        "concealment": {"method": "vehicle_natural_cavity", "description": "spare tyre"},
        "detection": "xray",
        "conveyance": {"mode": "road", "identifier": "ABC123", "country": "LTU"},
        "route": [{"country": "AFG", "place": "", "mode": "road", "date": None},
                  {"country": "KAZ", "place": "", "mode": "road", "date": None},
                  {"country": "LTU", "place": "Vilnius", "mode": "road", "date": None}],
        "outcome": "criminal_case",
        "case_number": "2026-0117",
        "handling": {"confidential": True, "third_party": "consent_required", "note": ""},
        "links": [],
        "attachments": [],
    }
