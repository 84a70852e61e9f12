"""Enrollment, HQ-keys and rotation documents: made, read, and every tampering refused."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from shekara.errors import PacketError
from shekara.packets.enrollment import (
    make_enrollment,
    make_hq_keys,
    make_rotation,
    read_enrollment,
    read_hq_keys,
    read_rotation,
)

from .builders import CREATED, HQ, OTHER_POST, POST, keys

NEW_POST = keys("post, second generation", "KZ-P001", "post")


def edited(data: bytes, change: Any) -> bytes:
    doc = json.loads(data)
    change(doc)
    return json.dumps(doc).encode()


def refused(msgid: str, reader: Any, data: bytes, *args: Any) -> PacketError:
    with pytest.raises(PacketError) as caught:
        reader(data, *args)
    assert caught.value.msgid == msgid, caught.value
    return caught.value


# --- enrollment and HQ keys ----------------------------------------------------------------------
def test_enrollment_round_trip_shows_the_fingerprint() -> None:
    data = make_enrollment(POST)
    assert read_enrollment(data) == POST.public
    assert POST.public.fingerprint() in data.decode()
    assert b"SECRET" not in data and POST.signing_seed.hex().encode() not in data


def test_hq_keys_round_trip() -> None:
    assert read_hq_keys(make_hq_keys(HQ)) == HQ.public


def test_files_are_not_interchangeable() -> None:
    refused("packet.wrong_key_file", read_hq_keys, make_enrollment(POST))
    refused("packet.wrong_key_file", read_enrollment, make_hq_keys(HQ))
    refused("packet.wrong_key_file", read_enrollment, b"[]")
    with pytest.raises(ValueError):
        make_enrollment(HQ)
    with pytest.raises(ValueError):
        make_hq_keys(POST)


def test_a_relabelled_file_fails_its_signature() -> None:
    """Same keys, other format name: the signed statement names the format too."""
    relabelled = edited(make_enrollment(POST), lambda d: d.update(format="shekara-hq-keys"))
    relabelled = edited(relabelled, lambda d: d["key"].update(role="hq"))
    # with the fingerprint of the relabelled key, as a forger would write it
    relabelled = edited(relabelled, lambda d: d.update(
        fingerprint=replace(POST.public, role="hq").fingerprint()))
    refused("packet.bad_key_signature", read_hq_keys, relabelled)


@pytest.mark.parametrize("change", [
    lambda d: d["key"].update(code="KZ-P002"),
    lambda d: d["key"].update(created_at="2030-01-01T00:00:00Z"),
    lambda d: d["key"].update(age_recipient=OTHER_POST.public.age_recipient),
    lambda d: d["key"].update(signing_public=OTHER_POST.public.signing_public.hex()),
    lambda d: d.update(signature=OTHER_POST.sign(b"x").hex()),
])
def test_tampered_enrollment(change: Any) -> None:
    data = edited(make_enrollment(POST), change)
    with pytest.raises(PacketError) as caught:
        read_enrollment(data)
    # a changed key changes the fingerprint first; a same-key change only the signature
    assert caught.value.msgid in ("packet.bad_key_signature", "packet.bad_key_file")


def test_changed_fields_with_a_matching_fingerprint_fail_the_signature() -> None:
    def recode(doc: dict[str, Any]) -> None:
        doc["key"]["code"] = "KZ-P002"
        doc["fingerprint"] = replace(POST.public, code="KZ-P002").fingerprint()

    refused("packet.bad_key_signature", read_enrollment, edited(make_enrollment(POST), recode))


@pytest.mark.parametrize("data", [
    b"", b"not json", b'{"format":"shekara-enrollment","format":"shekara-enrollment"}',
    b'{"format":"shekara-enrollment","version":NaN}', b"{" * 10000,
])
def test_malformed_enrollment(data: bytes) -> None:
    with pytest.raises(PacketError):
        read_enrollment(data)


def test_enrollment_version_and_fields() -> None:
    base = make_enrollment(POST)
    refused("packet.bad_key_file", read_enrollment, edited(base, lambda d: d.update(version=2)))
    refused("packet.bad_key_file", read_enrollment, edited(base, lambda d: d.update(extra=1)))
    refused("packet.bad_key_file", read_enrollment,
            edited(base, lambda d: d.update(fingerprint="0000")))
    refused("packet.bad_key_file", read_enrollment, base + b" " * 20000)  # over the size cap


# --- rotation ------------------------------------------------------------------------------------
def rotation(**kwargs: Any) -> bytes:
    return make_rotation(POST, NEW_POST, last_sequences={"records": 12}, created_at=CREATED,
                         **kwargs)


def test_rotation_round_trip() -> None:
    checked = read_rotation(rotation(), POST.public)
    assert checked.new == NEW_POST.public
    assert checked.old_key_id == POST.public.key_id
    assert checked.last_sequences == {"records": 12}
    assert checked.created_at == CREATED


def test_rotation_of_a_key_not_pinned() -> None:
    refused("packet.rotation_wrong_key", read_rotation, rotation(), OTHER_POST.public)


@pytest.mark.parametrize(("change", "msgid"), [
    (lambda d: d.update(last_sequences={"records": 99}), "packet.bad_key_signature"),
    (lambda d: d.update(created_at="2030-01-01T00:00:00Z"), "packet.bad_key_signature"),
    (lambda d: d.update(new_signature=d["old_signature"]), "packet.bad_key_signature"),
    (lambda d: d.update(old_signature=d["new_signature"]), "packet.bad_key_signature"),
    (lambda d: d.update(last_sequences={"photos": 1}), "packet.bad_key_file"),
    (lambda d: d.update(last_sequences={"records": -1}), "packet.bad_key_file"),
    (lambda d: d.update(new_fingerprint="0000"), "packet.bad_key_file"),
    (lambda d: d.update(old_key_id="zz"), "packet.bad_key_file"),
])
def test_tampered_rotation(change: Any, msgid: str) -> None:
    refused(msgid, read_rotation, edited(rotation(), change), POST.public)


def test_rotation_signed_only_by_the_new_key() -> None:
    """Someone holding only a new key cannot rotate a post's key: the old one must sign."""
    forged = make_rotation(OTHER_POST, keys("x", "KZ-P002", "post"), last_sequences={},
                           created_at=CREATED)
    doc = json.loads(rotation())
    doc["old_signature"] = json.loads(forged)["old_signature"]
    refused("packet.bad_key_signature", read_rotation, json.dumps(doc).encode(), POST.public)


def test_rotation_cannot_move_a_key_to_another_post() -> None:
    moved = keys("moved", "KZ-P002", "post")
    with pytest.raises(ValueError):
        make_rotation(POST, moved, last_sequences={})
    with pytest.raises(ValueError):
        make_rotation(POST, POST, last_sequences={})
    with pytest.raises(ValueError):
        make_rotation(POST, NEW_POST, last_sequences={"photos": 1})


def test_rotation_new_key_must_keep_the_code() -> None:
    def move(doc: dict[str, Any]) -> None:
        doc["new_key"]["code"] = "KZ-P002"
        doc["new_fingerprint"] = replace(NEW_POST.public, code="KZ-P002").fingerprint()

    refused("packet.bad_key_file", read_rotation, edited(rotation(), move), POST.public)
