"""Phrase pools for the sample-record generator (`samples.py`): what the officers write.

Narratives are put together from an opening sentence, a few details and, for the Art. 6 kinds,
a closing sentence that matches the record's outcome. Sentences are `str.format` templates; the
generator offers the values it has ({time}, {km}, {sign}, {count}, {cp}, {country},
{substance}, {qty}, {n}, {amount}, {marking}, {route}, {vehicle}, {doc}, {hiding}, {article},
{code}) and uses only templates whose every placeholder it can fill. Placeholders stand where
the grammar keeps a name in its dictionary form (after a colon, in brackets, in quotes, before
"PKP"), so no case ending is ever guessed.

Some placeholders are *conditions* that print nothing: a template ending in `{if_between}`
is only used for an incident between crossing points, `{if_det_xray}` only when an X-ray found
the goods, `{if_fg_photo_substitution}` only for that forgery, and so on (see
`samples._narrative_values`). That keeps the story in line with the record's codes.

Languages: kk for KZ posts, lt for LT posts, ru for both (posts write in Russian too).

The pools themselves are data (`resources/demo/phrases.json`), read once: a translator or an
officer who knows how reports are written can improve them without touching code.
"""


from __future__ import annotations

import json
from typing import Any, cast

from shekara.paths import resources_dir

Pool = tuple[str, ...]


def _frozen(value: Any) -> Any:
    """JSON lists as tuples (pools are fixed), objects as dicts, all the way down."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value


_DATA: dict[str, Any] = _frozen(json.loads(
    (resources_dir() / "demo" / "phrases.json").read_text(encoding="utf-8")))

NARRATIVE_OPENINGS = cast(dict[str, dict[str, Pool]], _DATA["NARRATIVE_OPENINGS"])
NARRATIVE_DETAILS = cast(dict[str, dict[str, Pool]], _DATA["NARRATIVE_DETAILS"])
NARRATIVE_CLOSINGS = cast(dict[str, dict[str, Pool]], _DATA["NARRATIVE_CLOSINGS"])
# Criminal-code articles by Party and kind: KZ Criminal Code Art. 392 (illegal crossing),
# 286 (smuggling of goods withdrawn from circulation), 385 (forged documents); LT Criminal Code
# Art. 291, 199 (smuggling), 300 (document forgery).
CRIMINAL_ARTICLES = cast(dict[str, dict[str, str]], _DATA["CRIMINAL_ARTICLES"])
CRIMINAL_CODE_RU = cast(dict[str, str], _DATA["CRIMINAL_CODE_RU"])
PLACE_DESCRIPTIONS = cast(dict[str, dict[str, Pool]], _DATA["PLACE_DESCRIPTIONS"])
CONCEALMENTS = cast(dict[str, dict[str, Pool]], _DATA["CONCEALMENTS"])
CHANNELS = cast(dict[str, Pool], _DATA["CHANNELS"])
EQUIPMENT = cast(dict[str, Pool], _DATA["EQUIPMENT"])
PROPERTIES = cast(dict[str, Pool], _DATA["PROPERTIES"])
HANDLING_NOTES = cast(dict[str, Pool], _DATA["HANDLING_NOTES"])
# Items that are not drugs, by category: (description by language, unit, low, high).
NON_DRUG_ITEMS = cast(dict[str, tuple[tuple[dict[str, str], str, float, float], ...]],
                      _DATA["NON_DRUG_ITEMS"])
ITEM_PACKAGING = cast(dict[str, Pool], _DATA["ITEM_PACKAGING"])
MARKINGS = cast(Pool, _DATA["MARKINGS"])
NEW_SUBSTANCES = cast(Pool, _DATA["NEW_SUBSTANCES"])
DOCUMENT_WORDS = cast(dict[str, dict[str, str]], _DATA["DOCUMENT_WORDS"])
UNIT_WORDS = cast(dict[str, dict[str, str]], _DATA["UNIT_WORDS"])
