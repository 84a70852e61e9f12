"""Trusting the other Party's central authority (issue 9 §2) through the real command: two HQ
vaults, KZ and LT, enroll each other after comparing fingerprints; every refusal one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import OFFICER, OFFICER_PASS, SUPERVISOR, Shekara


def _hq(root: Path, party: str, code: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Shekara:
    cli = Shekara(root / code, monkeypatch, capsys)
    cli.ok("init", "--mode", "hq", "--party", party, "--post", code, "--officer", SUPERVISOR)
    cli.ok("officer", "add", OFFICER, "--role", "officer",
           env={"SHEKARA_NEW_PASSPHRASE": OFFICER_PASS})
    return cli


def _keys(cli: Shekara, path: Path) -> tuple[Path, str]:
    cli.ok("hq", "keys", "export", "--out", str(path))
    return path, cli.ok("keys", "show", "--json").json()["own"]["fingerprint"]


@pytest.fixture
def hqs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[Shekara, Shekara]:
    return (_hq(tmp_path, "KZ", "HQ-KZ", monkeypatch, capsys),
            _hq(tmp_path, "LT", "HQ-LT", monkeypatch, capsys))


def test_the_parties_enroll_each_other(hqs: tuple[Shekara, Shekara], tmp_path: Path) -> None:
    kz, lt = hqs
    lt_file, lt_print = _keys(lt, tmp_path / "lt-keys.json")
    kz_file, kz_print = _keys(kz, tmp_path / "kz-keys.json")
    done = kz.ok("partner", "enroll", str(lt_file), "--fingerprint",
                 lt_print.replace(" ", "").lower(), "--json").json()  # spaces optional
    assert done == {"code": "HQ-LT", "fingerprint": lt_print, "outcome": "enrolled",
                    "replaced": None}
    lt.ok("partner", "enroll", str(kz_file), "--fingerprint", kz_print)
    [listed] = kz.ok("partner", "list", "--json").json()
    assert (listed["code"], listed["party"], listed["fingerprint"], listed["state"]) == (
        "HQ-LT", "LT", lt_print, "active")
    assert listed["id"]
    # Again: nothing changes; a partner key is not a post key.
    assert kz.ok("partner", "enroll", str(lt_file), "--fingerprint", lt_print,
                 "--json").json()["outcome"] == "already"
    assert kz.ok("keys", "show", "--json").json()["posts"] == []
    actions = [e["action"] for e in kz.ok("audit", "list", "--json").json()]
    assert actions.count("partner.enroll") == 1


def test_enrollment_refusals(hqs: tuple[Shekara, Shekara], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    kz, lt = hqs
    lt_file, lt_print = _keys(lt, tmp_path / "lt-keys.json")
    wrong = "0000 " * 9 + "0000"
    result = kz.refused("partner", "enroll", str(lt_file), "--fingerprint", wrong, code=8)
    assert "do not trust" in result.err
    kz.refused("partner", "enroll", str(lt_file), "--fingerprint", lt_print,
               officer=OFFICER, code=4)
    # A KZ HQ cannot take a KZ installation for the partner.
    other_kz = _hq(tmp_path, "KZ", "HQ-KZ2", monkeypatch, capsys)
    kz2_file, kz2_print = _keys(other_kz, tmp_path / "kz2-keys.json")
    assert "other Party" in kz.refused("partner", "enroll", str(kz2_file), "--fingerprint",
                                       kz2_print, code=8).err
    # A post has no partner; a post's enrollment file is not an HQ keys file.
    post = Shekara(tmp_path / "post", monkeypatch, capsys)
    post.ok("init", "--mode", "post", "--party", "KZ", "--post", "KZ-P1", "--officer",
            SUPERVISOR)
    post.refused("partner", "enroll", str(lt_file), "--fingerprint", lt_print, code=6)
    post.refused("partner", "list", code=6)
    enrollment = tmp_path / "post-enrollment.json"
    post.ok("keys", "enrollment", "--out", str(enrollment))
    kz.refused("partner", "enroll", str(enrollment), "--fingerprint", lt_print, code=8)
    kz.refused("partner", "enroll", str(tmp_path / "missing.json"), "--fingerprint",
               lt_print, code=2)
    assert kz.ok("partner", "list", "--json").json() == []


def test_replacing_and_revoking_the_partner(hqs: tuple[Shekara, Shekara], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    kz, lt = hqs
    lt_file, lt_print = _keys(lt, tmp_path / "lt-keys.json")
    kz.ok("partner", "enroll", str(lt_file), "--fingerprint", lt_print)
    new_lt = _hq(tmp_path, "LT", "HQ-LT-NEW", monkeypatch, capsys)
    new_file, new_print = _keys(new_lt, tmp_path / "lt-new-keys.json")
    kz.refused("partner", "enroll", str(new_file), "--fingerprint", new_print, code=6)
    replaced = kz.ok("partner", "enroll", str(new_file), "--fingerprint", new_print,
                     "--replace", "--json").json()
    assert replaced["outcome"] == "replaced" and replaced["replaced"] == lt_print
    states = {k["code"]: k["state"] for k in kz.ok("partner", "list", "--json").json()}
    assert states == {"HQ-LT": "revoked", "HQ-LT-NEW": "active"}
    # The old key, once revoked, is not trusted again.
    kz.refused("partner", "enroll", str(lt_file), "--fingerprint", lt_print, "--replace",
               code=6)
    assert kz.ok("partner", "revoke", "HQ-LT-NEW", "--json").json()["revoked"] == [new_print]
    kz.refused("partner", "revoke", "HQ-LT-NEW", code=5)
    kz.refused("partner", "revoke", "HQ-LT-NEW", officer=OFFICER, code=4)
    assert "partner.revoke" in [e["action"] for e in kz.ok("audit", "list", "--json").json()]
