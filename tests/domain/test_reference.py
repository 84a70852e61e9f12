"""The reference data shipped in resources/reference/, read through the real reader.

These tests check the shipped files, not the reader's logic: that every code has a label and
every entry names itself in all four languages in the right script, that codes follow the
schemes documented in resources/reference/README.md, and that countries.json is exactly what
tools/build_reference.py makes.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from shekara.domain.codes import CODE_LISTS, KIND_ARTICLE, PARTY_ALPHA3
from shekara.domain.reference import FILES, ReferenceData
from shekara.languages import CODES as LANGUAGES
from shekara.paths import resources_dir
from tests.support.tools import load_tool

REFERENCE_DIR = resources_dir() / "reference"
GENERATOR = resources_dir().parent / "tools" / "build_reference.py"

LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# The Kazakh Cyrillic alphabet (42 letters): Russian's 33 plus ә ғ қ ң ө ұ ү һ і.
KAZAKH_LETTERS = set("абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә")
# In substance names only: an upper-case Latin abbreviation in parentheses ("(α-PVP)", "(NPP)")
# and the chemical locant "N-" are how those substances are known; see the README.
SUBSTANCE_LATIN_ALLOWED = re.compile(r"\((?:[0-9α]+-)?[A-Z][A-Z0-9-]*\)|\bN-")

CHECKPOINT_CODE = re.compile(r"^(KZ|LT)-[A-Z0-9]+(-[A-Z0-9]+)*-(ROAD|RAIL|AIR|SEA|RIVER)$")
SUBSTANCE_CODE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
SCHEDULES = {"S61 I", "S61 I, IV", "S71 I", "S71 II", "T88 I", "T88 II", "none"}
SPECIAL_CODES = {"XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "RKS"}
AUTHORITY_CODES = {"KZ-GP", "KZ-MVD", "KZ-KNB", "KZ-KNB-PS", "KZ-AFM", "KZ-SRC",
                   "LT-VRM", "LT-PD", "LT-VSAT", "LT-FNTT", "LT-STT", "LT-MD"}
CHECKPOINT_TYPES = {"road", "rail", "air", "sea", "river"}
CHECKPOINT_STATUSES = {"open", "closed", "restricted", "unknown"}
CONFIDENCES = {"confirmed", "check", "unconfirmed"}


@pytest.fixture(scope="module")
def shipped() -> ReferenceData:
    return ReferenceData.load(REFERENCE_DIR)


def raw(name: str) -> Any:
    return json.loads((REFERENCE_DIR / f"{name}.json").read_text(encoding="utf-8"))


def all_names(ref: ReferenceData) -> Iterator[tuple[str, Mapping[str, str]]]:
    """(where, names) for every named thing: countries, points, substances, authorities."""
    for code, country in ref.countries.items():
        yield f"country {code}", country["names"]
    for code, point in ref.checkpoints.items():
        yield f"checkpoint {code}", point.names
    for code, substance in ref.substances.items():
        yield f"substance {code}", substance.names
    for code, authority in ref.authorities.items():
        yield f"authority {code}", authority.names


def all_labels(ref: ReferenceData) -> Iterator[tuple[str, Mapping[str, str]]]:
    for code_list, codes in ref.labels.items():
        for code, names in codes.items():
            yield f"label {code_list}.{code}", names


# --- files -------------------------------------------------------------------------------------
def test_every_file_loads(shipped: ReferenceData) -> None:
    assert shipped.version == 2
    assert dict(shipped.meta) == {"version": 2, "issued_on": "2026-12-05",
                                  "issued_by": "Shekara release"}
    assert len(shipped.countries) > 250
    assert shipped.checkpoints and shipped.substances and shipped.authorities and shipped.labels


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_in_canonical_form(name: str) -> None:
    text = (REFERENCE_DIR / f"{name}.json").read_bytes().decode("utf-8")
    canonical = json.dumps(json.loads(text), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert text == canonical, f"{name}.json: not canonical (sorted keys, indent 1, newline)"


def test_generator_reproduces_countries_byte_for_byte(tmp_path: Path) -> None:
    import pycountry  # the generator's only input

    subprocess.run([sys.executable, str(GENERATOR), "--out", str(tmp_path)], check=True,
                   capture_output=True, timeout=120)
    built = (tmp_path / "countries.json").read_bytes()
    shipped = (REFERENCE_DIR / "countries.json").read_bytes()
    assert built == shipped, (
        f"countries.json differs from what tools/build_reference.py makes with pycountry "
        f"{importlib.metadata.version('pycountry')} ({pycountry.__file__}): rebuild and commit it")


def load_generator() -> ModuleType:
    return load_tool(GENERATOR)


def test_readme_lists_every_country_name_that_fell_back() -> None:
    _, missing = load_generator().build_countries()
    readme = (REFERENCE_DIR / "README.md").read_text(encoding="utf-8")
    fell_back = sorted({code for codes in missing.values() for code in codes})
    if not fell_back:
        assert "Names that fell back: none" in readme
    for code in fell_back:
        assert code in readme, f"{code} fell back to another language but README.md omits it"


# --- names in four languages, in the right script ----------------------------------------------
def test_every_code_of_every_list_has_a_label_in_four_languages(shipped: ReferenceData) -> None:
    for code_list, codes in CODE_LISTS.items():
        labels = shipped.labels.get(code_list)
        assert labels is not None, f"labels.json has no list {code_list}"
        assert set(labels) == set(codes), f"{code_list}: labels for {set(labels) ^ set(codes)}"
        for code in codes:
            for lang in LANGUAGES:
                text = labels[code].get(lang, "")
                assert text.strip(), f"{code_list}.{code} has no {lang} label"
                assert shipped.label(code_list, code, lang) == text


def test_every_named_thing_has_four_non_empty_names(shipped: ReferenceData) -> None:
    for where, names in all_names(shipped):
        assert set(names) == set(LANGUAGES), f"{where}: languages {sorted(names)}"
        for lang in LANGUAGES:
            assert names[lang].strip() == names[lang] and names[lang], f"{where} {lang} name"


def test_kazakh_names_are_kazakh_cyrillic(shipped: ReferenceData) -> None:
    for where, names in [*all_names(shipped), *all_labels(shipped)]:
        text = names["kk"]
        if where.startswith("substance "):
            text = SUBSTANCE_LATIN_ALLOWED.sub("", text)
        assert not LATIN.search(text), f"{where}: Latin letters in kk {names['kk']!r}"
        assert CYRILLIC.search(text), f"{where}: kk {names['kk']!r} has no Cyrillic letter"
        foreign = {ch for ch in text.lower() if CYRILLIC.match(ch)} - KAZAKH_LETTERS
        assert not foreign, f"{where}: letters {foreign} are not Kazakh in {names['kk']!r}"


def test_substance_latin_exception_is_narrow() -> None:
    # The allowance strips parenthesised upper-case abbreviations and "N-", nothing else.
    assert not LATIN.search(SUBSTANCE_LATIN_ALLOWED.sub("", "4-анилино-N-фенэтил (ANPP)"))
    assert not LATIN.search(SUBSTANCE_LATIN_ALLOWED.sub("", "хлорметкатинон (3-CMC) (α-PVP)"))
    assert LATIN.search(SUBSTANCE_LATIN_ALLOWED.sub("", "героин heroin"))
    assert LATIN.search(SUBSTANCE_LATIN_ALLOWED.sub("", "героин (heroin)"))
    assert LATIN.search(SUBSTANCE_LATIN_ALLOWED.sub("", "MDMA"))


def test_lithuanian_names_have_no_cyrillic(shipped: ReferenceData) -> None:
    for where, names in [*all_names(shipped), *all_labels(shipped)]:
        assert not CYRILLIC.search(names["lt"]), f"{where}: Cyrillic in lt {names['lt']!r}"


def test_english_names_have_no_cyrillic(shipped: ReferenceData) -> None:
    for where, names in [*all_names(shipped), *all_labels(shipped)]:
        assert not CYRILLIC.search(names["en"]), f"{where}: Cyrillic in en {names['en']!r}"


# --- countries ---------------------------------------------------------------------------------
def test_the_parties_have_their_own_names(shipped: ReferenceData) -> None:
    assert set(PARTY_ALPHA3.values()) <= set(shipped.countries)
    assert shipped.country_name("KAZ", "kk") == "Қазақстан"
    assert shipped.country_name("KAZ", "ru") == "Казахстан"
    assert shipped.country_name("KAZ", "lt") == "Kazachstanas"
    assert shipped.country_name("KAZ", "en") == "Kazakhstan"
    assert shipped.country_name("LTU", "lt") == "Lietuva"
    assert shipped.country_name("LTU", "ru") == "Литва"
    assert shipped.country_name("LTU", "kk") == "Литва"
    assert shipped.country_name("LTU", "en") == "Lithuania"


def test_countries_are_iso_and_icao_special_codes(shipped: ReferenceData) -> None:
    import pycountry

    iso = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    assert set(shipped.countries) == set(iso) | SPECIAL_CODES
    for code, entry in shipped.countries.items():
        assert entry["alpha2"] == iso.get(code, ""), code
    assert shipped.country_name("XXA", "en") == "Stateless person"
    assert shipped.country_name("XXA", "lt") == "Asmuo be pilietybės"
    assert all(shipped.countries[code].get("note") for code in SPECIAL_CODES)


# --- checkpoints -------------------------------------------------------------------------------
def test_checkpoint_codes_are_unique_and_follow_the_scheme() -> None:
    codes = [point["code"] for point in raw("checkpoints")]
    assert len(codes) == len(set(codes)), "duplicate checkpoint codes"
    for point in raw("checkpoints"):
        code = point["code"]
        assert CHECKPOINT_CODE.match(code), code
        assert code.startswith(point["party"] + "-"), code
        assert code.endswith("-" + point["type"].upper()), code


def test_checkpoints_have_a_party_a_known_neighbour_and_closed_lists(
        shipped: ReferenceData) -> None:
    for code, point in shipped.checkpoints.items():
        assert point.party in PARTY_ALPHA3, code
        assert point.type in CHECKPOINT_TYPES, code
        assert point.status in CHECKPOINT_STATUSES, code
        assert point.confidence in CONFIDENCES, code
        assert point.note.strip(), f"{code} has no note"
        if point.type in ("air", "sea"):
            assert point.neighbour is None, code
        else:
            assert point.neighbour in shipped.countries, code
            assert point.neighbour not in SPECIAL_CODES, code
            assert point.neighbour not in PARTY_ALPHA3.values(), code  # KZ and LT share no border


def test_airports_carry_their_iata_code() -> None:
    for point in raw("checkpoints"):
        if point["type"] == "air":
            iata = point["code"].split("-")[-2]
            assert re.fullmatch(r"[A-Z]{3}", iata), point["code"]
            assert f"({iata})" in point["names"]["en"], point["code"]


def test_both_parties_have_points_and_the_known_ones_are_there(shipped: ReferenceData) -> None:
    assert {p.party for p in shipped.checkpoints.values()} == {"KZ", "LT"}
    medininkai = shipped.checkpoints["LT-MEDININKAI-ROAD"]
    assert (medininkai.neighbour, medininkai.names["lt"]) == ("BLR", "Medininkų PKP")
    assert shipped.checkpoints["LT-LAVORISKES-ROAD"].status == "closed"
    assert shipped.checkpoint_name("KZ-NUR-ZHOLY-ROAD", "kk") == "Нұр жолы"
    assert {"KZ-DOSTYK-ROAD", "KZ-DOSTYK-RAIL"} <= set(shipped.checkpoints)


def test_kz_points_are_never_confirmed_because_their_lt_names_are_ours(
        shipped: ReferenceData) -> None:
    for code, point in shipped.checkpoints.items():
        if point.party == "KZ":
            assert point.confidence in ("check", "unconfirmed"), code


# --- substances and authorities ----------------------------------------------------------------
def test_substances_follow_the_scheme() -> None:
    codes = [entry["code"] for entry in raw("substances")]
    assert len(codes) == len(set(codes)), "duplicate substance codes"
    for entry in raw("substances"):
        assert SUBSTANCE_CODE.match(entry["code"]), entry["code"]
        assert entry["category"] in ("narcotic_drug", "psychotropic", "precursor"), entry["code"]
        assert entry["schedule"] in SCHEDULES, entry["code"]
        assert entry["confidence"] in CONFIDENCES, entry["code"]
        convention = {"S61": "narcotic_drug", "S71": "psychotropic", "T88": "precursor"}
        expected = convention.get(entry["schedule"][:3])
        if expected:
            assert entry["category"] == expected, entry["code"]
        else:  # not internationally controlled: the reason must be written down
            assert "international control" in entry.get("note", ""), entry["code"]


def test_split_rows_are_one_entry_per_substance(shipped: ReferenceData) -> None:
    for code in ("safrole", "isosafrole", "piperonal", "heroin", "cannabis_resin",
                 "acetic_anhydride", "p2p", "pmk", "bmk_glycidates", "nitazenes",
                 "synthetic_cannabinoids", "tramadol"):
        assert code in shipped.substances, code
    assert shipped.substance_name("heroin", "lt") == "heroinas"


def test_authorities_are_the_art12_bodies_of_both_parties(shipped: ReferenceData) -> None:
    assert set(shipped.authorities) == AUTHORITY_CODES
    for code, authority in shipped.authorities.items():
        assert code.startswith(authority.party + "-"), code
        assert authority.note.strip(), code
    assert {a.code for a in shipped.authorities_of("LT")} == {
        c for c in AUTHORITY_CODES if c.startswith("LT-")}


# --- retention and labels of the reference data itself -----------------------------------------
def test_retention_rules_exist_for_both_parties_and_every_kind(shipped: ReferenceData) -> None:
    for party in PARTY_ALPHA3:
        for kind in KIND_ARTICLE:
            rule = shipped.retention(party, kind)
            assert rule.retain_years > 0 and rule.review_months > 0, (party, kind)
            assert rule.review_months <= 12 * rule.retain_years, (party, kind)
    assert set(raw("retention")) == set(PARTY_ALPHA3)
    assert all(set(kinds) == set(KIND_ARTICLE) for kinds in raw("retention").values())


def test_reference_lists_used_in_the_files_have_labels(shipped: ReferenceData) -> None:
    used = {
        "checkpoint_type": {p.type for p in shipped.checkpoints.values()},
        "checkpoint_status": {p.status for p in shipped.checkpoints.values()},
        "confidence": {p.confidence for p in shipped.checkpoints.values()}
        | {s.confidence for s in shipped.substances.values()},
        "item_category": {s.category for s in shipped.substances.values()},
    }
    for code_list, codes in used.items():
        assert codes <= set(shipped.labels[code_list]), (code_list, codes)


def test_readme_lists_everything_that_must_be_checked(shipped: ReferenceData) -> None:
    readme = (REFERENCE_DIR / "README.md").read_text(encoding="utf-8")
    unchecked = [code for code, p in shipped.checkpoints.items() if p.confidence != "confirmed"]
    unchecked += [code for code, s in shipped.substances.items() if s.confidence != "confirmed"]
    unchecked += [a["code"] for a in raw("authorities") if a.get("confidence") != "confirmed"]
    missing = [code for code in unchecked if f"`{code}`" not in readme]
    assert not missing, f"README.md's checklist omits {missing}"


def test_the_rows_re_checked_in_issue_11(shipped: ReferenceData) -> None:
    """What a reader of kk, lt and ru found (README "Re-checked 2026-12-05")."""
    kalzhat = shipped.checkpoints["KZ-KOLZHAT-ROAD"]
    assert (kalzhat.names["kk"], kalzhat.names["ru"]) == ("Қалжат", "Калжат")
    assert shipped.checkpoints["KZ-ALAKOL-ROAD"].status == "closed"
    assert shipped.checkpoints["KZ-DOSTYK-ROAD"].status == "open"
    for code in ("LT-KALVARIJA-ROAD", "LT-LAZDIJAI-ROAD"):
        assert shipped.checkpoints[code].status == "closed"
    assert shipped.country_name("USA", "ru") == "Соединённые Штаты Америки"
    assert shipped.country_name("USA", "kk") == "Америка Құрама Штаттары"
    assert shipped.country_name("KGZ", "ru") == "Кыргызстан"
    assert shipped.country_name("KGZ", "lt") == "Kirgizija"
    assert shipped.country_name("RKS", "lt") == "Kosovas"
    for code in ("poppy_straw", "cannabis_oil", "alpha_php", "alpha_pihp"):
        assert code in shipped.substances
    assert "pregabalin" not in shipped.substances  # README: national status unconfirmed
