"""Shared test set-up. Qt must run offscreen: CI and developers' machines have no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Argon2id at full strength costs ~0.5 s per unlock; the tests unlock thousands of times. The
# cheap test policy is installed in this process only (tests/support/fast_kdf.py); processes
# the tests start go through `python -m tests.support.fast_kdf`.
from hypothesis import HealthCheck, settings

from tests.support.fast_kdf import install as _install_test_kdf

_install_test_kdf()

# No clock in tests: Hypothesis's default 200 ms deadline per example and its "too slow" health
# check fail a correct test on a busy machine. Speed goals live in tests/bench/.

settings.register_profile("shekara", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shekara")
