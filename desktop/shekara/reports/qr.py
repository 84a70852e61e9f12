"""The text carried by the QR code on each document, and the QR code itself.

Every QR text starts `SHK1:` (format version 1) and a one-letter type; fields are separated by
colons and never contain one. UUIDs and hex digests are written in upper case so that the whole
text fits QR's compact alphanumeric mode; `parse_qr_text` accepts any case and gives them back
in the lower case the vault uses.

    SHK1:R:<record id>:<version>:<content hash>          incident report (one record version)
    SHK1:Q:<request id>:<version>:<content hash>         Art. 8 request
    SHK1:N:<request id>:<version>:<refusal hash>         Art. 9 refusal notice for a request
    SHK1:S:<from YYYYMMDD>:<to YYYYMMDD>:<checkpoint or *>:<count>:<digest>   period summary
    SHK1:P:<post code>:<sequence>:<SHA-256 of the packet file>                transmittal sheet
    SHK1:E:<party>:<post code>:<fingerprint>:<Ed25519 public key hex>:<age recipient>
                                                                              enrollment sheet

The recovery sheet's QR code is the bare recovery key, so that a scanner acting as a keyboard
types exactly what `shekara recover` asks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import segno
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors

from shekara.errors import InputError
from shekara.reports.fonts import REGULAR

PREFIX = "SHK1"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX40 = re.compile(r"[0-9a-f]{40}")
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_NUMBER = re.compile(r"[1-9][0-9]{0,9}|0")
_AGE = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_VERSION_KINDS = {"R": "record", "Q": "request", "N": "refusal"}
_VERSION_LETTERS = {kind: letter for letter, kind in _VERSION_KINDS.items()}
QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks


@dataclass(frozen=True)
class VersionRef:
    """One version of a record or request (or the refusal of a request) and its hash."""

    kind: str  # "record" | "request" | "refusal"
    id: str
    version: int
    hash: str

    def text(self) -> str:
        return (f"{PREFIX}:{_VERSION_LETTERS[self.kind]}:{self.id.upper()}:{self.version}:"
                f"{self.hash.upper()}")


@dataclass(frozen=True)
class SummaryRef:
    start: date
    end: date
    checkpoint: str | None
    count: int
    digest: str  # see summary.records_digest

    def text(self) -> str:
        return (f"{PREFIX}:S:{self.start:%Y%m%d}:{self.end:%Y%m%d}:{self.checkpoint or '*'}:"
                f"{self.count}:{self.digest.upper()}")


@dataclass(frozen=True)
class PacketRef:
    post_code: str
    sequence: int
    sha256: str

    def text(self) -> str:
        return f"{PREFIX}:P:{self.post_code}:{self.sequence}:{self.sha256.upper()}"


@dataclass(frozen=True)
class EnrollmentRef:
    party: str
    post_code: str
    fingerprint: str  # 40 hex digits (the printed groups without spaces), lower case
    signing_public: str  # 64 hex digits
    age_recipient: str

    def text(self) -> str:
        return (f"{PREFIX}:E:{self.party}:{self.post_code}:{self.fingerprint.upper()}:"
                f"{self.signing_public.upper()}:{self.age_recipient}")


QrPayload = VersionRef | SummaryRef | PacketRef | EnrollmentRef


def _bad(reason: str) -> InputError:
    return InputError("report.bad_qr", "not a Shekara QR text: {reason}", reason=reason)


def _match(pattern: re.Pattern[str], value: str, what: str) -> str:
    if not pattern.fullmatch(value):
        raise _bad(f"bad {what}")
    return value


def _day(value: str) -> date:
    try:
        if not re.fullmatch(r"\d{8}", value):
            raise ValueError(value)
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise _bad("bad date") from None


def parse_qr_text(text: str) -> QrPayload:
    """The payload of a QR text (as scanned or typed); InputError report.bad_qr otherwise."""
    # A typed copy may carry the line breaks of the paper: no field ever holds whitespace.
    parts = "".join(text.split()).split(":")
    if len(parts) < 2 or parts[0].upper() != PREFIX:
        raise _bad(f"it does not start with {PREFIX}:")
    letter, fields = parts[1].upper(), parts[2:]
    expected = {"R": 3, "Q": 3, "N": 3, "S": 5, "P": 3, "E": 5}.get(letter)
    if expected is None:
        raise _bad("unknown document type")
    if len(fields) != expected:
        raise _bad(f"expected {expected} fields after the type, found {len(fields)}")
    if letter in _VERSION_KINDS:
        ident = _match(_UUID, fields[0].lower(), "id")
        version = int(_match(_NUMBER, fields[1], "version"))
        if version < 1:
            raise _bad("bad version")
        return VersionRef(_VERSION_KINDS[letter], ident, version,
                          _match(_HEX64, fields[2].lower(), "hash"))
    if letter == "S":
        checkpoint = None if fields[2] == "*" else _match(_CODE, fields[2], "checkpoint")
        return SummaryRef(_day(fields[0]), _day(fields[1]), checkpoint,
                          int(_match(_NUMBER, fields[3], "count")),
                          _match(_HEX64, fields[4].lower(), "digest"))
    if letter == "P":
        return PacketRef(_match(_CODE, fields[0], "post code"),
                         int(_match(_NUMBER, fields[1], "sequence")),
                         _match(_HEX64, fields[2].lower(), "hash"))
    party = fields[0].upper()
    if party not in ("KZ", "LT"):
        raise _bad("bad party")
    return EnrollmentRef(party, _match(_CODE, fields[1], "post code"),
                         _match(_HEX40, fields[2].lower(), "fingerprint"),
                         _match(_HEX64, fields[3].lower(), "signing key"),
                         _match(_AGE, fields[4].lower(), "age recipient"))


def qr_drawing(text: str, size: float) -> Drawing:
    """A vector QR code `size` points square (quiet zone included), for any flowable layout.

    Error correction at least M (15 %; raised when it costs no size) survives a fold or a
    smudge; never a Micro QR, which common scanners (zbar among them) do not read.
    """
    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    modules = len(matrix) + 2 * QUIET_ZONE
    unit = size / modules
    drawing = Drawing(size, size, initialFontName=REGULAR)  # else it selects Helvetica
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for row_index, row in enumerate(matrix):
        y = size - (row_index + QUIET_ZONE + 1) * unit
        col = 0
        while col < len(row):
            if not row[col]:
                col += 1
                continue
            start = col
            while col < len(row) and row[col]:
                col += 1
            # One rectangle per run of dark modules keeps the PDF small and the edges clean.
            drawing.add(Rect((start + QUIET_ZONE) * unit, y, (col - start) * unit, unit,
                             fillColor=colors.black, strokeColor=None, strokeWidth=0))
    return drawing
