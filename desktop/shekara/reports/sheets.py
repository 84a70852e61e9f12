"""The one-page sheets: packet transmittal, enrollment (public keys) and recovery key.

- `render_transmittal(packet, ref, ctx)`: chain of custody for a USB stick. The SHA-256 of the
  packet file is printed in groups of four, large, and as a QR code, with "handed over by /
  received by" lines for signatures, dates and times.
- `render_enrollment(keys, ref, ctx)`: the post's public keys and fingerprint for HQ to compare
  out of band (design decision 5).
- `render_recovery(recovery_key, ref, ctx, vault_id=...)`: the recovery key for the post's safe.
  It is the only document that holds a secret: it says so in a boxed warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from shekara.domain.codes import PARTY_ALPHA3
from shekara.domain.reference import ReferenceData
from shekara.packets.keys import PublicKeys
from shekara.reports.bilingual import Wording
from shekara.reports.context import ReportContext
from shekara.reports.layout import (
    CONTENT_WIDTH,
    GREY,
    Styles,
    build_pdf,
    esc,
    field_table,
    heading,
    make_styles,
    make_table,
    qr_block,
    signature_lines,
    signer_names,
    stacked,
    title_block,
)
from shekara.reports.qr import EnrollmentRef, PacketRef


@dataclass(frozen=True)
class PacketTransmittal:
    """What the transmittal sheet states about one packet file."""

    post_code: str
    sequence: int
    created_at: datetime
    record_count: int
    sha256: str  # hex digest of the packet file's bytes
    file_name: str


@dataclass(frozen=True)
class PostKeys:
    """The public keys an enrollment sheet shows (shekara.packets.keys.PublicKeys' fields)."""

    party: str
    post_code: str
    fingerprint: str  # as printed by the packets layer: "AB12 CD34 …" (10 groups of 4)
    signing_public: str  # Ed25519 public key, hex
    age_recipient: str  # "age1…"
    created_at: str  # ISO 8601 with offset


def post_keys_from(public: PublicKeys) -> PostKeys:
    """The enrollment sheet's view of the packets layer's public keys."""
    return PostKeys(public.party, public.code, public.fingerprint(), public.signing_public.hex(),
                    public.age_recipient, public.created_at)


def grouped(text: str, size: int = 4) -> list[str]:
    """`3f2a9c01…` → ["3F2A", "9C01", …]: long codes are compared by eye in groups."""
    clean = re.sub(r"[\s-]", "", text).upper()
    return [clean[i:i + size] for i in range(0, len(clean), size)]


def code_lines(groups: list[str], per_line: int) -> list[str]:
    """Groups set `per_line` to a line, one space apart: the lines as a sheet prints them."""
    return [" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line)]


def _code_lines(s: Styles, groups: list[str], per_line: int, size: float) -> Paragraph:
    style = s.big.clone("code", fontSize=size, leading=size * 1.35)
    return Paragraph("<br/>".join(esc(line) for line in code_lines(groups, per_line)), style)


# --- transmittal ----------------------------------------------------------------------------
SHA256_GROUPS_PER_LINE = 8  # 64 hex digits: two lines of eight groups of four


def transmittal_sha256_lines(sha256: str) -> list[str]:
    """The SHA-256 of a packet file as the transmittal sheet prints it, line by line — what the
    screens that compare a file with the sheet show, so that both read alike."""
    return code_lines(grouped(sha256), SHA256_GROUPS_PER_LINE)


def transmittal_qr_text(packet: PacketTransmittal) -> str:
    return PacketRef(packet.post_code, packet.sequence, packet.sha256.lower()).text()


def render_transmittal(packet: PacketTransmittal, ref: ReferenceData,
                       ctx: ReportContext) -> bytes:
    w = Wording(ctx.lang, ref)
    s = make_styles()
    flow: list[Flowable] = title_block(s, w.t("transmittal.title"))
    flow.append(field_table(s, [
        (w.t("post"), f"{ctx.post_name} ({packet.post_code})"),
        (w.t("transmittal.file"), packet.file_name),
        (w.t("transmittal.sequence"), str(packet.sequence)),
        (w.t("transmittal.created"), w.timestamp(packet.created_at)),
        (w.t("transmittal.records"), w.number(packet.record_count)),
    ]))
    flow += heading(s, w.t("transmittal.sha256"))
    flow.append(_code_lines(s, grouped(packet.sha256), SHA256_GROUPS_PER_LINE, 15))
    flow += [Spacer(1, 4 * mm), qr_block(s, w, transmittal_qr_text(packet)), Spacer(1, 3 * mm),
             stacked(w.t("transmittal.instructions"), s.body, s.body_translation)]
    flow += heading(s, w.t("sec.signatures"))
    flow += signature_lines(s, w, [w.t("transmittal.handed_over"), w.t("transmittal.received")],
                            with_time=True)
    return build_pdf(flow, ctx, w, title_key="transmittal.title")


# --- enrollment -----------------------------------------------------------------------------
def enrollment_qr_text(keys: PostKeys) -> str:
    return EnrollmentRef(keys.party, keys.post_code, "".join(grouped(keys.fingerprint)).lower(),
                         keys.signing_public.lower(), keys.age_recipient).text()


def render_enrollment(keys: PostKeys, ref: ReferenceData, ctx: ReportContext) -> bytes:
    w = Wording(ctx.lang, ref)
    s = make_styles()
    flow: list[Flowable] = title_block(s, w.t("enrollment.title"))
    flow.append(field_table(s, [
        (w.t("enrollment.party"), w.country(PARTY_ALPHA3.get(keys.party, keys.party))),
        (w.t("post"), f"{ctx.post_name} ({keys.post_code})"
         if keys.post_code == ctx.post_code else keys.post_code),
        (w.t("enrollment.created"), w.iso_timestamp(keys.created_at)),
        (w.t("enrollment.signing"), Paragraph(esc(" ".join(grouped(keys.signing_public))),
                                              s.cell)),
        (w.t("enrollment.age"), Paragraph(esc(keys.age_recipient), s.cell)),
    ]))
    flow += heading(s, w.t("enrollment.fingerprint"))
    flow.append(_code_lines(s, grouped(keys.fingerprint), 5, 20))
    flow += [Spacer(1, 4 * mm),
             qr_block(s, w, enrollment_qr_text(keys), size=42 * mm,
                      caption_key="enrollment.qr_caption"),
             Spacer(1, 3 * mm), stacked(w.t("enrollment.instructions"), s.body, s.body_translation)]
    flow += heading(s, w.t("sec.signatures"))
    flow += signature_lines(s, w, [w.t("sig.compiled_by"), w.t("enrollment.checked_by")],
                            names=signer_names(ctx, w, ctx.officer), seal=True)
    return build_pdf(flow, ctx, w, title_key="enrollment.title")


# --- recovery -------------------------------------------------------------------------------
def render_recovery(recovery_key: str, ref: ReferenceData, ctx: ReportContext, *,
                    vault_id: str | None = None) -> bytes:
    """The recovery sheet. The key is printed as given (groups split at '-' or spaces)."""
    w = Wording(ctx.lang, ref)
    s = make_styles()
    flow: list[Flowable] = title_block(s, w.t("recovery.title"))
    warning = make_table([[stacked(w.t("recovery.warning"), s.banner, s.body_translation,
                                   bold=True)]], [CONTENT_WIDTH],
                         [("BOX", (0, 0), (-1, -1), 2, "black"),
                          ("TOPPADDING", (0, 0), (-1, -1), 5),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                          ("LEFTPADDING", (0, 0), (-1, -1), 7)])
    flow += [warning, Spacer(1, 4 * mm)]
    rows = [(w.t("post"), f"{ctx.post_name} ({ctx.post_code})")]
    if vault_id:
        rows.append((w.t("recovery.vault"), vault_id))
    flow.append(field_table(s, rows))
    flow += [Spacer(1, 6 * mm), _key_grid(s, _key_groups(recovery_key)), Spacer(1, 6 * mm)]
    flow.append(qr_block(s, w, recovery_key.strip(), size=40 * mm,
                         caption_key="recovery.qr_caption", show_text=False))
    flow += [Spacer(1, 4 * mm), stacked(w.t("recovery.keep"), s.body, s.body_translation),
             Spacer(1, 3 * mm), stacked(w.t("recovery.use"), s.body, s.body_translation)]
    flow += heading(s, w.t("sec.signatures"))
    flow += signature_lines(s, w, [w.t("sig.compiled_by")], names=signer_names(ctx, w, ctx.officer))
    return build_pdf(flow, ctx, w, title_key="recovery.title")


def _key_groups(recovery_key: str) -> list[str]:
    parts = [p for p in re.split(r"[\s-]+", recovery_key.strip()) if p]
    return parts if len(parts) > 1 else grouped(recovery_key)


def _key_grid(s: Styles, groups: list[str], per_row: int = 4) -> Table:
    """Numbered boxes, one group each, in large type: read aloud and typed group by group."""
    # Five characters a group (four of the key and a check letter) in one line of a box.
    style = s.big.clone("key", fontSize=18, leading=24)
    number = s.small.clone("keyno", textColor=GREY)
    cells = [[Paragraph(str(i + 1), number), Paragraph(esc(g), style)]
             for i, g in enumerate(groups)]
    rows = []
    for start in range(0, len(cells), per_row):
        chunk = cells[start:start + per_row]
        chunk += [["", ""]] * (per_row - len(chunk))
        # The number's column holds "13" on one line ("1" over "3" reads as two numbers):
        # a point of padding, not six, beside it; the group keeps room for "WWMWM".
        rows.append([make_table([cell], [7 * mm, 35 * mm],
                                [("LEFTPADDING", (0, 0), (0, 0), 1),
                                 ("RIGHTPADDING", (0, 0), (0, 0), 1)]) if cell[1] else ""
                     for cell in chunk])
    width = CONTENT_WIDTH / per_row
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                          ("TOPPADDING", (0, 0), (-1, -1), 4),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    for index in range(len(groups)):
        row, col = divmod(index, per_row)
        commands.append(("BOX", (col, row), (col, row), 0.8, "black"))
    return make_table(rows, [width] * per_row, commands)
