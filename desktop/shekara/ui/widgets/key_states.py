"""The state of a post's packet key as HQ's screens show it (posts overview, keys screen).

The texts keep the translation context of the posts table they were first written for."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PostsTableModel"

KEY_STATES = {
    "active": QT_TRANSLATE_NOOP("PostsTableModel", "active"),
    "rotated": QT_TRANSLATE_NOOP("PostsTableModel", "rotated"),
    "revoked": QT_TRANSLATE_NOOP("PostsTableModel", "revoked"),
    "": QT_TRANSLATE_NOOP("PostsTableModel", "not enrolled"),
}


def key_state_text(state: str) -> str:
    source = KEY_STATES.get(state)
    return QCoreApplication.translate(CONTEXT, str(source)) if source is not None else state
