"""`shekara keys …`, `export`, `outbox`, `ack import`, `refdata import`, `record attach` and
`hq …`: packets at both ends (docs/hq-import.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from shekara.cli.common import ExamplesHelpFormatter, emit, emit_json, open_session, wants_json
from shekara.errors import PacketError
from shekara.packets.keys import PublicKeys
from shekara.services import attachments, hq, keys
from shekara.services.packet_io import read_packet_file
from shekara.services.rotation_files import WrittenRotation, check_rotation_folder, rotate_into
from shekara.targets import given_path
from shekara.vault import peer_key_store


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    k = sub.add_parser("keys", parents=[common], help="this installation's packet keys",
                       description="This installation's packet keys: a signing and an "
                       "encryption key pair kept in the vault. Posts and HQ trust each other's "
                       "public keys after comparing their fingerprints on paper.")
    ksub = k.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ksub.add_parser("show", parents=[common], help="fingerprints of the keys in use",
                        description="Print the fingerprint of this installation's keys and of "
                        "the keys it trusts, each with its state: at a post HQ's, at HQ the "
                        "enrolled posts'. --json prints {\"own\": …, \"hq\": […]} at a post, "
                        "{\"own\": …, \"posts\": […]} at HQ.")
    p.set_defaults(func=cmd_keys_show)
    p = ksub.add_parser("create", parents=[common],
                        help="create the packet keys of a vault made without them",
                        description="Create this installation's packet keys, for a vault made "
                        "without them ('init' makes them). Supervisors; refused (exit 6) when "
                        "the vault has its keys. Prints the new fingerprint.")
    p.set_defaults(func=cmd_keys_create)
    p = ksub.add_parser("enrollment", parents=[common],
                        help="write this post's enrollment file for HQ",
                        description="At a post: write the post's public keys to FILE, for HQ to "
                        "take with 'shekara hq enroll', and print the fingerprint to compare on "
                        "paper ('shekara report enrollment' prints the sheet). The file holds "
                        "nothing secret. An existing file is refused (exit 6).")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="the enrollment file to write (its folder must exist)")
    p.set_defaults(func=cmd_keys_enrollment)
    p = ksub.add_parser("import-hq", parents=[common], help="pin HQ's public keys (post)",
                        description="At a post (supervisors): pin the keys file HQ wrote with "
                        "'shekara hq keys export'; packets are then encrypted for HQ and its "
                        "acknowledgements checked with them. Compare the fingerprint printed "
                        "with HQ's paper sheet.")
    p.add_argument("file", metavar="FILE", help="HQ's keys file")
    p.add_argument("--replace", action="store_true",
                   help="replace the HQ key pinned before (after checking the new one on paper)")
    p.set_defaults(func=cmd_keys_import_hq)
    p = ksub.add_parser("rotate", parents=[common],
                        help="new keys, and a rotation statement and enrollment file for HQ",
                        description="At a post (supervisors): replace the post's keys with new "
                        "ones and write two files into DIR: the rotation statement, signed by "
                        "the old key, and the new enrollment file; HQ takes the statement with "
                        "'shekara hq enroll'. Prints both paths and the old and new "
                        "fingerprints.")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="an existing folder for the two files (checked before anything "
                   "changes)")
    p.add_argument("--rewrite", action="store_true",
                   help="write the last rotation's files again; rotate nothing")
    p.set_defaults(func=cmd_keys_rotate)

    p = sub.add_parser("export", parents=[common],
                       help="write a packet of approved, unsent records (post)",
                       formatter_class=ExamplesHelpFormatter,
                       description="At a post (supervisors): write the next packet — every "
                       "approved version, correction, withdrawal and purge not yet sent, "
                       "signed and encrypted for HQ — into DIR, read it back and verify it, "
                       "and keep a copy in the outbox until HQ acknowledges it. Prints the "
                       "packet's path. Exit 6 when nothing waits. --resend writes an outbox "
                       "copy (a packet not yet acknowledged) again, byte for byte. --json "
                       "prints {path, seq, records, sha256, tombstones, resumed, resent, "
                       "waiting}.",
                       epilog="examples:\n"
                       "  shekara export --to /media/stick\n"
                       "  shekara export --to /media/stick --resend 12")
    p.add_argument("--to", required=True, metavar="DIR",
                   help="an existing folder for the packet file (e.g. a USB stick)")
    p.add_argument("--resend", type=int, metavar="SEQ", default=None,
                   help="write packet number SEQ from the outbox again instead of a new packet "
                   "(a stick lost, or a packet HQ refused)")
    p.add_argument("--after-restore", action="store_true",
                   help="export although no HQ acknowledgement was taken since this vault was "
                   "restored from a backup (only if HQ has nothing newer than the backup)")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("outbox", parents=[common],
                       help="packets written and not yet acknowledged by HQ (post)",
                       description="At a post: the packets written and not yet acknowledged "
                       "by HQ, oldest first, with their state and how many record versions "
                       "they carry ('export --resend SEQ' writes one again). --json prints "
                       "seq, state, file, records, tombstones, sha256 and created_at.")
    p.set_defaults(func=cmd_outbox)

    a = sub.add_parser("ack", parents=[common], help="HQ's acknowledgements (post)",
                       description="At a post: HQ's acknowledgements say which packets HQ "
                       "imported, misses or refused.")
    asub = a.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser("import", parents=[common], help="take an acknowledgement from HQ",
                        description="Take an acknowledgement HQ wrote for this post ('shekara "
                        "hq ack'): the record versions it confirms become acknowledged and "
                        "their outbox copies are dropped; packets HQ misses (send them again "
                        "with 'export --resend') or refused are named. One not newer than the "
                        "last taken changes nothing.")
    p.add_argument("file", metavar="FILE", help="the acknowledgement packet file from HQ")
    p.set_defaults(func=cmd_ack_import)

    r = sub.add_parser("refdata", parents=[common], help="reference data from HQ (post)",
                       description="At a post: the reference data (crossing points, codes, "
                       "retention periods…) HQ issues.")
    rsub = r.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = rsub.add_parser("import", parents=[common], help="take a reference-data packet",
                        description="Take a reference-data packet HQ wrote ('shekara hq "
                        "refdata'): its version comes into force, unless it is already in "
                        "force. --json prints {version, previous, imported}.")
    p.add_argument("file", metavar="FILE", help="the reference-data packet file from HQ")
    p.set_defaults(func=cmd_refdata_import)

    _register_hq(sub, common)


def register_record_attach(record_actions: Any, common: argparse.ArgumentParser) -> None:
    """`record attach`, added to the `record` command's action table (cli/records.py)."""
    p = record_actions.add_parser(
        "attach", parents=[common], help="attach a file to a draft",
        description=f"The bytes go into the vault; at most "
        f"{attachments.MAX_ATTACHMENT_BYTES // 2**20} MB per file. Only a draft takes an "
        f"attachment (amend an approved record first); the same file twice is refused.")
    p.add_argument("id", help="the draft's id")
    p.add_argument("file", metavar="FILE", help="the file to attach (a photo, a scan…)")
    p.add_argument("--media-type", default=None, metavar="TYPE",
                   help="e.g. image/jpeg (default: guessed from the file name)")
    p.set_defaults(func=cmd_attach)


def _register_hq(sub: Any, common: argparse.ArgumentParser) -> None:
    h = sub.add_parser("hq", parents=[common], help="HQ: enroll posts, import packets, ack",
                       description="At HQ (docs/hq-import.md): enroll the posts' keys, import "
                       "their packets, follow each post's sequence, and write "
                       "acknowledgements and reference data for the posts.")
    hsub = h.add_subparsers(dest="action", required=True, metavar="ACTION")
    hk = hsub.add_parser("keys", parents=[common], help="HQ's public keys file",
                         description="HQ's own public keys: the file posts pin, and the "
                         "rotation to new keys.")
    hksub = hk.add_subparsers(dest="keys_action", required=True, metavar="ACTION")
    p = hksub.add_parser("export", parents=[common], help="write HQ's keys file for posts",
                         description="Write HQ's public keys to FILE, for posts ('shekara keys "
                         "import-hq FILE') and the partner ('shekara partner enroll'), and "
                         "print the fingerprint to compare on paper. An existing file is "
                         "refused (exit 6).")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="the keys file to write (its folder must exist)")
    p.set_defaults(func=cmd_hq_keys_export)
    p = hksub.add_parser("rotate", parents=[common],
                         help="new HQ keys: a rotation statement for the partner and the new "
                         "keys file for posts",
                         description="The partner takes the statement with 'shekara partner "
                         "enroll STATEMENT'; posts pin the new keys file after comparing it on "
                         "paper ('keys import-hq --replace'). Supervisors.")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="an existing folder for the two files (checked before anything "
                   "changes)")
    p.add_argument("--rewrite", action="store_true",
                   help="write the last rotation's files again; rotate nothing")
    p.set_defaults(func=cmd_hq_keys_rotate)
    p = hsub.add_parser("enroll", parents=[common],
                        help="register a post's enrollment file or rotation statement",
                        description="Supervisors: trust a post's keys from its enrollment file "
                        "('shekara keys enrollment'), comparing the fingerprint printed with "
                        "the post's paper sheet; or apply a post's rotation statement "
                        "('shekara keys rotate'), signed by the key trusted now.")
    p.add_argument("file", metavar="FILE", help="the post's enrollment file or rotation "
                   "statement")
    p.set_defaults(func=cmd_hq_enroll)
    p = hsub.add_parser("revoke", parents=[common], help="revoke every key of a post",
                        description="Supervisors: stop trusting every key of a post: its "
                        "packets signed with them are refused from now on. Prints each "
                        "fingerprint revoked; exit 5 if the post has no key to revoke.")
    p.add_argument("code", metavar="CODE", help="the post's code")
    p.set_defaults(func=cmd_hq_revoke)
    p = hsub.add_parser("import", parents=[common], help="import packets from posts",
                        formatter_class=ExamplesHelpFormatter,
                        description="One line per file. Each is checked before anything in it "
                        "is read: signed by an enrolled post, for this HQ, unaltered. A file "
                        "imported before changes nothing; a packet after one still missing is "
                        "held; another packet with a number already used is quarantined as a "
                        "fork. Exit 0 only if every file was imported, a duplicate, or held "
                        "for a missing earlier packet; else exit 8, refused files and forks "
                        "named on stderr. --json prints one object per file.",
                        epilog="examples:\n"
                        "  shekara hq import /media/stick/*.shk\n"
                        "  shekara hq import --json shekara-KZ-NUR-ZHOLY-records-000004.shk")
    p.add_argument("files", metavar="FILE", nargs="+",
                   help="packet files from posts, in any order")
    p.set_defaults(func=cmd_hq_import)
    p = hsub.add_parser("status", parents=[common], help="per post: sequence, gaps, forks",
                        description="Per post: the packet imported through (every one up to it "
                        "is in), its records, its keys and their state, and any gaps, held "
                        "packets, forks, refused packets and audit chain breaks. --json prints "
                        "one object per post.")
    p.add_argument("--post", metavar="CODE", default=None,
                   help="only this post (default: every post)")
    p.set_defaults(func=cmd_hq_status)
    held = hsub.add_parser("held", parents=[common],
                           help="packets HQ holds or quarantined, unimported",
                           description="Packets kept unimported: held until a missing earlier "
                           "packet of the post arrives, or quarantined as a fork (another "
                           "packet with a number already used).")
    heldsub = held.add_subparsers(dest="held_action", required=True, metavar="ACTION")
    p = heldsub.add_parser("list", parents=[common], help="held and forked packets, with ids",
                           description="Each held or forked packet: its id, state, number, "
                           "post, record versions, when received and why. --json prints one "
                           "object per packet.")
    p.add_argument("--post", metavar="CODE", default=None,
                   help="only this post's packets (default: every post's)")
    p.set_defaults(func=cmd_hq_held_list)
    p = heldsub.add_parser("discard", parents=[common], help="discard a held or forked packet "
                           "(supervisors; audited; the post's next ack asks for it again)",
                           description="Discard a held or forked packet, unimported "
                           "(supervisors; the reason goes into the audit log). The post's next "
                           "acknowledgement asks for that number again.")
    p.add_argument("id", metavar="ID", help="the packet's id, as 'hq held list' prints it")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is discarded")
    p.set_defaults(func=cmd_hq_held_discard)
    p = hsub.add_parser("ack", parents=[common], help="write a post's acknowledgement",
                        description="Write an acknowledgement packet for a post into DIR: the "
                        "packets imported (through which number), and those missing or held. "
                        "The post takes it with 'shekara ack import'. Prints its path.")
    p.add_argument("--post", required=True, metavar="CODE", help="the post's code")
    p.add_argument("--to", required=True, metavar="DIR",
                   help="an existing folder for the packet file")
    p.set_defaults(func=cmd_hq_ack)
    p = hsub.add_parser("refdata", parents=[common], help="send reference data to posts",
                        description="Supervisors: write a signed reference-data packet for "
                        "each enrolled post (or --post) into DIR; the posts take it with "
                        "'shekara refdata import'. Prints each path. With --from, a newer "
                        "version becomes HQ's own first (an older one is refused, exit 6).")
    p.add_argument("--to", required=True, metavar="DIR",
                   help="an existing folder for the packet files")
    p.add_argument("--from", dest="source", metavar="FOLDER", default=None,
                   help="a reference-data folder to issue (default: the version in force)")
    p.add_argument("--post", metavar="CODE", default=None,
                   help="only this post (default: every enrolled post)")
    p.set_defaults(func=cmd_hq_refdata)


def _key_json(key: PublicKeys, **extra: Any) -> dict[str, Any]:
    return {"code": key.code, "party": key.party, "role": key.role,
            "fingerprint": key.fingerprint(), "key_id": key.key_id.hex(),
            "age_recipient": key.age_recipient, "created_at": key.created_at, **extra}


# --- keys ----------------------------------------------------------------------------------------
def cmd_keys_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        vault = session.vault
        own = keys.own_keys(vault).public
        peers = peer_key_store.peer_keys(vault.conn)
    out: dict[str, Any] = {"own": _key_json(own)}
    role = "hq" if own.role == "post" else "post"
    out["hq" if role == "hq" else "posts"] = [
        _key_json(keys.public_of(p), state=p.state) for p in peers if p.role == role]
    if wants_json(args):
        emit_json(out)
        return 0
    emit(f"this {own.role}: {own.code} ({own.party})  {own.fingerprint()}")
    for peer in out.get("hq", []):
        emit(f"HQ {peer['code']}: {peer['fingerprint']}  [{peer['state']}]")
    for peer in out.get("posts", []):
        emit(f"post {peer['code']}: {peer['fingerprint']}  [{peer['state']}]")
    if own.role == "post" and not out["hq"]:
        emit("HQ's keys are not imported yet (keys import-hq FILE)")
    return 0


def cmd_keys_create(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        session.vault.require_supervisor()
        own = session.keys.create_own_keys().public
    emit_json(_key_json(own)) if wants_json(args) else emit(f"fingerprint: {own.fingerprint()}")
    return 0


def _report_file(args: argparse.Namespace, path: Path, fingerprint: str) -> None:
    if wants_json(args):
        emit_json({"path": str(path), "fingerprint": fingerprint})
    else:
        emit(str(path))
        emit(f"fingerprint: {fingerprint} (print it on the enrollment sheet)")


def cmd_keys_enrollment(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        data = session.keys.enrollment_file()
        fingerprint = session.keys.own_keys().public.fingerprint()
    _report_file(args, keys.write_public_file(given_path(args.out, "--out"), data), fingerprint)
    return 0


def cmd_hq_keys_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        data = session.keys.hq_keys_file()
        fingerprint = session.keys.own_keys().public.fingerprint()
    _report_file(args, keys.write_public_file(given_path(args.out, "--out"), data), fingerprint)
    return 0


def _report_key_change(args: argparse.Namespace, change: keys.KeyChange) -> None:
    if wants_json(args):
        emit_json({"code": change.code, "fingerprint": change.fingerprint,
                   "outcome": change.outcome, "old_fingerprint": change.old_fingerprint})
        return
    words = {"pinned": "pinned HQ key", "already": "already known: nothing changed for",
             "enrolled": "enrolled post", "rotated": "applied the key rotation of post"}
    emit(f"{words[change.outcome]} {change.code}")
    if change.old_fingerprint:
        emit(f"old fingerprint: {change.old_fingerprint}")
    emit(f"fingerprint: {change.fingerprint} — compare it with the paper sheet")


def cmd_keys_import_hq(args: argparse.Namespace) -> int:
    data = keys.read_key_file(Path(args.file))
    with open_session(args) as session:
        change = session.keys.import_hq_keys(data, replace=args.replace)
    _report_key_change(args, change)
    return 0


def cmd_hq_enroll(args: argparse.Namespace) -> int:
    data = keys.read_key_file(Path(args.file))
    with open_session(args) as session:
        change = session.keys.enroll(data)
    _report_key_change(args, change)
    return 0


def cmd_hq_revoke(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        revoked = session.keys.revoke(args.code)
    if wants_json(args):
        emit_json({"post": args.code, "revoked": revoked})
    else:
        for fingerprint in revoked:
            emit(f"revoked {args.code} key {fingerprint}")
    return 0


def _rotate(args: argparse.Namespace, mode: str) -> WrittenRotation:
    directory = given_path(args.out, "--out")
    check_rotation_folder(directory)  # before the passphrase is asked for
    with open_session(args) as session:
        return rotate_into(session.vault, directory, mode=mode, rewrite=args.rewrite)


def _report_rotation(args: argparse.Namespace, written: WrittenRotation, keys_name: str) -> None:
    if wants_json(args):
        emit_json({"rotation": str(written.statement), keys_name: str(written.keys_file),
                   "old_fingerprint": written.old_fingerprint,
                   "fingerprint": written.new_fingerprint})
    else:
        emit(str(written.statement))
        emit(str(written.keys_file))
        emit(f"old fingerprint: {written.old_fingerprint}")
        emit(f"new fingerprint: {written.new_fingerprint}")


def cmd_hq_keys_rotate(args: argparse.Namespace) -> int:
    _report_rotation(args, _rotate(args, "hq"), "keys")
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    _report_rotation(args, _rotate(args, "post"), "enrollment")
    return 0


# --- the post's packets --------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.resend is not None:
            result = session.export.resend(given_path(args.to, "--to"), args.resend)
        else:
            result = session.export.export(given_path(args.to, "--to"),
                                           after_restore=args.after_restore)
    if wants_json(args):
        emit_json(result.to_json())
        return 0
    emit(str(result.path))
    if result.resumed:
        print(f"note: finished the interrupted export of packet {result.seq} with its "
              f"original content; {result.waiting} item(s) still wait: export again",
              file=sys.stderr)
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        entries = session.export.outbox()
    if wants_json(args):
        emit_json([{"seq": e.seq, "state": e.state, "file": e.file_name, "records": e.records,
                    "tombstones": e.tombstones, "sha256": e.sha256, "created_at": e.created_at}
                   for e in entries])
    else:
        for e in entries:
            emit(f"{e.seq:>6}  {e.state:<8} {e.file_name}  {e.records} record version(s)")
    return 0


def cmd_ack_import(args: argparse.Namespace) -> int:
    data = read_packet_file(Path(args.file))
    with open_session(args) as session:
        result = session.acks.import_ack(data)
    if wants_json(args):
        emit_json(result.to_json())
        return 0
    if not result.newer:
        emit(f"acknowledgement {result.seq} is not newer than {result.last_seq}, the last one "
             "taken: nothing changed")
        return 0
    emit(f"acknowledgement {result.seq}: {result.acknowledged} record version(s) acknowledged;"
         f" HQ has every packet up to {result.imported_through}; "
         f"{result.outbox_dropped} outbox copy(ies) dropped")
    if result.gaps:
        emit(f"HQ is missing packet(s) {hq.format_ranges(hq.to_ranges(result.gaps))}: "
             "export --resend")
    for seq, reason in result.refused:
        emit(f"HQ refused packet {seq}: {reason}")
    if result.chain_break:
        emit(f"note: acknowledgement {result.seq} does not follow acknowledgement "
             f"{result.last_seq} taken before (HQ's vault restored, or a second HQ "
             "installation?): taken, since acknowledgements are cumulative; tell HQ")
    return 0


def cmd_refdata_import(args: argparse.Namespace) -> int:
    data = read_packet_file(Path(args.file))
    with open_session(args) as session:
        result = session.refdata.import_refdata(data)
    if wants_json(args):
        emit_json({"version": result.version, "previous": result.previous,
                   "imported": result.imported})
    elif result.imported:
        emit(f"reference data version {result.version} in force (was {result.previous})")
    else:
        emit(f"reference data version {result.version} is already in force: nothing changed")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        done = session.attachments.attach(args.id, Path(args.file),
                                          args.media_type)
    if wants_json(args):
        emit_json({"id": done.record_id, "version": done.version, "sha256": done.sha256,
                   "size": done.size, "media_type": done.media_type})
    else:
        emit(f"{done.record_id} v{done.version}: attached {done.sha256} ({done.size} bytes)")
    return 0


# --- HQ ------------------------------------------------------------------------------------------
def cmd_hq_import(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        outcomes = session.hq.import_files([Path(f) for f in args.files])
    if wants_json(args):
        emit_json([o.to_json() for o in outcomes])
    else:
        for outcome in outcomes:
            if outcome.status in ("refused", "fork"):
                print(f"shekara: error: {outcome.line()}", file=sys.stderr)
            else:
                emit(outcome.line())
    return 0 if all(o.ok for o in outcomes) else PacketError.exit_code


def cmd_hq_status(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        streams = session.hq.status(args.post)
    if wants_json(args):
        emit_json([s.to_json() for s in streams])
        return 0
    for s in streams:
        keys_text = ", ".join(f"{k['fingerprint']} [{k['state']}]" for k in s.keys) or "none"
        emit(f"{s.post}: imported through {s.imported_through}, {s.records} record(s); "
             f"keys {keys_text}")
        if s.gap_ranges:
            emit(f"  gaps: {hq.format_ranges(s.gap_ranges)}")
        if s.held:
            emit(f"  held: {hq.format_ranges(hq.to_ranges(s.held))}")
        for fork in s.forks:
            emit(f"  FORK at packet {fork['seq']}: {fork['reason']}")
        for refusal in s.refusals:
            done = " (since imported)" if refusal["resolved"] else ""
            emit(f"  refused packet {refusal['seq'] or '?'}: {refusal['reason']}{done}")
        for brk in s.audit_breaks:
            emit(f"  AUDIT CHAIN BREAK at packet {brk['seq']}: {brk['reason']}")
    return 0


def cmd_hq_held_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        kept = session.held.list(args.post)
    if wants_json(args):
        emit_json([k.to_json() for k in kept])
    else:
        for k in kept:
            why = f": {k.reason}" if k.reason else ""
            emit(f"{k.id}  {k.state:<5} packet {k.seq} from {k.post}, {k.records} record "
                 f"version(s), received {k.received_at}{why}")
    return 0


def cmd_hq_held_discard(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        kept = session.held.discard(args.id, args.reason)
    if wants_json(args):
        emit_json({**kept.to_json(), "discarded": True})
    else:
        emit(f"discarded {kept.state} packet {kept.seq} from {kept.post}; its next ack asks "
             "for it again")
    return 0


def cmd_hq_ack(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        sent, ack = session.acks.write_ack(args.post, given_path(args.to, "--to"))
    if wants_json(args):
        emit_json({**sent.to_json(), "acks": len(ack.acks),
                   "imported_through": ack.imported_through, "gaps": ack.gaps,
                   "held": ack.held})
    else:
        emit(str(sent.path))
    return 0


def cmd_hq_refdata(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        sent = session.refdata.issue(given_path(args.to, "--to"),
                             source=Path(args.source) if args.source else None, post=args.post)
    if wants_json(args):
        emit_json([s.to_json() for s in sent])
    else:
        for item in sent:
            emit(str(item.path))
    return 0
