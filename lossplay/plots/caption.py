"""The line under an exported figure or animation frame that says what run it shows:
the optimizer, the learning rate, the step, the loss and how the run ended."""
from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from ..core.status import run_status
from ..i18n import tr
from ..labels import OPTIMIZER_LABELS
from . import looks



def run_label(optimizer: str, lr: float, batch_size="all", short: bool = True) -> str:
    """"Adam, η = 0.1" for a legend, "Adam, learning rate 0.1" for a caption (and the
    mini-batch size where there is one)."""
    template = "{optimizer}, η = {lr}" if short else "{optimizer}, learning rate {lr}"
    text = tr(template).format(optimizer=tr(OPTIMIZER_LABELS[optimizer]), lr=f"{lr:g}")
    if batch_size != "all":
        text += ", " + tr("mini-batch {size}").format(size=batch_size)
    return text


def run_settings(scenario, history, row: int = -1) -> tuple[str, float]:
    """The optimizer and learning rate of the update that leaves `row` of `history`: a
    window's run may have changed them since its scene (and its scenario) was made."""
    lrs = getattr(history, "lrs", ())
    lr = float(lrs[row]) if len(lrs) and -len(lrs) <= row < len(lrs) else scenario.lr
    if hasattr(history, "optimizer_at") and len(history.steps):
        optimizer = history.optimizer_at(row)
    else:
        optimizer = getattr(history, "optimizer", None) or scenario.optimizer
    return optimizer, lr


def final_status(history, loss: str) -> str | None:
    """converged, finished or diverged for a run that has ended (a core History), else None."""
    status = getattr(history, "status", None)
    if status not in ("finished", "diverged"):
        return None
    return run_status(status, np.asarray(history.grad_norms), loss)


def caption_text(scenario, history, rows: int | None = None, status: str | None = None) -> str:
    """What the first `rows` rows of `history` (all by default) show, in one line; the
    run's `status` is said on its last row only."""
    rows = len(history.steps) if rows is None else rows
    row = rows - 1
    step = int(history.steps[row])
    optimizer, lr = run_settings(scenario, history, row)
    parts = [run_label(optimizer, lr, scenario.batch_size, short=False),
             tr("step {step} / {limit}").format(step=step, limit=scenario.steps)]
    loss = float(history.losses[row])
    if np.isfinite(loss):
        parts.append(tr("loss {loss}").format(loss=f"{loss:.4g}"))
    if rows == len(history.steps) and status is not None:
        if status == "diverged":
            parts.append(tr("diverged at step {step}").format(step=step))
        elif status == "converged":
            parts.append(tr("converged"))
        elif status == "finished":
            parts.append(tr("stopped at the step limit"))
    return " · ".join(parts)


def add_caption(view: pg.PlotWidget, text: str, points: float = 10.0) -> pg.LabelItem:
    """`text` under the plot's bottom axis, across the whole figure, in as many lines
    (broken after a " · ") as the figure's width needs."""
    item = view.getPlotItem()
    font = QFont(view.font())
    font.setPointSizeF(points)
    metrics = QFontMetricsF(font)
    lines, room = [""], max(view.width() - 24, 50)
    for part in text.split(" · "):
        joined = f"{lines[-1]} · {part}" if lines[-1] else part
        if lines[-1] and metrics.horizontalAdvance(joined) > room:
            lines.append(part)
        else:
            lines[-1] = joined
    text = "<br>".join(html.escape(line) for line in lines)
    label = pg.LabelItem(text, color=looks.current().text, size=f"{points:g}pt", justify="left")
    columns = item.layout.columnCount()
    item.layout.addItem(label, item.layout.rowCount(), 0, 1, columns)
    return label
