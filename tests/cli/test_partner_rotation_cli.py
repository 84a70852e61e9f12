"""The partner renews its keys (issue 9 §2, rotation) through the real command: LT runs
`hq keys rotate`, KZ follows with `partner enroll STATEMENT` — no paper, the old key vouches —
and the old key stays trusted only for the letters it signed before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import OFFICER
from tests.cli.exchange_packets import LT_CODE, Exchange, Partner, fact, own_keys


@pytest.fixture
def ex(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Exchange:
    return Exchange(tmp_path, monkeypatch, capsys)


def _rotate(ex: Exchange, name: str = "rot") -> dict[str, str]:
    out = ex.root / name
    out.mkdir()
    return dict(ex.lt.ok("hq", "keys", "rotate", "--out", str(out), "--json").json())


def test_the_partner_follows_a_rotation(ex: Exchange) -> None:
    old_sender = ex.lt_sender
    first = old_sender.letter(facts=[fact()])
    signed_late_by_old = old_sender.seal(old_sender.payload(facts=[fact()]), seq=2,
                                         prev_hash=old_sender.prev_hash, advance=False)
    old_print = ex.lt.ok("keys", "show", "--json").json()["own"]["fingerprint"]
    files = _rotate(ex)
    assert files["old_fingerprint"] == old_print
    new_print = ex.lt.ok("keys", "show", "--json").json()["own"]["fingerprint"]
    assert files["fingerprint"] == new_print != old_print
    assert "keys.rotate" in [e["action"] for e in ex.lt.ok("audit", "list", "--json").json()]
    # KZ follows: no fingerprint needed, audited; again changes nothing.
    done = ex.kz.ok("partner", "enroll", files["rotation"], "--json").json()
    assert (done["outcome"], done["fingerprint"], done["replaced"]) == (
        "rotated", new_print, old_print)
    assert ex.kz.ok("partner", "enroll", files["rotation"], "--json").json()[
        "outcome"] == "already"
    states = {k["fingerprint"]: k["state"] for k in ex.kz.ok("partner", "list", "--json").json()}
    assert states == {old_print: "rotated", new_print: "active"}
    # The old key signed nothing after packet 0 of the exchange chain (LT never sent one
    # through its own vault): its letters stay readable only up to that number.
    code, [late] = ex.partner_import(first)
    assert code == 8 and late["reason"] == "packet.old_key"
    # Letters signed with the new key go in, and the chain goes on.
    new_sender = Partner(own_keys(ex.lt.vault), own_keys(ex.kz.vault), "HQ-KZ", "KZ", ex.out)
    code, [outcome] = ex.partner_import(new_sender.letter(facts=[fact()]))
    assert code == 0 and outcome["status"] == "imported" and outcome["partner"] == LT_CODE
    assert ex.partner_import(signed_late_by_old)[1][0]["reason"] == "packet.old_key"


def test_rotation_refusals(ex: Exchange, tmp_path: Path) -> None:
    files = _rotate(ex)
    statement = Path(files["rotation"])
    ex.kz.refused("partner", "enroll", str(statement), officer=OFFICER, code=4)
    # Tampered: the new key named differs from the one both keys signed.
    doc = json.loads(statement.read_text())
    doc["created_at"] = "2026-01-01T00:00:00Z"
    forged = tmp_path / "forged.rotation.json"
    forged.write_text(json.dumps(doc))
    ex.kz.refused("partner", "enroll", str(forged), code=8)
    # A statement for a key KZ does not trust as the partner's (LT's own post would be one).
    lt_statement_again = _rotate(ex, "rot2")["rotation"]
    assert "not the partner's" in ex.kz.refused("partner", "enroll", lt_statement_again,
                                               code=8).err
    # A keys file still needs the fingerprint compared on paper.
    keys_file = tmp_path / "lt-new-keys.json"
    ex.lt.ok("hq", "keys", "export", "--out", str(keys_file))
    ex.kz.refused("partner", "enroll", str(keys_file), code=2)
    # After the partner was revoked, a rotation signed by its key is not followed.
    ex.kz.ok("partner", "revoke", LT_CODE)
    ex.kz.refused("partner", "enroll", str(statement), code=6)
    # The files can be written again; a post vault has no HQ keys to rotate.
    again = tmp_path / "again"
    again.mkdir()
    assert ex.lt.ok("hq", "keys", "rotate", "--rewrite", "--out", str(again), "--json").json()[
        "fingerprint"] == ex.lt.ok("keys", "show", "--json").json()["own"]["fingerprint"]


def test_a_rotated_hq_still_reads_what_was_sent_to_its_old_keys(ex: Exchange) -> None:
    """KZ wrote a letter to LT's old keys; LT rotated before importing it."""
    to_lt = Partner(own_keys(ex.kz.vault), own_keys(ex.lt.vault), LT_CODE, "LT", ex.out)
    path = to_lt.letter(facts=[fact(_kz_subject())])
    _rotate(ex)
    code, [outcome] = ex.partner_import(path, hq=ex.lt)
    assert code == 0 and outcome["status"] == "imported"


def _kz_subject() -> dict[str, object]:
    from tests.cli.conftest import border_record
    return border_record("Jankauskaitė", "Rūta", "LTU")


def _rotation_letter(ex: Exchange, old: Partner, statement: Path, **items: object) -> Path:
    payload = old.payload(**items)
    return old.seal(type(payload)(**{**payload.__dict__,
                                     "rotation": json.loads(statement.read_text())}))


def test_a_rotation_inside_the_last_letter_signed_by_the_old_key(ex: Exchange) -> None:
    old = ex.lt_sender
    assert ex.partner_import(old.letter(facts=[fact()]))[0] == 0
    old_print = ex.lt.ok("keys", "show", "--json").json()["own"]["fingerprint"]
    files = _rotate(ex)
    carrying = _rotation_letter(ex, old, Path(files["rotation"]), facts=[fact()])
    code, [outcome] = ex.partner_import(carrying)
    assert code == 0 and outcome["counts"]["rotations"] == 1 and outcome["counts"]["facts"] == 1
    states = {k["fingerprint"]: k["state"] for k in ex.kz.ok("partner", "list", "--json").json()}
    assert states == {old_print: "rotated", files["fingerprint"]: "active"}
    # The new key's letters follow in the same chain; the old key's after the carrying one
    # are refused.
    new = Partner(own_keys(ex.lt.vault), own_keys(ex.kz.vault), "HQ-KZ", "KZ", ex.out)
    new.seq, new.prev_hash, new.number = old.seq, old.prev_hash, old.number
    late_old = old.seal(old.payload(facts=[fact()]), advance=False)
    code, [outcome] = ex.partner_import(new.letter(facts=[fact()]))
    assert code == 0 and outcome["status"] == "imported" and outcome["seq"] == 3
    assert ex.partner_import(late_old)[1][0]["reason"] == "packet.old_key"
    # The statement as a file afterwards changes nothing.
    assert ex.kz.ok("partner", "enroll", files["rotation"], "--json").json()[
        "outcome"] == "already"


def test_a_rotation_inside_a_letter_must_be_the_signers(ex: Exchange, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    from tests.cli.exchange_packets import hq
    other = hq(tmp_path, "LT", "HQ-LT-X", monkeypatch, capsys)
    out = tmp_path / "other-rot"
    out.mkdir()
    foreign = Path(other.ok("hq", "keys", "rotate", "--out", str(out), "--json").json()[
        "rotation"])
    before = ex.kz.ok("partner", "list", "--json").json()
    code, [outcome] = ex.partner_import(_rotation_letter(ex, ex.lt_sender, foreign))
    assert code == 8 and outcome["reason"] == "packet.rotation_wrong_key"
    ex.lt_sender.seq, ex.lt_sender.prev_hash = 0, None
    own = Path(_rotate(ex)["rotation"])
    forged = json.loads(own.read_text())
    forged["created_at"] = "2026-01-01T00:00:00Z"
    bad = tmp_path / "forged.json"
    bad.write_text(json.dumps(forged))
    code, [outcome] = ex.partner_import(_rotation_letter(ex, ex.lt_sender, bad))
    assert code == 8 and outcome["reason"] == "packet.bad_key_signature"
    not_a_statement = tmp_path / "not.json"
    not_a_statement.write_text(json.dumps({"format": "shekara-hq-keys"}))
    with pytest.raises(Exception, match="not a key rotation statement"):
        _rotation_letter(ex, ex.lt_sender, not_a_statement)  # the codec writes no such letter
    assert ex.kz.ok("partner", "list", "--json").json() == before


def test_hq_rotation_files_not_written_say_the_keys_are_rotated(
        ex: Exchange, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from shekara.services import hq_rotation
    from shekara.services.keys import RotationFiles
    from shekara.vault.vault import Vault

    before = ex.lt.ok("keys", "show", "--json").json()["own"]["fingerprint"]
    pulled = tmp_path / "pulled"
    pulled.mkdir()
    real_rotate = hq_rotation.rotate_hq

    def rotate_then_pull_the_stick(vault: Vault) -> RotationFiles:
        files = real_rotate(vault)
        pulled.rmdir()
        return files

    with monkeypatch.context() as mp:
        mp.setattr(hq_rotation, "rotate_hq", rotate_then_pull_the_stick)
        err = ex.lt.refused("hq", "keys", "rotate", "--out", str(pulled), code=2).err
    assert "; the keys are rotated: write the files again with 'shekara hq keys rotate " \
           "--rewrite --out DIR'" in err
    again = tmp_path / "again"
    again.mkdir()
    files = ex.lt.ok("hq", "keys", "rotate", "--rewrite", "--out", str(again), "--json").json()
    assert files["old_fingerprint"] == before != files["fingerprint"]
    assert Path(files["keys"]).name.endswith(".hq-keys.json")
    done = ex.kz.ok("partner", "enroll", files["rotation"], "--json").json()
    assert (done["outcome"], done["fingerprint"]) == ("rotated", files["fingerprint"])
