"""Shared test set-up. Qt must run offscreen: CI and developers' machines have no display."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Argon2id at full strength costs ~0.5 s per unlock; the tests unlock thousands of times. The
# cheap test policy is installed in this process only (tests/support/fast_kdf.py); processes
# the tests start go through `python -m tests.support.fast_kdf`.
from hypothesis import HealthCheck, settings

from tests.support.fast_kdf import install as _install_test_kdf

_install_test_kdf()

# No test reads or writes the developer's own configuration (Qt's QtProject.conf, which the
# application's file dialog guard cleans; the window's preferences): each test process has
# its own, removed at its end. Tests that need a particular one set it themselves.
_CONFIG_HOME = tempfile.mkdtemp(prefix="shekara-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG_HOME
atexit.register(shutil.rmtree, _CONFIG_HOME, ignore_errors=True)

# No clock in tests: Hypothesis's default 200 ms deadline per example and its "too slow" health
# check fail a correct test on a busy machine. Speed goals live in tests/bench/.

settings.register_profile("shekara", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shekara")
