"""Open a report from anywhere in the application: build it off the GUI thread, then preview.

Each `open_…_report(parent, session, …)` asks `shekara.services.reports.ReportService` for the
document in a worker (holding the session lock, like every vault call; the transmittal sheet's
packet file is read without it), logs the preview as a view when it shows personal data, and
opens a `ReportPreviewDialog` on the PDF. Printing and saving from the dialog log a `print`
entry through the service. Errors go to `show_error`.

The functions return the running `ops.Operation`; `on_shown(dialog)` is called once the dialog
is open (menus ignore it; tests use it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from shekara.services.reports import Report, ReportService
from shekara.services.session import Session
from shekara.services.transmittal import read_transmittal_file
from shekara.ui import ops
from shekara.ui.errors import show_error
from shekara.ui.hq.sheet_hashing import byte_reporter
from shekara.ui.reports.preview import ReportPreviewDialog

Build = Callable[[ReportService], Report]
T = TypeVar("T")
Shown = Callable[[ReportPreviewDialog], None]

CONTEXT = "ReportTitles"
TITLES: dict[str, object] = {
    "incident": QT_TRANSLATE_NOOP("ReportTitles", "Incident report"),
    "request": QT_TRANSLATE_NOOP("ReportTitles", "Request (Art. 8)"),
    "refusal": QT_TRANSLATE_NOOP("ReportTitles", "Refusal notice (Art. 9)"),
    "summary": QT_TRANSLATE_NOOP("ReportTitles", "Period summary"),
    "transmittal": QT_TRANSLATE_NOOP("ReportTitles", "Packet transmittal sheet"),
    "enrollment": QT_TRANSLATE_NOOP("ReportTitles", "Enrollment sheet"),
    "recovery": QT_TRANSLATE_NOOP("ReportTitles", "Recovery sheet"),
    "notice": QT_TRANSLATE_NOOP("ReportTitles", "Covering letter to the partner"),
    "disclosures": QT_TRANSLATE_NOOP("ReportTitles", "Disclosure register (Art. 10)"),
    "received": QT_TRANSLATE_NOOP("ReportTitles", "Information received from the partner"),
}


def report_title(document: str) -> str:
    return QCoreApplication.translate(CONTEXT, str(TITLES.get(document, document)))


def show_report(parent: QWidget | None, session: Session, report: Report) -> ReportPreviewDialog:
    """The preview of an already built report; prints and saves are logged to `session`."""

    def logged(output: str) -> None:
        ops.call(session, session.reports.log_output, report, output)

    dialog = ReportPreviewDialog(report.pdf, report_title(report.document), logged, parent,
                                 file_name=report.file_name,
                                 secret=report.document == "recovery")  # for paper only
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_report(parent: QWidget, session: Session, build: Build, *,
                on_shown: Shown | None = None) -> ops.Operation:
    """Build a report in a worker, then preview it (the general form of the functions below)."""

    def work(progress: ops.Progress) -> Report:
        service = session.reports
        report = build(service)
        progress.check()
        service.log_preview(report)
        return report

    return _preview_when_built(parent, session, work, on_shown=on_shown)


def _preview_when_built(parent: QWidget, session: Session,
                        work: Callable[[ops.Progress], Report], *, on_shown: Shown | None,
                        hold_lock: bool = True) -> ops.Operation:
    def done(result: object) -> None:
        assert isinstance(result, Report)
        dialog = show_report(parent, session, result)
        if on_shown is not None:
            on_shown(dialog)

    def failed(error: BaseException) -> None:
        if not isinstance(error, ops.Cancelled):
            show_error(parent, error)

    label = QCoreApplication.translate("ReportTitles", "Preparing the report…")
    return ops.run_with_dialog(parent, label, work, session=session, hold_lock=hold_lock,
                               on_done=done, on_error=failed)


def open_incident_report(parent: QWidget, session: Session, record_id: str,
                         version: int | None = None, lang: str | None = None, *,
                         on_shown: Shown | None = None) -> ops.Operation:
    return open_report(parent, session, lambda s: s.incident(record_id, version, lang),
                       on_shown=on_shown)


def open_request_report(parent: QWidget, session: Session, request_id: str,
                        version: int | None = None, lang: str | None = None, *,
                        on_shown: Shown | None = None) -> ops.Operation:
    return open_report(parent, session, lambda s: s.request(request_id, version, lang),
                       on_shown=on_shown)


def open_refusal_report(parent: QWidget, session: Session, refusal_id: str,
                        lang: str | None = None, *,
                        on_shown: Shown | None = None) -> ops.Operation:
    return open_report(parent, session, lambda s: s.refusal(refusal_id, lang),
                       on_shown=on_shown)


def open_summary_report(parent: QWidget, session: Session, start: date, end: date,
                        checkpoint: str | None = None, lang: str | None = None, *,
                        on_shown: Shown | None = None) -> ops.Operation:
    return open_report(parent, session, lambda s: s.summary(start, end, checkpoint, lang),
                       on_shown=on_shown)


def open_transmittal_report(parent: QWidget, session: Session, packet_path: Path,
                            lang: str | None = None, *,
                            on_shown: Shown | None = None) -> ops.Operation:
    """The packet file (up to 2 GB, maybe on a slow stick) is read twice and never held
    (services/transmittal.py), with its progress in the dialog and Cancel stopping it at the
    next chunk; the session lock is taken only for the vault's keys and for the sheet itself,
    so the window's own vault calls do not wait for the stick."""

    def work(progress: ops.Progress) -> Report:
        def vault(fn: Callable[[], T]) -> T:
            result: T = ops.vault_call(session, progress, fn)
            return result

        service = vault(lambda: session.reports)
        sheet = read_transmittal_file(packet_path, lambda: vault(service.transmittal_keyring),
                                      lambda: vault(service.transmittal_identities),
                                      byte_reporter(progress))

        def build() -> Report:
            report = service.transmittal_sheet(sheet, lang)
            service.log_preview(report)
            return report

        return vault(build)

    return _preview_when_built(parent, session, work, on_shown=on_shown, hold_lock=False)


def open_enrollment_report(parent: QWidget, session: Session, lang: str | None = None, *,
                           on_shown: Shown | None = None) -> ops.Operation:
    return open_report(parent, session, lambda s: s.enrollment(lang), on_shown=on_shown)


def open_recovery_report(parent: QWidget, session: Session, recovery_key: str,
                         lang: str | None = None, *,
                         on_shown: Shown | None = None) -> ops.Operation:
    """The recovery key is checked against the vault before anything is shown."""
    return open_report(parent, session, lambda s: s.recovery(recovery_key, lang),
                       on_shown=on_shown)
