"""About Shekara: what is running (versions of Shekara, Python, Qt, SQLCipher, reportlab, the
vault's schema and the reference data) and this installation's key fingerprints."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shekara import __version__ as shekara_version
from shekara.services import keys
from shekara.services.session import Session
from shekara.ui import ops, theme
from shekara.ui.i18n import current_language, fmt


@dataclass(frozen=True)
class Versions:
    shekara: str
    python: str
    qt: str
    pyside: str
    sqlcipher: str
    reportlab: str
    schema: str
    reference: str


@dataclass(frozen=True)
class Fingerprints:
    own: str | None
    hq: str | None


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "—"


def read_versions(session: Session) -> Versions:
    from shekara.vault.migrations import schema_version

    with ops.locked(session):
        conn = session.vault.conn
        # The one statement the UI runs itself: SQLCipher reports its version only this way.
        row = conn.execute("PRAGMA cipher_version").fetchone()
        schema = schema_version(conn)
    return Versions(shekara_version, platform.python_version(), qVersion(), pyside_version,
                    str(row[0]) if row else "—", _package_version("reportlab"), str(schema),
                    str(session.ref.version))


def read_fingerprints(session: Session) -> Fingerprints:
    own = hq = None
    with ops.locked(session):
        vault = session.vault
        try:
            own = keys.own_keys(vault).public.fingerprint()
        except Exception:  # no keys yet: shown as "none"
            own = None
        if vault.mode == "post":
            try:
                hq = keys.pinned_hq(vault).fingerprint()
            except Exception:  # HQ's keys not imported yet
                hq = None
    return Fingerprints(own, hq)


class AboutDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("aboutDialog")
        self.versions = read_versions(session)
        self.fingerprints = read_fingerprints(session)
        self.emblem = QLabel()
        self.emblem.setPixmap(theme.app_icon().pixmap(64, 64))
        self.heading = QLabel()
        self.heading.setObjectName("aboutHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for _ in range(10):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(name, value)
            self.rows.append((name, value))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.emblem)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        theme.fit_to_contents(self, 560)

    def retranslate_ui(self) -> None:
        v = self.versions
        f = self.fingerprints
        vault = self.session.vault
        ref = self.session.ref
        lang = current_language()
        self.setWindowTitle(self.tr("About Shekara"))
        self.heading.setText(fmt(self.tr(
            # The Agreement's own title (Government of Kazakhstan Resolution No. 697 of
            # 11 May 2000), not a paraphrase: lawyers quote it.
            "Shekara %1\nRecords under the Agreement between the Government of the Republic of "
            "Kazakhstan and the Government of the Republic of Lithuania on cooperation in "
            "combating organized crime, illicit trafficking in narcotic drugs and psychotropic "
            "substances, terrorism and other types of crime."),
            v.shekara))
        none = self.tr("none yet")
        rows = [
            (self.tr("Python:"), v.python),
            (self.tr("Qt / PySide6:"), f"{v.qt} / {v.pyside}"),
            (self.tr("SQLCipher:"), v.sqlcipher),
            (self.tr("reportlab:"), v.reportlab),
            (self.tr("Vault schema:"), v.schema),
            (self.tr("Reference data:"), v.reference),
            (self.tr("Post:"), fmt(self.tr("%1 (%2, %3)"), vault.post_code,
                                   ref.label("party", vault.party, lang),
                                   ref.label("mode", vault.mode, lang))),
            (self.tr("Vault folder:"), str(self.session.vault.directory)),
            (self.tr("Our key:"), f.own or none),
            (self.tr("HQ's key:"), f.hq or none),
        ]
        for index, ((name, value), (text, shown)) in enumerate(zip(self.rows, rows,
                                                                    strict=True)):
            name.setText(text)
            value.setText(shown)
            if index >= 8:  # fingerprints in a fixed-width font, "none yet" in the normal one
                value.setFont(theme.monospace_font() if shown != none else self.font())
            value.setAccessibleName(text.rstrip(":"))
        if self.session.vault.mode != "post":
            self.rows[9][0].hide()
            self.rows[9][1].hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
