"""One record of each kind with every field of records.md set (names and text in Kazakh,
Lithuanian and Russian), for the round-trip tests."""

from __future__ import annotations

from typing import Any

# A valid TD3 passport MRZ (tests/domain/test_mrz.py builds and checks it).
LTU_PASSPORT = ("P<LTUZUKAUSKAS<<TOMAS<<<<<<<<<<<<<<<<<<<<<<<\n"
                "12345678<8LTU8509233M300101938509231234<<<84")
LINKED = "3f1c2b9e-8d4a-4c6b-9e2f-0a1b2c3d4e5f"


def _handling() -> dict[str, Any]:
    return {"confidential": False, "third_party": "allowed", "legal_hold": True,
            "note": "Тек қана сот сұрауымен"}


def _kazakh_person() -> dict[str, Any]:
    return {
        "role": "violator", "surname": "Сүлейменов", "given_names": "Нұрлан",
        "patronymic": "Асқарұлы", "latin_name": "SULEIMENOV NURLAN", "birth_date": "1990-03",
        "sex": "M", "citizenship": ["KAZ", "LTU"], "birth_place": "Алматы облысы, Қаскелең",
        "documents": [{"type": "passport", "number": "N1234567", "issuing_state": "KAZ",
                       "issued_on": "2020-01-15", "expires_on": "2030-01-14"},
                      {"type": "id_card", "number": "041234567", "issuing_state": "KAZ",
                       "issued_on": None, "expires_on": None}],
        "mrz": "",
    }


def _lithuanian_person(role: str) -> dict[str, Any]:
    return {
        "role": role, "surname": "Žukauskas", "given_names": "Tomas", "patronymic": "",
        "latin_name": "ZUKAUSKAS TOMAS", "birth_date": "1985-09-23", "sex": "M",
        "citizenship": ["LTU"], "birth_place": "Šiauliai",
        "documents": [{"type": "passport", "number": "12345678", "issuing_state": "LTU",
                       "issued_on": "2020-01-02", "expires_on": "2030-01-01"}],
        "mrz": LTU_PASSPORT,
    }


def full_records(checkpoint: str) -> dict[str, dict[str, Any]]:
    common = {
        "occurred_at": "2026-11-20T14:30",  # the editor adds the post's UTC offset
        "place": {"checkpoint": checkpoint, "description": "Жол өткелі, 3-жолақ",
                  "lat": 43.2567, "lon": 76.9286},
        "handling": _handling(),
        "links": [LINKED],
        "attachments": [],
    }
    route = [{"country": "AFG", "place": "Мазари-Шариф", "mode": "road", "date": "2026-10-01"},
             {"country": "KAZ", "place": "Шымкент", "mode": "rail", "date": None},
             {"country": "LTU", "place": "Vilnius, Žirmūnų g.", "mode": "air",
              "date": "2026-11-19"}]
    return {
        "border_violation": {
            **common, "kind": "border_violation",
            "narrative": "Түнде жаяу өтті.\nPatrulis sulaikė prie upės.",
            "persons": [_kazakh_person()],
            "direction": "entry", "section": "green", "method": "on_foot",
            "detected_by": "patrol", "outcome": "detained", "case_number": "2026-0042",
        },
        "contraband_detention": {
            **common, "kind": "contraband_detention",
            "narrative": "Рентгенмен тексеру кезінде қосалқы дөңгелектен героин табылды.",
            "persons": [_lithuanian_person("courier")],
            "items": [{"category": "narcotic_drug", "substance": "heroin",
                       "description": "4 пакет", "quantity": 1.85, "unit": "kg",
                       "serial_number": "", "markings": "жолбарыс мөрі"},
                      {"category": "firearm", "substance": "", "description": "Макаров",
                       "quantity": 1, "unit": "pcs", "serial_number": "ПМ-123456",
                       "markings": ""}],
            "concealment": {"method": "vehicle_natural_cavity", "description": "қосалқы дөңгелек"},
            "detection": "xray",
            "conveyance": {"mode": "road", "identifier": "ABC123", "country": "LTU"},
            "route": route, "outcome": "criminal_case", "case_number": "2026-0117",
        },
        "forged_document": {
            **common, "kind": "forged_document",
            "narrative": "Pateikė suklastotą pasą; nuotrauka pakeista.",
            "persons": [_lithuanian_person("holder"),
                        {**_kazakh_person(), "role": "maker", "documents": []}],
            "act": "use",
            "document": {"type": "passport", "number": "LT9988776", "issuing_state": "LTU",
                         "issued_on": "2019-05-05", "expires_on": "2029-05-04"},
            "forgery": "photo_substitution", "detected_by": "uv",
            "outcome": "refused_entry", "case_number": "ATP-2026-7",
        },
        "drug_intel": {
            **common, "kind": "drug_intel",
            "narrative": "Информация о канале поставки через Казахстан в Литву.",
            "persons": [{**_lithuanian_person("organizer"), "mrz": ""}],
            "topics": ["persons", "route", "new_substance", "diversion"],
            "substances": [
                {"substance": "heroin", "form": "powder", "quantity": 12.5, "unit": "kg",
                 "purity_percent": 61.5, "markings": "жолбарыс",
                 "properties": "қоңыр түсті ұнтақ"},
                {"substance": "Naujoji medžiaga X-7", "form": "tablets", "quantity": None,
                 "unit": None, "purity_percent": None, "markings": "",
                 "properties": "mėlynos tabletės"}],
            "route": route,
            "channel": "Курьерлер жүк көлігімен, төлем қолма-қол.",
            "concealment": {"method": "cargo_mixed", "description": "алма жүгі арасында"},
            "detection": "intelligence",
            "equipment": "Зертхана жабдығы, таблетка престері.",
            "evaluation": {"source": "B", "information": "2"},
        },
    }
