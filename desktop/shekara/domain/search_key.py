"""Search keys: what the vault's full-text index stores, and what a query is turned into.

Officers type a name the way they heard it, saw it in a passport, or can type it on the keyboard
in front of them: Жукаускас, Žukauskas, Zhukauskas and Zukauskas are one person. Every word is
reduced to a *skeleton key* of lowercase ASCII letters and digits in which the usual spellings of
one name meet. The index (SQLite FTS5, ``unicode61``) then only has to split on spaces, and a query
is a set of prefix matches on the same keys. docs/search.md explains each step and each fold with
the pair of spellings that needs it, and lists what collides and what still does not meet.

Three letters of Latin input are ambiguous and cannot be folded into one reading: ``j`` (Й in
Lithuanian and Polish, Ж in Kazakh Latin, ДЖ in Uzbek and English), ``x`` (КС in Alexander, Х in
Uzbek and Azerbaijani) and ``ch`` (Ч in English, Х in Lithuanian, Polish, German and Czech).
A word containing them gets one key per reading (``word_keys``); the index stores all of them and
a query accepts any of them. ``word_key`` is the first reading, the one the brief names. A few
Cyrillic letters that documents write two ways (ё, ъ, and я in a Lithuanian name) add readings
the same way. When nothing matches exactly, ``one_edit_away`` feeds the one-letter-off search.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

# The index's columns, in the order the vault's FTS5 table declares them.
SEARCH_COLUMNS = ("names", "documents", "places", "things", "text")
# bm25 weights per column (docs/search.md, "Ranking"): a hit in a name says most about a record.
BM25_WEIGHTS: Mapping[str, float] = {
    "names": 10.0, "documents": 8.0, "things": 4.0, "places": 3.0, "text": 1.0,
}
# A pasted paragraph is not a query: only its first words are used.
MAX_QUERY_GROUPS = 16

# --- step 0: apostrophes --------------------------------------------------------------------------
# Kazakh Latin of 2017 (s' c' g' n' a' o' u' y' i') and Uzbek Latin (oʻ gʻ) write letters with an
# apostrophe; names like O'Neil and Ukrainian Мар'яна carry one too. Every look-alike becomes "'"
# before NFKC (which would turn the acute accent ´ into a space and a combining mark).
_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys("’ʼ‘ʻ`´′ʹ", "'"))
# Kazakh Latin 2017: the apostrophe letters that are not already met by the folds below
# (y' is У, not Ы; s' and c' are Ш and Ч). All other apostrophes are dropped.
_APOSTROPHE_LETTERS = {"y'": "u", "s'": "sh", "c'": "ch"}
_APOSTROPHE_LETTER = re.compile("|".join(_APOSTROPHE_LETTERS))

# --- step 2: Cyrillic to Latin, one scheme for Russian, Kazakh, Ukrainian, Belarusian and the
# Cyrillic of the neighbours (Kyrgyz, Tajik, Uzbek, Tatar, Serbian) ---------------------------
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh. ң is "n", as in Kazakh passports (Жаңабай → ZHANABAI), not "ng": docs/search.md.
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian and Belarusian
    "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    # Kyrgyz, Tajik, Uzbek, Tatar, Bashkir, Chuvash, Serbian, Macedonian
    "ҳ": "h", "ҷ": "dzh", "ӣ": "i", "ӯ": "u", "җ": "zh", "ҫ": "s", "ҙ": "z", "ӑ": "a",
    "ӗ": "e", "ӳ": "u", "ҡ": "k", "ӊ": "n", "ј": "y", "љ": "ly", "њ": "ny", "ћ": "ch",
    "ђ": "dzh", "џ": "dzh", "ѓ": "g", "ќ": "k", "ѕ": "dz",
}

# --- step 3: Latin letters that stripping the diacritic would get wrong ---------------------------
_LATIN = {
    "č": "ch", "š": "sh", "ž": "zh", "ş": "sh", "ș": "sh", "ç": "ch", "ñ": "n", "ń": "n",
    "ı": "i", "ğ": "g", "ţ": "ts", "ț": "ts", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe",
    "đ": "d", "ð": "d", "þ": "th", "ŋ": "n", "ħ": "h", "ə": "a", "ʒ": "zh", "ý": "u",
}
_WORD_TABLE = str.maketrans(_CYRILLIC | _LATIN)

# Document numbers: Cyrillic letters that look like Latin ones are those Latin letters (a series
# "АВ" typed on a Russian layout is the "AB" printed in the passport).
_LOOK_ALIKES = {
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s", "ү": "y", "һ": "h",
}
_NUMBER_TABLE = str.maketrans(_CYRILLIC | _LOOK_ALIKES)

_NOT_KEY = re.compile(r"[^a-z0-9]+")
_LATIN_NAME = re.compile(r"^LATIN .*?LETTER (?:[A-Z]+ )*?([A-Z])(?: |$)")

# --- step 4: phonetic folds, applied until nothing changes (docs/search.md, "Folds") --------------
_REPLACEMENTS = (
    ("j", "y"), ("x", "ks"),  # leftovers of stripped diacritics (ǰ, ẍ): the first reading
    ("ph", "f"), ("ck", "k"), ("q", "k"), ("w", "v"), ("kh", "h"), ("gh", "g"), ("th", "t"),
    ("zh", "z"), ("sh", "s"), ("ch", "c"), ("sz", "s"), ("cz", "c"), ("ts", "c"), ("dz", "z"),
    ("tc", "c"),  # Ц in Russian passports of 2010-2014 (FMS table): TCOI is Цой
    ("y", "i"),
)
# Folds that look at the neighbours: doubled letters collapse (digits do not: 1100 is not 10);
# "ie" is "e" (Nazarbayev/Назарбаев, Ieva/Ева); "io" after a consonant is ё (Kovalyov/Ковалёв);
# Kazakh ы between "au"/"eu" and a consonant is dropped, as Russian spelling and older Kazakh
# passports drop it (Бауыржан, Бауржан, BAURZHAN, BAUYRZHAN); Lithuanian writes ч (and щ) before
# у as či(u) (Kovalčiuk/Ковальчук, Ščiukin/Щукин).
_CONTEXT_FOLDS = (
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile("ie"), "e"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])io"), "e"),
    (re.compile(r"(?<=[ae]u)i(?=[bcdfgklmnprstvz])"), ""),
    (re.compile("(?<=c)iu"), "u"),
)

# --- the ambiguous Latin letters, each with its readings (first = the word_key reading) -----------
_AMBIGUOUS = (("ch", ("ch", "h")), ("j", ("y", "zh")), ("x", ("ks", "h")))
# Letters of the Kazakh Latin alphabets (2018, 2021) that Lithuanian, Polish and German do not use.
_KAZAKH_LATIN_MARKS = re.compile("[qğñūşçıǵúýá]|[sc]'")


# --- Cyrillic letters that documents write two ways: each gives the word a second reading --------
_CYRILLIC_VOWELS = "аеёиоуыэюяәөұүі"
# ё at the start of a word or after a vowel or ъ: passports and Lithuanian documents write yo, jo
# or io there (Ёлкин: YOLKIN, Jolkinas), Russian text and ICAO write e. After a consonant the
# folds already join the two (io -> e).
_YO_OPEN = re.compile(rf"(?:^|(?<=[{_CYRILLIC_VOWELS}ъ]))ё")
# A Lithuanian name in Russian spelling (a Lithuanian ending) writes Lithuanian e and ė after a
# consonant as я: Žemaitis -> Жямайтис, Kęstutis -> Кястутис, Mickevičius -> Мицкявичюс.
_LITHUANIAN_IN_CYRILLIC = re.compile("(?:ас|ис|юс|ус|ай|айте|ене|ите|уте|юте)$")
_YA_AFTER_CONSONANT = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])я")


def _spellings(word: str) -> list[str]:
    """The prepared word once per reading of its two-way Cyrillic letters, the word itself first."""
    spellings = [word]
    if "ё" in word and _YO_OPEN.search(word):
        spellings += [_YO_OPEN.sub("йо", w) for w in spellings]
    if "ъ" in word:  # ICAO and Russian passports since 2013: Ъ is IE (Подъячев: PODIEIACHEV)
        spellings += [w.replace("ъ", "ие") for w in spellings]
    if ("я" in word and _LITHUANIAN_IN_CYRILLIC.search(word)
            and _YA_AFTER_CONSONANT.search(word)):
        spellings += [_YA_AFTER_CONSONANT.sub("е", w) for w in spellings]
    return spellings


def _fold(key: str) -> str:
    """Apply the folds until nothing changes: a key then folds to itself (kkh → kh → h)."""
    while True:
        before = key
        for old, new in _REPLACEMENTS:
            if old in key:
                key = key.replace(old, new)
        for pattern, replacement in _CONTEXT_FOLDS:
            key = pattern.sub(replacement, key)
        if key == before:
            return key


@functools.lru_cache(maxsize=4096)
def _fallback(char: str) -> str:
    """A character no table knows: a digit of any script, or a Latin letter by its Unicode name."""
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    found = _LATIN_NAME.match(unicodedata.name(char, ""))
    return found.group(1).lower() if found else ""


def _to_ascii(text: str) -> str:
    """Strip diacritics; keep what maps to [a-z0-9], drop the rest."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text)
                       if not unicodedata.combining(c))
        if not text.isascii():
            text = "".join(c if c.isascii() else _fallback(c) for c in text)
    return _NOT_KEY.sub("", text.lower())


def _prepare(text: str) -> str:
    return unicodedata.normalize("NFKC", text.translate(_APOSTROPHE_TABLE)).casefold()


def _readings(word: str) -> Iterator[str]:
    """The word once per reading of its ambiguous Latin letters, the first reading first."""
    present = [(letters, options) for letters, options in _AMBIGUOUS if letters in word]
    if not present:
        yield word
        return
    if "j" in word and _KAZAKH_LATIN_MARKS.search(word):
        # Jaqsylyq: in a word written in Kazakh (or Turkish) Latin, j is Ж first.
        present = [(letters, options[::-1] if letters == "j" else options)
                   for letters, options in present]
    for choice in itertools.product(*(options for _, options in present)):
        reading = word
        for (letters, _), replacement in zip(present, choice, strict=True):
            reading = reading.replace(letters, replacement)
        yield reading


@functools.lru_cache(maxsize=65536)
def _cached_word_keys(word: str) -> tuple[str, ...]:
    keys: dict[str, None] = {}
    for reading in (r for spelling in _spellings(_prepare(word)) for r in _readings(spelling)):
        reading = _APOSTROPHE_LETTER.sub(lambda m: _APOSTROPHE_LETTERS[m.group()], reading)
        key = _fold(_to_ascii(reading.translate(_WORD_TABLE)))
        if key:
            keys[key] = None
    return tuple(keys)


def word_keys(word: str) -> list[str]:
    """Every key of one word: one per reading of its ambiguous letters (j, x, ch), first =
    ``word_key(word)``. Empty when nothing in the word can be keyed."""
    return list(_cached_word_keys(word))


def word_key(word: str) -> str:
    """The skeleton key of one word: lowercase ASCII ``[a-z0-9]*``; "" when nothing is left."""
    keys = _cached_word_keys(word)
    return keys[0] if keys else ""


def forget_cached_keys() -> None:
    """Drop the memo of recent words (they are names): call it when the vault locks."""
    _cached_word_keys.cache_clear()
    _chunk_index_keys.cache_clear()
    _cached_document_keys.cache_clear()


# --- free text ------------------------------------------------------------------------------------
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"(?:[^\W_]|[{_MARKS}])+(?:'(?:[^\W_]|[{_MARKS}])+)*"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63"
_COMPOUND = re.compile(rf"{_WORD}(?:[{_DASHES}]{_WORD})*")
_WORD_RE = re.compile(_WORD)


def _compounds(text: str) -> Iterator[list[str]]:
    """Hyphenated runs of words (Kassym-Jomart, Nur-Sultan, X-ray), each as its list of words."""
    text = unicodedata.normalize("NFKC", text.translate(_APOSTROPHE_TABLE))
    for compound in _COMPOUND.finditer(text):
        yield _WORD_RE.findall(compound.group())


def text_keys(text: str) -> list[str]:
    """``word_key`` of every word of free text, in order, empty ones dropped.

    A hyphen separates words. One key per word, so a caller may AND them; what the index stores
    for the same text is ``index_keys`` (all readings, and hyphenated names joined too)."""
    return [key for words in _compounds(text) for word in words if (key := word_key(word))]


def index_keys(text: str) -> list[str]:
    """What the index stores for free text: every reading of every word, and for a hyphenated
    compound also the joined form, so Kassym-Jomart is found by "Kassymjomart" as well.

    Keyed one whitespace-separated chunk at a time, memoised per chunk (issue 13: a record's
    names, places and phrases repeat across thousands of records). The same keys as keying the
    whole text: no word, mark or dash is whitespace, and NFKC never joins across whitespace
    (tests/domain/test_search_key_memo.py compares both)."""
    keys: list[str] = []
    for chunk in text.split():
        keys += _chunk_index_keys(chunk)
    return keys


@functools.lru_cache(maxsize=1 << 17)
def _chunk_index_keys(chunk: str) -> tuple[str, ...]:
    keys: list[str] = []
    for words in _compounds(chunk):
        for word in words:
            keys += _cached_word_keys(word)
        if len(words) > 1:
            keys += _cached_word_keys("".join(words))
    return tuple(keys)


# --- document numbers -----------------------------------------------------------------------------
_NUMBER_SEPARATORS = re.compile(r"[\s\-‐‑‒–—/\\.,:;_#№<]+")


def document_key(number: str) -> str:
    """A document number without spaces, dashes, slashes, dots or case; Cyrillic letters that
    look Latin are those Latin letters ("АВ 123456" = "AB123456"). No phonetic folds."""
    number = number.replace("№", " ")  # NFKC would make it "No"
    return _to_ascii(unicodedata.normalize("NFKC", number).casefold().translate(_NUMBER_TABLE))


def document_index_keys(number: str) -> list[str]:
    """What the index stores for a number: the whole ``document_key``, each part between
    separators ("45 06 123456": also 45, 06, 123456) and the number from its first digit on
    (AB123456: also 123456), so an officer finds it by the part printed largest."""
    return list(_cached_document_keys(number))


@functools.lru_cache(maxsize=1 << 15)
def _cached_document_keys(number: str) -> tuple[str, ...]:
    whole = document_key(number)
    if not whole:
        return ()
    keys = {whole: None}
    parts = [document_key(p) for p in _NUMBER_SEPARATORS.split(number)]
    if len([p for p in parts if p]) > 1:
        keys.update(dict.fromkeys(p for p in parts if p))
    first_digit = next((i for i, c in enumerate(whole) if c.isdigit()), 0)
    if first_digit:
        keys[whole[first_digit:]] = None
    return tuple(keys)


# --- queries --------------------------------------------------------------------------------------
def query_groups(text: str) -> list[list[str]]:
    """A query as groups of alternative tokens: a record matches when, for every group, one of the
    group's tokens is a prefix of one of its keys.

    A word gives one group of its readings. A whitespace-separated chunk that contains a digit is a
    number: one group of its ``document_key`` and the key of its words joined. A short chunk of
    letters right before a number may be a passport series typed apart ("АВ 123456"): its group
    also holds its ``document_key``."""
    chunks = text.split()
    groups: list[list[str]] = []
    for i, chunk in enumerate(chunks):
        words = [w for compound in _compounds(chunk) for w in compound]
        if not words:
            continue
        if any(c.isdigit() for c in chunk):
            alternatives = [document_key(chunk), *_cached_word_keys("".join(words))]
            groups.append(alternatives)
            continue
        series = (len(words) == 1 and len(chunk) <= 3 and i + 1 < len(chunks)
                  and any(c.isdigit() for c in chunks[i + 1]))
        for word in words:
            groups.append([*_cached_word_keys(word), *([document_key(chunk)] if series else [])])
    unique: dict[tuple[str, ...], None] = {}
    for group in groups:
        tokens = tuple(dict.fromkeys(t for t in group if t))
        if tokens:
            unique[tokens] = None
    return [list(tokens) for tokens in itertools.islice(unique, MAX_QUERY_GROUPS)]


def matching_person(persons: list[Mapping[str, Any]], text: str) -> int | None:
    """Which person of a record the query's words name best (the most query words found in
    their names, the first such person on a tie), or None when no name matches: the list
    shows that person rather than the first one and "+2" (issue 10)."""
    groups = query_groups(text)
    best, best_score = None, 0
    for index, person in enumerate(persons):
        names = " ".join(_str(person.get(k)) for k in ("surname", "given_names", "patronymic",
                                                        "latin_name"))
        keys = index_keys(names)
        score = sum(1 for group in groups if any(k.startswith(t) for t in group for k in keys))
        if score > best_score:
            best, best_score = index, score
    return best


# --- one letter off (docs/search.md, "One letter off") ------------------------------------------
# Keys this short have too many neighbours one letter away to be worth showing.
APPROXIMATE_MIN_LENGTH = 5
# At most this many known name keys stand in for one word of the query.
APPROXIMATE_MAX_TERMS = 24
# Neighbours that keep a key's first three letters are read from the index in one range scan
# (then checked with ``one_edit_apart``); only the others are looked up one by one.
APPROXIMATE_SHARED_PREFIX = 3
# The letters a folded key can hold: j, q, w, x and y never survive the folds.
_KEY_LETTERS = "abcdefghiklmnoprstuvz"


def one_edit_away(key: str) -> list[str]:
    """Strings one deletion, insertion, substitution or swap of two neighbours away from ``key``:
    the candidates of the approximate search, which keeps those the index holds. Empty for a key
    shorter than APPROXIMATE_MIN_LENGTH or holding a digit (a number is never approximated)."""
    if len(key) < APPROXIMATE_MIN_LENGTH or not key.isalpha():
        return []
    out: set[str] = set()
    for i in range(len(key) + 1):
        head, tail = key[:i], key[i:]
        out.update(head + letter + tail for letter in _KEY_LETTERS)
        if tail:
            out.add(head + tail[1:])
            out.update(head + letter + tail[1:] for letter in _KEY_LETTERS)
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
    out.discard(key)
    return sorted(out)


def one_edit_apart(key: str, other: str) -> bool:
    """Whether ``other`` is one deletion, insertion, substitution or swap of two neighbouring
    letters away from ``key`` (the relation ``one_edit_away`` lists)."""
    if key == other or abs(len(key) - len(other)) > 1:
        return False
    shorter = min(len(key), len(other))
    i = next((j for j in range(shorter) if key[j] != other[j]), shorter)  # first difference
    if len(key) > len(other):
        return key[i + 1:] == other[i:]
    if len(key) < len(other):
        return key[i:] == other[i + 1:]
    if key[i + 1:] == other[i + 1:]:
        return True  # one letter replaced
    return (i + 1 < len(key) and key[i] == other[i + 1] and key[i + 1] == other[i]
            and key[i + 2:] == other[i + 2:])  # two neighbours swapped


def approximate_lookups(key: str) -> tuple[list[str], str]:
    """How to find a key's neighbours in the index: the strings one letter off that change its
    first APPROXIMATE_SHARED_PREFIX letters (looked up one by one), and that prefix (every other
    neighbour starts with it). ``([], "")`` for a key that is never approximated."""
    near = one_edit_away(key)
    if not near:
        return [], ""
    shared = key[:APPROXIMATE_SHARED_PREFIX]
    return [n for n in near if not n.startswith(shared)], shared


def approximate_match(groups: list[list[str]], neighbours: list[list[str]]) -> str:
    """The FTS5 MATCH expression of ``query_groups`` widened by known keys one letter away:
    group i matches a prefix of its own tokens or, whole, one of ``neighbours[i]``."""
    clauses = []
    for group, near in zip(groups, neighbours, strict=True):
        tokens = [f'"{token}"*' for token in group] + [f'"{term}"' for term in near
                                                          if _NOT_KEY.search(term) is None]
        clauses.append(f"({' OR '.join(tokens)})" if len(tokens) > 1 else tokens[0])
    return " AND ".join(clauses)


def query_terms(text: str) -> list[str]:
    """Every token of ``query_groups``, once, in order (only ``[a-z0-9]``, safe in ``"tok"*``).

    The list mixes alternatives (readings of one word, a number's two forms): to match a query,
    AND the groups and OR within each, as ``match_query`` does; do not AND this flat list."""
    return list(dict.fromkeys(t for group in query_groups(text) for t in group))


def match_query(text: str) -> str:
    """The FTS5 MATCH expression for what an officer typed; "" when nothing in it is searchable
    (do not run MATCH with "", FTS5 refuses it). E.g. ``"zukauskas"* AND ("tomas"* OR ...)``."""
    clauses = []
    for group in query_groups(text):
        alternatives = " OR ".join(f'"{token}"*' for token in group)
        clauses.append(f"({alternatives})" if len(group) > 1 else alternatives)
    return " AND ".join(clauses)


# --- records --------------------------------------------------------------------------------------
def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    # `type(…) is dict` first: parsed JSON is dicts, and an ABC isinstance check costs ten
    # times more (issue 13: hundreds of thousands of calls in an import).
    if type(value) is dict or isinstance(value, Mapping):
        return [value]
    if isinstance(value, list):
        return [v for v in value if type(v) is dict or isinstance(v, Mapping)]
    return []


def _strs(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _mrz_name_and_number(mrz: Any) -> tuple[str, str]:
    """The name and document number of an MRZ as typed, without verifying it: a draft's MRZ may
    still be wrong, and it should be findable anyway."""
    lines = [line.strip() for text in _strs(mrz) for line in text.splitlines() if line.strip()]
    if len(lines) >= 3:  # TD1: number on line 1 from position 6, name on line 3
        return lines[2], lines[0][5:14]
    if len(lines) == 2:  # TD2, TD3: name on line 1 from position 6, number opens line 2
        return lines[0][5:], lines[1][:9]
    return "", ""


@functools.lru_cache(maxsize=4096)
def _reference_name_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(key for name in names for key in index_keys(name))


class _Columns:
    def __init__(self, names_of: Mapping[str, Callable[[str], list[str]] | None]) -> None:
        self.keys: dict[str, list[str]] = {column: [] for column in SEARCH_COLUMNS}
        self._names_of = names_of
        self._seen: set[tuple[str, str]] = set()

    def text(self, column: str, *values: Any) -> None:
        for value in values:
            self.keys[column] += index_keys(_str(value))

    def number(self, *values: Any) -> None:
        for value in values:
            self.keys["documents"] += document_index_keys(_str(value))

    def code(self, column: str, kind: str, codes: Iterable[str]) -> None:
        """A code (country, checkpoint, substance) and, when reference data is given, its names.

        A code already indexed in the column is not indexed again (a route through KAZ and a
        KAZ citizen need KAZ's names once), and the keys of reference names are memoised: they
        are not personal data, and a country's four names cost more to key than a surname."""
        names_of = self._names_of[kind]
        for code in codes:
            if (column, code) in self._seen:
                continue
            self._seen.add((column, code))
            self.text(column, code)
            if code and names_of is not None:
                self.keys[column] += _reference_name_keys(tuple(map(_str, names_of(code))))


def record_search_columns(
    record: Mapping[str, Any],
    substance_names: Callable[[str], list[str]] | None = None,
    *,
    country_names: Callable[[str], list[str]] | None = None,
    checkpoint_names: Callable[[str], list[str]] | None = None,
) -> dict[str, str]:
    """The FTS5 column texts of a record in interchange form (records.md): space-joined keys.

    The ``*_names`` callables give a code's names in every language (reference data); without
    them only the codes themselves are indexed. A draft may be incomplete: missing or mistyped
    fields are skipped, never an error."""
    cols = _Columns({"substance": substance_names, "country": country_names,
                     "checkpoint": checkpoint_names})
    for person in _dicts(record.get("persons")):
        cols.text("names", person.get("surname"), person.get("given_names"),
                  person.get("patronymic"), person.get("latin_name"))
        mrz_name, mrz_number = _mrz_name_and_number(person.get("mrz"))
        cols.text("names", mrz_name.replace("<", " "))
        cols.number(mrz_number.replace("<", ""))
        cols.code("places", "country", _strs(person.get("citizenship")))
        cols.text("places", person.get("birth_place"))
        for document in _dicts(person.get("documents")):
            cols.number(document.get("number"))
            cols.code("places", "country", _strs(document.get("issuing_state")))
    for document in _dicts(record.get("document")):  # forged_document: what it claims to be
        cols.number(document.get("number"))
        cols.code("places", "country", _strs(document.get("issuing_state")))
    cols.number(record.get("case_number"))

    place = _dicts(record.get("place"))
    for p in place:
        cols.text("places", p.get("description"))
        cols.code("places", "checkpoint", _strs(p.get("checkpoint")))
    for conveyance in _dicts(record.get("conveyance")):
        cols.number(conveyance.get("identifier"))
        cols.code("places", "country", _strs(conveyance.get("country")))
    for leg in _dicts(record.get("route")):
        cols.text("places", leg.get("place"))
        cols.code("places", "country", _strs(leg.get("country")))

    for item in _dicts(record.get("items")):
        cols.code("things", "substance", _strs(item.get("substance")))
        cols.text("things", item.get("description"), item.get("markings"))
        cols.number(item.get("serial_number"))
    for substance in _dicts(record.get("substances")):
        cols.code("things", "substance", _strs(substance.get("substance")))
        cols.text("things", substance.get("markings"), substance.get("properties"))

    concealment = _dicts(record.get("concealment"))
    handling = _dicts(record.get("handling"))
    cols.text("text", record.get("narrative"), record.get("channel"), record.get("equipment"),
              *(c.get("description") for c in concealment), *(h.get("note") for h in handling))
    return {column: " ".join(keys) for column, keys in cols.keys.items()}
