"""English and Korean, with Qt's translation system.

Every text the window shows goes through `tr` (context "lossplay"); the Korean comes
from resources/lossplay_ko.qm, compiled from resources/lossplay_ko.ts with
`pyside6-lrelease`. Texts set once at construction are registered with `bind`, so that
switching the language re-sets them in the open window; texts that depend on the state
(the status line, the formula) are redrawn by the callbacks given to `on_retranslate`.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from .paths import resource_path

CONTEXT = "lossplay"
LANGUAGES = {"en": "English", "ko": "한국어"}

# Retranslation work is kept per owning QObject and dropped when Qt destroys it, so a
# closed window or an exported figure leaves nothing behind in these tables.
_bound: dict[int, list[tuple[Callable[[str], None], str]]] = {}
_callbacks: dict[int, list[Callable[[], None]]] = {}
_translators: list[QTranslator] = []
_language = "en"
seen: set[str] = set()  # every source text asked for, for checking the translations


def tr(source: str) -> str:
    seen.add(source)
    return QCoreApplication.translate(CONTEXT, source)


def _owner_key(work: Callable, owner: QObject | None) -> int:
    owner = owner if owner is not None else getattr(work, "__self__", None)
    if not isinstance(owner, QObject):
        problem = "say which QObject owns this text: pass owner="
        raise TypeError(problem)
    key = id(owner)
    if key not in _bound and key not in _callbacks:
        owner.destroyed.connect(partial(_forget, key))
    return key


def _forget(key: int, *_) -> None:
    _bound.pop(key, None)
    _callbacks.pop(key, None)


def bind(setter: Callable[[str], None], source: str, owner: QObject | None = None) -> None:
    """setter(tr(source)) now and again whenever the language changes, for as long as
    `owner` lives (by default the object whose method `setter` is)."""
    _bound.setdefault(_owner_key(setter, owner), []).append((setter, source))
    setter(tr(source))


def on_retranslate(callback: Callable[[], None], owner: QObject | None = None) -> None:
    """callback() whenever the language changes, for as long as `owner` lives."""
    _callbacks.setdefault(_owner_key(callback, owner), []).append(callback)


def registered() -> int:
    """How many texts and callbacks are kept for retranslation (for leak tests)."""
    return sum(map(len, _bound.values())) + sum(map(len, _callbacks.values()))


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
    for key, entries in list(_bound.items()):
        for setter, source in entries:
            try:
                setter(tr(source))
            except RuntimeError:  # its C++ object is gone before the owner's destroyed signal
                _forget(key)
                break
    for key, callbacks in list(_callbacks.items()):
        for callback in callbacks:
            try:
                callback()
            except RuntimeError:
                _forget(key)
                break
