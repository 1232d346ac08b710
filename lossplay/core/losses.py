"""Losses on raw model outputs, with their gradients d(value)/d(raw).

Every loss reduces over the sample axis and keeps any leading axes, so the same code
evaluates one parameter vector (raw of shape (n,) or (n, C)) or a whole grid of them
(raw of shape (..., n) or (..., n, C)) for the landscape. Formulas and target
encodings are the table in DESIGN.md.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable

import numpy as np

# How each loss wants its targets.
REAL = "real"  # regression values, shape (n,)
PLUS_MINUS = "-1/+1"  # binary labels, shape (n,)
ZERO_ONE = "0/1"  # binary labels, shape (n,)
ONE_HOT = "one-hot"  # class probabilities, shape (n, C)
INDEX = "class index"  # integer labels, shape (n,)


def softplus(z: np.ndarray) -> np.ndarray:
    """log(1 + exp(z)) without overflow: max(z, 0) + log1p(exp(-|z|)), several times
    faster than np.logaddexp(0, z) and as exact."""
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)) without overflow for any float64 z."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


def logsumexp(raw: np.ndarray) -> np.ndarray:
    """log Σ_k exp(raw[..., k]), shifted by the maximum so that nothing overflows.

    With a handful of classes, numpy reduces a short last axis slowly; one elementwise
    pass per class is several times faster on a landscape's (grid, n, C) array."""
    columns = [raw[..., k] for k in range(raw.shape[-1])]
    top = columns[0].copy()
    for column in columns[1:]:
        np.maximum(top, column, out=top)
    total = np.zeros_like(top)
    for column in columns:
        total += np.exp(column - top)
    return top + np.log(total)


def log_softmax(raw: np.ndarray) -> np.ndarray:
    """log softmax over the last axis."""
    return raw - logsumexp(raw)[..., None]


def _dot_classes(raw: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Σ_k raw[..., k] weights[..., k], one class at a time (see logsumexp)."""
    total = raw[..., 0] * weights[..., 0]
    for k in range(1, raw.shape[-1]):
        total = total + raw[..., k] * weights[..., k]
    return total


def _pick(raw: np.ndarray, index: np.ndarray) -> np.ndarray:
    """raw[..., i, index[i]] for class-index targets."""
    total = np.zeros(raw.shape[:-1])
    for k in range(raw.shape[-1]):
        total = total + np.where(index == k, raw[..., k], 0.0)
    return total


@dataclass(frozen=True)
class Loss:
    key: str
    targets: str
    formula: str
    multi_output: bool
    value: Callable[..., np.ndarray]
    grad: Callable[..., np.ndarray]
    both: Callable[..., tuple[float, np.ndarray]] | None = None  # value and grad sharing work
    derivative: str = ""  # d(loss of one sample)/d(raw), for the equations panel

    def value_and_grad(self, raw: np.ndarray, y: np.ndarray, delta: float) -> tuple[float, np.ndarray]:
        if self.both is not None:
            return self.both(raw, y, delta)
        return self.value(raw, y, delta), self.grad(raw, y, delta)

    @property
    def regression(self) -> bool:
        return self.targets == REAL


# --- regression ---------------------------------------------------------------

def _mse(raw, y, delta):
    return np.mean((raw - y) ** 2, axis=-1)


def _mse_grad(raw, y, delta):
    return 2.0 * (raw - y) / y.shape[0]


def _mse_both(raw, y, delta):
    r = raw - y
    return (r @ r) / len(y), (2.0 / len(y)) * r


def _half_mse(raw, y, delta):
    return 0.5 * np.mean((raw - y) ** 2, axis=-1)


def _half_mse_grad(raw, y, delta):
    return (raw - y) / y.shape[0]


def _sse(raw, y, delta):
    return np.sum((raw - y) ** 2, axis=-1)


def _sse_grad(raw, y, delta):
    return 2.0 * (raw - y)


def _rmse(raw, y, delta):
    return np.sqrt(_mse(raw, y, delta))


def _rmse_grad(raw, y, delta):
    rmse = _rmse(raw, y, delta)
    if rmse == 0.0:
        return np.zeros_like(raw)
    return (raw - y) / (y.shape[0] * rmse)


def _mae(raw, y, delta):
    return np.mean(np.abs(raw - y), axis=-1)


def _mae_grad(raw, y, delta):
    return np.sign(raw - y) / y.shape[0]


def _huber(raw, y, delta):
    r = np.abs(raw - y)
    return np.mean(np.where(r <= delta, 0.5 * r * r, delta * (r - 0.5 * delta)), axis=-1)


def _huber_grad(raw, y, delta):
    return np.clip(raw - y, -delta, delta) / y.shape[0]


# --- binary margin losses, y in {-1, +1} --------------------------------------------

def _zero_one(raw, y, delta):
    return np.mean(y * raw <= 0.0, axis=-1)


def _zero_one_grad(raw, y, delta):
    return np.zeros_like(raw)


def _logistic(raw, y, delta):
    return np.mean(softplus(-y * raw), axis=-1)


def _logistic_grad(raw, y, delta):
    return -y * sigmoid(-y * raw) / y.shape[0]


def _exponential(raw, y, delta):
    with np.errstate(over="ignore"):
        return np.mean(np.exp(-y * raw), axis=-1)


def _exponential_grad(raw, y, delta):
    with np.errstate(over="ignore"):
        return -y * np.exp(-y * raw) / y.shape[0]


def _hinge(raw, y, delta):
    return np.mean(np.maximum(0.0, 1.0 - y * raw), axis=-1)


def _hinge_grad(raw, y, delta):
    return np.where(1.0 - y * raw > 0.0, -y, 0.0) / y.shape[0]


def _squared_hinge(raw, y, delta):
    return np.mean(np.maximum(0.0, 1.0 - y * raw) ** 2, axis=-1)


def _squared_hinge_grad(raw, y, delta):
    return -2.0 * y * np.maximum(0.0, 1.0 - y * raw) / y.shape[0]


# --- binary cross-entropy, y in {0, 1} -----------------------------------------------

def _bce(raw, y, delta):
    # -(y log s + (1 - y) log(1 - s)) = log(1 + e^raw) - y raw, from logits. Multi-label
    # targets (n, L) take the mean over every (sample, label) pair, as torch's
    # BCEWithLogitsLoss() on an (n, L) target.
    return np.mean(softplus(raw) - y * raw, axis=-1 if y.ndim == 1 else (-2, -1))


def _bce_grad(raw, y, delta):
    return (sigmoid(raw) - y) / y.size


# --- multiclass, raw of shape (..., n, C) ---------------------------------------------

def _cross_entropy(raw, y, delta):
    # −Σ_k y_k (raw_k − lse) = lse · Σ_k y_k − Σ_k y_k raw_k
    return np.mean(logsumexp(raw) * y.sum(axis=-1) - _dot_classes(raw, y), axis=-1)


def _cross_entropy_grad(raw, y, delta):
    softmax = np.exp(log_softmax(raw))
    return (softmax * y.sum(axis=-1, keepdims=True) - y) / y.shape[0]


def _sparse_cross_entropy(raw, y, delta):
    return np.mean(logsumexp(raw) - _pick(raw, y), axis=-1)


def _sparse_cross_entropy_grad(raw, y, delta):
    grad = np.exp(log_softmax(raw))
    grad[np.arange(y.shape[0]), y] -= 1.0
    return grad / y.shape[0]


def smoothed_sparse_cross_entropy(smoothing: float) -> "Loss":
    """sparse_cross_entropy with label smoothing e: the targets (1 − e) onehot(y) + e / C,
    as torch.nn.CrossEntropyLoss(label_smoothing=e):
    mean(lse − (1 − e) raw_y − e · mean_k raw_k), gradient softmax − target."""
    def value(raw, y, delta):
        return np.mean(logsumexp(raw) - (1.0 - smoothing) * _pick(raw, y) - smoothing * raw.mean(axis=-1), axis=-1)

    def grad(raw, y, delta):
        target = np.full(raw.shape, smoothing / raw.shape[-1])
        target[np.arange(y.shape[0]), y] += 1.0 - smoothing
        return (np.exp(log_softmax(raw)) - target) / y.shape[0]

    return dataclasses.replace(LOSSES["sparse_cross_entropy"], value=value, grad=grad, both=None)


def _hinge_margins(raw, y, margin):
    """raw_j − raw_y + margin for j ≠ y, 0 for the target class; `margin` is the SVM's delta."""
    margins = raw - _pick(raw, y)[..., None] + margin
    is_target = np.arange(raw.shape[-1]) == y[:, None]
    return np.where(is_target, 0.0, margins)


def _multiclass_hinge(raw, y, delta):
    return np.mean(np.maximum(0.0, _hinge_margins(raw, y, delta)).sum(axis=-1), axis=-1)


def _multiclass_hinge_grad(raw, y, delta):
    active = (_hinge_margins(raw, y, delta) > 0.0).astype(float)
    active[np.arange(y.shape[0]), y] = -active.sum(axis=-1)
    return active / y.shape[0]


def _kl_div(raw, y, delta):
    with np.errstate(divide="ignore"):
        log_y = np.where(y > 0.0, np.log(np.where(y > 0.0, y, 1.0)), 0.0)
    return np.mean((y * log_y).sum(axis=-1) - _dot_classes(raw, y) + logsumexp(raw) * y.sum(axis=-1), axis=-1)


LOSSES: dict[str, Loss] = {
    loss.key: loss
    for loss in [
        Loss("mse", REAL, "mean((f(x) − y)²)", False, _mse, _mse_grad, _mse_both, derivative="2 (f(x) − y) / n"),
        Loss("half_mse", REAL, "½ · mean((f(x) − y)²)", False, _half_mse, _half_mse_grad, derivative="(f(x) − y) / n"),
        Loss("sse", REAL, "RSS = Σ (f(x) − y)²", False, _sse, _sse_grad, derivative="2 (f(x) − y)"),
        Loss("rmse", REAL, "√mean((f(x) − y)²)", False, _rmse, _rmse_grad, derivative="(f(x) − y) / (n · RMSE)"),
        Loss("mae", REAL, "mean(|f(x) − y|)", False, _mae, _mae_grad, derivative="sign(f(x) − y) / n"),
        Loss("huber", REAL, "mean(½r² if |r| ≤ δ else δ(|r| − ½δ)),  r = f(x) − y", False, _huber, _huber_grad, derivative="clip(f(x) − y, −δ, δ) / n"),
        Loss("zero_one", PLUS_MINUS, "mean(y·f(x) ≤ 0)", False, _zero_one, _zero_one_grad, derivative="0 (flat almost everywhere)"),
        Loss("logistic", PLUS_MINUS, "mean(log(1 + exp(−y·f(x))))", False, _logistic, _logistic_grad, derivative="−y · σ(−y·f(x)) / n"),
        Loss("exponential", PLUS_MINUS, "mean(exp(−y·f(x)))", False, _exponential, _exponential_grad, derivative="−y · exp(−y·f(x)) / n"),
        Loss("hinge", PLUS_MINUS, "mean(max(0, 1 − y·f(x)))", False, _hinge, _hinge_grad, derivative="−y · [y·f(x) < 1] / n"),
        Loss("squared_hinge", PLUS_MINUS, "mean(max(0, 1 − y·f(x))²)", False, _squared_hinge, _squared_hinge_grad, derivative="−2y · max(0, 1 − y·f(x)) / n"),
        Loss("bce", ZERO_ONE, "mean(−y·log σ(f) − (1 − y)·log(1 − σ(f)))", False, _bce, _bce_grad, derivative="(σ(f(x)) − y) / n"),
        Loss("cross_entropy", ONE_HOT, "mean(−Σₖ yₖ · log softmax(f)ₖ)", True, _cross_entropy, _cross_entropy_grad, derivative="(softmax(f(x)) − y) / n"),
        Loss("sparse_cross_entropy", INDEX, "mean(−log softmax(f)_y)", True, _sparse_cross_entropy, _sparse_cross_entropy_grad, derivative="(softmax(f(x)) − onehot(y)) / n"),
        Loss("multiclass_hinge", INDEX, "mean(Σ_{j≠y} max(0, f_j − f_y + Δ))", True, _multiclass_hinge, _multiclass_hinge_grad, derivative="[f_j − f_y + Δ > 0] / n for j ≠ y; minus their count for y"),
        Loss("kl_div", ONE_HOT, "mean(Σₖ yₖ · (log yₖ − log softmax(f)ₖ))", True, _kl_div, _cross_entropy_grad, derivative="(softmax(f(x)) − y) / n"),
    ]
}

REGRESSION_LOSSES = [k for k, loss in LOSSES.items() if loss.targets == REAL]
BINARY_LOSSES = [k for k, loss in LOSSES.items() if loss.targets in (PLUS_MINUS, ZERO_ONE)]
MULTICLASS_LOSSES = [k for k, loss in LOSSES.items() if loss.multi_output]
# The objectives whose Hessian is constant for a linear model (DESIGN: critical lr).
QUADRATIC_LOSSES = ("mse", "half_mse", "sse")


def encode_targets(labels: np.ndarray, targets: str, n_classes: int, smoothing: float = 0.0) -> np.ndarray:
    """Class indices (n,) -> the encoding a loss takes; regression values pass through;
    multi-label 0/1 targets (n, L) stay 0/1. One-hot targets with label smoothing e are
    (1 − e) onehot + e / C (DESIGN: loss parameters)."""
    if targets == REAL:
        return labels.astype(np.float64)
    if targets == PLUS_MINUS:
        return np.where(labels == 1, 1.0, -1.0)
    if targets == ZERO_ONE:
        return (labels == 1).astype(np.float64)
    if targets == ONE_HOT:
        return (1.0 - smoothing) * np.eye(n_classes)[labels] + smoothing / n_classes
    return labels.astype(np.intp)
