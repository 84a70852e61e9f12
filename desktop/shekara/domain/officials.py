"""Who signs: an officer's name, rank and position as documents print them (issue 11).

Documents never print logins. Each officer may have a printed profile: the full name, the rank
and the position in the installation's state language, and their Russian forms where they
differ (Art. 14: each Party writes in its state language with a Russian translation), e.g.
«Сүлейменова Айгерім Бекқызы» / «Сулейменова Айгерим Бековна», «капитан», «аға инспектор» /
«старший инспектор». The unit's and the authority's names are installation settings in the
same two forms (`unit_name`, `unit_name_ru`, `authority_name`, `authority_name_ru`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from shekara.domain.text_rules import BIDI, CONTROL, INVISIBLE, has_visible, one_line_spaces
from shekara.errors import InputError

PROFILE_FIELDS = ("full_name", "rank", "position")
# Each field in the state language, and its Russian form (`full_name_ru` …) where it differs.
ALL_FIELDS = (*PROFILE_FIELDS, *(f"{name}_ru" for name in PROFILE_FIELDS))
MAX_LENGTH = 200


@dataclass(frozen=True)
class OfficialProfile:
    login: str
    values: Mapping[str, str]  # ALL_FIELDS → text ("" when not given)

    def get(self, field: str, lang: str) -> str:
        """The field as a document in `lang` prints it: the Russian form in Russian when there is
        one, else the state-language form (a name written once serves every language)."""
        if lang == "ru" and self.values.get(f"{field}_ru"):
            return self.values[f"{field}_ru"]
        return self.values.get(field, "")

    @property
    def complete(self) -> bool:
        return all(self.values.get(field) for field in PROFILE_FIELDS)


def check_official_text(value: str, field: str) -> str:
    """A printed name, rank, position or unit name: one line of visible text, ≤ 200 chars, or
    "" for none. Text of spaces alone is refused rather than made "": a field cleared behind
    the typist's back hid a slip ("" is how a field is cleared)."""
    text = one_line_spaces(unicodedata.normalize("NFC", value)).strip()
    if len(text) > MAX_LENGTH:
        raise InputError("officials.too_long", "{field} is longer than {n} characters",
                         field=field, n=MAX_LENGTH)
    if CONTROL.search(text) or BIDI.search(text) or INVISIBLE.search(text):
        raise InputError("officials.bad_character", "{field} holds a control or invisible "
                         "character", field=field)
    if (value and not text) or (text and not has_visible(text)):
        raise InputError("officials.nothing_visible", "{field} has nothing visible in it",
                         field=field)
    return text
