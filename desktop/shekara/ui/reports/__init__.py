"""Reports in the desktop application: preview the PDF with QtPdf, print it through Qt's print
dialog, save it as a PDF file; every print and save is logged by the report service."""

from shekara.ui.reports.opening import (
    open_enrollment_report,
    open_incident_report,
    open_recovery_report,
    open_refusal_report,
    open_report,
    open_request_report,
    open_summary_report,
    open_transmittal_report,
    report_title,
    show_report,
)
from shekara.ui.reports.preview import ReportPreviewDialog

__all__ = [
    "ReportPreviewDialog",
    "open_enrollment_report",
    "open_incident_report",
    "open_recovery_report",
    "open_refusal_report",
    "open_report",
    "open_request_report",
    "open_summary_report",
    "open_transmittal_report",
    "report_title",
    "show_report",
]
