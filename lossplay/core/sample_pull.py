"""Which samples pull on the weights: each training sample's share of the gradient.

The objective is a sum over samples (a mean is a sum with weights 1/n) plus a penalty,
so its gradient splits exactly into one term per sample and the penalty's: the loss
gradient with respect to the raw outputs, row by row, carried back to the weights.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .models import LinearModel
from .objective import Objective
from .regularizers import penalty_grad

MAX_SAMPLES = 500  # more than this and no single sample's pull can be seen


@dataclass(frozen=True)
class SamplePull:
    contributions: np.ndarray  # (n, k): sample i's term of the gradient, over the training samples
    penalty: np.ndarray  # (k,): the regularizer's term (zeros without one)

    @property
    def gradient(self) -> np.ndarray:
        return self.contributions.sum(axis=0) + self.penalty

    @property
    def strengths(self) -> np.ndarray:
        """The length of each sample's term: how hard it pulls."""
        return np.linalg.norm(self.contributions, axis=1)


def sample_pull(objective: Objective, theta: np.ndarray) -> SamplePull | None:
    """Each training sample's term of the gradient at `theta`; None for more than
    MAX_SAMPLES samples or where the gradient is not finite."""
    X, y, model = objective.X, objective.y, objective.model
    if len(X) > MAX_SAMPLES:
        return None
    with np.errstate(over="ignore", invalid="ignore"):
        grad_raw = objective.loss.grad(model.raw(theta, X), y, objective.delta)  # (n,) or (n, outputs)
        if isinstance(model, LinearModel):
            Xb = np.column_stack([X, np.ones(len(X))])
            g = grad_raw.reshape(len(X), -1)
            contributions = (Xb[:, :, None] * g[:, None, :]).reshape(len(X), -1)
        else:
            contributions = np.array([model.backprop(theta, X[i: i + 1], grad_raw[i: i + 1]) for i in range(len(X))])
    penalty = np.zeros_like(theta, dtype=np.float64)
    if objective.regularizer != "none":
        mask = model.weight_mask
        penalty[mask] = penalty_grad(objective.regularizer, objective.lam, theta[mask])
    if not np.isfinite(contributions).all():
        return None
    return SamplePull(contributions, penalty)
