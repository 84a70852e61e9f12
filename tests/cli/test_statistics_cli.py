"""`shekara report statistics` through the real command: PDF and CSV written, logged as prints,
no personal data in either, and every refusal one line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from shekara.reports import catalog
from tests.cli.conftest import SUPERVISOR, Shekara, border_record, example_record
from tests.reports.pdfcheck import flat, text

PERIOD = ("--from", "2026-01-01", "--to", "2026-12-31")


def _approved(cli: Shekara) -> None:
    ids = cli.add(example_record(), border_record("Jankauskaitė", "Rūta", "LTU"),
                  border_record("Ахметов", "Ерлан", "KAZ", occurred_at="2026-05-05"))
    for record_id in ids:
        cli.ok("record", "approve", record_id, officer=SUPERVISOR)
    cli.add(example_record())  # a draft: counted apart


def test_statistics_pdf_and_csv(shekara: Shekara, tmp_path: Path) -> None:
    _approved(shekara)
    pdf, table = tmp_path / "stats.pdf", tmp_path / "stats.csv"
    result = shekara.ok("report", "statistics", *PERIOD, "--lang", "kk", "--out", str(pdf),
                        "--csv", str(table), "--json").json()
    assert result == {"document": "statistics", "pdf": str(pdf), "csv": str(table)}
    words = flat(text(pdf.read_bytes()))
    assert flat(catalog.text("stats.title", "kk")) in words
    assert flat(catalog.text("stats.title", "ru")) in words
    body = table.read_text(encoding="utf-8")
    rows = {(r["table"], r["key"], r["kind"]): r["count"]
            for r in csv.DictReader(io.StringIO(body))}
    assert rows[("period", "2026-01-01/2026-12-31", "")] == "3"
    assert rows[("excluded", "draft", "")] == "1"
    assert rows[("qualifying", "border_violation", "border_violation")] == "1"
    assert rows[("month", "2026-05", "border_violation")] == "1"
    assert rows[("citizenship", "KAZ", "")] == "1"
    for personal in ("Žukauskas", "Jankauskaitė", "Ахметов", "12345678", "lane 3", "ABC123"):
        assert personal not in body and flat(personal) not in words
    prints = [e["detail"] for e in shekara.ok("audit", "list", "--json").json()
              if e["action"] == "print"]
    assert {p["output"] for p in prints} == {"pdf", "csv"}
    assert all(p["document"] == "statistics" for p in prints)


def test_statistics_csv_alone(shekara: Shekara, tmp_path: Path) -> None:
    _approved(shekara)
    table = tmp_path / "only.csv"
    assert shekara.ok("report", "statistics", *PERIOD, "--csv", str(table)).lines == [
        str(table)]
    assert table.read_text(encoding="utf-8").startswith("table,key,kind,label,")


def test_statistics_refusals(shekara: Shekara, tmp_path: Path) -> None:
    shekara.refused("report", "statistics", *PERIOD, code=2)  # no output named
    shekara.refused("report", "statistics", "--from", "2026-12-31", "--to", "2026-01-01",
                    "--out", str(tmp_path / "x.pdf"), code=2)
    shekara.refused("report", "statistics", "--from", "2026-02-30", "--to", "2026-03-01",
                    "--csv", str(tmp_path / "x.csv"), code=2)
    shekara.refused("report", "statistics", *PERIOD, "--csv",
                    str(tmp_path / "missing" / "x.csv"), code=2)
    shekara.refused("report", "statistics", *PERIOD, "--out", str(tmp_path), code=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]
