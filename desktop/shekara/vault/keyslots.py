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
import hashlib
import json
import os
import secrets
import time
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
RECOVERY_LABEL = "recovery"

# Argon2id defaults: 256 MiB, 2 lanes (the post laptops have 2-4 cores), time cost calibrated at
# vault creation to reach about half a second on the machine itself (see calibrate_time_cost).
ARGON2_MEMORY_KIB = 256 * 1024
ARGON2_PARALLELISM = 2
ARGON2_TARGET_SECONDS = 0.5
ARGON2_MIN_TIME_COST = 2
# For the test suite only (tests/conftest.py sets it): the CLI tests unlock hundreds of times.
# The slot records the parameters it was made with, so such a vault stays weak forever.
FAST_KDF_ENV = "SHEKARA_TEST_FAST_KDF"


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        return {"alg": "argon2id", "t": self.time_cost, "m": self.memory_kib,
                "p": self.parallelism, "salt": _b64(self.salt)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise VaultError("vault.slot_kdf", "key slot uses an unknown KDF")
        return cls(int(data["t"]), int(data["m"]), int(data["p"]), _unb64(data["salt"]))


def default_kdf_params(time_cost: int | None = None) -> KdfParams:
    if os.environ.get(FAST_KDF_ENV) == "1":
        return KdfParams(1, 8, 1, secrets.token_bytes(16))
    return KdfParams(time_cost or calibrate_time_cost(), ARGON2_MEMORY_KIB, ARGON2_PARALLELISM,
                     secrets.token_bytes(16))


def calibrate_time_cost(target: float = ARGON2_TARGET_SECONDS) -> int:
    """The Argon2id time cost that takes about `target` seconds here (never below 2).

    A run costs a fixed part (allocating and filling 256 MiB) plus a part per pass, so one
    timing is not enough: time 1 and 3 passes and solve for both parts."""
    def timed(passes: int) -> float:
        start = time.perf_counter()
        derive_passphrase_key("calibration", KdfParams(passes, ARGON2_MEMORY_KIB,
                                                       ARGON2_PARALLELISM, b"\0" * 16))
        return time.perf_counter() - start

    # The quicker of two timings each: a busy machine only ever makes a run slower.
    one, three = min(timed(1), timed(1)), min(timed(3), timed(3))
    per_pass = max((three - one) / 2, 1e-3)
    fixed = max(one - per_pass, 0.0)
    return max(ARGON2_MIN_TIME_COST, round((target - fixed) / per_pass))


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), params.salt, params.time_cost,
                           params.memory_kib, params.parallelism, 32, Type.ID)


def derive_recovery_key(recovery_key: bytes, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(),
                info=b"shekara recovery slot").derive(recovery_key)


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
        return cls(str(data["label"]), kdf, _unb64(data["nonce"]), _unb64(data["wrapped"]))


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
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
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
        payload = {"format": FORMAT, "version": FORMAT_VERSION, "vault_id": self.vault_id,
                   "slots": [s.to_json() for s in self.slots.values()]}
        write_file_atomically(directory / SLOT_FILE,
                              (json.dumps(payload, indent=1, sort_keys=True) + "\n").encode())


def write_file_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename over, fsync the folder (fileio)."""
    try:
        fileio.write_atomically(path, data, replace=True)
    except OSError as exc:
        raise VaultError("vault.write_failed", "could not write {name}: {reason}",
                         name=path.name, reason=exc.strerror or "I/O error") from None


fsync_directory = fileio.fsync_directory  # the one implementation; kept under its old name


# Recovery keys are shown to people: Crockford-style base32 in groups of four, no padding.
_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def format_recovery_key(key: bytes) -> str:
    text = base64.b32encode(key).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\n\t\r")
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != 52 or any(ch not in _B32_ALPHABET for ch in cleaned):
        raise AuthError("auth.recovery_format",
                        "a recovery key is 52 letters and digits in groups of four")
    return base64.b32decode(cleaned + "====")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)
