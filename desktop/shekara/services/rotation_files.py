"""New keys written out: a rotation's two public files, for the command line (`keys rotate`,
`hq keys rotate`) and the window's key screens alike.

The vault changes first (`keys.rotate` at a post, `hq_rotation.rotate_hq` at HQ: new keys, the
old ones retired, the statement kept); then the rotation statement and the new public keys
file (the post's enrollment file, or HQ's keys file) are written next to each other as
`shekara-<code>-<first 8 of the new fingerprint>.rotation.json` and `….enrollment.json` /
`….hq-keys.json`. If a file cannot be written then, the keys ARE rotated: the refusal says so
(`RotatedNotWritten`), and `rewrite=True` writes the same files again from what the vault keeps,
rotating nothing. Only public keys are ever in these files: the private ones stay in the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shekara.errors import InputError, ShekaraError, StateError
from shekara.messages import message
from shekara.services import hq_rotation, keys
from shekara.services.keys import RotationFiles
from shekara.targets import check_folder
from shekara.vault.vault import Vault

# What the second file is called, by the vault mode the rotation is for.
KEYS_SUFFIX = {"post": ".enrollment.json", "hq": ".hq-keys.json"}
# The refusal when the keys are rotated but a file is not written: the command that writes
# them again, by mode. The error keeps the failed write's id and class (its exit code).
NOT_WRITTEN = {
    "post": message("keys.rotated_not_written", "{reason}; the keys are rotated: write the "
                    "files again with 'shekara keys rotate --rewrite --out DIR' (in the window: "
                    "Admin > Keys and fingerprints, Write the files again)"),
    "hq": message("keys.rotated_not_written", "{reason}; the keys are rotated: write the files "
                  "again with 'shekara hq keys rotate --rewrite --out DIR' (in the window: "
                  "Admin > Keys and fingerprints, Write the files again)"),
}


@dataclass(frozen=True)
class WrittenRotation:
    statement: Path  # the rotation statement, signed by the old and the new key
    keys_file: Path  # the new enrollment file (post) or HQ keys file (HQ)
    old_fingerprint: str
    new_fingerprint: str


class RotatedNotWritten(ShekaraError):
    """The keys are rotated, but a file was not written: `rewrite=True` writes them again.
    Raised as `RotatedInputError` or `RotatedStateError`, the class of the failed write;
    its `reason` parameter is that write's own refusal (a `Message`)."""


class RotatedInputError(InputError, RotatedNotWritten):
    pass


class RotatedStateError(StateError, RotatedNotWritten):
    pass


def file_stem(code: str, fingerprint: str) -> str:
    """`shekara-KZ-NUR-ZHOLY-75e5ce83`: the code and the new key's first eight hex digits."""
    return f"shekara-{code}-{fingerprint.replace(' ', '')[:8].lower()}"


def check_rotation_folder(directory: Path) -> Path:
    """The folder the files go to exists and takes a new file (before anything rotates)."""
    return check_folder(directory, InputError, InputError(
        "keys.no_folder", "the folder for the rotation files does not exist"))


def rotated_before(vault: Vault) -> bool:
    """The vault keeps a rotation statement: its files can be written again."""
    return vault.secret(keys.ROTATION_STATEMENT) is not None


def rotate_into(vault: Vault, directory: Path, *, mode: str,
                rewrite: bool = False) -> WrittenRotation:
    """Rotate the keys of this `mode` ("post" or "hq") installation and write the two files
    into `directory`; with `rewrite`, write the last rotation's files again, rotating nothing.

    Refusals before the vault changes leave it as it was (a folder that cannot be written, a
    vault of the other mode, an officer, an interrupted export); `RotatedNotWritten` after."""
    check_rotation_folder(directory)
    if mode == "hq":
        files = hq_rotation.last_hq_rotation(vault) if rewrite else hq_rotation.rotate_hq(vault)
    else:
        files = keys.last_rotation(vault) if rewrite else keys.rotate(vault)
    return write_rotation_files(vault.post_code, mode, files, directory, rewrite=rewrite)


def write_rotation_files(code: str, mode: str, files: RotationFiles, directory: Path, *,
                         rewrite: bool) -> WrittenRotation:
    stem = file_stem(code, files.new_fingerprint)
    try:
        statement = keys.write_public_file(directory / f"{stem}.rotation.json", files.statement)
        keys_file = keys.write_public_file(directory / f"{stem}{KEYS_SUFFIX[mode]}",
                                           files.enrollment)
    except (InputError, StateError) as err:
        if rewrite:
            raise
        kind = RotatedStateError if isinstance(err, StateError) else RotatedInputError
        raise kind(err.msgid, NOT_WRITTEN[mode].template, reason=err.message) from None
    return WrittenRotation(statement, keys_file, files.old_fingerprint, files.new_fingerprint)
