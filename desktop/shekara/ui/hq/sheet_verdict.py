"""The words of the sheet check's answer to a scanned QR code (sheet_check.py), in the look of
Documents > Check a printed document…: green when a file is the sheet's, red when none is, with
the rule. The texts stay in the check dialog's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shekara.reports.qr import EnrollmentRef, PacketRef, QrPayload, SummaryRef
from shekara.services.packet_receipt import SheetMatch
from shekara.ui.i18n import fmt
from shekara.ui.reports.verify_dialog import MATCH_STYLES, VerifyDocumentDialog


def document_name(payload: QrPayload) -> str:
    """The title printed on the paper a QR text comes from, in the screen's language."""
    if isinstance(payload, SummaryRef):
        document = "summary"
    elif isinstance(payload, EnrollmentRef):
        document = "enrollment"
    else:
        document = "transmittal" if isinstance(payload, PacketRef) else payload.kind
    return VerifyDocumentDialog.document_name(document)


def verdict(match: SheetMatch) -> tuple[str, str, str]:
    """(headline style, headline, detail) for a sheet matched against the files."""
    sheet, found = match.sheet, match.file
    if found is not None:
        return (MATCH_STYLES["current"],
                fmt(QCoreApplication.translate("SheetCheckDialog", "The sheet matches %1."),
                    found.path.name),
                fmt(QCoreApplication.translate(
                    "SheetCheckDialog", "Post %1, packet %2: the post, the number and the "
                    "SHA-256 on the sheet are those of this file. It is ticked in the list."),
                    sheet.post_code, sheet.sequence))
    lines = [fmt(QCoreApplication.translate("SheetCheckDialog", "The sheet: post %1, packet %2."),
                 sheet.post_code, sheet.sequence)]
    if match.same_number is not None:
        lines.append(fmt(QCoreApplication.translate(
            "SheetCheckDialog", "%1 is that packet, but its SHA-256 is not the one on the "
            "sheet: it was changed or damaged on the way."), match.same_number.path.name))
    elif match.same_hash is not None:
        lines.append(fmt(QCoreApplication.translate(
            "SheetCheckDialog", "%1 has this SHA-256, but not this post and number."),
            match.same_hash.path.name))
    lines.append(QCoreApplication.translate(
        "SheetCheckDialog", "Do not accept the packet: sign nothing and ask the post to write it "
        "again."))
    return (MATCH_STYLES["none"],
            QCoreApplication.translate("SheetCheckDialog", "No file here matches this sheet."),
            "\n".join(lines))
