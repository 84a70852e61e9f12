"""The register of Art. 8 requests, both ways: directions, statuses, due dates, Art. 1.2 scope.

Requests are made and answered only by a central competent authority (HQ mode). One register
holds what this HQ asked the other Party (`out`) and what the other Party asked it (`in`):

    out: draft -> approved (four-eyes) -> sent -> answered | partly_answered | refused
                                                 | partly_refused;  draft/approved/sent -> withdrawn
    in:  received -> answered | partly_answered | refused | partly_refused;
         received/partly_answered/partly_refused -> withdrawn (by the partner's letter)
         | duplicate (a copy typed in from paper, closed once the same request came in a
           letter: the letter's copy is the one answered; schema step 20)

`sent` and `received` are the open states: a request in one of them past its due date is
overdue. The due date is the request's own `deadline` when it names one, else its date plus a
default period (Art. 8.6 asks for execution "as soon as possible"; the HQ sets the period,
setting `request_due_days`, default DEFAULT_DUE_DAYS).

Art. 1.2: legal assistance in criminal cases and extradition are outside the Agreement (they
belong to the legal-assistance treaties). `scope_hints` finds the words that suggest a request
asks for them, so the officer is warned and must confirm before the request is stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

DIRECTIONS = ("out", "in")
STATUSES = ("draft", "approved", "sent", "received", "answered", "partly_answered", "refused",
            "partly_refused", "withdrawn", "duplicate")
OPEN_STATUSES = ("sent", "received")
# An incoming request we still owe something: not answered or refused in whole yet.
ANSWERABLE = ("received", "partly_answered", "partly_refused")
WITHDRAWABLE = ("draft", "approved", "sent")
DEFAULT_DUE_DAYS = 30
MAX_DUE_DAYS = 365

# Words (stems, matched at word starts, case- and accent-insensitive) of procedural acts in a
# criminal case and of extradition, in the four languages (Art. 1.2).
_SCOPE_TERMS = {
    "extradition": ("extradit", "экстрадиц", "ekstradic", "ұстап беру"),
    "arrest": ("arrest", "арест", "suimt", "suėmim", "қамаққа ал"),
    "search_and_seizure": ("search warrant", "обыск", "выемк", "krat", "тінту"),
    "interrogation": ("interrogat", "допрос", "apklaus", "жауап алу"),
    "criminal_proceedings": ("criminal proceedings", "mutual legal assistance",
                             "уголовное дело", "уголовному делу", "уголовного дела",
                             "правовой помощи", "baudžiamoj", "teisinės pagalbos",
                             "қылмыстық іс", "құқықтық көмек"),
}
_SCANNED = ("subject", "facts", "reasons", "procedure", "objects_and_documents")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_PATTERNS = {topic: re.compile(r"(?<!\w)(" + "|".join(re.escape(_folded(t)) for t in terms)
                               + ")")
             for topic, terms in _SCOPE_TERMS.items()}


def scope_hints(request: Mapping[str, Any]) -> list[str]:
    """The Art. 1.2 topics (keys of _SCOPE_TERMS) the request's prose seems to ask for."""
    text = _folded(" ".join(str(request.get(key) or "") for key in _SCANNED))
    return [topic for topic, pattern in _PATTERNS.items() if pattern.search(text)]


def due_on(dated_on: str, deadline: str | None, default_days: int) -> str:
    """The date an answer is due: the request's deadline, else its date + the default period."""
    if deadline:
        return deadline
    days = min(max(default_days, 1), MAX_DUE_DAYS)
    return (date.fromisoformat(dated_on) + timedelta(days=days)).isoformat()


def is_overdue(status: str, due: str | None, today: date) -> bool:
    return status in OPEN_STATUSES and due is not None and due < today.isoformat()


def status_after_answer(partial: bool) -> str:
    return "partly_answered" if partial else "answered"


def status_after_refusal(scope: str) -> str:
    return "partly_refused" if scope == "part" else "refused"
