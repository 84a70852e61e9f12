"""The vault: one SQLCipher database plus its key slots, in one folder.

```
<vault folder>/vault.db        SQLCipher 4, raw 256-bit key derived from the master key
<vault folder>/keyslots.json   the master key wrapped per officer and for the recovery key
```
Opening the vault means unwrapping the master key with one slot; locking closes the connection
and forgets the key. Roles live in the database, so a slot alone grants nothing but the key.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import re
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shekara import fileio
from shekara.domain import search_key
from shekara.errors import AuthError, InputError, PermissionDenied, StateError, VaultError
from shekara.vault import audit, keyslots, outbox_files, rekey_swap, unlock_log
from shekara.vault.connection import (
    DB_FILE,
    Connection,
    DatabaseError,
    Transaction,
    file_identity,
    open_database,
)
from shekara.vault.in_use import VaultHold
from shekara.vault.migrations import migrate, schema_version

LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
POST_CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")
MIN_PASSPHRASE_LENGTH = 10
RECOVERY_OFFICER = "recovery"
# A temporary file in the vault folder older than this is a killed write's (fileio).
STALE_TEMPORARY_SECONDS = 3600


@dataclass(frozen=True)
class Officer:
    login: str
    role: str
    added_at: str
    added_by: str | None


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_login(login: str) -> str:
    if not LOGIN_PATTERN.match(login or ""):
        raise InputError("officer.bad_login",
                         "an officer login is 2-32 characters: a-z, digits, '.', '_' or '-', "
                         "starting with a letter")
    return login


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InputError("officer.weak_passphrase",
                         "a passphrase needs at least {n} characters", n=MIN_PASSPHRASE_LENGTH)
    if any(ord(ch) < 32 for ch in passphrase):
        raise InputError("officer.passphrase_control",
                         "a passphrase cannot hold control characters")
    return passphrase


def _db_key(master_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"shekara sqlcipher key").derive(master_key)


class Vault:
    """An unlocked vault. Everything that reads or writes the database goes through it."""

    def __init__(self, directory: Path, conn: Connection, master_key: bytes, officer: str,
                 role: str, *, hold: VaultHold, file_id: tuple[int, int]) -> None:
        # No copy of the slot file is kept: every change reads it afresh (_update_slots).
        self.directory = directory
        self._conn: Connection | None = conn
        # Held until lock(): no other process replaces the files meanwhile (vault/in_use.py).
        self._hold = hold
        # The file this connection opened, as named before it was opened (_still_ours).
        self._file_id = file_id
        self._master_key: bytes | None = master_key
        self.officer = officer
        # Failed unlocks counted before this one (vault/unlock_log.py), for the officer to see.
        self.failed_unlocks: unlock_log.Failures | None = None
        self.role = role
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        self.vault_id: str = meta["vault_id"]
        self.mode: str = meta["mode"]
        self.party: str = meta["party"]
        self.post_code: str = meta["post_code"]

    # --- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def create(cls, directory: Path, *, mode: str, party: str, post_code: str, officer: str,
               passphrase: str) -> tuple[Vault, str]:
        """A new vault with one supervisor: returns it unlocked, and the recovery key (shown
        once)."""
        if mode not in ("post", "hq"):
            raise InputError("vault.bad_mode", "mode must be post or hq")
        if party not in ("KZ", "LT"):
            raise InputError("vault.bad_party", "party must be KZ or LT")
        if not POST_CODE_PATTERN.match(post_code or ""):
            raise InputError("vault.bad_post_code",
                             "a post code is 2-32 characters: A-Z, digits or '-'")
        check_login(officer)
        check_passphrase(passphrase)
        if (directory / DB_FILE).exists() or (directory / keyslots.SLOT_FILE).exists():
            raise StateError("vault.exists", "a vault already exists at {path}",
                             path=str(directory))
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            os.chmod(directory, 0o700)
        vault_id = str(uuid.uuid4())
        master_key = secrets.token_bytes(keyslots.MASTER_KEY_BYTES)
        recovery_key = keyslots.new_recovery_key()
        hold = VaultHold.shared(directory)
        try:
            conn = open_database(directory / DB_FILE, _db_key(master_key), create=True)
        except BaseException:
            hold.release()
            raise
        try:
            file_id = file_identity(directory / DB_FILE)
            migrate(conn)
            created = now_utc()
            with Transaction(conn):
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                    ("vault_id", vault_id), ("mode", mode), ("party", party),
                    ("post_code", post_code), ("created_at", created), ("four_eyes", "1"),
                ])
                conn.execute("INSERT INTO officers (login, role, added_at, added_by)"
                             " VALUES (?, 'supervisor', ?, NULL)", (officer, created))
                audit.append(conn, officer, "vault.create",
                             detail={"mode": mode, "party": party, "post": post_code})
            slots = keyslots.SlotFile(vault_id, {})
            _add_passphrase_slot(slots, master_key, officer, passphrase)
            slots.slots[keyslots.RECOVERY_LABEL] = keyslots.recovery_slot(
                master_key, recovery_key, vault_id)
            slots.write(directory)
        except BaseException:
            conn.close()
            hold.release()
            raise
        vault = cls(directory, conn, master_key, officer, "supervisor", hold=hold,
                    file_id=file_id)
        return vault, keyslots.format_recovery_key(recovery_key)

    @classmethod
    def open(cls, directory: Path, officer: str, passphrase: str) -> Vault:
        return _held(directory,
                     lambda hold: cls._open_held(directory, officer, passphrase, hold))

    @classmethod
    def _open_held(cls, directory: Path, officer: str, passphrase: str,
                   hold: VaultHold) -> Vault:
        failures = _failures_waited(directory)
        try:
            vault = cls._open_with_passphrase(directory, officer, passphrase, hold)
        except AuthError:
            unlock_log.record_failure(directory)
            raise
        if failures is not None:  # the failures before this unlock, into the audit log
            vault._audit_failures(failures)
            vault.failed_unlocks = failures
        return vault

    @classmethod
    def _open_with_passphrase(cls, directory: Path, officer: str, passphrase: str,
                              hold: VaultHold) -> Vault:
        slots = keyslots.SlotFile.read(directory)
        slot = slots.slots.get(keyslots.slot_label(slots.vault_id, officer))
        if slot is None or slot.kdf is None:
            # The same work and the same answer as a wrong passphrase: the time and the words
            # of a refusal must not tell whether a login exists (logins are not in the file).
            some = next((s.kdf for s in slots.slots.values() if s.kdf is not None), None)
            keyslots.derive_passphrase_key(
                passphrase, some or keyslots.default_kdf_params(keyslots.ARGON2_MIN_TIME_COST))
            raise _login_failed()
        try:
            master_key = keyslots.unwrap(
                slot, keyslots.derive_passphrase_key(passphrase, slot.kdf), slots.vault_id)
        except AuthError:
            raise _login_failed() from None
        vault = cls._open_with_key(directory, master_key, officer, hold)
        weak, too_slow = keyslots.is_weak(slot.kdf), keyslots.is_too_slow(slot.kdf)
        if weak or too_slow:
            # A slot below the minimum that still unwraps the master key was made with it
            # (an older program): never kept as it is, it is wrapped again at full strength.
            # One with far more passes than calibration asks (an older calibration on a noisy
            # machine) is wrapped again at the calibrated cost, so the wait is ~0.5 s again.
            _add_passphrase_slot(slots, master_key, officer, passphrase)
            slots.write(directory)
            with vault.transaction() as conn:
                audit.append(conn, officer, "officer.passphrase", detail={
                    "login": officer, "slot": "strengthened" if weak else "recalibrated"})
        return vault

    @classmethod
    def open_with_recovery(cls, directory: Path, recovery_text: str) -> Vault:
        def opening(hold: VaultHold) -> Vault:
            slots = keyslots.SlotFile.read(directory)
            slot = slots.slots.get(keyslots.RECOVERY_LABEL)
            if slot is None:
                raise AuthError("auth.no_recovery", "this vault has no recovery slot")
            key = keyslots.derive_recovery_key(keyslots.parse_recovery_key(recovery_text),
                                               slots.vault_id)
            master_key = keyslots.unwrap(slot, key, slots.vault_id)
            return cls._open_with_key(directory, master_key, RECOVERY_OFFICER, hold)

        return _held(directory, opening)

    @classmethod
    def _open_with_key(cls, directory: Path, master_key: bytes, officer: str,
                       hold: VaultHold) -> Vault:
        # SQLCipher takes an empty file for a new database: opening one would write a fresh,
        # empty vault over what should be there and answer "no such officer". Never.
        if (directory / DB_FILE).stat().st_size == 0:
            raise VaultError("vault.empty_file", "the vault file {name} is empty: it was "
                             "damaged; restore the vault from a backup (shekara restore FILE; "
                             "in the window: Restore from a backup… on the unlock screen)",
                             name=DB_FILE)
        # Named before the connection opens: a file put in its place in between is refused at
        # the first write (_still_ours), never taken for the one this connection has.
        file_id = file_identity(directory / DB_FILE)
        conn = open_database(directory / DB_FILE, _db_key(master_key))
        try:
            if schema_version(conn) == 0:
                raise VaultError("vault.empty_file", "the vault file {name} is empty: it was "
                                 "damaged; restore the vault from a backup (shekara restore "
                                 "FILE; in the window: Restore from a backup… on the unlock "
                                 "screen)", name=DB_FILE)
            migrate(conn)
            if officer == RECOVERY_OFFICER:
                role = "supervisor"
            else:
                row = conn.execute("SELECT role FROM officers WHERE login = ? AND removed_at IS"
                                   " NULL", (officer,)).fetchone()
                if row is None:
                    raise _login_failed()
                role = str(row[0])
            vault = cls(directory, conn, master_key, officer, role, hold=hold, file_id=file_id)
            # Outbox files of an export killed before its row committed (outbox_files.py).
            with contextlib.suppress(OSError, DatabaseError):
                outbox_files.sweep(directory, conn)
        except BaseException:
            conn.close()
            raise
        return vault

    def lock(self) -> None:
        """Close the connection and forget the key. Safe to call twice."""
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None
        self._master_key = None
        self._hold.release()
        search_key.forget_cached_keys()  # the memo of recent search words holds names

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise StateError("vault.locked", "the vault is locked")
        return self._conn

    def transaction(self) -> Transaction:
        return Transaction(self.conn, self._still_ours)

    def _still_ours(self) -> None:
        """Inside the write lock, before a change: the file this connection writes is still the
        vault. The hold (vault/in_use.py) keeps a rekey or a restore elsewhere from replacing it
        meanwhile; where a file system has no locks, or a person copied a file over it, this
        refuses the change rather than writing it to a file no one will open again."""
        try:
            now = file_identity(self.directory / DB_FILE)
        except OSError:
            now = None
        if now != self._file_id:
            raise StateError("vault.replaced", "the vault file was replaced since it was "
                             "unlocked (a new master key or a restore in another window or "
                             "command): nothing was written; lock it and unlock it again")

    def hold_alone(self) -> None:
        """Before replacing the vault's files (a rekey): no other process may hold it;
        StateError `vault.in_use` otherwise. Ends with lock(), or with the taken hold."""
        self._hold.make_exclusive()

    def hold_shared(self) -> None:
        """After hold_alone, when the replacement did not happen: others may open it again."""
        self._hold.make_shared()

    def take_hold(self) -> VaultHold:
        """The hold, for the caller to release: a rekey keeps it past lock() until the new
        files are in place, so no one opens the vault in between."""
        hold, self._hold = self._hold, VaultHold(None)
        return hold

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    @property
    def db_key(self) -> bytes:
        if self._master_key is None:
            raise StateError("vault.locked", "the vault is locked")
        return _db_key(self._master_key)

    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                          " SET value = excluded.value", (key, value))

    # --- officers ------------------------------------------------------------------------------
    def require_supervisor(self) -> None:
        if self.role != "supervisor":
            raise PermissionDenied("auth.supervisor_only", "only a supervisor may do this")

    def officers(self) -> list[Officer]:
        rows = self.conn.execute("SELECT login, role, added_at, added_by FROM officers"
                                 " WHERE removed_at IS NULL ORDER BY login").fetchall()
        return [Officer(str(r[0]), str(r[1]), str(r[2]), r[3]) for r in rows]

    def add_officer(self, login: str, role: str, passphrase: str) -> Officer:
        self.require_supervisor()
        check_login(login)
        check_passphrase(passphrase)
        if role not in ("officer", "supervisor"):
            raise InputError("officer.bad_role", "role must be officer or supervisor")
        if login == RECOVERY_OFFICER:
            raise InputError("officer.reserved", "the login {login} is reserved", login=login)
        row = self.conn.execute("SELECT removed_at FROM officers WHERE login = ?",
                                (login,)).fetchone()
        if row is not None and row[0] is None:
            raise StateError("officer.exists", "officer {login} already exists", login=login)
        added = now_utc()
        with self.transaction() as conn:
            conn.execute("INSERT INTO officers (login, role, added_at, added_by) VALUES (?,?,?,?)"
                         " ON CONFLICT(login) DO UPDATE SET role = excluded.role, added_at ="
                         " excluded.added_at, added_by = excluded.added_by, removed_at = NULL",
                         (login, role, added, self.officer))
            audit.append(conn, self.officer, "officer.add", detail={"login": login, "role": role})
            slot = _passphrase_slot(self.vault_id, self._key(), login, passphrase)
            self._update_slots(lambda slots: slots.slots.__setitem__(slot.label, slot))
        return Officer(login, role, added, self.officer)

    def remove_officer(self, login: str) -> None:
        self.require_supervisor()
        if login == self.officer:
            raise StateError("officer.remove_self", "you cannot remove yourself")
        row = self.conn.execute("SELECT role FROM officers WHERE login = ? AND removed_at IS NULL",
                                (login,)).fetchone()
        if row is None:
            raise AuthError("auth.unknown_officer", "no officer {login} in this vault",
                            login=login)
        if row[0] == "supervisor":
            others = self.conn.execute("SELECT count(*) FROM officers WHERE role = 'supervisor'"
                                       " AND removed_at IS NULL AND login != ?",
                                       (login,)).fetchone()[0]
            if others == 0:
                raise StateError("officer.last_supervisor", "the last supervisor cannot be removed")
        with self.transaction() as conn:
            conn.execute("UPDATE officers SET removed_at = ? WHERE login = ?", (now_utc(), login))
            audit.append(conn, self.officer, "officer.remove", detail={"login": login})
            label = keyslots.slot_label(self.vault_id, login)
            self._update_slots(lambda slots: slots.slots.pop(label, None))

    def change_passphrase(self, login: str, new_passphrase: str) -> None:
        """An officer changes their own; the recovery key may reset anyone's."""
        if login != self.officer and self.officer != RECOVERY_OFFICER:
            raise PermissionDenied("auth.own_passphrase_only",
                                   "officers can change only their own passphrase")
        check_passphrase(new_passphrase)
        if login not in {o.login for o in self.officers()}:
            raise AuthError("auth.unknown_officer", "no officer {login} in this vault",
                            login=login)
        with self.transaction() as conn:
            audit.append(conn, self.officer, "officer.passphrase", detail={"login": login})
            slot = _passphrase_slot(self.vault_id, self._key(), login, new_passphrase)
            self._update_slots(lambda slots: slots.slots.__setitem__(slot.label, slot))

    def replace_recovery_key(self, passphrase: str) -> str:
        """A new random recovery key for the same master key; returns it as printed (shown
        once). The old recovery key stops opening the vault at once.

        A supervisor's, with their passphrase typed again: it is checked against their own
        slot before anything changes (an unlocked window left open is no proof of who sits at
        it). The slot file is read afresh — another process may have changed a slot since
        this vault was unlocked, and only the recovery slot may change here — and written
        whole with that one slot replaced: a temporary file, fsync, rename over (keyslots.py),
        so at every moment it holds the old recovery slot or the new one, never neither, and
        every officer's slot is copied byte for byte. Audited as `vault.recovery_key`, inside
        the transaction that writes the file (a failed write leaves no entry); the entry
        holds nothing of the key."""
        self.require_supervisor()
        if self.officer == RECOVERY_OFFICER:  # opened with the key itself: no passphrase slot
            raise PermissionDenied("auth.supervisor_only", "only a supervisor may do this")
        master_key, slots = self._confirmed(passphrase)
        if not hmac.compare_digest(master_key, self._key()):
            # A rekey in another process since this unlock: a recovery slot for the key this
            # session holds would open nothing.
            raise _key_changed()
        recovery_key = keyslots.new_recovery_key()
        slots.slots[keyslots.RECOVERY_LABEL] = keyslots.recovery_slot(master_key, recovery_key,
                                                                      slots.vault_id)
        with self.transaction() as conn:
            audit.append(conn, self.officer, "vault.recovery_key")
            slots.write(self.directory)
        return keyslots.format_recovery_key(recovery_key)

    def confirm_passphrase(self, passphrase: str) -> bytes:
        """The master key, unwrapped from this officer's own slot with `passphrase` typed again
        (an unlocked window left open is no proof of who sits at it: a rekey, a new recovery
        key). Counted with the failed unlocks and held to their wait (unlock_log.py), so a
        window left open lets no one guess faster than the unlock screen does; a success after
        failures writes them into the audit log, as an unlock does."""
        return self._confirmed(passphrase)[0]

    def _confirmed(self, passphrase: str) -> tuple[bytes, keyslots.SlotFile]:
        """confirm_passphrase, with the slot file as it read it (one read for a change that
        writes it back)."""
        failures = _failures_waited(self.directory)
        slots = self._slots_on_disk()
        own = slots.slots.get(keyslots.slot_label(slots.vault_id, self.officer))
        try:
            if own is None or own.kdf is None:
                raise _login_failed()
            master_key = keyslots.unwrap(
                own, keyslots.derive_passphrase_key(passphrase, own.kdf), slots.vault_id)
        except AuthError:
            unlock_log.record_failure(self.directory)
            raise _login_failed() from None
        if failures is not None:
            self._audit_failures(failures)
        return master_key, slots

    def _audit_failures(self, failures: unlock_log.Failures) -> None:
        with self.transaction() as conn:
            audit.append(conn, self.officer, "vault.unlock_failed",
                         detail={"count": failures.count, "first": failures.first,
                                 "last": failures.last})
        unlock_log.clear(self.directory)

    def _slots_on_disk(self) -> keyslots.SlotFile:
        """The slot file as it is now, never the copy read at unlock: another process may have
        changed a slot since (an officer added from the command line, a new recovery key), and
        writing that copy back would undo it — an old recovery key opening the vault again, a
        new officer locked out."""
        slots = keyslots.SlotFile.read(self.directory)
        if slots.vault_id != self.vault_id:  # another vault put in its place meanwhile
            raise _key_changed()
        return slots

    def _update_slots(self, change: Callable[[keyslots.SlotFile], object]) -> None:
        """Read the slot file afresh, change it, write it whole (atomically: keyslots.py).
        Slow work (Argon2id) is done before, so the read and the write are close together."""
        slots = self._slots_on_disk()
        change(slots)
        slots.write(self.directory)

    def _key(self) -> bytes:
        if self._master_key is None:
            raise StateError("vault.locked", "the vault is locked")
        return self._master_key

    # --- secrets (packet keys) -----------------------------------------------------------------
    def secret(self, name: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
        return bytes(row[0]) if row else None

    def set_secret(self, name: str, value: bytes) -> None:
        self.conn.execute("INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT(name) DO"
                          " UPDATE SET value = excluded.value", (name, value))

    @contextlib.contextmanager
    def audited(self, action: str, **kwargs: object) -> Iterator[Connection]:
        """A transaction that appends one audit entry for the change it makes."""
        with self.transaction() as conn:
            yield conn
            audit.append(conn, self.officer, action, **kwargs)  # type: ignore[arg-type]


def _login_failed() -> AuthError:
    """One answer for an unknown login and a wrong passphrase (no login enumeration)."""
    return AuthError("auth.login_failed", "wrong officer name or passphrase")


def _held(directory: Path, opening: Callable[[VaultHold], Vault]) -> Vault:
    """`opening(hold)` under a shared hold of the vault (vault/in_use.py), once an interrupted
    rekey is completed or undone (rekey_swap.py) — under the hold, so never while a rekey runs;
    the hold is released if the opening fails."""
    if not (directory / DB_FILE).exists() and not (directory / rekey_swap.MARKER).exists():
        raise VaultError("vault.missing", "no vault at {path}", path=str(directory))
    hold = VaultHold.shared(directory)
    try:
        rekey_swap.finish(directory)
        # Temporary files of a slot or counter write killed before its rename (they hold only
        # wrapped keys or counts). Every writer in this folder holds the vault, and a
        # replacement's writer holds it alone, so only another window's write of a few
        # kilobytes can be under way now: the age leaves it be.
        fileio.remove_stale_temporaries(directory, STALE_TEMPORARY_SECONDS)
        if not (directory / DB_FILE).exists():
            raise VaultError("vault.missing", "no vault at {path}", path=str(directory))
        return opening(hold)
    except BaseException:
        hold.release()
        raise


def _failures_waited(directory: Path) -> unlock_log.Failures | None:
    """The failed unlocks so far; AuthError `auth.wait` while their back-off lasts."""
    failures = unlock_log.read(directory)
    if failures is not None:
        wait = failures.wait_seconds(datetime.now(UTC))
        if wait:
            raise AuthError("auth.wait", "too many failed unlocks: try again in {n} s",
                            n=wait)
    return failures


def _key_changed() -> StateError:
    return StateError("vault.key_changed", "the vault has a new master key since it was "
                      "unlocked: lock it, unlock it and try again")


def _passphrase_slot(vault_id: str, master_key: bytes, login: str,
                     passphrase: str) -> keyslots.KeySlot:
    """`login`'s slot: `master_key` wrapped under Argon2id of `passphrase` (~0.5 s)."""
    params = keyslots.default_kdf_params()
    label = keyslots.slot_label(vault_id, login)
    return keyslots.wrap(master_key, keyslots.derive_passphrase_key(passphrase, params),
                         vault_id, label, params)


def _add_passphrase_slot(slots: keyslots.SlotFile, master_key: bytes, login: str,
                         passphrase: str) -> None:
    slot = _passphrase_slot(slots.vault_id, master_key, login, passphrase)
    slots.slots[slot.label] = slot
