"""The training objective on a plane through parameter space, and the run projected on it.

values[j, i] = objective(center + alphas[i] * d1 + betas[j] * d2). For two parameters the
plane is exactly the (w, b) plane (center 0, unit directions); for more it is a plane
through the run: two chosen parameters, or the trajectory's two principal directions.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .models import LinearModel
from .objective import Objective
from .landscape_methods import PIECEWISE_LOSSES, chebyshev_values, exponential_values, piecewise_values
from .landscape_sums import grid_evaluator, one_blas_thread
from .regularizers import penalty

GRID = 201
_MSE_SCALE = {"mse": "mean", "half_mse": "half", "sse": "sum", "rmse": "root"}

PRINCIPAL_LABELS = ("direction 1 (principal)", "direction 2 (principal)")  # words, translated; other axes are parameter names


@dataclass(frozen=True)
class Plane:
    center: np.ndarray  # (k,)
    d1: np.ndarray  # (k,)
    d2: np.ndarray  # (k,)
    alphas: np.ndarray  # (G1,)
    betas: np.ndarray  # (G2,)
    labels: tuple[str, str]  # axis titles

    def point(self, alpha: float, beta: float) -> np.ndarray:
        return self.center + alpha * self.d1 + beta * self.d2

    def project(self, thetas: np.ndarray) -> np.ndarray:
        """(m, k) -> (m, 2) plane coordinates (least squares for non-orthogonal d1, d2)."""
        return (np.atleast_2d(thetas) - self.center) @ self._projector

    @cached_property
    def _projector(self) -> np.ndarray:
        return np.linalg.pinv(np.column_stack([self.d1, self.d2])).T


def _span(values: np.ndarray, margin: float = 0.25, minimum: float = 1.0) -> tuple[float, float]:
    lo, hi = float(values.min()), float(values.max())
    half = max((hi - lo) * (0.5 + margin), minimum)
    mid = 0.5 * (lo + hi)
    return mid - half, mid + half


def points_to_frame(start: np.ndarray, thetas: np.ndarray | None, losses: np.ndarray | None,
                    minimum: np.ndarray | None) -> np.ndarray:
    """The parameter vectors the view must contain: the start, the known minimum and the
    part of the run whose objective stays below 20x the start's (so a diverging run does
    not stretch the view into a meaningless range)."""
    points = [np.atleast_2d(start)]
    if minimum is not None:
        points.append(np.atleast_2d(minimum))
    if thetas is not None and len(thetas):
        keep = np.isfinite(losses) & (losses <= 20.0 * max(losses[0], 1e-12)) & np.isfinite(thetas).all(axis=1)
        points.append(thetas[keep])
    return np.vstack(points)


def widened_plane(plane: Plane, xy: np.ndarray, margin: float = 0.1) -> Plane:
    """The same plane over a larger region: its old one and every finite point of `xy`
    (plane coordinates), with `margin` of the span around them, on as many grid points."""
    xy = xy[np.isfinite(xy).all(axis=1)]
    lo = np.minimum([plane.alphas[0], plane.betas[0]], xy.min(axis=0, initial=np.inf))
    hi = np.maximum([plane.alphas[-1], plane.betas[-1]], xy.max(axis=0, initial=-np.inf))
    pad = margin * (hi - lo)
    return Plane(plane.center, plane.d1, plane.d2, np.linspace(lo[0] - pad[0], hi[0] + pad[0], len(plane.alphas)),
                 np.linspace(lo[1] - pad[1], hi[1] + pad[1], len(plane.betas)), plane.labels)


def make_plane(names: list[str], points: np.ndarray, thetas: np.ndarray | None = None,
               axes: tuple[int, int] | None = None, grid: int = GRID,
               rng: np.random.Generator | None = None) -> Plane:
    """A plane that frames `points`.

    Two parameters: the (w, b) plane. More: through the last point of `points`, along the
    parameters `axes` if given, else along the principal directions of `thetas`.
    """
    k = points.shape[1]
    eye = np.eye(k)
    if k == 2 or axes is not None:
        i, j = axes or (0, 1)
        center = np.zeros(k) if k == 2 else points[-1].copy()
        center[[i, j]] = 0.0
        return Plane(center, eye[i], eye[j], np.linspace(*_span(points[:, i]), grid),
                     np.linspace(*_span(points[:, j]), grid), (names[i], names[j]))
    center = points[-1]
    path = (thetas if thetas is not None and len(thetas) > 1 else points) - center
    path = path[np.isfinite(path).all(axis=1)]
    _, s, Vt = np.linalg.svd(path, full_matrices=False) if len(path) else (None, np.zeros(0), np.zeros((0, k)))
    directions = [Vt[r] for r in range(min(2, len(s))) if s[r] > 1e-12 * max(s[0], 1e-300)]
    rng = rng or np.random.default_rng(0)
    while len(directions) < 2:
        # The run is a straight line (or a point): complete the plane with a random direction.
        v = rng.normal(size=k)
        for d in directions:
            v -= (v @ d) * d
        directions.append(v / np.linalg.norm(v))
    d1, d2 = directions
    coords = (points - center) @ np.column_stack([d1, d2])
    scale = max(np.abs(coords).max(), 1e-3)
    return Plane(center, d1, d2, np.linspace(*_span(coords[:, 0], minimum=0.1 * scale), grid),
                 np.linspace(*_span(coords[:, 1], minimum=0.1 * scale), grid),
                 PRINCIPAL_LABELS)


def _mse_family_values(objective: Objective, plane: Plane) -> np.ndarray:
    """Exact, independent of the number of samples: the sum of squared residuals on the
    plane is a quadratic in (alpha, beta) whose six coefficients come from the Gram matrix
    of [X, 1] and the least-squares fit, computed once per objective (objective.py)."""
    a0, b0 = plane.alphas.mean(), plane.betas.mean()  # expand about the grid's centre
    fit = objective.least_squares
    if fit is not None:
        G, best, rss = fit
        u = plane.point(a0, b0) - best
        Gu, Gp, Gq = G @ u, G @ plane.d1, G @ plane.d2
        s_rr, s_rp, s_rq = rss + u @ Gu, plane.d1 @ Gu, plane.d2 @ Gu
        s_pp, s_pq, s_qq = plane.d1 @ Gp, plane.d1 @ Gq, plane.d2 @ Gq
    else:  # numbers that overflow the Gram matrix: the same sums over the samples
        model, X, y = objective.model, objective.X, objective.y
        r = model.raw(plane.point(a0, b0), X) - y
        p, q = model.raw(plane.d1, X), model.raw(plane.d2, X)  # linear in theta: raw(0) = 0
        s_rr, s_rp, s_rq, s_pp, s_pq, s_qq = r @ r, r @ p, r @ q, p @ p, p @ q, q @ q
    da = (plane.alphas - a0)[None, :]
    db = (plane.betas - b0)[:, None]
    sse = s_rr + 2 * da * s_rp + 2 * db * s_rq + da * da * s_pp + 2 * da * db * s_pq + db * db * s_qq
    sse = np.maximum(sse, 0.0)
    n = len(objective.y)
    return {"mean": sse / n, "half": 0.5 * sse / n, "sum": sse, "root": np.sqrt(sse / n)}[
        _MSE_SCALE[objective.loss.key]]


def _affine_terms(objective: Objective, plane: Plane) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per term t, z_t = c_t + alpha a_t + beta b_t: the argument of the scalar loss
    function (margin y raw, residual raw - y, or raw_j - raw_y + 1 for multiclass hinge)."""
    model, X, y = objective.model, objective.X, objective.y
    r0, p, q = model.raw(plane.center, X), model.raw(plane.d1, X), model.raw(plane.d2, X)
    key = objective.loss.key
    if key == "multiclass_hinge":
        rows = np.arange(len(y))
        others = np.arange(model.outputs)[None, :] != y[:, None]
        c, a, b = ((v - v[rows, y][:, None])[others] for v in (r0, p, q))
        return c + objective.delta, a, b  # delta: the SVM's margin
    if objective.loss.regression:
        return r0 - y, p, q
    return y * r0, y * p, y * q


def evaluate_landscape(objective: Objective, plane: Plane, workers: int | None = None) -> np.ndarray:
    """values[j, i] = objective at plane.point(alphas[i], betas[j]), shape (G2, G1)."""
    model, key = objective.model, objective.loss.key
    A, B = np.meshgrid(plane.alphas, plane.betas)
    grid_thetas = plane.center + A[..., None] * plane.d1 + B[..., None] * plane.d2
    reg = penalty(objective.regularizer, objective.lam, grid_thetas[..., model.weight_mask])
    n = len(objective.y)
    linear = isinstance(model, LinearModel)
    increasing = bool(np.all(np.diff(plane.betas) > 0))
    with np.errstate(over="ignore", invalid="ignore"), one_blas_thread():
        if linear and model.outputs == 1 and key in _MSE_SCALE:
            return _mse_family_values(objective, plane) + reg
        if linear and key in PIECEWISE_LOSSES and increasing:
            c, a, b = _affine_terms(objective, plane)
            return piecewise_values(c, a, b, plane.alphas, plane.betas, key, objective.delta, workers) / n + reg
        if linear and key == "exponential":
            values = exponential_values(*_affine_terms(objective, plane), plane.alphas, plane.betas)
            if values is not None:
                return values / n + reg
        evaluate = grid_evaluator(objective, plane, workers)
        if key in PIECEWISE_LOSSES or key == "exponential":
            return evaluate(plane.alphas, plane.betas) + reg
        data = chebyshev_values(evaluate, plane.alphas, plane.betas)
    return data + reg
