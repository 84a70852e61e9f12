"""Failed unlocks (issue 12): counted beside the closed vault without a login or passphrase,
slowed from the third in a row on, across processes, and written into the audit log by the
next successful unlock."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

from shekara.vault import unlock_log
from tests.cli.conftest import SUPERVISOR, Shekara


def test_failures_are_counted_then_audited_at_the_next_unlock(shekara: Shekara) -> None:
    for _ in range(2):
        shekara.refused("record", "list", passphrase="not the passphrase at all", code=3)
    shekara.refused("record", "list", officer="nobody.here", passphrase="also wrong", code=3)
    side = shekara.vault / unlock_log.FILE
    stored = json.loads(side.read_text())
    assert stored["count"] == 3
    assert "nobody" not in side.read_text() and "passphrase" not in side.read_text()
    # The third failure in a row set a wait; let it pass (the file says when) and unlock.
    stored["not_before"] = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    side.write_text(json.dumps(stored))
    result = shekara.ok("record", "list")
    assert "3 failed unlock(s) of this vault since" in result.err  # shown at once
    assert not side.exists()
    assert "failed unlock" not in shekara.ok("record", "list").err  # and only once
    [entry] = [e for e in shekara.ok("audit", "list", "--json").json()
               if e["action"] == "vault.unlock_failed"]
    assert entry["officer"] == SUPERVISOR and entry["detail"]["count"] == 3
    assert set(entry["detail"]) == {"count", "first", "last"}


def test_repeated_failures_make_the_next_try_wait(shekara: Shekara) -> None:
    for _ in range(3):
        shekara.refused("record", "list", passphrase="not the passphrase at all", code=3)
    stored = json.loads((shekara.vault / unlock_log.FILE).read_text())
    wait = (datetime.fromisoformat(stored["not_before"])
            - datetime.fromisoformat(stored["last"])).total_seconds()
    assert wait == unlock_log.wait_after(3) == 1
    # While the wait runs even the right passphrase is not tried (the file says until when).
    stored["not_before"] = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
    (shekara.vault / unlock_log.FILE).write_text(json.dumps(stored))
    result = shekara.refused("record", "list", code=3)
    # In seconds, with no plural to get wrong ("1 seconds") in any language.
    assert re.search(r"try again in (29\d|300) s$", result.err.strip()), result.err


def test_the_wait_grows_and_is_bounded() -> None:
    assert [unlock_log.wait_after(n) for n in range(0, 10)] == [0, 0, 0, 1, 2, 4, 8, 16, 30, 30]
    assert unlock_log.wait_after(10**9) == 30


def test_a_damaged_counter_locks_nobody_out(shekara: Shekara) -> None:
    (shekara.vault / unlock_log.FILE).write_text("{not json")
    shekara.ok("record", "list")
    (shekara.vault / unlock_log.FILE).write_text(json.dumps(
        {"count": -5, "first": "x", "last": "y", "not_before": "z"}))
    shekara.ok("record", "list")
