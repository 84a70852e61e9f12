"""Packet keys (design decision 5): this installation's own keys, HQ's pinned key at a post, and
the posts HQ has enrolled, with rotation and revocation.

Own keys live only inside the vault (`secrets`); after a rotation the old ones stay there as
retired keys, so packets and acknowledgements encrypted to them can still be read. Public keys
of other installations live in `peer_keys` with a state: `active`, `rotated` (may still sign
packets up to the sequence number its rotation statement named) or `revoked`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from shekara import fileio
from shekara.domain.reference import ReferenceData
from shekara.errors import InputError, NotFound, PacketError, StateError
from shekara.packets import enrollment
from shekara.packets.fields import strict_json
from shekara.packets.keys import KeyRing, PrivateKeys, PublicKeys, format_fingerprint
from shekara.targets import check_new_file
from shekara.vault import chain_store, outbox_store, peer_key_store
from shekara.vault.vault import Vault, now_utc

OWN_KEYS = "packet_keys"
RETIRED_PREFIX = "packet_keys.retired."
ROTATION_STATEMENT = "packet_keys.rotation"
MAX_KEY_FILE = enrollment.MAX_KEY_FILE_BYTES


def require_mode(vault: Vault, mode: str) -> None:
    if vault.mode != mode:
        raise StateError("vault.wrong_mode", "this is {actual} vault; the command is for {mode}"
                         " vaults", actual="an HQ" if vault.mode == "hq" else "a post",
                         mode="HQ" if mode == "hq" else "post")


def _role(vault: Vault) -> str:
    return "hq" if vault.mode == "hq" else "post"


# --- own keys ------------------------------------------------------------------------------------
def create_own_keys(vault: Vault) -> PrivateKeys:
    """Make this installation's keys (at `init`, or later for a vault made without them)."""
    if vault.secret(OWN_KEYS) is not None:
        raise StateError("keys.exist", "this vault already has its packet keys")
    keys = PrivateKeys.generate(vault.post_code, vault.party, _role(vault))
    with vault.transaction():
        vault.set_secret(OWN_KEYS, keys.to_private_json())
    return keys


def own_keys(vault: Vault) -> PrivateKeys:
    raw = vault.secret(OWN_KEYS)
    if raw is None:
        raise StateError("keys.none", "this vault has no packet keys yet: create them with"
                         " 'shekara keys create'")
    return PrivateKeys.from_private_json(raw)


def retired_keys(vault: Vault) -> list[PrivateKeys]:
    out: list[PrivateKeys] = []
    for name in peer_key_store.secret_names(vault.conn, RETIRED_PREFIX):
        raw = vault.secret(name)
        if raw is not None:
            out.append(PrivateKeys.from_private_json(raw))
    return out


def identities(vault: Vault) -> list[PrivateKeys]:
    """Every identity that may decrypt what was sent to this installation, newest first."""
    return [own_keys(vault), *retired_keys(vault)]


def own_keyring(vault: Vault) -> KeyRing:
    """This installation's own signing keys, current and retired (to verify what it wrote)."""
    return KeyRing([keys.public for keys in identities(vault)])


# --- peers ---------------------------------------------------------------------------------------
def public_of(peer: peer_key_store.PeerKey) -> PublicKeys:
    return PublicKeys.from_dict(peer.public)


def pinned_hq(vault: Vault) -> PublicKeys:
    """At a post: HQ's public keys, pinned with `keys import-hq`."""
    active = [p for p in peer_key_store.peer_keys(vault.conn, role="hq") if p.state == "active"]
    if not active:
        raise StateError("keys.no_hq", "HQ's keys are not imported yet: run 'shekara keys "
                         "import-hq FILE' with the file from HQ (in the window: Admin > Keys "
                         "and fingerprints)")
    return public_of(active[-1])


def hq_keyring(vault: Vault) -> KeyRing:
    """At HQ: the enrolled posts' keys; revoked ones stay known so their refusal is precise."""
    peers = peer_key_store.peer_keys(vault.conn, role="post")
    return KeyRing([public_of(p) for p in peers if p.state != "revoked"],
                   revoked=[bytes.fromhex(p.key_id) for p in peers if p.state == "revoked"])


def post_recipient(vault: Vault, code: str) -> PublicKeys:
    """At HQ: the active keys of an enrolled post (acks and reference data go to them)."""
    active = [p for p in peer_key_store.peer_keys(vault.conn, role="post", code=code)
              if p.state == "active"]
    if not active:
        raise NotFound("hq.not_enrolled", "post {post} is not enrolled (or its key is "
                       "revoked)", post=code)
    return public_of(active[-1])


def enrolled_posts(vault: Vault) -> list[str]:
    return sorted({p.code for p in peer_key_store.peer_keys(vault.conn, role="post")
                   if p.state == "active"})


# --- key files -----------------------------------------------------------------------------------
def read_key_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_KEY_FILE + 1)
    except OSError as exc:
        raise InputError("cli.unreadable", "cannot read {name}: {reason}", name=path.name,
                         reason=exc.strerror or "I/O error") from None
    if len(data) > MAX_KEY_FILE:
        raise PacketError("packet.bad_key_file", "the key file is larger than {n} bytes",
                          n=MAX_KEY_FILE)
    return data


def write_public_file(path: Path, data: bytes) -> Path:
    """Write a public key file atomically (fileio); an existing file is refused."""
    if os.path.lexists(path):  # a dangling symlink too: the rename would replace it
        raise StateError("keys.file_exists", "{name} already exists: choose another name",
                         name=path.name)
    check_new_file(path, InputError, InputError(
        "keys.no_folder", "the folder for {name} does not exist", name=path.name))
    try:
        # A public key is handed to the other side: readable by every account.
        fileio.write_atomically(path, data, replace=False, mode=0o644)
    except FileExistsError:
        raise StateError("keys.file_exists", "{name} already exists: choose another name",
                         name=path.name) from None
    except OSError as exc:
        raise InputError("keys.write_failed", "cannot write {name}: {reason}", name=path.name,
                         reason=exc.strerror or "I/O error") from None
    return path


def enrollment_file(vault: Vault) -> bytes:
    require_mode(vault, "post")
    return enrollment.make_enrollment(own_keys(vault))


def hq_keys_file(vault: Vault) -> bytes:
    require_mode(vault, "hq")
    return enrollment.make_hq_keys(own_keys(vault))


@dataclass(frozen=True)
class KeyChange:
    code: str
    fingerprint: str
    outcome: str  # "pinned" | "already" | "enrolled" | "rotated" | "revoked"
    old_fingerprint: str | None = None


def import_hq_keys(vault: Vault, data: bytes, *, replace: bool = False) -> KeyChange:
    """At a post: pin HQ's public keys (the supervisor compares the fingerprint with paper)."""
    require_mode(vault, "post")
    vault.require_supervisor()
    key = enrollment.read_hq_keys(data)
    if key.party != vault.party:
        raise PacketError("keys.wrong_party", "these are the keys of {party}'s HQ; this post "
                          "belongs to {own}", party=key.party, own=vault.party)
    current = [p for p in peer_key_store.peer_keys(vault.conn, role="hq") if p.state == "active"]
    fingerprint = key.fingerprint()
    if any(p.key_id == key.key_id.hex() for p in current):
        return KeyChange(key.code, fingerprint, "already")
    if current and not replace:
        raise StateError("keys.hq_pinned", "HQ key {fingerprint} is already pinned: to replace "
                         "it (after checking the new one on paper) use --replace",
                         fingerprint=public_of(current[-1]).fingerprint())
    at = now_utc()
    with vault.audited("keys.import", detail={"code": key.code, "fingerprint": fingerprint,
                                              "replaced": bool(current)}) as conn:
        for old in current:
            peer_key_store.set_peer_key_state(conn, old.key_id, "revoked", at=at)
        if peer_key_store.peer_key(conn, key.key_id.hex()) is None:
            peer_key_store.add_peer_key(conn, key.key_id.hex(), key.code, "hq", key.to_dict(),
                                        at=at)
        else:
            peer_key_store.set_peer_key_state(conn, key.key_id.hex(), "active", at=at)
    return KeyChange(key.code, fingerprint, "pinned")


def peek_format(data: bytes) -> tuple[str, str | None]:
    """A key file's format and, for a rotation statement, the id of the key it replaces."""
    doc = strict_json(data, "packet.bad_key_file", max_bytes=MAX_KEY_FILE, max_depth=4)
    if not isinstance(doc, dict) or not isinstance(doc.get("format"), str):
        raise PacketError("packet.wrong_key_file", "this is not a Shekara key file")
    old = doc.get("old_key_id")
    return str(doc["format"]), old if isinstance(old, str) else None


def enroll(vault: Vault, data: bytes) -> KeyChange:
    """At HQ: register a post's enrollment file, or apply its rotation statement."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    file_format, old_key_id = peek_format(data)
    if file_format == enrollment.ROTATION_FORMAT:
        return _apply_rotation(vault, data, old_key_id or "")
    if file_format != enrollment.ENROLLMENT_FORMAT:
        raise PacketError("packet.wrong_key_file", "this is not an enrollment file or a "
                          "rotation statement")
    key = enrollment.read_enrollment(data)
    if key.party != vault.party:
        raise PacketError("keys.wrong_party", "post {post} belongs to {party}; this HQ enrolls "
                          "posts of {own}", post=key.code, party=key.party, own=vault.party)
    if key.code == vault.post_code:
        raise PacketError("keys.own_code", "a post cannot use this HQ's own code {code}",
                          code=key.code)
    peers = peer_key_store.peer_keys(vault.conn, role="post", code=key.code)
    known = peer_key_store.peer_key(vault.conn, key.key_id.hex())
    if known is not None and known.state == "active":
        return KeyChange(key.code, key.fingerprint(), "already")
    if known is not None:
        raise StateError("keys.was_revoked", "this key of {post} was {state}: it cannot be "
                         "enrolled again", post=key.code, state=known.state)
    active = [p for p in peers if p.state == "active"]
    if active:
        raise StateError("keys.other_enrolled", "post {post} already has key {fingerprint}: a "
                         "new key needs a rotation statement signed by it, or revoke it first",
                         post=key.code, fingerprint=public_of(active[-1]).fingerprint())
    with vault.audited("hq.enroll", detail={"post": key.code,
                                            "fingerprint": key.fingerprint()}) as conn:
        peer_key_store.add_peer_key(conn, key.key_id.hex(), key.code, "post", key.to_dict(),
                                    at=now_utc())
    return KeyChange(key.code, key.fingerprint(), "enrolled")


def _apply_rotation(vault: Vault, data: bytes, old_key_id: str) -> KeyChange:
    old = peer_key_store.peer_key(vault.conn, old_key_id) if old_key_id else None
    if old is None or old.role != "post":
        raise PacketError("packet.rotation_wrong_key", "the rotation replaces a key this HQ has "
                          "not enrolled")
    rotation = enrollment.read_rotation(data, public_of(old))
    new = rotation.new
    known_new = peer_key_store.peer_key(vault.conn, new.key_id.hex())
    if old.state == "rotated" and known_new is not None and known_new.state == "active":
        return KeyChange(new.code, new.fingerprint(), "already", public_of(old).fingerprint())
    if old.state != "active":
        raise StateError("keys.rotation_from_inactive", "the rotation is signed by a key of "
                         "{post} that is {state}: enroll the new key on paper instead",
                         post=old.code, state=old.state)
    if known_new is not None:
        raise StateError("keys.was_revoked", "this key of {post} was {state}: it cannot be "
                         "enrolled again", post=new.code, state=known_new.state)
    at = now_utc()
    last_seq = rotation.last_sequences.get("records", 0)
    with vault.audited("hq.enroll", detail={"post": new.code, "fingerprint": new.fingerprint(),
                                            "rotation_of": public_of(old).fingerprint(),
                                            "old_key_last_seq": last_seq}) as conn:
        peer_key_store.set_peer_key_state(conn, old.key_id, "rotated", at=at, last_seq=last_seq)
        peer_key_store.add_peer_key(conn, new.key_id.hex(), new.code, "post", new.to_dict(), at=at)
    return KeyChange(new.code, new.fingerprint(), "rotated", public_of(old).fingerprint())


def revoke(vault: Vault, code: str) -> list[str]:
    """At HQ: revoke every key of a post; its packets signed by them are refused from now on.
    Returns the fingerprints revoked."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    live = [p for p in peer_key_store.peer_keys(vault.conn, role="post", code=code)
            if p.state != "revoked"]
    if not live:
        raise NotFound("hq.not_enrolled", "post {post} has no key to revoke", post=code)
    prints = [format_fingerprint(bytes.fromhex(p.key_id)) for p in live]
    at = now_utc()
    with vault.audited("hq.revoke", detail={"post": code, "fingerprints": prints}) as conn:
        for peer in live:
            peer_key_store.set_peer_key_state(conn, peer.key_id, "revoked", at=at)
    return prints


# --- rotation at the post ------------------------------------------------------------------------
@dataclass(frozen=True)
class RotationFiles:
    old_fingerprint: str
    new_fingerprint: str
    statement: bytes
    enrollment: bytes


def rotate(vault: Vault) -> RotationFiles:
    """New keys for this post, and a statement signed by the old and new keys for HQ.

    The vault changes first (one transaction: new keys, old ones retired, statement kept);
    the caller then writes the files. If writing fails, `last_rotation` gives them again.
    """
    require_mode(vault, "post")
    vault.require_supervisor()
    old = own_keys(vault)
    if any(p.state == "writing" for p in outbox_store.outbox_entries(vault.conn)):
        raise StateError("keys.export_unfinished", "an export was interrupted: run 'shekara "
                         "export' to finish it before rotating the keys (in the window: Post > "
                         "Export packet to a stick)")
    new = PrivateKeys.generate(old.public.code, old.public.party, old.public.role)
    last_seq, _ = chain_store.chain(vault.conn, "records")
    statement = enrollment.make_rotation(old, new, last_sequences={"records": last_seq})
    with vault.audited("keys.rotate", detail={"old": old.public.fingerprint(),
                                              "new": new.public.fingerprint(),
                                              "last_seq": last_seq}):
        vault.set_secret(RETIRED_PREFIX + old.public.key_id.hex(), old.to_private_json())
        vault.set_secret(OWN_KEYS, new.to_private_json())
        vault.set_secret(ROTATION_STATEMENT, statement)
    return RotationFiles(old.public.fingerprint(), new.public.fingerprint(), statement,
                         enrollment.make_enrollment(new))


def last_rotation(vault: Vault) -> RotationFiles:
    require_mode(vault, "post")
    statement = vault.secret(ROTATION_STATEMENT)
    if statement is None:
        raise StateError("keys.no_rotation", "the keys of this post were never rotated")
    new = own_keys(vault)
    doc = strict_json(statement, "packet.bad_key_file", max_bytes=MAX_KEY_FILE, max_depth=4)
    return RotationFiles(str(doc["old_fingerprint"]), new.public.fingerprint(), statement,
                         enrollment.make_enrollment(new))


class KeyService:
    """The installation's keys, the other side's public keys, enrolment and rotation.

    Bound to one vault, as a Session property; the functions above do the work."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def require_mode(self, mode: str) -> None:
        require_mode(self.vault, mode)

    def create_own_keys(self) -> PrivateKeys:
        return create_own_keys(self.vault)

    def own_keys(self) -> PrivateKeys:
        return own_keys(self.vault)

    def retired_keys(self) -> list[PrivateKeys]:
        return retired_keys(self.vault)

    def identities(self) -> list[PrivateKeys]:
        return identities(self.vault)

    def own_keyring(self) -> KeyRing:
        return own_keyring(self.vault)

    def pinned_hq(self) -> PublicKeys:
        return pinned_hq(self.vault)

    def hq_keyring(self) -> KeyRing:
        return hq_keyring(self.vault)

    def post_recipient(self, code: str) -> PublicKeys:
        return post_recipient(self.vault, code)

    def enrolled_posts(self) -> list[str]:
        return enrolled_posts(self.vault)

    def enrollment_file(self) -> bytes:
        return enrollment_file(self.vault)

    def hq_keys_file(self) -> bytes:
        return hq_keys_file(self.vault)

    def import_hq_keys(self, data: bytes, *, replace: bool = False) -> KeyChange:
        return import_hq_keys(self.vault, data, replace=replace)

    def enroll(self, data: bytes) -> KeyChange:
        return enroll(self.vault, data)

    def revoke(self, code: str) -> list[str]:
        return revoke(self.vault, code)

    def rotate(self) -> RotationFiles:
        return rotate(self.vault)

    def last_rotation(self) -> RotationFiles:
        return last_rotation(self.vault)
