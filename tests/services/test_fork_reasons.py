"""A quarantined packet's kept message is rebuilt only when it fits this program's table: a row
from before schema step 21, an unknown id or parameters the template does not take give None,
so the screen shows the row's English rather than a half-filled sentence."""

from __future__ import annotations

from shekara.services.fork_reasons import FORK_REASONS, fork_reason, kept_reason


def test_a_kept_message_is_the_one_the_import_made() -> None:
    made = fork_reason("exchange.fork_seq", seq=3, partner="HQ-LT")
    assert kept_reason(made.msgid, dict(made.params)) == made
    assert str(made) == "a different packet with sequence number 3 was received from HQ-LT " \
                        "before"
    assert kept_reason("hq.fork_same_seq", {}) == fork_reason("hq.fork_same_seq")


def test_what_does_not_fit_gives_no_message() -> None:
    assert kept_reason(None, None) is None  # a row from before the step
    assert kept_reason("hq.fork_not_following", None) is None
    assert kept_reason("hq.no_such_reason", {"last": 1}) is None
    assert kept_reason("hq.fork_not_following", {"first": 1}) is None  # {last} left unfilled
    assert set(FORK_REASONS) == {"hq.fork_same_seq", "hq.fork_not_following",
                                 "exchange.fork_seq", "exchange.fork_chain"}
