"""Shared test set-up. Qt must run offscreen: CI and developers' machines have no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Argon2id at full strength costs ~0.5 s per unlock; the CLI tests unlock hundreds of times.
# The slot records whatever parameters it was made with, so this only changes test vaults.
os.environ.setdefault("SHEKARA_TEST_FAST_KDF", "1")

# No clock in tests: Hypothesis's default 200 ms deadline per example and its "too slow" health
# check fail a correct test on a busy machine. Speed goals live in tests/bench/.
from hypothesis import HealthCheck, settings

settings.register_profile("shekara", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shekara")
