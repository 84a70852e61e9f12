"""Statistics without names: the Art. 3.1.2 reference information a Joint Commission reads.

`count_statistics(records, start, end, party)` counts approved record versions (pure, one pass);
`render_statistics(...)` prints the counts as a PDF and `statistics_csv(...)` writes the same
numbers as CSV for a spreadsheet. Only codes and counts leave this module: no name, document
number, narrative, place description or case number is read into a `Statistics`, so neither
output can carry personal data (tests/reports/test_statistics.py plants names and looks for
them in both).

Which records count: as in the period summary (reports/summary.py) — the version in force of
each record whose `occurred_at` date is within [start, end]; drafts and withdrawn records are
left out and their numbers printed.
Tables: by kind (and how many qualify for exchange), by month and kind, by crossing point and
kind, persons by citizenship, seized items by substance and unit, and by outcome.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from babel.dates import format_date
from reportlab.platypus import Flowable, Paragraph, Spacer

from shekara.domain.codes import CODE_LISTS, KIND_ARTICLE
from shekara.domain.reference import ReferenceData
from shekara.domain.relevance import qualifies
from shekara.reports.bilingual import LOCALES, Wording, join_unique
from shekara.reports.context import ReportContext
from shekara.reports.layout import (
    Cell,
    Styles,
    build_pdf,
    data_table,
    esc,
    field_table,
    heading,
    make_styles,
    title_block,
)
from shekara.reports.summary import ranked

NOT_COUNTED = ("draft", "withdrawn")
NO_CHECKPOINT = ""  # records away from a crossing point (green/blue border, inland)
CSV_COLUMNS = ("table", "key", "kind", "label", "count", "quantity", "unit")


@dataclass
class Statistics:
    start: date
    end: date
    counted: int = 0
    drafts: int = 0
    withdrawn: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    qualifying: Counter[str] = field(default_factory=Counter)  # kind → qualifying records
    by_month: Counter[tuple[str, str]] = field(default_factory=Counter)  # (YYYY-MM, kind)
    by_checkpoint: Counter[tuple[str, str]] = field(default_factory=Counter)  # (code, kind)
    by_citizenship: Counter[str] = field(default_factory=Counter)  # persons, not records
    by_outcome: Counter[str] = field(default_factory=Counter)  # "" = no outcome (drug_intel)
    # (substance code, or "category:<code>" when no substance; unit) → (items, total quantity)
    seized: dict[tuple[str, str], list[float]] = field(default_factory=dict)


def count_statistics(records: Iterable[Mapping[str, Any]], start: date, end: date,
                     party: str) -> Statistics:
    stats = Statistics(start, end)
    first, last = start.isoformat(), end.isoformat()
    for record in records:
        day = str(record.get("occurred_at") or "")[:10]
        if not first <= day <= last:
            continue
        status = record.get("status")
        if status == "draft":
            stats.drafts += 1
        elif status == "withdrawn":
            stats.withdrawn += 1
        else:
            _count(stats, record, day[:7], party)
    return stats


def _count(stats: Statistics, record: Mapping[str, Any], month: str, party: str) -> None:
    kind = str(record.get("kind") or "")
    stats.counted += 1
    stats.by_kind[kind] += 1
    if qualifies(record, party):
        stats.qualifying[kind] += 1
    stats.by_month[(month, kind)] += 1
    checkpoint = (record.get("place") or {}).get("checkpoint") or NO_CHECKPOINT
    stats.by_checkpoint[(str(checkpoint), kind)] += 1
    stats.by_outcome[str(record.get("outcome") or "")] += 1
    for person in record.get("persons") or ():
        for country in person.get("citizenship") or ():
            stats.by_citizenship[str(country)] += 1
    for item in record.get("items") or ():
        substance = str(item.get("substance") or "")
        key = substance or f"category:{item.get('category') or ''}"
        total = stats.seized.setdefault((key, str(item.get("unit") or "")), [0, 0.0])
        total[0] += 1
        quantity = item.get("quantity")
        if isinstance(quantity, int | float) and not isinstance(quantity, bool):
            total[1] += float(quantity)


def _kinds() -> tuple[str, ...]:
    return tuple(CODE_LISTS["kind"])


def _rows_by(counter: Counter[tuple[str, str]]) -> list[tuple[str, dict[str, int]]]:
    """(key, {kind: count}) for each key of a (key, kind) counter, sorted by key."""
    table: dict[str, dict[str, int]] = {}
    for (key, kind), count in counter.items():
        table.setdefault(key, {})[kind] = count
    return sorted(table.items())


# --- CSV --------------------------------------------------------------------------------------
def statistics_csv(stats: Statistics, ref: ReferenceData, lang: str) -> str:
    """The counts as CSV: one row per number, codes for machines and a label for people (in
    `lang` alone: a spreadsheet has one language per column)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)

    def label(code_list: str, code: str) -> str:
        return ref.label(code_list, code, lang) if code else ""

    writer.writerow(["period", f"{stats.start.isoformat()}/{stats.end.isoformat()}", "", "",
                     stats.counted, "", ""])
    writer.writerow(["excluded", "draft", "", "", stats.drafts, "", ""])
    writer.writerow(["excluded", "withdrawn", "", "", stats.withdrawn, "", ""])
    for kind in _kinds():
        writer.writerow(["kind", kind, kind, label("kind", kind), stats.by_kind.get(kind, 0),
                         "", ""])
        writer.writerow(["qualifying", kind, kind, label("kind", kind),
                         stats.qualifying.get(kind, 0), "", ""])
    for month, counts in _rows_by(stats.by_month):
        for kind, count in sorted(counts.items()):
            writer.writerow(["month", month, kind, month, count, "", ""])
    for code, counts in _rows_by(stats.by_checkpoint):
        name = ref.checkpoint_name(code, lang) if code else ""
        for kind, count in sorted(counts.items()):
            writer.writerow(["checkpoint", code, kind, name, count, "", ""])
    for code, count in sorted(stats.by_citizenship.items()):
        writer.writerow(["citizenship", code, "", ref.country_name(code, lang), count, "", ""])
    for (key, unit), (items, total) in sorted(stats.seized.items()):
        name = (label("item_category", key.removeprefix("category:"))
                if key.startswith("category:") else ref.substance_name(key, lang))
        writer.writerow(["seized", key, "", name, int(items), _quantity(total), unit])
    for code, count in sorted(stats.by_outcome.items()):
        writer.writerow(["outcome", code, "", label("outcome", code), count, "", ""])
    return out.getvalue()


def _quantity(total: float) -> str:
    rounded = round(total, 6)
    return str(int(rounded)) if rounded == int(rounded) else repr(rounded)


# --- PDF --------------------------------------------------------------------------------------
def render_statistics(stats: Statistics, ref: ReferenceData, ctx: ReportContext) -> bytes:
    w = Wording(ctx.lang, ref)
    s = make_styles()
    period = w.period(stats.start, stats.end)
    flow: list[Flowable] = title_block(s, w.t("stats.title"), period)
    flow.append(field_table(s, [
        (w.t("summary.period"), period),
        (w.t("summary.total"), w.number(stats.counted)),
        (w.t("summary.qualifying"), w.number(sum(stats.qualifying.values()))),
    ]))
    flow.append(Paragraph(esc(w.tj("summary.excluded", drafts=stats.drafts,
                                   withdrawn=stats.withdrawn)), s.translation))
    flow.append(Paragraph(esc(w.tj("stats.no_personal_data")), s.translation))
    flow += _by_kind(s, w, stats)
    flow += _matrix(s, w, "stats.by_month", w.t("col.month"),
                    [(_month(w, month), counts) for month, counts in _rows_by(stats.by_month)])
    flow += _matrix(s, w, "stats.by_checkpoint", w.t("f.checkpoint"),
                    [(w.checkpoint(code) if code else w.tj("stats.no_checkpoint"), counts)
                     for code, counts in _rows_by(stats.by_checkpoint)])
    flow += _simple(s, w, "summary.by_citizenship", w.t("col.citizenship"),
                    [(f"{w.country(code)} ({code})", count)
                     for code, count in ranked(stats.by_citizenship)])
    flow += _seized(s, w, stats)
    order = [*CODE_LISTS["outcome"], ""]
    flow += _simple(s, w, "summary.by_outcome", w.t("f.outcome"),
                    [(w.code("outcome", code) if code else w.tj("summary.no_outcome"),
                      stats.by_outcome[code]) for code in order if stats.by_outcome.get(code)])
    return build_pdf(flow, ctx, w, title_key="stats.title", letter=True)


def _month(w: Wording, month: str) -> str:
    """"2026-03" as "March 2026" in the document's languages (the month's standalone name)."""
    try:
        first = date.fromisoformat(f"{month}-01")
    except ValueError:
        return month
    return join_unique(format_date(first, "LLLL y", locale=LOCALES[lang]) for lang in w.langs)


def _article(w: Wording, kind: str) -> str:
    return w.tj("agreement_article", article=KIND_ARTICLE[kind])


def _by_kind(s: Styles, w: Wording, stats: Statistics) -> list[Flowable]:
    rows: list[list[Cell]] = [
        [f"{w.code('kind', k)} ({_article(w, k)})", w.number(stats.by_kind.get(k, 0)),
         w.number(stats.qualifying.get(k, 0))] for k in _kinds()]
    rows.append([Paragraph(f"<b>{esc(w.tj('col.total'))}</b>", s.cell),
                 w.number(stats.counted), w.number(sum(stats.qualifying.values()))])
    header = [w.t("f.kind"), w.t("col.count"), w.t("stats.col_qualifying")]
    return [*heading(s, w.t("summary.by_kind")), *data_table(s, header, rows, [110, 30, 34])]


def _matrix(s: Styles, w: Wording, key: str, first: list[str],
            rows_in: list[tuple[str, dict[str, int]]]) -> list[Flowable]:
    """Rows by month or crossing point, one column per kind (headed by its article), total."""
    flow: list[Flowable] = [Spacer(1, 2), *heading(s, w.t(key))]
    if not rows_in:
        return [*flow, Paragraph(esc(w.tj("summary.no_data")), s.body)]
    kinds = _kinds()
    rows: list[list[Cell]] = [
        [label, *(w.number(counts.get(k, 0)) for k in kinds), w.number(sum(counts.values()))]
        for label, counts in rows_in]
    header = [first, *([KIND_ARTICLE[k]] for k in kinds), w.t("col.total")]
    widths = [62, *([22] * len(kinds)), 24]
    return [*flow, *data_table(s, header, rows, widths)]


def _simple(s: Styles, w: Wording, key: str, first: list[str],
            rows_in: list[tuple[str, int]]) -> list[Flowable]:
    flow = heading(s, w.t(key))
    if not rows_in:
        return [*flow, Paragraph(esc(w.tj("summary.no_data")), s.body)]
    rows: list[list[Cell]] = [[label, w.number(count)] for label, count in rows_in]
    return [*flow, *data_table(s, [first, w.t("col.count")], rows, [140, 34])]


def _seized(s: Styles, w: Wording, stats: Statistics) -> list[Flowable]:
    flow = heading(s, w.t("summary.seizures"))
    if not stats.seized:
        return [*flow, Paragraph(esc(w.tj("summary.no_data")), s.body)]
    rows: list[list[Cell]] = []
    for (key, unit), (items, total) in sorted(stats.seized.items()):
        name = (w.code("item_category", key.removeprefix("category:"))
                if key.startswith("category:") else w.substance(key))
        rows.append([name, w.code("unit", unit), w.number(int(items)),
                     w.number(round(total, 6))])
    header = [w.t("col.substance"), w.t("col.unit"), w.t("col.cases"), w.t("col.total")]
    return [*flow, *data_table(s, header, rows, [80, 30, 30, 34])]
