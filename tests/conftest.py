"""Shared test set-up. Qt must run offscreen: CI and developers' machines have no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Argon2id at full strength costs ~0.5 s per unlock; the CLI tests unlock hundreds of times.
# The slot records whatever parameters it was made with, so this only changes test vaults.
os.environ.setdefault("SHEKARA_TEST_FAST_KDF", "1")
