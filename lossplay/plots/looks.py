"""Themes (light, dark, high contrast) and the presenter's sizes for every plot.

A look is the plots' background, text, axes and legend colours; the data colours stay the
Okabe–Ito ones of .theme, which keep apart on all three backgrounds and for colour-blind
viewers (tests/app/test_presentation.py checks both with a colour-vision simulation).
Views are built in the current look, and `apply` restyles one already built; exports
are built fresh, so they follow the theme the person chose (at normal sizes).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

BASE_TICK_PX = 11
BASE_TITLE_PT = 12
BASE_LEGEND_PT = 9
PRESENTER_TICK_PX = 18  # read from the back of a classroom on a 1920x1080 projector


@dataclass(frozen=True)
class Look:
    key: str
    name: str  # the menu's words, translated where shown
    background: str
    text: str
    axis: str  # axes, and lines and notes that should recede (a dashed remainder, a hint)
    legend_fill: tuple[int, int, int, int]  # legends and the notes written on a plot
    muted: str  # secondary words in the panels (a racer's status)
    error: str  # words that warn: diverged, above the critical rate, a failed file
    good: str  # words that reassure on a plot: a step that shrinks, one short of the lowest point
    caution: str  # between the two: past the lowest point, but still lower
    banners: dict = field(default_factory=dict, compare=False)  # (background, border) by kind


LOOKS = {
    "light": Look("light", "Light", "#FFFFFF", "#222222", "#666666", (255, 255, 255, 210), "#444444", "#B00000",
                  "#1B5E20", "#8A5A00", {"diverged": ("#FDECEA", "#B00000"), "critical": ("#FFF6E0", "#D55E00")}),
    "dark": Look("dark", "Dark", "#1B1B1F", "#E6E6E6", "#A0A0A0", (27, 27, 31, 215), "#B8B8B8", "#FF7A70",
                 "#A6F08A", "#F0C05A", {"diverged": ("#3D1F1F", "#FF7A70"), "critical": ("#3A2E17", "#F0A050")}),
    "contrast": Look("contrast", "High contrast", "#000000", "#FFFFFF", "#FFFFFF", (0, 0, 0, 235), "#FFFFFF",
                     "#FF6B6B", "#A6F08A", "#FFD54A", {"diverged": ("#000000", "#FF6B6B"),
                                                         "critical": ("#000000", "#FFD54A")}),
}
_current = LOOKS["light"]
# The application's font before presenter mode enlarged it: exports are drawn in it.
normal_font: QFont | None = None
# What restyles itself when the theme changes (widgets with colours of their own), kept
# per owning QObject and dropped when Qt destroys it.
_followers: dict[int, list[Callable[[], None]]] = {}


def on_theme(callback: Callable[[], None], owner: QObject) -> None:
    """callback() whenever the theme changes, for as long as `owner` lives."""
    key = id(owner)
    if key not in _followers:
        owner.destroyed.connect(lambda *_: _followers.pop(key, None))
    _followers.setdefault(key, []).append(callback)


def use_normal_font(view: pg.PlotWidget) -> None:
    """Draw a fresh export view at the normal text size even in presenter mode."""
    if normal_font is not None:
        view.setFont(normal_font)
        view.scene().setFont(normal_font)


def current() -> Look:
    return _current


def set_current(key: str) -> Look:
    """Make `key` the theme, and let every widget that follows it restyle itself."""
    global _current
    _current = LOOKS[key]
    for owner, callbacks in list(_followers.items()):
        for callback in callbacks:
            try:
                callback()
            except RuntimeError:  # its C++ object is gone before the owner's destroyed signal
                _followers.pop(owner, None)
                break
    return _current


def follow(item, role: str = "text"):
    """Draw `item` in a colour of the theme, now and after every change of theme: "text"
    (a line, an arrow, a marker's outline or a note's words in the text's colour),
    "muted" (in the axes' colour), "note" (words on the legend's fill) or "box" (the
    legend's fill under words whose colour the view chooses).
    Returns the item."""
    item.theme_role = role
    _restyle_item(item, _current)
    return item


def themed(view: pg.PlotWidget) -> None:
    """A fresh export view in the chosen theme (the light one is how views are built)."""
    if _current.key != "light":
        apply(view)


def title_html(text: str, size: float = 1.0, look: Look | None = None) -> str:
    look = look or _current
    return f"<span style='font-size:{BASE_TITLE_PT * size:g}pt; color:{look.text}'>{text}</span>"


def apply(view: pg.PlotWidget, size: float = 1.0, look: Look | None = None) -> None:
    """Restyle `view` in `look` (the current one by default) with its text, lines and
    markers `size` times their normal size (tick labels at least PRESENTER_TICK_PX
    pixels when enlarged)."""
    look = look or _current
    view.setBackground(look.background)
    resized = size != getattr(view, "look_size", 1.0)
    view.look_size = size
    item = view.getPlotItem()
    tick = None  # pyqtgraph's own at the normal size
    if size > 1:
        tick = QFont(view.font())
        tick.setPixelSize(max(PRESENTER_TICK_PX, round(BASE_TICK_PX * size)))
    bar = getattr(view, "colorbar", None)  # the landscape's colour bar has an axis of its own
    for axis in [item.getAxis(name) for name in ("left", "bottom", "right")] + ([bar.axis] if bar else []):
        if axis is not item.getAxis("right"):  # the loss chart's rate axis keeps its own colour
            axis.setTextPen(look.text)
        axis.setPen(look.axis)
        axis.setStyle(tickFont=tick)
        axis.labelStyle = {"color": look.text} if tick is None else {"color": look.text,
                                                                    "font-size": f"{tick.pixelSize() + 1}px"}
        axis._updateLabel()
    if bar is not None and resized:  # new tick fonts: the colour bar's axis must fit them
        from .colour_bar import fit_axis

        fit_axis(bar.axis)
    title = getattr(view, "title_text", None)
    if title is not None:
        item.setTitle(title_html(title, size, look))
    legends = [item.legend] if item.legend is not None else []
    for legend in legends:
        legend.setBrush(pg.mkBrush(look.legend_fill))
        legend.setLabelTextColor(look.text)
        legend.setLabelTextSize(f"{BASE_LEGEND_PT * size:g}pt")
        for _, label in legend.items:
            label.setText(label.text)  # pyqtgraph applies a label's new colour and size only then
        legend.updateSize()
    vb = item.getViewBox()
    for child in vb.addedItems:
        _scale_strokes(child, size)
    # Lines in the text's colour, notes on their boxes: among the view box' items, what
    # is pinned to the box itself (read-outs, notes in a corner) and a note put under it.
    for child in set(vb.addedItems) | set(_descendants(item)):
        if isinstance(child, pg.TextItem) and (resized or size != 1.0):
            _scale_words(child, size)
        if getattr(child, "follows_text", False) and not getattr(child, "theme_role", None):
            child.theme_role = "text"  # the older flag for the same thing
        if getattr(child, "theme_role", None):
            _restyle_item(child, look)


def _descendants(item) -> list:
    """Every graphics item under `item` (ViewBox.allChildren misses those pinned to the
    box itself rather than to its child group)."""
    found, stack = [], list(item.childItems())
    while stack:
        child = stack.pop()
        found.append(child)
        stack.extend(child.childItems())
    return found


def _restyle_item(item, look: Look) -> None:
    role = item.theme_role
    colour = pg.mkColor(look.axis if role == "muted" else look.text)
    if isinstance(item, pg.TextItem):
        if role in ("note", "box"):
            item.fill = pg.mkBrush(look.legend_fill)
            if item.border.style() != Qt.PenStyle.NoPen:
                item.border = pg.mkPen(look.axis)
            item.update()
        if role != "box":  # a box's words keep the colour of what they say
            item.setColor(colour)
    elif isinstance(item, pg.ArrowItem):
        item.setStyle(brush=pg.mkBrush(colour))
    elif isinstance(item, pg.InfiniteLine):
        pen = pg.mkPen(item.pen)
        pen.setColor(colour)
        item.setPen(pen)
    elif isinstance(item, pg.ScatterPlotItem):
        pen = pg.mkPen(item.opts["pen"])
        pen.setColor(colour)
        item.setPen(pen)
    elif isinstance(item, pg.PlotDataItem):
        pen = pg.mkPen(item.opts["pen"])
        pen.setColor(colour)
        item.setPen(pen)


def _scale_words(item: pg.TextItem, size: float) -> None:
    """Words on a plot (a note, a read-out, a key) `size` times as large as they were built."""
    font = QFont(item.textItem.font())
    if not hasattr(item, "_base_points"):
        item._base_points = font.pointSizeF() if font.pointSizeF() > 0 else None
    if item._base_points is not None:
        font.setPointSizeF(item._base_points * size)
        item.setFont(font)


def _scale_strokes(item, size: float) -> None:
    """Lines `size` times their own width and markers `size` times their own size,
    measured from what they were built with (kept on the item the first time)."""
    if isinstance(item, pg.PlotDataItem):
        pen = item.opts.get("pen")
        if pen is None:
            return
        pen = pg.mkPen(pen)
        if not hasattr(item, "_base_width"):
            item._base_width = pen.widthF()
        pen.setWidthF(item._base_width * size)
        item.setPen(pen)
    elif isinstance(item, pg.ScatterPlotItem):
        if not hasattr(item, "_base_size"):
            item._base_size = item.opts.get("size", 7)
        item.setSize(item._base_size * size)
