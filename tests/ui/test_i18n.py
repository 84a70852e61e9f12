"""Placeholders, the pseudo-locale, the runtime switch, dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.i18n import fmt, format_moment, pseudo_text


def test_fmt_fills_each_placeholder_once() -> None:
    assert fmt("%1 of %2", 3, 10) == "3 of 10"
    assert fmt("%2 before %1", "a", "b") == "b before a"
    assert fmt("%1", "%2 stays", "x") == "%2 stays"  # one pass: an argument is not re-filled
    assert fmt("%1 and %3", "a") == "a and %3"  # a missing argument leaves its placeholder


def test_pseudo_text_stretches_and_keeps_placeholders() -> None:
    text = "Search %1 records (&n)… <b>{name}</b> %n"
    stretched = pseudo_text(text)
    assert stretched.startswith("[") and stretched.endswith("]")
    for kept in ("%1", "&n", "<b>", "{name}", "</b>", "%n"):
        assert kept in stretched
    assert "Search" not in stretched  # letters are accented
    plain = "Search the records of this post"
    assert len(pseudo_text(plain)) - 2 >= len(plain) * 1.4  # 40% longer inside the brackets
    assert pseudo_text("") == ""


class _Probe(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.changes = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("Probe", "Records"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
            self.retranslate()
        super().changeEvent(event)


def test_switching_language_retranslates_open_widgets(qtbot: Any, ui_context: UiContext) -> None:
    probe = _Probe()
    qtbot.addWidget(probe)
    probe.show()
    ui_context.translations.set_language(i18n.PSEUDO)
    qtbot.waitUntil(lambda: probe.label.text().startswith("["))
    assert i18n.current_language() == "en"  # pseudo reads English reference data
    ui_context.translations.set_language("en")
    qtbot.waitUntil(lambda: probe.label.text() == "Records")


def test_set_language_refuses_unknown(ui_context: UiContext) -> None:
    import pytest

    with pytest.raises(ValueError):
        ui_context.translations.set_language("de")


def test_language_is_remembered(ui_context: UiContext, qtbot: Any) -> None:
    ui_context.set_language("ru")
    assert ui_context.prefs.language == "ru"
    assert i18n.current_language() == "ru"


def test_moments_keep_the_posts_time_and_use_four_digit_years(ui_context: UiContext) -> None:
    assert format_moment("2026-03-05T21:45:00+05:00") == "2026-03-05 21:45"
    assert format_moment("2026-03-05") == "2026-03-05"
    ui_context.translations.set_language("kk")
    assert format_moment("2026-03-05T07:05:00+05:00") == "05.03.2026 07:05"
    assert format_moment("not a date") == "not a date"
    assert format_moment(None) == ""
