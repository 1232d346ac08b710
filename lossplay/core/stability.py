"""The critical learning rate of full-batch gradient descent on a quadratic objective.

With a constant Hessian H, gradient descent converges for lr < 2 / lambda_max(H);
heavy-ball momentum mu moves the bound to 2 (1 + mu) / lambda_max and Nesterov's
momentum to 2 (1 + mu) / ((1 + 2 mu) lambda_max). Elsewhere there is no single number.
"""
from __future__ import annotations

import numpy as np

from .objective import Objective
from .optimizers import OPTIMIZERS


def largest_curvature(objective: Objective) -> float:
    return float(np.linalg.eigvalsh(objective.hessian())[-1])


def critical_lr(objective: Objective, optimizer: str, batch_size: int | str = "all") -> float | None:
    full_batch = batch_size == "all" or batch_size >= len(objective.X)
    if not (objective.is_quadratic and full_batch and optimizer in ("sgd", "momentum", "nesterov")):
        return None
    lam_max = largest_curvature(objective)
    if lam_max <= 0.0:
        return None
    mu = OPTIMIZERS[optimizer].momentum
    if optimizer == "nesterov":
        return 2.0 * (1.0 + mu) / ((1.0 + 2.0 * mu) * lam_max)
    return 2.0 * (1.0 + mu) / lam_max
