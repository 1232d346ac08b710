"""What every plot shares: the background of the current look (see .looks), a translated title, tooltip, legend and axes."""
from __future__ import annotations

import pyqtgraph as pg

from ..i18n import bind
from . import looks


def style_plot(widget: pg.PlotWidget, title: str, tip: str) -> None:
    look = looks.current()
    widget.setBackground(look.background)
    item = widget.getPlotItem()

    def set_title(text: str) -> None:
        widget.title_text = text  # looks.apply sets it again in another colour or size
        item.setTitle(looks.title_html(text, getattr(widget, "look_size", 1.0)))
    bind(set_title, title, owner=widget)
    bind(widget.setAccessibleName, title)
    bind(widget.setToolTip, tip)
    # No grid: its antialiased lines cost more to paint than everything else together.
    for axis in ("left", "bottom"):
        item.getAxis(axis).setTextPen(look.text)
        item.getAxis(axis).setPen(look.axis)
        item.getAxis(axis).enableAutoSIPrefix(False)  # "(x0.001)" beside a parameter's name only confuses
    item.setMenuEnabled(True)


def legend_label(legend: pg.LegendItem, item, source: str) -> None:
    """Keep the legend entry of `item` in the current language."""
    def relabel(text: str) -> None:
        for sample, label in legend.items:
            if sample.item is item:
                label.setText(text)
    bind(relabel, source, owner=legend)


def axis_label(widget: pg.PlotWidget, axis: str, source: str) -> None:
    bind(lambda t: widget.setLabel(axis, t), source, owner=widget)
