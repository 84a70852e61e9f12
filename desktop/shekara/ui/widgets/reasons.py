"""Short, translated names for why a packet was refused (the message ids HQ records and acks
carry), and sequence numbers written as ranges ("3, 5–7")."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PacketReasons"
REASONS: dict[str, object] = {
    "packet.fork": QT_TRANSLATE_NOOP(
        "PacketReasons", "fork: a different packet with the same number"),
    "packet.bad_signature": QT_TRANSLATE_NOOP(
        "PacketReasons", "the signature is not valid (altered or damaged)"),
    "packet.unknown_key": QT_TRANSLATE_NOOP(
        "PacketReasons", "signed by a key HQ has not enrolled"),
    "packet.revoked_key": QT_TRANSLATE_NOOP("PacketReasons", "signed by a revoked key"),
    "packet.old_key": QT_TRANSLATE_NOOP(
        "PacketReasons", "signed by a replaced key after its rotation"),
    "packet.wrong_recipient": QT_TRANSLATE_NOOP("PacketReasons", "addressed to another HQ"),
    "packet.not_for_us": QT_TRANSLATE_NOOP("PacketReasons", "not encrypted to this HQ"),
    "packet.wrong_kind": QT_TRANSLATE_NOOP("PacketReasons", "not a records packet"),
    "packet.wrong_signer_role": QT_TRANSLATE_NOOP("PacketReasons", "not signed by a post"),
    "packet.decrypt_failed": QT_TRANSLATE_NOOP("PacketReasons", "cannot be decrypted"),
    "packet.invalid_record": QT_TRANSLATE_NOOP(
        "PacketReasons", "a record in it does not pass the checks"),
    "packet.content_hash": QT_TRANSLATE_NOOP(
        "PacketReasons", "a record's content does not match its hash"),
    "packet.foreign_record": QT_TRANSLATE_NOOP(
        "PacketReasons", "a record in it belongs to another post"),
    "packet.version_conflict": QT_TRANSLATE_NOOP(
        "PacketReasons", "a record version conflicts with one HQ holds"),
    "packet.attachment_missing": QT_TRANSLATE_NOOP(
        "PacketReasons", "an attachment is missing from it"),
    "packet.bad_magic": QT_TRANSLATE_NOOP("PacketReasons", "not a Shekara packet"),
    "packet.empty": QT_TRANSLATE_NOOP("PacketReasons", "the file is empty"),
    "packet.truncated": QT_TRANSLATE_NOOP("PacketReasons", "the file is cut short"),
    "packet.too_large": QT_TRANSLATE_NOOP("PacketReasons", "the file is too large"),
    "packet.unsupported_version": QT_TRANSLATE_NOOP(
        "PacketReasons", "made by a newer Shekara: update this one"),
    "packet.bad_header": QT_TRANSLATE_NOOP("PacketReasons", "its header is damaged"),
    "packet.bad_body": QT_TRANSLATE_NOOP("PacketReasons", "its contents are damaged"),
    "packet.body_hash": QT_TRANSLATE_NOOP("PacketReasons", "its contents are damaged"),
    "packet.body_length": QT_TRANSLATE_NOOP("PacketReasons", "its contents are damaged"),
    "packet.discarded": QT_TRANSLATE_NOOP(
        "PacketReasons", "held or quarantined at HQ, then discarded by a supervisor"),
    "cli.unreadable": QT_TRANSLATE_NOOP("PacketReasons", "the file cannot be read"),
}


def reason_text(msgid: str) -> str:
    """A short reason in the UI language; an unknown id is shown as it is (it is a code)."""
    source = REASONS.get(msgid)
    return QCoreApplication.translate(CONTEXT, str(source)) if source is not None else msgid


def ranges(numbers: Iterable[int]) -> str:
    """[3, 5, 6, 7] → "3, 5–7"."""
    out: list[list[int]] = []
    for n in sorted(set(numbers)):
        if out and out[-1][1] == n - 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in out)
