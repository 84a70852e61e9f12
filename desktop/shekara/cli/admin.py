"""`shekara init`, `officer`, `recover`, `audit`, `retention`, `backup`, `restore`, `check`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from shekara.cli.common import (
    emit,
    emit_json,
    new_passphrase,
    officer,
    open_session,
    passphrase,
    secret,
    vault_dir,
    wants_json,
)
from shekara.cli.rebuild_progress import RebuildProgressLines
from shekara.cli.reports import (
    add_recovery_sheet_options,
    recovery_sheet_path,
    write_recovery_sheet,
)
from shekara.domain.officials import (
    ALL_FIELDS,
    PROFILE_FIELDS,
    OfficialProfile,
    check_official_text,
)
from shekara.domain.request_register import DEFAULT_DUE_DAYS
from shekara.errors import InputError, VaultError
from shekara.services import backups, derived_check
from shekara.services.derived_check import DerivedReport
from shekara.services.keys import create_own_keys
from shekara.services.officials import NAME_SETTINGS, check_names
from shekara.services.recovery import recover_passphrase
from shekara.services.session import Session
from shekara.targets import given_path
from shekara.vault import audit
from shekara.vault.maintenance import check
from shekara.vault.rekey import rekey
from shekara.vault.vault import Vault


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a vault",
                       description="Create a vault in the vault folder (--vault or "
                       "$SHEKARA_VAULT) with its first supervisor: the login of --officer (or "
                       "$SHEKARA_OFFICER), whose passphrase comes from $SHEKARA_PASSPHRASE or "
                       "--passphrase-file. It also makes this installation's packet keys and "
                       "prints their fingerprint. The recovery key is printed once: print the "
                       "recovery sheet and keep it in the post's safe (if the sheet cannot be "
                       "written, the key is printed first and the error after it). --json "
                       "prints vault, vault_id, mode, party, post, officer, recovery_key, "
                       "recovery_sheet and fingerprint.")
    p.add_argument("--mode", choices=("post", "hq"), required=True,
                   help="post: a border post's vault (records, packets to HQ); hq: a central "
                   "authority's vault (posts' packets, the exchange with the other Party)")
    p.add_argument("--party", choices=("KZ", "LT"), required=True,
                   help="the Party the installation belongs to; its state language (kk or lt) "
                   "is the documents' default")
    p.add_argument("--post", required=True, metavar="CODE", help="post (or HQ) code")
    add_recovery_sheet_options(p)
    p.set_defaults(func=cmd_init)

    officer_cmd = sub.add_parser("officer", parents=[common], help="manage who may open the vault",
                                 description="Who may open the vault: each officer has a login, "
                                 "a role (officer or supervisor), the name, rank and position "
                                 "documents print, and a key slot opened by their own "
                                 "passphrase. Adding, editing and removing officers is for "
                                 "supervisors.")
    osub = officer_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    o = osub.add_parser("add", parents=[common], help="add an officer (supervisors)",
                        description="Add an officer with a key slot of their own (supervisors; "
                        "exit 4 otherwise, exit 6 if the login exists). The new officer's "
                        "passphrase (at least 10 characters) comes from $SHEKARA_NEW_PASSPHRASE "
                        "or --new-passphrase-file, never from the command line.")
    o.add_argument("login", help="the new officer's login: 2-32 characters a-z, digits, '.', "
                   "'_' or '-', starting with a letter")
    o.add_argument("--role", choices=("officer", "supervisor"), default="officer",
                   help="officer: writes records; supervisor: also approves, exports, manages "
                   "officers and settings (default: officer)")
    o.add_argument("--new-passphrase-file", metavar="FILE", default=None,
                   help="read the new officer's passphrase from FILE (default: "
                   "$SHEKARA_NEW_PASSPHRASE, else a prompt on a terminal)")
    _profile_options(o)
    o.set_defaults(func=cmd_officer_add)
    o = osub.add_parser("edit", parents=[common],
                        help="change an officer's printed name, rank or position (supervisors)",
                        description="Documents print these, never the login: in the state "
                        "language, and the *-ru forms in Russian where they differ. An empty "
                        "value clears a field.")
    o.add_argument("login", help="the officer whose name, rank or position changes")
    _profile_options(o)
    o.set_defaults(func=cmd_officer_edit)
    o = osub.add_parser("list", parents=[common], help="list officers",
                        description="Every officer of the vault: login, role, when added and "
                        "the name documents print. --json prints an array of objects with "
                        "login, role, full_name, rank, position (and their _ru forms), added_at "
                        "and added_by.")
    o.set_defaults(func=cmd_officer_list)
    o = osub.add_parser("remove", parents=[common], help="remove an officer and their key slot",
                        description="Remove an officer and their key slot: their passphrase "
                        "opens the vault no more (supervisors). You cannot remove yourself or "
                        "the last supervisor (exit 6).")
    o.add_argument("login", help="the officer to remove")
    o.set_defaults(func=cmd_officer_remove)
    o = osub.add_parser("passwd", parents=[common], help="change your own passphrase",
                        description="Change the passphrase of the officer who opens the vault "
                        "(--officer or $SHEKARA_OFFICER, with the current passphrase from "
                        "$SHEKARA_PASSPHRASE or --passphrase-file). The new one, at least 10 "
                        "characters, comes from $SHEKARA_NEW_PASSPHRASE or "
                        "--new-passphrase-file. Another officer's forgotten passphrase is set "
                        "with 'shekara recover'.")
    o.add_argument("--new-passphrase-file", metavar="FILE", default=None,
                   help="read the new passphrase from FILE (default: $SHEKARA_NEW_PASSPHRASE, "
                   "else a prompt on a terminal)")
    o.set_defaults(func=cmd_officer_passwd)

    p = sub.add_parser("recover", parents=[common],
                       help="set an officer's passphrase with the recovery key",
                       description="Sets the passphrase of LOGIN when it is forgotten, or after "
                       "'shekara rekey': the recovery key opens the vault, no passphrase is "
                       "needed. Recovery key from $SHEKARA_RECOVERY_KEY or "
                       "--recovery-key-file; new passphrase from $SHEKARA_NEW_PASSPHRASE or "
                       "--new-passphrase-file. Exit 3 if the key does not open this vault.")
    p.add_argument("login", help="the officer whose passphrase is set")
    p.add_argument("--recovery-key-file", metavar="FILE", default=None,
                   help="read the recovery key from FILE (default: $SHEKARA_RECOVERY_KEY, else "
                   "a prompt on a terminal)")
    p.add_argument("--new-passphrase-file", metavar="FILE", default=None,
                   help="read the new passphrase from FILE (default: $SHEKARA_NEW_PASSPHRASE, "
                   "else a prompt on a terminal)")
    p.set_defaults(func=cmd_recover)

    audit_cmd = sub.add_parser("audit", parents=[common], help="check or list the audit log",
                               description="The audit log: an append-only hash chain of who "
                               "did what and when (views, approvals, exports, prints, "
                               "backups, purges…), kept inside the vault.")
    asub = audit_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = asub.add_parser("verify", parents=[common], help="check the hash chain",
                        description="Recompute the audit log's hash chain from its first "
                        "entry and check every link: an entry changed or taken out breaks "
                        "it. Prints the number of entries and the head. A broken chain is "
                        "refused with "
                        "exit 7; with --json the verdict {ok, entries, head_seq, head_hash, "
                        "broken_at, reason} is printed in either case.")
    a.set_defaults(func=cmd_audit_verify)
    a = asub.add_parser("list", parents=[common], help="print audit entries",
                        description="Print audit entries, oldest first: sequence number, time, "
                        "officer, action and the record (or request) and version it concerns. "
                        "Filters combine. --json prints each entry whole, detail included.")
    a.add_argument("--action", dest="audit_action", default=None,
                   help="only entries of this action, e.g. record.view, record.approve, print, "
                   "backup")
    a.add_argument("--record", default=None,
                   help="only entries about this record (or request) id")
    a.add_argument("--by", dest="by_officer", default=None,
                   help="only entries by this officer (a login)")
    a.add_argument("--limit", type=int, default=None,
                   help="at most this many entries, counted from the oldest (default: all)")
    a.set_defaults(func=cmd_audit_list)

    ret = sub.add_parser("retention", parents=[common], help="retention purge",
                         description="Records are kept for the retention period the reference "
                         "data sets per Party and kind (longer after a 'record review'), then "
                         "purged.")
    rsub = ret.add_subparsers(dest="action", required=True, metavar="ACTION")
    r = rsub.add_parser("purge", parents=[common],
                        help="remove records past retention (acknowledged or withdrawn)",
                        description="Remove every record whose retention period has ended and "
                        "that HQ acknowledged or that was withdrawn: all its versions, its "
                        "search entry and the attachments no other record uses; a tombstone "
                        "keeps its id (at a post it travels to HQ in the next packet) and each "
                        "purge is an audit entry. Supervisors; --dry-run only lists and is for "
                        "anyone. "
                        "--json prints {as_of, dry_run, purged: [{id, version}]}.")
    r.add_argument("--dry-run", action="store_true", help="list what would go, change nothing")
    r.add_argument("--as-of", metavar="YYYY-MM-DD", default=None,
                   help="judge retention as of this date (default: today)")
    r.set_defaults(func=cmd_purge)

    b = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup",
                       description="Write a backup of the vault into DIR as "
                       "shekara-backup-POST-TIME.shkbak: the database as encrypted on disk, the "
                       "key slots and the outbox copies. It is read back and verified before "
                       "the path is printed; --json prints {path, sha256, size, records}. The "
                       "backup opens with the passphrases and the recovery key of the moment it "
                       "was made ('shekara restore').")
    b.add_argument("--to", required=True, metavar="DIR",
                   help="an existing folder for the backup file (e.g. a USB stick)")
    b.set_defaults(func=cmd_backup)

    k = sub.add_parser("rekey", parents=[common],
                       help="a new master key for the vault (after a restore; supervisors)",
                       description="Re-encrypts the vault under a new random master key, wraps "
                       "it for you (your passphrase) and under a new recovery key, shown once: "
                       "print a new recovery sheet ('shekara report recovery'). Other officers' "
                       "key slots cannot be re-wrapped without their passphrases: they are "
                       "listed, and you give each a new passphrase with 'shekara recover LOGIN' "
                       "and the new recovery key. A crash at any point leaves a vault that "
                       "opens, with the old keys or with the new ones. Refused (exit 6) while "
                       "the vault is open in another window or command: its work would go to "
                       "the old file.")
    k.set_defaults(func=cmd_rekey)

    r = sub.add_parser("restore", parents=[common], help="bring a backup back",
                       description="Restore a backup made by 'shekara backup' into the vault "
                       "folder (--vault or $SHEKARA_VAULT). Needs an officer of the backup "
                       "(--officer or $SHEKARA_OFFICER) and their passphrase then. If a vault "
                       "is there, the restore is refused (exit 6) unless --replace, which "
                       "first puts it aside, never deleted, in a "
                       "replaced-TIME folder inside the vault folder (refused, exit 6, while it "
                       "is open in another window or command). Afterwards run 'shekara rekey', "
                       "and at a post import HQ's newest acknowledgement before exporting.")
    r.add_argument("file", metavar="FILE", help="the backup file (.shkbak) to restore")
    r.add_argument("--replace", action="store_true",
                   help="put the vault in the folder aside (replaced-TIME/) and restore in its "
                   "place")
    r.set_defaults(func=cmd_restore)

    st = sub.add_parser("settings", parents=[common], help="show or change vault settings",
                        description="Settings of the vault, the same for every officer: "
                        "four-eyes approval, the idle lock, when answers to requests are due, "
                        "and the unit's and authority's names documents print.")
    stsub = st.add_subparsers(dest="action", required=True, metavar="ACTION")
    s1 = stsub.add_parser("show", parents=[common], help="show the settings",
                          description="Print every setting as KEY = VALUE, the default where "
                          "none was set (four_eyes 1 = on). --json prints an object of keys "
                          "and values.")
    s1.set_defaults(func=cmd_settings_show)
    s2 = stsub.add_parser("set", parents=[common], help="change a setting (supervisors)",
                          description="four_eyes on|off: approval needs a second supervisor. "
                          "idle_lock_minutes 1-240: the desktop application locks when idle. "
                          "request_due_days 1-365: when an answer to a request is due if it "
                          "names no deadline. unit_name, authority_name (and their _ru forms): "
                          "the unit's and the authority's full names as documents print them "
                          "in their letterhead ('' clears one; the window has them in Admin > "
                          "Settings…). Each change is an audit entry (settings.change); setting "
                          "a name to what it is changes and logs nothing.")
    s2.add_argument("key", choices=sorted(SETTINGS), help="the setting to change (see above)")
    s2.add_argument("value", help="its new value: on or off, a number, or a name")
    s2.set_defaults(func=cmd_settings_set)

    c = sub.add_parser("check", parents=[common],
                       help="run SQLCipher's and SQLite's integrity checks on the vault",
                       description="Checks every page of the vault (SQLCipher's page "
                       "authentication) and the database's structure (SQLite's "
                       "integrity_check): seconds. It cannot see derived data that disagrees "
                       "with the records it was derived from: --derived checks that too. "
                       "Exit 7 if the vault is damaged, derived data disagrees or the audit "
                       "chain is broken.")
    c.add_argument("--derived", action="store_true",
                   help="also recompute, from each record's newest version, what the vault "
                   "keeps beside it (the record list, which records qualify, the report "
                   "extracts, the citizenship table, the counts, the search index) and compare; "
                   "and verify the audit chain. Reads every record: about 30 seconds at "
                   "100,000 records, 8 minutes at 1,000,000 (progress on stderr)")
    c.add_argument("--repair", action="store_true",
                   help="implies --derived: make what disagrees again from the records (the "
                   "rebuilds run with progress on stderr), then check again. Never changes a "
                   "record version or the audit log")
    c.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    directory = vault_dir(args)
    sheet_path = recovery_sheet_path(args)
    vault, recovery_key = Vault.create(directory, mode=args.mode, party=args.party,
                                       post_code=args.post, officer=officer(args),
                                       passphrase=passphrase(args))
    try:
        own = create_own_keys(vault)
        sheet, sheet_error = write_recovery_sheet(vault, recovery_key, sheet_path, args.lang)
    finally:
        vault.lock()
    if wants_json(args):
        emit_json({"vault": str(directory), "vault_id": vault.vault_id, "mode": vault.mode,
                   "party": vault.party, "post": vault.post_code, "officer": vault.officer,
                   "recovery_key": recovery_key,
                   "recovery_sheet": str(sheet) if sheet else None,
                   "fingerprint": own.public.fingerprint()})
    else:
        emit(f"vault created at {directory} ({vault.mode}, {vault.party}, {vault.post_code})")
        emit(f"packet key fingerprint: {own.public.fingerprint()}")
        emit("recovery key (shown once; keep it on paper in the post's safe):")
        emit(f"  {recovery_key}")
        if sheet:
            emit(f"recovery sheet: {sheet}")
    if sheet_error is not None:
        raise sheet_error  # after the key was shown: the vault exists, the sheet does not
    return 0


def _profile_options(p: argparse.ArgumentParser) -> None:
    for field in PROFILE_FIELDS:
        flag = field.replace("_", "-")
        what = field.replace("_", " ")
        p.add_argument(f"--{flag}", dest=field, metavar="TEXT", default=None,
                       help=f"the {what} as documents print it (state language)")
        p.add_argument(f"--{flag}-ru", dest=f"{field}_ru", metavar="TEXT", default=None,
                       help=f"the {what} in Russian, where it differs")


def _profile_changes(args: argparse.Namespace) -> dict[str, str | None]:
    return {field: getattr(args, field) for field in ALL_FIELDS}


def _officer_json(login: str, role: str, profile: OfficialProfile) -> dict[str, object]:
    return {"login": login, "role": role,
            **{field: profile.values.get(field, "") for field in ALL_FIELDS}}


def cmd_officer_add(args: argparse.Namespace) -> int:
    new = new_passphrase(args)
    changes = _profile_changes(args)
    with open_session(args) as session:
        officials = session.officials
        for field, value in changes.items():  # refuse bad text before adding anyone
            if value is not None:
                check_official_text(value, field)
        added = session.vault.add_officer(args.login, args.role, new)
        profile = officials.set_profile(added.login, changes)
    if wants_json(args):
        emit_json(_officer_json(added.login, added.role, profile))
    else:
        emit(f"officer {added.login} added ({added.role})")
    return 0


def cmd_officer_edit(args: argparse.Namespace) -> int:
    changes = _profile_changes(args)
    if all(value is None for value in changes.values()):
        raise InputError("cli.nothing_to_change", "say what to change: --full-name, --rank, "
                         "--position (or their -ru forms)")
    with open_session(args) as session:
        profile = session.officials.set_profile(args.login, changes)
        role = next(o.role for o in session.vault.officers() if o.login == args.login)
    if wants_json(args):
        emit_json(_officer_json(args.login, role, profile))
    else:
        emit(f"officer {args.login}: {profile.get('full_name', 'kk') or '(no name)'}, "
             f"{profile.get('rank', 'kk') or '(no rank)'}, "
             f"{profile.get('position', 'kk') or '(no position)'}")
    return 0


def cmd_officer_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        officers = session.vault.officers()
        profiles = session.officials.profiles()
    if wants_json(args):
        emit_json([{**_officer_json(o.login, o.role, profiles.get(
            o.login, OfficialProfile(o.login, {}))), "added_at": o.added_at,
                     "added_by": o.added_by} for o in officers])
    else:
        for o in officers:
            name = profiles[o.login].values.get("full_name", "") if o.login in profiles else ""
            emit(f"{o.login:<24} {o.role:<10} added {o.added_at}  {name}")
    return 0


def cmd_officer_remove(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        session.vault.remove_officer(args.login)
    emit(f"officer {args.login} removed") if not wants_json(args) else emit_json(
        {"login": args.login, "removed": True})
    return 0


def cmd_officer_passwd(args: argparse.Namespace) -> int:
    new = new_passphrase(args)
    with open_session(args) as session:
        session.vault.change_passphrase(session.vault.officer, new)
    emit("passphrase changed") if not wants_json(args) else emit_json({"changed": True})
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    key_text = secret(args, file_attr="recovery_key_file", env="SHEKARA_RECOVERY_KEY",
                      what="recovery key", prompt="Recovery key: ")
    new = new_passphrase(args)
    recover_passphrase(vault_dir(args), args.login, key_text, new)
    emit(f"passphrase of {args.login} set") if not wants_json(args) else emit_json(
        {"login": args.login, "changed": True})
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        verdict = audit.verify(session.vault.conn)
    if wants_json(args):
        emit_json({"ok": verdict.ok, "entries": verdict.entries, "head_seq": verdict.head_seq,
                   "head_hash": verdict.head_hash, "broken_at": verdict.broken_at,
                   "reason": str(verdict.reason or "")})
    elif verdict.ok:
        emit(f"audit chain intact: {verdict.entries} entries, head {verdict.head_seq} "
             f"{verdict.head_hash}")
    if not verdict.ok:
        raise chain_broken(verdict)
    return 0


def chain_broken(verdict: audit.ChainVerdict) -> VaultError:
    """The refusal of `audit verify` and of `check --derived` when the chain is broken."""
    return VaultError("audit.broken", "audit chain broken: {reason}", reason=verdict.reason)


def cmd_audit_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        items = audit.entries(session.vault.conn, action=args.audit_action,
                              record_id=args.record, officer=args.by_officer, limit=args.limit)
    if wants_json(args):
        emit_json([e.to_json() for e in items])
    else:
        for e in items:
            target = f" {e.record_id} v{e.version}" if e.record_id else ""
            emit(f"{e.seq:>6} {e.at} {e.officer:<16} {e.action}{target}")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    as_of = date.today()
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError:
            raise InputError("cli.bad_date", "--as-of needs a date as YYYY-MM-DD") from None
    with open_session(args) as session:
        result = session.retention.purge(as_of, dry_run=args.dry_run)
    if wants_json(args):
        emit_json({"as_of": result.as_of, "dry_run": result.dry_run,
                   "purged": [{"id": i, "version": v} for i, v in result.purged]})
    else:
        verb = "would purge" if result.dry_run else "purged"
        emit(f"{verb} {len(result.purged)} record(s) as of {result.as_of}")
        for record_id, version in result.purged:
            emit(f"  {record_id} v{version}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        info = session.backups.write(given_path(args.to, "--to"))
    if wants_json(args):
        emit_json({"path": str(info.path), "sha256": info.sha256, "size": info.size,
                   "records": info.records})
    else:
        emit(str(info.path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    restored = backups.restore(Path(args.file), vault_dir(args), officer(args),
                               passphrase(args), replace=args.replace)
    needs_ack, last_sent = restored.needs_ack, restored.last_packet
    if wants_json(args):
        emit_json({"vault": str(vault_dir(args)), "restored": True, "needs_ack": needs_ack,
                   "last_packet": last_sent})
        return 0
    emit(f"restored into {vault_dir(args)}")
    print("note: the restored vault keeps the keys of its backup: anyone with an old passphrase "
          "or the old recovery key of that backup can open it; run 'shekara rekey' for a new "
          "master key and a new recovery key", file=sys.stderr)
    if needs_ack:
        print(f"note: this backup was made after packet {last_sent}; before exporting, import "
              "HQ's newest acknowledgement ('shekara ack import FILE') so the next packet "
              "continues after the last one HQ has", file=sys.stderr)
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    secret_phrase = passphrase(args)
    vault = Vault.open(vault_dir(args), officer(args), secret_phrase)
    try:
        result = rekey(vault, secret_phrase)
    finally:
        if not vault.is_locked:
            vault.lock()
    if wants_json(args):
        emit_json({"recovery_key": result.recovery_key,
                   "officers_to_reset": result.officers_to_reset})
        return 0
    emit("the vault has a new master key; the new recovery key (shown once; print a new "
         "recovery sheet with 'shekara report recovery'):")
    emit(f"  {result.recovery_key}")
    for login in result.officers_to_reset:
        emit(f"officer {login} needs a new passphrase: shekara recover {login}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    derived = bool(args.derived or args.repair)
    report: DerivedReport | None = None
    repaired: list[str] = []
    with open_session(args) as session:
        problems = check(session.vault.conn)
        if derived and not problems:
            report, repaired = _check_derived(session, repair=bool(args.repair))
    if problems:
        raise VaultError("vault.damaged", "the vault failed its integrity check: {first}",
                         first=problems[0][:200])
    if report is None:
        emit("vault intact") if not wants_json(args) else emit_json({"ok": True})
        return 0
    if wants_json(args):
        out: dict[str, Any] = {"ok": report.ok, "derived": report.to_json()}
        if args.repair:
            out["repaired"] = repaired
        emit_json(out)
    else:
        emit("vault intact")
        if args.repair:
            emit("repaired: " + (", ".join(repaired) or "nothing to repair"))
        for line in derived_lines(report):
            emit(line)
    if any(not table.ok for table in report.tables):
        raise VaultError("vault.derived_disagrees", "derived data disagrees with the records;"
                         " 'shekara check --derived --repair' makes it again")
    if not report.audit.ok:
        raise chain_broken(report.audit)
    return 0


def _check_derived(session: Session, *, repair: bool) -> tuple[DerivedReport, list[str]]:
    """The derived check with progress on stderr; with `repair`, what disagrees is flagged,
    rebuilt (progress too) and checked again."""
    lines = RebuildProgressLines()
    report = session.derived.run(lines.walk(str(derived_check.TITLE)))
    if not repair or not report.repairs:
        return report, []
    flagged = session.derived.flag_repairs(report)
    session.rebuilds.run_all(lines)
    return session.derived.run(lines.walk(str(derived_check.TITLE))), flagged


def derived_lines(report: DerivedReport) -> list[str]:
    """What `check --derived` prints: one line per derived table, then the audit chain."""
    out = [f"derived data: {report.records:,} records checked against their newest versions"]
    for verdict in report.tables:
        if verdict.ok:
            out.append(f"  {verdict.table.title}: agrees")
            continue
        parts = []
        if verdict.disagree:
            parts.append(f"{verdict.disagree:,} record(s) disagree")
        if verdict.stray:
            parts.append(f"{verdict.stray:,} entr(ies) of no record")
        sample = f" (e.g. {', '.join(verdict.sample)})" if verdict.sample else ""
        out.append(f"  {verdict.table.title}: {', '.join(parts)}{sample};"
                   f" repair: rebuild {verdict.table.repair}")
    chain = report.audit
    out.append(f"  the audit chain: intact, {chain.entries:,} entries" if chain.ok else
               f"  the audit chain: broken at entry {chain.broken_at} ({chain.reason}); no"
               " repair: it is evidence (docs/vault.md)")
    return out


# name → (default, parser from text to the stored text)
def _on_off(value: str) -> str:
    if value.lower() in ("on", "1", "yes", "true"):
        return "1"
    if value.lower() in ("off", "0", "no", "false"):
        return "0"
    raise InputError("settings.bad_value", "use on or off")


def _minutes(value: str) -> str:
    if not value.isdigit() or not 1 <= int(value) <= 240:
        raise InputError("settings.bad_value", "use a number of minutes from 1 to 240")
    return str(int(value))


def _days(value: str) -> str:
    if not value.isdigit() or not 1 <= int(value) <= 365:
        raise InputError("settings.bad_value", "use a number of days from 1 to 365")
    return str(int(value))


def _printed_name(key: str) -> Callable[[str], str]:
    return lambda value: check_names({key: value})[key]


SETTINGS = {"four_eyes": ("1", _on_off), "idle_lock_minutes": ("5", _minutes),
            "request_due_days": (str(DEFAULT_DUE_DAYS), _days),
            **{key: ("", _printed_name(key)) for key in NAME_SETTINGS}}


def cmd_settings_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        values = {k: session.vault.setting(k, d) for k, (d, _) in SETTINGS.items()}
    if wants_json(args):
        emit_json(values)
    else:
        for key, value in values.items():
            emit(f"{key} = {value}")
    return 0


def cmd_settings_set(args: argparse.Namespace) -> int:
    stored = SETTINGS[args.key][1](args.value)  # a bad value is refused before any unlock
    with open_session(args) as session:
        if args.key in NAME_SETTINGS:  # the window's way too (Admin > Settings…)
            session.officials.set_names({args.key: stored})
        else:
            session.vault.require_supervisor()
            with session.vault.audited("settings.change", detail={args.key: stored}):
                session.vault.set_setting(args.key, stored)
    emit(f"{args.key} = {stored}") if not wants_json(args) else emit_json({args.key: stored})
    return 0
