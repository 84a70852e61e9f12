"""The person editor (records.md, Person and Document), with its MRZ box."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from shekara.domain.field_checks import DOCUMENT_NUMBER_CAP, NAME_CAP
from shekara.domain.mrz import MrzData, fill_person_from_mrz
from shekara.errors import ValidationError
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import CodeInput, DateInput, TextInput, translate
from shekara.ui.editors.forms import FormSection, ListEditor
from shekara.ui.editors.issues import issue_text
from shekara.ui.editors.mrz_box import MrzBox
from shekara.ui.editors.pickers import CountryInput


class DocumentForm(FormSection):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None, *,
                 title: str = "") -> None:
        super().__init__(parent, title=title)
        t = translate
        self.add("type", t("RecordEditor", "Document type"), CodeInput(ctx, "document_type"),
                 required=True)
        self.add("number", t("RecordEditor", "Number"),
                 TextInput(max_length=DOCUMENT_NUMBER_CAP))
        self.add("issuing_state", t("RecordEditor", "Issuing state"), CountryInput(ctx))
        self.add("issued_on", t("RecordEditor", "Issued on"), DateInput())
        self.add("expires_on", t("RecordEditor", "Expires on"), DateInput())


def country_list(ctx: EditorContext, add_text: str, name: str) -> ListEditor:
    return ListEditor(lambda: CountryInput(ctx), add_text,
                      lambda i, n: f"{name} {i + 1}", compact=True, skip_empty=True, minimum=1)


class PersonForm(FormSection):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        t = translate
        self.labels = {
            "surname": t("RecordEditor", "Surname"),
            "given_names": t("RecordEditor", "Given names"),
            "patronymic": t("RecordEditor", "Patronymic"),
            "latin_name": t("RecordEditor", "Latin name (as in the MRZ)"),
            "birth_date": t("RecordEditor", "Birth date"),
            "sex": t("RecordEditor", "Sex"),
            "citizenship": t("RecordEditor", "Citizenship"),
            "documents": t("RecordEditor", "Documents"),
        }
        mrz = MrzBox(ctx.today())
        self.add("mrz", t("RecordEditor", "MRZ"), mrz, tooltip=t(
            "RecordEditor", "The machine-readable zone: when its check digits agree, it fills"
            " the empty fields below"))
        self.mrz = mrz
        self.add("role", t("RecordEditor", "Role"), CodeInput(ctx, "role"), required=True)
        for key in ("surname", "given_names", "patronymic", "latin_name"):
            self.add(key, self.labels[key], TextInput(max_length=NAME_CAP))
        self.add("birth_date", self.labels["birth_date"], DateInput(partial=True))
        self.add("sex", self.labels["sex"], CodeInput(ctx, "sex", empty=False))
        self.editor("sex").set_value("unknown")
        self.add("citizenship", self.labels["citizenship"],
                 country_list(ctx, t("RecordEditor", "Add citizenship"),
                              t("RecordEditor", "Citizenship")), required=True,
                 tooltip=t("RecordEditor", "XXX when unknown, XXA for a stateless person"))
        self.add("birth_place", t("RecordEditor", "Birth place"), TextInput())
        self.add("documents", self.labels["documents"], ListEditor(
            lambda: DocumentForm(ctx), t("RecordEditor", "Add document"),
            lambda i, n: t("RecordEditor", "Document %1").replace("%1", str(i + 1))))
        mrz.read.connect(self.fill_from_mrz)

    def set_value(self, value: Any) -> None:
        data = dict(value) if isinstance(value, dict) else {}
        data.setdefault("sex", "unknown")
        if data.get("sex") is None:
            data["sex"] = "unknown"
        super().set_value(data)

    def fill_from_mrz(self, _data: MrzData | None = None, *, today: date | None = None) -> None:
        """Fill the empty fields from a valid MRZ and say which were filled (or what conflicts)."""
        person = self.value()
        try:
            filled = fill_person_from_mrz(person, today=today or self.ctx.today())
        except ValidationError as err:
            self.mrz.filled.setText("\n".join(issue_text(issue) for issue in err.issues))
            self.mrz.filled.setStyleSheet("color: #b00020;")
            self.mrz.filled.show()
            return
        changed: list[str] = []
        for key in self.keys():
            if key == "mrz" or filled.get(key) == person.get(key):
                continue
            self.editor(key).set_value(filled[key])
            changed.append(self.labels.get(key, key))
        self.mrz.filled.setStyleSheet("color: #1b5e20;")
        self.mrz.show_filled(changed)
