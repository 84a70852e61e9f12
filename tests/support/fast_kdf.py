"""The test suite's key-derivation policy, installed in-process (as KeePassXC's tests set their
KDF): Argon2id with one pass over 8 KiB, so the suite can unlock vaults thousands of times.

The program itself has no switch for this — no environment variable, no file: a vault made
here has slots below the program's minimum, and the shipped program refuses to open it.
Processes the tests start run through this module:

    python -m tests.support.fast_kdf ARGS…        # `shekara ARGS…` under the test policy

(with the checkout's root on PYTHONPATH), or call `install()` first thing in a child script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from shekara.vault.keyslots import KdfPolicy, use_kdf_policy

TEST_POLICY = KdfPolicy(new_time_cost=1, new_memory_kib=8, new_parallelism=1,
                        min_time_cost=1, min_memory_kib=8)
ROOT = Path(__file__).resolve().parents[2]


def install() -> None:
    use_kdf_policy(TEST_POLICY)


def child_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """An environment in which `python -m tests.support.fast_kdf` (and the checkout's code)
    can be imported by a child process."""
    base = dict(os.environ if env is None else env)
    paths = [str(ROOT), str(ROOT / "desktop"), *filter(None, [base.get("PYTHONPATH")])]
    base["PYTHONPATH"] = os.pathsep.join(paths)
    return base


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.support.fast_kdf", *args]


if __name__ == "__main__":
    install()
    from shekara.cli import main

    sys.exit(main(sys.argv[1:]))
