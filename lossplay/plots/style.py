"""What every plot shares: white background, a translated title, tooltip, legend and axes."""
from __future__ import annotations

import pyqtgraph as pg

from ..i18n import bind


def style_plot(widget: pg.PlotWidget, title: str, tip: str) -> None:
    widget.setBackground("w")
    item = widget.getPlotItem()
    bind(lambda t: item.setTitle(f"<span style='font-size:12pt; color:#222'>{t}</span>"), title, owner=widget)
    bind(widget.setAccessibleName, title)
    bind(widget.setToolTip, tip)
    # No grid: its antialiased lines cost more to paint than everything else together.
    for axis in ("left", "bottom"):
        item.getAxis(axis).setTextPen("#333")
        item.getAxis(axis).setPen("#666")
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
