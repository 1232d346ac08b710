"""Curvature of the training objective: exact Hessian-vector products and the Hessian.

The Hessian of data loss(raw(theta)) + penalty(theta) applied to directions V is found by
differentiating the backward pass along V (Pearlmutter's R-operator): the perturbation
R = d raw / d theta · V goes forward through the model, the loss's own second derivative
turns it into a perturbation of d loss / d raw, and that goes back through the model
together with the terms where the backward pass itself depends on theta (tanh's second
derivative in the MLP). Everything is exact: no finite differences.

`sharpness` is the largest eigenvalue of this Hessian at a point; the piecewise-linear
losses have no curvature to speak of (zero almost everywhere, infinite at the kinks), so
theirs is None.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from .losses import sigmoid, softplus
from .models import LinearModel
from .objective import Objective
from .stability import largest_curvature

PIECEWISE_LINEAR_LOSSES = ("zero_one", "mae", "hinge", "multiclass_hinge")

# Directions per batch: bounds the temporaries (n x outputs x directions) to ~16 MB.
_CHUNK_ELEMENTS = 2_000_000


def _logistic_weight(raw, y):
    # d²/dz² log(1 + exp(-y z)) = sigma(z) sigma(-z) for y = ±1, as exp(-softplus(z) - softplus(-z)).
    return np.exp(-softplus(raw) - softplus(-raw))


def _softmax_hvp(raw, y, R):
    """Σ_i s_i (diag(p_i) - p_i p_iᵀ) R_i / n, p = softmax(raw_i), s_i = Σ_k y_ik (1 for indices)."""
    p = np.exp(raw - raw.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    pR = p[..., None] * R
    out = pR - p[..., None] * pR.sum(axis=1, keepdims=True)
    if y.ndim == 2:
        out *= y.sum(axis=1)[:, None, None]
    return out / len(raw)


def _rmse_hvp(raw, y, delta, R):
    r = raw - y
    n = len(r)
    m = np.sqrt(r @ r / n)
    if m == 0.0:  # the square root's kink: no finite curvature
        return np.full(R.shape, np.nan)
    return R / (n * m) - r[:, None] * (r @ R)[None, :] / (n * n * m ** 3)


def _elementwise(weight: Callable) -> Callable:
    """A loss that is a mean of f(raw_ij) over all entries: d²/d raw² is weight / entries."""
    def hvp(raw, y, delta, R):
        return (weight(raw, y, delta) / raw.size)[..., None] * R
    return hvp


# key -> H_raw(raw, y, delta, R): the Hessian of the aggregate loss with respect to raw,
# applied to R of shape raw.shape + (directions,).
LOSS_HVPS: dict[str, Callable] = {
    "mse": _elementwise(lambda raw, y, d: np.full(raw.shape, 2.0)),
    "half_mse": _elementwise(lambda raw, y, d: np.ones(raw.shape)),
    "sse": lambda raw, y, delta, R: 2.0 * R,
    "rmse": _rmse_hvp,
    "huber": _elementwise(lambda raw, y, d: (np.abs(raw - y) <= d).astype(float)),
    "logistic": _elementwise(lambda raw, y, d: _logistic_weight(raw, y)),
    "exponential": _elementwise(lambda raw, y, d: np.exp(-y * raw)),
    "squared_hinge": _elementwise(lambda raw, y, d: 2.0 * (1.0 - y * raw > 0.0)),
    "bce": _elementwise(lambda raw, y, d: sigmoid(raw) * sigmoid(-raw)),
    "cross_entropy": lambda raw, y, delta, R: _softmax_hvp(raw, y, R),
    "sparse_cross_entropy": lambda raw, y, delta, R: _softmax_hvp(raw, y, R),
    "kl_div": lambda raw, y, delta, R: _softmax_hvp(raw, y, R),
}


def _as_outputs(a: np.ndarray, outputs: int) -> np.ndarray:
    return a.reshape(a.shape[0], outputs, *a.shape[1:])


def hessian_vector_products(objective: Objective, theta: np.ndarray, V: np.ndarray) -> np.ndarray:
    """H(theta) V for V of shape (size, directions): the exact Hessian of the training
    objective (data loss + penalty) times each column of V."""
    loss_hvp = LOSS_HVPS[objective.loss.key]
    model, X, y = objective.model, objective.X, objective.y
    k = model.outputs
    squeeze = k == 1  # one-output losses take raw of shape (n,)
    if isinstance(model, LinearModel):
        Xb = np.column_stack([X, np.ones(len(X))])
        raw = Xb @ theta.reshape(-1, k)
        Vm = V.reshape(Xb.shape[1], k, -1)
        R_raw = np.einsum("ni,icp->ncp", Xb, Vm)
        R_G = _hvp_on(loss_hvp, raw, y, objective.delta, R_raw, squeeze)
        HV = np.einsum("ni,ncp->icp", Xb, R_G).reshape(V.shape)
    else:
        HV = _mlp_hvp(model, theta, X, y, objective, loss_hvp, V, squeeze)
    if objective.regularizer == "l2":  # l1 is piecewise linear: no curvature off its kinks
        HV[model.weight_mask] += 2.0 * objective.lam * V[model.weight_mask]
    return HV


def _hvp_on(loss_hvp, raw, y, delta, R_raw, squeeze: bool) -> np.ndarray:
    """The loss's Hessian on raw (n, k) applied to R_raw (n, k, P), for one-output losses
    that take raw of shape (n,)."""
    if squeeze:
        return loss_hvp(raw[:, 0], y, delta, R_raw[:, 0, :])[:, None, :]
    return loss_hvp(raw, y, delta, R_raw)


def _mlp_hvp(model, theta, X, y, objective, loss_hvp, V, squeeze) -> np.ndarray:
    W1, W2, b1, b2 = model.split(theta)
    V1, V2, c1, c2 = model.split(V.T)  # (P, d, h), (P, h, k), (P, h), (P, k)
    A = X @ W1 + b1
    Hh = np.tanh(A)
    S = 1.0 - Hh * Hh
    raw = Hh @ W2 + b2
    raw_for_loss = raw[:, 0] if squeeze else raw
    _, G = objective.loss.value_and_grad(raw_for_loss, y, objective.delta)
    G = G.reshape(raw.shape)
    R_A = np.einsum("nd,pdh->nhp", X, V1) + c1.T[None]
    R_H = S[..., None] * R_A
    R_raw = np.einsum("nhp,hk->nkp", R_H, W2) + np.einsum("nh,phk->nkp", Hh, V2) + c2.T[None]
    R_G = _hvp_on(loss_hvp, raw, y, objective.delta, R_raw, squeeze)
    back = G @ W2.T  # (n, h): dL/dHh
    R_back = np.einsum("nkp,hk->nhp", R_G, W2) + np.einsum("nk,phk->nhp", G, V2)
    R_Ghid = R_back * S[..., None] - 2.0 * (back * Hh)[..., None] * R_H
    R_dW1 = np.einsum("nd,nhp->dhp", X, R_Ghid)
    R_dW2 = np.einsum("nhp,nk->hkp", R_H, G) + np.einsum("nh,nkp->hkp", Hh, R_G)
    P = V.shape[1]
    return np.concatenate([R_dW1.reshape(-1, P), R_dW2.reshape(-1, P), R_Ghid.sum(axis=0), R_G.sum(axis=0)])


def hessian(objective: Objective, theta: np.ndarray) -> np.ndarray:
    """The exact (size, size) Hessian of the training objective at theta, symmetrised."""
    size = len(theta)
    per_direction = max(1, len(objective.X) * objective.model.outputs
                        * (1 if isinstance(objective.model, LinearModel) else 2 + objective.model.hidden))
    chunk = max(1, _CHUNK_ELEMENTS // per_direction)
    eye = np.eye(size)
    with np.errstate(over="ignore", invalid="ignore"):
        H = np.hstack([hessian_vector_products(objective, theta, eye[:, s:s + chunk])
                       for s in range(0, size, chunk)])
    return 0.5 * (H + H.T)


def has_curvature(loss_key: str) -> bool:
    """False for the piecewise-linear losses, whose Hessian is zero or undefined."""
    return loss_key not in PIECEWISE_LINEAR_LOSSES


def sharpness(objective: Objective, theta: np.ndarray) -> float | None:
    """lambda_max of the Hessian at theta, or None (piecewise-linear loss, or a Hessian
    that is not finite there)."""
    if not has_curvature(objective.loss.key) or not np.isfinite(theta).all():
        return None
    H = hessian(objective, theta)
    if not np.isfinite(H).all():
        return None
    return float(np.linalg.eigvalsh(H)[-1])


def last_finite_row(history) -> int | None:
    """The index of the last history row whose objective and theta are finite."""
    finite = np.flatnonzero(np.isfinite(history.losses) & np.isfinite(history.thetas).all(axis=1))
    return int(finite[-1]) if len(finite) else None


def curvature_summary(problem, history) -> dict:
    """summary.json's `lambda_max` and `sharpness` (DESIGN.md, Curvature)."""
    lambda_max = largest_curvature(problem.objective) if problem.critical_lr is not None else None
    row = last_finite_row(history)
    sharp = None if row is None else sharpness(problem.objective, history.thetas[row])
    return {"lambda_max": lambda_max, "sharpness": None if sharp is None or not np.isfinite(sharp) else sharp}
