"""The other Party's central authority (issue 9 §2): trusted like a post trusts its HQ.

An HQ enrolls the partner HQ's keys file (`shekara hq keys export` at the partner) only when
the fingerprint a person compared with the partner's paper sheet is the file's; the key must be
an HQ key of the other Party. At an HQ installation an `hq` peer key is the partner (posts are
`post` keys). A new key replaces the old only with `replace` (after a new comparison on
paper); revoking leaves the partner untrusted until a new key is enrolled. Audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shekara.domain.reference import ReferenceData
from shekara.errors import InputError, NotFound, PacketError, StateError
from shekara.packets import enrollment
from shekara.packets.exchange import Receipts
from shekara.packets.keys import format_fingerprint
from shekara.services import exchange_receive, exchange_stream
from shekara.services.exchange_receive import ExchangeOutcome
from shekara.services.exchange_stream import PartnerStream
from shekara.services.hq_rotation import apply_partner_rotation
from shekara.services.keys import KeyChange, peek_format, public_of, require_mode
from shekara.vault import peer_key_store
from shekara.vault.vault import Vault, now_utc


def _compact(fingerprint: str) -> str:
    return "".join(fingerprint.split()).upper()


@dataclass(frozen=True)
class PartnerKey:
    key_id: str
    code: str
    party: str
    fingerprint: str
    state: str
    added_at: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.key_id, "code": self.code, "party": self.party,
                "fingerprint": self.fingerprint, "state": self.state,
                "added_at": self.added_at}


def enroll_partner(vault: Vault, data: bytes, fingerprint: str | None, *,
                   replace: bool = False) -> KeyChange:
    """The partner's keys file (with the fingerprint compared on paper), or its rotation
    statement (signed by the partner key trusted now: no paper needed)."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    file_format, old_key_id = peek_format(data)
    if file_format == enrollment.ROTATION_FORMAT:
        return apply_partner_rotation(vault, data, old_key_id or "")
    if fingerprint is None:
        raise InputError("partner.fingerprint_required", "give the fingerprint compared with "
                         "the partner's paper sheet (--fingerprint)")
    key = enrollment.read_hq_keys(data)  # self-signed, an `hq` key
    if _compact(fingerprint) != _compact(key.fingerprint()):
        raise PacketError("partner.fingerprint_mismatch", "the fingerprint compared on paper is "
                          "not this file's ({fingerprint}): do not trust the file; ask the "
                          "partner for its keys again", fingerprint=key.fingerprint())
    if key.party == vault.party:
        raise PacketError("partner.same_party", "these are the keys of a {party} installation: "
                          "the partner is the other Party's central authority", party=key.party)
    current = [p for p in peer_key_store.peer_keys(vault.conn, role="hq")
               if p.state == "active"]
    if any(p.key_id == key.key_id.hex() for p in current):
        return KeyChange(key.code, key.fingerprint(), "already")
    if current and not replace:
        raise StateError("partner.enrolled", "partner key {fingerprint} is already trusted: to "
                         "replace it (after comparing the new one on paper) use --replace",
                         fingerprint=public_of(current[-1]).fingerprint())
    known = peer_key_store.peer_key(vault.conn, key.key_id.hex())
    if known is not None and known.state == "revoked":
        raise StateError("keys.was_revoked", "this key of {post} was {state}: it cannot be "
                         "enrolled again", post=key.code, state=known.state)
    at = now_utc()
    with vault.audited("partner.enroll", detail={"code": key.code, "party": key.party,
                                                 "fingerprint": key.fingerprint(),
                                                 "replaced": bool(current)}) as conn:
        for old in current:
            peer_key_store.set_peer_key_state(conn, old.key_id, "revoked", at=at)
        peer_key_store.add_peer_key(conn, key.key_id.hex(), key.code, "hq", key.to_dict(),
                                    at=at)
    return KeyChange(key.code, key.fingerprint(), "replaced" if current else "enrolled",
                     public_of(current[-1]).fingerprint() if current else None)


def partners(vault: Vault) -> list[PartnerKey]:
    require_mode(vault, "hq")
    return [PartnerKey(p.key_id, p.code, str(p.public.get("party", "")),
                       format_fingerprint(bytes.fromhex(p.key_id)), p.state, p.added_at)
            for p in peer_key_store.peer_keys(vault.conn, role="hq")]


def revoke_partner(vault: Vault, code: str) -> list[str]:
    """Revoke every live key of the partner `code`; returns the fingerprints revoked."""
    require_mode(vault, "hq")
    vault.require_supervisor()
    live = [p for p in peer_key_store.peer_keys(vault.conn, role="hq", code=code)
            if p.state != "revoked"]
    if not live:
        raise NotFound("partner.not_enrolled", "no partner key of {code} to revoke", code=code)
    prints = [format_fingerprint(bytes.fromhex(p.key_id)) for p in live]
    at = now_utc()
    with vault.audited("partner.revoke", detail={"code": code, "fingerprints": prints}) as conn:
        for peer in live:
            peer_key_store.set_peer_key_state(conn, peer.key_id, "revoked", at=at)
    return prints


class PartnerService:
    """HQ: the other Party's central authority — its keys, its letters, the stream's state.
    One property of the Session (`session.partner`), as every other use case."""

    def __init__(self, vault: Vault, ref: ReferenceData) -> None:
        self.vault = vault
        self.ref = ref

    def enroll(self, data: bytes, fingerprint: str | None, *,
               replace: bool = False) -> KeyChange:
        return enroll_partner(self.vault, data, fingerprint, replace=replace)

    def keys(self) -> list[PartnerKey]:
        return partners(self.vault)

    def revoke(self, code: str) -> list[str]:
        return revoke_partner(self.vault, code)

    def import_files(self, paths: list[Path]) -> list[ExchangeOutcome]:
        return exchange_receive.import_files(self.vault, self.ref, paths)

    def received_ranges(self, partner: str | None = None) -> Receipts:
        return exchange_receive.received_ranges(self.vault, partner)

    def status(self) -> list[PartnerStream]:
        return exchange_stream.status(self.vault)

    def discard(self, packet_id: str, reason: str) -> dict[str, Any]:
        return exchange_stream.discard(self.vault, packet_id, reason)
