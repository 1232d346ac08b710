"""The row of a run that the views show: the one the timeline is back at, or the newest."""
from __future__ import annotations

import numpy as np


def shown_row(history, replay_row: int | None) -> int:
    """The row of `history` (len >= 1) to show for the timeline's `replay_row` (None:
    the newest). A diverged run's last row may not be finite: the one before it then."""
    n = len(history)
    last = n - 1 if n == 1 or np.isfinite(history.thetas[n - 1]).all() else n - 2
    return last if replay_row is None else max(0, min(int(replay_row), last))
