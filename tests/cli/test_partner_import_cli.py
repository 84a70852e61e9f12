"""`shekara partner import` through the real command (issue 9 §5): the KZ HQ imports the LT
HQ's exchange packets — signature before anything is parsed, idempotent, gaps held, forks
quarantined, and one test per refusal path (the vault unchanged but for the refusal log)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from shekara.packets.container import PREAMBLE, SIGNATURE_BYTES
from shekara.packets.exchange import encode_exchange
from shekara.packets.keys import PrivateKeys
from tests.cli.conftest import OFFICER, Shekara
from tests.cli.exchange_packets import (
    KZ_CODE,
    LT_CODE,
    Exchange,
    enroll,
    fact,
    hq,
    own_keys,
)


@pytest.fixture
def ex(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Exchange:
    return Exchange(tmp_path, monkeypatch, capsys)


def _snapshot(cli: Shekara) -> tuple[Any, Any, Any]:
    """What a refused packet must not change (the audit head moves only with an import)."""
    return (cli.ok("received", "list", "--json").json(),
            cli.ok("request", "list", "--json").json(),
            cli.ok("audit", "verify", "--json").json()["head_seq"])


def test_a_letter_is_imported_once(ex: Exchange) -> None:
    path = ex.lt_sender.letter(facts=[fact()])
    code, [outcome] = ex.partner_import(path)
    assert code == 0, outcome
    assert (outcome["status"], outcome["partner"], outcome["seq"]) == ("imported", LT_CODE, 1)
    assert outcome["letter"].startswith("HQ-LT/") and outcome["counts"]["facts"] == 1
    assert outcome["ok"] is True
    # Again: nothing changes, whatever the file is called.
    before = _snapshot(ex.kz)
    again = ex.out / "copy.shkpkt"
    again.write_bytes(path.read_bytes())
    code, outcomes = ex.partner_import(path, again)
    assert code == 0 and [o["status"] for o in outcomes] == ["duplicate", "duplicate"]
    assert _snapshot(ex.kz) == before
    # Text output, one line per file; the audit log says who imported what.
    assert "duplicate" in ex.kz.ok("partner", "import", str(path)).out
    actions = [e["action"] for e in ex.kz.ok("audit", "list", "--json").json()]
    assert actions.count("partner.import") == 1


def test_a_gap_holds_the_packets_after_it_until_it_is_filled(ex: Exchange) -> None:
    first = ex.lt_sender.letter(facts=[fact()])
    second = ex.lt_sender.letter(facts=[fact()])
    third = ex.lt_sender.letter(facts=[fact()])
    code, [held] = ex.partner_import(third)
    assert code == 0 and held["status"] == "held" and held["gap_ranges"] == [[1, 2]]
    assert ex.kz.ok("received", "list", "--json").json() == []
    code, [one] = ex.partner_import(first)
    assert one["status"] == "imported" and one["applied"] == []
    code, [two] = ex.partner_import(second)
    assert two["status"] == "imported" and two["applied"] == [3]
    assert len(ex.kz.ok("received", "list", "--json").json()) == 3


def test_a_fork_is_quarantined(ex: Exchange) -> None:
    first = ex.lt_sender.letter(facts=[fact()])
    assert ex.partner_import(first)[0] == 0
    # Another packet numbered 1, and a packet 2 that does not follow packet 1.
    other_one = ex.lt_sender.seal(ex.lt_sender.payload(facts=[fact()]), seq=1, prev_hash=None,
                                  advance=False)
    code, [fork] = ex.partner_import(other_one)
    assert code == 8 and fork["status"] == "fork" and fork["reason"] == "exchange.fork_seq"
    stray = ex.lt_sender.seal(ex.lt_sender.payload(facts=[fact()]), seq=2,
                              prev_hash="0" * 64, advance=False)
    code, [fork] = ex.partner_import(stray)
    assert code == 8 and fork["status"] == "fork" and fork["reason"] == "exchange.fork_chain"
    assert len(ex.kz.ok("received", "list", "--json").json()) == 1
    # As for a post's packets, the quarantined fork occupies its number: the real packet 2
    # is a fork too until a supervisor discards the stray one (and the real one's copy).
    real = ex.lt_sender.letter(facts=[fact()])
    assert ex.partner_import(real)[1][0]["status"] == "fork"
    [stream] = ex.kz.ok("partner", "status", "--json").json()
    assert stream["imported_through"] == 1 and len(stream["kept"]) == 3
    assert "fork" in ex.kz.ok("partner", "status").out
    # The reasons are the English they always were, key for key (the window translates the
    # message the vault keeps beside them since schema step 21).
    stray_kept = next(k for k in stream["kept"] if k["sha256"] == _sha(stray))
    assert sorted(stray_kept) == ["id", "reason", "received_at", "seq", "sha256", "state"]
    why = f"it does not follow packet 1, the last one imported from {LT_CODE}"
    assert stray_kept["reason"] == why
    assert f"  fork {stray_kept['id']}: {why}" in ex.kz.ok("partner", "status").out.splitlines()
    kept = {k["sha256"]: k["id"] for k in stream["kept"]}
    ex.kz.refused("partner", "discard", kept[_sha(stray)], "--reason", "stray",
                  officer=OFFICER, code=4)
    ex.kz.refused("partner", "discard", kept[_sha(stray)], "--reason", " ", code=2)
    ex.kz.refused("partner", "discard", "HQ-LT-9-000000000000", "--reason", "x", code=5)
    for path in (stray, real, other_one):
        ex.kz.ok("partner", "discard", kept[_sha(path)], "--reason", "not from the chain")
    assert ex.kz.ok("partner", "status", "--json").json()[0]["kept"] == []
    assert ex.partner_import(real)[1][0]["status"] == "imported"
    assert "hq.held_discard" in [e["action"]
                                 for e in ex.kz.ok("audit", "list", "--json").json()]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(ex: Exchange, path: Path, reason: str) -> dict[str, Any]:
    before = _snapshot(ex.kz)
    code, [outcome] = ex.partner_import(path)
    assert code == 8 and outcome["status"] == "refused", outcome
    assert outcome["reason"] == reason, outcome
    assert _snapshot(ex.kz) == before
    result = ex.kz("partner", "import", str(path))
    assert result.code == 8 and result.err.startswith("shekara: error: ")
    return dict(outcome)


def _write(ex: Exchange, name: str, data: bytes) -> Path:
    path = ex.out / name
    path.write_bytes(data)
    return path


def test_a_byte_flipped_in_the_header_breaks_the_signature(ex: Exchange) -> None:
    data = bytearray(ex.lt_sender.letter(facts=[fact()]).read_bytes())
    data[PREAMBLE.size + 10] ^= 0x01
    _refused(ex, _write(ex, "flip-header.shkpkt", bytes(data)), "packet.bad_signature")


def test_a_byte_flipped_in_the_body_breaks_its_hash(ex: Exchange) -> None:
    data = bytearray(ex.lt_sender.letter(facts=[fact()]).read_bytes())
    data[-20] ^= 0x01
    _refused(ex, _write(ex, "flip-body.shkpkt", bytes(data)), "packet.body_hash")


def test_a_byte_flipped_in_the_signature(ex: Exchange) -> None:
    data = bytearray(ex.lt_sender.letter(facts=[fact()]).read_bytes())
    header_length = PREAMBLE.unpack(bytes(data[:PREAMBLE.size]))[-1]
    data[PREAMBLE.size + header_length + SIGNATURE_BYTES // 2] ^= 0x80
    _refused(ex, _write(ex, "flip-signature.shkpkt", bytes(data)), "packet.bad_signature")


@pytest.mark.parametrize("keep", [10, 200, -30])
def test_a_truncated_packet_is_refused(ex: Exchange, keep: int) -> None:
    data = ex.lt_sender.letter(facts=[fact()]).read_bytes()
    _refused(ex, _write(ex, f"cut{keep}.shkpkt", data[:keep]),
             "packet.body_length" if keep < 0 else "packet.truncated")
    # Only a packet whose signature verified names its sender: that refusal is logged (so
    # the receipts ask for the number again); a header cut short leaves no trace.
    streams = ex.kz.ok("partner", "status", "--json").json()
    assert [(s["refusals"], s["gaps"]) for s in streams] == (
        [(2, [[1, 1]])] if keep < 0 else [(0, [])])


def test_a_packet_for_another_installation_is_refused(ex: Exchange) -> None:
    path = ex.lt_sender.seal(ex.lt_sender.payload(facts=[fact()]), recipient_id="HQ-KZ2",
                             advance=False)
    _refused(ex, path, "packet.wrong_recipient")


def test_a_revoked_partner_key_is_refused(ex: Exchange) -> None:
    path = ex.lt_sender.letter(facts=[fact()])
    ex.kz.ok("partner", "revoke", LT_CODE)
    _refused(ex, path, "packet.revoked_key")


def test_an_installation_not_enrolled_is_refused(ex: Exchange, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    stranger = hq(tmp_path, "LT", "HQ-LT-X", monkeypatch, capsys)
    keys: PrivateKeys = own_keys(stranger.vault)
    path = ex.lt_sender.seal(ex.lt_sender.payload(facts=[fact()]), signer=keys, advance=False)
    _refused(ex, path, "packet.unknown_key")


def test_a_letter_that_lies_about_its_parties_is_refused(ex: Exchange) -> None:
    payload = ex.lt_sender.payload(facts=[fact()])
    wrong = type(payload)(**{**payload.__dict__, "to_party": "LT", "from_party": "KZ"})
    path = ex.lt_sender.seal(wrong, advance=False)
    outcome = _refused(ex, path, "exchange.wrong_parties")
    # The command line's English, word for word (the window translates the message instead).
    why = "the letter says it goes from KZ to LT, but it is signed by LT and this is KZ"
    assert outcome["message"] == why and outcome["problems"] == []
    assert ex.kz("partner", "import", str(path)).err == (
        f"shekara: error: {path.name}: refused: {why}\n")


def test_a_fact_that_breaks_the_data_dictionary_is_refused(ex: Exchange) -> None:
    bad = fact()
    bad.record["direction"] = "sideways"
    _refused(ex, ex.lt_sender.seal(ex.lt_sender.payload(facts=[bad]), advance=False),
             "exchange.invalid_item")


def test_a_version_resent_with_other_content_is_refused(ex: Exchange) -> None:
    first = fact()
    assert ex.partner_import(ex.lt_sender.letter(facts=[first]))[0] == 0
    changed = fact(fact_id=first.id)
    changed.record["narrative"] = "Something else."
    _refused(ex, ex.lt_sender.seal(ex.lt_sender.payload(facts=[changed]), advance=False),
             "packet.version_conflict")


def test_a_packet_far_ahead_is_not_held(ex: Exchange) -> None:
    path = ex.lt_sender.seal(ex.lt_sender.payload(facts=[fact()]), seq=20_000,
                             prev_hash="1" * 64, advance=False)
    _refused(ex, path, "packet.seq_too_far")


def test_who_may_import(ex: Exchange, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    path = ex.lt_sender.letter(facts=[fact()])
    post = Shekara(tmp_path / "post", monkeypatch, capsys)
    post.ok("init", "--mode", "post", "--party", "KZ", "--post", "KZ-P1", "--officer",
            "aigerim.s")
    post.refused("partner", "import", str(path), code=6)
    # A post's records packet is not a letter; a missing file is one refused line.
    code, [missing] = ex.partner_import(tmp_path / "nope.shkpkt")
    assert code == 8 and missing["status"] == "refused"
    # Any officer of the HQ may import (as for posts' packets).
    assert ex.kz("partner", "import", str(path), "--json", officer=OFFICER).code == 0


def test_receipts_name_what_was_imported_held_and_missing(ex: Exchange) -> None:
    from shekara.services.exchange_receive import received_ranges
    from shekara.vault.vault import Vault
    from tests.cli.conftest import PASSWORDS, SUPERVISOR
    paths = [ex.lt_sender.letter(facts=[fact()]) for _ in range(5)]
    ex.partner_import(paths[0], paths[1], paths[3])
    vault = Vault.open(ex.kz.vault, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        got = received_ranges(vault)
        assert (got.through, got.gaps, got.held) == (2, ((3, 3),), ((4, 4),))
        # What the sending side will put in its next letter: the codec takes it as it is.
        encode_exchange(replace(ex.lt_sender.payload(), receipts=got))
    finally:
        vault.lock()
    ex.partner_import(paths[2], paths[4])
    vault = Vault.open(ex.kz.vault, SUPERVISOR, PASSWORDS[SUPERVISOR])
    try:
        got = received_ranges(vault)
        assert (got.through, got.gaps, got.held) == (5, (), ())
        assert hashlib.sha256(paths[4].read_bytes()).hexdigest()
    finally:
        vault.lock()


def test_a_replaced_partner_key_is_trusted_for_new_letters(ex: Exchange, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    """`partner enroll --replace` (a new key compared on paper): letters signed by the new key
    go in; the old key's are refused as revoked."""
    old = ex.lt_sender.letter(facts=[fact()])
    new_lt = hq(tmp_path, "LT", "HQ-LT2", monkeypatch, capsys)
    enroll(ex.kz, new_lt, tmp_path / "lt2-keys.json", "--replace")
    _refused(ex, old, "packet.revoked_key")
    assert KZ_CODE == ex.lt_sender.recipient_id


def test_a_held_letter_refused_when_its_turn_comes(ex: Exchange) -> None:
    """Held letters are checked again when applied: one that answers a request this HQ never
    sent is refused then, dropped, logged, and named as missing in the receipts."""
    from tests.cli.exchange_packets import answer
    first = ex.lt_sender.letter(facts=[fact()])
    second = ex.lt_sender.letter(answers=[answer("44444444-4444-4444-8444-444444444444")])
    assert ex.partner_import(second)[1][0]["status"] == "held"
    code, [outcome] = ex.partner_import(first)
    assert code == 8 and outcome["status"] == "imported"
    assert outcome["problems"] == [
        "held packet 2 refused: the letter answers or refuses request "
        "44444444-4444-4444-8444-444444444444, which this HQ did not send"]
    [stream] = ex.kz.ok("partner", "status", "--json").json()
    assert (stream["imported_through"], stream["gaps"], stream["kept"]) == (1, [[2, 2]], [])


def test_a_held_letter_that_does_not_follow_is_quarantined_when_its_turn_comes(
        ex: Exchange) -> None:
    """Letter 3 waits for 1 and 2; once 2 is imported it is found not to follow it: kept
    apart as a fork, said in the outcome's problems in the English the command prints."""
    first = ex.lt_sender.letter(facts=[fact()])
    second = ex.lt_sender.letter(facts=[fact()])
    stray = ex.lt_sender.seal(ex.lt_sender.payload(facts=[fact()]), seq=3,
                              prev_hash="0" * 64, advance=False)
    assert ex.partner_import(stray)[1][0]["status"] == "held"
    assert ex.partner_import(first)[1][0]["applied"] == []
    result = ex.kz("partner", "import", str(second))
    assert result.code == 8 and result.err == ""
    [line] = result.out.splitlines()
    assert line.startswith(f"{second.name}: imported letter HQ-LT/") and line.endswith(
        " (packet 2 from HQ-LT): 1 facts; held packet 3 is a fork (it does not follow "
        "packet 2, the last one imported from HQ-LT): quarantined")
    [stream] = ex.kz.ok("partner", "status", "--json").json()
    assert [(k["seq"], k["state"]) for k in stream["kept"]] == [(3, "fork")]
