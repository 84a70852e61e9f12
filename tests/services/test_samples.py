"""The sample-record generator: every record valid, realistic in its mix, the same every time."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from shekara.demo.names import (
    icao_latin,
    lithuanian_feminine,
    lithuanian_in_cyrillic,
    name_groups,
)
from shekara.demo.persons import td3_mrz
from shekara.demo.samples import (
    DEMO_OFFICERS,
    DEMO_PASSPHRASE,
    KIND_SHARES,
    generate_records,
)
from shekara.domain.codes import CODE_LISTS
from shekara.domain.mrz import parse_mrz
from shekara.domain.records import PERSON_FIELDS, record_fields
from shekara.domain.reference import ReferenceData, load_default
from shekara.domain.relevance import qualifies
from shekara.domain.validation import validate_record
from shekara.errors import InputError

TODAY = date(2026, 11, 21)
# Midnight starting TODAY where each Party's posts are: the strictest "now" the generator
# promises to stay behind (in November Lithuania is on +02:00).
PARTY_ZONE = {"KZ": timezone(timedelta(hours=5)), "LT": timezone(timedelta(hours=2))}
KAZAKH_LETTERS = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
LITHUANIAN_LETTERS = re.compile("[ĄąČčĘęĖėĮįŠšŲųŪūŽž]")
CYRILLIC = re.compile("[А-Яа-яЁё]")


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return load_default()


@pytest.fixture(scope="module")
def samples(ref: ReferenceData) -> dict[str, list[dict[str, Any]]]:
    return {party: list(generate_records(2000, party=party, today=TODAY, ref=ref))
            for party in ("KZ", "LT")}


def midnight(party: str) -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=PARTY_ZONE[party])


def all_persons(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [person for record in records for person in record["persons"]]


# --- every record is one `record add` accepts ------------------------------------------------
@pytest.mark.parametrize("party", ["KZ", "LT"])
def test_first_2000_records_pass_validation(party: str, ref: ReferenceData,
                                            samples: dict[str, list[dict[str, Any]]]) -> None:
    refused = []
    for index, record in enumerate(samples[party]):
        try:
            validate_record(record, ref, now=midnight(party))
        except InputError as err:
            refused.append((index, getattr(err, "issues", str(err))))
    assert refused == []


@pytest.mark.parametrize("party", ["KZ", "LT"])
def test_records_have_no_vault_fields_and_every_field_of_their_kind(
        party: str, samples: dict[str, list[dict[str, Any]]]) -> None:
    for record in samples[party][:300]:
        assert not {"id", "version", "status"} & set(record)
        assert set(record) <= set(record_fields(record["kind"]))


def test_generation_works_with_sparse_reference_data(ref: ReferenceData) -> None:
    """A reference set without crossing points, with few countries and one substance."""
    sources = copy.deepcopy(dict(ref.sources))
    sources["checkpoints"] = []
    sources["countries"] = {code: sources["countries"][code] for code in ("KAZ", "LTU", "XXX")}
    sources["substances"] = [s for s in sources["substances"] if s["code"] == "heroin"]
    sparse = ReferenceData(sources)
    for party in ("KZ", "LT"):
        for record in generate_records(400, party=party, today=TODAY, ref=sparse):
            validate_record(record, sparse, now=midnight(party))
            assert record["place"]["checkpoint"] is None
            for person in record["persons"]:
                assert set(person["citizenship"]) <= {"KAZ", "LTU", "XXX"}


# --- determinism ------------------------------------------------------------------------------
def test_same_seed_same_records_and_other_seeds_differ(ref: ReferenceData) -> None:
    first = list(generate_records(300, seed=7, today=TODAY, ref=ref))
    assert first == list(generate_records(300, seed=7, today=TODAY, ref=ref))
    assert first != list(generate_records(300, seed=8, today=TODAY, ref=ref))
    assert first != list(generate_records(300, seed=7, party="LT", today=TODAY, ref=ref))


def test_same_records_in_another_process_with_another_hash_seed() -> None:
    script = ("import json, hashlib, datetime; from shekara.demo.samples import "
              "generate_records as g; print(hashlib.sha256(json.dumps(list(g(200, party='LT', "
              "today=datetime.date(2026, 11, 21))), ensure_ascii=False).encode()).hexdigest())")
    digests = set()
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                                text=True, check=True)
        digests.add(result.stdout.strip())
    assert len(digests) == 1


def test_default_reference_data_is_the_shipped_one(ref: ReferenceData) -> None:
    assert list(generate_records(20, today=TODAY)) == list(
        generate_records(20, today=TODAY, ref=ref))


def test_today_defaults_to_the_real_date() -> None:
    now = datetime.now().astimezone()
    for record in generate_records(200, party="LT"):
        validate_record(record, load_default(), now=now + timedelta(days=1))
        assert record["occurred_at"][:10] < now.date().isoformat()


# --- the mix ----------------------------------------------------------------------------------
def test_kinds_come_in_the_intended_shares(ref: ReferenceData) -> None:
    records = list(generate_records(5000, today=TODAY, ref=ref))
    counts = Counter(record["kind"] for record in records)
    assert set(counts) == set(CODE_LISTS["kind"])
    for kind, share in KIND_SHARES.items():
        assert abs(counts[kind] / len(records) - share) < 0.03, kind


@pytest.mark.parametrize("party", ["KZ", "LT"])
def test_some_records_qualify_and_some_do_not(
        party: str, samples: dict[str, list[dict[str, Any]]]) -> None:
    art6 = [record for record in samples[party] if record["kind"] != "drug_intel"]
    share = sum(qualifies(record, party) for record in art6) / len(art6)
    assert 0.12 < share < 0.5
    overall = sum(qualifies(record, party) for record in samples[party]) / 2000
    assert 0.25 < overall < 0.6


def test_kazakh_lithuanian_and_russian_names_all_present(
        samples: dict[str, list[dict[str, Any]]]) -> None:
    groups = name_groups()
    for party in ("KZ", "LT"):
        persons = all_persons(samples[party])
        surnames = {person["surname"] for person in persons}
        patronymics = {person["patronymic"] for person in persons}
        assert any(KAZAKH_LETTERS.search(name) for name in surnames)
        assert any(LITHUANIAN_LETTERS.search(name) for name in surnames)
        assert surnames & set(groups["russian"].surnames)
        assert any(name.endswith(("ұлы", "қызы")) for name in patronymics)
        assert any(name.endswith(("ович", "евич", "овна", "евна")) for name in patronymics)
        assert {"Jankauskaitė", "Kazlauskienė"} & surnames or any(
            name.endswith(("aitė", "ienė", "ytė", "iūtė")) for name in surnames)


def test_posts_write_foreign_names_in_their_own_ways(
        samples: dict[str, list[dict[str, Any]]]) -> None:
    kz_surnames = {person["surname"] for person in all_persons(samples["KZ"])}
    lt_persons = all_persons(samples["LT"])
    # A KZ officer types Lithuanian names in Cyrillic now and then (Жукаускас, Казлаускене).
    assert any(name.endswith(("аускас", "ене", "айте", "юс")) for name in kz_surnames)
    # An LT officer copies Russian names from the passport's Latin line.
    russian = {icao_latin(name).title() for name in name_groups()["russian"].surnames}
    assert {person["surname"] for person in lt_persons} & russian


@pytest.mark.parametrize("party", ["KZ", "LT"])
def test_citizenships_are_the_regions(party: str,
                                      samples: dict[str, list[dict[str, Any]]]) -> None:
    seen = Counter(code for person in all_persons(samples[party])
                   for code in person["citizenship"])
    assert set(seen) == {"KAZ", "LTU", "RUS", "BLR", "UZB", "KGZ", "TJK", "AFG", "UKR", "CHN",
                         "XXA", "XXX"}


def test_every_optional_field_is_sometimes_set(samples: dict[str, list[dict[str, Any]]]) -> None:
    records = samples["KZ"] + samples["LT"]
    for kind in CODE_LISTS["kind"]:
        of_kind = [record for record in records if record["kind"] == kind]
        for field in record_fields(kind):
            if field in ("links", "attachments"):
                continue  # see test_attachments_only_when_asked_for
            assert any(record.get(field) for record in of_kind), (kind, field)
            if field != "kind":
                assert any(not record.get(field) for record in of_kind) or field in (
                    "occurred_at", "narrative", "persons", "place", "items", "topics",
                    "document", "act", "section", "outcome"), (kind, field)
    persons = all_persons(records)
    for field in PERSON_FIELDS:
        assert any(person.get(field) for person in persons), field
    assert any(record.get("handling", {}).get("legal_hold") for record in records)
    assert any("handling" not in record for record in records)


def test_attachments_only_when_asked_for(ref: ReferenceData,
                                        samples: dict[str, list[dict[str, Any]]]) -> None:
    # Without bytes an attachment would make export refuse the record: off by default.
    assert not any(record["attachments"] or record["links"] for record in samples["KZ"])
    records = list(generate_records(600, today=TODAY, ref=ref, with_attachments=True))
    with_files = [record for record in records if record["attachments"]]
    assert 5 < len(with_files) < 60
    for record in with_files:
        normalised = validate_record(record, ref, now=midnight("KZ"))
        assert normalised["attachments"] == record["attachments"]
    # The flag adds attachments and changes nothing else, up to the first record that has some.
    first = records.index(with_files[0])
    plain = list(generate_records(first + 1, today=TODAY, ref=ref))
    assert records[:first] == plain[:first]
    assert {**records[first], "attachments": []} == plain[first]


def test_documents_have_plausible_numbers(samples: dict[str, list[dict[str, Any]]]) -> None:
    documents = [(document["issuing_state"], document["type"], document["number"])
                 for person in all_persons(samples["KZ"] + samples["LT"])
                 for document in person["documents"] if document["number"]]
    kz_passports = {number for state, kind, number in documents
                    if (state, kind) == ("KAZ", "passport")}
    lt_passports = {number for state, kind, number in documents
                    if (state, kind) == ("LTU", "passport")}
    assert kz_passports and all(re.fullmatch(r"N\d{8}", n) for n in kz_passports)
    assert lt_passports and all(re.fullmatch(r"\d{8}", n) for n in lt_passports)
    assert any(kind == "id_card" for _, kind, _ in documents)


@pytest.mark.parametrize("party", ["KZ", "LT"])
def test_places_are_the_posts_own_crossing_points(
        party: str, ref: ReferenceData, samples: dict[str, list[dict[str, Any]]]) -> None:
    places = [record["place"] for record in samples[party]]
    codes = {place["checkpoint"] for place in places if place["checkpoint"]}
    assert len(codes) > 10
    assert all(ref.checkpoints[code].party == party for code in codes)
    assert any(place["checkpoint"] is None for place in places)
    with_position = [place for place in places if place["lat"] is not None]
    assert with_position
    lat_range = (40, 56) if party == "KZ" else (53, 57)
    assert all(lat_range[0] < place["lat"] < lat_range[1] for place in with_position)
    script = KAZAKH_LETTERS if party == "KZ" else LITHUANIAN_LETTERS
    described = [place["description"] for place in places if place["description"]]
    assert sum(bool(script.search(text)) for text in described) > len(described) * 0.6


@pytest.mark.parametrize("party,own,own_share", [("KZ", KAZAKH_LETTERS, 0.8),
                                                 ("LT", LITHUANIAN_LETTERS, 0.85)])
def test_narratives_are_in_the_posts_language_sometimes_russian(
        party: str, own: re.Pattern[str], own_share: float,
        samples: dict[str, list[dict[str, Any]]]) -> None:
    narratives = [record["narrative"] for record in samples[party]]
    assert all(narratives)
    in_own = sum(bool(own.search(text)) for text in narratives) / len(narratives)
    russian = sum(bool(CYRILLIC.search(text)) and not KAZAKH_LETTERS.search(text)
                  and not LITHUANIAN_LETTERS.search(text) for text in narratives)
    assert abs(in_own - own_share) < 0.06
    assert russian > len(narratives) * 0.08
    assert len(set(narratives)) > len(narratives) * 0.8  # varied, not a handful of texts
    assert max(len(text) for text in narratives) < 1500


def test_narratives_say_nothing_twice(samples: dict[str, list[dict[str, Any]]]) -> None:
    for record in samples["KZ"] + samples["LT"]:
        sentences = re.split(r"(?<=\.) (?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІĄČĘĖĮŠŲŪŽ«])", record["narrative"])
        assert len(sentences) == len(set(sentences)), record["narrative"]
        assert "{" not in record["narrative"]


@pytest.mark.parametrize("party,offsets", [("KZ", {"+05:00"}), ("LT", {"+02:00", "+03:00"})])
def test_occurred_at_spreads_over_three_years_with_the_partys_offsets(
        party: str, offsets: set[str], samples: dict[str, list[dict[str, Any]]]) -> None:
    moments = [record["occurred_at"] for record in samples[party]]
    timed = [datetime.fromisoformat(text) for text in moments if "T" in text]
    assert {moment.isoformat()[19:] for moment in timed} == offsets
    assert any(len(text) == 10 for text in moments)  # the time is sometimes unknown
    days = [moment.date() for moment in timed]
    assert TODAY - timedelta(days=3 * 365 + 1) <= min(days) < TODAY - timedelta(days=1000)
    assert TODAY - timedelta(days=40) < max(days) < TODAY
    assert all(moment < midnight(party) for moment in timed)
    if party == "LT":  # EU summer time: +03:00 in July, +02:00 in January
        assert all(moment.utcoffset() == timedelta(hours=3) for moment in timed
                   if moment.month == 7)
        assert all(moment.utcoffset() == timedelta(hours=2) for moment in timed
                   if moment.month == 1)


def test_seizures_use_reference_substances_and_sometimes_new_ones(
        ref: ReferenceData, samples: dict[str, list[dict[str, Any]]]) -> None:
    records = samples["KZ"] + samples["LT"]
    items = [item for record in records for item in record.get("items", [])]
    intel = [entry for record in records for entry in record.get("substances", [])]
    named = [entry["substance"] for entry in items + intel if entry["substance"]]
    listed = [name for name in named if name in ref.substances]
    assert len(set(listed)) > 15
    assert 0 < len(named) - len(listed) < len(named) * 0.1
    assert {item["category"] for item in items} == set(CODE_LISTS["item_category"])
    heroin_kg = [item["quantity"] for item in items
                 if item["substance"] == "heroin" and item["unit"] == "kg"]
    assert heroin_kg and all(0 < quantity <= 60 for quantity in heroin_kg)
    new_substance_records = [record for record in records if record["kind"] == "drug_intel"
                             and any(entry["substance"] not in ref.substances
                                     for entry in record["substances"])]
    assert new_substance_records
    assert all("new_substance" in record["topics"] for record in new_substance_records)


def test_routes_have_two_to_five_legs_origin_first(
        samples: dict[str, list[dict[str, Any]]]) -> None:
    routes = [record["route"] for record in samples["KZ"] + samples["LT"]
              if record.get("route")]
    assert {len(route) for route in routes} == {2, 3, 4, 5}
    assert any([leg["country"] for leg in route] == ["AFG", "TJK", "KAZ", "RUS", "LTU"]
               for route in routes)
    for route in routes:
        dates = [leg["date"] for leg in route if leg["date"]]
        assert dates == sorted(dates)


def test_intel_records_carry_their_parts(samples: dict[str, list[dict[str, Any]]]) -> None:
    intel = [record for record in samples["KZ"] if record["kind"] == "drug_intel"]
    assert all(record["topics"] for record in intel)
    assert any(record.get("evaluation", {}).get("source") for record in intel)
    assert any(record["channel"] for record in intel)
    assert any(record["equipment"] and "equipment" in record["topics"] for record in intel)


def test_some_persons_carry_an_mrz_that_agrees_with_them(
        samples: dict[str, list[dict[str, Any]]]) -> None:
    with_mrz = [person for person in all_persons(samples["KZ"] + samples["LT"])
                if person.get("mrz")]
    assert len(with_mrz) > 20
    for person in with_mrz:
        read = parse_mrz(person["mrz"], today=TODAY)
        assert read.birth_date == person["birth_date"]
        assert read.nationality in person["citizenship"]
        assert read.document_number == person["documents"][0]["number"]


# --- the pieces -------------------------------------------------------------------------------
def test_td3_mrz_has_correct_check_digits() -> None:
    text = td3_mrz("ZHUKAUSKAS", "TOMAS", "12345678", "LTU", date(1988, 4, 2), "M",
                   date(2030, 1, 1))
    read = parse_mrz(text, today=TODAY)
    assert (read.surname, read.given_names, read.document_number) == (
        "ZHUKAUSKAS", "TOMAS", "12345678")
    assert (read.birth_date, read.expiry_date, read.sex) == ("1988-04-02", "2030-01-01", "M")
    long = td3_mrz("BEKMUKHAMBETOVA", "AKMARAL NURSULTANKYZY ALIEVNA", "N12345678", "KAZ",
                   date(1979, 12, 31), "F", date(2029, 12, 30))
    assert parse_mrz(long, today=TODAY).surname == "BEKMUKHAMBETOVA"


@pytest.mark.parametrize("name,latin", [
    ("Сүлейменов", "SULEIMENOV"), ("Жақсылықов", "ZHAKSYLYKOV"), ("Щербаков", "SHCHERBAKOV"),
    ("Әлия", "ALIIA"), ("Соловьёв", "SOLOVEV"), ("Žukauskas", "ZUKAUSKAS"),
    ("Ahmad Shah", "AHMAD SHAH"), ("Олійник", "OLIINIK"),
])
def test_icao_latin(name: str, latin: str) -> None:
    assert icao_latin(name) == latin


@pytest.mark.parametrize("male,wife,daughter", [
    ("Žukauskas", "Žukauskienė", "Žukauskaitė"),
    ("Vaitkevičius", "Vaitkevičienė", "Vaitkevičiūtė"),
    ("Žemaitis", "Žemaitienė", "Žemaitytė"),
    ("Butkus", "Butkuvienė", "Butkutė"),
    ("Kairys", "Kairienė", "Kairytė"),
])
def test_lithuanian_feminine_surnames(male: str, wife: str, daughter: str) -> None:
    assert lithuanian_feminine(male, married=True) == wife
    assert lithuanian_feminine(male, married=False) == daughter


@pytest.mark.parametrize("name,cyrillic", [
    ("Žukauskas", "Жукаускас"), ("Vaitkevičius", "Вайткевичюс"),
    ("Kazlauskienė", "Казлаускене"), ("Giedrius", "Гедрюс"), ("Jankauskaitė", "Янкаускайте"),
    ("Eglė", "Эгле"), ("Kavaliauskas", "Каваляускас"), ("Ieva", "Иева"),
])
def test_lithuanian_names_in_cyrillic(name: str, cyrillic: str) -> None:
    assert lithuanian_in_cyrillic(name) == cyrillic


def test_demo_constants() -> None:
    assert DEMO_PASSPHRASE == "demo-shekara-2026"
    assert DEMO_OFFICERS == [("demo.supervisor", "supervisor"), ("demo.officer", "officer"),
                             ("demo.second", "supervisor")]
    assert {role for _, role in DEMO_OFFICERS} <= set(CODE_LISTS["officer_role"])


# --- refusals ---------------------------------------------------------------------------------
@pytest.mark.parametrize("count", [-1, True, 2.5, "10", 10_000_001])
def test_a_bad_count_is_refused_before_anything_is_made(count: Any, ref: ReferenceData) -> None:
    with pytest.raises(InputError) as caught:
        generate_records(count, ref=ref)
    assert caught.value.msgid == "samples.bad_count"


@pytest.mark.parametrize("party", ["kz", "LV", ""])
def test_an_unknown_party_is_refused(party: str, ref: ReferenceData) -> None:
    with pytest.raises(InputError) as caught:
        generate_records(1, party=party, ref=ref)
    assert caught.value.msgid == "samples.bad_party"


def test_zero_records_is_nothing(ref: ReferenceData) -> None:
    assert list(generate_records(0, ref=ref)) == []


def test_records_are_plain_json(samples: dict[str, list[dict[str, Any]]]) -> None:
    records = samples["KZ"][:200]
    assert json.loads(json.dumps(records, ensure_ascii=False)) == records
