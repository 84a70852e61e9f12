"""The whole form of one record kind: every field of records.md, grouped as an officer thinks of
them (what and where, who, the kind's own facts, handling, links, attachments)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from shekara.domain.codes import ART6_KINDS, KIND_ARTICLE
from shekara.domain.field_checks import NARRATIVE_CAP
from shekara.domain.records import record_fields
from shekara.ui.editors.attachments import AttachmentsEditor
from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import (
    CodeInput,
    FieldEditor,
    MomentInput,
    MultiCodeInput,
    ProseInput,
    TextInput,
    translate,
)
from shekara.ui.editors.forms import FormSection, ListEditor
from shekara.ui.editors.person import DocumentForm, PersonForm
from shekara.ui.editors.sections import (
    ConcealmentForm,
    ConveyanceForm,
    EvaluationForm,
    HandlingForm,
    IntelSubstanceForm,
    ItemForm,
    PlaceForm,
    links_editor,
    route_editor,
)
from shekara.ui.editors.translation_pair import TranslationColumns
from shekara.ui.i18n import fmt

TOPIC_ARTICLES = {"persons": "4.1.3", "concealment": "4.1.3", "detection": "4.1.3",
                  "route": "4.1.3", "new_substance": "4.1.4", "equipment": "4.1.4",
                  "diversion": "4.1.1"}


def _outcome(section: FormSection, ctx: EditorContext) -> None:
    t = translate
    section.add("outcome", t("RecordEditor", "Outcome"), CodeInput(ctx, "outcome"))
    section.add("case_number", t("RecordEditor", "Case number"), TextInput(),
                tooltip=t("RecordEditor", "When a case was opened"))


def _border_violation(section: FormSection, ctx: EditorContext) -> None:
    t = translate
    section.add("direction", t("RecordEditor", "Direction"), CodeInput(ctx, "direction"))
    section.add("section", t("RecordEditor", "Section of the border"), CodeInput(ctx, "section"))
    section.add("method", t("RecordEditor", "Method"), CodeInput(ctx, "method"))
    section.add("detected_by", t("RecordEditor", "Detected by"), CodeInput(ctx, "detected_by"))
    _outcome(section, ctx)


def _items(ctx: EditorContext) -> ListEditor:
    return ListEditor(lambda: ItemForm(ctx), translate("RecordEditor", "Add item"),
                      lambda i, n: translate("RecordEditor", "Item %1").replace("%1", str(i + 1)))


def _contraband_detention(section: FormSection, ctx: EditorContext) -> None:
    t = translate
    section.add("items", t("RecordEditor", "Items"), _items(ctx))
    section.add("concealment", t("RecordEditor", "Concealment"), ConcealmentForm(ctx))
    section.add("detection", t("RecordEditor", "Detection"), CodeInput(ctx, "detection"))
    section.add("conveyance", t("RecordEditor", "Conveyance"), ConveyanceForm(ctx))
    section.add("route", t("RecordEditor", "Route (origin first)"), route_editor(ctx))
    _outcome(section, ctx)


def _forged_document(section: FormSection, ctx: EditorContext) -> None:
    t = translate
    section.add("act", t("RecordEditor", "Act"), CodeInput(ctx, "act"))
    section.add("document", t("RecordEditor", "Document as it claims to be"),
                DocumentForm(ctx), required=True)
    section.add("forgery", t("RecordEditor", "Forgery"), CodeInput(ctx, "forgery"))
    section.add("detected_by", t("RecordEditor", "Detected by"),
                CodeInput(ctx, "document_detected_by"))
    _outcome(section, ctx)


def _drug_intel(section: FormSection, ctx: EditorContext) -> None:
    t = translate
    section.add("topics", t("RecordEditor", "Topics"),
                MultiCodeInput(ctx, "topic", articles=TOPIC_ARTICLES), required=True)
    section.add("substances", t("RecordEditor", "Substances"), ListEditor(
        lambda: IntelSubstanceForm(ctx), t("RecordEditor", "Add substance"),
        lambda i, n: t("RecordEditor", "Substance %1").replace("%1", str(i + 1))))
    section.add("route", t("RecordEditor", "Route (origin first)"), route_editor(ctx))
    section.add("channel", t("RecordEditor", "Channel"), ProseInput(lines=3),
                tooltip=t("RecordEditor", "How the channel works: couriers, cover loads,"
                          " payment"))
    section.add("concealment", t("RecordEditor", "Concealment"), ConcealmentForm(ctx))
    section.add("detection", t("RecordEditor", "Detection"), CodeInput(ctx, "detection"))
    section.add("equipment", t("RecordEditor", "Equipment"), ProseInput(lines=3),
                tooltip=t("RecordEditor", "Equipment and technologies of clandestine"
                          " manufacture"))
    section.add("evaluation", t("RecordEditor", "Evaluation"), EvaluationForm(ctx))


_KIND_SECTIONS = {
    "border_violation": _border_violation,
    "contraband_detention": _contraband_detention,
    "forged_document": _forged_document,
    "drug_intel": _drug_intel,
}


class RecordForm(FieldEditor):
    """Every content field of one kind; `value()` is the interchange form as typed."""

    def __init__(self, ctx: EditorContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        t = translate
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        event = FormSection(self, title=t("RecordEditor", "What happened, when and where"))
        event.add("occurred_at", t("RecordEditor", "When"), MomentInput(), required=True)
        event.add("place", t("RecordEditor", "Where"), PlaceForm(ctx))
        narrative = ProseInput(lines=5)
        narrative.edit.setPlaceholderText(t("RecordEditor",
                                            "What happened, in your own words"))
        narrative.setProperty("cap", NARRATIVE_CAP)
        event.add("narrative", t("RecordEditor", "Narrative"), narrative)

        people = FormSection(self, title=t("RecordEditor", "Persons"))
        self.persons = ListEditor(
            lambda: PersonForm(ctx), t("RecordEditor", "Add person"),
            lambda i, n: t("RecordEditor", "Person %1").replace("%1", str(i + 1)))
        people.add("persons", "", self.persons, required=kind in ART6_KINDS)

        label = ctx.ref.label("kind", kind, ctx.lang)
        own = FormSection(self, title=fmt(t("RecordEditor", "%1 (Art. %2)"), label,
                                             KIND_ARTICLE[kind]))
        _KIND_SECTIONS[kind](own, ctx)

        handling = FormSection(self, title=t("RecordEditor", "Handling"))
        handling.add("handling", "", HandlingForm(ctx))
        links = FormSection(self, title=t("RecordEditor", "Linked records"))
        links.add("links", "", links_editor())
        files = FormSection(self, title=t("RecordEditor", "Attachments"))
        self.attachments = AttachmentsEditor()
        files.add("attachments", "", self.attachments)
        # Art. 14: the Russian translation beside each free text (ui/editors/translation_pair).
        russian = FormSection(self, title=t("RecordEditor", "Russian translation (Art. 14)"))
        self.translations = TranslationColumns()
        russian.add("translations", "", self.translations)

        self.sections = [event, people, own, handling, links, files]
        if kind == "drug_intel":  # its persons are optional: the kind's own facts come first
            self.sections = [event, own, people, handling, links, files]
        for section in self.sections:
            layout.addWidget(section)
            section.changed.connect(self.changed)
            section.changed.connect(self._follow_texts)
            section.editing_finished.connect(self.editing_finished)
        layout.addWidget(russian)
        russian.changed.connect(self.changed)
        russian.editing_finished.connect(self.editing_finished)
        self.russian = russian
        layout.addStretch(1)

    def _content(self) -> dict[str, Any]:
        merged: dict[str, Any] = {"kind": self.kind}
        for section in self.sections:
            merged.update(section.value())
        return {name: merged.get(name) for name in record_fields(self.kind)}

    def _follow_texts(self) -> None:
        self.translations.sync(self._content())

    def value(self) -> Any:
        record = self._content()
        self.translations.sync(record)
        translations = self.translations.value()
        if translations:  # absent when written in Russian: the content hash stays the same
            record["translations"] = translations
        return record

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for section in self.sections:
            section.set_value(data)
        self.translations.set_value(data.get("translations"))
        self.translations.sync(self._content())

    def issue_targets(self, path: str) -> dict[str, Any]:
        targets: dict[str, Any] = {}
        for section in self.sections:
            found = section.issue_targets(path)
            found.pop(path, None)  # the record as a whole: the page's banner shows those
            targets.update(found)
        return targets

    def field_labels(self, path: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for section in [*self.sections, self.russian]:
            found.update(section.field_labels(path))
        return found

    def focus_target(self) -> QWidget:
        return self.sections[0].focus_target()
