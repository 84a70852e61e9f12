"""A copy of a vault with records made old, for the screenshot of Admin > Retention…
(tools/screenshots.py shoots the screen over it): two past their time and acknowledged by HQ (to
be purged), one past its time and not acknowledged, one due for review — with the vault's own
retention and acknowledgement writers, as tests/ui/test_retention_screen.py does."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

from shekara.vault import records as repo
from shekara.vault.vault import Vault


def aged_copy(source: Path, target: Path, login: str, passphrase: str) -> Path:
    """`source`'s vault files copied to `target` with four approved records made old."""
    shutil.copytree(source, target)
    vault = Vault.open(target, login, passphrase)
    today = date.today()
    past, long_past = today - timedelta(days=3), today - timedelta(days=400)
    try:
        with vault.transaction() as tx:
            # the oldest records (the list is newest first): the likeliest to be past their time
            approved = [row.id for row in reversed(repo.list_records(tx, limit=10_000))
                        if row.status in ("approved", "exported", "acknowledged")][:4]
            for record_id in approved[:2]:  # HQ has them: to be purged once past their time
                head = repo.head_version(tx, record_id)
                repo.mark_exported(tx, [(record_id, head)], 1, f"{long_past}T09:00:00+00:00")
                repo.mark_acknowledged(tx, [(record_id, head)], f"{long_past}T10:00:00+00:00")
                repo.refresh_status(tx, record_id)
            for record_id in approved[:3]:
                repo.set_retention(tx, record_id, repo.head_version(tx, record_id),
                                   past.isoformat(), long_past.isoformat())
            for record_id in approved[3:]:  # still within its time; its review has come
                repo.set_retention(tx, record_id, repo.head_version(tx, record_id),
                                   (today + timedelta(days=700)).isoformat(), today.isoformat())
    finally:
        vault.lock()
    return target
