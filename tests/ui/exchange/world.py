"""Two HQ vaults, HQ-KZ and HQ-LT, built through the services as `init`, `officer add`,
`hq keys export` and `partner enroll` build them: each with two supervisors and an officer, and
(by `link()`) enrolled as each other's partner. HQ-KZ holds approved records (as if imported from
its posts); letters travel through a stick folder. Shared by the exchange screen tests and the
screenshots (tools/screenshots.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from shekara.services import keys
from shekara.services.drives import Drive
from shekara.services.exchange_send import SentLetter
from shekara.services.partner import enroll_partner
from shekara.services.session import Session
from shekara.vault.vault import Vault
from tests.ui.conftest import close_under_lock

SUPERVISOR = "aigerim.s"
SECOND = "tomas.z"
OFFICER = "nurlan.k"
PASSPHRASE = "Шекара-сенім-2026"
CODES = {"KZ": "HQ-KZ", "LT": "HQ-LT"}


def person(surname: str, given: str, role: str, *citizenship: str) -> dict[str, Any]:
    return {"role": role, "surname": surname, "given_names": given, "patronymic": "",
            "birth_date": "1990", "sex": "M", "citizenship": list(citizenship),
            "documents": []}


def border_record(*persons: dict[str, Any], occurred: str = "2026-10-02") -> dict[str, Any]:
    return {
        "kind": "border_violation", "occurred_at": occurred,
        "place": {"checkpoint": None, "description": "Green border, sector 14", "lat": 43.2,
                  "lon": 76.9},
        "narrative": "Crossed on foot at night, detained by the patrol.",
        "persons": list(persons),
        "direction": "entry", "section": "green", "method": "on_foot", "detected_by": "patrol",
        "outcome": "detained", "case_number": "",
    }


def request_data(**changes: Any) -> dict[str, Any]:
    today = date.today()
    data: dict[str, Any] = {
        "to_authority": "LT-VSAT", "from_authority": "KZ-KNB-PS", "reference": "18-2/417",
        "dated_on": today.isoformat(),
        "subject": "Героин контрабандасы / Контрабанда героина",
        "persons": [{"description": "Белгісіз жүргізуші / Неизвестный водитель"}],
        "facts": "Курьер ұсталды / Задержан курьер.",
        "objects_and_documents": "Автомобиль ABC123 (LTU)",
        "reasons": "Арнаны анықтау / Установить канал.",
        "procedure": "Тұлғаны тексеру / Проверить лицо по учётам.",
        "deadline": (today + timedelta(days=30)).isoformat(),
        "attachments_list": [],
        "urgent": False,
        "signed_by": {"name": "А. Сүлейменов", "position": "Департамент бастығы"},
    }
    data.update(changes)
    return data


def make_hq(directory: Path, party: str) -> Vault:
    vault, _recovery = Vault.create(directory, mode="hq", party=party, post_code=CODES[party],
                                    officer=SUPERVISOR, passphrase=PASSPHRASE)
    vault.add_officer(SECOND, "supervisor", PASSPHRASE)
    vault.add_officer(OFFICER, "officer", PASSPHRASE)
    keys.create_own_keys(vault)
    return vault


class Exchange:
    """HQ-KZ (as its first supervisor) and HQ-LT; other logins by `as_(party, login)`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.kz = Session(make_hq(root / "HQ-KZ", "KZ"))
        self.lt = Session(make_hq(root / "HQ-LT", "LT"))
        self.stick = root / "stick"
        self.stick.mkdir()
        self._others: dict[tuple[str, str], Session] = {}
        for session, name in ((self.kz, "Сүлейменов Бауыржан"), (self.lt, "Rūta Jankauskienė")):
            for login in (SUPERVISOR, SECOND):
                session.officials.set_profile(login, {"full_name": name,
                                                      "position": "Басқарма бастығы"})

    def drives(self) -> list[Drive]:
        return [Drive(self.stick, "SHEKARA", "/dev/sdb1", 3_000_000_000, 7_800_000_000)]

    def keys_file(self, session: Session) -> Path:
        path = self.root / f"{session.vault.post_code}-keys.json"
        path.write_bytes(keys.hq_keys_file(session.vault))
        return path

    @staticmethod
    def fingerprint(session: Session) -> str:
        return keys.own_keys(session.vault).public.fingerprint()

    def link(self) -> Exchange:
        for receiver, sender in ((self.kz, self.lt), (self.lt, self.kz)):
            enroll_partner(receiver.vault, keys.hq_keys_file(sender.vault),
                           self.fingerprint(sender))
        return self

    def as_(self, party: str, login: str) -> Session:
        if login == SUPERVISOR:
            return self.kz if party == "KZ" else self.lt
        key = (party, login)
        if key not in self._others:
            self._others[key] = Session(Vault.open(self.root / CODES[party], login, PASSPHRASE))
        return self._others[key]

    def side(self, party: str) -> Session:
        return self.kz if party == "KZ" else self.lt

    def approved(self, *records: dict[str, Any], at: str = "KZ") -> list[str]:
        """Approved records at an HQ (added and approved by its first supervisor)."""
        session = self.side(at)
        vault = session.vault
        with vault.transaction():
            vault.set_setting("four_eyes", "0")
        ids = session.records.add(list(records))
        for record_id in ids:
            session.records.approve(record_id)
        with vault.transaction():
            vault.set_setting("four_eyes", "1")
        return ids

    def sample(self, at: str = "KZ") -> list[str]:
        """A violator of the other Party with a witness of ours, and one of ours only (not
        shared)."""
        if at == "KZ":
            return self.approved(
                border_record(person("Žukauskas", "Tomas", "violator", "LTU"),
                              person("Ахметов", "Серік", "witness", "KAZ")),
                border_record(person("Иванов", "Пётр", "violator", "KAZ")), at=at)
        return self.approved(
            border_record(person("Әбішев", "Нұрлан", "violator", "KAZ"),
                          person("Jonaitis", "Petras", "witness", "LTU")),
            border_record(person("Kazlauskas", "Jonas", "violator", "LTU")), at=at)

    def send(self, ids: list[str], frm: str = "KZ") -> SentLetter:
        """`frm` sends `ids`: its first supervisor adds, the second approves and sends."""
        self.side(frm).share.add(ids)
        second = self.as_(frm, SECOND)
        second.share.approve()
        return second.share.send(self.stick)

    def imports(self, at: str, *paths: Path) -> None:
        session = self.side(at)
        session.partner.import_files(list(paths))

    def lt_imports(self, *paths: Path) -> None:
        self.imports("LT", *paths)

    def lt_request(self) -> str:
        """An incoming request at HQ-LT (registered by hand, as on paper): what answers it
        stays out of the letters."""
        stored = self.lt.requests.receive(request_data(), their_number="HQ-KZ/2026/000777")
        return stored.id

    def lt_request_by_letter(self) -> str:
        """A request of HQ-KZ's, approved, sent in a letter and imported at HQ-LT: what answers
        it goes with HQ-LT's next letter."""
        request_id = self.kz.requests.add(request_data()).id
        second = self.as_("KZ", SECOND)
        second.requests.approve(request_id)
        second.share.approve()
        letter = second.share.send(self.stick)
        assert letter.path is not None
        self.lt_imports(letter.path)
        return request_id

    def lt_request_on_paper_then_by_letter(self) -> tuple[str, str]:
        """A request of HQ-KZ's typed in at HQ-LT from its paper copy (under HQ-KZ's number),
        then sent in a letter too: (the paper copy's id, the letter copy's id)."""
        request_id = self.kz.requests.add(request_data()).id
        second = self.as_("KZ", SECOND)
        number = second.requests.approve(request_id).registration_number
        assert number is not None
        paper_copy = self.lt.requests.receive(request_data(), their_number=number).id
        second.share.approve()
        letter = second.share.send(self.stick)
        assert letter.path is not None
        self.lt_imports(letter.path)
        return paper_copy, request_id

    def close(self) -> None:
        # a screen's save or reload may still be running in a worker
        for session in (self.kz, self.lt, *self._others.values()):
            close_under_lock(session)
