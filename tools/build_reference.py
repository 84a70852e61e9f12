"""Build `resources/reference/countries.json` from pycountry, plus the ICAO special codes.

Every ISO 3166-1 country is keyed by its alpha-3 code, with its alpha-2 code and its name in
Kazakh, Lithuanian, Russian and English:

- en is pycountry's plain `name` (the ISO short name, e.g. "Korea, Republic of"), not its
  `common_name` ("South Korea"): the ISO name is the one that is stable, that every entry has,
  and that the other three languages translate (it is the gettext message id);
- kk, lt and ru are pycountry's own translations of that name (gettext domain `iso3166-1` in
  `pycountry.LOCALES_DIR`). A name missing from a catalogue falls back (kk → ru → en,
  lt → en: a Lithuanian name must not be Cyrillic) and is listed by `--missing`;
  resources/reference/README.md lists those codes.

The ICAO Doc 9303 codes that are not countries but appear in the nationality field of a
machine-readable travel document (stateless, refugees, unknown, United Nations) are added with
names written here in all four languages, an empty `alpha2` and an English `note`.

The output is canonical so that a rebuild is byte-identical: keys sorted, indent 1, non-ASCII
kept as is, one trailing newline. It depends only on the installed pycountry: rebuild it (and
commit the result) when pycountry is upgraded. Run from the checkout root:

    .venv/bin/python tools/build_reference.py            # writes resources/reference/
    .venv/bin/python tools/build_reference.py --out DIR  # writes DIR/countries.json
    .venv/bin/python tools/build_reference.py --missing  # lists names that fell back
"""

from __future__ import annotations

import argparse
import gettext
import json
import sys
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "resources" / "reference"
TRANSLATED = ("kk", "lt", "ru")
# Where a catalogue has no name: Kazakh readers read Russian; Lithuanian text stays Latin.
FALLBACK = {"kk": ("ru", "en"), "lt": ("en",), "ru": ("en",)}

# ICAO Doc 9303 Part 3, codes for the nationality of persons that are not ISO 3166-1 countries.
SPECIAL_CODES: dict[str, dict[str, Any]] = {
    "XXA": {"note": "ICAO 9303: stateless person (1954 Convention, Art. 1)",
            "names": {"kk": "Азаматтығы жоқ адам", "lt": "Asmuo be pilietybės",
                      "ru": "Лицо без гражданства", "en": "Stateless person"}},
    "XXB": {"note": "ICAO 9303: refugee (1951 Convention, Art. 1, as amended by the 1967 Protocol)",
            "names": {"kk": "Босқын (1951 жылғы Конвенция бойынша)",
                      "lt": "Pabėgėlis (pagal 1951 m. konvenciją)",
                      "ru": "Беженец (по Конвенции 1951 г.)",
                      "en": "Refugee (1951 Convention)"}},
    "XXC": {"note": "ICAO 9303: refugee other than as defined under XXB",
            "names": {"kk": "Босқын (1951 жылғы Конвенциядан тыс)",
                      "lt": "Pabėgėlis (ne pagal 1951 m. konvenciją)",
                      "ru": "Беженец (не по Конвенции 1951 г.)",
                      "en": "Refugee (other than 1951 Convention)"}},
    "XXX": {"note": "ICAO 9303: unspecified nationality; Shekara also uses it for unknown",
            "names": {"kk": "Азаматтығы көрсетілмеген немесе белгісіз",
                      "lt": "Pilietybė nenurodyta arba nežinoma",
                      "ru": "Гражданство не указано или неизвестно",
                      "en": "Unspecified or unknown nationality"}},
    "UNO": {"note": "ICAO 9303: United Nations Organization or one of its officials",
            "names": {"kk": "Біріккен Ұлттар Ұйымы немесе оның лауазымды адамы",
                      "lt": "Jungtinių Tautų Organizacija ar jos pareigūnas",
                      "ru": "Организация Объединённых Наций или её должностное лицо",
                      "en": "United Nations Organization or its official"}},
    "UNA": {"note": "ICAO 9303: specialized agency of the United Nations or one of its officials",
            "names": {"kk": "БҰҰ-ның мамандандырылған мекемесі немесе оның лауазымды адамы",
                      "lt": "JT specializuotoji agentūra ar jos pareigūnas",
                      "ru": "Специализированное учреждение ООН или его должностное лицо",
                      "en": "UN specialized agency or its official"}},
    "UNK": {"note": "ICAO 9303: resident of Kosovo holding a travel document issued by UNMIK",
            "names": {"kk": "Косово тұрғыны (БҰҰ-ның Косоводағы миссиясының жол құжаты)",
                      "lt": "Kosovo gyventojas (UNMIK kelionės dokumentas)",
                      "ru": "Житель Косово (проездной документ МООНК)",
                      "en": "Resident of Kosovo (UNMIK travel document)"}},
}

# Kosovo's own passports carry RKS in the MRZ (not an ISO 3166-1 or ICAO code; Lithuania
# recognises Kosovo, Kazakhstan does not — the neutral geographic name serves both).
SPECIAL_CODES["RKS"] = {
    "note": "Code in the MRZ of passports issued by Kosovo; not ISO 3166-1 (issue 11)",
    "names": {"kk": "Косово", "lt": "Kosovas", "ru": "Косово", "en": "Kosovo"}}

# Where pycountry's translation is not the name official documents of the Parties use (issue 11
# re-check). Sources: the Russian text of Kazakhstan's and Kyrgyzstan's laws and treaties write
# «Кыргызстан» / «Кыргызская Республика» (Kazakhstan's MFA, adilet.zan.kz); the full form
# «Соединённые Штаты Америки» (pycountry writes «Соединённые штаты», a lower-case error); the
# Kazakh full name «Америка Құрама Штаттары» (pycountry has only the abbreviation АҚШ).
NAME_CORRECTIONS: dict[str, dict[str, str]] = {
    "USA": {"ru": "Соединённые Штаты Америки", "kk": "Америка Құрама Штаттары"},
    "KGZ": {"ru": "Кыргызстан"},
}


class _Missing(gettext.NullTranslations):
    """Last fallback of a catalogue: answers "no entry" instead of echoing the message id.

    A catalogue's `gettext()` returns the msgid itself both for a missing entry and for a
    translation that is the same word ("Malta" in Lithuanian); this tells the two apart.
    """

    def gettext(self, message: str) -> str:
        return ""


def _catalogues() -> dict[str, gettext.NullTranslations]:
    catalogues: dict[str, gettext.NullTranslations] = {}
    for lang in TRANSLATED:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        catalogue.add_fallback(_Missing())
        catalogues[lang] = catalogue
    return catalogues


def _translated(catalogue: gettext.NullTranslations, msgid: str) -> str | None:
    """The catalogue's own entry for `msgid`, or None when it has none."""
    return catalogue.gettext(msgid) or None


def _fallback(lang: str, found: dict[str, str | None], english: str) -> str:
    for other in FALLBACK[lang]:
        text = english if other == "en" else found[other]
        if text:
            return text
    return english


def build_countries() -> tuple[dict[str, Any], dict[str, list[str]]]:
    """(countries, missing): the countries.json mapping and, per language, the fallen-back codes."""
    catalogues = _catalogues()
    countries: dict[str, Any] = {}
    missing: dict[str, list[str]] = {lang: [] for lang in TRANSLATED}
    for country in pycountry.countries:
        names: dict[str, str] = {"en": country.name}
        found = {lang: _translated(catalogues[lang], country.name) for lang in TRANSLATED}
        for lang in TRANSLATED:
            text = found[lang]
            if text is None:
                missing[lang].append(country.alpha_3)
                text = _fallback(lang, found, country.name)
            names[lang] = text
        names.update(NAME_CORRECTIONS.get(country.alpha_3, {}))
        countries[country.alpha_3] = {"alpha2": country.alpha_2, "names": names}
    for code, entry in SPECIAL_CODES.items():
        countries[code] = {"alpha2": "", "names": dict(entry["names"]), "note": entry["note"]}
    return countries, {lang: sorted(codes) for lang, codes in missing.items()}


def canonical(data: Any) -> str:
    """The one serialisation of every reference file: sorted keys, indent 1, newline at end."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write(out_dir: Path) -> Path:
    countries, _ = build_countries()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "countries.json"
    # newline="\n": the bytes must be the same on Windows too.
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(canonical(countries))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--missing", action="store_true",
                        help="list the codes whose kk/lt/ru name fell back, and write nothing")
    args = parser.parse_args(argv)
    if args.missing:
        _, missing = build_countries()
        for lang, codes in missing.items():
            print(f"{lang}: {len(codes)} {' '.join(codes)}".rstrip())
        return 0
    print(write(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
