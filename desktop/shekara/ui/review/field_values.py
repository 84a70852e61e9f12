"""Values in the version diff as the officer reads them: a code by its label in the screen's
language, a country or crossing point by its name, a date as the screen writes dates, yes or
no, an attachment by its file name, a linked record by its number and title — never the
interchange form's `bcp_check`, `LTU`, `true` or `2026-11-20T14:30:00+05:00`.

What a value is comes from the record editor itself: the kind's form, filled with a version,
says which input sits at each path (`issue_targets`), and the input says what its value is (a
`CodeInput` of the "outcome" list, a `CountryInput`, a `DateInput`…). So a field the editor
shows by name is shown by name here too, and a new field needs no second table. The few parts
of a record that no single input shows are named here: the kind, each attachment, each link,
and the Art. 14 translations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from shekara.domain import text_rules
from shekara.domain.translations import source_texts, translated
from shekara.languages import LANGUAGES
from shekara.ui.editors.attachments import AttachmentsEditor
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import (
    BoolInput,
    CodeInput,
    DateInput,
    FieldEditor,
    MomentInput,
    MultiCodeInput,
    NumberInput,
    ProseInput,
    TextInput,
    number_text,
)
from shekara.ui.editors.forms import FormSection, ListEditor, editor_of
from shekara.ui.editors.mrz_box import MrzBox
from shekara.ui.editors.pickers import CheckpointInput, CountryInput, SubstanceInput
from shekara.ui.editors.translation_pair import TranslationColumns

# What a value is, so it can be put into words.
TEXT, NUMBER, CODE, CODES, COUNTRY, CHECKPOINT, SUBSTANCE = (
    "text", "number", "code", "codes", "country", "checkpoint", "substance")
DATE, MOMENT, YES_NO, LINK, ATTACHMENT, PART = (
    "date", "moment", "yes_no", "link", "attachment", "part")
# Shown as one value, not leaf by leaf: topics are a set of codes (an index says nothing), an
# attachment is one file.
WHOLE = frozenset({CODES, ATTACHMENT})

_LINK = re.compile(r"links\[\d+\]")


@dataclass(frozen=True)
class ValueKind:
    what: str
    code_list: str = ""  # CODE: the list its labels come from
    texts: tuple[tuple[str, str], ...] = ()  # CODES: each code as its check box says it


def _kind_of(editor: FieldEditor) -> ValueKind | None:
    """What the input shows; None for an input this module does not know (shown as text, and
    tests/ui/review/test_field_words.py fails)."""
    if isinstance(editor, CodeInput):
        return ValueKind(CODE, editor.code_list)
    if isinstance(editor, MultiCodeInput):
        return ValueKind(CODES, texts=tuple((code, box.text().replace("&", ""))
                                            for code, box in editor.boxes.items()))
    for kind, classes in _KINDS:
        if isinstance(editor, classes):
            return ValueKind(kind)
    return None


_KINDS: tuple[tuple[str, Any], ...] = (  # subclasses before their base (DateInput is text)
    (COUNTRY, CountryInput), (CHECKPOINT, CheckpointInput), (SUBSTANCE, SubstanceInput),
    (DATE, DateInput), (NUMBER, NumberInput), (MOMENT, MomentInput), (YES_NO, BoolInput),
    (TEXT, (TextInput, ProseInput, MrzBox)),
    # Composites: their own path holds a value only when empty ("no documents").
    (PART, (FormSection, ListEditor, AttachmentsEditor, TranslationColumns)),
)


def value_kinds(targets: Mapping[str, Any], data: Mapping[str, Any]) -> dict[str, ValueKind]:
    """What each path of `data` holds, from the form's inputs by path (`issue_targets` of the
    form filled with `data`)."""
    found: dict[str, ValueKind] = {"kind": ValueKind(CODE, "kind")}
    for path, target in targets.items():
        editor = editor_of(target)
        if editor is None:
            continue
        kind = _kind_of(editor)
        if kind is not None:
            found[path] = ValueKind(LINK) if _LINK.fullmatch(path) else kind
        if isinstance(editor, AttachmentsEditor):
            for index, _item in enumerate(editor.value()):
                found[f"{path}[{index}]"] = ValueKind(ATTACHMENT)
        if isinstance(editor, TranslationColumns):
            found[f"{path}.ru"] = ValueKind(PART)
            for text_path in translation_texts(data.get("translations")):
                found[f"{path}.ru.{text_path}"] = ValueKind(TEXT)
    return found


def translation_texts(value: Any) -> dict[str, str]:
    """A record's `translations` as Russian texts by the path of the field they translate
    (`items[1].description`), as the editor's Art. 14 rows show them: an item with nothing
    to translate (`{}` in the record) is no row."""
    ru = value.get("ru") if isinstance(value, Mapping) else None
    if not isinstance(ru, Mapping):
        return {}
    tree = {"translations": value, **ru}
    return {path: translated(tree, path) for path, _text in source_texts(tree)}


def comparable(data: Mapping[str, Any]) -> dict[str, Any]:
    """A version's data as the diff compares it: translations by field path."""
    out = dict(data)
    if "translations" in out:
        texts = translation_texts(out["translations"])
        out["translations"] = {"ru": texts} if texts else {}
    return out


# --- putting a value into words ---------------------------------------------------------------
def _date(value: str, lang: str) -> str:
    """A day, a month or a year, as the screen's language writes it (YYYY stays)."""
    language = LANGUAGES.get(lang, LANGUAGES["en"])
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return value
    year, month, day = match.groups()
    if day:
        shown = QDate(int(year), int(month), int(day))
        return shown.toString(language.date_pattern) if shown.isValid() else value
    if month:
        shown = QDate(int(year), int(month), 1)
        return shown.toString(language.month_pattern) if shown.isValid() else value
    return value


def _moment(value: str, lang: str) -> str:
    """`occurred_at`: its day, and its time with the offset it was written at (as the editor
    shows it beside the time)."""
    day, sep, _rest = value.partition("T")
    if not sep:
        return _date(day, lang)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    shown = f"{_date(day, lang)} {moment.hour:02d}:{moment.minute:02d}"
    if moment.second:
        shown += f":{moment.second:02d}"
    offset = moment.strftime("%z")
    return f"{shown} UTC{offset[:3]}:{offset[3:]}" if offset else shown


def _attachment(value: Any) -> str:
    if not isinstance(value, Mapping):
        return str(value)
    name = str(value.get("name") or "")
    size = value.get("size")
    if isinstance(size, int) and not isinstance(size, bool):
        return f"{name} ({QLocale().formattedDataSize(size)})"
    return name


def short_id(record_id: str) -> str:
    """A record id too long to read: its first eight characters, as elsewhere on screen."""
    return record_id[:8]


def show(kind: ValueKind | None, value: Any, ctx: EditorContext,
         links: Mapping[str, str]) -> str | None:
    """`value` (never empty: the model says "—" and "(none)" itself) in words; None when it is
    not what `kind` holds (an autosave of an older program): the model shows it as it is."""
    if kind is None:
        return None
    ref, lang = ctx.ref, ctx.lang
    if kind.what == YES_NO and isinstance(value, bool):
        return (QCoreApplication.translate("VersionDiff", "yes") if value
                else QCoreApplication.translate("VersionDiff", "no"))
    if kind.what == ATTACHMENT:
        return text_rules.shown(_attachment(value))
    if kind.what == CODES and isinstance(value, list):
        texts = dict(kind.texts)
        # One a line: a topic's label may hold commas of its own.
        return "\n".join(texts.get(str(code), str(code)) for code in value)
    if kind.what == NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value, lang)
    if not isinstance(value, str):
        return None
    words = {
        CODE: lambda: ref.label(kind.code_list, value, lang),
        COUNTRY: lambda: ref.country_name(value, lang),
        CHECKPOINT: lambda: ref.checkpoint_name(value, lang),
        SUBSTANCE: lambda: ref.substance_name(value, lang),
        DATE: lambda: _date(value, lang),
        MOMENT: lambda: _moment(value, lang),
        LINK: lambda: links.get(value) or short_id(value),
    }.get(kind.what)
    return text_rules.shown(words() if words is not None else value)
