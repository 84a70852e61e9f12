"""A form whose OK runs its work in the background and closes only when the work succeeded:
a refusal is shown over the form, which keeps everything typed (the request forms, the
partner's consent, an officer's printed name)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from shekara.services.session import Session
from shekara.ui import ops
from shekara.ui.errors import show_error


class FormDialog(QDialog):
    """Subclasses give `work()` (the call to make, built from the form in the GUI thread) and
    `retranslate_ui()`; `buttons` holds OK (or `accept_button`) and Cancel."""

    def __init__(self, session: Session, parent: QWidget | None, *,
                 accept_button: QDialogButtonBox.StandardButton
                 = QDialogButtonBox.StandardButton.Ok) -> None:
        super().__init__(parent)
        self.session = session
        self.result_value: object | None = None
        self.busy = False
        self.buttons = QDialogButtonBox(accept_button | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def work(self) -> Callable[[], object]:
        raise NotImplementedError

    def submit(self) -> ops.Operation | None:
        if self.busy:
            return None
        job = self.work()
        self.busy = True
        self.buttons.setEnabled(False)
        return ops.run(self, lambda _progress: job(), session=self.session,
                       on_done=self._done, on_error=self._failed)

    def _idle(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)

    def _done(self, value: object) -> None:
        self._idle()
        self.result_value = value
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self._idle()
        show_error(self, err)  # the form stays open with everything typed

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError
