"""Page layout shared by every document: A4, header, "page n of m" footer, markings, QR, signatures.

Languages on paper (Art. 14; see docs/reports.md): a label — title, heading, field name, column
head, caption — is printed stacked, the state language on top and its Russian translation
directly under it in smaller grey type; a value from a code list, a country, a place or a date
is printed on one line as "state language / Russian" (once when both are the same). Names and
free text are printed once, as recorded.

Every piece of text that comes from data goes through `esc()` before it reaches a Paragraph:
reportlab's paragraphs are markup, and a surname with "&" or "<" must print, not break the page.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from shekara.domain.text_rules import shown
from shekara.reports.bilingual import Wording, join_unique
from shekara.reports.context import ReportContext
from shekara.reports.fonts import BOLD, REGULAR, register_fonts
from shekara.reports.qr import qr_drawing

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm  # room for the header
MARGIN_BOTTOM = 20 * mm  # room for the footer
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
LABEL_WIDTH = 52 * mm
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#eeeeee")
RULE = colors.HexColor("#999999")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    translation: ParagraphStyle
    body_translation: ParagraphStyle  # under instructions a reader must follow
    title: ParagraphStyle
    title_translation: ParagraphStyle
    heading: ParagraphStyle
    heading_translation: ParagraphStyle
    banner: ParagraphStyle
    big: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
    return Styles(
        body=base,
        small=ParagraphStyle("small", base, fontSize=7.5, leading=9.5),
        cell=ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        cell_bold=ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=8.5, leading=10.5),
        translation=ParagraphStyle("translation", base, fontSize=7.5, leading=9.5,
                                   textColor=GREY),
        body_translation=ParagraphStyle("body_tr", base, fontSize=9, leading=11.5,
                                        textColor=GREY),
        title=ParagraphStyle("title", base, fontName=BOLD, fontSize=15, leading=19,
                             alignment=TA_CENTER),
        title_translation=ParagraphStyle("title_tr", base, fontSize=11.5, leading=15,
                                         alignment=TA_CENTER, textColor=GREY),
        heading=ParagraphStyle("heading", base, fontName=BOLD, fontSize=11, leading=14,
                               spaceBefore=8),
        heading_translation=ParagraphStyle("heading_tr", base, fontSize=8.5, leading=11,
                                           textColor=GREY, spaceAfter=3),
        banner=ParagraphStyle("banner", base, fontSize=8.5, leading=11),
        big=ParagraphStyle("big", base, fontName=BOLD, fontSize=18, leading=24,
                           alignment=TA_CENTER),
    )


def esc(value: Any) -> str:
    """Data as Paragraph markup: escaped, line breaks kept, and every control, bidi control
    or invisible character written as ‹U+XXXX› (`text_rules.shown`): a record stored before
    those were refused must not reorder or hide text on paper."""
    text = shown("" if value is None else str(value))
    return escape(text).replace("\n", "<br/>")


# --- text blocks ----------------------------------------------------------------------------
def stacked(values: Sequence[str], style: ParagraphStyle, translation: ParagraphStyle,
            *, bold: bool = False) -> Paragraph:
    """A label in the document's languages: first on top, the translation(s) under it."""
    first = f"<b>{esc(values[0])}</b>" if bold else esc(values[0])
    rest = [v for v in values[1:] if v != values[0]]
    markup = first + "".join(
        f'<br/><font name="{REGULAR}" size="{translation.fontSize}" '
        f'color="{translation.textColor.hexval()}">{esc(v)}</font>' for v in rest)
    return Paragraph(markup, style)


def title_block(styles: Styles, values: Sequence[str],
                subtitle: str | None = None) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(esc(values[0]), styles.title)]
    flow += [Paragraph(esc(v), styles.title_translation) for v in values[1:] if v != values[0]]
    if subtitle:
        flow.append(Paragraph(esc(subtitle), ParagraphStyle("sub", styles.body,
                                                             alignment=TA_CENTER)))
    flow.append(Spacer(1, 5 * mm))
    return flow


def heading(styles: Styles, values: Sequence[str]) -> list[Flowable]:
    """A section heading; kept with what follows so it never ends a page alone."""
    parts: list[Flowable] = [Paragraph(esc(values[0]), styles.heading)]
    parts += [Paragraph(esc(v), styles.heading_translation) for v in values[1:]
              if v != values[0]]
    if len(parts) == 1:
        parts.append(Spacer(1, 3))
    for part in parts:
        part.keepWithNext = True
    return parts


def prose(styles: Styles, text: Any) -> list[Flowable]:
    """Long free text: one paragraph per line, each free to break across pages."""
    lines = str(text or "").split("\n")
    return [Paragraph(esc(line) or "&nbsp;", styles.body) for line in lines]


def prose_section(styles: Styles, values: Sequence[str], text: Any) -> list[Flowable]:
    """A heading and free text under it (printed as recorded; "—" when empty)."""
    return [*heading(styles, values), *prose(styles, text or "—")]


def free_text_note(styles: Styles, wording: Wording) -> Paragraph:
    return Paragraph(esc(wording.tj("free_text_note")), styles.translation)


# --- tables ---------------------------------------------------------------------------------
# A table cell: plain text (escaped and wrapped here) or a ready Flowable. reportlab has no type
# hints, so Flowable is Any to mypy and the alias cannot say more.
Cell: TypeAlias = Any


def make_table(data: Sequence[Sequence[Any]], widths: Sequence[float],
               commands: Sequence[tuple[Any, ...]] = (), **options: Any) -> Table:
    """A Table in our font. reportlab's cells default to Helvetica, which it selects on the
    canvas even for cells holding Paragraphs, and Helvetica is never embedded."""
    table = Table([list(row) for row in data], colWidths=list(widths), **options)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands]))
    return table


def _cell(value: Cell, style: ParagraphStyle) -> Flowable:
    return value if isinstance(value, Flowable) else Paragraph(esc(value) or "—", style)


def field_table(styles: Styles, rows: Sequence[tuple[Sequence[str], Cell]]) -> Table:
    """Label / value rows. Values are short (≤ 2,000 characters); prose goes in `prose()`."""
    data = [[stacked(label, styles.cell, styles.translation, bold=True),
             _cell(value, styles.cell)] for label, value in rows]
    return make_table(data, [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ], hAlign="LEFT")


# A table row cannot break across pages: a cell taller than this is printed below the table as a
# numbered note instead (a free-text field at its 2,000-character cap in a narrow column would
# otherwise make a row taller than the page, and reportlab refuses to lay it out).
MAX_CELL_HEIGHT = 90 * mm
_CELL_PADDING = 6  # left + right padding of a data_table cell, in points


def data_table(styles: Styles, header: Sequence[Sequence[str]],
               rows: Sequence[Sequence[Cell]], widths: Sequence[float]) -> list[Flowable]:
    """A grid whose header row repeats on every page it flows onto, followed by the notes for
    any cell too tall to keep in its row ("→ [1]" in the cell, the text as "[1]" below)."""
    scale = CONTENT_WIDTH / sum(widths)
    col_widths = [w * scale for w in widths]
    head = [stacked(h, styles.cell_bold, styles.translation) for h in header]
    body: list[list[Flowable]] = []
    notes: list[Flowable] = []
    for row in rows:
        cells: list[Flowable] = []
        for value, width in zip(row, col_widths, strict=False):
            cell = _cell(value, styles.cell)
            _, height = cell.wrap(width - _CELL_PADDING, PAGE_HEIGHT * 10)
            if height > MAX_CELL_HEIGHT:
                number = len(notes) + 1
                notes.append(_note(styles, number, value))
                cell = Paragraph(f"→ [{number}]", styles.cell)
            cells.append(cell)
        body.append(cells)
    table = make_table([head, *body], col_widths, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ], repeatRows=1, hAlign="LEFT")
    return [table, *notes]


def _note(styles: Styles, number: int, value: Cell) -> Flowable:
    """A long cell's content below its table, free to flow across pages."""
    if isinstance(value, Flowable) and not isinstance(value, Paragraph):
        return value
    text = value.text if isinstance(value, Paragraph) else esc(value)
    return Paragraph(f"<b>[{number}]</b> {text}", styles.body)


# --- markings, QR, signatures ---------------------------------------------------------------
def markings_banner(styles: Styles, wording: Wording, *, confidential: bool,
                    consent_required: bool, personal_data: bool = False,
                    legal_hold: bool = False, party: str = "") -> list[Flowable]:
    """The Art. 10 handling statements in a ruled box at the top of the first page, under the
    stamp of the installation's Party (reference data)."""
    lines: list[str] = []
    if confidential:
        lines.append(f"<b>{esc(wording.stamp(party))}</b>")
        lines += [esc(v) for v in wording.t("marking.confidential_text")]
    if consent_required:
        lines += [esc(v) for v in wording.t("marking.consent_text")]
    if personal_data:
        lines += [esc(v) for v in wording.t("marking.personal_data_text")]
    if legal_hold:
        lines += [esc(v) for v in wording.t("marking.legal_hold_text")]
    if not lines:
        return []
    box = make_table([[Paragraph("<br/>".join(lines), styles.banner)]], [CONTENT_WIDTH],
                     [("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                      ("TOPPADDING", (0, 0), (-1, -1), 4),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                      ("LEFTPADDING", (0, 0), (-1, -1), 6)])
    return [box, Spacer(1, 4 * mm)]


def qr_block(styles: Styles, wording: Wording, text: str, *, size: float = 34 * mm,
             caption_key: str = "qr.caption", show_text: bool = True) -> Flowable:
    """The QR code with its caption and, for people without a scanner, the text it holds."""
    drawing: Drawing = qr_drawing(text, size)
    caption: list[Flowable] = [stacked(wording.t(caption_key), styles.cell, styles.translation)]
    if show_text:
        # One long word: reportlab splits it at the column's edge; parse_qr_text ignores
        # the line breaks and spaces a person may copy along with it.
        caption.append(Spacer(1, 2 * mm))
        caption.append(Paragraph(esc(text), styles.small))
    table = make_table([[drawing, caption]], [size + 4 * mm, CONTENT_WIDTH - size - 4 * mm],
                       [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LEFTPADDING", (0, 0), (0, 0), 0)], hAlign="LEFT")
    return KeepTogether([table])


def ending_with_qr(flow: list[Flowable], qr: Flowable) -> list[Flowable]:
    """The story with the QR code kept on the page of what precedes it (the signatures), so no
    page ever holds the QR code alone."""
    if not flow:
        return [qr]
    return [*flow[:-1], KeepTogether(unnested([flow[-1], Spacer(1, 6 * mm), qr]))]


def unnested(flowables: Sequence[Flowable]) -> list[Flowable]:
    """`flowables` with every KeepTogether among them replaced by its content, for a block
    that is itself kept together. A KeepTogether reports an endless height to the one around
    it (its wrap forces a split), so the outer block never fitted anywhere and always started
    a new page: the signatures and QR code of every draft began a page of their own, however
    much room the page before had."""
    flat: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            flat += unnested(flowable._content)
        else:
            flat.append(flowable)
    return flat


_INITIAL = re.compile(r"(?<!\w)(\w)\. (?=\w)")


def keep_initials(name: str) -> str:
    """"А. Б. Сүлейменов" with no-break spaces after the initials: never split from the surname."""
    return _INITIAL.sub("\\1.\u00a0", name)


def signature_lines(styles: Styles, wording: Wording, roles: Sequence[Sequence[str]], *,
                    with_time: bool = False, seal: bool = False,
                    names: Sequence[str] | None = None) -> list[Flowable]:
    """One ruled line per signer: role, line for position/name/signature, date (and time).

    `names` pre-fills what is known (a login or a name as recorded) above the line.
    """
    caption = join_unique(wording.t("sig.caption"))
    date_label = wording.tj("sig.date")
    time_label = wording.tj("sig.time")
    rows: list[list[Flowable | str]] = []
    style_rows: list[tuple[Any, ...]] = []
    for index, role in enumerate(roles):
        known = keep_initials(names[index]) if names and index < len(names) else ""
        row = 2 * index
        when = f"{esc(date_label)}: __________"
        if with_time:
            when += f"<br/>{esc(time_label)}: __________"
        rows.append([stacked(role, styles.cell, styles.translation, bold=True),
                     Paragraph(esc(known), styles.cell), Paragraph(when, styles.cell)])
        rows.append(["", Paragraph(f"({esc(caption)})", styles.translation), ""])
        style_rows += [("LINEBELOW", (1, row), (1, row), 0.6, colors.black),
                       ("TOPPADDING", (0, row), (-1, row), 14),
                       ("VALIGN", (0, row), (-1, row), "BOTTOM")]
    widths = [LABEL_WIDTH - 8 * mm, CONTENT_WIDTH - LABEL_WIDTH - 40 * mm, 48 * mm]
    table = make_table(rows, widths, [*style_rows, ("LEFTPADDING", (0, 0), (-1, -1), 2)],
                       hAlign="LEFT")
    flow: list[Flowable] = [table]
    if seal:
        seal_style = ParagraphStyle("seal", styles.body, fontName=BOLD, alignment=TA_RIGHT)
        flow += [Spacer(1, 6 * mm), Paragraph(esc(wording.tj("sig.seal")), seal_style)]
    return [KeepTogether(flow)]


# --- the document -------------------------------------------------------------------------
def _numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say "page n of m"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab starts every page in Helvetica, which is never embedded: start in ours.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _page_decorator(ctx: ReportContext, wording: Wording, title: str,
                    confidential: bool) -> Callable[[Canvas, int, int], None]:
    post = f"{wording.tj('post')}: {ctx.post_name} ({ctx.post_code})"
    printer = wording.official(ctx.profiles.get(ctx.officer), with_position=False)
    printed = f"{wording.tj('printed')}: {wording.timestamp(ctx.printed_at)}" + (
        f" · {printer}" if printer else "")
    marking = wording.stamp(ctx.party) if confidential else ""

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 12 * mm
        canvas.setFillColor(GREY)
        post_size, printed_size = (_fitting(line, HEADER_SIZE) for line in (post, printed))
        if _width(post, post_size) + 6 * mm + _width(printed, printed_size) <= CONTENT_WIDTH:
            post_at = top
        else:
            # A printer's rank and name in two languages can fill the line by itself: the post
            # goes on a line of its own above, rather than be drawn over.
            post_at = top + HEADER_SIZE * 1.3
        canvas.setFont(REGULAR, post_size)
        canvas.drawString(MARGIN_LEFT, post_at, post)
        canvas.setFont(REGULAR, printed_size)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, printed)
        if marking:
            canvas.setFont(BOLD, _fitting(marking, 9, BOLD))
            canvas.setFillColor(colors.black)
            canvas.drawCentredString(PAGE_WIDTH / 2, top - 5 * mm, marking)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, top - 7.5 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 7.5 * mm)
        bottom = 11 * mm
        canvas.line(MARGIN_LEFT, bottom + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, bottom + 4 * mm)
        numbering = wording.tj("page_n_of_m", n=page, m=total)
        canvas.setFont(REGULAR, HEADER_SIZE)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, bottom, numbering)
        # The title gives way to the page number: smaller, never under it.
        room = CONTENT_WIDTH - _width(numbering, HEADER_SIZE) - 6 * mm
        canvas.setFont(REGULAR, _fitting(title, HEADER_SIZE, width=room))
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN_LEFT, bottom, title)
        canvas.restoreState()

    return decorate


HEADER_SIZE = 7.5  # points: the header's and footer's small grey lines


def _width(text: str, size: float, font: str = REGULAR) -> float:
    return float(stringWidth(text, font, size))


def _fitting(text: str, size: float, font: str = REGULAR, *,
             width: float = CONTENT_WIDTH) -> float:
    """`size`, or the smaller size at which `text` fits `width` (the page's by default): a
    line drawn on the page's frame is never cut off at its edge or drawn over another."""
    needs = _width(text, size, font)
    return size if needs <= width else size * width / needs


def letterhead(ctx: ReportContext, wording: Wording) -> list[Flowable]:
    """The authority's and the unit's full names above the title, when the installation has
    them (settings authority_name, unit_name and their Russian forms)."""
    styles = make_styles()
    centred = ParagraphStyle("letterhead", styles.body, alignment=TA_CENTER, fontName=BOLD)
    lines = [wording.installation(ctx.installation, key)
             for key in ("authority_name", "unit_name")]
    flow: list[Flowable] = [Paragraph(esc(line), centred) for line in lines if line]
    return [*flow, Spacer(1, 3 * mm)] if flow else []


def signer_names(ctx: ReportContext, wording: Wording, *logins: object) -> list[str]:
    """What a signature line prints above the rule for each login: position, rank and name."""
    return [wording.official(ctx.profiles.get(str(login or ""))) for login in logins]


def headings_kept_with_blocks(story: list[Flowable]) -> list[Flowable]:
    """The story with each run of keep-with-next flowables (a heading) moved into the
    KeepTogether block that follows it. reportlab keeps a heading with the next flowable only
    when that one is not itself a container (doctemplate._ktAllow), so "Signatures" ended page
    1 of a refusal notice and its signature block began page 2."""
    kept: list[Flowable] = []
    pending: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether) and pending:
            kept.append(KeepTogether(unnested([*pending, *flowable._content]),
                                     flowable._maxHeight))
            pending = []
        elif flowable.getKeepWithNext():  # its own, or its paragraph style's
            pending.append(flowable)
        else:
            kept += [*pending, flowable]
            pending = []
    return kept + pending


def build_pdf(story: list[Flowable], ctx: ReportContext, wording: Wording, *,
              title_key: str, confidential: bool = False, letter: bool = False) -> bytes:
    """Lay the story out on A4 pages with header and footer; return the PDF bytes.

    The PDF's metadata names only the kind of document: never a person or a narrative.
    """
    register_fonts()
    out = io.BytesIO()
    title = wording.tj(title_key)
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                          author=f"Shekara · {ctx.post_code}", creator="Shekara",
                          subject=title, invariant=True, pageCompression=1,
                          initialFontName=REGULAR)
    if letter:  # documents an official signs and sends; the key sheets stay one page
        story = [*letterhead(ctx, wording), *story]
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH,
                  PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(headings_kept_with_blocks(story), canvasmaker=_numbered_canvas(
        _page_decorator(ctx, wording, title, confidential)))
    return out.getvalue()
