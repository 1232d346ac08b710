"""Errors for a person: one line of English, and the template and values behind it, so
that the window (and `lossplay run --lang ko`) can say it in another language."""
from __future__ import annotations


class UserMessage:
    """Mixed into an exception class: `str(error)` is the English text."""

    def __init__(self, template: str, prefix: tuple[str, dict] | None = None, **values) -> None:
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
    try:
        text = translate(error.template).format(**error.values)
        if error.prefix is not None:
            text = translate(error.prefix[0]).format(**error.prefix[1]) + ": " + text
        return text
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(error)
