"""The command line in the person's language from its first word: argparse's own messages
(usage, errors, help headings) and lossplay's through the window's Korean table.

argparse says everything through gettext's `_` and `ngettext`, which it looks up in its
module each time; while `words_of(lang)` is in effect they are the translation's. The
parser must be made inside it too (its help headings are translated when it is made).
The language is read from the command line before it is parsed: `--lang ko`,
`--lang=ko` or an abbreviation argparse accepts, the last one winning, as argparse does.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

_current: Callable[[str], str] = str  # English: the text as it is


def words(text: str) -> str:
    """`text` in the language chosen for the command line (a template: format it after)."""
    return _current(text)


def language_in(argv: Sequence[str], options: Sequence[str], default: str = "en") -> str:
    """The language a parser of these long `options` will read from `argv` ("en" or
    "ko"), or `default`."""
    lang = default
    tokens = list(argv)
    for i, token in enumerate(tokens):
        if token == "--":
            break
        name, equals, value = token.partition("=")
        if len(name) < 3 or not name.startswith("--"):
            continue
        if name == "--lang" or [o for o in options if o.startswith(name)] == ["--lang"]:
            if equals:
                lang = value
            elif i + 1 < len(tokens):
                lang = tokens[i + 1]
    return lang if lang in ("en", "ko") else default


def translator(lang: str) -> Callable[[str], str]:
    """English as it is, or the Korean of the compiled table (no QApplication needed, so
    that the window can still choose its platform after a parse)."""
    if lang == "en":
        return str
    from PySide6.QtCore import QTranslator

    from .paths import resource_path

    table = QTranslator()
    if not table.load(str(resource_path(f"lossplay_{lang}.qm"))):
        return str

    def translate(text: str) -> str:
        return table.translate("lossplay", text) or text

    translate.table = table  # kept alive with the function
    return translate


@contextmanager
def words_of(lang: str) -> Iterator[None]:
    """argparse's messages and `words` in `lang` inside."""
    global _current
    translate = translator(lang)
    saved = _current, argparse._, argparse.ngettext
    _current = translate
    argparse._ = translate
    argparse.ngettext = lambda singular, plural, n: translate(singular if n == 1 else plural)
    try:
        yield
    finally:
        _current, argparse._, argparse.ngettext = saved
