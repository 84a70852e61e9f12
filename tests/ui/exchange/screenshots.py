"""Screenshots of the exchange screens at HQ in Kazakh (at HQ-KZ) and Lithuanian (at HQ-LT),
from real widgets over two real HQ vaults that enrolled each other (a temporary folder, removed
afterwards):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.exchange.screenshots docs/screenshots

(tools/screenshots.py runs it too.) Writes exchange-{share,share-include,share-letters,
received,received-fact,letter-import,requests,request,refuse,new-request,disclosures,partner-keys,
partner-confirm}-<lang>.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import shekara.ui  # noqa: F401 - the refcount guard before any Qt call
from shekara.ui import i18n, theme
from shekara.ui.exchange.disclosures import DisclosuresDialog
from shekara.ui.exchange.partner_keys import PartnerKeysDialog
from shekara.ui.exchange.received import ReceivedDialog
from shekara.ui.exchange.request_forms import NewRequestDialog
from shekara.ui.exchange.requests import RequestRegisterDialog
from shekara.ui.exchange.share import ShareDialog
from tests.support.fast_kdf import install as install_test_kdf
from tests.ui.exchange.world import (
    Exchange,
    border_record,
    person,
    request_data,
)

LANGUAGES = ("kk", "lt")
HOME = {"kk": "KZ", "lt": "LT"}
AUTHORITY = {"KZ": "KZ-KNB-PS", "LT": "LT-VSAT"}
PEOPLE = {  # (the other Party's citizen, our witness, our other person) as each home records
    "KZ": (person("Žukauskas", "Tomas", "violator", "LTU"),
           person("Ахметов", "Серік", "witness", "KAZ"),
           person("Омаров", "Ерлан", "other", "KAZ")),
    "LT": (person("Әбішев", "Нұрлан", "violator", "KAZ"),
           person("Jonaitis", "Petras", "witness", "LTU"),
           person("Petrauskas", "Antanas", "other", "LTU")),
}


def spin(ms: int = 150, until: Callable[[], bool] | None = None, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    start = time.monotonic()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        done = until() if until else (time.monotonic() - start) * 1000 >= ms
        if done or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


def shoot(widget: QWidget, out: Path, name: str, lang: str) -> None:
    widget.show()
    spin(200)
    path = out / f"{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path)


def build(world: Exchange, home: str) -> tuple[str, str]:
    partner = "LT" if home == "KZ" else "KZ"
    world.link()
    foreign, witness, other = PEOPLE[home]
    [first] = world.approved(border_record(foreign, occurred="2026-09-14"), at=home)
    sent = world.send([first], frm=home)
    [second] = world.approved(border_record(foreign, witness, other), at=home)
    world.sample(at=home)  # one more candidate, and one of ours only
    world.side(home).share.add([second])
    # The partner writes to us: its own facts.
    [theirs, _own] = world.sample(at=partner)
    world.stick.joinpath("in").mkdir()
    world.side(partner).share.add([theirs])
    second_partner = world.as_(partner, "tomas.z")
    second_partner.share.approve()
    letter = second_partner.share.send(world.stick / "in")
    # The request register: the partner's requests (one overdue, one asked about) and ours.
    requests = world.side(home).requests
    old = (date.today() - timedelta(days=45)).isoformat()
    theirs_data = {"to_authority": AUTHORITY[home], "from_authority": AUTHORITY[partner]}
    requests.receive(request_data(dated_on=old, deadline=None, reference="31/2026",
                                  **theirs_data),
                     their_number=f"HQ-{partner}/2026/000031", received_on=old)
    fresh = requests.receive(request_data(deadline=None, reference="32/2026", **theirs_data),
                             their_number=f"HQ-{partner}/2026/000032")
    requests.follow_up(fresh.id, "Уточните дату пересечения / Nurodykite datą.")
    requests.add(request_data(to_authority=AUTHORITY[partner],
                              from_authority=AUTHORITY[home], reference="18-2/417"))
    assert sent.path is not None and letter.path is not None
    return second, str(letter.path)


def exchange_shots(out: Path, lang: str) -> None:
    home = HOME[lang]
    work = Path(tempfile.mkdtemp(prefix="shekara-exchange-shots-"))
    world = Exchange(work)
    try:
        second, letter = build(world, home)
        session = world.side(home)
        share = ShareDialog(session, list_drives=world.drives)
        share.show()
        spin(until=lambda: share.state is not None and not share.loading)
        spin(until=lambda: "•" in share.preview.toPlainText().split("(")[-1])
        spin(300)
        shoot(share, out, "exchange-share", lang)
        include = share.ask_include()
        if include is not None:
            include.reason_edit.setPlainText("Куә жолсерікті таныды / The witness identified the "
                                             "guide" if lang == "kk" else
                                             "Liudytojas atpažino vedlį")
            shoot(include, out, "exchange-share-include", lang)
            include.ok_button.click()
            spin(until=lambda: "✓" in share.status.text() or bool(share.status.text()))
            spin(until=lambda: not share.loading)
            spin(300)
        share.tabs.setCurrentIndex(1)
        share.letters_view.setCurrentIndex(share.letters.index(0, 0))
        shoot(share, out, "exchange-share-letters", lang)
        share.close()

        received = ReceivedDialog(session, list_drives=world.drives)
        received.show()
        spin(until=lambda: not received.loading)
        importer = received.open_import()
        importer.import_files([Path(letter)])
        spin(until=lambda: importer.model.rowCount() == 1)
        importer.import_files([Path(letter)])
        spin(until=lambda: importer.model.rowCount() == 2)
        shoot(importer, out, "exchange-letter-import", lang)
        importer.close()
        spin(until=lambda: received.model.rowCount() > 0 and not received.loading)
        shoot(received, out, "exchange-received", lang)
        received.open_selected()
        spin(until=lambda: received.fact_dialog is not None)
        assert received.fact_dialog is not None
        shoot(received.fact_dialog, out, "exchange-received-fact", lang)
        received.fact_dialog.close()
        received.close()

        register = RequestRegisterDialog(session)
        register.show()
        spin(until=lambda: not register.loading)
        shoot(register, out, "exchange-requests", lang)
        for row, entry in enumerate(register.model.rows()):
            if entry.request.reference == "32/2026":
                register.view.setCurrentIndex(
                    register.proxy.mapFromSource(register.model.index(row, 0)))
        register.open_selected()
        spin(until=lambda: register.request_dialog is not None)
        assert register.request_dialog is not None
        shoot(register.request_dialog, out, "exchange-request", lang)
        register.request_dialog.close()
        refuse = register.refuse_selected()
        assert refuse is not None
        refuse.prose.texts["explanation"].setPlainText(
            "Сұралған тізімдер басқа органда сақталады." if home == "KZ"
            else "Prašomi sąrašai saugomi kitoje institucijoje.")
        refuse.prose.russian["explanation"].setPlainText(
            "Запрошенные списки хранятся в другом органе.")
        shoot(refuse, out, "exchange-refuse", lang)
        refuse.reject()
        new = register.new_request()
        new.prose.texts["subject"].setPlainText(
            "Героин контрабандасы" if home == "KZ" else "Heroino kontrabanda")
        new.prose.russian["subject"].setPlainText("Контрабанда героина")
        shoot(new, out, "exchange-new-request", lang)
        new.reject()
        paper = register.new_paper_request()
        assert isinstance(paper, NewRequestDialog)
        partner = "LT" if home == "KZ" else "KZ"
        paper.their_number.setText(f"HQ-{partner}/2026/000033")
        paper.reference.setText("33/2026")
        paper.prose.texts["subject"].setPlainText(
            "Heroino kontrabanda" if home == "KZ" else "Героин контрабандасы")
        paper.prose.russian["subject"].setPlainText("Контрабанда героина")
        paper.signer_name.setText("R. Jankauskienė" if home == "KZ" else "Б. Сүлейменов")
        paper.signer_position.setText("Direktorė" if home == "KZ" else "Басқарма бастығы")
        shoot(paper, out, "exchange-paper-request", lang)
        paper.reject()
        register.close()

        disclosures = DisclosuresDialog(session)
        disclosures.show()
        spin(until=lambda: not disclosures.loading)
        shoot(disclosures, out, "exchange-disclosures", lang)
        disclosures.close()

        keys = PartnerKeysDialog(session, list_drives=world.drives)
        keys.show()
        spin(until=lambda: not keys.loading)
        keys.view.setCurrentIndex(keys.model.index(0, 0))
        shoot(keys, out, "exchange-partner-keys", lang)
        partner = world.side("LT" if home == "KZ" else "KZ")
        keys.enroll_file(world.keys_file(partner))
        spin(until=lambda: keys.confirm_dialog is not None)
        assert keys.confirm_dialog is not None
        keys.confirm_dialog.same.setChecked(True)
        shoot(keys.confirm_dialog, out, "exchange-partner-confirm", lang)
        keys.confirm_dialog.reject()
        keys.close()
        del second
    finally:
        world.close()
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    install_test_kdf()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["shekara"])
    theme.register_fonts(app)  # type: ignore[arg-type]
    i18n.ensure_catalogs()
    translations = i18n.Translations(app)
    for lang in LANGUAGES:
        translations.set_language(lang)
        exchange_shots(out, lang)
    translations.set_language("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
