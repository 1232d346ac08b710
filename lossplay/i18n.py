"""English and Korean, with Qt's translation system.

Every text the window shows goes through `tr` (context "lossplay"); the Korean comes
from resources/lossplay_ko.qm, compiled from resources/lossplay_ko.ts with
`pyside6-lrelease`. Texts set once at construction are registered with `bind`, so that
switching the language re-sets them in the open window; texts that depend on the state
(the status line, the formula) are redrawn by the callbacks given to `on_retranslate`.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import resource_path

CONTEXT = "lossplay"
LANGUAGES = {"en": "English", "ko": "한국어"}

_bound: list[tuple[Callable[[str], None], str]] = []
_callbacks: list[Callable[[], None]] = []
_translators: list[QTranslator] = []
_language = "en"
seen: set[str] = set()  # every source text asked for, for checking the translations


def tr(source: str) -> str:
    seen.add(source)
    return QCoreApplication.translate(CONTEXT, source)


def bind(setter: Callable[[str], None], source: str) -> None:
    """setter(tr(source)) now and again whenever the language changes."""
    _bound.append((setter, source))
    setter(tr(source))


def on_retranslate(callback: Callable[[], None]) -> None:
    _callbacks.append(callback)


def language() -> str:
    return _language


def system_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def set_language(lang: str) -> None:
    """Install the translation for `lang` ("en" or "ko") and retranslate what is open."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language '{lang}'; choose one of: {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if lang != "en":
        ours = QTranslator()
        if not ours.load(str(resource_path(f"lossplay_{lang}.qm"))):
            raise OSError(f"the {LANGUAGES[lang]} translation is missing from the installation")
        # Qt's own texts (Save, Cancel, the file dialog) from the translations Qt ships.
        qt = QTranslator()
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
        app.installTranslator(ours)
        _translators.append(ours)
    _language = lang
    retranslate()


def retranslate() -> None:
    alive = []
    for setter, source in _bound:
        try:
            setter(tr(source))
        except RuntimeError:  # its widget is gone (a rebuilt row, a closed window)
            continue
        alive.append((setter, source))
    _bound[:] = alive
    live_callbacks = []
    for callback in _callbacks:
        try:
            callback()
        except RuntimeError:
            continue
        live_callbacks.append(callback)
    _callbacks[:] = live_callbacks
