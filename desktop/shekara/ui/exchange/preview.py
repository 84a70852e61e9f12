"""What leaves, in words: one notice item as the partner will receive it (the minimized record,
the persons sent, the persons who stay home and why some were included by hand), and the dialog
in which a supervisor includes a person the rule keeps home, with a written reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shekara.domain.reference import ReferenceData
from shekara.services.exchange_send import PreviewItem
from shekara.ui.exchange.texts import ACTIONS, word
from shekara.ui.i18n import current_language, fmt, format_moment

MAX_REASON = 500
# The fields' names as the record editor shows them (its translations apply).
FIELD_LABELS: dict[str, object] = {
    "direction": QT_TRANSLATE_NOOP("RecordEditor", "Direction"),
    "section": QT_TRANSLATE_NOOP("RecordEditor", "Section of the border"),
    "method": QT_TRANSLATE_NOOP("RecordEditor", "Method"),
    "detected_by": QT_TRANSLATE_NOOP("RecordEditor", "Detected by"),
    "outcome": QT_TRANSLATE_NOOP("RecordEditor", "Outcome"),
    "case_number": QT_TRANSLATE_NOOP("RecordEditor", "Case number"),
    "items": QT_TRANSLATE_NOOP("RecordEditor", "Items"),
    "concealment": QT_TRANSLATE_NOOP("RecordEditor", "Concealment"),
    "detection": QT_TRANSLATE_NOOP("RecordEditor", "Detection"),
    "conveyance": QT_TRANSLATE_NOOP("RecordEditor", "Conveyance"),
    "route": QT_TRANSLATE_NOOP("RecordEditor", "Route (origin first)"),
    "act": QT_TRANSLATE_NOOP("RecordEditor", "Act"),
    "document": QT_TRANSLATE_NOOP("RecordEditor", "Document as it claims to be"),
    "forgery": QT_TRANSLATE_NOOP("RecordEditor", "Forgery"),
    "topics": QT_TRANSLATE_NOOP("RecordEditor", "Topics"),
    "substances": QT_TRANSLATE_NOOP("RecordEditor", "Substances"),
    "channel": QT_TRANSLATE_NOOP("RecordEditor", "Channel"),
    "equipment": QT_TRANSLATE_NOOP("RecordEditor", "Equipment"),
    "evaluation": QT_TRANSLATE_NOOP("RecordEditor", "Evaluation"),
}
CODED = ("direction", "section", "method", "detected_by", "outcome", "detection", "act",
         "forgery")
SKIPPED = ("persons", "links", "attachments", "id", "version", "kind", "occurred_at", "place",
           "narrative", "handling")


def t(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate (tools/build_translations.py finds these calls)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def person_line(person: Mapping[str, Any], ref: ReferenceData) -> str:
    lang = current_language()
    name = " ".join(str(person.get(k) or "") for k in ("surname", "given_names", "patronymic"))
    role = ref.label("role", str(person.get("role") or ""), lang)
    countries = ", ".join(str(c) for c in person.get("citizenship") or [])
    return fmt(t("SharePreview", "%1 — %2, citizenship %3"), " ".join(name.split()) or "—",
               role, countries or "—")


def _value(value: Any) -> str:
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_value(v)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, bool):
        return t("SharePreview", "yes") if value else t("SharePreview", "no")
    return str(value)


def fact_lines(record: Mapping[str, Any], ref: ReferenceData) -> list[str]:
    """A record's facts (not its persons), one line each: kind, when, where, the narrative,
    then every other field as the interchange form names it."""
    lang = current_language()
    lines = [fmt(t("SharePreview", "Kind: %1"), ref.label("kind", str(record.get("kind") or ""),
                                                          lang))]
    occurred = format_moment(str(record.get("occurred_at") or ""))
    lines.append(fmt(t("SharePreview", "Occurred: %1"), occurred))
    place = record.get("place") or {}
    if isinstance(place, Mapping) and place.get("description"):
        lines.append(fmt(t("SharePreview", "Place: %1"), place.get("description")))
    if record.get("narrative"):
        lines.append(fmt(t("SharePreview", "Narrative: %1"), record.get("narrative")))
    for key in sorted(record, key=lambda k: (k not in FIELD_LABELS, k)):
        value = record[key]
        if key in SKIPPED or value in (None, "", [], {}):
            continue
        label = FIELD_LABELS.get(key)
        name = QCoreApplication.translate("RecordEditor", str(label)) if label else key
        shown = ref.label(key, value, lang) if key in CODED and isinstance(value, str) \
            else _value(value)
        lines.append(f"{name}: {shown}")
    return lines


def handling_lines(handling: Mapping[str, Any], ref: ReferenceData) -> list[str]:
    """The handling restrictions a fact carries (Art. 10), strongest first."""
    lang = current_language()
    lines = []
    if handling.get("confidential", True):
        lines.append(t("SharePreview", "CONFIDENTIAL (Art. 10.1): for the Agreement's purposes "
                       "only."))
    third = str(handling.get("third_party") or "consent_required")
    lines.append(fmt(t("SharePreview", "%1 (Art. 10.2)"), ref.label("third_party", third, lang)))
    if handling.get("legal_hold"):
        lines.append(t("SharePreview", "Under a legal hold: never purged while it is set."))
    if handling.get("note"):
        lines.append(fmt(t("SharePreview", "Note: %1"), handling.get("note")))
    return lines


def preview_text(item: PreviewItem, number: str | None, stored: Mapping[str, Any] | None,
                 ref: ReferenceData) -> str:
    """The notice item in words. `stored` is the record as this HQ holds it (for the persons
    who stay home); without it only the counts of those are known."""
    queued, minimized = item.queued, item.minimized
    lines = [fmt(t("SharePreview", "Record %1, version %2 — Art. %3 — %4"),
                 number or queued.record_id, queued.version, queued.article,
                 word(ACTIONS, queued.action))]
    if minimized is None:
        lines.append(t("SharePreview", "A correction: only the record's id, version and the "
                       "reason leave. The partner must withdraw or destroy what it received."))
        return "\n".join(lines)
    record = minimized.record
    lines.append("")
    lines.append(t("SharePreview", "WHAT LEAVES FOR THE PARTNER"))
    lines += fact_lines(record, ref)
    lines += handling_lines(record.get("handling") or {}, ref)
    lines.append("")
    lines.append(t("SharePreview", "Persons sent (%n):", None, len(minimized.sent)))
    for position, index in enumerate(minimized.sent):
        person = record["persons"][position]
        line = "  • " + person_line(person, ref)
        if index in minimized.included:
            line += "\n    " + fmt(t("SharePreview", "included by hand: %1"),
                                     minimized.included[index])
        lines.append(line)
    if not minimized.sent:
        lines.append("  " + t("SharePreview", "none: the fact leaves without a person"))
    lines.append("")
    lines.append(t("SharePreview", "Persons withheld — they stay home (%n):", None,
               minimized.withheld))
    persons = list((stored or {}).get("persons") or [])
    withheld = [i for i in range(len(persons)) if i not in minimized.sent]
    for index in withheld:
        lines.append("  • " + person_line(persons[index], ref))
    lines.append("")
    lines.append(t("SharePreview", "Never leaves: who wrote or approved the record, "
                   "attachments, links to records the partner never received, internal fields."))
    return "\n".join(lines)


def withheld_persons(item: PreviewItem, stored: Mapping[str, Any] | None,
                     ref: ReferenceData) -> list[tuple[int, str]]:
    """(index, label) of the persons of a fact that stay home now."""
    if item.minimized is None or stored is None:
        return []
    persons = list(stored.get("persons") or [])
    return [(i, person_line(p, ref)) for i, p in enumerate(persons)
            if i not in item.minimized.sent]


class IncludePersonDialog(QDialog):
    """Choose a person the rule keeps home and write why the partner needs them."""

    def __init__(self, persons: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("includePersonDialog")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.person_label = QLabel()
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("includePerson")
        for index, label in persons:
            self.person_combo.addItem(label, index)
        self.person_label.setBuddy(self.person_combo)
        self.reason_label = QLabel()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("includeReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.person_label, self.person_combo)
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 280)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Include a person"))
        self.explain.setText(self.tr(
            "The rule keeps this person home (a witness, or a citizen of our own State). Send "
            "them only when the partner needs them for the Agreement's purposes, and say why: "
            "the reason is kept in the disclosure register."))
        self.person_label.setText(self.tr("&Person:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.ok_button.setText(self.tr("&Include"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _check(self) -> None:
        text = self.reason()
        self.ok_button.setEnabled(bool(text) and len(text) <= MAX_REASON
                                  and self.person_combo.count() > 0)

    def person(self) -> int | None:
        value = self.person_combo.currentData()
        return int(value) if value is not None else None

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()
