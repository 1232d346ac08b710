"""Learning-rate schedules: the rate of every update as a multiple of the base rate.

A schedule is written as a short string (DESIGN.md) and stepped once after every update,
as torch.optim.lr_scheduler on one parameter group:

    constant     factor(t) = 1
    step:S:G     StepLR(step_size=S, gamma=G)          factor(t) = G ** (t // S)
    exp:G        ExponentialLR(gamma=G)                 factor(t) = G ** t
    cosine:T     CosineAnnealingLR(T_max=T, eta_min=0)  factor(t) = (1 + cos(pi t / T)) / 2
    warmup:K     LinearLR(1/K, 1, total_iters=K)        factor(t) = 1/K + (1 - 1/K) min(t, K) / K

Update t + 1 (from the theta of history row t) uses lr(t) = base_lr * factor(t). torch
computes the same numbers recursively from the previous rate; these closed forms agree
with it to rounding (1e-15 relative) and give any step's rate without running the others.
Like torch's, the cosine schedule is periodic: after T steps the rate rises again.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .messages import ScenarioError

SCHEDULE_KINDS = ("constant", "step", "exp", "cosine", "warmup")
_USAGE = "constant, step:S:G, exp:G, cosine:T or warmup:K"


class ScheduleError(ScenarioError):
    """A schedule string that cannot be read; one line for a person."""


@dataclass(frozen=True)
class Schedule:
    kind: str  # one of SCHEDULE_KINDS
    steps: int = 1  # S of step, T of cosine, K of warmup
    gamma: float = 1.0  # G of step and exp

    @property
    def is_constant(self) -> bool:
        return self.kind == "constant"

    def factors(self, t: np.ndarray) -> np.ndarray:
        """factor(t) for an array of update indices t >= 0 (history rows)."""
        t = np.asarray(t)
        if self.kind == "step":
            return self.gamma ** (t // self.steps).astype(np.float64)
        if self.kind == "exp":
            return self.gamma ** t.astype(np.float64)
        if self.kind == "cosine":
            return (1.0 + np.cos(np.pi * t / self.steps)) / 2.0
        if self.kind == "warmup":
            start = 1.0 / self.steps
            return start + (1.0 - start) * np.minimum(t, self.steps) / self.steps
        return np.ones(t.shape)

    def rates(self, base_lr: float, t: np.ndarray) -> np.ndarray:
        """lr(t) for an array of rows t: what the window draws against the step."""
        return base_lr * self.factors(t)

    def factor(self, t: int) -> float:
        return float(self.factors(np.array(t)))

    def lr(self, base_lr: float, t: int) -> float:
        """The learning rate of update t + 1, i.e. the `lr` on history row t."""
        return base_lr * self.factor(t)

    def __str__(self) -> str:
        if self.kind == "step":
            return f"step:{self.steps}:{self.gamma!r}"
        if self.kind == "exp":
            return f"exp:{self.gamma!r}"
        if self.kind in ("cosine", "warmup"):
            return f"{self.kind}:{self.steps}"
        return "constant"


CONSTANT = Schedule("constant")


def parse_schedule(text: str) -> Schedule:
    """'constant', 'step:S:G', 'exp:G', 'cosine:T' or 'warmup:K' -> Schedule; a
    ScheduleError names what is wrong (S, T, K whole numbers >= 1; 0 < G <= 1)."""
    if not isinstance(text, str):
        raise ScheduleError("a learning-rate schedule is written as text, such as exp:0.95")
    kind, *args = text.strip().split(":")
    expected = {"constant": 0, "step": 2, "exp": 1, "cosine": 1, "warmup": 1}
    if kind not in expected:
        raise ScheduleError("unknown learning-rate schedule '{text}'; write one of: {usage}", text=text, usage=_USAGE)
    if len(args) != expected[kind]:
        forms = {"constant": "constant", "step": "step:S:G", "exp": "exp:G", "cosine": "cosine:T", "warmup": "warmup:K"}
        raise ScheduleError("schedule '{text}' is not of the form {form}", text=text, form=forms[kind])
    if kind == "constant":
        return CONSTANT
    if kind == "step":
        return Schedule("step", _whole(args[0], "S", text), _gamma(args[1], text))
    if kind == "exp":
        return Schedule("exp", gamma=_gamma(args[0], text))
    letter = "T" if kind == "cosine" else "K"
    return Schedule(kind, _whole(args[0], letter, text))


def _whole(value: str, letter: str, text: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1 or n > 1_000_000_000:
        raise ScheduleError("in schedule '{text}', {letter} must be a whole number of steps from 1 to 1000000000, got '{value}'",
                            text=text, letter=letter, value=value)
    return n


def _gamma(value: str, text: str) -> float:
    try:
        g = float(value)
    except ValueError:
        g = math.nan
    if not 0.0 < g <= 1.0:
        raise ScheduleError("in schedule '{text}', the factor G must be a number with 0 < G <= 1, got '{value}'",
                            text=text, value=value)
    return g
