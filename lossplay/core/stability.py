"""The critical learning rate of full-batch gradient descent on a quadratic objective,
and the numbers that explain it.

With a constant Hessian H = Σ lambda_i v_i v_iᵀ, a gradient-descent step multiplies the
distance to the minimum along each eigen-direction v_i by (1 - lr lambda_i): it shrinks
where |1 - lr lambda_i| < 1 and grows where it is above 1, so the run converges for
lr < 2 / lambda_max(H). Heavy-ball momentum mu moves the bound to 2 (1 + mu) / lambda_max
and Nesterov's momentum to 2 (1 + mu) / ((1 + 2 mu) lambda_max). Elsewhere there is no
single number.
"""
from __future__ import annotations

import numpy as np

from .objective import Objective
from .optimizers import OPTIMIZERS


def largest_curvature(objective: Objective) -> float:
    return float(np.linalg.eigvalsh(objective.hessian())[-1])


def principal_curvatures(objective: Objective) -> tuple[np.ndarray, np.ndarray] | None:
    """The eigenvalues of a quadratic objective's constant Hessian, largest first, and
    its unit eigen-directions as the columns of a (size, size) matrix in the same order
    (draw them through `objective.exact_minimum()`); None when the Hessian is not constant."""
    if not objective.is_quadratic:
        return None
    values, vectors = np.linalg.eigh(objective.hessian())
    return values[::-1].copy(), vectors[:, ::-1].copy()


def step_factors(lr: float, eigenvalues: np.ndarray) -> np.ndarray:
    """|1 - lr lambda| per eigen-direction: what one gradient-descent step multiplies the
    distance to the minimum by along it (below 1 it shrinks, above 1 it grows)."""
    return np.abs(1.0 - lr * np.asarray(eigenvalues, dtype=np.float64))


def momentum_factors(lr: float, eigenvalues: np.ndarray, mu: float) -> np.ndarray:
    """Per eigen-direction, the factor by which heavy-ball momentum (torch's SGD with
    momentum mu) multiplies the distance per step in the long run: the spectral radius of
    x_{t+1} = (1 + mu - lr lambda) x_t - mu x_{t-1}, i.e. the larger |root| of
    z² - (1 + mu - lr lambda) z + mu = 0."""
    a = 1.0 + mu - lr * np.asarray(eigenvalues, dtype=np.float64)
    root = np.sqrt((a * a - 4.0 * mu).astype(complex))
    return np.maximum(np.abs((a + root) / 2.0), np.abs((a - root) / 2.0))


def nesterov_factors(lr: float, eigenvalues: np.ndarray, mu: float) -> np.ndarray:
    """The same for Nesterov momentum (torch's SGD with nesterov=True): the larger |root|
    of z² - (1 + mu)(1 - lr lambda) z + mu (1 - lr lambda) = 0."""
    c = 1.0 - lr * np.asarray(eigenvalues, dtype=np.float64)
    a = (1.0 + mu) * c
    root = np.sqrt((a * a - 4.0 * mu * c).astype(complex))
    return np.maximum(np.abs((a + root) / 2.0), np.abs((a - root) / 2.0))


def distance_factors(lr: float, eigenvalues: np.ndarray, optimizer: str) -> np.ndarray:
    """Per eigen-direction, what a step of `optimizer` multiplies the distance to the
    minimum by in the long run (plain, heavy-ball or Nesterov gradient descent)."""
    mu = OPTIMIZERS[optimizer].momentum
    if optimizer == "nesterov":
        return nesterov_factors(lr, eigenvalues, mu)
    return momentum_factors(lr, eigenvalues, mu) if mu else step_factors(lr, eigenvalues)


def gradient_descent_bound(lambda_max: float) -> float:
    """2 / lambda_max: plain gradient descent converges below it."""
    return 2.0 / lambda_max


def momentum_bound(lambda_max: float, mu: float) -> float:
    """2 (1 + mu) / lambda_max: heavy-ball momentum mu converges below it."""
    return 2.0 * (1.0 + mu) / lambda_max


def nesterov_bound(lambda_max: float, mu: float) -> float:
    """2 (1 + mu) / ((1 + 2 mu) lambda_max): Nesterov momentum mu converges below it."""
    return 2.0 * (1.0 + mu) / ((1.0 + 2.0 * mu) * lambda_max)


def critical_lr(objective: Objective, optimizer: str, batch_size: int | str = "all") -> float | None:
    full_batch = batch_size == "all" or batch_size >= len(objective.X)
    if not (objective.is_quadratic and full_batch and optimizer in ("sgd", "momentum", "nesterov")):
        return None
    lam_max = largest_curvature(objective)
    if lam_max <= 0.0:
        return None
    mu = OPTIMIZERS[optimizer].momentum
    if optimizer == "nesterov":
        return nesterov_bound(lam_max, mu)
    return momentum_bound(lam_max, mu)  # mu = 0 for plain gradient descent
