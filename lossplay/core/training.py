"""The training loop: one history row per update, divergence as DESIGN.md defines it.

A `Run` belongs to one thread at a time and hands out `History` chunks: immutable
snapshots (read-only arrays) that can be passed to another thread. Row t holds theta
after t updates, the full training objective and its gradient norm there, the
validation data loss, and the learning rate the next update uses.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .optimizers import OPTIMIZERS
from .problem import Problem
from .schedules import parse_schedule

DIVERGENCE_FACTOR = 1e6

RUNNING, FINISHED, DIVERGED = "running", "finished", "diverged"


@dataclass(frozen=True)
class History:
    steps: np.ndarray  # (m,) int
    thetas: np.ndarray  # (m, size)
    losses: np.ndarray  # (m,) training objective
    val_losses: np.ndarray  # (m,) validation data loss, nan without a validation split
    grad_norms: np.ndarray  # (m,)
    grads: np.ndarray  # (m, size) gradient of the training objective at each row's theta
    lrs: np.ndarray  # (m,)
    status: str  # after the last row: running, finished or diverged
    diverged_at_step: int | None = None
    optimizer: str = "sgd"  # the update rule the next update uses, like `lrs` (one per chunk)

    def __len__(self) -> int:
        return len(self.steps)

    @staticmethod
    def concat(chunks: list["History"]) -> "History":
        last = chunks[-1]
        return History(*(_frozen(np.concatenate([getattr(c, name) for c in chunks]))
                         for name in ("steps", "thetas", "losses", "val_losses", "grad_norms", "grads", "lrs")),
                       status=last.status, diverged_at_step=last.diverged_at_step, optimizer=last.optimizer)


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


class Run:
    """Steps one scenario forward on demand; the learning rate and optimizer may change
    between two calls of `advance` and apply from the next update. `lr` is the base rate:
    update t + 1 uses `schedule.lr(lr, t)`."""

    def __init__(self, problem: Problem, lr: float | None = None, optimizer: str | None = None,
                 batch_size: int | str | None = None):
        self.problem = problem
        self.objective = problem.objective
        self.lr = problem.scenario.lr if lr is None else lr
        self.optimizer = OPTIMIZERS[optimizer or problem.scenario.optimizer]
        self.schedule = parse_schedule(problem.scenario.schedule)
        self.max_steps = problem.scenario.steps
        self.batch_size = problem.batch_size(batch_size)
        self._shuffler = np.random.default_rng(problem.shuffle_seed)
        self._order = np.empty(0, np.intp)
        self._theta = problem.start.copy()
        self._opt_state = self.optimizer.init(self._theta)
        self._step = -1  # no row yet
        with np.errstate(over="ignore", invalid="ignore"):
            self._loss, self._grad = self.objective.value_and_grad(self._theta)
        self._initial_loss = self._loss
        self.status = RUNNING
        self.diverged_at_step: int | None = None

    @property
    def step(self) -> int:
        """The last step handed out, -1 before the first."""
        return self._step

    def set_optimizer(self, key: str) -> None:
        """Switch optimizer from the next update on, with fresh optimizer state."""
        self.optimizer = OPTIMIZERS[key]
        self._opt_state = self.optimizer.init(self._theta)

    def last_row(self) -> History:
        """The last row handed out again, with the learning rate and optimizer that the
        next update now uses (after `lr` or `set_optimizer` changed them)."""
        theta = self._theta
        val = self.problem.val_objective
        with np.errstate(over="ignore", invalid="ignore"):
            val_loss = val.data_loss(theta) if val is not None else np.nan
        one = lambda v: _frozen(np.array([v]))  # noqa: E731
        return History(one(self._step), _frozen(theta[None].copy()), one(self._loss), one(val_loss),
                       one(math.sqrt(self._grad @ self._grad)), _frozen(self._grad[None].copy()), one(self.lr),
                       self.status, self.diverged_at_step, self.optimizer.key)

    def _next_rows(self) -> np.ndarray:
        if len(self._order) < self.batch_size:
            # Reshuffle every epoch; the samples left over from the last one go first.
            self._order = np.concatenate([self._order, self._shuffler.permutation(len(self.objective.X))])
        rows, self._order = self._order[:self.batch_size], self._order[self.batch_size:]
        return rows

    def advance(self, max_updates: int) -> History:
        """Up to `max_updates` updates (plus row 0 on the first call), as one chunk."""
        objective, val_objective = self.objective, self.problem.val_objective
        update, lr, full_batch = self.optimizer.update, self.lr, self.batch_size is None
        limit = DIVERGENCE_FACTOR * self._initial_loss
        theta, state, loss, grad, step = self._theta, self._opt_state, self._loss, self._grad, self._step
        capacity = max_updates + 1
        thetas, grads = np.empty((capacity, len(theta))), np.empty((capacity, len(theta)))
        losses, val_losses, norms = np.empty(capacity), np.full(capacity, np.nan), np.empty(capacity)
        first_step = step + 1
        constant = self.schedule.is_constant
        if not constant:
            # rates[s - first_step + 1] is the rate of the update from row s (schedules.py).
            rates = (lr * self.schedule.factors(np.arange(first_step - 1, first_step + capacity))).tolist()
        m = 0
        # Locals, not attributes, in this loop: it must keep up with a bare numpy loop.
        with np.errstate(over="ignore", invalid="ignore"):
            while self.status == RUNNING:
                if step >= 0:
                    if m == max_updates + (first_step == 0):
                        break
                    batch_grad = grad if full_batch else objective.value_and_grad(theta, self._next_rows())[1]
                    theta, state = update(theta, batch_grad, state, lr if constant else rates[step - first_step + 1])
                    loss, grad = objective.value_and_grad(theta)
                step += 1
                thetas[m] = theta
                losses[m] = loss
                norms[m] = math.sqrt(grad @ grad)
                grads[m] = grad
                m += 1
                if not math.isfinite(loss) or loss > limit:
                    self.status, self.diverged_at_step = DIVERGED, step
                elif step >= self.max_steps:
                    self.status = FINISHED
        self._theta, self._opt_state, self._loss, self._grad, self._step = theta, state, loss, grad, step
        if val_objective is not None:
            val_losses[:m] = validation_losses(val_objective, thetas[:m])
        return History(_frozen(np.arange(first_step, first_step + m)), _frozen(thetas[:m].copy()),
                       _frozen(losses[:m].copy()), _frozen(val_losses[:m].copy()), _frozen(norms[:m].copy()),
                       _frozen(grads[:m].copy()), _frozen(np.full(m, lr) if constant else np.array(rates[1:m + 1])),
                       self.status, self.diverged_at_step, self.optimizer.key)


def validation_losses(objective, thetas: np.ndarray, max_elements: int = 2_000_000) -> np.ndarray:
    """The data loss of `objective` at each row of `thetas` (m, size), a few rows at a
    time in one vectorised pass each: scored step by step, the validation split cost as
    much Python as the training step itself (46 % of the speed without one)."""
    model, X = objective.model, objective.X
    per_row = max(1, X.shape[0] * model.outputs * (2 + getattr(model, "hidden", 0)))
    rows = max(1, max_elements // per_row)
    out = np.empty(len(thetas))
    with np.errstate(over="ignore", invalid="ignore"):
        for start in range(0, len(thetas), rows):
            raw = model.raw_many(thetas[start:start + rows], X)
            out[start:start + rows] = objective.loss.value(raw, objective.y, objective.delta)
    return out


def train(problem: Problem, chunk: int = 10_000) -> History:
    """Run the scenario to its step limit or to divergence."""
    run = Run(problem)
    chunks = [run.advance(chunk)]
    while run.status == RUNNING:
        chunks.append(run.advance(chunk))
    return History.concat(chunks)
