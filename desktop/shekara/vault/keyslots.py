"""Key slots: the vault's master key, wrapped once per officer and once for the recovery key.

The SQLCipher database is keyed with a random 256-bit master key (raw key, so SQLCipher's own KDF
is not paid a second time). Each officer's slot wraps that master key with ChaCha20-Poly1305
under a key derived from the officer's passphrase with Argon2id; the slot stores its own KDF
parameters, so they can be raised later without touching other slots. The recovery slot wraps the
same key under a key derived with HKDF from a random 256-bit recovery key (it has full entropy, so
a slow KDF adds nothing).

The slot file (`keyslots.json`) lives beside the database and is written atomically. Officer
logins are not stored in it in the clear: a slot is labelled with SHA-256(vault_id ‖ login), so a
stolen laptop's slot file does not list who works at the post. Roles live inside the encrypted
database, where they cannot be changed by editing this file.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import json
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shekara import fileio
from shekara.errors import AuthError, VaultError

SLOT_FILE = "keyslots.json"
FORMAT = "shekara-keyslots"
FORMAT_VERSION = 1
MASTER_KEY_BYTES = 32
RECOVERY_KEY_BYTES = 32
RECOVERY_LABEL = "recovery"

# Argon2id defaults: 256 MiB, 2 lanes (the post laptops have 2-4 cores), time cost calibrated at
# vault creation to reach about half a second on the machine itself (see calibrate_time_cost).
ARGON2_MEMORY_KIB = 256 * 1024
ARGON2_PARALLELISM = 2
ARGON2_TARGET_SECONDS = 0.5
ARGON2_MIN_TIME_COST = 2
# What a slot read from disk may hold (keyslots.json can be edited by anyone with the laptop):
# every parameter is bounded before it sizes anything, so an edited slot is refused in bounded
# time and memory instead of hanging the unlock or allocating gigabytes.
# The most passes a slot read from disk may ask (~4 min at 256 MiB here: bounded work for an
# edited file). Not lower: calibration before 2026-12 could write up to 500 on a noisy
# machine, and a lower bound would lock those officers out of their own vault.
ARGON2_MAX_TIME_COST = 512
# Calibration never asks more than this, well inside what a slot may hold: a noisy timing
# once gave 300 passes, and the vault created with them refused its own slot at unlock.
ARGON2_MAX_CALIBRATED_TIME_COST = 16
ARGON2_MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
ARGON2_MAX_PARALLELISM = 8
SALT_BYTES = (16, 64)
NONCE_BYTES = 12
WRAPPED_BYTES = MASTER_KEY_BYTES + 16  # ChaCha20-Poly1305: the key and its tag
MAX_SLOTS = 1000
MAX_SLOT_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class KdfPolicy:
    """The Argon2id parameters new slots get, and the weakest slot the program accepts.

    The program has one: PRODUCTION. A test suite that unlocks vaults thousands of times may
    install a cheaper one in its own process (`use_kdf_policy`, as KeePassXC's tests set their
    KDF); nothing outside the process — no environment variable, no file — can weaken it, and
    a vault made under a test policy is refused by the program (its slots are below the
    minimum)."""

    new_time_cost: int | None  # None: calibrated on this machine (~0.5 s)
    new_memory_kib: int
    new_parallelism: int
    min_time_cost: int
    min_memory_kib: int


PRODUCTION = KdfPolicy(None, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM, ARGON2_MIN_TIME_COST,
                       64 * 1024)
_policy = PRODUCTION


def use_kdf_policy(policy: KdfPolicy) -> None:
    """Install `policy` for this process (tests and benchmarks only; see KdfPolicy)."""
    global _policy  # one process-wide setting, installed once at start by tests
    _policy = policy


def kdf_policy() -> KdfPolicy:
    return _policy


# The demo vault (`shekara --demo`) prints its passphrase on the unlock screen and holds only
# generated people: its slots get the weakest parameters the program accepts (2 passes over
# 64 MiB, no calibration: ~0.1 s a slot instead of ~0.5 s after a ~1.5 s calibration, so the
# demo's first window comes up in seconds). Never weaker than PRODUCTION accepts: the program
# unlocks the demo as any vault, and a real vault never gets these parameters.
DEMO = KdfPolicy(ARGON2_MIN_TIME_COST, PRODUCTION.min_memory_kib, ARGON2_PARALLELISM,
                 PRODUCTION.min_time_cost, PRODUCTION.min_memory_kib)


@contextlib.contextmanager
def demo_slots() -> Iterator[None]:
    """New slots made inside get DEMO's parameters (only over PRODUCTION: a test policy in
    force stays, cheaper still); the policy in force before comes back after."""
    global _policy  # see use_kdf_policy
    previous = _policy
    if previous is PRODUCTION:
        _policy = DEMO
    try:
        yield
    finally:
        _policy = previous


def is_weak(params: KdfParams) -> bool:
    """Below the policy's minimum: a slot made by an older program, a test policy or an edit."""
    return params.time_cost < _policy.min_time_cost or params.memory_kib < _policy.min_memory_kib


def is_too_slow(params: KdfParams) -> bool:
    """More passes than calibration ever asks: an older calibration on a noisy machine wrote
    up to 500, which costs minutes at every unlock."""
    return params.time_cost > ARGON2_MAX_CALIBRATED_TIME_COST


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        data = {"alg": "argon2id", "t": self.time_cost, "m": self.memory_kib,
                "p": self.parallelism, "salt": _b64(self.salt)}
        KdfParams.from_json(data)  # never write a slot that reading refuses: it locks out
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if not isinstance(data, dict) or data.get("alg") != "argon2id":
            raise VaultError("vault.slot_kdf", "key slot uses an unknown KDF")
        # Bounds, so an edited file sizes nothing; strength is judged when a slot is used
        # (`is_weak`), so one weak slot does not lock every officer out.
        time_cost = _bounded_int(data.get("t"), 1, ARGON2_MAX_TIME_COST)
        memory = _bounded_int(data.get("m"), 8, ARGON2_MAX_MEMORY_KIB)
        parallelism = _bounded_int(data.get("p"), 1, ARGON2_MAX_PARALLELISM)
        salt = _unb64(data.get("salt"))
        if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1] or memory < 8 * parallelism:
            raise VaultError("vault.slot_kdf", "a key slot's KDF parameters are out of range")
        return cls(time_cost, memory, parallelism, salt)


def default_kdf_params(time_cost: int | None = None) -> KdfParams:
    """Parameters for a new slot under the process's policy (a fresh random salt)."""
    cost = time_cost or _policy.new_time_cost or calibrate_time_cost()
    return KdfParams(cost, _policy.new_memory_kib, _policy.new_parallelism,
                     secrets.token_bytes(16))


@functools.cache
def calibrate_time_cost(target: float = ARGON2_TARGET_SECONDS) -> int:
    """The Argon2id time cost that takes about `target` seconds here (never below 2).

    Measured once per process: the machine does not change between two slots (the demo and
    `init` with several officers paid ~2 s per slot for the same answer)."""
    return _measure_time_cost(target)


def _measure_time_cost(target: float) -> int:
    """Time Argon2id at 1 and 3 passes and solve for the time cost that takes `target`.

    A run costs a fixed part (allocating and filling 256 MiB) plus a part per pass, so one
    timing is not enough: time 1 and 3 passes and solve for both parts."""
    def timed(passes: int) -> float:
        start = time.perf_counter()
        derive_passphrase_key("calibration", KdfParams(passes, ARGON2_MEMORY_KIB,
                                                       ARGON2_PARALLELISM, b"\0" * 16))
        return time.perf_counter() - start

    # The quicker of two timings each: a busy machine only ever makes a run slower.
    one, three = min(timed(1), timed(1)), min(timed(3), timed(3))
    return solve_time_cost(one, three, target)


def solve_time_cost(one: float, three: float, target: float) -> int:
    """The time cost for `target` seconds from the timings of 1 and 3 passes.

    Load can make the one-pass timing as slow as the three-pass one; then the difference says
    nothing about a pass, and the whole three-pass run is taken as three passes (the estimate
    that asks fewer passes). The answer stays within [minimum, ARGON2_MAX_CALIBRATED_TIME_COST]
    so every slot the program writes is one it reads."""
    per_pass = (three - one) / 2
    if per_pass < 0.05 * max(one, 1e-6):
        per_pass, fixed = max(three / 3, 1e-3), 0.0
    else:
        fixed = max(one - per_pass, 0.0)
    wanted = round((target - fixed) / per_pass)
    return min(ARGON2_MAX_CALIBRATED_TIME_COST, max(ARGON2_MIN_TIME_COST, wanted))


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), params.salt, params.time_cost,
                           params.memory_kib, params.parallelism, 32, Type.ID)


def derive_recovery_key(recovery_key: bytes, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(),
                info=b"shekara recovery slot").derive(recovery_key)


def new_recovery_key() -> bytes:
    """A random 256-bit recovery key (full entropy: its slot needs no slow KDF)."""
    return secrets.token_bytes(RECOVERY_KEY_BYTES)


def recovery_slot(master_key: bytes, recovery_key: bytes, vault_id: str) -> KeySlot:
    """The recovery slot: `master_key` wrapped under the key HKDF derives from `recovery_key`."""
    return wrap(master_key, derive_recovery_key(recovery_key, vault_id), vault_id,
                RECOVERY_LABEL, None)


def slot_label(vault_id: str, login: str) -> str:
    return hashlib.sha256(f"{vault_id}\0{login}".encode()).hexdigest()


@dataclass(frozen=True)
class KeySlot:
    label: str
    kdf: KdfParams | None  # None for the recovery slot
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "aead": "chacha20poly1305",
                               "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}
        if self.kdf is not None:
            out["kdf"] = self.kdf.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        kdf = KdfParams.from_json(data["kdf"]) if "kdf" in data else None
        nonce, wrapped = _unb64(data["nonce"]), _unb64(data["wrapped"])
        if len(nonce) != NONCE_BYTES or len(wrapped) != WRAPPED_BYTES:
            raise VaultError("vault.slots_damaged", "the vault's key slot file is damaged")
        label = data["label"]
        if not isinstance(label, str) or len(label) > 128:
            raise VaultError("vault.slots_damaged", "the vault's key slot file is damaged")
        return cls(label, kdf, nonce, wrapped)


def wrap(master_key: bytes, wrapping_key: bytes, vault_id: str, label: str,
         kdf: KdfParams | None) -> KeySlot:
    nonce = secrets.token_bytes(12)
    wrapped = ChaCha20Poly1305(wrapping_key).encrypt(nonce, master_key, _aad(vault_id, label))
    return KeySlot(label, kdf, nonce, wrapped)


def unwrap(slot: KeySlot, wrapping_key: bytes, vault_id: str) -> bytes:
    try:
        return ChaCha20Poly1305(wrapping_key).decrypt(slot.nonce, slot.wrapped,
                                                      _aad(vault_id, slot.label))
    except InvalidTag:
        raise AuthError("auth.wrong_secret", "wrong passphrase or recovery key") from None


def _aad(vault_id: str, label: str) -> bytes:
    # Binding the slot to its vault and label stops a slot being moved to another officer.
    return f"shekara-slot\0{vault_id}\0{label}".encode()


@dataclass
class SlotFile:
    vault_id: str
    slots: dict[str, KeySlot]

    @classmethod
    def read(cls, directory: Path) -> SlotFile:
        path = directory / SLOT_FILE
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_SLOT_FILE_BYTES + 1)
            if len(raw) > MAX_SLOT_FILE_BYTES:
                raise ValueError("size")
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT or len(data["slots"]) > MAX_SLOTS:
                raise ValueError("format")
            if int(data["version"]) > FORMAT_VERSION:
                raise VaultError("vault.slots_too_new",
                                 "key slots were written by a newer Shekara; update the program")
            slots = [KeySlot.from_json(s) for s in data["slots"]]
            return cls(str(data["vault_id"]), {s.label: s for s in slots})
        except FileNotFoundError:
            raise VaultError("vault.no_slots", "no key slots beside the vault ({name} missing)",
                             name=SLOT_FILE) from None
        except (OSError, ValueError, KeyError, TypeError):
            raise VaultError("vault.slots_damaged",
                             "the vault's key slot file is damaged") from None

    def write(self, directory: Path) -> None:
        self.write_to(directory / SLOT_FILE)

    def write_to(self, path: Path) -> None:
        payload = {"format": FORMAT, "version": FORMAT_VERSION, "vault_id": self.vault_id,
                   "slots": [s.to_json() for s in self.slots.values()]}
        write_file_atomically(path, (json.dumps(payload, indent=1, sort_keys=True)
                                     + "\n").encode())


def write_file_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename over, fsync the folder (fileio). At every
    moment the file is the old one or the new one, never neither: a failure after the rename
    (the folder's fsync) keeps the new file rather than remove the vault's only slot file."""
    try:
        fileio.write_atomically(path, data, replace=True, keep_if_renamed=True)
    except OSError as exc:
        raise VaultError("vault.write_failed", "could not write {name}: {reason}",
                         name=path.name, reason=exc.strerror or "I/O error") from None


fsync_directory = fileio.fsync_directory  # the one implementation; kept under its old name


# Recovery keys are shown to people: base32 (RFC 4648 alphabet; 0/1/8 read as O/I/B) in 13
# groups of four letters, each followed by a check letter (Luhn mod 32), so a mistyped group
# is named ("group 5 is mistyped") instead of reading as "wrong key". The 256-bit key fills 52
# letters with 4 bits over: they must be zero. Keys printed before the check letters (13 groups
# of four) are still read, with the padding check only.
_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RECOVERY_GROUPS = 13


def _check_letter(group: str) -> str:
    """Luhn mod 32 over the group's letters: catches any one wrong letter and most swaps."""
    total, factor = 0, 2
    for char in reversed(group):
        addend = factor * _B32_ALPHABET.index(char)
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return _B32_ALPHABET[(32 - total % 32) % 32]


def format_recovery_key(key: bytes) -> str:
    text = base64.b32encode(key).decode().rstrip("=")
    groups = [text[i:i + 4] for i in range(0, len(text), 4)]
    return "-".join(group + _check_letter(group) for group in groups)


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\n\t\r")
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if any(ch not in _B32_ALPHABET for ch in cleaned) or len(cleaned) not in (
            RECOVERY_GROUPS * 4, RECOVERY_GROUPS * 5):
        raise AuthError("auth.recovery_format", "a recovery key is 13 groups of five letters "
                        "and digits (older keys: of four)")
    if len(cleaned) == RECOVERY_GROUPS * 5:
        data = ""
        for number in range(RECOVERY_GROUPS):
            group = cleaned[number * 5:number * 5 + 5]
            if _check_letter(group[:4]) != group[4]:
                raise AuthError("auth.recovery_group", "group {n} of the recovery key is "
                                "mistyped: check it against the sheet", n=number + 1)
            data += group[:4]
        cleaned = data
    if _B32_ALPHABET.index(cleaned[-1]) & 0b1111:
        raise AuthError("auth.recovery_group", "group {n} of the recovery key is mistyped: "
                        "check it against the sheet", n=RECOVERY_GROUPS)
    return base64.b32decode(cleaned + "====")


def _bounded_int(value: Any, low: int, high: int) -> int:
    # bool is an int in Python: a slot of `true` passes is not a slot.
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise VaultError("vault.slot_kdf", "a key slot's KDF parameters are out of range")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str) or len(text) > 4096:
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)
