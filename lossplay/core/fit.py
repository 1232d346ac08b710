"""What the data view and the margin view draw for a theta, as plain arrays.

The views only draw: the fitted line, the probability curve and its boundary, the
predicted-against-actual points, the decision regions on a grid, and each training
sample's margin and margin loss are all computed here.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .losses import LOSSES, PLUS_MINUS, ZERO_ONE, log_softmax, sigmoid
from .problem import Problem

CURVE_POINTS = 300
REGION_GRID = 160
PROBABILISTIC = ("logistic", "bce", "cross_entropy", "sparse_cross_entropy", "kl_div")
MARGIN_RANGE = 3.0
MAX_SHOWN_SAMPLES = 3000  # samples placed one by one per frame: an even spread of this many


@dataclass(frozen=True)
class DataFrame:
    """The fixed frame of the data view: (x0, x1, y0, y1), and for 2-D classification
    the grid the regions are evaluated on (other features held at their mean)."""
    rect: tuple[float, float, float, float]
    grid_x: np.ndarray | None = None
    grid_y: np.ndarray | None = None
    grid_points: np.ndarray | None = None  # (G*G, d)


@dataclass(frozen=True)
class Fit:
    curve: tuple[np.ndarray, np.ndarray] | None = None  # a line, or the probability of class 1
    points: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # several features: actual, predicted, is_val
    boundary: float | None = None  # one feature, two classes: where the prediction flips
    regions: np.ndarray | None = None  # (G, G) predicted class on the frame's grid, rows along y
    # (K, G, G): how far each class's output is above the largest other one (binary: the
    # raw output itself); class k is predicted where margins[k] > 0, so the decision
    # boundaries are the zero levels, traced as smooth lines rather than grid cells.
    margins: np.ndarray | None = None
    # (K, G, G): each class's predicted probability on the grid, where the loss reads the
    # outputs as probabilities (softmax of several outputs; sigmoid of one, as (1 − p, p)).
    # The largest of them is how sure the model is; the boundary is where it is not.
    probabilities: np.ndarray | None = None


def data_frame(problem: Problem) -> DataFrame:
    ds = problem.dataset
    X, y = ds.X, ds.y
    if ds.regression:
        xs, ys = (X[:, 0], y) if X.shape[1] == 1 else (y, y)
    elif X.shape[1] == 1:
        xs, ys = X[:, 0], np.array([0.0, 1.0])
    else:
        xs, ys = X[:, 0], X[:, 1]
    (x0, x1), (y0, y1) = [(float(v.min()), float(v.max())) for v in (xs, ys)]
    px, py = 0.06 * (x1 - x0 or 1.0), 0.08 * (y1 - y0 or 1.0)
    rect = (x0 - px, x1 + px, y0 - py, y1 + py)
    if ds.regression or X.shape[1] == 1:
        return DataFrame(rect)
    gx, gy = np.linspace(rect[0], rect[1], REGION_GRID), np.linspace(rect[2], rect[3], REGION_GRID)
    GX, GY = np.meshgrid(gx, gy)
    points = np.tile(X.mean(axis=0), (GX.size, 1))
    points[:, 0], points[:, 1] = GX.ravel(), GY.ravel()
    return DataFrame(rect, gx, gy, points)


def predicted_class(raw: np.ndarray) -> np.ndarray:
    """The argmax of several outputs (lowest index on ties), or raw > 0 of one."""
    return raw.argmax(axis=-1) if raw.ndim == 2 else (raw > 0).astype(int)


def fit(problem: Problem, frame: DataFrame, theta: np.ndarray, label: int = 0) -> Fit | None:
    """What the model at `theta` predicts over the data view's frame; None where theta
    is not finite (a diverged run's last row). Multi-label data: the regions of label
    `label` (0-based), off (0) or on (1)."""
    if not np.isfinite(theta).all():
        return None
    ds, model = problem.dataset, problem.model
    X = ds.X
    with np.errstate(over="ignore", invalid="ignore"):
        if ds.regression and X.shape[1] == 1:
            xs = np.linspace(X[:, 0].min(), X[:, 0].max(), CURVE_POINTS)
            return Fit(curve=(xs, model.raw(theta, xs[:, None])))
        if ds.regression:
            shown = spread(len(X))
            return Fit(points=(ds.y[shown], model.raw(theta, X[shown]), ds.is_val[shown]))
        if X.shape[1] == 1:
            xs = np.linspace(X[:, 0].min(), X[:, 0].max(), CURVE_POINTS)
            raw = model.raw(theta, xs[:, None])
            if raw.ndim == 2:  # one output per class: class 1 against class 0
                raw = raw[:, 1] - raw[:, 0]
            curve = sigmoid(raw) if problem.scenario.loss in PROBABILISTIC else (raw > 0).astype(float)
            crossings = np.nonzero(np.diff(np.sign(raw)))[0]
            return Fit(curve=(xs, curve), boundary=float(xs[crossings[0]]) if len(crossings) else None)
        raw = model.raw(theta, frame.grid_points)
        if ds.n_labels:
            raw = raw[:, label]
        shape = (len(frame.grid_y), len(frame.grid_x))
        probabilities = class_probabilities(raw).reshape((-1,) + shape) \
            if problem.scenario.loss in PROBABILISTIC else None
        return Fit(regions=predicted_class(raw).reshape(shape), margins=class_margins(raw).reshape((-1,) + shape),
                   probabilities=probabilities)


def class_probabilities(raw: np.ndarray) -> np.ndarray:
    """(K, n): softmax of several outputs (n, K), or (1 − σ(raw), σ(raw)) of one (n,)."""
    if raw.ndim == 1:
        return np.stack([sigmoid(-raw), sigmoid(raw)])  # 1 − σ(z) as σ(−z): exact where σ(z) rounds to 1
    return np.exp(log_softmax(raw)).T


def label_names(dataset) -> tuple[str, ...]:
    """The yes/no labels of multi-label data by name: a person's own target columns, or
    y1..yL as data.csv calls them."""
    if dataset.kind.startswith("csv:"):
        return tuple(name.strip() for name in dataset.target_name.split(","))
    return tuple(f"y{j + 1}" for j in range(dataset.n_labels))


def class_margins(raw: np.ndarray) -> np.ndarray:
    """(K, n): raw[:, k] minus the largest other output (one output: raw itself, (1, n))."""
    if raw.ndim == 1:
        return raw[None, :]
    ordered = np.sort(raw, axis=1)
    largest, second = ordered[:, -1:], ordered[:, -2:-1]
    return (raw - np.where(raw >= largest, second, largest)).T


def spread(n: int) -> np.ndarray | slice:
    """Every sample, or an even spread of MAX_SHOWN_SAMPLES of them."""
    return slice(None) if n <= MAX_SHOWN_SAMPLES else np.linspace(0, n - 1, MAX_SHOWN_SAMPLES).astype(int)


def margin_loss_key(problem: Problem) -> str | None:
    """The margin loss the run minimises, or None where margins do not apply
    (regression, several outputs). bce on 0/1 labels is the logistic loss of the margin."""
    loss = problem.objective.loss
    if loss.targets not in (PLUS_MINUS, ZERO_ONE) or loss.multi_output or problem.dataset.n_labels:
        return None
    return "logistic" if loss.key == "bce" else loss.key


def margin_curve(key: str, margins: np.ndarray) -> np.ndarray:
    """The margin loss `key` at each margin m = y·f(x). A loss is a mean over the last
    axis, so one margin per row gives each its own value."""
    return LOSSES[key].value(margins[:, None], np.ones(1), 1.0)


def sample_margins(problem: Problem, theta: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Each training sample's margin y·f(x) (clipped to the view's range), its margin
    loss, and its label (0 or 1), for every sample or an even spread of them; None where
    margins do not apply or theta is not finite."""
    key = margin_loss_key(problem)
    if key is None or not np.isfinite(theta).all():
        return None
    objective = problem.objective
    shown = spread(len(objective.X))
    y = objective.y[shown] if objective.loss.targets == PLUS_MINUS else 2.0 * objective.y[shown] - 1.0
    with np.errstate(over="ignore", invalid="ignore"):
        margins = np.clip(y * objective.model.raw(theta, objective.X[shown]), -MARGIN_RANGE, MARGIN_RANGE)
        values = margin_curve(key, margins)
    return margins, values, (y > 0).astype(int)
