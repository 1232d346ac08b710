"""The GUI thread's copy of a run so far, grown by the chunks the worker sends."""
from __future__ import annotations

import numpy as np

from ..core import History
from ..core.optimizers import OPTIMIZERS

_COLUMNS = ("losses", "val_losses", "grad_norms", "lrs")
_OPTIMIZER_KEYS = list(OPTIMIZERS)


class HistoryBuffer:
    """Arrays that grow by doubling, so appending a chunk costs the chunk, not the run.

    Rows are the steps 0, 1, 2, ... in order. Only the last two gradients are kept (the
    views show the last update); a long run costs its parameters and four numbers a row.
    """

    def __init__(self, size: int) -> None:
        self._n = 0
        self._thetas = np.empty((64, size))
        self._columns = {name: np.empty(64) for name in _COLUMNS}
        self._optimizers = np.empty(64, np.uint8)  # the update rule the next update uses, by index
        self._steps = np.arange(64)
        self.recent_grads = np.empty((0, size))  # the gradients of the last (up to) two rows
        self.status = "running"
        self.diverged_at_step: int | None = None

    def __len__(self) -> int:
        return self._n

    def append(self, chunk: History) -> None:
        m = len(chunk)
        if self._n + m > len(self._thetas):
            capacity = max(2 * len(self._thetas), self._n + m)
            self._thetas = _grown(self._thetas, capacity, self._n)
            self._columns = {k: _grown(v, capacity, self._n) for k, v in self._columns.items()}
            self._optimizers = _grown(self._optimizers, capacity, self._n)
            self._steps = np.arange(capacity)
        self._write(self._n, chunk)
        self._n += m
        self.recent_grads = np.concatenate([self.recent_grads, chunk.grads])[-2:]
        self.status, self.diverged_at_step = chunk.status, chunk.diverged_at_step

    def replace_last(self, row: History) -> None:
        """The worker's restatement of the last row (a new rate or rule for the next update)."""
        self._write(self._n - 1, row)
        self.recent_grads = np.concatenate([self.recent_grads[:-1], row.grads])

    def _write(self, at: int, chunk: History) -> None:
        m = len(chunk)
        self._thetas[at:at + m] = chunk.thetas
        for name in _COLUMNS:
            self._columns[name][at:at + m] = getattr(chunk, name)
        self._optimizers[at:at + m] = _OPTIMIZER_KEYS.index(chunk.optimizer)

    def truncate(self, rows: int, grads: np.ndarray) -> None:
        """Keep the first `rows` rows (a branch goes on from there); `grads` are the
        gradients of the last two kept rows."""
        self._n = min(rows, self._n)
        self.recent_grads = grads
        self.status, self.diverged_at_step = "running", None

    def copy_rows(self, start: int) -> dict[str, np.ndarray]:
        """Rows `start` to the end as plain arrays: the tail a branch leaves behind."""
        return {"steps": self.steps[start:].copy(), "thetas": self.thetas[start:].copy(),
                "losses": self.losses[start:].copy()}

    def prefix(self, rows: int, gradient_at=None) -> HistoryBuffer | HistoryPrefix:
        """The run up to and including row `rows` - 1. An earlier update's gradient was not
        kept: `gradient_at(theta)` recomputes it (the full-batch gradient), or it is None."""
        if rows >= self._n:
            return self
        grads = (np.array([gradient_at(self.thetas[rows - 2]), gradient_at(self.thetas[rows - 1])])
                 if gradient_at is not None and rows >= 2 else None)
        return HistoryPrefix(self, rows, grads)

    def optimizer_at(self, row: int) -> str:
        """The update rule of the update that leaves row `row`."""
        return _OPTIMIZER_KEYS[int(self._optimizers[:self._n][row])]

    @property
    def steps(self) -> np.ndarray:
        return self._steps[:self._n]

    @property
    def thetas(self) -> np.ndarray:
        return self._thetas[:self._n]

    def __getattr__(self, name: str) -> np.ndarray:
        if name in _COLUMNS:
            return self._columns[name][:self._n]
        raise AttributeError(name)


class HistoryPrefix:
    """The first `rows` rows of a run, read as the run itself: what every view shows when
    the timeline is at an earlier step. `grads` are the gradients of its last two rows
    where they are known (None where they were not kept)."""

    def __init__(self, buffer: HistoryBuffer, rows: int, grads: np.ndarray | None) -> None:
        self._buffer, self._n = buffer, rows
        self.recent_grads = grads
        self.status, self.diverged_at_step = "running", None

    def __len__(self) -> int:
        return self._n

    def optimizer_at(self, row: int) -> str:
        return self._buffer.optimizer_at(range(self._n)[row])

    @property
    def steps(self) -> np.ndarray:
        return self._buffer.steps[:self._n]

    @property
    def thetas(self) -> np.ndarray:
        return self._buffer.thetas[:self._n]

    def __getattr__(self, name: str) -> np.ndarray:
        if name in _COLUMNS:
            return getattr(self._buffer, name)[:self._n]
        raise AttributeError(name)


def _grown(a: np.ndarray, capacity: int, used: int) -> np.ndarray:
    bigger = np.empty((capacity,) + a.shape[1:], a.dtype)
    bigger[:used] = a[:used]
    return bigger
