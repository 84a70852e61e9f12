"""What a packet file says about itself, for `shekara packet inspect` and the window's Inspect a
packet file… screen: the header (packets/inspect.py `describe_scanned`), and whether its
signature is one of the keys this installation trusts. The file is read once, in chunks, and
never held whole (services/packet_io.py `scan_packet_file`): a 2 GB packet is looked at with a
few MB of memory.

Nothing here decrypts or writes anything. The keys trusted are the vault's own (current and
retired: what it wrote itself) and, at a post, HQ's pinned key; at HQ, the enrolled posts' and
the partner's (the other Party's HQ). Revoked keys stay known so that their packets are refused
as revoked, not as unknown.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shekara.errors import PacketError, StateError
from shekara.packets.container import Trusted
from shekara.packets.inspect import ScannedPacket, describe_scanned, scan
from shekara.packets.keys import KeyRing
from shekara.services.keys import hq_keyring, identities, own_keyring, pinned_hq, public_of
from shekara.services.packet_io import ByteProgress, scan_packet_file
from shekara.vault import peer_key_store
from shekara.vault.vault import Vault


def trusted_keyring(vault: Vault) -> KeyRing:
    """The signing keys a packet is checked against when it is only looked at."""
    if vault.mode == "hq":
        ring = hq_keyring(vault)
        for own in identities(vault):  # the acks, reference data and letters HQ wrote
            ring.add(own.public)
        # The partner is an `hq` peer at HQ (services/exchange_receive.py partner_keyring).
        for peer in peer_key_store.peer_keys(vault.conn, role="hq"):
            if peer.state == "revoked":
                ring.revoke(bytes.fromhex(peer.key_id))
            else:
                ring.add(public_of(peer))
        return ring
    ring = own_keyring(vault)
    with contextlib.suppress(StateError):  # a post without HQ's keys checks its own packets
        ring.add(pinned_hq(vault))
    return ring


@dataclass(frozen=True)
class Inspection:
    """`describe`'s fields (`verified` True when the signature was checked and holds), and
    when it does not hold, why: then the fields are what the file claims."""

    info: dict[str, Any]
    not_verified: PacketError | None

    @property
    def verified(self) -> bool:
        return bool(self.info["verified"])


def inspect_packet_file(path: Path, trusted: Trusted,
                        progress: ByteProgress | None = None) -> Inspection:
    """`inspect_scanned` of the file at `path`, read in chunks (`progress` told of each; it may
    raise to stop). InputError when it cannot be read."""
    return inspect_scanned(scan_packet_file(path, progress), trusted)


def inspect_packet(data: bytes, trusted: Trusted) -> Inspection:
    """`inspect_scanned` of bytes already in memory."""
    return inspect_scanned(scan(data), trusted)


def inspect_scanned(scanned: ScannedPacket, trusted: Trusted) -> Inspection:
    """The header of the scanned file and its signature checked against `trusted`.
    PacketError when the file has no header to show at all (not a packet, cut short, damaged
    header); a signature that does not hold is not a refusal here: it is the verdict."""
    claimed = describe_scanned(scanned)
    try:
        # Cheap once scanned: the hashes are already made, only the signature is checked.
        return Inspection(describe_scanned(scanned, trusted), None)
    except PacketError as err:
        return Inspection(claimed, err)
