"""Why HQ quarantined a post's packet or a partner's letter as a fork, as messages.

The vault keeps a quarantined packet's reason twice (schema step 21): the English sentence, which
the command line prints and `--json` gives as it always did, and the message's id with its
parameters, so that the window shows it in the officer's language without parsing the English
back (docs/architecture.md, "How a message travels"). The template is not stored with them: it
is the English source text the catalogs translate by, and it lives here, so a sentence reworded
in a later release still finds its translation for packets quarantined before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shekara.messages import Message, kept_message

FORK_REASONS = {
    "hq.fork_same_seq": "a different packet with this sequence number was received before",
    "hq.fork_not_following": "it does not follow packet {last}, the last one imported",
    "exchange.fork_seq": "a different packet with sequence number {seq} was received from "
                         "{partner} before",
    "exchange.fork_chain": "it does not follow packet {last}, the last one imported from "
                           "{partner}",
}


def fork_reason(msgid: str, **params: Any) -> Message:
    """The reason `msgid` (a key of FORK_REASONS) with its parameters."""
    return Message(msgid, FORK_REASONS[msgid], params)


def kept_reason(msgid: str | None, params: Mapping[str, Any] | None) -> Message | None:
    """The message a quarantined packet's row keeps; None for a row written before schema step
    21 (it has only its English), or for an id this program does not know or parameters its
    template does not take — the English the row keeps is shown then, never a half-filled
    sentence."""
    return kept_message(FORK_REASONS, msgid, params)
