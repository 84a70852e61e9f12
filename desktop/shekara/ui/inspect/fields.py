"""The lines of the Inspect a packet file… screen: what a packet's header says, in the words of
the screen's language (the dialog's translation context), from `describe`'s fields.

The SHA-256 is shown in the lines and groups the Packet transmittal sheet prints, so the file
can be compared with its sheet by eye; the age command names the file itself, quoted for a
shell, so that it runs as copied in the stick's folder."""

from __future__ import annotations

import shlex
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from shekara.packets.inspect import age_command
from shekara.reports.sheets import transmittal_sha256_lines
from shekara.ui.i18n import fmt, format_stamp
from shekara.ui.widgets.destination import data_size

CONTEXT = "PacketInspectDialog"

# (field, its label), in the order shown; `monospace` fields are codes read group by group.
FIELDS: tuple[tuple[str, object], ...] = (  # QT_TRANSLATE_NOOP: the source text
    ("kind", QT_TRANSLATE_NOOP("PacketInspectDialog", "Kind:")),
    ("sender", QT_TRANSLATE_NOOP("PacketInspectDialog", "Sender:")),
    ("seq", QT_TRANSLATE_NOOP("PacketInspectDialog", "Number:")),
    ("recipient", QT_TRANSLATE_NOOP("PacketInspectDialog", "Recipient:")),
    ("created", QT_TRANSLATE_NOOP("PacketInspectDialog", "Created:")),
    ("version", QT_TRANSLATE_NOOP("PacketInspectDialog", "Format version:")),
    ("size", QT_TRANSLATE_NOOP("PacketInspectDialog", "Size:")),
    ("sha256", QT_TRANSLATE_NOOP("PacketInspectDialog", "SHA-256 of the file:")),
    ("signer", QT_TRANSLATE_NOOP("PacketInspectDialog", "Signing key's fingerprint:")),
    ("body", QT_TRANSLATE_NOOP("PacketInspectDialog", "Encrypted body:")),
    ("age", QT_TRANSLATE_NOOP("PacketInspectDialog", "Decrypt with age:")),
)
MONOSPACE = frozenset({"sha256", "signer", "age"})

KINDS: dict[str, object] = {
    "records": QT_TRANSLATE_NOOP("PacketInspectDialog", "records packet (a post's records for HQ)"),
    "ack": QT_TRANSLATE_NOOP("PacketInspectDialog", "acknowledgement (HQ's answer to a post)"),
    "refdata": QT_TRANSLATE_NOOP("PacketInspectDialog", "reference data (from HQ to a post)"),
    "exchange": QT_TRANSLATE_NOOP("PacketInspectDialog",
                                  "letter between the Parties' HQs (the exchange)"),
}


def _translated(source: object) -> str:
    """A text marked above with QT_TRANSLATE_NOOP, in the screen's language."""
    return QCoreApplication.translate(CONTEXT, str(source))


def label(field: str) -> str:
    return _translated(dict(FIELDS)[field])


def kind_text(kind: str) -> str:
    """The kind in words; a kind this version does not know is shown as the file names it."""
    source = KINDS.get(kind)
    return _translated(source) if source is not None else kind


def command_for(info: dict[str, Any], file_name: str) -> str:
    """`describe`'s age command, for this file rather than PACKET.shk."""
    return age_command(int(info["body_offset"]), shlex.quote(file_name))


def values(info: dict[str, Any], file_name: str) -> dict[str, str]:
    """Each field's text, from `describe`'s fields."""
    locale = QLocale()
    size = int(info["size"])
    return {
        "kind": kind_text(str(info["kind"])),
        "sender": str(info["sender"]),
        "seq": str(info["seq"]),
        "recipient": str(info["recipient_id"]),
        "created": format_stamp(str(info["created_at"])),
        "version": str(info["version"]),
        "size": fmt(QCoreApplication.translate("PacketInspectDialog", "%1 bytes (%2)"),
                    locale.toString(size), data_size(size)),
        "sha256": "\n".join(transmittal_sha256_lines(str(info["packet_sha256"]))),
        "signer": str(info["signer_fingerprint"]),
        # Offsets stay plain digits: they are typed into `tail -c +N` as they are.
        "body": fmt(QCoreApplication.translate("PacketInspectDialog", "from byte %1, %2 bytes"),
                    info["body_offset"], info["body_length"]),
        "age": command_for(info, file_name),
    }
