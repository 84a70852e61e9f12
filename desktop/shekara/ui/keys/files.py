"""Key files as the key screens see them: read one and say whose key it is and its fingerprint
(for a person to compare with the paper sheet) *before* anything is trusted; write our public
files. Only public keys are ever in these files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shekara.errors import PacketError
from shekara.packets import enrollment
from shekara.packets.fields import strict_json
from shekara.packets.keys import PublicKeys
from shekara.services import keys

KIND_ENROLLMENT = "enrollment"
KIND_HQ_KEYS = "hq-keys"
KIND_ROTATION = "rotation"  # a post's, at HQ
KIND_PARTNER_ROTATION = "partner-rotation"  # the partner HQ's


@dataclass(frozen=True)
class KeyFile:
    """A key file read and its self-signature checked (a rotation is checked by `enroll`,
    against the key HQ holds)."""

    data: bytes
    kind: str
    code: str
    party: str
    fingerprint: str
    old_fingerprint: str | None = None  # a rotation: the key it replaces


def _from_key(data: bytes, kind: str, key: PublicKeys) -> KeyFile:
    return KeyFile(data, kind, key.code, key.party, key.fingerprint())


def read_hq_keys_file(path: Path) -> KeyFile:
    """HQ's public keys file, at a post."""
    data = keys.read_key_file(path)
    return _from_key(data, KIND_HQ_KEYS, enrollment.read_hq_keys(data))


def _rotation(data: bytes, doc: object, kind: str) -> KeyFile | None:
    """What a rotation statement claims, to show (None: not a statement); the service checks
    both signatures against the key trusted now before it changes anything."""
    if not isinstance(doc, dict) or doc.get("format") != enrollment.ROTATION_FORMAT:
        return None
    new = PublicKeys.from_dict(doc.get("new_key"))
    old = doc.get("old_fingerprint")
    return KeyFile(data, kind, new.code, new.party, new.fingerprint(),
                   old if isinstance(old, str) else None)


def _json(data: bytes) -> object:
    return strict_json(data, "packet.bad_key_file", max_bytes=enrollment.MAX_KEY_FILE_BYTES,
                       max_depth=4)


def read_partner_key_file(path: Path) -> KeyFile:
    """The partner HQ's keys file, or its rotation statement (`hq keys rotate`)."""
    data = keys.read_key_file(path)
    rotation = _rotation(data, _json(data), KIND_PARTNER_ROTATION)
    if rotation is not None:
        return rotation
    return _from_key(data, KIND_HQ_KEYS, enrollment.read_hq_keys(data))


def read_post_key_file(path: Path) -> KeyFile:
    """A post's enrollment file or rotation statement, at HQ."""
    data = keys.read_key_file(path)
    doc = _json(data)
    rotation = _rotation(data, doc, KIND_ROTATION)
    if rotation is not None:
        return rotation
    if not isinstance(doc, dict) or doc.get("format") != enrollment.ENROLLMENT_FORMAT:
        raise PacketError("packet.wrong_key_file", "this is not an enrollment file or a "
                          "rotation statement")
    return _from_key(data, KIND_ENROLLMENT, enrollment.read_enrollment(data))


def enrollment_file_name(code: str) -> str:
    return f"shekara-enrollment-{code}.json"


def hq_keys_file_name(code: str) -> str:
    return f"shekara-hq-keys-{code}.json"
