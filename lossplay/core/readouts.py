"""Numbers under the pointer: the loss at a point of the landscape, and one sample's
features, target, prediction and its own loss. The views show them; they compute nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .fit import PROBABILISTIC, DataFrame, class_probabilities, predicted_class
from .landscape import Plane
from .losses import encode_targets, sigmoid
from .problem import Problem


def landscape_readout(problem: Problem, plane: Plane, alpha: float, beta: float) -> tuple[np.ndarray, float]:
    """The full weights at plane coordinates (alpha, beta) and the training loss there."""
    theta = plane.point(alpha, beta)
    with np.errstate(over="ignore", invalid="ignore"):
        return theta, problem.objective.value(theta)


@dataclass(frozen=True)
class SampleReadout:
    index: int
    features: np.ndarray  # (d,) as the model sees them
    target: float  # the value, or the class
    prediction: float  # the predicted value, or the predicted class
    probability: float | None  # of the sample's own class, where the loss gives probabilities
    loss: float  # the sample's own loss, without any penalty
    validation: bool


def sample_readout(problem: Problem, theta: np.ndarray, index: int, shown_label: int = 0) -> SampleReadout:
    """Sample `index`'s numbers at `theta`. Multi-label data: its target, prediction and
    probability are those of label `shown_label` (0-based, the one the data view shows);
    its loss is its own over every label."""
    ds, objective = problem.dataset, problem.objective
    x, label = ds.X[index: index + 1], ds.y[index: index + 1]
    with np.errstate(over="ignore", invalid="ignore"):
        raw = problem.model.raw(theta, x)
        target = encode_targets(label, objective.loss.targets, ds.n_classes)
        loss = float(objective.loss.value(raw, target, objective.delta))
    if ds.n_labels:  # one yes/no question of several: that label's own sigmoid
        raw, label = raw[:, shown_label], label[:, shown_label]
    probability = None
    if ds.regression:
        prediction = float(np.ravel(raw)[0])
    else:
        prediction = float(predicted_class(raw)[0])
        if problem.scenario.loss in PROBABILISTIC:
            if raw.ndim == 2:
                z = raw[0] - raw[0].max()
                probability = float(np.exp(z[int(label[0])]) / np.exp(z).sum())
            else:
                p1 = float(sigmoid(raw)[0])
                probability = p1 if label[0] == 1 else 1.0 - p1
    return SampleReadout(index, ds.X[index].copy(), float(label[0]), prediction, probability, loss,
                         bool(ds.is_val[index]))


def point_readout(problem: Problem, frame: DataFrame, theta: np.ndarray, x: float, y: float,
                  shown_label: int = 0) -> tuple[int, float] | None:
    """The class predicted at the data view's point (x, y), the other features at their
    mean as on the view's grid, and its predicted probability: what the view's shade shows
    there. Multi-label data: label `shown_label`'s off (0) or on (1). None where the loss
    gives no probabilities, the view has no grid, or theta is not finite."""
    if frame.grid_points is None or problem.scenario.loss not in PROBABILISTIC or not np.isfinite(theta).all():
        return None
    point = frame.grid_points[:1].copy()
    point[0, 0], point[0, 1] = x, y
    with np.errstate(over="ignore", invalid="ignore"):
        raw = problem.model.raw(theta, point)
    if problem.dataset.n_labels:
        raw = raw[:, shown_label]
    k = int(predicted_class(raw)[0])
    return k, float(class_probabilities(raw)[k, 0])
