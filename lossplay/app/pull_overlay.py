"""The 'which samples pull' overlay, as arrays for the views: the strongest samples'
terms of the last step on the landscape, and rings round them on the data view sized by
how hard each pulls."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.sample_pull import sample_pull

MAX_ARROWS = 6
RING_SHARE = 0.1  # the strongest tenth of the samples get a ring (at least MIN_RINGS)
MIN_RINGS = 5
RING_PX = (9.0, 30.0)  # the weakest and the strongest ring


@dataclass(frozen=True)
class PullOverlay:
    origin: np.ndarray  # (2,) the weights, on the plane
    terms: list[np.ndarray]  # the strongest samples' terms of the step, on the plane, strongest first
    rest: np.ndarray  # the other samples' and the penalty's terms together: all of them add up to `total`
    total: np.ndarray  # the whole step, on the plane
    samples: np.ndarray  # dataset indices of the ringed samples
    sizes: np.ndarray  # their rings, in pixels


def pull_overlay(problem, plane, theta: np.ndarray, lr: float) -> PullOverlay | None:
    pull = sample_pull(problem.objective, theta)
    if pull is None:
        return None
    strength = pull.strengths
    order = np.argsort(strength)[::-1]
    origin = plane.project(theta)[0]
    terms = [plane.project(theta - lr * pull.contributions[i])[0] - origin for i in order[:MAX_ARROWS]]
    total = plane.project(theta - lr * pull.gradient)[0] - origin
    rest = total - np.sum(terms, axis=0)
    rings = order[: max(MIN_RINGS, int(np.ceil(RING_SHARE * len(order))))]
    top = strength[order[0]] if len(order) and strength[order[0]] > 0 else 1.0
    sizes = RING_PX[0] + (RING_PX[1] - RING_PX[0]) * strength[rings] / top
    training = np.flatnonzero(~problem.dataset.is_val)  # the objective's rows, as dataset indices
    return PullOverlay(origin, terms, rest, total, training[rings], sizes)
