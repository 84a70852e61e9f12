"""The fast walk (validation_fast) against the reference walk (validation_reference).

`validate_record` answers with the fast walk when it vouches for a record and with the reference
walk otherwise. Both must give the same answer for every input: the same normalised record (the
same keys in the same order, so the same stored JSON and content hash) or the same issues
(paths, msgids, parameters, order). Compared on the sample generator's records and on
thousands of mutants of them: values replaced by wrong types, edge dates and numbers, text
holding every character class the text rules act on, keys removed, added and repeated.
"""

from __future__ import annotations

import copy
import json
import random
import uuid
from datetime import date
from typing import Any

import pytest

from shekara.demo.samples import generate_records
from shekara.domain import validation_fast
from shekara.domain.field_checks import LIST_CAP
from shekara.domain.records import content_hash
from shekara.domain.reference import ReferenceData, load_default
from shekara.domain.validation import validate_record
from shekara.domain.validation_reference import validate_record_reference
from shekara.errors import ValidationError

from .conftest import NOW

UUID = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b"
SPECIMEN_MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")

TEXTS = ["", " ", "  padded  ", "\t", "a\tb", "a\r\nb", "a\rb", "a\nb", "a\u00a0b", "\u00a0",
         "e\u0301", "\u0301", "a\u202eb", "a\u200bb", "a\u200db", "\u3164", "a\x00b", "\x7f",
         "a\ud800", "x" * 51, "y" * 201, "z" * 2001, "Жукаускас", "Žukauskas", "\u2028"]
CODES = ["KAZ", "kaz", " KAZ ", "XXX", "XXA", "ZZZ", "KA", "K1Z", "UTO", "violator", "holder",
         "entry", "exit", "g", "kg", "unknown", "M", "F", "passport", "road", "heroin",
         "HEROIN", "Heroin", "powder", "B", "2", "A", "xray", "use", "uv", "route",
         "detained", "consent_required", "allowed", "narcotic_drug", "firearm",
         "border_violation", "drug_intel", "KZ-KORDAI", "kz-kordai"]
DATES = ["2024-01-01", "2024-02-30", "1899-12-31", "1900-01-01", "2999-01-01", "2080-01-01",
         "2024", "2024-05", "2024-13", "2026-11-21", "2026-11-22", "3000",
         "2026-11-21T12:00:00+05:00", "2026-11-21T12:04:00+05:00",
         "2026-11-21T12:06:00+05:00", "2026-11-21T12:00:00", "2024-01-01T00:00:00Z",
         "2024-01-01T00:00:00.5+05:00", "0001-01-01T00:00:00+05:00",
         "9999-12-31T23:59:59-05:00", "2024-01-01 10:00+03:00", "20240101"]
IDS = [UUID, UUID.upper(), " " + UUID + " ", "not-a-uuid", "ab" * 32, "AB" * 32, "image/jpeg",
       "IMAGE/JPEG", "a/b", "..", "scan.jpg", "x/scan.jpg", SPECIMEN_MRZ,
       SPECIMEN_MRZ[:-1] + "9"]
NUMBERS: list[Any] = [0, -1, 1, 1.0, 1.5, 2.0**53, 2**53 + 1, 2**60, 1e300, float("nan"),
                      float("inf"), -0.0, 90, 90.0000001, -180, 100, 0.0, 1e-9, True, False]
OTHERS: list[Any] = [None, [], {}, [None], ["KAZ", "KAZ"], [1], {"x": 1}, [{}], [UUID, UUID]]
POOL: list[Any] = [*TEXTS, *CODES, *DATES, *IDS, *NUMBERS, *OTHERS]
READ_ONLY = {"id": UUID, "version": 2, "status": "approved", "content_hash": "ab" * 32,
             "created_by": "officer", "qualifies": True}
TRANSLATIONS: list[Any] = [
    {"ru": {"narrative": "Текст"}}, {"ru": {"narrative": ""}}, {"en": {}}, {}, None, "x",
    {"ru": {"items": [{"description": "Пакет"}]}}, {"ru": {"place": {"description": "Мост"}}},
    {"ru": {"case_number": "1"}}, {"ru": {"handling": {"note": "a\u202eb"}}},
    {"ru": {"narrative": "a\r\nb"}},
]


def outcome(walk: Any, record: Any, ref: ReferenceData, on_add: bool) -> tuple[Any, ...]:
    """What a walk makes of `record`: its bytes and hash, its issues, or its exception."""
    given = copy.deepcopy(record)
    try:
        result = walk(given, ref, now=NOW, on_add=on_add)
    except ValidationError as err:
        return ("refused", list(err.issues))
    except Exception as err:  # an exception must be the same one too
        return ("error", type(err).__name__, str(err))
    finally:
        assert _same(given, record), "a walk changed the record it was given"
    return ("accepted", json.dumps(result, ensure_ascii=False, allow_nan=True),
            content_hash({**result, "id": UUID, "version": 1}))


def _same(a: Any, b: Any) -> bool:
    """Equality that also holds for NaN (a mutant may carry one)."""
    return json.dumps(a, sort_keys=True, default=repr) == json.dumps(b, sort_keys=True,
                                                                      default=repr)


def samples(count: int) -> list[dict[str, Any]]:
    today = date(2026, 11, 21)
    return [*generate_records(count, seed=13, party="KZ", today=today, with_attachments=True),
            *generate_records(count, seed=14, party="LT", today=today, with_attachments=True)]


@pytest.fixture(scope="module")
def shipped() -> ReferenceData:
    return load_default()


def test_the_fast_walk_takes_every_sample_and_agrees(shipped: ReferenceData) -> None:
    """Every generated record is taken by the fast walk itself (else the fast path would be
    dead code), and gives the reference's record byte for byte."""
    for record in samples(150):
        fast = validation_fast.normalised(copy.deepcopy(record), shipped, NOW, True)
        assert fast is not None
        assert outcome(validate_record, record, shipped, True) == \
            outcome(validate_record_reference, record, shipped, True)


def _locations(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path (keys and indexes) inside a JSON value."""
    found = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _locations(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _locations(item, (*here, index))
    return found


def _mutant(record: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    mutant = copy.deepcopy(record)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        location = rng.choice(_locations(mutant)[1:])
        parent: Any = mutant
        for step in location[:-1]:
            parent = parent[step]
        key = location[-1]
        value = parent[key]
        move = rng.randrange(9)
        if move <= 2:
            parent[key] = copy.deepcopy(rng.choice(POOL))
        elif move == 3:
            del parent[key]
        elif move == 4 and isinstance(parent, list):
            parent.append(copy.deepcopy(value))
        elif move == 4:
            parent["unknown_field"] = 1
        elif move == 5:
            parent[key] = [value]
        elif move == 6 and isinstance(value, str):
            parent[key] = rng.choice(("", " ", "\t")) + value + rng.choice(("", " ", "\n"))
        elif move == 6:
            parent[key] = str(value)
        elif move == 7 and isinstance(value, str):
            parent[key] = value.upper() if rng.random() < 0.5 else value.lower()
        elif move == 7 and isinstance(value, dict):
            value.clear()
        elif isinstance(value, str) and value:
            at = rng.randrange(len(value) + 1)
            parent[key] = value[:at] + rng.choice(TEXTS[3:19]) + value[at:]
        else:
            parent[key] = copy.deepcopy(rng.choice(POOL))
    move = rng.randrange(6)
    if move == 0:
        mutant.update(rng.sample(sorted(READ_ONLY.items()), 2))
    elif move == 1:
        mutant["translations"] = copy.deepcopy(rng.choice(TRANSLATIONS))
    return mutant


def _fullest(records: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    """A sample of `kind` with every part the samples of that kind have (the one with the most
    distinct places, lists cut to two entries; an MRZ person and an attachment if any sample
    has one)."""
    def shapes(record: dict[str, Any]) -> set[tuple[Any, ...]]:
        return {tuple(0 if isinstance(step, int) else step for step in location)
                for location in _locations(record)}

    def cut(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: cut(item) for key, item in value.items()}
        if isinstance(value, list):
            return [cut(item) for item in value[:2]]
        return value

    of_kind = [r for r in records if r["kind"] == kind]
    record = cut(max(of_kind, key=lambda r: (len(shapes(r)), -len(_locations(r)))))
    with_mrz = [p for r in of_kind for p in r.get("persons", []) if p.get("mrz")]
    if with_mrz:
        record["persons"] = [*record["persons"][:1], cut(with_mrz[0])]
    attached = [a for r in of_kind for a in r.get("attachments", [])]
    if attached:
        record["attachments"] = attached[:1]
    return record


@pytest.mark.parametrize("kind", ["border_violation", "contraband_detention",
                                  "forged_document", "drug_intel"])
def test_every_value_at_every_place_gets_the_same_answer(shipped: ReferenceData,
                                                          kind: str) -> None:
    """Exhaustive where the mutants are random: each value of the pool put at each place of
    the fullest sample of a kind (every field of every part), each place removed, and each
    list grown past LIST_CAP with entries that are fine on their own."""
    record = _fullest(samples(60), kind)
    on_add = False
    for location in _locations(record)[1:]:
        for value in [*POOL, KeyError, LIST_CAP]:
            mutant = copy.deepcopy(record)
            parent: Any = mutant
            for step in location[:-1]:
                parent = parent[step]
            key = location[-1]
            if value is KeyError:
                del parent[key]
            elif value is LIST_CAP:
                if not isinstance(parent[key], list) or not parent[key]:
                    continue
                parent[key] = _grown(key, parent[key])
            else:
                parent[key] = copy.deepcopy(value)
            on_add = not on_add
            assert outcome(validate_record, mutant, shipped, on_add) == \
                outcome(validate_record_reference, mutant, shipped, on_add), (location, value)


def _grown(key: str, entries: list[Any]) -> list[Any]:
    """LIST_CAP + 1 entries: links distinct ids, other lists their first entry repeated."""
    if key == "links":
        return [str(uuid.UUID(int=n)) for n in range(LIST_CAP + 1)]
    return [copy.deepcopy(entries[0]) for _ in range(LIST_CAP + 1)]


@pytest.mark.parametrize("seed", range(4))
def test_mutants_get_the_same_answer_from_both_walks(shipped: ReferenceData, seed: int) -> None:
    rng = random.Random(seed)
    answers = {"accepted": 0, "refused": 0, "error": 0}
    for record in samples(40)[seed::4]:
        for _ in range(40):
            mutant = _mutant(record, rng)
            on_add = rng.random() < 0.5
            ours = outcome(validate_record, mutant, shipped, on_add)
            assert ours == outcome(validate_record_reference, mutant, shipped, on_add), mutant
            answers[str(ours[0])] += 1
    # The mutants exercise both answers, not only refusals.
    assert answers["accepted"] > 100 and answers["refused"] > 100, answers


def test_the_fast_walk_leaves_problems_to_the_reference(shipped: ReferenceData) -> None:
    """A problem is never the fast walk's to describe: it hands the record over."""
    record = samples(1)[0]
    record["occurred_at"] = "2999-01-01"
    assert validation_fast.normalised(record, shipped, NOW, True) is None
    with pytest.raises(ValidationError) as caught:
        validate_record(record, shipped, now=NOW)
    assert [(i.path, i.msgid) for i in caught.value.issues] == \
        [("occurred_at", "validation.future_date")]


def test_read_only_fields_are_refused_on_add_and_dropped_otherwise(
        shipped: ReferenceData) -> None:
    record = {**samples(1)[0], "id": UUID, "version": 3}
    assert validation_fast.normalised(record, shipped, NOW, True) is None
    dropped = validation_fast.normalised(record, shipped, NOW, False)
    assert dropped is not None and "id" not in dropped
    assert dropped == validate_record_reference(record, shipped, now=NOW, on_add=False)


def test_the_hand_made_examples_agree(ref: ReferenceData) -> None:
    """The domain tests' own reference data and a person read from an MRZ."""
    sources = dict(ref.sources)
    sources["countries"] = {**sources["countries"], "UTO": {"alpha2": "", "names": {}}}
    utopia = ReferenceData(sources)
    record = {"kind": "border_violation", "occurred_at": "2026-11-19",
              "persons": [{"role": "holder", "mrz": SPECIMEN_MRZ},
                          {"role": "violator", "surname": "Сүлейменов",
                           "citizenship": ["kaz"]}]}
    assert validation_fast.normalised(record, utopia, NOW, True) is not None
    assert outcome(validate_record, record, utopia, True) == \
        outcome(validate_record_reference, record, utopia, True)
    record["persons"][0]["mrz"] = SPECIMEN_MRZ[:-1] + "9"
    assert outcome(validate_record, record, utopia, True)[0] == "refused"
    assert outcome(validate_record, record, utopia, True) == \
        outcome(validate_record_reference, record, utopia, True)
