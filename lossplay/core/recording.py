"""A long run in bounded memory: history.csv written as the run goes, and a decimated
copy of the history kept for the plots, the landscape's frame and summary.json.

A million steps of full history are hundreds of megabytes (theta, gradient and five
numbers per row, twice over while chunks are joined, and the CSV text on top); what
the figures can show of them is a few thousand points. The start of a run, where the
path moves most, is kept row for row; beyond it rows are kept at an even stride that
doubles whenever they fill their share, and the last two rows (the end, and the last
finite row before a divergence) are always kept.
"""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from .problem import Problem
from .training import RUNNING, History, Run

HEAD_ROWS = 10_000  # rows kept one for one from the start of a run
TAIL_ROWS = 10_000  # at most this many rows kept after them, evenly spaced
CHUNK = 10_000  # updates per chunk handed from the training loop to the file
_FIELDS = ("steps", "thetas", "losses", "val_losses", "grad_norms", "grads", "lrs")


def history_header(param_names: list[str]) -> str:
    return ",".join(["step", "loss", "val_loss", "grad_norm", "lr"] + list(param_names)) + "\n"


def history_rows(history: History, has_val: bool) -> str:
    """The rows of history.csv for `history` (DESIGN.md): numbers as they read back exactly."""
    out = io.StringIO()
    steps, losses, norms, lrs = (a.tolist() for a in (history.steps, history.losses, history.grad_norms, history.lrs))
    vals = history.val_losses.tolist()
    for t, theta in enumerate(history.thetas.tolist()):
        val = repr(vals[t]) if has_val else ""
        out.write(f"{steps[t]},{losses[t]!r},{val},{norms[t]!r},{lrs[t]!r},{','.join(map(repr, theta))}\n")
    return out.getvalue()


def _rows(history: History, keep: np.ndarray) -> History:
    return History(*(getattr(history, name)[keep] for name in _FIELDS), status=history.status,
                   diverged_at_step=history.diverged_at_step, optimizer=history.optimizer)


class Decimator:
    """Keeps a bounded selection of a run's rows, chunk by chunk (see the module's note)."""

    def __init__(self, head: int = HEAD_ROWS, tail: int = TAIL_ROWS) -> None:
        self.head, self.tail = head, max(tail, 2)
        self.stride = 1
        self._kept: list[History] = []
        self._tail_rows = 0
        self._recent: History | None = None  # the last two rows seen

    def _chosen(self, steps: np.ndarray) -> np.ndarray:
        return (steps < self.head) | ((steps - self.head) % self.stride == 0)

    def add(self, chunk: History) -> None:
        if not len(chunk):
            return
        self._kept.append(_rows(chunk, self._chosen(chunk.steps)))
        self._tail_rows += int(np.count_nonzero(self._kept[-1].steps >= self.head))
        while self._tail_rows > self.tail:  # too many: keep every other one of them
            self.stride *= 2
            self._kept = [_rows(h, self._chosen(h.steps)) for h in self._kept]
            self._tail_rows = sum(int(np.count_nonzero(h.steps >= self.head)) for h in self._kept)
        recent = chunk if self._recent is None else History.concat([self._recent, chunk])
        self._recent = _rows(recent, slice(-2, None))

    def history(self) -> History:
        """The kept rows in step order, the last two rows of the run among them."""
        kept = History.concat([h for h in self._kept if len(h)] + [self._recent])
        steps, first = np.unique(kept.steps, return_index=True)  # sorted, each step once
        return _rows(kept, first)


def train_recorded(problem: Problem, csv_path: Path | None = None, decimator: Decimator | None = None) -> History:
    """Run `problem` to its step limit or divergence, writing every row of history.csv to
    `csv_path` as it goes (when given), and return the rows `decimator` keeps (all of
    them without one)."""
    run = Run(problem)
    has_val = problem.val_objective is not None
    chunks: list[History] = []
    f = open(csv_path, "x", encoding="utf-8", newline="") if csv_path is not None else None
    try:
        if f is not None:
            f.write(history_header(problem.param_names))
        while True:
            chunk = run.advance(CHUNK)
            if f is not None:
                f.write(history_rows(chunk, has_val))
            if decimator is not None:
                decimator.add(chunk)
            else:
                chunks.append(chunk)
            if run.status != RUNNING:
                break
    finally:
        if f is not None:
            f.close()
    return decimator.history() if decimator is not None else History.concat(chunks)

