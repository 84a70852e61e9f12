"""A new recovery key for the same master key (`Vault.replace_recovery_key`, shared by
`shekara recovery-key new` and Admin > New recovery key…), on real vaults: the old key stops
opening the vault and the new one opens it; every officer's slot is kept byte for byte; only a
supervisor with their own passphrase replaces it; the audit entry holds nothing of the key;
and a failure on either side of the slot file's rename leaves a slot file that opens — the old
key before the rename, the new slot after it — never none."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from shekara import fileio
from shekara.errors import AuthError, PermissionDenied, StateError, VaultError
from shekara.services.recovery import recover_passphrase, replace_recovery_key
from shekara.services.reports import check_recovery_key
from shekara.vault import audit, in_use, keyslots
from shekara.vault.rekey import rekey
from shekara.vault.vault import Vault

SUPERVISOR, SUPERVISOR_PASS = "aigerim.s", "Шекара-сенім-2026"
SECOND, SECOND_PASS = "tomas.z", "pasienio-kontrole-77"
OFFICER, OFFICER_PASS = "nurlan.k", "officer-pass-phrase-1"
PASSWORDS = {SUPERVISOR: SUPERVISOR_PASS, SECOND: SECOND_PASS, OFFICER: OFFICER_PASS}


class PostVault:
    """A KZ post vault with two supervisors and an officer, and its first recovery key."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        vault, self.recovery_key = Vault.create(directory, mode="post", party="KZ",
                                                post_code="KZ-NUR-ZHOLY", officer=SUPERVISOR,
                                                passphrase=SUPERVISOR_PASS)
        vault.add_officer(SECOND, "supervisor", SECOND_PASS)
        vault.add_officer(OFFICER, "officer", OFFICER_PASS)
        vault.lock()

    def open(self, login: str = SUPERVISOR) -> Vault:
        return Vault.open(self.directory, login, PASSWORDS[login])

    def slot_bytes(self) -> bytes:
        return (self.directory / keyslots.SLOT_FILE).read_bytes()

    def officer_slots(self) -> list[dict[str, object]]:
        """Every slot but the recovery slot, as stored."""
        data = json.loads(self.slot_bytes())
        return sorted((s for s in data["slots"] if s["label"] != keyslots.RECOVERY_LABEL),
                      key=lambda s: str(s["label"]))

    def recovery_slot(self) -> dict[str, object]:
        data = json.loads(self.slot_bytes())
        [slot] = [s for s in data["slots"] if s["label"] == keyslots.RECOVERY_LABEL]
        return dict(slot)

    def opens_with(self, recovery_key: str) -> bool:
        try:
            Vault.open_with_recovery(self.directory, recovery_key).lock()
        except AuthError as err:
            assert err.msgid == "auth.wrong_secret"
            return False
        return True

    def names_in_folder(self) -> list[str]:
        return sorted(p.name for p in self.directory.iterdir())


@pytest.fixture
def post(tmp_path: Path) -> PostVault:
    return PostVault(tmp_path / "vault")


@pytest.fixture
def supervisor(post: PostVault) -> Iterator[Vault]:
    vault = post.open()
    yield vault
    vault.lock()


def test_the_new_key_opens_the_vault_and_the_old_one_no_longer_does(
        post: PostVault, supervisor: Vault) -> None:
    others = post.officer_slots()
    names = post.names_in_folder()
    new_key = replace_recovery_key(supervisor, SUPERVISOR_PASS)

    assert new_key != post.recovery_key
    assert keyslots.format_recovery_key(keyslots.parse_recovery_key(new_key)) == new_key
    assert not post.opens_with(post.recovery_key)
    assert post.opens_with(new_key)
    # The master key is the same: the vault is not encrypted again, every slot is kept as it
    # was stored, and every officer unlocks with their passphrase as before.
    assert post.officer_slots() == others
    for login in PASSWORDS:
        post.open(login).lock()
    assert post.names_in_folder() == names  # no temporary file left beside the slots
    # The sheet is drawn only for the key that opens the recovery slot: the new one.
    assert check_recovery_key(supervisor, new_key.lower()) == new_key
    with pytest.raises(AuthError) as refused:
        check_recovery_key(supervisor, post.recovery_key)
    assert refused.value.msgid == "report.wrong_recovery_key"
    # The session that replaced the key goes on as before.
    assert [o.login for o in supervisor.officers()] == sorted(PASSWORDS)


def test_the_new_key_sets_a_forgotten_passphrase_and_the_old_one_cannot(
        post: PostVault, supervisor: Vault) -> None:
    new_key = replace_recovery_key(supervisor, SUPERVISOR_PASS)
    with pytest.raises(AuthError):
        recover_passphrase(post.directory, OFFICER, post.recovery_key, "set-with-the-old-key")
    recover_passphrase(post.directory, OFFICER, new_key, "set-with-the-new-key")
    Vault.open(post.directory, OFFICER, "set-with-the-new-key").lock()


def test_it_is_audited_with_nothing_of_the_key(post: PostVault, supervisor: Vault) -> None:
    new_key = replace_recovery_key(supervisor, SUPERVISOR_PASS)
    [entry] = audit.entries(supervisor.conn, action="vault.recovery_key")
    assert entry.officer == SUPERVISOR and entry.detail == {} and entry.record_id is None
    assert audit.verify(supervisor.conn).ok
    raw = keyslots.parse_recovery_key(new_key)
    stored = json.dumps([e.to_json() for e in audit.entries(supervisor.conn)])
    for form in (new_key, new_key.replace("-", ""), raw.hex(), raw.hex().upper()):
        assert form not in stored
    # Nor is the key in the slot file: only the master key wrapped under it.
    assert new_key.replace("-", "") not in post.slot_bytes().decode()
    assert raw not in post.slot_bytes()


def test_every_replacement_makes_another_key(post: PostVault, supervisor: Vault) -> None:
    first = replace_recovery_key(supervisor, SUPERVISOR_PASS)
    second = replace_recovery_key(supervisor, SUPERVISOR_PASS)
    assert first != second
    assert not post.opens_with(first) and post.opens_with(second)
    assert len(audit.entries(supervisor.conn, action="vault.recovery_key")) == 2


def test_a_wrong_passphrase_changes_nothing(post: PostVault, supervisor: Vault) -> None:
    before = post.slot_bytes()
    with pytest.raises(AuthError) as refused:
        replace_recovery_key(supervisor, "not-the-supervisors-passphrase")
    assert refused.value.msgid == "auth.login_failed"
    # Another supervisor's passphrase does not open this supervisor's slot either.
    with pytest.raises(AuthError):
        replace_recovery_key(supervisor, SECOND_PASS)
    assert post.slot_bytes() == before and post.opens_with(post.recovery_key)
    assert audit.entries(supervisor.conn, action="vault.recovery_key") == []


def test_only_a_supervisor_replaces_it(post: PostVault) -> None:
    before = post.slot_bytes()
    officer = post.open(OFFICER)
    try:
        with pytest.raises(PermissionDenied) as refused:
            replace_recovery_key(officer, OFFICER_PASS)
        assert refused.value.msgid == "auth.supervisor_only"
        assert audit.entries(officer.conn, action="vault.recovery_key") == []
    finally:
        officer.lock()
    # Opened with the recovery key itself there is no passphrase to ask again: refused too.
    recovered = Vault.open_with_recovery(post.directory, post.recovery_key)
    try:
        with pytest.raises(PermissionDenied):
            replace_recovery_key(recovered, SUPERVISOR_PASS)
    finally:
        recovered.lock()
    assert post.slot_bytes() == before


def test_a_failure_before_the_rename_leaves_the_old_key_working(
        post: PostVault, supervisor: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """The slot file goes through fileio.write_atomically: the new file is written whole
    beside the old one; if the rename over it fails, the old file is untouched."""
    before, names = post.slot_bytes(), post.names_in_folder()

    def no_rename(_source: object, _target: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(VaultError) as failed:
        replace_recovery_key(supervisor, SUPERVISOR_PASS)
    monkeypatch.undo()
    assert failed.value.msgid == "vault.write_failed"
    assert post.slot_bytes() == before and post.names_in_folder() == names  # no temp file
    assert post.opens_with(post.recovery_key)
    assert audit.entries(supervisor.conn, action="vault.recovery_key") == []  # rolled back


def test_a_failure_after_the_rename_keeps_the_new_slot_file(
        post: PostVault, supervisor: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder's fsync fails once the new file is renamed over the old one: the new file
    stays (removing it, as other atomic writes do, would leave no slot file at all and lock
    every officer out). The error is reported, so the key is never shown: the supervisor
    makes another."""
    others, names = post.officer_slots(), post.names_in_folder()

    def no_sync(_directory: Path) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(fileio, "fsync_directory", no_sync)
    with pytest.raises(VaultError) as failed:
        replace_recovery_key(supervisor, SUPERVISOR_PASS)
    monkeypatch.undo()
    assert failed.value.msgid == "vault.write_failed"
    assert post.names_in_folder() == names and post.officer_slots() == others
    assert post.recovery_slot() and not post.opens_with(post.recovery_key)
    for login in PASSWORDS:
        post.open(login).lock()
    again = replace_recovery_key(supervisor, SUPERVISOR_PASS)  # as the supervisor is told
    assert post.opens_with(again)


def test_a_slot_another_process_wrote_meanwhile_is_kept(post: PostVault,
                                                        supervisor: Vault) -> None:
    """The slot file is read afresh, not rewritten from what this session read at unlock."""
    other = post.open(SECOND)
    try:
        other.add_officer("dana.m", "officer", "added-meanwhile-1")
    finally:
        other.lock()
    new_key = replace_recovery_key(supervisor, SUPERVISOR_PASS)
    Vault.open(post.directory, "dana.m", "added-meanwhile-1").lock()
    assert post.opens_with(new_key)


def test_a_rekey_elsewhere_since_the_unlock_is_refused(post: PostVault, supervisor: Vault,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A recovery slot for the master key this session still holds would open nothing. The
    rekey itself is refused while this session holds the vault (tests/vault/test_in_use.py);
    on a file system without locks it goes ahead, and this check is what is left."""
    monkeypatch.setattr(in_use, "_open_lock_file", lambda _directory: None)
    elsewhere = post.open()
    result = rekey(elsewhere, SUPERVISOR_PASS)
    before = post.slot_bytes()
    with pytest.raises(StateError) as refused:
        replace_recovery_key(supervisor, SUPERVISOR_PASS)
    assert refused.value.msgid == "vault.key_changed"
    assert post.slot_bytes() == before and post.opens_with(result.recovery_key)


def test_a_session_open_since_before_does_not_bring_the_old_key_back(
        post: PostVault, supervisor: Vault) -> None:
    """A window unlocked before the key was replaced elsewhere (the command line, another
    window) then adds, removes and re-keys officers: each change reads the slot file afresh, so
    the new recovery slot stays — writing back the copy read at unlock would make the old sheet
    open the vault again and the new one open nothing."""
    elsewhere = post.open(SECOND)
    try:
        new_key = replace_recovery_key(elsewhere, SECOND_PASS)
        elsewhere.add_officer("dana.m", "officer", "added-elsewhere-1")
    finally:
        elsewhere.lock()
    supervisor.add_officer("erlan.b", "officer", "added-in-the-window-1")
    supervisor.change_passphrase(SUPERVISOR, "changed-in-the-window-1")
    supervisor.remove_officer(OFFICER)
    assert post.opens_with(new_key) and not post.opens_with(post.recovery_key)
    Vault.open(post.directory, "dana.m", "added-elsewhere-1").lock()  # kept as well
    Vault.open(post.directory, "erlan.b", "added-in-the-window-1").lock()
    Vault.open(post.directory, SUPERVISOR, "changed-in-the-window-1").lock()
    with pytest.raises(AuthError):
        Vault.open(post.directory, OFFICER, OFFICER_PASS)
