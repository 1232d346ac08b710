"""Small builders shared by the panels: named widgets, translated combo boxes, forms, and
showing a value without it echoing back as an edit."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from ..i18n import bind


def group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox()
    bind(box.setTitle, title)
    form = QFormLayout(box)
    form.setVerticalSpacing(4)
    form.setContentsMargins(8, 6, 8, 6)
    return box, form


def named(widget: QWidget, label: str, tip: str) -> QWidget:
    """A widget with its accessible name and tooltip in the current language."""
    bind(widget.setAccessibleName, label)
    bind(widget.setToolTip, tip)
    return widget


def combo(items: dict[object, str]) -> QComboBox:
    """A combo box of translated texts, each carrying its key as data."""
    box = QComboBox()
    for i, (key, text) in enumerate(items.items()):
        box.addItem(text, key)
        bind(lambda t, i=i: box.setItemText(i, t), text, owner=box)
    return box


def row(form: QFormLayout, label: str, field) -> None:
    caption = QLabel()
    bind(caption.setText, label)
    form.addRow(caption, field)


def select(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


@contextmanager
def quietly(widgets: Iterable[QWidget]) -> Iterator[None]:
    """Show state in widgets without their change signals editing the state again."""
    widgets = list(widgets)
    previous = [w.blockSignals(True) for w in widgets]
    try:
        yield
    finally:
        for w, was in zip(widgets, previous):
            w.blockSignals(was)


def monospace(label: QLabel) -> QLabel:
    """A formula's label in a fixed-width font of the application's size, in the theme's
    colours (a style sheet would freeze its palette at the theme it was set in)."""
    font = QFont("monospace")  # the family only: the size still follows the application's
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    label.setFont(font)
    return label
