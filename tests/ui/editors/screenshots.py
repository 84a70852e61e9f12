"""Screenshots of the record editors and the review in Kazakh and Lithuanian, from real widgets
on a real (temporary) vault with sample records:

    QT_QPA_PLATFORM=offscreen python -m tests.ui.editors.screenshots docs/screenshots

Writes editor-<kind>-<lang>.png (the whole form, every field), editor-mrz-<lang>.png (a person
filled from a scanned MRZ, with a problem shown at its field), editor-translations-<lang>.png
(Art. 14: the free texts beside their Russian translation), review-<lang>.png (a correction
side by side with its reason) and history-<lang>.png (a record's three versions, the second
compared with the first). `--only history` (or editor, mrz, translations, review) writes one
of them.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

import shekara.ui  # noqa: F401 - its refcount guard before any Qt call
from shekara.demo.samples import generate_records
from shekara.services.session import Session
from shekara.ui.app import create_application
from shekara.ui.editors import RecordEditorPage
from shekara.ui.i18n import Translations, ensure_catalogs
from shekara.ui.review import ReviewPage
from tests.support.fast_kdf import install as install_test_kdf
from tests.ui.editors.conftest import OFFICER, SECOND, SUPERVISOR, make_vault, open_as
from tests.ui.editors.filling import fill, type_text
from tests.ui.editors.records import LTU_PASSPORT

KINDS = ("border_violation", "contraband_detention", "forged_document", "drug_intel")
PARTY_OF = {"kk": "KZ", "lt": "LT", "ru": "KZ", "en": "KZ"}  # ru, en: a Kazakh post
FORM_WIDTH = 1000


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _editor_shots(session: Session, lang: str, out: Path) -> None:
    samples = list(generate_records(80, party=PARTY_OF[lang], today=date.today(), seed=7))
    for kind in KINDS:
        # The fullest sample of the kind with at most two persons (the picture stays legible).
        record = max((r for r in samples if r["kind"] == kind and len(r["persons"]) <= 2),
                     key=lambda r: len(str(r)))
        [record_id] = session.records.add([record])
        page = RecordEditorPage(session, record_id, None)
        page.resize(1100, 900)
        page.show()
        _settle()
        assert page.form is not None
        form = page.form
        # The whole form at the page's width: every field, for checking labels and clipping.
        page.scroll_area.takeWidget()  # out of the scroll area, to show it whole
        form.setParent(None)
        form.resize(FORM_WIDTH, form.sizeHint().height())
        form.show()
        _settle()
        form.grab().save(str(out / f"editor-{kind}-{lang}.png"))
        page.stop()
        page.close()


def _mrz_shot(session: Session, lang: str, out: Path) -> None:
    page = RecordEditorPage(session, None, "border_violation")
    page.resize(1100, 900)
    page.show()
    assert page.form is not None
    person = page.form.persons.entries[0].editor
    fill(person.editor("role"), "violator")
    type_text(person.mrz.edit, LTU_PASSPORT)  # type: ignore[attr-defined]
    fill(person.editor("birth_place"), "Šiauliai")
    fill(page.form.sections[0].editor("occurred_at"), "2031-01-01")
    page.validate()
    _settle()
    page.grab().save(str(out / f"editor-mrz-{lang}.png"))
    page.stop()
    page.close()


def _translation_shot(session: Session, lang: str, out: Path) -> None:
    """Art. 14: the free texts of a detention beside their Russian translation (one missing)."""
    samples = generate_records(30, party=PARTY_OF[lang], today=date.today(), seed=5)
    record = next(r for r in samples if r["kind"] == "contraband_detention"
                  and r["items"] and r["items"][0].get("description"))
    record.pop("translations", None)
    written = {"kk": ("Рентгенмен тексергенде запас дөңгелектен героині бар төрт орам табылды.",
                      "4 орам", "3-жолақ"),
               "lt": ("Rentgenu tikrinant atsarginiame rate rasti keturi paketai su heroinu.",
                      "4 paketai", "3 eismo juosta")}["lt" if PARTY_OF[lang] == "LT" else "kk"]
    # (ru, en: a Kazakh post's officer writes in Kazakh; the screen speaks the UI language)
    record["narrative"] = written[0]
    record["items"] = [dict(record["items"][0], description=written[1])]
    record["place"] = dict(record["place"], description=written[2])
    record["handling"] = dict(record["handling"], note="")
    if isinstance(record.get("concealment"), dict):
        record["concealment"] = dict(record["concealment"], description="")
    [record_id] = session.records.add([record])
    page = RecordEditorPage(session, record_id, None)
    page.resize(1100, 900)
    page.show()
    _settle()
    assert page.form is not None
    columns = page.form.translations  # type: ignore[attr-defined]
    columns.rows["narrative"][2].set_value(
        "При рентгеновском досмотре в запасном колесе найдены четыре свёртка с героином.")
    columns.rows["items[0].description"][2].set_value("4 свёртка")  # the place: left missing
    _settle()
    section = page.form.russian  # type: ignore[attr-defined]
    section.resize(FORM_WIDTH, section.sizeHint().height())
    _settle()
    section.grab().save(str(out / f"editor-translations-{lang}.png"))
    page.stop()
    page.close()


def _review_shot(officer: Session, supervisor: Session, lang: str, out: Path) -> None:
    samples = generate_records(30, party=PARTY_OF[lang], today=date.today(), seed=11)
    record = next(r for r in samples if r["kind"] == "contraband_detention")
    [record_id] = officer.records.add([record])
    supervisor.records.approve(record_id)
    corrected = dict(record, case_number="2026-0117",
                     narrative=str(record["narrative"]) + " +")
    corrected["persons"] = [dict(p) for p in record["persons"]]
    corrected["persons"][0]["citizenship"] = [*record["persons"][0]["citizenship"], "XXX"]
    reason = ("Patikslinti bylos numeris ir pilietybė" if PARTY_OF[lang] == "LT"
              else "Іс нөмірі мен азаматтығы нақтыланды")
    officer.records.amend(record_id, corrected, reason)
    page = ReviewPage(supervisor, record_id)
    page.resize(1100, 700)
    page.show()
    _settle()
    page.grab().save(str(out / f"review-{lang}.png"))
    page.close()


def _history_shot(officer: Session, supervisor: Session, second: Session, lang: str,
                  out: Path) -> None:
    """A record approved, corrected (approved by the other supervisor) and corrected again:
    its history opened from the editor, the first correction selected."""
    samples = generate_records(30, party=PARTY_OF[lang], today=date.today(), seed=11)
    record = next(r for r in samples if r["kind"] == "border_violation")
    [record_id] = officer.records.add([record])
    supervisor.records.approve(record_id)
    lithuanian = PARTY_OF[lang] == "LT"
    corrected = dict(record, case_number="2026-0042")
    officer.records.amend(record_id, corrected, "Įrašytas bylos numeris" if lithuanian
                          else "Іс нөмірі жазылды")
    second.records.approve(record_id)
    again = dict(corrected, narrative=str(record["narrative"]) + " +")
    supervisor.records.amend(record_id, again, "Patikslintas aprašymas" if lithuanian
                             else "Оқиға сипаттамасы нақтыланды")
    page = RecordEditorPage(supervisor, record_id, None)
    page.resize(1100, 700)
    page.show()
    dialog = page.history_button.open_history()
    assert dialog is not None
    dialog.resize(1000, 640)
    dialog.select_version(2)
    _settle()
    dialog.grab().save(str(out / f"history-{lang}.png"))
    dialog.reject()
    page.stop()
    page.close()


def main(out: Path, only: str | None = None) -> None:
    install_test_kdf()
    # The application as Shekara makes it: its bundled font, the combo and wheel guards.
    app = create_application(sys.argv[:1])
    ensure_catalogs()  # from a checkout: compile i18n/*.ts when the .qm files are missing
    translations = Translations(app)
    out.mkdir(parents=True, exist_ok=True)
    for lang in PARTY_OF:
        translations.set_language(lang)
        with tempfile.TemporaryDirectory() as folder:
            vault = Path(folder) / "vault"
            make_vault(vault, party=PARTY_OF[lang])
            officer = open_as(vault, OFFICER)
            supervisor = open_as(vault, SUPERVISOR)
            second = open_as(vault, SECOND)
            try:
                if only in (None, "editor"):
                    _editor_shots(officer, lang, out)
                if only in (None, "mrz"):
                    _mrz_shot(officer, lang, out)
                if only in (None, "translations"):
                    _translation_shot(officer, lang, out)
                if only in (None, "review"):
                    _review_shot(officer, supervisor, lang, out)
                if only in (None, "history"):
                    _history_shot(officer, supervisor, second, lang, out)
            finally:
                officer.close()
                supervisor.close()
                second.close()


if __name__ == "__main__":
    arguments = sys.argv[1:]
    chosen = None
    if "--only" in arguments:
        at = arguments.index("--only")
        chosen = arguments[at + 1]
        del arguments[at:at + 2]
    main(Path(arguments[0] if arguments else "docs/screenshots"), chosen)
