"""Validation issues shown beside the field they are about, in the UI language.

`validate_record` reports `Issue(path, message)`; the message is translated by its id with its
parameters (`shekara.ui.messages.translated`), its MRZ parts ("line 2, positions 1-9",
"document number") included.
"""

from __future__ import annotations

from shekara.messages import Issue
from shekara.ui.messages import translated

__all__ = ["Issue", "issue_text", "nearest_path"]


def issue_text(issue: Issue) -> str:
    """The message of one issue in the UI language (English when the catalog lacks it)."""
    return translated(issue.message)


def nearest_path(path: str, known: set[str] | dict[str, object]) -> str:
    """The path itself if it has a place to show its message, else its nearest ancestor that
    has one (`persons[0].citizenship[1]` → `persons[0].citizenship` → `persons[0]` → ``)."""
    current = path
    while current and current not in known:
        cut = max(current.rfind("."), current.rfind("["))
        current = current[:cut] if cut > 0 else ""
    return current
