"""Probabilities of a classifier that reads its outputs as probabilities, as plain arrays
for the Probabilities view: one sample's target distribution p and prediction q with
their entropy, cross-entropy and both KL divergences, and every sample's probability of
its own class on the curve -log q.

The prediction q is softmax(raw) for the softmax losses (cross_entropy,
sparse_cross_entropy, kl_div) and (1 − σ(raw), σ(raw)) for the two binary losses that
are a log-likelihood (logistic, bce). Multi-label data is one yes/no question per label,
each with its own sigmoid and bce: its numbers are those of one label. The target p is the one-hot label, with label
smoothing e: (1 − e) one-hot + e / C (DESIGN: loss parameters). Then
H(p, q) = H(p) + KL(p‖q) per sample, and the loss of a sample is H(p, q).
KL(q‖p) is infinite wherever p is 0 and q is not: the divergence is not symmetric.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .fit import spread
from .losses import log_softmax, softplus
from .problem import Problem

SOFTMAX_LOSSES = ("cross_entropy", "sparse_cross_entropy", "kl_div")
BINARY_LIKELIHOOD_LOSSES = ("logistic", "bce")
CURVE_POINTS = 300
LOWEST_Q = 1e-3  # the curve's left end: -log q = 6.9 there, and rising to infinity at 0


@dataclass(frozen=True)
class SampleProbabilities:
    index: int  # the sample's row in the training split
    label: int  # its class (for multi-label data: 0 or 1, its answer for label `of_label`)
    p: np.ndarray  # (C,) target distribution
    q: np.ndarray  # (C,) predicted distribution
    entropy: float  # H(p)
    cross_entropy: float  # H(p, q) = the sample's loss
    kl_pq: float  # KL(p‖q) = H(p, q) − H(p)
    kl_qp: float  # KL(q‖p), inf where p has a zero that q does not
    of_label: int | None = None  # multi-label data: the (0-based) label these are for


@dataclass(frozen=True)
class TrueClassProbabilities:
    rows: np.ndarray  # (m,) training rows shown (every row, or an even spread)
    q_true: np.ndarray  # (m,) predicted probability of each sample's own class
    neg_log: np.ndarray  # (m,) −log q_true


def applies(problem: Problem) -> bool:
    """True where the model's outputs are read as class probabilities."""
    key = problem.scenario.loss
    return key in SOFTMAX_LOSSES or key in BINARY_LIKELIHOOD_LOSSES


def classes(problem: Problem) -> int:
    return 2 if problem.dataset.n_labels else problem.dataset.n_classes


def _log_q(problem: Problem, theta: np.ndarray, X: np.ndarray, label: int) -> np.ndarray:
    """(n, C) log of the predicted distribution, computed from logits without overflow."""
    raw = problem.model.raw(theta, X)
    if problem.dataset.n_labels:
        raw = raw[:, label]
    elif raw.ndim == 2:
        return log_softmax(raw)
    # log σ(z) = −softplus(−z), log(1 − σ(z)) = −softplus(z)
    return np.column_stack([-softplus(raw), -softplus(-raw)])


def labels(problem: Problem, label: int = 0) -> np.ndarray:
    """The class index of every training sample (multi-label data: its 0/1 for `label`)."""
    y = problem.dataset.y[problem.dataset.is_train]
    return (y[:, label] if problem.dataset.n_labels else y).astype(np.intp)


def targets(problem: Problem, label: int) -> np.ndarray:
    C, e = classes(problem), problem.scenario.label_smoothing if problem.scenario.loss in SOFTMAX_LOSSES else 0.0
    p = np.full(C, e / C)
    p[label] += 1.0 - e
    return p


def sample_probabilities(problem: Problem, theta: np.ndarray, index: int,
                         of_label: int = 0) -> SampleProbabilities | None:
    """p, q and the four numbers for training sample `index` (of multi-label data: for
    its label `of_label`); None where they do not apply or theta is not finite."""
    if not applies(problem) or not np.isfinite(theta).all():
        return None
    X = problem.objective.X
    label = int(labels(problem, of_label)[index])
    with np.errstate(over="ignore", invalid="ignore"):
        log_q = _log_q(problem, theta, X[index:index + 1], of_label)[0]
    q, p = np.exp(log_q), targets(problem, label)
    on = p > 0.0
    log_p = np.log(np.where(on, p, 1.0))
    entropy = float(-(p[on] * log_p[on]).sum()) + 0.0  # + 0.0: a one-hot target has 0, not −0
    cross_entropy = float(-(p * log_q).sum())
    kl_pq = float((p[on] * (log_p[on] - log_q[on])).sum())
    if np.any(~on & (q > 0.0)):
        kl_qp = math.inf
    else:
        kl_qp = float((q[on] * (log_q[on] - log_p[on])).sum())
    return SampleProbabilities(index, label, p, q, entropy, cross_entropy, kl_pq, kl_qp,
                               of_label if problem.dataset.n_labels else None)


def true_class_probabilities(problem: Problem, theta: np.ndarray, of_label: int = 0) -> TrueClassProbabilities | None:
    """Each training sample's predicted probability of its own class (of multi-label
    data: of its answer for label `of_label`), and −log of it (what cross-entropy charges
    it), for every sample or an even spread of them."""
    if not applies(problem) or not np.isfinite(theta).all():
        return None
    X = problem.objective.X
    rows = np.arange(len(X))[spread(len(X))]
    y = labels(problem, of_label)[rows]
    with np.errstate(over="ignore", invalid="ignore"):
        log_q = _log_q(problem, theta, X[rows], of_label)
    log_true = log_q[np.arange(len(rows)), y]
    return TrueClassProbabilities(rows, np.exp(log_true), -log_true)


def neg_log_curve() -> tuple[np.ndarray, np.ndarray]:
    """q from LOWEST_Q to 1 and −log q: 0 at q = 1, rising without bound as q → 0."""
    q = np.geomspace(LOWEST_Q, 1.0, CURVE_POINTS)
    return q, -np.log(q)
