"""Themes (light, dark, high contrast) and the presenter's sizes for every plot.

A look is the plots' background, text, axes and legend colours; the data colours stay the
Okabe–Ito ones of .theme, which keep apart on all three backgrounds and for colour-blind
viewers (tests/app/test_presentation.py checks both with a colour-vision simulation).
Views are built in the current look, and `apply` restyles one already built; exports
are built fresh, so they follow the theme the person chose (at normal sizes).
"""
from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
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
    axis: str
    legend_fill: tuple[int, int, int, int]


LOOKS = {
    "light": Look("light", "Light", "#FFFFFF", "#222222", "#666666", (255, 255, 255, 210)),
    "dark": Look("dark", "Dark", "#1B1B1F", "#E6E6E6", "#A0A0A0", (27, 27, 31, 215)),
    "contrast": Look("contrast", "High contrast", "#000000", "#FFFFFF", "#FFFFFF", (0, 0, 0, 235)),
}
_current = LOOKS["light"]
# The application's font before presenter mode enlarged it: exports are drawn in it.
normal_font: QFont | None = None


def use_normal_font(view: pg.PlotWidget) -> None:
    """Draw a fresh export view at the normal text size even in presenter mode."""
    if normal_font is not None:
        view.setFont(normal_font)
        view.scene().setFont(normal_font)


def current() -> Look:
    return _current


def set_current(key: str) -> Look:
    global _current
    _current = LOOKS[key]
    return _current


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
    for child in item.getViewBox().addedItems:
        _scale_strokes(child, size)
        if getattr(child, "follows_text", False):  # a line drawn in the text's colour
            pen = pg.mkPen(child.opts["pen"])
            pen.setColor(pg.mkColor(look.text))
            child.setPen(pen)


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
