"""The training objective: data loss of a model on a data set, plus the weight penalty.

This is the one place where the chain rule is applied (loss gradient -> model backprop
-> + penalty gradient), as sklearn's LinearModelLoss does.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .losses import QUADRATIC_LOSSES, Loss
from .models import LinearModel, Model
from .regularizers import penalty, penalty_grad


@dataclass(frozen=True)
class Objective:
    model: Model
    loss: Loss
    X: np.ndarray
    y: np.ndarray  # encoded as the loss takes it
    regularizer: str = "none"
    lam: float = 0.0
    delta: float = 1.0

    @cached_property
    def least_squares(self) -> tuple[np.ndarray, np.ndarray, float] | None:
        """(G, theta*, rss*) of a one-output linear model: G = [X, 1]^T [X, 1], theta* the
        least-squares fit and rss* its residual sum of squares. Then, for every theta,
        sum((raw - y)^2) = rss* + (theta - theta*)^T G (theta - theta*) (the residual at
        theta* is orthogonal to [X, 1]): the mse family anywhere, at no cost per sample.
        None when the numbers overflow."""
        Xb = self._design
        if Xb is None or self.model.outputs != 1:
            return None
        with np.errstate(over="ignore", invalid="ignore"):
            try:
                theta, *_ = np.linalg.lstsq(Xb, self.y, rcond=None)
            except np.linalg.LinAlgError:
                return None
            r = Xb @ theta - self.y
            G, rss = Xb.T @ Xb, float(r @ r)
        return (G, theta, rss) if np.isfinite(G).all() and np.isfinite(theta).all() and np.isfinite(rss) else None

    def data_loss(self, theta: np.ndarray) -> float:
        return float(self.loss.value(self.model.raw(theta, self.X), self.y, self.delta))

    def value(self, theta: np.ndarray) -> float:
        weights = theta[self.model.weight_mask]
        return self.data_loss(theta) + float(penalty(self.regularizer, self.lam, weights))

    @cached_property
    def _design(self) -> np.ndarray | None:
        """[X, 1] for a linear model, whose theta is then the matrix (features + 1, outputs)."""
        if isinstance(self.model, LinearModel):
            return np.column_stack([self.X, np.ones(len(self.X))])
        return None

    def value_and_grad(self, theta: np.ndarray, rows: np.ndarray | None = None) -> tuple[float, np.ndarray]:
        """Objective and its gradient, on all training samples or on `rows` (a mini-batch).

        Callers that may overflow (a diverging run) wrap this in np.errstate; it is the
        training loop's hot path, so it sets no error state of its own."""
        y = self.y if rows is None else self.y[rows]
        design = self._design
        if design is not None:
            Xb = design if rows is None else design[rows]
            if self.model.outputs == 1:
                value, grad_raw = self.loss.value_and_grad(Xb @ theta, y, self.delta)
                grad = Xb.T @ grad_raw
            else:
                value, grad_raw = self.loss.value_and_grad(Xb @ theta.reshape(-1, self.model.outputs), y, self.delta)
                grad = (Xb.T @ grad_raw).ravel()
        else:
            X = self.X if rows is None else self.X[rows]
            value, grad_raw = self.loss.value_and_grad(self.model.raw(theta, X), y, self.delta)
            grad = self.model.backprop(theta, X, grad_raw)
        value = float(value)
        if self.regularizer != "none":
            mask = self.model.weight_mask
            value += float(penalty(self.regularizer, self.lam, theta[mask]))
            grad[mask] += penalty_grad(self.regularizer, self.lam, theta[mask])
        return value, grad

    @property
    def is_quadratic(self) -> bool:
        """True when the Hessian is constant: a linear model with mse, half_mse or sse."""
        return (isinstance(self.model, LinearModel) and self.model.outputs == 1
                and self.loss.key in QUADRATIC_LOSSES and self.regularizer in ("none", "l2"))

    def hessian(self) -> np.ndarray:
        """The constant Hessian of a quadratic objective (see `is_quadratic`)."""
        Xb = np.column_stack([self.X, np.ones(len(self.X))])
        scale = {"mse": 2.0 / len(self.X), "half_mse": 1.0 / len(self.X), "sse": 2.0}[self.loss.key]
        H = scale * Xb.T @ Xb
        if self.regularizer == "l2":
            H += 2.0 * self.lam * np.diag(self.model.weight_mask.astype(float))
        return H

    def exact_minimum(self) -> np.ndarray | None:
        """argmin theta of a quadratic objective, or None where it has no closed form."""
        if not self.is_quadratic:
            return None
        Xb = np.column_stack([self.X, np.ones(len(self.X))])
        with np.errstate(over="ignore", invalid="ignore"):
            grad_at_zero = self.value_and_grad(np.zeros(Xb.shape[1]))[1]
            H = self.hessian()
        # Numbers near the float limit overflow here, and LAPACK's SVD then fails to
        # converge: no minimum to mark is better than a crash.
        if not (np.isfinite(H).all() and np.isfinite(grad_at_zero).all()):
            return None
        try:
            minimum, *_ = np.linalg.lstsq(H, -grad_at_zero, rcond=None)
        except np.linalg.LinAlgError:
            return None
        return minimum if np.isfinite(minimum).all() else None
