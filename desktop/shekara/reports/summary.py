"""The period summary: what a post (or HQ) recorded between two dates, counted and charted.

`summarize(records, start, end, checkpoint)` does the counting (pure, one pass, fast enough for
tens of thousands of records); `render_summary(...)` prints it. Which records count:
- those whose `occurred_at` date (the local date at the place, as recorded) is within
  [start, end], both included, and, when a checkpoint is given, whose place is that checkpoint;
- drafts and withdrawn records are not counted (a draft is not yet a fact; a withdrawn record
  was taken back), but how many were left out is printed.

The QR code carries `SHK1:S:<from>:<to>:<checkpoint or *>:<count>:<digest>`, where the digest is
the SHA-256 of the sorted lines `<record id>:<version>` of the counted records (see
`records_digest`), so the paper says exactly which record versions it was made from.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph, Spacer

from shekara.domain.codes import CODE_LISTS, KIND_ARTICLE
from shekara.domain.reference import ReferenceData
from shekara.reports.bilingual import Wording, join_unique
from shekara.reports.context import ReportContext
from shekara.reports.fonts import BOLD, REGULAR
from shekara.reports.layout import (
    CONTENT_WIDTH,
    Cell,
    Styles,
    build_pdf,
    data_table,
    ending_with_qr,
    esc,
    field_table,
    heading,
    make_styles,
    qr_block,
    signature_lines,
    signer_names,
    title_block,
)
from shekara.reports.qr import SummaryRef

NOT_COUNTED = ("draft", "withdrawn")
K = TypeVar("K", str, tuple[str, ...])
ROUTES_SHOWN = 40  # the most frequent routes; the rest are summed in one "others" row
CHART_BARS = 10
LABEL_WIDTH = 62 * mm  # of a chart's category labels, left of the bars
LABEL_FONT_SIZE = 7.0
# Noto Sans has no arrow (U+2192); an en dash is how Russian and Kazakh write a route anyway.
ROUTE_SEPARATOR = " – "


@dataclass
class SeizureTotal:
    cases: int = 0  # items seized
    total: float = 0.0


@dataclass
class PeriodSummary:
    start: date
    end: date
    checkpoint: str | None
    counted: int = 0
    qualifying: int = 0
    drafts: int = 0
    withdrawn: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    by_outcome: Counter[str] = field(default_factory=Counter)  # "" = no outcome (drug_intel)
    by_citizenship: Counter[str] = field(default_factory=Counter)  # persons, not records
    # (substance code or free text, or the item category when no substance; unit) → total
    seizures: dict[tuple[str, str, str], SeizureTotal] = field(default_factory=dict)
    routes: Counter[tuple[str, ...]] = field(default_factory=Counter)
    versions: list[str] = field(default_factory=list)  # "<id>:<version>" of counted records

    @property
    def digest(self) -> str:
        return records_digest(self.versions)


def ranked(counter: Mapping[K, int]) -> list[tuple[K, int]]:
    """Most frequent first, ties in the order of their keys: the same paper whatever order the
    records were read in (Counter.most_common keeps ties in the order first met)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def records_digest(versions: Iterable[str]) -> str:
    """SHA-256 hex of the sorted `<id>:<version>` lines, each ending in a newline."""
    text = "".join(f"{line}\n" for line in sorted(versions))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def summarize(records: Iterable[Mapping[str, Any]], start: date, end: date,
              checkpoint: str | None = None) -> PeriodSummary:
    """Count the records of [start, end] (and of one checkpoint, when given)."""
    summary = PeriodSummary(start, end, checkpoint)
    first, last = start.isoformat(), end.isoformat()
    for record in records:
        day = str(record.get("occurred_at") or "")[:10]
        if not first <= day <= last:
            continue
        if checkpoint is not None and (record.get("place") or {}).get("checkpoint") != checkpoint:
            continue
        status = record.get("status")
        if status == "draft":
            summary.drafts += 1
            continue
        if status == "withdrawn":
            summary.withdrawn += 1
            continue
        _count(summary, record)
    return summary


def _count(summary: PeriodSummary, record: Mapping[str, Any]) -> None:
    kind = str(record.get("kind") or "")
    summary.counted += 1
    summary.versions.append(f"{record.get('id')}:{record.get('version')}")
    if record.get("qualifies"):
        summary.qualifying += 1
    summary.by_kind[kind] += 1
    summary.by_outcome[str(record.get("outcome") or "")] += 1
    for person in record.get("persons") or ():
        for country in person.get("citizenship") or ():
            summary.by_citizenship[str(country)] += 1
    if kind == "contraband_detention":
        for item in record.get("items") or ():
            substance = str(item.get("substance") or "")
            key = ("substance", substance, str(item.get("unit") or "")) if substance else \
                ("category", str(item.get("category") or ""), str(item.get("unit") or ""))
            total = summary.seizures.setdefault(key, SeizureTotal())
            total.cases += 1
            quantity = item.get("quantity")
            if isinstance(quantity, int | float) and not isinstance(quantity, bool):
                total.total += float(quantity)
    route = _countries(record.get("route") or ())
    if route:
        summary.routes[route] += 1


def _countries(legs: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    """The route as its sequence of countries, a country repeated in a row counted once."""
    sequence: list[str] = []
    for leg in legs:
        country = str(leg.get("country") or "")
        if country and (not sequence or sequence[-1] != country):
            sequence.append(country)
    return tuple(sequence)


# --- printing -------------------------------------------------------------------------------
def render_summary(records: Iterable[Mapping[str, Any]], ref: ReferenceData,
                   ctx: ReportContext, *, start: date, end: date,
                   checkpoint: str | None = None) -> bytes:
    summary = summarize(records, start, end, checkpoint)
    return render_period_summary(summary, ref, ctx)


def summary_qr_text(summary: PeriodSummary) -> str:
    return SummaryRef(summary.start, summary.end, summary.checkpoint, summary.counted,
                      summary.digest).text()


def render_period_summary(summary: PeriodSummary, ref: ReferenceData,
                          ctx: ReportContext) -> bytes:
    w = Wording(ctx.lang, ref)
    s = make_styles()
    period = w.period(summary.start, summary.end)
    flow: list[Flowable] = title_block(s, w.t("summary.title"), period)
    flow.append(field_table(s, [
        (w.t("summary.period"), period),
        (w.t("f.checkpoint"), w.checkpoint(summary.checkpoint) if summary.checkpoint
         else w.tj("summary.all_checkpoints")),
        (w.t("summary.total"), w.number(summary.counted)),
        (w.t("summary.qualifying"), w.number(summary.qualifying)),
    ]))
    flow.append(Paragraph(esc(w.tj("summary.excluded", drafts=summary.drafts,
                                   withdrawn=summary.withdrawn)), s.translation))
    flow += _by_kind(s, w, summary)
    flow += _by_outcome(s, w, summary)
    flow += _by_citizenship(s, w, summary)
    flow += _seizures(s, w, summary)
    flow += _routes(s, w, summary)
    flow += heading(s, w.t("sec.signatures"))
    flow += signature_lines(s, w, [w.t("sig.compiled_by")],
                            names=signer_names(ctx, w, ctx.officer))
    flow = ending_with_qr(flow, qr_block(s, w, summary_qr_text(summary)))
    return build_pdf(flow, ctx, w, title_key="summary.title", letter=True)


def _count_table(s: Styles, w: Wording, key: str, rows: list[list[Cell]],
                 first_column: list[str]) -> list[Flowable]:
    flow = heading(s, w.t(key))
    if not rows:
        return [*flow, Paragraph(esc(w.tj("summary.no_data")), s.body)]
    return [*flow, *data_table(s, [first_column, w.t("col.count")], rows, [140, 34])]


def _by_kind(s: Styles, w: Wording, summary: PeriodSummary) -> list[Flowable]:
    kinds = CODE_LISTS["kind"]
    rows: list[list[Cell]] = [
        [f"{w.code('kind', k)} ({w.tj('agreement_article', article=KIND_ARTICLE[k])})",
         w.number(summary.by_kind.get(k, 0))] for k in kinds]
    rows.append([Paragraph(f"<b>{esc(w.tj('col.total'))}</b>", s.cell),
                 w.number(summary.counted)])
    flow = _count_table(s, w, "summary.by_kind", rows, w.t("f.kind"))
    bars = [(_chart_label(w, "kind", k), summary.by_kind.get(k, 0)) for k in kinds]
    return [*flow, Spacer(1, 3 * mm), _bar_chart(w.tj("summary.chart_kind"), bars)]


def _by_outcome(s: Styles, w: Wording, summary: PeriodSummary) -> list[Flowable]:
    order = [*CODE_LISTS["outcome"], ""]
    rows: list[list[Cell]] = [
        [w.code("outcome", code) if code else w.tj("summary.no_outcome"),
         w.number(summary.by_outcome[code])]
        for code in order if summary.by_outcome.get(code)]
    return _count_table(s, w, "summary.by_outcome", rows, w.t("f.outcome"))


def _by_citizenship(s: Styles, w: Wording, summary: PeriodSummary) -> list[Flowable]:
    by_count = ranked(summary.by_citizenship)
    rows: list[list[Cell]] = [[f"{w.country(code)} ({code})", w.number(count)]
                              for code, count in by_count]
    flow = _count_table(s, w, "summary.by_citizenship", rows, w.t("col.citizenship"))
    if by_count:
        bars = [("\n".join(dict.fromkeys(w.ref.country_name(code, lang) for lang in w.langs)),
                 count) for code, count in by_count[:CHART_BARS]]
        flow += [Spacer(1, 3 * mm), _bar_chart(w.tj("summary.by_citizenship"), bars)]
    return flow


def _seizures(s: Styles, w: Wording, summary: PeriodSummary) -> list[Flowable]:
    flow = heading(s, w.t("summary.seizures"))
    if not summary.seizures:
        return [*flow, Paragraph(esc(w.tj("summary.no_data")), s.body)]
    rows: list[list[Cell]] = []
    for (what, code, unit), total in sorted(summary.seizures.items(),
                                            key=lambda kv: (kv[0][1], kv[0][2])):
        name = w.substance(code) if what == "substance" else w.code("item_category", code)
        rows.append([name, w.code("unit", unit), w.number(total.cases),
                     w.number(round(total.total, 6))])
    header = [w.t("col.substance"), w.t("col.unit"), w.t("col.cases"), w.t("col.total")]
    return [*flow, *data_table(s, header, rows, [80, 30, 30, 34])]


def _routes(s: Styles, w: Wording, summary: PeriodSummary) -> list[Flowable]:
    by_count = ranked(summary.routes)
    rows: list[list[Cell]] = [[_route_text(w, route), w.number(count)]
                              for route, count in by_count[:ROUTES_SHOWN]]
    rest = by_count[ROUTES_SHOWN:]
    if rest:
        rows.append([w.tj("summary.others", n=len(rest)), w.number(sum(c for _, c in rest))])
    return _count_table(s, w, "summary.routes", rows, w.t("sec.route"))


def _route_text(w: Wording, route: tuple[str, ...]) -> str:
    return join_unique(ROUTE_SEPARATOR.join(w.ref.country_name(c, lang) for c in route)
                       for lang in w.langs)


def _chart_label(w: Wording, code_list: str, code: str) -> str:
    """Chart axis labels: the state language, its translation under it."""
    names = [w.ref.label(code_list, code, lang) for lang in w.langs]
    return "\n".join(dict.fromkeys(names))


def _wrapped(label: str) -> str:
    """A label broken into lines that fit left of the bars (a chart cannot wrap by itself)."""
    lines: list[str] = []
    for part in label.split("\n"):
        lines += simpleSplit(part, REGULAR, LABEL_FONT_SIZE, LABEL_WIDTH - 4 * mm) or [""]
    return "\n".join(lines)


def _bar_chart(title: str, bars: list[tuple[str, int]]) -> Drawing:
    """A horizontal bar chart, one bar per (label, value), first on top."""
    bars = [(_wrapped(label), value) for label, value in bars]
    most_lines = max((label.count("\n") + 1 for label, _ in bars), default=1)
    bar_height = max(6 * mm, most_lines * LABEL_FONT_SIZE * 1.25 + 2 * mm)
    label_width = LABEL_WIDTH
    height = len(bars) * bar_height + 16 * mm
    drawing = Drawing(CONTENT_WIDTH, height, initialFontName=REGULAR)  # not Helvetica
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 6 * mm
    chart.width = CONTENT_WIDTH - label_width - 12 * mm
    chart.height = len(bars) * bar_height
    values = [value for _, value in reversed(bars)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [label for label, _ in reversed(bars)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_FONT_SIZE
    chart.categoryAxis.labels.leading = LABEL_FONT_SIZE * 1.2
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    if max(values, default=0) < 5:
        chart.valueAxis.valueMax = 5
        chart.valueAxis.valueStep = 1
    chart.bars[0].fillColor = colors.HexColor("#4a6b8a")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(0, height - 5 * mm, title, fontName=BOLD, fontSize=9))
    return drawing
