"""The `exchange` packet between the Parties' central authorities: the body's codec, sealed and
opened through the real container, and every refusal of a malformed manifest."""

from __future__ import annotations

import copy
import json
import struct
from typing import Any

import pytest

from shekara.domain.strictjson import canonical_json
from shekara.errors import PacketError
from shekara.packets.container import open_packet, seal, verify_only
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
    decode_exchange,
    encode_exchange,
    facts_by_article,
    format_minor,
)
from shekara.packets.keys import KeyRing
from shekara.packets.payload import BODY_MAGIC

from .builders import CREATED, HQ, OTHER_HQ, POST, SURNAME, record

UUID_A = "0b6f2d7e-1c1a-4c51-9a0e-5f2b8c3d4e5f"
UUID_B = "1c7f3e8f-2d2b-4d62-8b1f-6a3c9d4e5f60"


def letter(number: str = "HQ-KZ/2026/000012") -> Letter:
    return Letter(number, "2026-12-05", Signatory("Ахметов Ерлан Серікұлы", "бөлім бастығы",
                                                  "полковник"))


def full_payload() -> ExchangePayload:
    fact = record()
    return ExchangePayload(
        from_party="KZ", to_party="LT", letter=letter(),
        facts=[SharedFact(fact["id"], 1, "6.1.2", "HQ-KZ/2026/000007", fact, 2)],
        corrections=[Correction(record(1)["id"], 1, "withdrawn", "record.withdrawn")],
        requests=[SharedRequest(UUID_A, 1, "HQ-KZ/2026/000013",
                                {"subject": "Маршрут", "facts": "…"})],
        answers=[Answer(UUID_B, UUID_A, "HQ-KZ/2026/000014", "2026-12-05", True, "Жауап",
                        {"ru": {"text": "Ответ"}}, [ItemRef(fact["id"], 1)])],
        refusals=[Refusal("2d8a4f90-3e3c-4e73-9c20-7b4dae5f6071", UUID_A, "HQ-KZ/2026/000015",
                          "2026-12-05", "national_law", "part", "Себебі", {})],
        consents=[Consent("3e9b5fa1-4f4d-4f84-8d31-8c5ebf607182", "HQ-KZ/2026/000016",
                          "2026-12-05", ItemRef(UUID_A, 2), "Europol", "талдау")],
        receipts=Receipts(3, ((5, 6),), ((7, 7),)))


UUID_C = "4fac6ab2-5a5e-4a95-9e42-9d6fc0718293"


def payload_1_2() -> ExchangePayload:
    """A letter with a follow-up on our request, one on theirs, and a withdrawal (format 1.2)."""
    return ExchangePayload(
        from_party="KZ", to_party="LT", letter=letter(),
        follow_ups=[FollowUp(UUID_C, UUID_A, "HQ-KZ/2026/000017", "2026-12-05",
                             "Қосымша мәлімет", {"ru": {"text": "Дополнительные сведения"}}),
                    FollowUp(UUID_B, "2d8a4f90-3e3c-4e73-9c20-7b4dae5f6071",
                             "HQ-KZ/2026/000018", "2026-12-05", "Мерзімі қашан?", {})],
        request_withdrawals=[RequestWithdrawal(UUID_A, "2026-12-05", "Қажет емес", {})],
        receipts=Receipts(3))


def manifest(payload: ExchangePayload | None = None) -> dict[str, Any]:
    body = encode_exchange(payload or full_payload())
    (length,) = struct.unpack(">I", body[8:12])
    parsed: dict[str, Any] = json.loads(body[12:12 + length])
    return parsed


def body_of(value: dict[str, Any], tail: bytes = b"") -> bytes:
    raw = canonical_json(value)
    return BODY_MAGIC + struct.pack(">I", len(raw)) + raw + tail


def test_round_trip_through_the_real_container() -> None:
    payload = full_payload()
    packet = seal("exchange", encode_exchange(payload), signer=HQ,
                  recipients=[OTHER_HQ.public.age_recipient], recipient_id="HQ-LT", seq=1,
                  prev_hash=None, created_at=CREATED)
    assert SURNAME.encode() not in packet  # the body is encrypted
    partner_trusts = KeyRing([HQ.public])
    opened = open_packet(packet, partner_trusts, [OTHER_HQ], expect_kind="exchange",
                         expect_recipient_id="HQ-LT")
    assert opened.exchange == payload
    assert not opened.exchange.is_empty()
    assert [f.article for f in facts_by_article(opened.exchange)["6.1.2"]] == ["6.1.2"]


def test_only_an_hq_key_signs_an_exchange() -> None:
    with pytest.raises(ValueError, match="signed by hq keys"):
        seal("exchange", encode_exchange(full_payload()), signer=POST,
             recipients=[OTHER_HQ.public.age_recipient], recipient_id="HQ-LT", seq=1,
             prev_hash=None)


def test_an_exchange_is_not_taken_as_another_kind() -> None:
    packet = seal("exchange", encode_exchange(full_payload()), signer=HQ,
                  recipients=[OTHER_HQ.public.age_recipient], recipient_id="HQ-LT", seq=1,
                  prev_hash=None)
    with pytest.raises(PacketError) as err:
        verify_only(packet, KeyRing([HQ.public]), expect_kind="ack")
    assert err.value.msgid == "packet.wrong_kind"


def test_a_rotation_rides_along_and_is_news() -> None:
    statement = {"format": "shekara-rotation", "version": 1, "old_key_id": "00" * 32}
    payload = ExchangePayload("LT", "KZ", letter("HQ-LT/2026/000001"), rotation=statement)
    assert not payload.is_empty()
    assert decode_exchange(encode_exchange(payload)) == payload
    assert "rotation" not in json.loads(json.dumps(manifest()))  # absent unless carried


def test_receipts_alone_are_an_empty_letter() -> None:
    payload = ExchangePayload("LT", "KZ", letter("HQ-LT/2026/000001"), receipts=Receipts(4))
    assert payload.is_empty()
    assert decode_exchange(encode_exchange(payload)) == payload


def _broken(change: Any) -> dict[str, Any]:
    value = manifest()
    change(value)
    return value


def _set(path: str, new: Any) -> Any:
    def change(value: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = value
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if new is _DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = new
    return change


_DELETE = object()
BROKEN = {
    "same party both sides": _set("to_party", "KZ"),
    "unknown party": _set("from_party", "RU"),
    "letter without a number": _set("letter.registration_number", "12"),
    "registration number with a bad year": _set("letter.registration_number", "HQ-KZ/26/000001"),
    "letter date not a date": _set("letter.issued_on", "2026-02-30"),
    "signatory field missing": _set("letter.signed_by.rank", _DELETE),
    "unknown top-level field": _set("attachments", []),
    "fact of an unknown article": _set("facts.0.article", "7"),
    "fact whose record is another version": _set("facts.0.record.version", 2),
    "fact whose record has no kind": _set("facts.0.record.kind", _DELETE),
    "fact of an unknown kind": _set("facts.0.record.kind", "terrorism"),
    "fact with a negative withheld count": _set("facts.0.withheld_persons", -1),
    "correction with an unknown action": _set("corrections.0.action", "deleted"),
    "correction with free-text reason": _set("corrections.0.reason", "Because I said so"),
    "answer with partial not a bool": _set("answers.0.partial", 1),
    "answer translation in another language": _set("answers.0.translations", {"en": {}}),
    "answer translation of an unknown field": _set("answers.0.translations.ru.subject", "x"),
    "refusal on an unknown ground": _set("refusals.0.ground", "politics"),
    "refusal with an unknown scope": _set("refusals.0.scope", "most"),
    "consent for an item version 0": _set("consents.0.item.version", 0),
    "request id not a uuid": _set("requests.0.id", "17"),
    "receipts gap at or below through": _set("receipts.gaps", [[3, 4]]),
    "receipts range backwards": _set("receipts.gaps", [[9, 8]]),
    "receipts ranges touching": _set("receipts.gaps", [[5, 6], [7, 8]]),
    "receipts gap and held overlap": _set("receipts.held", [[6, 7]]),
    "receipts range of three numbers": _set("receipts.gaps", [[5, 6, 7]]),
    "receipts beyond 2^53": _set("receipts.through", 2**60),
    "a boolean as through": _set("receipts.through", True),
    "rotation that is not an object": _set("rotation", "statement"),
    "rotation of another format": _set("rotation", {"format": "shekara-hq-keys"}),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_malformed_manifests_are_refused(case: str) -> None:
    with pytest.raises(PacketError) as err:
        decode_exchange(body_of(_broken(BROKEN[case])))
    assert err.value.msgid == "packet.bad_body"


def test_repeated_items_are_refused() -> None:
    value = manifest()
    value["facts"].append(copy.deepcopy(value["facts"][0]))
    with pytest.raises(PacketError, match="twice"):
        decode_exchange(body_of(value))


def test_bytes_after_the_manifest_are_refused() -> None:
    with pytest.raises(PacketError, match="no attachments"):
        decode_exchange(body_of(manifest(), tail=b"x"))


def test_a_records_manifest_is_not_an_exchange() -> None:
    with pytest.raises(PacketError, match="not an exchange manifest"):
        decode_exchange(body_of({"kind": "records", "records": [], "tombstones": [],
                                 "attachments": []}))


def test_the_writer_refuses_what_a_reader_would() -> None:
    bad = ExchangePayload("KZ", "KZ", letter())
    with pytest.raises(PacketError):
        encode_exchange(bad)


def test_an_exchange_packet_is_format_1_1() -> None:
    from tests.packets.builders import resign

    packet = seal("exchange", encode_exchange(full_payload()), signer=HQ,
                  recipients=[OTHER_HQ.public.age_recipient], recipient_id="HQ-LT", seq=1,
                  prev_hash=None)
    assert packet[9] == 1  # the minor byte
    as_1_0 = resign(packet, HQ, minor=0)
    with pytest.raises(PacketError) as err:
        verify_only(as_1_0, KeyRing([HQ.public]))
    assert err.value.msgid == "packet.bad_header"


# --- format 1.2: follow-up questions and withdrawals of requests -------------------------------
def test_follow_ups_and_withdrawals_round_trip_as_format_1_2() -> None:
    payload = payload_1_2()
    assert not payload.is_empty()
    assert format_minor(payload) == 2
    packet = seal("exchange", encode_exchange(payload), signer=HQ,
                  recipients=[OTHER_HQ.public.age_recipient], recipient_id="HQ-LT", seq=1,
                  prev_hash=None, format_minor=format_minor(payload))
    assert packet[9] == 2  # the minor byte of the preamble
    opened = open_packet(packet, KeyRing([HQ.public]), [OTHER_HQ], expect_kind="exchange",
                         expect_recipient_id="HQ-LT")
    assert opened.format_minor == 2
    assert opened.exchange == payload


def test_a_letter_without_1_2_items_stays_1_1_and_names_no_1_2_field() -> None:
    payload = full_payload()
    assert format_minor(payload) == 1
    assert not {"follow_ups", "request_withdrawals"} & set(manifest(payload))
    assert decode_exchange(encode_exchange(payload), minor=1) == payload


def test_a_1_2_item_in_a_packet_marked_1_1_is_refused() -> None:
    from tests.packets.builders import resign

    payload = payload_1_2()
    body = encode_exchange(payload)
    for key in ("follow_ups", "request_withdrawals"):
        value = manifest(payload)
        del value["request_withdrawals" if key == "follow_ups" else "follow_ups"]
        with pytest.raises(PacketError, match=f"{key} is a format 1\\.2 field") as err:
            decode_exchange(body_of(value), minor=1)
        assert err.value.msgid == "packet.bad_body"
    # and through the real container: the same letter re-signed with minor 1 in its preamble
    packet = seal("exchange", body, signer=HQ, recipients=[OTHER_HQ.public.age_recipient],
                  recipient_id="HQ-LT", seq=1, prev_hash=None, format_minor=2)
    as_1_1 = resign(packet, HQ, minor=1)
    with pytest.raises(PacketError, match=r"format 1\.2 field") as err:
        open_packet(as_1_1, KeyRing([HQ.public]), [OTHER_HQ], expect_kind="exchange",
                    expect_recipient_id="HQ-LT")
    assert err.value.msgid == "packet.bad_body"


def test_the_writer_never_names_empty_1_2_lists() -> None:
    payload = ExchangePayload("KZ", "LT", letter(), follow_ups=payload_1_2().follow_ups)
    assert "request_withdrawals" not in manifest(payload)
    assert format_minor(payload) == 2


def test_empty_1_2_lists_in_a_1_2_letter_are_read() -> None:
    value = manifest()
    value["follow_ups"], value["request_withdrawals"] = [], []
    assert decode_exchange(body_of(value), minor=2) == full_payload()


BROKEN_1_2 = {
    "follow-up id not a uuid": _set("follow_ups.0.id", "17"),
    "follow-up on a request id not a uuid": _set("follow_ups.0.request_id", "HQ-KZ/2026/1"),
    "follow-up without a number": _set("follow_ups.0.registration_number", _DELETE),
    "follow-up number in another form": _set("follow_ups.0.registration_number", "17"),
    "follow-up date not a date": _set("follow_ups.0.issued_on", "5.12.2026"),
    "follow-up with a blank text": _set("follow_ups.0.text", "  "),
    "follow-up text not a string": _set("follow_ups.0.text", ["?"]),
    "follow-up text over the cap": _set("follow_ups.0.text", "x" * 20_001),
    "follow-up translation of another field": _set("follow_ups.0.translations.ru.reason", "x"),
    "follow-up with an unknown field": _set("follow_ups.0.urgent", True),
    "follow-ups not a list": _set("follow_ups", {}),
    "withdrawal of a request id not a uuid": _set("request_withdrawals.0.request_id", "1"),
    "withdrawal without a date": _set("request_withdrawals.0.issued_on", _DELETE),
    "withdrawal with a blank reason": _set("request_withdrawals.0.reason", ""),
    "withdrawal reason over the cap": _set("request_withdrawals.0.reason", "x" * 20_001),
    "withdrawal translation of another field": _set(
        "request_withdrawals.0.translations", {"ru": {"text": "x"}}),
    "withdrawal with an unknown field": _set("request_withdrawals.0.id", UUID_A),
    "withdrawals not a list": _set("request_withdrawals", "all"),
}


@pytest.mark.parametrize("case", list(BROKEN_1_2))
def test_malformed_1_2_items_are_refused(case: str) -> None:
    value = manifest(payload_1_2())
    BROKEN_1_2[case](value)
    with pytest.raises(PacketError) as err:
        decode_exchange(body_of(value), minor=2)
    assert err.value.msgid == "packet.bad_body"


def test_1_2_lists_over_their_cap_are_refused() -> None:
    from shekara.packets.exchange import MAX_LETTERS

    value = manifest(payload_1_2())
    one = value["follow_ups"][0]
    value["follow_ups"] = [{**one, "id": f"00000000-0000-4000-8000-{i:012d}"}
                           for i in range(MAX_LETTERS + 1)]
    with pytest.raises(PacketError, match="follow_ups holds more than 1000 items"):
        decode_exchange(body_of(value), minor=2)
    value = manifest(payload_1_2())
    one = value["request_withdrawals"][0]
    value["request_withdrawals"] = [{**one, "request_id": f"00000000-0000-4000-8000-{i:012d}"}
                                    for i in range(MAX_LETTERS + 1)]
    with pytest.raises(PacketError, match="request_withdrawals holds more than 1000 items"):
        decode_exchange(body_of(value), minor=2)


def test_a_1_2_item_listed_twice_is_refused() -> None:
    value = manifest(payload_1_2())
    value["follow_ups"][1]["id"] = value["follow_ups"][0]["id"]
    with pytest.raises(PacketError, match="follow_ups lists an item twice"):
        decode_exchange(body_of(value), minor=2)
    value = manifest(payload_1_2())
    value["request_withdrawals"].append(copy.deepcopy(value["request_withdrawals"][0]))
    with pytest.raises(PacketError, match="request_withdrawals lists an item twice"):
        decode_exchange(body_of(value), minor=2)
