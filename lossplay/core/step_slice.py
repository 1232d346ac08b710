"""The loss along the last step: a one-dimensional cut through the landscape from where
the weights were (t = 0) to where the step put them (t = 1).

For a quadratic objective the cut is a parabola. A step that lands where the loss rises
along it has gone past the lowest point of the cut: an overshoot; one that lands higher than
it started has overshot by more than it came down, and along a steep direction the next
step overshoots further.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .objective import Objective

POSITIONS = np.linspace(-0.25, 1.25, 41)  # in step lengths: a little before the start and past the landing


@dataclass(frozen=True)
class StepSlice:
    positions: np.ndarray  # t, in step lengths
    losses: np.ndarray  # the objective at before + t (after - before)
    before: float  # the loss where the step started (t = 0)
    after: float  # and where it landed (t = 1)
    passed_lowest: bool  # the loss rises along the step where it landed: it went past the lowest point

    @property
    def landed_higher(self) -> bool:
        """Past the lowest point, and so far that it ends higher than it started."""
        return self.after > self.before


def step_slice(objective: Objective, before: np.ndarray, after: np.ndarray,
               positions: np.ndarray = POSITIONS) -> StepSlice:
    step = after - before
    with np.errstate(over="ignore", invalid="ignore"):
        if objective.is_quadratic:  # a parabola in t: three values fix it exactly
            f0, f1, fm = (objective.value(before + t * step) for t in (0.0, 1.0, -1.0))
            a, b = (f1 + fm) / 2.0 - f0, (f1 - fm) / 2.0
            losses = a * positions ** 2 + b * positions + f0
        else:
            losses = np.array([objective.value(before + t * step) for t in positions])
        after_loss, grad = objective.value_and_grad(after)
        passed = float(grad.ravel() @ step.ravel()) > 0.0
    return StepSlice(positions, losses, objective.value(before), float(after_loss), passed)
