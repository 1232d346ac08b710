"""The landscape's colour bar: what its scale is, ticks on round loss values, and room
for every label so that none runs into the title or a tick."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from ..i18n import on_retranslate, tr
from .scene import Scene

LINEAR_TITLE = "loss"
LOG_TITLE = "loss, log scale above the minimum"
SHORT_TITLES = {LOG_TITLE: "loss, log scale"}  # where the bar is too short for the whole title
_BAR_WIDTH = 14


def make_colour_bar(view: pg.PlotWidget, image: pg.ImageItem) -> pg.ColorBarItem:
    bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=_BAR_WIDTH)
    bar.setImageItem(image, insert_in=view.getPlotItem())
    # Losses as they are: pyqtgraph would write 0.5 to 0.7 as 500 to 700 "(x0.001)".
    bar.axis.enableAutoSIPrefix(False)
    bar.title_source = LINEAR_TITLE
    bar.axis.setLabel(tr(LINEAR_TITLE))
    on_retranslate(lambda: _retitle(bar), owner=view)
    bar.axis.geometryChanged.connect(lambda: _retitle(bar))
    return bar


def _retitle(bar: pg.ColorBarItem) -> None:
    """The title along the bar, shortened where the bar is shorter than it (a small
    export, or a landscape over a row of views in an animation): cut, it read "minimu"."""
    if getattr(bar, "retitling", False):
        return  # the title's own change of the axis' geometry
    bar.retitling = True
    try:
        axis, title = bar.axis, tr(bar.title_source)
        short = SHORT_TITLES.get(bar.title_source)
        if short is not None and _text_width(axis, title) > axis.height():
            title = tr(short)
        if axis.labelText != title:
            axis.setLabel(title)
            axis.resizeEvent()  # pyqtgraph centres a title only on a resize: a longer one ran off the top
        fit_axis(axis)
    finally:
        bar.retitling = False


def _text_width(axis: pg.AxisItem, text: str) -> float:
    """How long `text` is along the axis, in the axis' title font."""
    document = axis.label.document().clone()
    document.setHtml(axis.labelString().replace(axis.labelText, text, 1) if axis.labelText else text)
    return document.idealWidth()


def show_colour_scale(bar: pg.ColorBarItem, scene: Scene) -> None:
    """Levels, ticks and title of `scene`'s colour map. A wide range is shown as
    log10(loss - minimum): its ticks are loss values (see scene.colour_scale_ticks) and
    its title says that the scale is logarithmic above the minimum."""
    lo, hi = float(np.min(scene.image)), float(np.max(scene.image))
    bar.setLevels((lo, hi if hi > lo else lo + 1.0))
    logarithmic = len(scene.colour_ticks) > 0
    bar.axis.setTicks([scene.colour_ticks] if logarithmic else None)
    bar.title_source = LOG_TITLE if logarithmic else LINEAR_TITLE
    _retitle(bar)


def fit_axis(axis: pg.AxisItem) -> None:
    """Make a vertical axis exactly as wide as its tick labels, tick marks and title
    need: pyqtgraph silently drops a label wider than the axis, and its title sits at
    the axis' outer edge, over whatever is beside it when the axis is too narrow."""
    font = axis.style.get("tickFont") or axis.font()
    metrics = QFontMetricsF(font)
    if axis._tickLevels:  # fixed ticks
        labels = [text for level in axis._tickLevels for _, text in level]
    else:
        lo, hi = axis.range
        labels = [axis.tickStrings([v], 1.0, abs(hi - lo) or 1.0)[0] for v in (lo, hi, (lo + hi) / 2)]
    widest = max((metrics.horizontalAdvance(text) for text in labels), default=0.0)
    title = axis.label.boundingRect().height() if axis.label.isVisible() else 0.0
    tick = max(axis.style["tickLength"], 0)
    axis.setWidth(int(widest + tick + axis.style["tickTextOffset"][0] + title + 10))
