"""The parts of records that are objects or lists of objects: place, items, substances, route
legs, concealment, conveyance, evaluation, handling, links (records.md)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from shekara.ui.editors.context import EditorContext
from shekara.ui.editors.fields import (
    BoolInput,
    CodeInput,
    DateInput,
    NumberInput,
    ProseInput,
    TextInput,
    translate,
)
from shekara.ui.editors.forms import FormSection, ListEditor
from shekara.ui.editors.pickers import CheckpointInput, CountryInput, SubstanceInput


class PlaceForm(FormSection):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        self.add("checkpoint", t("RecordEditor", "Crossing point"), CheckpointInput(ctx),
                 tooltip=t("RecordEditor", "Type part of the name or code; empty when it"
                           " happened away from a crossing point"))
        self.add("description", t("RecordEditor", "Place description"), TextInput())
        self.add("lat", t("RecordEditor", "Latitude"),
                 NumberInput(placeholder=t("RecordEditor", "e.g. 43.2567")))
        self.add("lon", t("RecordEditor", "Longitude"),
                 NumberInput(placeholder=t("RecordEditor", "e.g. 76.9286")))


class ItemForm(FormSection):
    """One seized item of a contraband detention."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        self.add("category", t("RecordEditor", "Category"), CodeInput(ctx, "item_category"),
                 required=True)
        self.add("substance", t("RecordEditor", "Substance"), SubstanceInput(ctx),
                 tooltip=t("RecordEditor", "A listed substance by name in any language, or"
                           " the name of a new one"))
        self.add("description", t("RecordEditor", "Description"), TextInput())
        self.add("quantity", t("RecordEditor", "Quantity"), NumberInput(), required=True)
        self.add("unit", t("RecordEditor", "Unit"), CodeInput(ctx, "unit"), required=True)
        self.add("serial_number", t("RecordEditor", "Serial number (weapons)"), TextInput())
        self.add("markings", t("RecordEditor", "Markings"), TextInput(),
                 tooltip=t("RecordEditor", "Logos on tablets, stamps on packages"))


class IntelSubstanceForm(FormSection):
    """One substance of drug-route intelligence."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        self.add("substance", t("RecordEditor", "Substance"), SubstanceInput(ctx),
                 required=True, tooltip=t("RecordEditor", "A listed substance by name in any"
                                          " language, or the name of a new one"))
        self.add("form", t("RecordEditor", "Form"), CodeInput(ctx, "substance_form"))
        self.add("quantity", t("RecordEditor", "Quantity"), NumberInput())
        self.add("unit", t("RecordEditor", "Unit"), CodeInput(ctx, "unit"))
        self.add("purity_percent", t("RecordEditor", "Purity, %"), NumberInput())
        self.add("markings", t("RecordEditor", "Markings"), TextInput())
        self.add("properties", t("RecordEditor", "Properties"), ProseInput(lines=2))


class LegForm(FormSection):
    """One leg of a route: where, how and when."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        self.add("country", t("RecordEditor", "Country"), CountryInput(ctx), required=True)
        self.add("place", t("RecordEditor", "Place"), TextInput())
        self.add("mode", t("RecordEditor", "Transport"), CodeInput(ctx, "conveyance_mode"))
        self.add("date", t("RecordEditor", "Date"), DateInput())


def _leg_title(index: int, count: int) -> str:
    title = translate("RecordEditor", "Leg %1").replace("%1", str(index + 1))
    if count > 1 and index == 0:
        return title + " — " + translate("RecordEditor", "origin")
    if count > 1 and index == count - 1:
        return title + " — " + translate("RecordEditor", "destination")
    return title


def route_editor(ctx: EditorContext) -> ListEditor:
    """Legs in order, origin first: add, remove, move up and down (Alt+Shift+Up/Down)."""
    return ListEditor(lambda: LegForm(ctx), translate("RecordEditor", "Add leg"), _leg_title,
                      ordered=True)


class ConcealmentForm(FormSection):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        self.add("method", t("RecordEditor", "Method"), CodeInput(ctx, "concealment_method"))
        self.add("description", t("RecordEditor", "Description"), TextInput())


class ConveyanceForm(FormSection):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        self.add("mode", t("RecordEditor", "Mode"), CodeInput(ctx, "conveyance_mode"))
        self.add("identifier", t("RecordEditor", "Plate, train, flight or vessel"), TextInput())
        self.add("country", t("RecordEditor", "Country"), CountryInput(ctx))


class EvaluationForm(FormSection):
    """The 4×4 grading: reliability of the source, and of the information."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = translate
        self.add("source", t("RecordEditor", "Source"), CodeInput(ctx, "evaluation_source"))
        self.add("information", t("RecordEditor", "Information"),
                 CodeInput(ctx, "evaluation_information"))


class HandlingForm(FormSection):
    """Handling markings: Art. 10.1 confidentiality, Art. 10.2 third parties, legal hold."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None, *,
                 title: str = "") -> None:
        super().__init__(parent, title=title)
        t = translate
        self.add("confidential", "", BoolInput(t("RecordEditor", "Confidential (Art. 10.1)")))
        self.add("third_party", t("RecordEditor", "Passing to third parties (Art. 10.2)"),
                 CodeInput(ctx, "third_party", empty=False))
        self.add("legal_hold", "", BoolInput(t("RecordEditor",
                                               "Legal hold (never purged while set)")))
        self.add("note", t("RecordEditor", "Handling note"), ProseInput(lines=2))
        self.set_value({})

    def set_value(self, value: Any) -> None:
        data = {"confidential": True, "third_party": "consent_required", "legal_hold": False,
                "note": ""}
        if isinstance(value, dict):
            data.update({k: v for k, v in value.items() if v is not None})
        super().set_value(data)


def links_editor() -> ListEditor:
    return ListEditor(lambda: TextInput(placeholder="xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
                      translate("RecordEditor", "Add link"),
                      lambda i, n: translate("RecordEditor", "Linked record %1")
                      .replace("%1", str(i + 1)), compact=True, skip_empty=True)

