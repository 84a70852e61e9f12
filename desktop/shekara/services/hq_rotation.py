"""Renewing an HQ's own keys, and following the partner's renewal (issue 9 §2, rotation).

As a post rotates its keys for its HQ (services/keys.py), an HQ rotates its own: new keys, the
old ones retired in the vault (what was encrypted to them stays readable), and a rotation
statement signed by the old and the new key, naming the last sequence number the old key
signed for each kind (`exchange` for the partner, `ack` and `refdata` for the posts). The
partner takes the statement with `shekara partner enroll STATEMENT`: the old key vouches for
the new one, so no new comparison on paper is needed; the old key stays trusted only for the
packets it signed before. The HQ's own posts pin the new keys file on paper as before
(`keys import-hq --replace`). A stolen key is not rotated but revoked.
"""

from __future__ import annotations

from shekara.errors import PacketError, StateError
from shekara.packets import enrollment
from shekara.packets.fields import strict_json
from shekara.packets.keys import PrivateKeys
from shekara.services.keys import (
    MAX_KEY_FILE,
    OWN_KEYS,
    RETIRED_PREFIX,
    ROTATION_STATEMENT,
    KeyChange,
    RotationFiles,
    own_keys,
    public_of,
    require_mode,
)
from shekara.vault import audit, chain_store, peer_key_store
from shekara.vault.connection import Connection
from shekara.vault.vault import Vault, now_utc

HQ_KINDS = ("ack", "refdata", "exchange")  # what an HQ signs


def rotate_hq(vault: Vault) -> RotationFiles:
    """New keys for this HQ and the statement for the partner; the new keys file for posts.

    The vault changes first (one transaction); the caller then writes the files. If writing
    fails, `last_hq_rotation` gives them again."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    old = own_keys(vault)
    new = PrivateKeys.generate(old.public.code, old.public.party, old.public.role)
    last = {kind: chain_store.chain(vault.conn, kind)[0] for kind in HQ_KINDS}
    statement = enrollment.make_rotation(old, new, last_sequences=last)
    with vault.audited("keys.rotate", detail={"old": old.public.fingerprint(),
                                              "new": new.public.fingerprint(),
                                              "last_sequences": last}):
        vault.set_secret(RETIRED_PREFIX + old.public.key_id.hex(), old.to_private_json())
        vault.set_secret(OWN_KEYS, new.to_private_json())
        vault.set_secret(ROTATION_STATEMENT, statement)
    return RotationFiles(old.public.fingerprint(), new.public.fingerprint(), statement,
                         enrollment.make_hq_keys(new))


def last_hq_rotation(vault: Vault) -> RotationFiles:
    require_mode(vault, "hq")
    statement = vault.secret(ROTATION_STATEMENT)
    if statement is None:
        raise StateError("keys.hq_never_rotated", "the keys of this HQ were never rotated")
    new = own_keys(vault)
    doc = strict_json(statement, "packet.bad_key_file", max_bytes=MAX_KEY_FILE, max_depth=4)
    return RotationFiles(str(doc["old_fingerprint"]), new.public.fingerprint(), statement,
                         enrollment.make_hq_keys(new))


def apply_partner_rotation(vault: Vault, data: bytes, old_key_id: str) -> KeyChange:
    """At HQ: the partner's rotation statement, checked against the partner key trusted now."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    old = peer_key_store.peer_key(vault.conn, old_key_id) if old_key_id else None
    if old is None or old.role != "hq":
        raise PacketError("partner.rotation_unknown_key", "the rotation replaces a key that "
                          "is not the partner's: enroll the partner's keys file on paper")
    rotation = enrollment.read_rotation(data, public_of(old))
    new = rotation.new
    known_new = peer_key_store.peer_key(vault.conn, new.key_id.hex())
    if old.state == "rotated" and known_new is not None and known_new.state == "active":
        return KeyChange(new.code, new.fingerprint(), "already", public_of(old).fingerprint())
    if old.state != "active":
        raise StateError("partner.rotation_from_inactive", "the rotation is signed by a key "
                         "of {code} that is {state}: enroll the new key on paper instead",
                         code=old.code, state=old.state)
    if known_new is not None:
        raise StateError("keys.was_revoked", "this key of {post} was {state}: it cannot be "
                         "enrolled again", post=new.code, state=known_new.state)
    with vault.transaction() as conn:
        return record_partner_rotation(conn, vault, old, rotation,
                                       rotation.last_sequences.get("exchange", 0))


def follow_rotation_in_letter(conn: Connection, vault: Vault, signer_key_id: str,
                              rotation: enrollment.Rotation, seq: int) -> KeyChange | None:
    """A rotation statement carried in the partner's letter number `seq`, already checked
    against the key that signed it (`enrollment.read_rotation`): in the caller's transaction,
    trust the new key; the old one stays trusted up to this letter. None if already followed."""
    old = peer_key_store.peer_key(conn, signer_key_id)
    known_new = peer_key_store.peer_key(conn, rotation.new.key_id.hex())
    if old is None or (old.state == "rotated" and known_new is not None
                       and known_new.state == "active"):
        return None
    if old.state != "active":
        raise PacketError("partner.rotation_from_inactive", "the rotation is signed by a key "
                          "of {code} that is {state}: enroll the new key on paper instead",
                          code=old.code, state=old.state)
    if known_new is not None:
        raise PacketError("partner.rotation_known_key", "the letter's rotation names a key of "
                          "{code} that was {state} before: it is not trusted again",
                          code=rotation.new.code, state=known_new.state)
    return record_partner_rotation(conn, vault, old, rotation,
                                   max(rotation.last_sequences.get("exchange", 0), seq))


def record_partner_rotation(conn: Connection, vault: Vault, old: peer_key_store.PeerKey,
                            rotation: enrollment.Rotation, last_seq: int) -> KeyChange:
    new = rotation.new
    at = now_utc()
    peer_key_store.set_peer_key_state(conn, old.key_id, "rotated", at=at, last_seq=last_seq)
    peer_key_store.add_peer_key(conn, new.key_id.hex(), new.code, "hq", new.to_dict(), at=at)
    audit.append(conn, vault.officer, "partner.enroll", detail={
        "code": new.code, "party": new.party, "fingerprint": new.fingerprint(),
        "rotation_of": public_of(old).fingerprint(), "old_key_last_seq": last_seq})
    return KeyChange(new.code, new.fingerprint(), "rotated", public_of(old).fingerprint())
