"""`shekara packet inspect FILE`: what a packet file says about itself, without decrypting it.

Nothing secret is needed: without `--verify` no vault is opened and the header is only parsed
(strictly) — what the file claims, for a person holding a stick. With `--verify` the vault is
opened and the signature is checked against the keys this installation trusts
(services/packet_inspection.py: its own everywhere; its enrolled posts and partner at HQ, its
HQ's at a post).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from shekara.cli.common import emit, emit_json, open_session, wants_json
from shekara.packets.inspect import describe_scanned
from shekara.services.packet_inspection import trusted_keyring
from shekara.services.packet_io import scan_packet_file


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    packet = sub.add_parser("packet", parents=[common], help="look at a packet file",
                            description="Packet files carry records, acknowledgements, "
                            "reference data and letters between posts, HQ and the partner "
                            "(docs/packet-format.md).")
    psub = packet.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = psub.add_parser("inspect", parents=[common],
                        help="the header of any packet, nothing decrypted",
                        description="Prints the packet's kind, sender, sequence number, "
                        "recipients, sizes and offsets, and the age command that decrypts its "
                        "body (docs/packet-format.md §8). Without --verify nothing is checked "
                        "but the format: the header is what the file claims. --json prints "
                        "the header's fields and verified (true or false).")
    p.add_argument("file", metavar="FILE",
                   help="a packet file of any kind (records, ack, refdata, exchange); no "
                   "vault or passphrase is needed without --verify")
    p.add_argument("--verify", action="store_true",
                   help="open the vault and check the signature with the keys it trusts")
    p.set_defaults(func=cmd_packet_inspect)


def cmd_packet_inspect(args: argparse.Namespace) -> int:
    # Read once, in chunks, never held whole (a packet may be 2 GB); before the vault is
    # opened, so a slow stick keeps no vault open.
    scanned = scan_packet_file(Path(args.file))
    if args.verify:
        with open_session(args) as session:
            info = describe_scanned(scanned, trusted_keyring(session.vault))
    else:
        info = describe_scanned(scanned)
    if wants_json(args):
        emit_json(info)
        return 0
    status = "signature verified" if info["verified"] else "not verified (header as claimed)"
    emit(f"{info['kind']} packet {info['seq']} from {info['sender']} to "
         f"{info['recipient_id']} — {status}")
    emit(f"format {info['version']}, {info['size']} bytes, SHA-256 {info['packet_sha256']}")
    emit(f"signer {info['signer_fingerprint']}; created {info['created_at']}")
    emit(f"body at byte {info['body_offset']} ({info['body_length']} bytes): "
         f"{info['age_command']}")
    return 0
