"""Weight penalties added to the data loss; biases are never penalised."""
from __future__ import annotations

import numpy as np

REGULARIZERS = ("none", "l1", "l2")


def penalty(kind: str, lam: float, weights: np.ndarray) -> np.ndarray:
    """l1: lam * sum|w|, l2: lam * sum w^2, over the last axis of `weights`."""
    if kind == "l1":
        return lam * np.abs(weights).sum(axis=-1)
    if kind == "l2":
        return lam * (weights * weights).sum(axis=-1)
    return np.zeros(weights.shape[:-1])


def penalty_grad(kind: str, lam: float, weights: np.ndarray) -> np.ndarray:
    """The (sub)gradient; sign(0) = 0 for l1."""
    if kind == "l1":
        return lam * np.sign(weights)
    if kind == "l2":
        return 2.0 * lam * weights
    return np.zeros_like(weights)
