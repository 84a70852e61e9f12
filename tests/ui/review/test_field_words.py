"""The version diff in the reviewer's language: every field by the editor's label, every value
as the officer reads it — a code by its label, a country or crossing point by its name, a date
as the screen writes dates, yes or no, an attachment by its file name, a linked record by its
number and title — never `bcp_check`, `BLR`, `true`, `attachments[0].sha256` or an ISO moment
(a screenshot of the Russian window showed all of those)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from shekara.domain.codes import CODE_LISTS
from shekara.domain.records import DOCUMENT_FIELDS, PERSON_FIELDS, record_fields
from shekara.domain.reference import ReferenceData, load_default
from shekara.domain.validation import validate_record
from shekara.services.session import Session
from shekara.ui.context import UiContext
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import NumberInput
from shekara.ui.review import ReviewPage
from shekara.ui.review.diff import EMPTY_LIST, diff_versions
from shekara.ui.review.diff_model import Column, DiffTableModel
from shekara.ui.review.field_names import FieldWords
from shekara.ui.review.field_values import (
    ATTACHMENT,
    CHECKPOINT,
    CODE,
    CODES,
    COUNTRY,
    DATE,
    LINK,
    MOMENT,
    NUMBER,
    SUBSTANCE,
    TEXT,
    YES_NO,
    short_id,
)
from tests.cli.conftest import border_record
from tests.ui.conftest import OFFICER, SUPERVISOR, VaultFixture
from tests.ui.editors.records import full_records

LANGS = ("ru", "kk", "lt")
# Code lists that are no field of a record (the vault's and the program's own).
NOT_RECORD_FIELDS = {"status", "officer_role", "mode", "party"}
STEP = re.compile(r"[A-Za-z_]+")
LOWER = re.compile(r"[a-z_]")  # a path's steps are snake_case; labels may say "MRZ"
FIRST_FILE, SECOND_FILE = b"\x89PNG first", b"\xff\xd8 second"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def screen(ui_context: UiContext, catalogs: Path) -> Iterator[Any]:
    """Switch the screen's language (catalogs, QLocale and all) as the shell does."""
    yield ui_context.translations.set_language


def cells(page: ReviewPage) -> dict[str, tuple[str, str]]:
    model = page.diff.model
    return {model.index(row, Column.FIELD).data():
            (model.index(row, Column.OLD).data(), model.index(row, Column.NEW).data())
            for row in range(model.rowCount())}


# --- a correction, stored and reviewed --------------------------------------------------------
def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _correction(vault: VaultFixture, tmp_path: Path) -> tuple[Session, str, str]:
    """Version 2 of a border violation changing an outcome and a detection code, a checkpoint,
    a citizenship, two booleans, a date and time, a document's date, a link and an attachment.
    Returns the supervisor's session, the record and the linked record."""
    officer = vault.session(OFFICER)
    supervisor = vault.session(SUPERVISOR)
    [linked] = officer.records.add([border_record("Kazlauskas", "Jonas", "LTU")])
    supervisor.records.approve(linked)
    first = border_record("Petrov", "Ivan", "LTU", occurred_at="2026-10-02")
    first["persons"][0]["documents"] = [{"type": "passport", "number": "AB1",
                                         "issuing_state": "LTU", "issued_on": "2020-01-15"}]
    [record_id] = officer.records.add([first])
    officer.attachments.attach(record_id, _file(tmp_path, "scan-1.png", FIRST_FILE))
    supervisor.records.approve(record_id)
    second = border_record("Petrov", "Ivan", "LTU", occurred_at="2026-10-03T22:15:00+05:00",
                           detected_by="bcp_check", outcome="handed_over", links=[linked],
                           handling={"confidential": False, "third_party": "allowed",
                                     "legal_hold": True, "note": ""})
    second["place"]["checkpoint"] = "KZ-NUR-ZHOLY-ROAD"
    second["persons"][0]["citizenship"] = ["LTU", "BLR"]
    second["persons"][0]["documents"] = [{"type": "id_card", "number": "AB1",
                                          "issuing_state": "LTU", "issued_on": "2021-03-04"}]
    officer.records.amend(record_id, second, "Уточнено")
    officer.attachments.attach(record_id, _file(tmp_path, "photo-2.jpg", SECOND_FILE))
    return supervisor, record_id, linked


@pytest.mark.parametrize("lang", LANGS)
def test_a_correction_reads_in_the_screens_language(qtbot: Any, screen: Any, lang: str,
                                                     vault: VaultFixture,
                                                     tmp_path: Path) -> None:
    supervisor, record_id, linked = _correction(vault, tmp_path)
    screen(lang)
    page = ReviewPage(supervisor, record_id)
    qtbot.addWidget(page)
    page.show()
    shown = cells(page)
    ref = supervisor.ref

    def label(code_list: str, code: str) -> str:
        assert lang in ref.labels[code_list][code], f"no {lang} label for {code_list}.{code}"
        return ref.label(code_list, code, lang)

    editor = {text.replace("%1", "1"): tr("RecordEditor", text).replace("%1", "1")
              for text in (
        "Detected by", "Outcome", "When", "Where", "Crossing point", "Person %1", "Citizenship",
        "Document %1", "Document type", "Issued on", "Handling", "Confidential (Art. 10.1)",
        "Passing to third parties (Art. 10.2)", "Legal hold (never purged while set)",
        "Linked record %1", "Attachment %1")}
    assert editor["Detected by"] != "Detected by", "the catalog is loaded"
    sep = " › "
    assert shown[editor["Detected by"]] == (label("detected_by", "patrol"),
                                            label("detected_by", "bcp_check"))
    assert shown[editor["Outcome"]] == (label("outcome", "detained"),
                                        label("outcome", "handed_over"))
    day = "03.10.2026" if lang in ("ru", "kk") else "2026-10-03"
    before = "02.10.2026" if lang in ("ru", "kk") else "2026-10-02"
    assert shown[editor["When"]] == (before, f"{day} 22:15 UTC+05:00")
    assert shown[editor["Where"] + sep + editor["Crossing point"]] == \
        ("—", ref.checkpoint_name("KZ-NUR-ZHOLY-ROAD", lang))
    assert shown[f"{editor['Person 1']}{sep}{editor['Citizenship']} 2"] == \
        ("—", ref.country_name("BLR", lang))
    document = f"{editor['Person 1']}{sep}{editor['Document 1']}{sep}"
    assert shown[document + editor["Document type"]] == (label("document_type", "passport"),
                                                         label("document_type", "id_card"))
    issued = ("15.01.2020", "04.03.2021") if lang in ("ru", "kk") else \
        ("2020-01-15", "2021-03-04")
    assert shown[document + editor["Issued on"]] == issued
    handling = editor["Handling"] + sep
    yes, no = tr("VersionDiff", "yes"), tr("VersionDiff", "no")
    assert shown[handling + editor["Confidential (Art. 10.1)"]] == (yes, no)
    assert shown[handling + editor["Legal hold (never purged while set)"]] == (no, yes)
    assert shown[handling + editor["Passing to third parties (Art. 10.2)"]] == \
        (label("third_party", "consent_required"), label("third_party", "allowed"))
    number = supervisor.records.registration_number(linked)
    assert number
    link = shown[editor["Linked record 1"]]
    assert link == ("—", f"{number} · {label('kind', 'border_violation')} · Kazlauskas Jonas")
    sizes = [QLocale().formattedDataSize(len(data)) for data in (FIRST_FILE, SECOND_FILE)]
    assert shown[editor["Attachment 1"]] == (f"scan-1.png ({sizes[0]})",
                                             f"photo-2.jpg ({sizes[1]})")
    raw = {"patrol", "bcp_check", "detained", "handed_over", "KZ-NUR-ZHOLY-ROAD", "BLR",
           "passport", "id_card", "allowed", "consent_required", "True", "False", "true",
           "false", "2026-10-03T22:15:00+05:00", linked, "image/png", "image/jpeg"}
    for name, (old, new) in shown.items():
        assert not raw & {old, new}, f"{name}: {old} → {new}"
        assert "sha256" not in name and "[" not in name and "_" not in name, name
        if lang != "lt":  # Cyrillic labels: any snake_case in a name is a path left raw
            assert not LOWER.search(name), name


def test_the_queue_shows_the_same_review(qtbot: Any, screen: Any, ui_context: UiContext,
                                         vault: VaultFixture, tmp_path: Path) -> None:
    """Records > Review drafts: the pane beside the queue is the same diff, in Russian."""
    from shekara.ui.main.window import MainWindow

    supervisor, record_id, _linked = _correction(vault, tmp_path)
    screen("ru")
    main = MainWindow(supervisor, ui_context)
    qtbot.addWidget(main)
    main.show()
    queue = main.open_review_queue()
    assert queue is not None and queue.select_record(record_id)
    assert queue.review is not None
    shown = cells(queue.review)
    assert shown["Кем выявлено"] == ("Пограничный наряд", "Проверка в пункте пропуска")
    assert shown["Результат"] == ("Задержан", "Передан другому органу")
    assert shown["Лицо 1 › Гражданство 2"] == ("—", "Беларусь")
    assert shown["Где › Пункт пропуска"] == ("—", "Нур Жолы (Хоргос)")
    assert shown["Когда"] == ("02.10.2026", "03.10.2026 22:15 UTC+05:00")
    assert shown["Обращение › Конфиденциально (п. 1 ст. 10 Соглашения)"] == ("да", "нет")
    assert shown["Лицо 1 › Документ 1 › Вид документа"] == ("Паспорт", "Удостоверение личности")
    assert shown["Связанная запись 1"][1].endswith(
        " · Нарушение государственной границы · Kazlauskas Jonas")
    assert shown["Вложение 1"][1].startswith("photo-2.jpg (")
    names = list(shown)  # the editor's order, not the vault's (it sorts fields by name)
    assert names[0] == "Когда" and names[-1] == "Вложение 1"
    assert names.index("Лицо 1 › Гражданство 2") < names.index("Кем выявлено") < \
        names.index("Результат") < names.index("Связанная запись 1")
    kinds = {queue.model.index(row, 1).data() for row in range(queue.model.rowCount())}
    assert kinds == {supervisor.ref.label("kind", "border_violation", "ru")}


# --- every field of every kind ----------------------------------------------------------------
def _every_field(kind: str, ref: ReferenceData) -> dict[str, Any]:
    """A record of `kind` with every field set, every list holding entries, an attachment and
    an Art. 14 translation: normalised as the vault keeps it (every key present)."""
    record = dict(full_records(next(iter(ref.checkpoints)))[kind])
    record["occurred_at"] = "2026-11-20T14:30:00+05:00"
    document = {"type": "visa", "number": "V1", "issuing_state": "LTU",
                "issued_on": "2025-01-02", "expires_on": "2027-01-01"}
    record["persons"] = [{**p, "documents": p["documents"] or [document]}
                         for p in record["persons"]]
    record["attachments"] = [{"name": "скан.pdf", "media_type": "application/pdf",
                              "sha256": "ab" * 32, "size": 123456}]
    record["links"] = [*record["links"], "0f3c1a2e-1111-4222-8333-444455556666"]
    record["translations"] = {"ru": {"narrative": "Перевод", "handling": {"note": "Примечание"}}}
    return validate_record(record, ref, now=datetime.now().astimezone())


@pytest.mark.parametrize("lang", LANGS)
def test_every_field_of_every_kind_is_named_and_shown(qtbot: Any, screen: Any,
                                                      lang: str) -> None:
    screen(lang)
    ref = load_default()
    ctx = EditorContext(ref, lang, "KZ")
    code_lists: set[str] = set()
    seen: set[str] = set()
    for kind in CODE_LISTS["kind"]:
        data = _every_field(kind, ref)
        assert set(record_fields(kind)) <= set(data)
        assert all(set(PERSON_FIELDS) <= set(p) for p in data["persons"])
        assert all(set(DOCUMENT_FIELDS) <= set(d) for p in data["persons"]
                   for d in p["documents"])
        words = FieldWords(ctx, kind, [data], {})
        rows = diff_versions(None, words.comparable(data), words.whole)
        paths = {row.path for row in rows}
        for top in record_fields(kind):
            assert any(p == top or p.startswith((top + ".", top + "[")) for p in paths), top
        assert not [row.path for row in rows if row.new is EMPTY_LIST], "every list is filled"
        for row in rows:
            assert words.known(row.path), f"{kind}: {row.path} is not known"
            name = words.name(row.path)
            steps = set(STEP.findall(row.path))
            assert not steps & set(name.split()), f"{kind}: {row.path} named {name}"
            if lang != "lt":
                assert not LOWER.search(name), f"{kind}: {row.path} named {name}"
            if row.new in (None, "", EMPTY_LIST, {}):
                continue  # "—" and "(none)": the model's own
            shown = words.value(row.path, row.new)
            assert shown is not None, f"{kind}: {row.path} = {row.new!r} shown as stored"
            value_kind = words.kinds[row.path]
            seen.add(value_kind.what)
            _check_value(value_kind.what, row.new, shown, ref, lang)
            if value_kind.what == CODE:
                code_lists.add(value_kind.code_list)
                assert lang in ref.labels[value_kind.code_list][row.new]
                assert shown == ref.label(value_kind.code_list, row.new, lang)
            if value_kind.what == CODES:
                code_lists.add("topic")
                lines = shown.split("\n")
                assert len(lines) == len(row.new) > 1
                for line, code in zip(lines, row.new, strict=True):
                    assert line.startswith(ref.label("topic", code, lang) + " (4.1."), line
    assert code_lists == set(CODE_LISTS) - NOT_RECORD_FIELDS, "every code-list field is shown"
    assert seen == {TEXT, NUMBER, CODE, CODES, COUNTRY, CHECKPOINT, SUBSTANCE, DATE, MOMENT,
                    YES_NO, LINK, ATTACHMENT}


def _check_value(what: str, value: Any, shown: str, ref: ReferenceData, lang: str) -> None:
    """What a value of each kind reads as (codes are checked by the caller)."""
    names = {COUNTRY: (ref.countries, ref.country_name),
             CHECKPOINT: (ref.checkpoints, ref.checkpoint_name),
             SUBSTANCE: (ref.substances, ref.substance_name)}
    if what in names:
        listed, name = names[what]
        assert shown == (name(value, lang) if value in listed else value)
        assert shown != value or value not in listed, f"{value} shown as its code"
    if what in (DATE, MOMENT):
        assert not re.search(r"\dT\d", shown)
        assert lang == "lt" or not re.search(r"\d{4}-\d\d", shown), shown
    if what == MOMENT:
        assert shown == ("20.11.2026" if lang != "lt" else "2026-11-20") + " 14:30 UTC+05:00"
    if what == YES_NO:
        assert shown == tr("VersionDiff", "yes" if value else "no") != ("yes" if value else "no")
    if what == ATTACHMENT:
        assert shown == f"скан.pdf ({QLocale().formattedDataSize(123456)})"
    if what == LINK:
        assert shown == short_id(value) and len(shown) == 8
    if what == NUMBER:  # as the editor shows it, and as the printed reports write decimals
        sign = "." if lang == "en" else ","
        whole = isinstance(value, int) or float(value).is_integer()
        assert shown == (str(int(value)) if whole else str(value).replace(".", sign)), shown


def test_a_field_no_editor_knows_is_shown_as_stored(qtbot: Any) -> None:
    """A field a newer program wrote: never hidden from the reviewer, its path and value as
    they are (and `known` says so: the test above fails on any such field of a real kind)."""
    ref = load_default()
    data = {**border_record("Petrov", "Ivan", "LTU"), "future": {"field": "x_y"}}
    words = FieldWords(EditorContext(ref, "en", "KZ"), "border_violation", [data], {})
    assert not words.known("future.field") and words.name("future.field") == "future.field"
    assert words.value("future.field", "x_y") is None
    model = DiffTableModel()
    model.set_rows(diff_versions(None, data), name=words.name, words=words.value)
    texts = {model.index(r, Column.FIELD).data(): model.index(r, Column.NEW).data()
             for r in range(model.rowCount())}
    assert texts["future.field"] == "x_y"
    assert texts["Person 1 › Citizenship 1"] == "Lithuania"
    assert words.known("persons[0].documents")  # an empty list: "(none)"
    assert texts["Person 1 › Documents"] == "(none)"


def test_a_link_to_a_record_this_vault_lacks_shows_its_id_short(qtbot: Any) -> None:
    linked = "0f3c1a2e-1111-4222-8333-444455556666"
    data = {**border_record("Petrov", "Ivan", "LTU"), "links": [linked]}
    words = FieldWords(EditorContext(load_default(), "en", "KZ"), "border_violation", [data],
                       {})
    assert words.value("links[0]", linked) == short_id(linked) == "0f3c1a2e"


@pytest.mark.parametrize(("lang", "shown"), [("en", "12.5"), ("ru", "12,5"), ("kk", "12,5"),
                                             ("lt", "12,5")])
def test_a_decimal_reads_as_the_language_writes_it_in_the_editor_too(
        qtbot: Any, screen: Any, lang: str, shown: str) -> None:
    """The number input shows a decimal with the language's sign (as the diff and the printed
    reports do) and reads it back as the same number; whole numbers lose their ".0"."""
    screen(lang)
    field = NumberInput()
    qtbot.addWidget(field)
    field.set_value(12.5)
    assert field.edit.text() == shown and field.value() == 12.5
    field.set_value(3.0)
    assert field.edit.text() == "3" and field.value() == 3
    field.set_value(1.5e-07)
    assert field.value() == 1.5e-07
    field.set_value("12kg")  # not a number: kept as text, for validation to name
    assert field.edit.text() == "12kg" and field.value() == "12kg"
