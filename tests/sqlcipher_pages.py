"""Test-only: decrypt every page of a SQLCipher 4 file, free pages and all, in memory.

SQLite's own reads only see live rows; to prove that deleted personal data is really gone we
must look at every byte of the file, including pages SQLite no longer uses. SQLCipher 4 defaults
with a raw key: 4096-byte pages, each ending in a reserve of 16-byte IV + 64-byte HMAC; the page
body is AES-256-CBC under the raw key; page 1 begins with the 16-byte file salt.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16


def decrypt_pages(path: Path, key: bytes) -> bytes:
    data = path.read_bytes()
    out = bytearray()
    for start in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[start:start + PAGE_SIZE]
        body_start = SALT if start == 0 else 0
        body = page[body_start:PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)
