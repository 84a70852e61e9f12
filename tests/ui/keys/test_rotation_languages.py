"""The key screens with their new-keys buttons, and every state of the new-keys dialog, in each
language (and the stretched pseudo-language): no label or button is cut, no screen is wider
than the narrowest laptop at a post, and no two of the letters the keyboard reaches repeat."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from shekara.services import hq_rotation, keys
from shekara.ui import i18n
from shekara.ui.context import UiContext
from shekara.ui.keys.hq_keys import HqKeysDialog
from shekara.ui.keys.post_keys import PostKeysDialog
from shekara.ui.keys.rotate_dialog import RotateKeysDialog
from tests.ui.export.world import World
from tests.ui.test_accelerators import _repeated, _shown_letters
from tests.ui.test_catalogs import settled_problems

WAIT = 20000


def problems(qtbot: Any, widget: QWidget, *, letters: bool) -> list[str]:
    found = settled_problems(qtbot, widget)
    if letters:
        found += [f"&{key} repeated: {texts}"
                  for key, texts in _repeated(_shown_letters(widget)).items()]
    return found


def rotation(qtbot: Any, screen: PostKeysDialog | HqKeysDialog, *, rewrite: bool = False,
             folder: Path | None = None) -> RotateKeysDialog:
    dialog = screen.rotation.open_rotation(rewrite=rewrite)
    assert dialog is not None
    if folder is not None:
        dialog.chooser.set_folder(folder)
    qtbot.waitUntil(lambda: dialog.chooser.directory() is not None, timeout=WAIT)
    return dialog


def run(qtbot: Any, dialog: RotateKeysDialog) -> RotateKeysDialog:
    """What Yes in the question starts (the question itself is Qt's message box)."""
    directory = dialog.chooser.directory()
    assert directory is not None
    dialog.write(directory)
    qtbot.waitUntil(lambda: not dialog.working, timeout=WAIT)
    return dialog


@pytest.mark.parametrize("lang", [i18n.PSEUDO, "kk", "lt", "ru", "en"])
def test_the_new_keys_screens_in_every_language(qtbot: Any, ui_context: UiContext,
                                                linked: World, lang: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ui_context.translations.set_language(lang)
    post = PostKeysDialog(linked.post, list_drives=linked.drives)
    central = HqKeysDialog(linked.hq, list_drives=linked.drives)
    officer = PostKeysDialog(linked.officer_session(), list_drives=linked.drives)
    for screen in (post, central, officer):
        qtbot.addWidget(screen)
        screen.show()
    qtbot.waitUntil(lambda: not central.loading, timeout=WAIT)
    found: dict[str, list[str]] = {}

    def check(name: str, widget: QWidget) -> None:
        if issues := problems(qtbot, widget, letters=lang != i18n.PSEUDO):
            found[name] = issues

    hq_rotation.rotate_hq(linked.hq.vault)  # rotated before: Write the files again shows
    central.rotation.refresh()
    check("post keys", post)
    check("HQ keys", central)
    check("post keys, an officer", officer)
    check("make new keys", rotation(qtbot, post))
    check("renew HQ's keys", rotation(qtbot, central))
    check("write the files again", rotation(qtbot, central, rewrite=True))
    check("new keys made", run(qtbot, rotation(qtbot, post)))
    check("HQ's keys renewed", run(qtbot, rotation(qtbot, central)))
    gone = linked.root / "gone"
    gone.mkdir()
    refused = rotation(qtbot, post, folder=gone)
    gone.rmdir()
    check("refused, nothing changed", run(qtbot, refused))
    pulled = linked.root / "pulled"
    pulled.mkdir()
    real: Callable[..., Any] = keys.rotate

    def rotate_then_pull_the_stick(vault: Any) -> Any:
        files = real(vault)
        pulled.rmdir()
        return files

    monkeypatch.setattr(keys, "rotate", rotate_then_pull_the_stick)
    not_written = run(qtbot, rotation(qtbot, post, folder=pulled))
    assert not_written.rewrite and not_written.error is not None
    check("rotated, files not written", not_written)
    check("post keys after a rotation", post)
    assert not found, f"{lang}: {found}"
