"""Errors for a person: one line of English, and the template and values behind it, so
that the window (and `lossplay run --lang ko`) can say it in another language."""
from __future__ import annotations

import os

MAX_SHOWN = 300  # characters of a value quoted in a message


def one_line(text: str) -> str:
    """`text` with its control characters (newlines, tabs, escapes) written as \\n, \\t..."""
    return text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def shown(value) -> str:
    """`value` as a message may quote it: on one line (control characters escaped, so a
    value with newlines cannot make a message of several lines) and short."""
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) >= 10 ** 4000:  # str() refuses ints past 4,300 digits
            return "a number of more than 4,000 digits"
        text = str(abs(value))
        sign = "-" if value < 0 else ""
        return sign + text if len(text) <= 24 else f"{sign}{text[:3]}… ({len(text)} digits)"
    text = one_line(os.fspath(value) if isinstance(value, os.PathLike) else str(value))
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


class Phrase(str):
    """Words inside a message ("scenario file {path}", "model"), kept with their
    template so that a translation of the message says them in its own language too."""

    def __new__(cls, template: str, **values) -> "Phrase":
        values = {k: shown(v) if isinstance(v, (str, os.PathLike)) else v for k, v in values.items()}
        phrase = super().__new__(cls, shown(template.format(**values)))
        phrase.template, phrase.values = template, values
        return phrase

    def translated(self, translate) -> str:
        return translate(self.template).format(**self.values)


def _one_line(value):
    """Strings and paths made safe to quote; numbers keep their format specs ({:,})."""
    if isinstance(value, Phrase):
        return value
    if isinstance(value, (str, os.PathLike)) or (isinstance(value, int) and not isinstance(value, bool)
                                                  and abs(value) >= 10 ** 24):
        return shown(value)
    return value


class UserMessage:
    """Mixed into an exception class: `str(error)` is the English text, always one line."""

    def __init__(self, template: str, prefix: tuple[str, dict] | None = None, **values) -> None:
        values = {k: _one_line(v) for k, v in values.items()}
        if prefix is not None:
            prefix = (prefix[0], {k: _one_line(v) for k, v in prefix[1].items()})
        self.template, self.values, self.prefix = template, values, prefix
        text = template.format(**values)
        super().__init__(text if prefix is None else f"{prefix[0].format(**prefix[1])}: {text}")

    def within(self, prefix: str, **values) -> "UserMessage":
        """The same error, introduced by `prefix` (such as the file it is about)."""
        return type(self)(self.template, prefix=(prefix, values), **self.values)


class ScenarioError(UserMessage, ValueError):
    """A scenario that cannot be run; the message is one line for a person."""


def translated(error: BaseException, translate) -> str:
    """The error's message through `translate` (template -> template), or as it is."""
    if not isinstance(error, UserMessage):
        return str(error)
    def words(values: dict) -> dict:
        return {k: v.translated(translate) if isinstance(v, Phrase) else v for k, v in values.items()}

    try:
        text = translate(error.template).format(**words(error.values))
        if error.prefix is not None:
            text = translate(error.prefix[0]).format(**words(error.prefix[1])) + ": " + text
        return text
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(error)
