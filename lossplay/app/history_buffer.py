"""The GUI thread's copy of the run so far, grown by the chunks the worker sends."""
from __future__ import annotations

import numpy as np

from ..core import History

_FIELDS = ("steps", "losses", "val_losses", "grad_norms", "lrs")


class HistoryBuffer:
    """Arrays that grow by doubling, so appending a chunk costs the chunk, not the run."""

    def __init__(self, size: int) -> None:
        self._n = 0
        self._thetas = np.empty((64, size))
        self._grads = np.empty((64, size))
        self._columns = {name: np.empty(64) for name in _FIELDS}
        self.status = "running"
        self.diverged_at_step: int | None = None

    def __len__(self) -> int:
        return self._n

    def append(self, chunk: History) -> None:
        m = len(chunk)
        if self._n + m > len(self._thetas):
            capacity = max(2 * len(self._thetas), self._n + m)
            self._thetas = np.resize(self._thetas, (capacity, self._thetas.shape[1]))
            self._grads = np.resize(self._grads, (capacity, self._grads.shape[1]))
            self._columns = {k: np.resize(v, capacity) for k, v in self._columns.items()}
        self._thetas[self._n:self._n + m] = chunk.thetas
        self._grads[self._n:self._n + m] = chunk.grads
        for name in _FIELDS:
            self._columns[name][self._n:self._n + m] = getattr(chunk, name)
        self._n += m
        self.status, self.diverged_at_step = chunk.status, chunk.diverged_at_step

    def set_last_lr(self, lr: float) -> None:
        """The last row's lr is the one the next update uses: it changes with the setting."""
        self._columns["lrs"][self._n - 1] = lr

    @property
    def thetas(self) -> np.ndarray:
        return self._thetas[:self._n]

    @property
    def grads(self) -> np.ndarray:
        return self._grads[:self._n]

    def __getattr__(self, name: str) -> np.ndarray:
        if name in _FIELDS:
            return self._columns[name][:self._n]
        raise AttributeError(name)
