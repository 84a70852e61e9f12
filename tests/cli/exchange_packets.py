"""Two HQs, KZ and LT, that enrolled each other, and exchange packets made exactly as a sender
makes them: the codec (`packets/exchange.py`) and the container (`packets/container.py`),
signed with the real keys of the sending installation, read from its vault.

`Partner(world.lt, world.kz_keys.public)` is the LT HQ writing letters to HQ-KZ; each
`letter(…)` seals the next packet of its chain (sequence number, `prev_hash`) into `out`.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from shekara.packets.container import seal
from shekara.packets.exchange import (
    Answer,
    Consent,
    Correction,
    ExchangePayload,
    FollowUp,
    ItemRef,
    Letter,
    Receipts,
    Refusal,
    RequestWithdrawal,
    SharedFact,
    SharedRequest,
    Signatory,
    encode_exchange,
    format_minor,
)
from shekara.packets.keys import PrivateKeys
from shekara.services.keys import OWN_KEYS
from shekara.vault.vault import Vault
from tests.cli.conftest import (
    OFFICER,
    OFFICER_PASS,
    PASSWORDS,
    SECOND,
    SECOND_PASS,
    SUPERVISOR,
    Shekara,
    border_record,
)

KZ_CODE, LT_CODE = "HQ-KZ", "HQ-LT"


def hq(root: Path, party: str, code: str, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Shekara:
    cli = Shekara(root / code, monkeypatch, capsys)
    cli.ok("init", "--mode", "hq", "--party", party, "--post", code, "--officer", SUPERVISOR)
    cli.ok("officer", "add", SECOND, "--role", "supervisor",
           env={"SHEKARA_NEW_PASSPHRASE": SECOND_PASS})
    cli.ok("officer", "add", OFFICER, "--role", "officer",
           env={"SHEKARA_NEW_PASSPHRASE": OFFICER_PASS})
    return cli


def own_keys(root: Path) -> PrivateKeys:
    """An installation's own keys, straight from its vault (tests only)."""
    vault = Vault.open(root, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        raw = vault.secret(OWN_KEYS)
        assert raw is not None
        return PrivateKeys.from_private_json(raw)
    finally:
        vault.lock()


def enroll(receiver: Shekara, sender: Shekara, path: Path, *extra: str) -> None:
    sender.ok("hq", "keys", "export", "--out", str(path))
    fingerprint = sender.ok("keys", "show", "--json").json()["own"]["fingerprint"]
    receiver.ok("partner", "enroll", str(path), "--fingerprint", fingerprint, *extra)


class Exchange:
    """KZ and LT HQ vaults in tmp_path, enrolled both ways."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.root = root
        self.kz = hq(root, "KZ", KZ_CODE, monkeypatch, capsys)
        self.lt = hq(root, "LT", LT_CODE, monkeypatch, capsys)
        enroll(self.kz, self.lt, root / "lt-keys.json")
        enroll(self.lt, self.kz, root / "kz-keys.json")
        self.out = root / "stick"
        self.out.mkdir()
        self.lt_sender = Partner(own_keys(self.lt.vault), own_keys(self.kz.vault), KZ_CODE,
                                 "KZ", self.out)

    def partner_import(self, *paths: Path, hq: Shekara | None = None) -> tuple[int, Any]:
        result = (hq or self.kz)("partner", "import", *map(str, paths), "--json")
        return result.code, result.json()


class Partner:
    """One HQ writing exchange letters to another, as the sending side will."""

    def __init__(self, signer: PrivateKeys, recipient: PrivateKeys, recipient_id: str,
                 to_party: str, out: Path) -> None:
        self.signer = signer
        self.recipient = recipient.public.age_recipient
        self.recipient_id = recipient_id
        self.to_party = to_party
        self.out = out
        self.seq = 0
        self.prev_hash: str | None = None
        self.number = 0

    def regno(self) -> str:
        self.number += 1
        return f"{self.signer.public.code}/{date.today().year}/{self.number:06d}"

    def payload(self, **items: Any) -> ExchangePayload:
        return ExchangePayload(
            from_party=self.signer.public.party, to_party=self.to_party,
            letter=Letter(self.regno(), date.today().isoformat(),
                          Signatory("Rūta Jankauskienė", "Direktorė", "pulkininkė")),
            **items)

    def seal(self, payload: ExchangePayload, *, seq: int | None = None,
             prev_hash: str | None = None, advance: bool = True, name: str | None = None,
             signer: PrivateKeys | None = None, recipient_id: str | None = None,
             minor: int | None = None) -> Path:
        number = self.seq + 1 if seq is None else seq
        previous = self.prev_hash if prev_hash is None and seq is None else prev_hash
        data = seal("exchange", encode_exchange(payload), signer=signer or self.signer,
                    recipients=[self.recipient], recipient_id=recipient_id or self.recipient_id,
                    seq=number, prev_hash=previous,
                    format_minor=format_minor(payload) if minor is None else minor)
        path = self.out / (name or f"{self.signer.public.code}-exchange-{number:06d}"
                           f"-{hashlib.sha256(data).hexdigest()[:8]}.shkpkt")
        path.write_bytes(data)
        if advance:
            self.seq, self.prev_hash = number, hashlib.sha256(data).hexdigest()
        return path

    def letter(self, **items: Any) -> Path:
        return self.seal(self.payload(**items))


# --- items, as a sender would fill them ----------------------------------------------------------
def fact(record: dict[str, Any] | None = None, *, fact_id: str | None = None,
         version: int = 1, article: str = "6.1.1", number: str | None = "HQ-LT/2026/000101",
         withheld: int = 0) -> SharedFact:
    body = dict(record or border_record("Сүлейменов", "Нұрлан", "KAZ"))
    ident = fact_id or str(uuid.uuid4())
    body.setdefault("handling", {"confidential": True, "third_party": "consent_required",
                                 "legal_hold": False, "note": ""})
    return SharedFact(ident, version, article, number, {**body, "id": ident,
                                                        "version": version}, withheld)


def correction(fact_id: str, version: int = 1, action: str = "withdrawn",
               reason: str = "inaccurate") -> Correction:
    return Correction(fact_id, version, action, reason)


def shared_request(data: dict[str, Any], *, request_id: str | None = None,
                   number: str = "HQ-LT/2026/000201") -> SharedRequest:
    return SharedRequest(request_id or str(uuid.uuid4()), 1, number, data)


def answer(request_id: str, *, partial: bool = False, text: str = "Asmuo patikrintas.",
           facts: list[ItemRef] | None = None) -> Answer:
    return Answer(str(uuid.uuid4()), request_id, "HQ-LT/2026/000301", date.today().isoformat(),
                  partial, text, {"ru": {"text": "Лицо проверено."}}, facts or [])


def refusal(request_id: str, *, scope: str = "whole") -> Refusal:
    return Refusal(str(uuid.uuid4()), request_id, "HQ-LT/2026/000401",
                   date.today().isoformat(), "national_law", scope,
                   "Prieštarautų nacionalinei teisei.",
                   {"ru": {"reason": "Противоречило бы национальному праву."}})


def consent(fact_id: str, version: int = 1) -> Consent:
    return Consent(str(uuid.uuid4()), "HQ-LT/2026/000501", date.today().isoformat(),
                   ItemRef(fact_id, version), "Europol", "joint analysis")


def receipts(through: int) -> Receipts:
    return Receipts(through)


def follow_up(request_id: str, *, item_id: str | None = None,
              text: str = "Prašome patikslinti asmens gimimo datą.") -> FollowUp:
    return FollowUp(item_id or str(uuid.uuid4()), request_id, "HQ-LT/2026/000601",
                    date.today().isoformat(), text,
                    {"ru": {"text": "Просим уточнить дату рождения лица."}})


def withdrawal(request_id: str, *, reason: str = "Asmuo jau sulaikytas.") -> RequestWithdrawal:
    return RequestWithdrawal(request_id, date.today().isoformat(), reason, {})
