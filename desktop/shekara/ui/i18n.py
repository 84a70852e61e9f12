"""Translations: our catalogs and Qt's own, the runtime language switch, and `fmt`.

Every user-visible string goes through Qt (`self.tr`, `QCoreApplication.translate`,
`QT_TRANSLATE_NOOP`) with Qt-style placeholders `%1`..`%9` (and `%n` in plurals); `fmt` fills
them. The `.ts` sources live in the checkout's `i18n/`; the `.qm` files are compiled into
`shekara/ui/translations/` at build time (`tools/build_translations.py`), or on first start from a
checkout when they are missing.

Installing a translator makes Qt send `LanguageChange` to every widget; each screen answers in
`changeEvent` by calling its `retranslate_ui`. Item models are not widgets: the screen that owns
one retranslates it too. The current language is kept on the application object (property
`shekaraLanguage`), not in a module global, so tests can run several applications' worth of
switches without leaking state.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from shekara.languages import CODES, LANGUAGES

PSEUDO = "pseudo"  # a stretched, accented English for layout tests (not offered to users)
CATALOG_PREFIX = "shekara_"
# Qt ships qtbase_kk and qtbase_ru (standard buttons, dialogs); there is no qtbase_lt.
QT_CATALOGS = ("qtbase",)
LANGUAGE_PROPERTY = "shekaraLanguage"

_PLACEHOLDER = re.compile(r"%([1-9])")


def fmt(text: str, *args: object) -> str:
    """Fill Qt-style placeholders %1..%9 in one pass (an argument holding "%2" stays as is)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(args[index - 1]) if index <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


def translations_dir() -> Path:
    """Where the compiled `.qm` catalogs live (inside the package, bundled when frozen)."""
    return Path(__file__).resolve().parent / "translations"


def ts_sources_dir() -> Path:
    """The checkout's `i18n/` folder with the `.ts` sources (absent in a frozen build)."""
    return Path(__file__).resolve().parents[3] / "i18n"


def lrelease_command() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def compile_catalogs(ts_dir: Path | None = None, out_dir: Path | None = None) -> list[Path]:
    """Compile every `shekara_*.ts` into a `.qm`; returns the files written."""
    source = ts_dir or ts_sources_dir()
    target = out_dir or translations_dir()
    tool = lrelease_command()
    if tool is None:
        raise RuntimeError("pyside6-lrelease is not installed")
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for ts in sorted(source.glob(f"{CATALOG_PREFIX}*.ts")):
        qm = target / (ts.stem + ".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=120)
        written.append(qm)
    return written


def ensure_catalogs() -> None:
    """From a checkout, compile catalogs that are missing or older than their `.ts` source.

    A frozen build ships its `.qm` files; a checkout without lrelease runs in English."""
    if getattr(sys, "frozen", False):
        return
    source = ts_sources_dir()
    target = translations_dir()
    stale = [ts for ts in source.glob(f"{CATALOG_PREFIX}*.ts")
             if not (target / (ts.stem + ".qm")).exists()
             or (target / (ts.stem + ".qm")).stat().st_mtime < ts.stat().st_mtime]
    if stale and lrelease_command() is not None:
        try:
            compile_catalogs(source, target)
        except (OSError, subprocess.SubprocessError, RuntimeError):
            pass  # English it is; the build step reports lrelease problems loudly


# --- pseudo-locale -----------------------------------------------------------------------------
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀćđéƒĝĥíĵķĺɱńóƥʠŕśţúʋŵẋýžÀƁĆĐÉƑĜĤÍĴĶĹṀŃÓƤʠŔŚŢÚṼŴẊÝŽ")
# Things a translation must keep as they are: placeholders, mnemonics, markup, entities.
_KEEP = re.compile(r"%L?[1-9n]|\{[a-z_]+\}|&&|&[a-z]+;|&\w|<[^>]+>")


def pseudo_text(text: str) -> str:
    """English stretched by ~40% with accents: "[Ŝéàŕćĥ~~~]". Placeholders survive."""
    if not text:
        return text
    out: list[str] = []
    pos = 0
    for match in _KEEP.finditer(text):
        out.append(text[pos:match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        pos = match.end()
    out.append(text[pos:].translate(_ACCENTED))
    body = "".join(out)
    visible = len(_KEEP.sub("", text))
    padding = "~" * max(1, (visible * 2 + 4) // 5)
    return f"[{body}{padding}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the stretched source: every screen gets ~40% longer text."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return False


# --- the switch --------------------------------------------------------------------------------
class Translations(QObject):
    """The installed translators for one application; `set_language` swaps them at runtime."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, catalog_dir: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._catalog_dir = catalog_dir or translations_dir()
        self._installed: list[QTranslator] = []
        self._language = "en"

    @property
    def language(self) -> str:
        return self._language

    def available(self, lang: str) -> bool:
        """Whether our own catalog for `lang` is there (English always is: it is the source)."""
        return lang in ("en", PSEUDO) or (self._catalog_dir / f"{CATALOG_PREFIX}{lang}.qm").exists()

    def set_language(self, lang: str) -> None:
        if lang not in (*CODES, PSEUDO):
            raise ValueError(f"unknown language {lang!r}")
        # Known before the first LanguageChange arrives: screens read it while retranslating.
        self._language = lang
        self._app.setProperty(LANGUAGE_PROPERTY, lang)
        QLocale.setDefault(QLocale("en" if lang == PSEUDO else lang))
        changed = bool(self._installed)
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed = []
        if lang == PSEUDO:
            self._install(PseudoTranslator(self))
        else:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name in QT_CATALOGS if lang != "en" else ():
                translator = QTranslator(self)
                if translator.load(f"{name}_{lang}", qt_dir):
                    self._install(translator)
            # English is the source; its catalog holds only the plural forms ("%n second(s)").
            ours = QTranslator(self)
            if ours.load(f"{CATALOG_PREFIX}{lang}", str(self._catalog_dir)):
                self._install(ours)
        if not changed and not self._installed:
            # Nothing was swapped (English to English, or a catalog missing): still tell the
            # screens, so labels that depend on the language (reference data) follow.
            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        self.language_changed.emit(lang)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def date_format() -> str:
    """A day, numeric, as the UI language writes it (`shekara.languages`)."""
    return LANGUAGES[current_language()].date_pattern


def format_moment(value: str | None) -> str:
    """A record's `occurred_at` as written at the post (its own offset, not converted):
    a date, or a date and a 24-hour time."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    shown = QDate(moment.year, moment.month, moment.day).toString(date_format())
    if len(value) > 10:
        shown += f" {moment.hour:02d}:{moment.minute:02d}"
    return shown


def format_stamp(value: str | None) -> str:
    """A UTC timestamp (audit entries, updates) in this computer's local time."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value).astimezone()
    except ValueError:
        return value
    day = QDate(moment.year, moment.month, moment.day).toString(date_format())
    return f"{day} {moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"


def current_language() -> str:
    """The UI language for reference-data labels and country names (pseudo reads English)."""
    app = QCoreApplication.instance()
    lang = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return lang if isinstance(lang, str) and lang in LANGUAGES else "en"
